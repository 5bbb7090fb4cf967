/*
 * metric_int.h
 *		Internal to the metric reader: the phrases a figure's metric and
 *		verb are read from (phrase.c) and the lists of figures (metriclist.c),
 *		which metric.c calls down to.
 */
#ifndef SHR_METRIC_INT_H
#define SHR_METRIC_INT_H

#include "reader/extract_int.h"

/* What the words cut off a phrase said. */
typedef struct TrimInfo
{
	bool		deng;			/* ended with 等: examples, not the metric */
	bool		resp;			/* 分别 */
	bool		shared;			/* 均/各 after a list */
} TrimInfo;

/* ---- phrase.c ---- */

/* Code points in a piece. */
extern size_t ex_piece_cps(const ExState *x, ExPiece p);

/* Does clean[s, e) hold a list separator? */
extern bool ex_has_list(const ExState *x, size_t s, size_t e);

/* Is clean[s, e) nothing but list separators (以及 too) and spaces? */
extern bool ex_only_separators(const ExState *x, size_t s, size_t e);

/*
 * Cut connectives, scope words and adverbials off both ends of
 * clean[s, e) (其中, 全省, 2023年, 从…看 | 同比, 分别, 均), noting in *ti
 * what they said.
 */
extern ExPiece ex_trim(ExState *x, size_t s, size_t e, TrimInfo *ti);

/* Is a verb ending at clean[e] the head of a noun (发布会, 增长点)? */
extern bool ex_nominal(const ExState *x, size_t e);

/*
 * The rightmost predicate in clean[lo, hi) and, in *flags, its lexicon
 * flags; an empty piece at hi when there is none.
 */
extern ExPiece ex_find_pred(ExState *x, size_t lo, size_t hi, unsigned *flags);

/* After examples ending in 等, the noun they exemplify: A、B等促消费活动. */
extern ExPiece ex_after_deng(const ExState *x, ExPiece p);

/*
 * The noun phrase right after a figure at s (7个 高铁项目), up to the
 * clause's end, a verb, an adverbial or lim.
 */
extern ExPiece ex_post_noun(ExState *x, size_t s, size_t lim);

/* The subject of a clause: its words up to its first verb. */
extern ExPiece ex_clause_subject(ExState *x, int clause);

/* A metric that names a change by itself: 涨幅, 增速. */
extern bool ex_metric_is_change(const ExState *x, ExPiece m);

/* ---- metriclist.c ---- */

/*
 * The lists of the sentence's figures, once each figure is read: bare
 * members take the unit of the next (提高11.1、11.2个百分点), and a list
 * subject is dealt out to the members (分别) or one figure to all (均).
 */
extern void ex_read_lists(ExState *x);

#endif							/* SHR_METRIC_INT_H */
