/*
 * reader.h
 *		The reader, the top layer of the core: a report becomes its
 *		structure and its figures.  Each file calls only the files listed
 *		below it here and the layers under this one (make layers checks).
 *
 * What each file provides, from the top down:
 *
 *	report.c / report.h
 *		shr_report_parse	the driver: check the text, run the structure
 *							pass, then the figure pass
 *	excerpt.c			shr_figure_excerpt: the part of a sentence to show
 *
 * The figure pass (extract_int.h, metric_int.h):
 *	extract.c / extract.h
 *		shr_extract_figures	walk the sentences, clean each, emit its figures
 *	figkind.c			ex_sentence_mode, ex_classify_heading: outcome or
 *						target, and of which year
 *	figscan.c			ex_find_figures: one walk of a sentence through a
 *						table of scanners, then the qualifiers (a rank's
 *						field among them); round amounts (新增百万亩) and
 *						numerals in capitals or traditional characters
 *	figrank.c			ex_read_rank: a place after a verb of ranking
 *						(居全国第2位, 排名53位), a ceiling (稳居全国前十),
 *						the places a rank moved by (提升3位), lists of them
 *	figrules.c			ex_is_figure: the not_figure table, a test and an
 *						example per row
 *	figcount.c			ex_count_after, ex_is_chinese_count: counts no
 *						measure word marks (16万儿童, 16市) and Chinese
 *						numerals that count (推出三批), two tables of rules
 *	figclass.c			ex_class_name: the class between a count and its
 *						noun (3个 A类 飞行服务站, 2.5万名 65岁及以上 老年人)
 *	metric.c			ex_read_metrics: metric and predicate, two tables of
 *						named steps (a rank's verb is one)
 *	metriclist.c		ex_read_lists: lists, 分别 and 均
 *	phrase.c			ex_trim, ex_find_pred, ex_post_noun ...: the phrase
 *						rules (trimming is two tables of rows)
 *	clause.c			ex_mark_sentence, ex_clause_of, ex_add_qual, ex_grow:
 *						clause index and buffers every figure pass uses
 *
 * The structure pass (scan_int.h):
 *	scan.c / scan.h		shr_scan_structure: the line loop (joining the
 *						lines of a paragraph broken at a width, leaving
 *						out chrome), then metadata
 *	outline.c			sc_open_title, sc_open_marked, sc_open_unmarked,
 *						sc_open_appendix: opening and closing headings
 *	paragraphs.c		sc_emit_paragraph: a paragraph and its highlights
 *	sentences.c			sc_sentences, sc_next_sentence: a line's sentences
 *	metadata.c			sc_scan_metadata: title, region and year
 *	markers.c			sc_find_marker: a table of marker shapes (一、 第一部分
 *						（一） 一是 1. ①) and the values of their numbers
 *	unmarked.c			sc_looks_like_title, sc_looks_like_unmarked_part,
 *						sc_looks_like_appendix, sc_looks_like_chrome
 *	brackets.c			sc_mark_line: a line's bracket pairs and sentence
 *						ends, in one pass; sc_may_hold_tick
 *	lines.c				sc_next_line, sc_blank_line_at, sc_skip_space,
 *						sc_trim_end ...: lines;
 *						sc_measure_wrap: the width a text is broken at;
 *						shr_clean_skip: what clean text leaves out
 *	nodes.c				sc_add_node, sc_set_end, sc_path_join ...: the node
 *						tree and its strings
 *
 *	arena.c / arena.h	shr_report_new, shr_report_alloc, shr_report_poll,
 *						shr_report_work ...: the report's memory, its work
 *						counter and the cancel hook every pass calls
 */
#ifndef SHR_READER_H
#define SHR_READER_H

#include "reader/report.h"

#endif							/* SHR_READER_H */
