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

/* Code point at clean[pos] (0 at the end) and its length. */
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

#endif							/* SHR_EXTRACT_INT_H */
