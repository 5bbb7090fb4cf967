/*
 * scan_int.h
 *		What the files of the structure scanner share: the scanner's state
 *		(the stack of open headings, the bracket pairs and sentence ends of
 *		the current line, the code-point cursor) and the functions each file
 *		lends the others.
 *
 * scan.c drives the scan line by line; the other files are its phases,
 * from the bottom up: nodes.c (the node tree), lines.c (lines and their
 * characters, the width a text is broken at), markers.c and unmarked.c
 * (what makes a line a heading, or the chrome of a web page),
 * brackets.c and sentences.c (a line's sentences), paragraphs.c and
 * outline.c (the nodes of a line), metadata.c (title, year and region).
 */
#ifndef SHR_SCAN_INT_H
#define SHR_SCAN_INT_H

#include "reader/scan.h"
#include "text/chars.h"

#define lengthof(array) (sizeof(array) / sizeof((array)[0]))

/* Container kind of the stack's bottom when the report has no title. */
#define KIND_ROOT		0xFF

/* Item styles: an item nests in another item only if their styles differ. */
enum
{
	STYLE_NONE = 0,
	STYLE_SHI,					/* 一是 */
	STYLE_DI,					/* 第一， */
	STYLE_NUM,					/* 1. 1． 1、 */
	STYLE_PNUM,					/* （1） (1) */
	STYLE_CIRCLE,				/* ① */
	STYLE_MD					/* a deep Markdown heading without marker */
};

#define MAX_OPEN 12				/* root, part, section and nested items */
#define MAX_BRACKETS 64			/* pending openers kept per line */
#define BRACKET_LOOKBACK 8		/* openers a closer may skip over */
#define HEADING_MAX_CHARS 80	/* a longer one-sentence line is a paragraph */
#define TITLE_MAX_CHARS 60
#define UNMARKED_MAX_CHARS 24	/* an unmarked part heading is short */
#define APPENDIX_MAX_CHARS 40	/* an appendix's heading, the line naming it
								 * (or a part written 第一部分 alone) */
#define GLOSSARY_MAX_CHARS 30	/* a glossary's heading without 附件 */
#define CONT_MAX_CHARS 20		/* nor is the second line of a heading long */
#define CHROME_MAX_CHARS 80		/* a line of a web page's chrome is short */
#define LINE_WINDOW 512			/* bytes searched at a time for a line break */
#define WRAP_MIN_CHARS 16		/* a text broken narrower is not taken for one */
#define WRAP_MAX_CHARS 160		/* ... nor one broken wider */
#define WRAP_MIN_LINES 8		/* lines of one width that make it the text's */
#define WRAP_SLACK 2			/* a broken line may fall short of the width */

typedef struct Range
{
	uint32_t	b0;				/* byte offsets, end exclusive */
	uint32_t	b1;
} Range;

/* Ranges of a line in text order, in an array that grows by doubling. */
typedef struct RangeList
{
	Range	   *r;
	size_t		n;
	size_t		cap;
} RangeList;

/* An open heading (or the root) that takes the lines that follow. */
typedef struct Open
{
	int32_t		node;			/* node index; -1 for a root without title */
	uint8_t		kind;
	uint8_t		style;
	uint8_t		level;
	int			num;			/* the number its marker writes, 0: none */
	int32_t		nheads;			/* headings numbered under it so far */
	int32_t		nparas;			/* paragraphs numbered under it so far */
	const char *path;
	const char *section;
} Open;

/* A heading marker found at the start of a line. */
typedef struct Marker
{
	uint8_t		kind;			/* SHR_NODE_PART, _SECTION, _ITEM; 0 none */
	uint8_t		style;
	uint32_t	len;			/* bytes of the marker as written */
	int			num;			/* the value of its number */
	bool		ambiguous;		/* "8.6个…": a decimal unless 7. came before */
	char		label[24];		/* normalized form for the section path */
} Marker;

/*
 * The bracket pairs of brackets.c, decoded once per scan, with the row of
 * each character found by its low bits (BRACKET_SLOTS of them): a slot
 * holds 0 (no bracket ends so), row + 1, or BRACKET_SHARED when two
 * brackets share it; and the frequent characters that its line pass may
 * step over, as none of them is a bracket or a terminator.
 */
#define BRACKET_PAIRS 11
#define BRACKET_SLOTS 1024
#define BRACKET_SHARED 0xFF
#define PLAIN_CHARS 2
typedef struct Brackets
{
	uint32_t	open[BRACKET_PAIRS];	/* code points of the openers */
	uint32_t	close[BRACKET_PAIRS];	/* ... and of their closers */
	bool		lead[256];		/* bytes one of them, " or ` starts with */
	uint8_t		slot[BRACKET_SLOTS];	/* rows by code point modulo slots */
	uint8_t		plain[PLAIN_CHARS][3];	/* UTF-8 of each; zeros: it is a mark */
	bool		plain_digits;	/* no digit 0-9 is a mark */
} Brackets;

typedef struct Scanner
{
	const char *text;
	uint32_t	len;
	ShrReport  *rep;
	ShrError   *err;
	const ShrAllocator *alloc;
	uint32_t	cur_b;			/* code-point cursor: byte offset ... */
	uint32_t	cur_c;			/* ... and its code-point offset */
	Open		open[MAX_OPEN];
	int			nopen;
	bool		marked_parts;	/* the report writes 一、 before its parts */
	bool		appendix;		/* inside an appendix */
	bool		seen_line;		/* the first non-empty line is behind us */
	uint32_t	start;			/* where the first line starts (past a BOM) */
	uint32_t	tail;			/* where the chrome after the report starts */
	bool		measured;		/* wrap and blank_paras are known: until a line
								 * runs on into the next, no line is joined */
	uint32_t	wrap;			/* the width paragraphs are broken at; 0: none */
	bool		blank_paras;	/* ... and blank lines alone end paragraphs */
	int32_t		nappendices;
	/* what brackets.c found on the current line, for its sentences */
	RangeList	prot;			/* outermost bracket pairs, sorted */
	RangeList	ends;			/* runs of sentence terminators */
	uint32_t	marks_b0;		/* the range they were found in */
	uint32_t	marks_b1;
	bool		marks_tick;		/* ... and whether it holds a backtick */
	bool		has_cr;			/* some line of the text ends with CR */
	Brackets	brackets;
	bool		failed;			/* an allocation failed; err is set */
	uint64_t   *work;			/* the report's work counter */
} Scanner;

/* Where the sentence scan of a line stands. */
typedef struct SentIter
{
	uint32_t	pos;
	uint32_t	end;
	size_t		iprot;			/* next bracket pair not behind pos */
	size_t		iend;			/* next terminator run not behind pos */
} SentIter;

/* The code point at byte b, or 0 at or past end. */
static inline uint32_t
cp_at(const Scanner *sc, uint32_t b, uint32_t end, uint32_t *n)
{
	(*sc->work)++;
	if (b >= end)
	{
		*n = 0;
		return 0;
	}
	return shr_utf8_at(sc->text, b, n);
}

/* Code points in text[b0..b1). */
static inline uint32_t
count_chars(const Scanner *sc, uint32_t b0, uint32_t b1)
{
	*sc->work += b1 - b0;
	return (uint32_t) shr_utf8_count(sc->text + b0, b1 - b0);
}

/* Is cp one of the characters of the UTF-8 string set?  (0 never is.) */
static inline bool
cp_in(uint32_t cp, const char *set)
{
	uint32_t	n;

	for (size_t i = 0; set[i] != '\0'; i += n)
		if (shr_utf8_at(set, i, &n) == cp)
			return true;
	return false;
}

/* A digit of a Chinese heading number (一 .. 十, 〇, 零), or -1. */
static inline int
cn_digit(uint32_t cp)
{
	return cp == SHR_CP_SHI ? 10 : shr_cn_digit(cp);
}

/* Record an out-of-memory failure once (every structure file may). */
static inline void
sc_nomem(Scanner *sc)
{
	if (!sc->failed)
		shr_fail(sc->err, SHR_ENOMEM, "Out of memory while parsing the report.");
	sc->failed = true;
}

/* nodes.c: the node tree and the strings its nodes own */
extern char *sc_clean_dup(Scanner *sc, uint32_t b0, uint32_t b1);
extern char *sc_clean_dup2(Scanner *sc, uint32_t b0, uint32_t b1,
						   uint32_t c0, uint32_t c1);
extern char *sc_path_join(Scanner *sc, const char *parent, const char *prefix,
						  int32_t n);
extern char *sc_section_join(Scanner *sc, const char *parent,
							 const char *label, size_t llen);
extern int32_t sc_add_node(Scanner *sc, int kind, int level, int32_t parent,
						   uint32_t b0);
extern void sc_set_end(Scanner *sc, int32_t idx, uint32_t b1);
extern void sc_set_strings(Scanner *sc, int32_t idx, const char *path,
						   const char *section);
extern void sc_extend_spans(ShrReport *r);

/* lines.c: lines, white space and what a line holds */
extern uint32_t sc_skip_space(const Scanner *sc, uint32_t b, uint32_t e);
extern uint32_t sc_skip_class(const Scanner *sc, uint32_t b, uint32_t e,
							  bool (*in_class) (uint32_t cp));
extern uint32_t sc_trim_class(const Scanner *sc, uint32_t b, uint32_t e,
							  bool (*in_class) (uint32_t cp));
extern uint32_t sc_trim_end(const Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_next_line(const Scanner *sc, uint32_t *pos, uint32_t *b,
						 uint32_t *e);
extern bool sc_blank_line_at(const Scanner *sc, uint32_t p);
extern bool sc_prev_line(const Scanner *sc, uint32_t lo, uint32_t *p, uint32_t *b,
						 uint32_t *e);
extern int	sc_md_hashes(const Scanner *sc, uint32_t b, uint32_t e,
						 uint32_t *after);
extern void sc_md_unbold(const Scanner *sc, uint32_t *b, uint32_t *e);
extern bool sc_none_of_class(const Scanner *sc, uint32_t b, uint32_t e,
							 bool (*in_class) (uint32_t cp));
extern bool sc_no_punct(const Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_has_terminator(const Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_ends_sentence(const Scanner *sc, uint32_t b, uint32_t e);
typedef bool (*LineTest) (const Scanner *sc, uint32_t b, uint32_t e);
extern void sc_measure_wrap(Scanner *sc, uint32_t pos, LineTest ignored);
extern bool sc_is_full_line(const Scanner *sc, uint32_t b, uint32_t e);

/* markers.c: heading markers */
extern Marker sc_find_marker(const Scanner *sc, uint32_t b, uint32_t e);
extern void sc_cn_numeral(int n, char *buf);

/* unmarked.c: headings without marker, and the chrome of a web page */
extern bool sc_looks_like_title(const Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_looks_like_unmarked_part(const Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_looks_like_appendix(const Scanner *sc, uint32_t b, uint32_t e,
								   uint32_t *marker_len);
extern bool sc_looks_like_chrome(const Scanner *sc, uint32_t b, uint32_t e);

/* brackets.c and sentences.c: sentences, kept whole across brackets */
extern void sc_brackets_init(Brackets *br);
extern void sc_mark_line(Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_may_hold_tick(const Scanner *sc, uint32_t b0, uint32_t b1);
extern void sc_free_marks(Scanner *sc);
extern SentIter sc_sentences(Scanner *sc, uint32_t b, uint32_t e);
extern bool sc_next_sentence(const Scanner *sc, SentIter *it, Range *out);
extern uint32_t sc_strip_terminators(const Scanner *sc, uint32_t b, uint32_t e);

/* paragraphs.c and outline.c: the nodes of a line */
extern void sc_emit_paragraph(Scanner *sc, uint32_t b, uint32_t e);
extern void sc_close_to_part(Scanner *sc);
extern void sc_open_title(Scanner *sc, uint32_t b, uint32_t e);
extern void sc_open_marked(Scanner *sc, Marker m, uint32_t b, uint32_t e,
						   bool md, uint32_t *pos);
extern void sc_open_unmarked(Scanner *sc, int kind, int style, uint32_t b,
							 uint32_t e);
extern void sc_open_appendix(Scanner *sc, uint32_t mlen, uint32_t b,
							 uint32_t e, uint32_t *pos);

/* metadata.c: title, year and region */
extern ShrStatus sc_scan_metadata(ShrReport *r, const ShrReportOptions *opts);

#endif							/* SHR_SCAN_INT_H */
