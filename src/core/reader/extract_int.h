/*
 * extract_int.h
 *		Internal types of the figure extractor, shared by its passes, and
 *		the functions each pass offers the ones above it.
 *
 * Each sentence is first copied without its backticks ("clean" text); every
 * position below is a byte offset into that copy, and ticks[] (where the
 * backticks were) leads back to the original text.
 *
 * The passes call only downwards, in this order:
 *
 *	extract.c	the driver: sentences in, figures out (and figkind.c, which
 *				tells outcomes from targets)
 *	figscan.c	which numbers of a sentence are figures, with their
 *				qualifiers (and figrank.c, ranks; figrules.c, the
 *				numbers that are none;
 *				figcount.c, counts no measure word of the catalogue marks;
 *				figclass.c, the class between a count and its noun)
 *	metric.c	what each figure measures and its verb (and metriclist.c,
 *				lists of figures; phrase.c, the phrases they are read from)
 *	clause.c	the shared ground: scratch arrays, clauses, quoted names,
 *				qualifier recording
 *
 * The metric reader's own declarations are in metric_int.h.
 */
#ifndef SHR_EXTRACT_INT_H
#define SHR_EXTRACT_INT_H

#include "reader/extract.h"
#include "vocab/lexicon.h"
#include "reader/scan.h"
#include "text/chars.h"

#define EX_MAX_QUALS 8
#define EX_MAX_GOV 4

/* A stretch of the clean sentence; empty when s == e. */
typedef struct ExPiece
{
	size_t		s;
	size_t		e;
} ExPiece;

/* A qualifier word found around a figure. */
typedef struct ExQual
{
	size_t		pos;			/* in the clean sentence */
	size_t		len;
	const ShrQualifier *q;		/* its lexicon entry, NULL when not there */
} ExQual;

/* What a rank states (figrank.c). */
typedef enum ExRankKind
{
	EX_RANK_NONE = 0,			/* no rank */
	EX_RANK_PLACE,				/* a place: 居全国第2位, 排名53位 */
	EX_RANK_TOP,				/* a ceiling of places: 前十, 前3位 */
	EX_RANK_MOVE				/* the places it moved by: 提升3位 */
} ExRankKind;

/* A number of the sentence that states a figure. */
typedef struct ExCand
{
	size_t		s;				/* raw: the number, magnitude and unit */
	size_t		e;
	size_t		xs;				/* raw with the qualifiers next to it */
	size_t		xe;
	size_t		end;			/* xe, or the end of the noun after it */
	int			clause;
	ShrScan		sc;
	bool		doubling;		/* 翻一番: the amount is a multiple */
	uint8_t		rank;			/* ExRankKind */
	ExPiece		rank_verb;		/* the verb of a rank: 居, 排名, 提升 */
	ExPiece		scope;			/* the field of a rank: 全国 */
	ExPiece		noun;			/* the noun it counts without a measure word
								 * (16万 儿童), empty if none */
	ExQual		quals[EX_MAX_QUALS];
	int			nquals;
	/* what metric.c reads */
	int			head;			/* first figure of its list, itself if none */
	ExPiece		metric;
	ExPiece		metric_tail;	/* a shared head noun appended to metric */
	ExPiece		pred;
	unsigned	pred_flags;		/* lexicon flags of the predicate */
	ExPiece		subject;		/* the noun phrase before the verb */
	bool		resp_word;		/* 分别 before the verb */
	bool		shared_word;	/* 均/各 before the verb, after a list */
	bool		counted;		/* the metric is the noun after the number */
	bool		respectively;
	bool		cumulative;
	bool		is_change;
} ExCand;

/* Scratch state of one extraction. */
typedef struct ExState
{
	const char *text;
	size_t		len;
	ShrReport  *report;
	const ShrAllocator *alloc;
	ShrError   *err;
	ShrLexIndex *lex;
	ShrCpFilter opens;			/* the characters a figure may open with */
	ShrCpFilter count_next;		/* the characters that may follow the first
								 * digit of a count in Chinese numerals */
	ShrCpFilter holds;			/* the characters that tell a sentence may
								 * hold a figure */
	uint64_t   *work;			/* the report's work counter */
	int			unit_bei;		/* catalogue id of 倍, or SHR_UNIT_NONE */
	int			ratio_dims[3];	/* dimensions of %, 百分点 and 倍, or -1 */
	char		this_year[16];	/* "2024年" for the report's year */
	char		last_year[16];	/* "2023年" */

	/* the current sentence */
	char	   *clean;
	size_t		n;
	size_t		cap;
	size_t		base;			/* byte offset of the sentence in the text */
	size_t	   *ticks;			/* clean offsets where a backtick was left out */
	int			nticks;
	int			tickcap;
	size_t	   *breaks;			/* clause ends (offsets of the punctuation) */
	int			nbreaks;
	int			breakcap;
	ExPiece    *quotes;			/* spans of quoted names “…” 《…》 */
	int			nquotes;
	int			quotecap;
	ExCand	   *cands;
	int			ncands;
	int			candcap;

	/* the figures found so far */
	ShrFigure  *figs;
	int32_t		nfigs;
	int32_t		figcap;
} ExState;

/* Outcome or target, and of which year: what a part or sentence states. */
typedef struct ExMode
{
	int			kind;			/* ShrFigureKind */
	int32_t		year;
	bool		glossary;		/* a part that explains terms */
} ExMode;

/* ---- characters, as the rules name them ---- */

/*
 * The code point of a character written as a three-byte UTF-8 literal, so
 * that a rule names the character it looks for as it is written:
 * cp == EX_CH("第").  A literal of another length does not compile.
 */
#define EX_CH(s) \
	((void) sizeof(char[sizeof(s) == 4 ? 1 : -1]), \
	 (((uint32_t) ((unsigned char) (s)[0] & 0x0F) << 12) | \
	  ((uint32_t) ((unsigned char) (s)[1] & 0x3F) << 6) | \
	  (uint32_t) ((unsigned char) (s)[2] & 0x3F)))

/* The CJK Unified Ideographs block, where the words of a noun are written. */
#define EX_CP_CJK_FIRST 0x4E00	/* 一 */
#define EX_CP_CJK_LAST	0x9FFF

/*
 * Is cp one of the characters of set (UTF-8)?  Rules list the characters
 * they stop at as a string: ex_cp_in(cp, "年月日").  0 is in no set.
 */
static inline bool
ex_cp_in(uint32_t cp, const char *set)
{
	for (size_t i = 0; set[i] != '\0';)
	{
		uint32_t	n;

		if (shr_utf8_at(set, i, &n) == cp)
			return true;
		i += n;
	}
	return false;
}

/* ASCII or full-width decimal digit. */
static inline bool
ex_is_digit(uint32_t cp)
{
	return shr_digit_value(cp) >= 0;
}

/* Latin letter, ASCII or full-width. */
static inline bool
ex_is_letter(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
		(cp >= EX_CH("Ａ") && cp <= EX_CH("Ｚ")) ||
		(cp >= EX_CH("ａ") && cp <= EX_CH("ｚ"));
}

/* Does a digit after prev continue a code, a decimal or a date (G20, 2.0)? */
static inline bool
ex_continues_code(uint32_t prev)
{
	return ex_is_digit(prev) || ex_is_letter(prev) ||
		ex_cp_in(prev, ".+/:_-—–~～＋／．·∶：");
}

/* A list separator inside a phrase: 、 和 及 与. */
static inline bool
ex_is_list_sep(uint32_t cp)
{
	return cp == SHR_CP_DUN || cp == EX_CH("和") || cp == EX_CH("及") ||
		cp == EX_CH("与");
}

/*
 * Code point at clean[pos] (0 at the end) and its length.  Every character
 * a pass reads is counted as work (shr_report_work).
 */
static inline uint32_t
ex_cp(const ExState *x, size_t pos, size_t *nbytes)
{
	uint32_t	n;
	uint32_t	cp;

	(*x->work)++;
	if (pos >= x->n)
	{
		*nbytes = 0;
		return 0;
	}
	cp = shr_utf8_at(x->clean, pos, &n);
	*nbytes = n;
	return cp;
}

/* Code point before clean[pos] (0 at the start) and its length. */
static inline uint32_t
ex_cp_before(const ExState *x, size_t pos, size_t *nbytes)
{
	uint32_t	n;
	uint32_t	cp;

	(*x->work)++;
	if (pos == 0 || pos > x->n)
	{
		*nbytes = 0;
		return 0;
	}
	cp = shr_utf8_before(x->clean, pos, &n);
	*nbytes = n;
	return cp;
}

/* ---- clause.c: the shared ground ---- */

/* Grow a scratch array to hold at least need elements. */
extern bool ex_grow(ExState *x, void **arr, int *cap, int need, size_t elem);

/* Give back a scratch block (NULL is fine). */
extern void ex_free(ExState *x, void *p);

/* Let the characters of a UTF-8 string through f. */
extern void ex_filter_add(ShrCpFilter *f, const char *chars);

/* Record the clause ends and quoted names of the clean sentence. */
extern bool ex_mark_sentence(ExState *x);

/* Clause index of a position: the number of clause ends before it. */
extern int	ex_clause_of(const ExState *x, size_t pos);
extern size_t ex_clause_start(const ExState *x, int clause);
extern size_t ex_clause_end(const ExState *x, int clause);

/* Is pos inside a short quoted name or a title 《…》? */
extern bool ex_in_quoted_name(const ExState *x, size_t pos);

/*
 * Add a qualifier word at clean[pos..pos+len) to c, in text order, unless
 * one at that position is there already; q is its lexicon entry, or NULL
 * for a word that qualifies the figure without bounding it (年均).
 */
extern void ex_add_qual(ExCand *c, size_t pos, size_t len, const ShrQualifier *q);

/* ---- figclass.c: the class of what a count counts ---- */

/*
 * Bytes of the class at clean[p] that stands between a count and its noun,
 * a code (A类, 5A级, 400亿级, 750千伏) or a bounded amount (50户以上,
 * 65岁及以上, 2-3岁), when a noun follows it; 0 if none.
 */
extern size_t ex_class_name(ExState *x, size_t p);

/* ---- figrules.c: numbers that are no figures ---- */

/* What the words after a number without a unit say of it. */
typedef enum ExNamed
{
	EX_UNNAMED,					/* nothing: it must stand alone (到2024，) */
	EX_NAMED,					/* a word names what it counts: 1200亿台阶 */
	EX_COUNTED					/* it counts the noun or place: 16万儿童, 16市 */
} ExNamed;

/* Spelling of a scanned amount's unit, "" without one. */
extern const char *ex_unit_name(const ShrScan *sc);

/* Does the number at clean[s, s+k) state a figure? */
extern bool ex_is_figure(ExState *x, size_t s, size_t k, const ShrScan *sc,
						 ExNamed named);

/* Is a measured Chinese numeral at clean[s, s+k) a figure? */
extern bool ex_is_chinese_figure(ExState *x, size_t s, size_t k,
								 const ShrScan *sc);

/* ---- figcount.c: counts no measure word of the catalogue marks ---- */

/* What a number without a unit counts. */
typedef struct ExCount
{
	int			unit;			/* 人, 户 or 家 as its noun says, else none */
	ExPiece		noun;			/* the noun (农业转移人口), empty if none */
	size_t		place_len;		/* bytes of a place counted as a unit (16市) */
} ExCount;

/*
 * Does the number at clean[s, e), scanned as sc, count the noun or place
 * after it (16万儿童, 惠及300儿童, 5万关口, 16市全覆盖)?  What it counts
 * goes to *out.
 */
extern bool ex_count_after(ExState *x, size_t s, size_t e, const ShrScan *sc,
						   ExCount *out);

/*
 * Is the Chinese numeral and measure word at clean[s, s+k) a count (建成
 * 两个, 推出三批), not a name, a slogan or an article (两个确立, 一批)?
 */
extern bool ex_is_chinese_count(ExState *x, size_t s, size_t k,
								const ShrScan *sc);

/* ---- figrank.c: ranks and changes of rank ---- */

/* A rank read at a position of the sentence. */
typedef struct ExRank
{
	int			kind;			/* ExRankKind */
	size_t		len;			/* bytes of the rank as written */
	ShrScan		sc;				/* its amount: 第2位, or 3位次 moved */
	ExPiece		verb;			/* the verb before it; empty in a list */
	ExPiece		scope;			/* its field, between or before the verb */
} ExRank;

/*
 * Is there a rank at clean[i] (prev the character before it): a place
 * after a verb of ranking (居全国第2位, 排名53位), a ceiling (进入全国前三),
 * the places a rank moved by (提升3位), or a later member of a list of
 * them?  What it reads goes to *out.
 */
extern bool ex_read_rank(ExState *x, size_t i, uint32_t prev, ExRank *out);

/* ---- figscan.c ---- */

/* Set up the filter of the characters the scanners read at. */
extern void ex_scan_init(ExState *x);

/* Find the figures of the clean sentence into x->cands; false on ENOMEM. */
extern bool ex_find_figures(ExState *x);

/* ---- metric.c ---- */

/* Read metric, predicate and list structure of x->cands. */
extern void ex_read_metrics(ExState *x);

/* ---- figkind.c: outcome or target ---- */

/* Kind and year of the figures under a heading; known says it decided. */
extern ExMode ex_classify_heading(const ExState *x, const char *s, size_t len,
								  bool first, bool *known);

/* Is a line short and unpunctuated enough to be a heading? */
extern bool ex_heading_like(const char *s, size_t len);

/* The part's mode as the wording of the clean sentence overrides it. */
extern ExMode ex_sentence_mode(ExState *x, ExMode m);

/* The part node ni sits in, or -1. */
extern int32_t ex_part_of(const ShrReport *r, int32_t ni);

#endif							/* SHR_EXTRACT_INT_H */
