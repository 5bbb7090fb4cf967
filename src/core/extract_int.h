/*
 * extract_int.h
 *		Internal types of the figure extractor, shared by its passes:
 *		finding the numbers of a sentence that are figures (figscan.c) and
 *		reading their metric, verb and list structure (metric.c).
 *
 * Each sentence is first copied without its backticks ("clean" text); every
 * position below is a byte offset into that copy, and ticks[] (where the
 * backticks were) leads back to the original text.
 */
#ifndef SHR_EXTRACT_INT_H
#define SHR_EXTRACT_INT_H

#include "extract.h"
#include "lexicon.h"
#include "scan.h"

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

/* Grow a scratch array to hold at least need elements. */
extern bool ex_grow(ExState *x, void **arr, int *cap, int need, size_t elem);

/* Find the figures of the clean sentence into x->cands; false on ENOMEM. */
extern bool ex_find_figures(ExState *x);

/*
 * Add a qualifier word at clean[pos..pos+len) to c, in text order, unless
 * one at that position is there already; q is its lexicon entry, or NULL
 * for a word that qualifies the figure without bounding it (年均).
 */
extern void ex_add_qual(ExCand *c, size_t pos, size_t len, const ShrQualifier *q);

/* Read metric, predicate and list structure of x->cands. */
extern void ex_read_metrics(ExState *x);

/* Clause index of a position: the number of clause ends before it. */
extern int	ex_clause_of(const ExState *x, size_t pos);
extern size_t ex_clause_start(const ExState *x, int clause);
extern size_t ex_clause_end(const ExState *x, int clause);

/*
 * Code point at clean[pos] (0 at the end) and its length.  Inline for the
 * ASCII and three-byte (CJK) cases, which are nearly all of a report.
 */
static inline uint32_t
ex_cp(const ExState *x, size_t pos, size_t *nbytes)
{
	const unsigned char *u = (const unsigned char *) x->clean + pos;
	uint32_t	cp = 0;

	(*x->work)++;
	if (pos >= x->n)
	{
		*nbytes = 0;
		return 0;
	}
	if (u[0] < 0x80)
	{
		*nbytes = 1;
		return u[0];
	}
	if ((u[0] & 0xF0) == 0xE0 && x->n - pos >= 3)
	{
		*nbytes = 3;
		return ((uint32_t) (u[0] & 0x0F) << 12) |
			((uint32_t) (u[1] & 0x3F) << 6) | (uint32_t) (u[2] & 0x3F);
	}
	*nbytes = shr_utf8_decode(x->clean + pos, x->n - pos, &cp);
	return cp;
}

extern uint32_t ex_cp_before_any(const ExState *x, size_t pos, size_t *nbytes);

/*
 * Code point before clean[pos] (0 at the start) and its length.  Inline
 * for the ASCII and three-byte cases, as ex_cp.
 */
static inline uint32_t
ex_cp_before(const ExState *x, size_t pos, size_t *nbytes)
{
	const unsigned char *u = (const unsigned char *) x->clean;

	(*x->work)++;
	if (pos > 0 && pos <= x->n)
	{
		if (u[pos - 1] < 0x80)
		{
			*nbytes = 1;
			return u[pos - 1];
		}
		if (pos >= 3 && (u[pos - 3] & 0xF0) == 0xE0 &&
			(u[pos - 2] & 0xC0) == 0x80 && (u[pos - 1] & 0xC0) == 0x80)
		{
			*nbytes = 3;
			return ((uint32_t) (u[pos - 3] & 0x0F) << 12) |
				((uint32_t) (u[pos - 2] & 0x3F) << 6) | (uint32_t) (u[pos - 1] & 0x3F);
		}
	}
	return ex_cp_before_any(x, pos, nbytes);
}

/* Does the code point end a clause (，；。 ...)? */
static inline bool
ex_is_break(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case 0xFF1B:			/* ； */
		case 0xFF1A:			/* ： */
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case 0xFF1F:			/* ？ */
		case ',':
		case ';':
		case ':':
		case '!':
		case '?':
		case '\n':
		case '\r':
			return true;
		default:
			return false;
	}
}

/* Is it white space, ASCII or full-width? */
static inline bool
ex_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == 0xFEFF;
}

#endif							/* SHR_EXTRACT_INT_H */
