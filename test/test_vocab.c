/*
 * test_vocab.c
 *		Unit tests of the word tables as tables: each is well-formed and its
 *		derived index reaches every row (in the manner of contrib/isn's
 *		check_table), the check itself catches a bad table, and every row of
 *		the extractor's lexicon is found with its roles through the public
 *		lookups.  The units and the qualifiers are looked up row by row in
 *		test_units and test_qualifiers.
 */
#include "vocab/lexicon.h"
#include "vocab/qualifiers.h"
#include "vocab/units.h"
#include "vocab/words.h"
#include "unit.h"

/* Record one table check, naming what is wrong if anything. */
static void
check_table(const char *table, const char *why, const char *word)
{
	if (why != NULL)
		printf("%s: %s%s%s\n", table, word ? word : "", word ? ": " : "", why);
	CHECK(why == NULL);
}

/* Every vocabulary of the core passes its check. */
static void
test_tables(void)
{
	const char *word;
	const char *why;

	why = shr_units_check(&word);
	check_table("units", why, word);
	why = shr_qualifiers_check(&word);
	check_table("qualifiers", why, word);
	why = shr_lex_check(&word);
	check_table("lexicon", why, word);
}

/* A small table of rows the test changes, to see what the check says. */
static const char *toy_words[4];
static uint32_t toy_flags[4];

static ShrWordRef
toy_row(int i)
{
	ShrWordRef	w = {toy_words[i], toy_flags[i], (uint16_t) i, 0};

	return w;
}

/* Index the toy table afresh and check it; its verdict and faulty word. */
static const char *
toy_check(int n, const char **word)
{
	static ShrWordRef first[4],
				last[4];
	ShrWordIndex ix = {n, toy_row, {first}, {last}, false};

	return shr_word_index_check(&ix, word);
}

/* The check catches each way a table can go wrong, and names the word. */
static void
test_check_catches(void)
{
	const char *word;

	toy_words[0] = "以上";
	toy_words[1] = "以下";
	toy_words[2] = "上下";
	toy_flags[0] = toy_flags[1] = toy_flags[2] = 1;
	CHECK(toy_check(3, &word) == NULL && word == NULL);

	toy_words[2] = "以上";		/* a word written twice */
	CHECK(toy_check(3, &word) != NULL && word != NULL && strcmp(word, "以上") == 0);
	toy_flags[2] = 2;			/* ... but asked for apart: two words */
	CHECK(toy_check(3, &word) == NULL && word == NULL);
	toy_flags[2] = 3;			/* ... sharing a flag: written twice */
	CHECK(toy_check(3, &word) != NULL && word != NULL && strcmp(word, "以上") == 0);
	toy_flags[2] = 1;
	toy_words[2] = "";			/* an empty word */
	CHECK(toy_check(3, &word) != NULL && word == toy_words[2]);
	toy_words[2] = "\xE4\xB8";	/* a word cut inside a character */
	CHECK(toy_check(3, &word) != NULL && word == toy_words[2]);
	toy_words[2] = "上下";
	toy_flags[2] = 0;			/* a word no lookup can ask for */
	CHECK(toy_check(3, &word) != NULL && word == toy_words[2]);
}

/* A row added to a table is found, longest first, from either end. */
static void
test_row_added(void)
{
	static ShrWordRef first[4],
				last[4];
	ShrWordIndex ix = {2, toy_row, {first}, {last}, false};
	const ShrWordRef *w;

	toy_words[0] = "以上";
	toy_words[1] = "上下";
	toy_words[2] = "及以上";
	toy_flags[0] = toy_flags[1] = toy_flags[2] = 1;
	w = shr_word_match_end(&ix, "5%及以上", strlen("5%及以上"), 1);
	CHECK(w != NULL && w->id == 0);
	CHECK(shr_word_find(&ix, "及以上", strlen("及以上")) == NULL);

	ix.n = 3;
	ix.ready = false;
	w = shr_word_match_end(&ix, "5%及以上", strlen("5%及以上"), 1);
	CHECK(w != NULL && w->id == 2 && w->len == strlen("及以上"));
	w = shr_word_find(&ix, "及以上", strlen("及以上"));
	CHECK(w != NULL && w->id == 2);
	CHECK(shr_word_may_start(&ix, 0x53CA, 1));	/* 及 */
	CHECK(!shr_word_may_start(&ix, 0x4E0A, 2));
}

/* The longest word of the lexicon with a flag in mask at s, by a plain walk. */
static const ShrLexEntry *
reference_lex(const char *s, size_t len, unsigned mask, bool at_end,
			  size_t *nbytes)
{
	const ShrLexEntry *best = NULL;

	*nbytes = 0;
	for (int i = 0; i < shr_lex_count(); i++)
	{
		const ShrLexEntry *e = shr_lex_entry(i);
		size_t		n = strlen(e->word);

		if ((e->flags & mask) != 0 && n <= len && n > *nbytes &&
			memcmp(at_end ? s + len - n : s, e->word, n) == 0)
		{
			best = e;
			*nbytes = n;
		}
	}
	return best;
}

/* The lexicon's lookups agree with the plain walk on s and its prefixes. */
static void
agree(const ShrLexIndex *ix, const char *s, unsigned mask)
{
	for (size_t len = 0; len <= strlen(s); len++)
	{
		size_t		n = 0,
					rn;
		const ShrLexEntry *e;

		e = shr_lex_match(ix, s, len, mask, &n);
		CHECK(e == reference_lex(s, len, mask, false, &rn) && (e == NULL || n == rn));
		n = 0;
		e = shr_lex_match_end(ix, s, len, mask, &n);
		CHECK(e == reference_lex(s, len, mask, true, &rn) && (e == NULL || n == rn));
	}
}

/*
 * Every word of the lexicon is found, from either end, by each role it
 * plays and with all of them, and the lookups agree with a plain walk.
 */
static void
test_lexicon_rows(void)
{
	static const char *const others[] = {"5%", "了", "增长", "以上", "的"};
	ShrLexIndex ix;
	int			n = shr_lex_count();

	shr_lex_index_init(&ix);
	CHECK(n > 400);
	CHECK(shr_lex_entry(-1) == NULL && shr_lex_entry(n) == NULL);
	for (int i = 0; i < n; i++)
	{
		const ShrLexEntry *e = shr_lex_entry(i);
		size_t		len = strlen(e->word);
		char		buf[64];

		CHECK(e->len == len);
		for (uint32_t bit = 1; bit != 0; bit <<= 1)
		{
			size_t		got = 0;

			if ((e->flags & bit) == 0)
				continue;
			CHECK(shr_lex_match(&ix, e->word, len, bit, &got) == e && got == len);
			got = 0;
			CHECK(shr_lex_match_end(&ix, e->word, len, bit, &got) == e && got == len);
			CHECK(shr_lex_may_start(&ix, shr_word_first(e->word, len), bit));
		}
		agree(&ix, e->word, e->flags);
		snprintf(buf, sizeof(buf), "%s%s", e->word, shr_lex_entry((i + 1) % n)->word);
		agree(&ix, buf, UINT32_MAX);
		for (size_t k = 0; k < sizeof(others) / sizeof(others[0]); k++)
		{
			snprintf(buf, sizeof(buf), "%s%s%s", others[k], e->word, others[k]);
			agree(&ix, buf, e->flags);
		}
	}
}

int
main(void)
{
	test_tables();
	test_check_catches();
	test_row_added();
	test_lexicon_rows();
	return unit_done("test_vocab");
}
