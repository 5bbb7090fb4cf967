/*
 * scan.c
 *		The structure scanner's line loop: each line of a report is told to
 *		be a title, a heading or a paragraph (the scheme is described in
 *		scan.h) and handed to the file that makes its nodes; the title,
 *		year and region are read last (scan_int.h lists the files).
 *
 * One pass over the lines with a stack of open headings; each line is
 * looked at a constant number of times (one pass for its brackets and
 * sentence ends, the copies of its text), and code-point offsets come from
 * a cursor that only moves within the line being scanned, so the whole
 * scan is linear in the text.
 */
#include <string.h>

#include "reader/scan_int.h"
#include "vocab/headings.h"

/*
 * Is an Arabic-numbered item n-1 open?  Then "8.6个重大科技专项" goes on a
 * list as item 8; otherwise a line starting so is a decimal number.
 */
static bool
follows_number(const Scanner *sc, int n)
{
	for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind == SHR_NODE_ITEM; k--)
		if (sc->open[k].style == STYLE_NUM)
			return sc->open[k].num == n - 1;
	return false;
}

/* The kind of heading marker m opens: an appendix's 一、 are sections. */
static int
marker_kind(const Scanner *sc, Marker m)
{
	return sc->appendix && m.kind == SHR_NODE_PART ? SHR_NODE_SECTION : m.kind;
}

/*
 * Is marker m the next of its kind after the heading marker first of the
 * line it would follow (kind 0: none) and the open headings: a part or
 * section one past the one before it (or the first), an item one past the
 * one of its style (or the first)?  A heading goes on from the one before;
 * a numeral inside a sentence mostly does not ("…城乡统" / "一、稳步提高").
 */
static bool
in_sequence(const Scanner *sc, Marker first, Marker m)
{
	int			kind = marker_kind(sc, m),
				fkind = marker_kind(sc, first);

	if (first.kind != 0 && fkind < kind)
		return m.num == 1;
	if (fkind == kind && (kind != SHR_NODE_ITEM || first.style == m.style))
		return m.num == first.num + 1;
	for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind >= kind; k--)
	{
		const Open *o = &sc->open[k];

		if (o->kind == kind && (kind != SHR_NODE_ITEM || o->style == m.style))
			return m.num == o->num + 1;
	}
	return m.num == 1;
}

/*
 * Does the full line l of a text broken at a width run on into the next
 * line nl?  first is the marker its paragraph starts with.  Where blank
 * lines end paragraphs, always.  Else a marker in sequence opens a heading
 * (a part or section always, an item after a sentence's end), a marker out
 * of sequence is text, and a line without marker starts a paragraph after
 * a sentence's end.
 */
static bool
runs_on(const Scanner *sc, Marker first, Range l, Range nl)
{
	Marker		m;
	bool		ended;

	if (sc->blank_paras)
		return true;
	ended = sc_ends_sentence(sc, l.b0, l.b1);
	m = sc_find_marker(sc, nl.b0, nl.b1);
	if (m.kind == 0)
		return !ended;
	if (!in_sequence(sc, first, m))
		return true;
	return m.kind == SHR_NODE_ITEM && !ended;
}

/*
 * The end of the paragraph whose first line is text[b..e) in a text broken
 * at a width: each full line runs on into the next (runs_on says when),
 * up to a blank line or a Markdown heading.  *pos moves past the lines
 * joined.
 */
static uint32_t
join_wrapped(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *pos)
{
	Range		l = {b, e},
				nl;
	uint32_t	p,
				after;
	Marker		first;

	if (sc->wrap == 0 || sc_md_hashes(sc, b, e, &after) > 0 || !sc_is_full_line(sc, b, e))
		return e;
	first = sc_find_marker(sc, b, e);
	do
	{
		p = *pos;
		if (!sc_next_line(sc, &p, &nl.b0, &nl.b1) || nl.b0 == nl.b1 || nl.b0 >= sc->tail ||
			sc_md_hashes(sc, nl.b0, nl.b1, &after) > 0 ||
			!runs_on(sc, first, l, nl))
			break;
		l = nl;
		*pos = p;
	} while (sc_is_full_line(sc, l.b0, l.b1));
	return l.b1;
}

/*
 * The end of the paragraph whose first line is text[b..e), past the lines
 * joined to it.  No line is joined to an empty one, so the text's layout is
 * measured only once a line runs on into the next: a report that sets a
 * blank line after each of its lines is not walked for it.
 */
static uint32_t
paragraph_end(Scanner *sc, uint32_t b, uint32_t e, uint32_t *pos)
{
	if (sc_blank_line_at(sc, *pos))
		return e;
	if (!sc->measured)
	{
		sc_measure_wrap(sc, sc->start, sc_looks_like_chrome);
		sc->measured = true;
	}
	return join_wrapped(sc, b, e, pos);
}

/*
 * A heading without marker on text[b..e), after hashes '#' marks: an
 * appendix, a Markdown heading (## part, ### section, deeper item) or, in
 * a report that never writes 一、, a part named by its usual words.  Opens
 * it and returns true, or returns false for a paragraph.
 */
static bool
opens_unmarked_heading(Scanner *sc, int hashes, uint32_t b, uint32_t e,
					   uint32_t *pos)
{
	uint32_t	mlen;

	/* appendices follow the parts */
	if (sc->open[sc->nopen > 1 ? 1 : 0].kind == SHR_NODE_PART &&
		sc_looks_like_appendix(sc, b, e, &mlen))
	{
		sc->appendix = true;
		sc_open_appendix(sc, mlen, b, e, pos);
		return true;
	}
	if (hashes > 0)
	{
		int			kind = hashes <= 2 ? SHR_NODE_PART :
			hashes == 3 ? SHR_NODE_SECTION : SHR_NODE_ITEM;

		sc_open_unmarked(sc, kind, STYLE_MD, b, e);
		return true;
	}
	if (!sc->marked_parts && sc_looks_like_unmarked_part(sc, b, e))
	{
		sc->appendix = false;
		sc_open_unmarked(sc, SHR_NODE_PART, STYLE_NONE, b, e);
		return true;
	}
	return false;
}

/*
 * What a line says, without its Markdown marks: [*b, *e) narrowed past its
 * '#' marks and the '**' around a line in bold.  Returns the '#' marks.
 */
static int
line_content(const Scanner *sc, uint32_t *b, uint32_t *e)
{
	uint32_t	after;
	int			hashes = sc_md_hashes(sc, *b, *e, &after);

	if (hashes > 0)
		*b = after;
	sc_md_unbold(sc, b, e);
	return hashes;
}

/*
 * Is text[b..e) a line of the chrome of a web page, before the report's
 * first heading or after its last line?
 */
static bool
is_chrome(const Scanner *sc, uint32_t b, uint32_t e)
{
	return (sc->nopen == 1 || b >= sc->tail) && sc_looks_like_chrome(sc, b, e);
}

/*
 * Where the chrome after the report starts: past its last other line,
 * found walking back from the text's end to lo.
 */
static uint32_t
chrome_tail(const Scanner *sc, uint32_t lo)
{
	uint32_t	p = sc->len,
				b,
				e,
				tail = sc->len;

	while (sc_prev_line(sc, lo, &p, &b, &e))
	{
		line_content(sc, &b, &e);
		if (b < e && !sc_looks_like_chrome(sc, b, e))
			break;
		tail = p;
	}
	return tail;
}

/* Classify one non-empty line and emit its nodes. */
static void
scan_line(Scanner *sc, uint32_t b, uint32_t e, uint32_t *pos)
{
	int			hashes = line_content(sc, &b, &e);
	Marker		m;
	bool		first = !sc->seen_line;

	/* chrome is no part of the report: no node, and no title */
	if (b >= e || is_chrome(sc, b, e))
		return;
	sc->seen_line = true;
	if (first && (hashes == 1 || (hashes == 0 && sc_looks_like_title(sc, b, e))))
	{
		sc_open_title(sc, b, e);
		return;
	}
	m = sc_find_marker(sc, b, e);
	if (m.ambiguous && !follows_number(sc, m.num))
		m.kind = 0;
	if (m.kind != 0)
		sc_open_marked(sc, m, b, e, hashes > 0, pos);
	else if (!opens_unmarked_heading(sc, hashes, b, e, pos))
	{
		/* "各位代表！" addresses the whole part: it ends sections and items. */
		if (shr_heading_prefix(sc->text + b, e - b, SHR_HW_ADDRESS) > 0)
			sc_close_to_part(sc);
		sc_emit_paragraph(sc, b, e);
	}
}

/* Does any line before the appendices start with a part marker (一、)? */
static bool
has_marked_parts(const Scanner *sc)
{
	uint32_t	pos = 0,
				b,
				e,
				after;

	while (sc_next_line(sc, &pos, &b, &e))
	{
		line_content(sc, &b, &e);
		if (b < e && sc_find_marker(sc, b, e).kind == SHR_NODE_PART)
			return true;
		/* an appendix's 一、 lists are no parts */
		if (b < e && sc_looks_like_appendix(sc, b, e, &after))
			return false;
	}
	return false;
}

/* Scan the lines of text into report's nodes, then its metadata. */
ShrStatus
shr_scan_structure(const char *text, size_t len, const ShrReportOptions *opts,
				   ShrReport *report, ShrError *err)
{
	Scanner		sc;
	uint32_t	pos = 0,
				b,
				e;
	ShrStatus	st;

	memset(&sc, 0, sizeof(sc));
	sc.text = text;
	sc.len = (uint32_t) len;
	sc.rep = report;
	sc.err = err;
	sc.alloc = shr_report_allocator(report);
	sc.work = shr_report_work_counter(report);
	sc.marks_b0 = sc.marks_b1 = UINT32_MAX;
	sc.has_cr = len > 0 && memchr(text, '\r', len) != NULL;
	sc_brackets_init(&sc.brackets);
	sc.nopen = 1;
	sc.open[0].node = -1;
	sc.open[0].kind = KIND_ROOT;
	/* The root's path and marker path: "", owned by the report. */
	sc.open[0].path = sc.open[0].section = shr_report_strndup(report, "", 0);
	if (sc.open[0].path == NULL)
		return shr_fail(err, SHR_ENOMEM, "Out of memory while parsing the report.");

	if (len >= 3 && memcmp(text, "\uFEFF", 3) == 0)
		pos = 3;
	sc.start = pos;
	sc.marked_parts = has_marked_parts(&sc);
	sc.tail = chrome_tail(&sc, pos);
	while (!sc.failed && sc_next_line(&sc, &pos, &b, &e))
	{
		shr_report_poll(report);
		if (b < e)
			scan_line(&sc, b, paragraph_end(&sc, b, e, &pos), &pos);
	}
	sc_free_marks(&sc);
	if (sc.failed)
		return sc.err->status;

	sc_extend_spans(report);
	st = sc_scan_metadata(report, opts);
	if (st != SHR_OK)
		return shr_fail(err, st, "Out of memory while parsing the report.");
	return SHR_OK;
}
