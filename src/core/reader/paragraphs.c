/*
 * paragraphs.c
 *		A paragraph with its sentences and their highlights, as nodes.
 */
#include <string.h>

#include "reader/scan_int.h"

/* Is text[b..e) nothing but backticks and white space? */
static bool
is_blank(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	for (uint32_t i = b; i < e; i += n)
	{
		uint32_t	cp = cp_at(sc, i, e, &n);

		if (cp != '`' && !shr_is_space(cp))
			return false;
	}
	return true;
}

/* Highlights of a sentence: backtick spans paired in order. */
static void
emit_highlights(Scanner *sc, int32_t sent, const Range *r, int level)
{
	int32_t		nh = 0;
	uint32_t	open = UINT32_MAX;

	if (!sc_may_hold_tick(sc, r->b0, r->b1))
		return;
	for (uint32_t i = r->b0; i < r->b1 && !sc->failed; i++)
	{
		const char *tick = memchr(sc->text + i, '`', r->b1 - i);
		int32_t		idx;
		char	   *path;

		if (tick == NULL)
			break;
		i = (uint32_t) (tick - sc->text);
		if (open == UINT32_MAX)
		{
			open = i + 1;
			continue;
		}
		if (!is_blank(sc, open, i))
		{
			idx = sc_add_node(sc, SHR_NODE_HIGHLIGHT, level, sent, open);
			if (idx < 0)
				return;
			sc_set_end(sc, idx, i);
			path = sc_path_join(sc, sc->rep->nodes[sent].path, "h", ++nh);
			sc_set_strings(sc, idx, path, sc->rep->nodes[sent].section);
			if (!sc->failed)
				sc->rep->nodes[idx].text = sc_clean_dup(sc, open, i);
		}
		open = UINT32_MAX;
	}
}

/*
 * A paragraph: text[b..e) of one line, under the innermost open heading,
 * with its sentences and their highlights.
 */
void
sc_emit_paragraph(Scanner *sc, uint32_t b, uint32_t e)
{
	Open	   *top = &sc->open[sc->nopen - 1];
	int32_t		para,
				ns = 0;
	SentIter	it;
	Range		r;
	char	   *path;

	if (is_blank(sc, b, e))
		return;
	para = sc_add_node(sc, SHR_NODE_PARAGRAPH, top->level + 1, top->node, b);
	if (para < 0)
		return;
	path = sc_path_join(sc, top->path, "p", ++top->nparas);
	sc_set_strings(sc, para, path, top->section);
	if (sc->failed)
		return;
	it = sc_sentences(sc, b, e);
	sc->rep->nodes[para].text = sc_clean_dup(sc, b, e);
	while (!sc->failed && sc_next_sentence(sc, &it, &r))
	{
		int32_t		s;

		if (is_blank(sc, r.b0, r.b1))
			continue;
		s = sc_add_node(sc, SHR_NODE_SENTENCE, top->level + 2, para, r.b0);
		if (s < 0)
			return;
		path = sc_path_join(sc, sc->rep->nodes[para].path, "s", ++ns);
		sc_set_strings(sc, s, path, top->section);
		if (sc->failed)
			return;
		sc->rep->nodes[s].text = sc_clean_dup(sc, r.b0, r.b1);
		emit_highlights(sc, s, &r, top->level + 3);
		sc_set_end(sc, s, r.b1);
	}
	sc_set_end(sc, para, e);
}
