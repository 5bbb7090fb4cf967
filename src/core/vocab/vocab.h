/*
 * vocab.h
 *		The vocabulary layer: one compiled-in table per vocabulary, every
 *		index derived from its table (words.c), each table checked by code
 *		as contrib/isn checks its ranges.  It calls only the text layer.
 *
 * What each file provides:
 *
 *	words.c / words.h
 *		shr_word_index_build, shr_word_index_check
 *							the index of a table by first and last character,
 *							built at first use, and its check
 *		shr_word_match, shr_word_match_end, shr_word_find
 *							longest word at a position, forwards and back
 *		shr_word_may_start, shr_word_may_end (inline)
 *							can a word of these roles start or end with
 *							this character
 *	units.c / units.h
 *		shr_unit, shr_unit_find, shr_unit_match, shr_unit_spec_find
 *							the unit catalogue: units, spellings, dimensions
 *		shr_unit_ordinal_match, shr_unit_place_match
 *							units a plain lookup never returns: the places
 *							of a ranking (第2位), counted places (16市)
 *		shr_unit_ordinal_match
 *							the ordinal units of ranks (the 位 of 第2位)
 *		shr_magnitude, shr_magnitude_match, shr_magnitude_for_exp
 *							magnitude words (万, 亿, 万亿 ...)
 *		shr_units_check		the catalogue is well-formed
 *	qualifiers.c / qualifiers.h
 *		shr_qualifier_match, shr_qualifier_match_end, shr_bound_combine
 *							以上, 左右, 不低于, 力争 ... and the bound they make
 *		shr_qualifier_more, shr_qualifier_top
 *							the bounds 多 and the 前 of 前10位 imply
 *		shr_qualifiers_check
 *	lexicon.c / lexicon.h
 *		shr_lex_index_init, shr_lex_match, shr_lex_match_end
 *							the figure extractor's words, one row per word
 *							with all its roles
 *		shr_lex_check
 *	headings.c / headings.h
 *		shr_heading_find, shr_heading_prefix, shr_heading_suffix,
 *		shr_heading_word	words that make a line a heading, an appendix or
 *							a title, that tell whether a part's figures are
 *							outcomes or targets, and the metadata words
 *							(shr_heading_words); the words of a web
 *							page's chrome (shr_chrome_fields,
 *							shr_chrome_buttons, shr_captions)
 */
#ifndef SHR_VOCAB_H
#define SHR_VOCAB_H

#include "vocab/headings.h"
#include "vocab/lexicon.h"
#include "vocab/qualifiers.h"
#include "vocab/units.h"
#include "vocab/words.h"

#endif							/* SHR_VOCAB_H */
