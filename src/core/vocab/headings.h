/*
 * headings.h
 *		The words by which the structure scanner tells what a line of a
 *		report is (its title, a part written without marker, an appendix, an
 *		address to the deputies, the chrome of the web page it was copied
 *		from) and by which it finds the report's year and region in its
 *		title and front matter.
 *
 * A table of the report's words, and one for each role of its web page's
 * (fields, buttons, captions), a row a word: the word, the roles it plays,
 * and an example of the line it is read in.
 * A word that plays two roles (回顾 names a part and says its year is the
 * one before the report's) is one row with two roles.  Adding a row is how
 * the scanner learns a new wording.
 */
#ifndef SHR_HEADINGS_H
#define SHR_HEADINGS_H

#include "shr_common.h"

/* What a heading word says about the line or string it is found in. */
#define SHR_HW_TITLE		0x0001	/* a first line naming it is the title */
#define SHR_HW_PART			0x0002	/* a short line naming it is a part */
#define SHR_HW_REVIEW		0x0004	/* a part naming it reviews the past year */
#define SHR_HW_APPENDIX		0x0008	/* a line starting with it is an appendix */
#define SHR_HW_GLOSSARY		0x0010	/* a short line ending with it, too */
#define SHR_HW_ADDRESS		0x0020	/* a paragraph starting with it speaks to
									 * the whole part */
#define SHR_HW_REPORT		0x0040	/* in a title: the region stands before it */
#define SHR_HW_PEOPLES		0x0080	/* ... but not this word right before it */
#define SHR_HW_SESSION		0x0100	/* a date line names the session */
#define SHR_HW_VENUE		0x0200	/* in a date line: the region follows it */
#define SHR_HW_ORDINAL		0x0400	/* ... up to this word */
#define SHR_HW_CONGRESS		0x0800	/* a date line of the national congress */
#define SHR_HW_COUNCIL		0x1000	/* a title or speaker of the State Council */
#define SHR_HW_GOVERNMENT	0x2000	/* a speaker line: the region before it */
#define SHR_HW_NATION		0x4000	/* the region of a national report */
#define SHR_HW_FOR_COUNCIL	0x8000	/* the opening words of the State
									 * Council's report, however long */

/* What a part heading naming the word says about the figures of the part. */
#define SHR_HW_OUTCOMES		0x80000 /* they are outcomes: 2024年工作回顾 */
#define SHR_HW_TARGETS		0x100000	/* they are targets: 2025年重点工作 */
#define SHR_HW_EXPLAINS		0x200000	/* they explain terms: 名词解释 */

/* What a word of a web page's chrome says about a line of the page. */
#define SHR_HW_CHROME_FIELD	0x10000 /* a line starting with it and a colon is
									 * the web page's, not the report's */
#define SHR_HW_CHROME_BUTTON 0x20000	/* ... and so is a line of such words */
#define SHR_HW_CAPTION		0x40000 /* ... and a short line starting or ending
									 * with it: a photo's caption */
/* The roles of the chrome's tables; a lookup asks for the roles of one table. */
#define SHR_HW_CHROME (SHR_HW_CHROME_FIELD | SHR_HW_CHROME_BUTTON | SHR_HW_CAPTION)

typedef struct ShrHeadingWord
{
	const char *word;			/* UTF-8 */
	uint8_t		len;			/* its bytes, counted by the compiler */
	uint32_t	roles;			/* SHR_HW_* */
} ShrHeadingWord;

/* The tables, in the order their words are tried. */
extern const ShrHeadingWord shr_heading_words[];
extern const int shr_heading_word_count;
extern const ShrHeadingWord shr_chrome_fields[];
extern const int shr_chrome_field_count;
extern const ShrHeadingWord shr_chrome_buttons[];
extern const int shr_chrome_button_count;
extern const ShrHeadingWord shr_captions[];
extern const int shr_caption_count;

/*
 * The first place in s[0..len) where a word having one of roles stands
 * (the longest word there), or NULL; *wlen gets its bytes when not NULL.
 */
extern const char *shr_heading_find(const char *s, size_t len, unsigned roles,
									size_t *wlen);

/* Bytes of the longest word having one of roles that starts s[0..len); 0: none. */
extern size_t shr_heading_prefix(const char *s, size_t len, unsigned roles);

/* Bytes of the longest word having one of roles that ends s[0..len); 0: none. */
extern size_t shr_heading_suffix(const char *s, size_t len, unsigned roles);

/* The first word of the table having role (the value of a one-word role). */
extern const char *shr_heading_word(unsigned role);

#endif							/* SHR_HEADINGS_H */
