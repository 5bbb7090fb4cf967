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
	int			kind;			/* SHR_NODE_PART .. _ITEM */
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

/* Close the open sections and items: what follows speaks to the whole part. */
void
sc_close_to_part(Scanner *sc)
{
	while (sc->nopen > 1 && (sc->open[sc->nopen - 1].kind == SHR_NODE_SECTION ||
							 sc->open[sc->nopen - 1].kind == SHR_NODE_ITEM))
		sc->nopen--;
}

/*
 * Close what a heading of kind and style ends (a part ends everything, a
 * section its fellow sections and items, an item the items from the last
 * one of its style on) and return its level.
 */
static int
close_for_heading(Scanner *sc, int kind, int style)
{
	int			level;

	if (kind == SHR_NODE_PART)
	{
		sc->nopen = 1;
		return 1;
	}
	if (kind == SHR_NODE_SECTION)
	{
		sc_close_to_part(sc);
		return 2;
	}
	for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind == SHR_NODE_ITEM; k--)
	{
		if (sc->open[k].style == style)
		{
			sc->nopen = k;
			break;
		}
	}
	if (sc->nopen == MAX_OPEN)
		sc->nopen--;
	level = sc->open[sc->nopen - 1].level + 1;
	return level < 3 ? 3 : level;
}

/*
 * The label of a heading written without marker, in buf (32 bytes): the
 * numeral of its place ord, as a marker of its kind would write it.
 */
static const char *
unwritten_label(int kind, int32_t ord, char *buf)
{
	if (kind == SHR_NODE_SECTION)
	{
		strcpy(buf, "（");
		sc_cn_numeral(ord, buf + strlen(buf));
		strcat(buf, "）");
	}
	else if (kind == SHR_NODE_ITEM)
	{
		sc_cn_numeral(ord, buf);
		strcat(buf, ".");
	}
	else
		sc_cn_numeral(ord, buf);
	return buf;
}

/*
 * Number heading idx under parent (appendices apart: a1, a2 …) and give
 * it its path and marker path; false when memory ran out.
 */
static bool
number_heading(Scanner *sc, int32_t idx, const Heading *h, Open *parent)
{
	int32_t		ord;
	char		num[32];
	const char *label = h->label;
	size_t		llen = h->label_len;
	char	   *path;

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
		label = unwritten_label(h->kind, ord, num);
		llen = strlen(label);
	}
	sc_set_strings(sc, idx, path, sc_section_join(sc, parent->section, label, llen));
	return !sc->failed;
}

/* Copy a heading's marker, heading and line into node idx. */
static bool
copy_heading_text(Scanner *sc, int32_t idx, const Heading *h)
{
	ShrNode    *nd = &sc->rep->nodes[idx];

	if (h->marker.b1 > h->marker.b0)
		nd->marker = sc_clean_dup(sc, h->marker.b0, sc_trim_end(sc, h->marker.b0, h->marker.b1));
	nd->heading = sc_clean_dup2(sc, h->head.b0, h->head.b1, h->cont.b0, h->cont.b1);
	nd->text = sc_clean_dup2(sc, h->text.b0, h->text.b1, h->cont.b0, h->cont.b1);
	return !sc->failed;
}

/*
 * Open a heading: close what it ends, append its node and push it.
 * Returns the node index or -1.
 */
static int32_t
open_heading(Scanner *sc, const Heading *h)
{
	int			level = close_for_heading(sc, h->kind, h->style);
	Open	   *parent = &sc->open[sc->nopen - 1];
	int32_t		idx = sc_add_node(sc, h->kind, level, parent->node, h->text.b0);
	Open	   *o;

	if (idx < 0)
		return -1;
	sc_set_end(sc, idx, h->cont.b1 > h->cont.b0 ? h->cont.b1 : h->text.b1);
	if (!number_heading(sc, idx, h, parent) || !copy_heading_text(sc, idx, h))
		return -1;

	o = &sc->open[sc->nopen++];
	memset(o, 0, sizeof(*o));
	o->node = idx;
	o->kind = (uint8_t) h->kind;
	o->style = (uint8_t) h->style;
	o->num = h->num;
	o->level = (uint8_t) level;
	o->path = sc->rep->nodes[idx].path;
	o->section = sc->rep->nodes[idx].section;
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
		sc_md_unbold(sc, &b, &e);
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
sc_open_marked(Scanner *sc, Marker m, uint32_t b, uint32_t e, bool md,
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
		/* 第一部分 / 2024年工作回顾: the next line names the part */
		if (h.kind == SHR_NODE_PART)
			heading_continues(sc, pos, &h.cont, APPENDIX_MAX_CHARS, true);
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

/* A heading without marker on text[b..e), its first mlen bytes a label. */
static void
plain_heading(Heading *h, int kind, int style, uint32_t mlen,
			  const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	hs = sc_skip_space(sc, b + mlen, e);

	memset(h, 0, sizeof(*h));
	h->kind = kind;
	h->style = style;
	h->marker.b0 = b;
	h->marker.b1 = b + mlen;
	h->text.b0 = b;
	h->text.b1 = e;
	h->head.b0 = hs;
	h->head.b1 = sc_strip_terminators(sc, hs, e);
}

/* A Markdown heading without marker, or a part named by its usual words. */
void
sc_open_unmarked(Scanner *sc, int kind, int style, uint32_t b, uint32_t e)
{
	Heading		h;

	plain_heading(&h, kind, style, 0, sc, b, e);
	open_heading(sc, &h);
}

/*
 * An appendix, whose first mlen bytes are its marker (附件1：) or 0: it is
 * labelled by its marker without colon, else by its heading.
 */
void
sc_open_appendix(Scanner *sc, uint32_t mlen, uint32_t b, uint32_t e,
				 uint32_t *pos)
{
	Heading		h;

	plain_heading(&h, SHR_NODE_PART, STYLE_NONE, mlen, sc, b, e);
	h.appendix = true;
	/* 附件1 / 2025年省十件民生实事: the next line names it. */
	if (h.head.b0 == e)
		heading_continues(sc, pos, &h.cont, APPENDIX_MAX_CHARS, true);
	if (mlen > 0)
	{
		uint32_t	n;

		h.label = sc->text + b;
		h.label_len = mlen;
		while (h.label_len > 0 &&
			   cp_in(shr_utf8_before(h.label, h.label_len, &n), "：:"))
			h.label_len -= n;
	}
	else
	{
		h.label = sc->text + h.head.b0;
		h.label_len = h.head.b1 - h.head.b0;
	}
	open_heading(sc, &h);
}

/* The title line: the root of the report, whose heading is the line. */
void
sc_open_title(Scanner *sc, uint32_t b, uint32_t e)
{
	int32_t		idx = sc_add_node(sc, SHR_NODE_TITLE, 0, -1, b);
	ShrNode    *nd;

	if (idx < 0)
		return;
	sc_set_end(sc, idx, e);
	sc_set_strings(sc, idx, sc->open[0].path, sc->open[0].section);
	nd = &sc->rep->nodes[idx];
	nd->heading = sc_clean_dup(sc, b, sc_strip_terminators(sc, b, e));
	nd->text = sc_clean_dup(sc, b, e);
	sc->open[0].node = idx;
	sc->open[0].kind = SHR_NODE_TITLE;
}
