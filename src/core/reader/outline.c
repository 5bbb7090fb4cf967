/*
 * outline.c
 *		Headings as nodes: a heading line closes what it ends, opens its
 *		node on the stack of open headings and may run on as a paragraph.
 */
#include <string.h>

#include "reader/scan_int.h"

/* What a heading line holds, for open_heading. */
typedef struct Heading
{
	int			kind;			/* SHR_NODE_TITLE .. _ITEM */
	int			style;
	int			num;
	bool		appendix;
	const char *label;			/* for the section path; NULL: numeral */
	size_t		label_len;
	Range		marker;			/* empty when none */
	Range		text;			/* the heading line as written */
	Range		head;			/* the heading without marker */
	Range		cont;			/* its second line, empty when none */
} Heading;

/*
 * Open a heading: close what it ends, append its node and push it.
 * Returns the node index or -1.
 */
static int32_t
open_heading(Scanner *sc, const Heading *h)
{
	Open	   *parent;
	Open	   *o;
	int32_t		idx,
				ord;
	int			level;
	char		num[32];
	const char *label = h->label;
	size_t		llen = h->label_len;
	char	   *path,
			   *section;
	ShrNode    *nd;

	switch (h->kind)
	{
		case SHR_NODE_PART:
			sc->nopen = 1;
			level = 1;
			break;
		case SHR_NODE_SECTION:
			while (sc->nopen > 1 && (sc->open[sc->nopen - 1].kind == SHR_NODE_SECTION ||
									 sc->open[sc->nopen - 1].kind == SHR_NODE_ITEM))
				sc->nopen--;
			level = 2;
			break;
		default:
			for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind == SHR_NODE_ITEM; k--)
			{
				if (sc->open[k].style == h->style)
				{
					sc->nopen = k;
					break;
				}
			}
			if (sc->nopen == MAX_OPEN)
				sc->nopen--;
			level = sc->open[sc->nopen - 1].level + 1;
			if (level < 3)
				level = 3;
			break;
	}
	parent = &sc->open[sc->nopen - 1];
	idx = sc_add_node(sc, h->kind, level, parent->node, h->text.b0);
	if (idx < 0)
		return -1;
	sc_set_end(sc, idx, h->cont.b1 > h->cont.b0 ? h->cont.b1 : h->text.b1);

	if (h->appendix)
	{
		ord = ++sc->nappendices;
		path = sc_path_join(sc, parent->path, "a", ord);
	}
	else
	{
		ord = ++parent->nheads;
		path = sc_path_join(sc, parent->path, "", ord);
	}
	if (label == NULL)
	{
		/* No marker written: the numeral of its place stands in. */
		if (h->kind == SHR_NODE_SECTION)
		{
			strcpy(num, "（");
			sc_cn_numeral(ord, num + strlen(num));
			strcat(num, "）");
		}
		else if (h->kind == SHR_NODE_ITEM)
		{
			sc_cn_numeral(ord, num);
			strcat(num, ".");
		}
		else
			sc_cn_numeral(ord, num);
		label = num;
		llen = strlen(num);
	}
	section = sc_section_join(sc, parent->section, label, llen);
	sc_set_strings(sc, idx, path, section);
	if (sc->failed)
		return -1;
	nd = &sc->rep->nodes[idx];
	if (h->marker.b1 > h->marker.b0)
		nd->marker = sc_clean_dup(sc, h->marker.b0, sc_trim_end(sc, h->marker.b0, h->marker.b1));
	nd->heading = sc_clean_dup2(sc, h->head.b0, h->head.b1, h->cont.b0, h->cont.b1);
	nd->text = sc_clean_dup2(sc, h->text.b0, h->text.b1, h->cont.b0, h->cont.b1);
	if (sc->failed)
		return -1;

	o = &sc->open[sc->nopen++];
	memset(o, 0, sizeof(*o));
	o->node = idx;
	o->kind = (uint8_t) h->kind;
	o->style = (uint8_t) h->style;
	o->num = h->num;
	o->level = (uint8_t) level;
	o->path = path;
	o->section = section;
	return idx;
}

/*
 * The second line of a heading that was broken in two ("三、持续提升政府" /
 * "治理效能和服务水平"): a short line without punctuation or marker right
 * after a heading without punctuation.  On success *pos moves past it.
 */
static bool
heading_continues(Scanner *sc, uint32_t *pos, Range *cont, uint32_t max_chars,
				  bool any_text)
{
	uint32_t	p = *pos,
				b,
				e,
				after;

	while (sc_next_line(sc, &p, &b, &e))
	{
		if (b == e)
			continue;
		if (sc_md_hashes(sc, b, e, &after) > 0 || sc_find_marker(sc, b, e).kind != 0 ||
			count_chars(sc, b, e) > max_chars)
			return false;
		if (any_text ? sc_has_terminator(sc, b, e) : !sc_no_punct(sc, b, e))
			return false;
		if (!any_text && (sc_looks_like_unmarked_part(sc, b, e) ||
						  sc_looks_like_appendix(sc, b, e, &after)))
			return false;
		cont->b0 = b;
		cont->b1 = e;
		*pos = p;
		return true;
	}
	return false;
}

/* A line that starts with a marker: a heading, and maybe a paragraph. */
void
sc_heading_line(Scanner *sc, Marker m, uint32_t b, uint32_t e, bool md,
			 uint32_t *pos)
{
	Heading		h;
	uint32_t	cs = sc_skip_space(sc, b + m.len, e);
	SentIter	it = sc_sentences(sc, cs, e);
	Range		r1,
				r2;
	bool		has1,
				runin;

	memset(&h, 0, sizeof(h));
	h.kind = m.kind;
	h.style = m.style;
	h.num = m.num;
	if (sc->appendix && m.kind == SHR_NODE_PART)
		h.kind = SHR_NODE_SECTION;	/* appendices number their own lists */
	h.label = m.label;
	h.label_len = strlen(m.label);
	h.marker.b0 = b;
	h.marker.b1 = b + m.len;

	has1 = sc_next_sentence(sc, &it, &r1);
	runin = has1 && !md &&
		(sc_next_sentence(sc, &it, &r2) || count_chars(sc, r1.b0, r1.b1) > HEADING_MAX_CHARS);
	h.text.b0 = b;
	if (!has1)
	{
		h.head.b0 = h.head.b1 = cs;
		h.text.b1 = e;
	}
	else if (runin)
	{
		h.head.b0 = r1.b0;
		h.head.b1 = sc_strip_terminators(sc, r1.b0, r1.b1);
		h.text.b1 = r1.b1;
	}
	else
	{
		h.head.b0 = cs;
		h.head.b1 = sc_strip_terminators(sc, cs, e);
		h.text.b1 = e;
		if (h.kind == SHR_NODE_PART && sc_no_punct(sc, cs, e))
			heading_continues(sc, pos, &h.cont, CONT_MAX_CHARS, false);
	}
	/*
	 * A run-in heading's line goes on as a paragraph.  So does an item alone
	 * on its line: items are list entries whose words are content
	 * ("1. 城镇新增就业110万人以上。"), and their figures must be found.
	 */
	if (open_heading(sc, &h) >= 0 &&
		(runin || (has1 && h.kind == SHR_NODE_ITEM)))
		sc_emit_paragraph(sc, cs, e);
}

/* A heading without marker: title, appendix, unmarked part, # heading. */
void
sc_plain_heading(Scanner *sc, int kind, int style, bool appendix, uint32_t mlen,
			  uint32_t b, uint32_t e, uint32_t *pos)
{
	Heading		h;
	uint32_t	hs = sc_skip_space(sc, b + mlen, e);

	memset(&h, 0, sizeof(h));
	h.kind = kind;
	h.style = style;
	h.appendix = appendix;
	h.marker.b0 = b;
	h.marker.b1 = b + mlen;
	h.text.b0 = b;
	h.text.b1 = e;
	h.head.b0 = hs;
	h.head.b1 = sc_strip_terminators(sc, hs, e);
	if (appendix)
	{
		/* 附件1 / 2025年省十件民生实事: the next line names it. */
		if (hs == e)
			heading_continues(sc, pos, &h.cont, 40, true);
		if (mlen > 0)
		{
			uint32_t	n;

			h.label = sc->text + b;
			h.label_len = mlen;
			while (h.label_len > 0 && (h.label[h.label_len - 1] == ':' ||
									   cp_at(sc, b + (uint32_t) h.label_len - 3, e, &n) == 0xFF1A))
				h.label_len -= h.label[h.label_len - 1] == ':' ? 1 : 3;
		}
		else
		{
			h.label = sc->text + h.head.b0;
			h.label_len = h.head.b1 - h.head.b0;
		}
	}
	if (kind == SHR_NODE_TITLE)
	{
		int32_t		idx = sc_add_node(sc, SHR_NODE_TITLE, 0, -1, b);

		if (idx < 0)
			return;
		sc_set_end(sc, idx, e);
		sc_set_strings(sc, idx, sc->open[0].path, sc->open[0].section);
		sc->rep->nodes[idx].heading = sc_clean_dup(sc, h.head.b0, h.head.b1);
		sc->rep->nodes[idx].text = sc_clean_dup(sc, b, e);
		sc->open[0].node = idx;
		sc->open[0].kind = SHR_NODE_TITLE;
		return;
	}
	open_heading(sc, &h);
}
