/*
 * scan.h
 *		Internal API of the report parser: the structure scanner that turns
 *		a report's lines into nodes and finds its title, year and region,
 *		with the arena (arena.h) and UTF-8 helpers (utf8.h) every pass uses.
 *
 * The node scheme (what shr_scan_structure produces):
 *
 * - Kinds and levels: the title (level 0) is the root and encloses the whole
 *   report; parts (一、 一． 第一部分) are level 1, sections (（一） (一)) level 2, items
 *   (一是 第一， 1. （1） ①) level 3, one deeper for each item nested in an
 *   item; a paragraph, sentence or highlight is one level below its parent.
 *   Appendices (附件, 名词解释) are parts; inside them 一、 headings are
 *   sections.
 * - Spans exclude leading and trailing white space (including full-width
 *   indentation and a BOM) and Markdown '#' marks.  A title, part, section
 *   or item spans its whole unit, from its marker to the end of its last
 *   descendant; its text is its heading line as written, marker included
 *   and backticks removed (a heading wrapped over two lines is joined).
 *   A paragraph, sentence or highlight spans exactly its text: its text is
 *   the span clean, with every '`' removed and every line break of a
 *   wrapped paragraph with the white space around it (shr_clean_skip).  A
 *   highlight spans what lies between its backticks.
 * - Lines: each line is a paragraph or a heading, blank lines or none
 *   between them (CRLF, CR or LF).  A text whose paragraphs are broken at
 *   a width (copied from a PDF: most lines that end no sentence and run on
 *   into the next have one length) has its broken lines joined: a full
 *   line runs on into the next one up to a blank line where blank lines
 *   end the paragraphs.  Elsewhere it runs on unless it ends a sentence, or
 *   the next line starts a heading whose number follows the one before (a
 *   part or section always, an item after a sentence's end); a marker out
 *   of sequence is text ("…城乡统" / "一、稳步提高" in part 三).
 * - A heading line that goes on after its first sentence (（一）经济发展实现
 *   新跃升。强化…) is a section whose heading is that first sentence, and
 *   the whole line after the marker is also a paragraph inside it, so its
 *   sentences (the heading's included) are scanned like any other.
 * - Paths are ltree text.  The title is "" (the ancestor of everything);
 *   parts are 1..n, appendices a1..an; sections and items are numbered
 *   among the headings of their parent (3.2, 3.2.1); paragraphs p1..pn
 *   among their parent's paragraphs, sentences s1..sn in their paragraph,
 *   highlights h1..hn in their sentence: "3.2.p1.s4.h1".
 * - section is the marker path of the innermost heading: "三（二）一是",
 *   "" before the first part; markers are normalized ((二) -> （二）,
 *   1． -> 1., 第一， -> 第一), and a part or section without a written
 *   marker gets the numeral of its position.
 * - What counts as a heading: a marker at the start of a line (after
 *   indentation, '#' and the '**' of a line wholly in bold); a line of one
 *   sentence of at most 80 characters after its marker is a heading alone,
 *   a longer one runs on as above.  A part marker alone on its line
 *   (第一部分) takes the next line as its heading.
 *   Only the first line can be the title ('# ', or a short line naming a
 *   报告 that is not a date line).  Reports that never write 一、 get parts
 *   from short lines without punctuation but quotes naming a usual part
 *   (工作回顾, 工作安排, 目标任务, 重点工作, 自身建设 …: the words of
 *   vocab/headings.c, like those the metadata is read by); Markdown
 *   '##' / '###' / deeper headings without marker are parts / sections /
 *   items.  "8.6个…" is an item only right after item 7.; otherwise a line
 *   may start with a decimal.  A paragraph starting 各位代表 closes the
 *   open sections and items: it speaks to the whole part.  Everything
 *   before the first part (repeated titles, date and speaker lines,
 *   各位代表：) is paragraphs under the title.
 * - The chrome of the web page a report was copied from makes no node: its
 *   fields (来源：… 发布时间：… 浏览次数：… 【字号：大 中 小】 责任编辑：…),
 *   its buttons (【打印】【关闭】) and a photo's caption (图为…, …摄), on
 *   lines of their own before the first heading or after the report's
 *   last other line (the words of vocab/headings.c).
 * - Metadata: the title is the title line; year and region come from it
 *   ("2024年山东省政府工作报告"), else from the front matter's date line
 *   ("——2024年3月5日在山东省第十四届…会议上": the year, and the region
 *   between 在 and 第, or 全国 for the National People's Congress) or
 *   speaker line ("四川省人民政府省长", "国务院总理" -> 全国), the year last
 *   from a review heading ("一、2023年工作回顾" -> 2024).  Unknown: NULL / 0.
 */
#ifndef SHR_SCAN_H
#define SHR_SCAN_H

#include <string.h>

#include "reader/arena.h"
#include "reader/report.h"
#include "text/utf8.h"

/*
 * Scan text (already checked to be valid UTF-8) into report's nodes and
 * metadata, with opts overriding the metadata found.  report must come
 * from shr_report_new.  On failure the report keeps what was allocated so
 * far and the caller frees it.
 */
extern ShrStatus shr_scan_structure(const char *text, size_t len,
									const ShrReportOptions *opts,
									ShrReport *report, ShrError *err);

/*
 * The next stretch of text[i..hi) that the clean text of a node leaves
 * out: a backtick, or a line break inside a paragraph broken at a width
 * with the white space around it.  Returns its start (hi when none) and
 * sets *end to its end; the figure pass cleans its sentences by it too.
 */
extern size_t shr_clean_skip(const char *text, size_t i, size_t hi, size_t *end);

/* Most nodes a report may have; more is SHR_ETOOLARGE. */
#define SHR_SCAN_MAX_NODES (4 * 1024 * 1024)

#endif							/* SHR_SCAN_H */
