/*
 * report.h
 *		The report parser: a government work report (Markdown or plain text,
 *		UTF-8) becomes its structure (title, parts, sections, items,
 *		paragraphs, sentences, highlights), its metadata and its figures.
 *
 * Positions are 0-based code-point offsets into the original text, end
 * exclusive (the SQL layer adds 1); byte offsets are kept beside them.
 * Everything a ShrReport points to comes from the caller's allocator.
 */
#ifndef SHR_REPORT_H
#define SHR_REPORT_H

#include "types/target.h"

/* Inputs longer than this are refused with SHR_ETOOLARGE. */
#define SHR_REPORT_MAX_BYTES (64 * 1024 * 1024)

typedef enum ShrNodeKind
{
	SHR_NODE_TITLE = 0,
	SHR_NODE_PART,				/* 一、 */
	SHR_NODE_SECTION,			/* （一） (一) */
	SHR_NODE_ITEM,				/* 一是 第一， 1. （1） */
	SHR_NODE_PARAGRAPH,
	SHR_NODE_SENTENCE,
	SHR_NODE_HIGHLIGHT			/* a `backtick span` */
} ShrNodeKind;

typedef struct ShrSpan
{
	uint32_t	byte_start;
	uint32_t	byte_end;
	uint32_t	char_start;
	uint32_t	char_end;
} ShrSpan;

typedef struct ShrNode
{
	uint8_t		kind;			/* ShrNodeKind */
	uint8_t		level;			/* depth: title 0, part 1, section 2, item 3 ... */
	int32_t		parent;			/* index of the enclosing node, -1 at the top */
	ShrSpan		span;			/* the whole unit in the original text */
	char	   *marker;			/* 一、 （二） 一是 1. ; NULL for others */
	char	   *path;			/* ordinals from the top: "3.2.1" */
	char	   *section;		/* marker path: "三（二）一是"; "" before part 一 */
	char	   *heading;		/* heading text of a part/section/item, else NULL */
	char	   *text;			/* clean text: backticks and Markdown marks removed */
} ShrNode;

typedef enum ShrFigureKind
{
	SHR_FIGURE_OUTCOME = 0,		/* reported as achieved */
	SHR_FIGURE_TARGET			/* planned, expected or demanded */
} ShrFigureKind;

typedef struct ShrFigure
{
	ShrSpan		span;			/* the raw text */
	int32_t		sentence;		/* node index of its sentence */
	char	   *raw;			/* 9.2万亿元, 9500多家, 1-2个 */
	char	   *metric;			/* 地区生产总值; "" when none found */
	char	   *predicate;		/* 达到, 增长 ...; "" when none */
	char	  **qualifiers;		/* as written, in text order */
	int			nqualifiers;
	ShrQuantity amount;			/* the amount, or a range's low end */
	ShrTarget	target;			/* the amount with its qualifiers */
	uint8_t		kind;			/* ShrFigureKind */
	int32_t		year;			/* 0 when unknown */
	bool		is_change;		/* 增长 6%, 提高 5%, 翻一番 */
	bool		respectively;	/* from a distributed list (分别, 均) */
	bool		cumulative;		/* 累计 */
	char	   *section;		/* marker path of the enclosing heading */
} ShrFigure;

typedef struct ShrReport
{
	char	   *title;			/* NULL when none */
	char	   *region;			/* 山东省, 全国; NULL when unknown */
	int32_t		year;			/* 0 when unknown */
	ShrNode    *nodes;			/* in text order, parents before children */
	int32_t		nnodes;
	ShrFigure  *figures;		/* in text order */
	int32_t		nfigures;
} ShrReport;

/*
 * Caller's overrides of the metadata (NULL / 0 mean "find it in the text"),
 * and a hook the parser calls every few hundred lines and sentences, so that
 * a server can cancel a long parse: the hook may not return (a longjmp out
 * of the parser is safe, as everything it holds is memory from the caller's
 * allocator).
 */
typedef struct ShrReportOptions
{
	const char *title;
	const char *region;
	int32_t		year;
	void		(*interrupt_check) (void *arg);	/* NULL: never called */
	void	   *interrupt_arg;
} ShrReportOptions;

/*
 * Parse a report.  Invalid UTF-8 is SHR_ESYNTAX (with the byte offset in the
 * detail); too long is SHR_ETOOLARGE; an allocator returning NULL is
 * SHR_ENOMEM.  On success *out is a report whose memory the caller owns.
 */
extern ShrStatus shr_report_parse(const char *text, size_t len,
								  const ShrReportOptions *opts,
								  const ShrAllocator *alloc,
								  ShrReport **out, ShrError *err);

/*
 * The work a parse of report did, in steps: characters its passes
 * decoded, bytes they scanned or counted, bytes it stored.  For any text it
 * grows in proportion to the text's length, which the unit tests check by
 * counting rather than timing (a clock says nothing on a busy machine).
 */
extern uint64_t shr_report_work(const ShrReport *report);

/*
 * The part of a figure's sentence to show with it: the sentence's clean
 * text (backticks removed) when it has at most SHR_EXCERPT_CHARS
 * characters, else SHR_EXCERPT_CHARS characters of it around the figure,
 * with "…" where it was cut.  text is the text that was parsed into r; buf
 * must hold SHR_EXCERPT_BUFLEN bytes.  Returns the excerpt's length.
 */
#define SHR_EXCERPT_CHARS 200
#define SHR_EXCERPT_BUFLEN (4 * SHR_EXCERPT_CHARS + 7)
extern size_t shr_figure_excerpt(const char *text, const ShrReport *r,
								 const ShrFigure *f, char *buf);

/* Give back everything a successful shr_report_parse allocated. */
extern void shr_report_free(ShrReport *report, const ShrAllocator *alloc);

extern const char *shr_node_kind_name(int kind);	/* "title", "part", ... */
extern const char *shr_figure_kind_name(int kind);	/* "outcome", "target" */

#endif							/* SHR_REPORT_H */
