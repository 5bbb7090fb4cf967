/*
 * test_qualifiers.c
 *		Unit tests of the qualifier lexicon and of how qualifiers combine.
 */
#include "vocab/qualifiers.h"
#include "unit.h"

static const ShrQualifier *
word(const char *w, unsigned role)
{
	size_t		n = 0;
	const ShrQualifier *q = shr_qualifier_match(w, strlen(w), role, &n);

	CHECK(q != NULL && n == strlen(w));
	return q;
}

/* Combine the qualifiers written in order; -2 means a conflict. */
static int
combine(const char *a, const char *b, const char *c)
{
	const ShrQualifier *q[3];
	int			n = 0;
	bool		conflict;
	int			r;

	if (a)
		q[n++] = word(a, SHR_QUAL_PREFIX | SHR_QUAL_SUFFIX);
	if (b)
		q[n++] = strcmp(b, "多") == 0 ? shr_qualifier_more() :
			word(b, SHR_QUAL_PREFIX | SHR_QUAL_SUFFIX);
	if (c)
		q[n++] = word(c, SHR_QUAL_PREFIX | SHR_QUAL_SUFFIX);
	r = shr_bound_combine(q, n, &conflict);
	if (conflict)
	{
		CHECK(r == SHR_BOUND_NONE);
		return -2;
	}
	return r;
}

static void
test_lexicon(void)
{
	size_t		n;
	const ShrQualifier *q;

	/* every bound word of the issue, with its bound */
	CHECK(word("不低于", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GE);
	CHECK(word("不少于", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GE);
	CHECK(word("至少", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GE);
	CHECK(word("≥", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GE);
	CHECK(word(">=", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GE);
	CHECK(word("超过", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GT);
	CHECK(word("超", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GT);
	CHECK(word("突破", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GT);
	CHECK(word("逾", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GT);
	CHECK(word(">", SHR_QUAL_PREFIX)->bound == SHR_BOUND_GT);
	CHECK(word("不超过", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LE);
	CHECK(word("≤", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LE);
	CHECK(word("<=", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LE);
	CHECK(word("控制在", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LE);
	CHECK(word("控制在", SHR_QUAL_PREFIX)->weak);
	CHECK(word("低于", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LT);
	CHECK(word("不到", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LT);
	CHECK(word("<", SHR_QUAL_PREFIX)->bound == SHR_BOUND_LT);
	CHECK(word("约", SHR_QUAL_PREFIX)->bound == SHR_BOUND_APPROX);
	CHECK(word("近", SHR_QUAL_PREFIX)->bound == SHR_BOUND_APPROX);
	CHECK(word("接近", SHR_QUAL_PREFIX)->bound == SHR_BOUND_APPROX);
	CHECK(word("以上", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_GE);
	CHECK(word("以下", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_LE);
	CHECK(word("以内", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_LE);
	CHECK(word("之内", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_LE);
	CHECK(word("左右", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_APPROX);
	CHECK(word("上下", SHR_QUAL_SUFFIX)->bound == SHR_BOUND_APPROX);
	CHECK(word("力争", SHR_QUAL_PREFIX)->commitment == SHR_COMMIT_LIZHENG);
	CHECK(word("确保", SHR_QUAL_PREFIX)->commitment == SHR_COMMIT_QUEBAO);
	CHECK(word("争取", SHR_QUAL_PREFIX)->commitment == SHR_COMMIT_ZHENGQU);
	CHECK(word("力争", SHR_QUAL_PREFIX)->bound == SHR_BOUND_NONE);
	CHECK(word("预计", SHR_QUAL_PREFIX)->bound == SHR_BOUND_NONE);
	CHECK(word("预计", SHR_QUAL_PREFIX)->commitment == SHR_COMMIT_NONE);

	/* longest match, role filter, never past len */
	q = shr_qualifier_match("超过5%", strlen("超过5%"), SHR_QUAL_PREFIX, &n);
	CHECK(q != NULL && strcmp(q->word, "超过") == 0 && n == strlen("超过"));
	q = shr_qualifier_match("超过", strlen("超"), SHR_QUAL_PREFIX, &n);
	CHECK(q != NULL && strcmp(q->word, "超") == 0);
	CHECK(shr_qualifier_match("以上", strlen("以上"), SHR_QUAL_PREFIX, &n) == NULL);
	CHECK(shr_qualifier_match("约", strlen("约"), SHR_QUAL_SUFFIX, &n) == NULL);
	CHECK(shr_qualifier_match("多", strlen("多"), SHR_QUAL_PREFIX | SHR_QUAL_SUFFIX, &n) == NULL);
	CHECK(shr_qualifier_match("", 0, SHR_QUAL_PREFIX, &n) == NULL);
	q = shr_qualifier_match_end("5%及以上", strlen("5%及以上"), SHR_QUAL_SUFFIX, &n);
	CHECK(q != NULL && strcmp(q->word, "及以上") == 0 && n == strlen("及以上"));
	q = shr_qualifier_match_end("3%左右", strlen("3%左右"), SHR_QUAL_SUFFIX, &n);
	CHECK(q != NULL && q->bound == SHR_BOUND_APPROX);
	CHECK(shr_qualifier_match_end("3%", 2, SHR_QUAL_SUFFIX, &n) == NULL);
	CHECK(shr_qualifier_more()->bound == SHR_BOUND_GT);

	CHECK_STR(shr_bound_name(SHR_BOUND_EQ), "eq");
	CHECK_STR(shr_bound_name(SHR_BOUND_GE), "ge");
	CHECK_STR(shr_bound_name(SHR_BOUND_GT), "gt");
	CHECK_STR(shr_bound_name(SHR_BOUND_LE), "le");
	CHECK_STR(shr_bound_name(SHR_BOUND_LT), "lt");
	CHECK_STR(shr_bound_name(SHR_BOUND_APPROX), "approx");
	CHECK_STR(shr_bound_name(SHR_BOUND_RANGE), "range");
	CHECK(shr_bound_name(7) == NULL && shr_bound_name(-1) == NULL);
	CHECK_STR(shr_commitment_word(SHR_COMMIT_LIZHENG), "力争");
	CHECK_STR(shr_commitment_word(SHR_COMMIT_QUEBAO), "确保");
	CHECK_STR(shr_commitment_word(SHR_COMMIT_ZHENGQU), "争取");
	CHECK(shr_commitment_word(SHR_COMMIT_NONE) == NULL);
	CHECK(shr_commitment_word(9) == NULL);
}

static void
test_combine(void)
{
	bool		conflict = true;

	CHECK(shr_bound_combine(NULL, 0, &conflict) == SHR_BOUND_NONE && !conflict);
	CHECK(combine("力争", NULL, NULL) == SHR_BOUND_NONE);
	CHECK(combine("不低于", NULL, NULL) == SHR_BOUND_GE);
	CHECK(combine("力争", "突破", NULL) == SHR_BOUND_GT);
	CHECK(combine("控制在", "以内", NULL) == SHR_BOUND_LE);
	CHECK(combine("控制在", "左右", NULL) == SHR_BOUND_APPROX);
	CHECK(combine("控制在", "以上", NULL) == SHR_BOUND_GE);	/* weak yields */
	CHECK(combine("控制在", NULL, NULL) == SHR_BOUND_LE);
	CHECK(combine("不低于", "以上", NULL) == SHR_BOUND_GE);
	CHECK(combine("超过", "以上", NULL) == SHR_BOUND_GE);	/* the suffix decides */
	CHECK(combine("超过", "多", NULL) == SHR_BOUND_GT);
	CHECK(combine(NULL, "多", "以上") == SHR_BOUND_GE);
	CHECK(combine("不超过", "以内", NULL) == SHR_BOUND_LE);
	CHECK(combine("低于", "以下", NULL) == SHR_BOUND_LE);
	CHECK(combine("约", "左右", NULL) == SHR_BOUND_APPROX);
	CHECK(combine("不低于", "以内", NULL) == -2);
	CHECK(combine("约", "以上", NULL) == -2);
	CHECK(combine("超过", "左右", NULL) == -2);
	CHECK(combine("低于", "多", NULL) == -2);
	CHECK(combine("力争", "约", "以下") == -2);
}

/* The longest word of a role that starts (at_end: ends) s, by a plain walk. */
static const ShrQualifier *
reference_match(const char *s, size_t len, unsigned role, bool at_end, size_t *nbytes)
{
	const ShrQualifier *best = NULL;
	size_t		best_len = 0;

	for (int i = 0; i < shr_qualifier_count(); i++)
	{
		const ShrQualifier *q = shr_qualifier(i);
		size_t		n = strlen(q->word);

		if ((q->role & role) != 0 && n <= len && n > best_len &&
			memcmp(at_end ? s + len - n : s, q->word, n) == 0)
		{
			best = q;
			best_len = n;
		}
	}
	*nbytes = best_len;
	return best;
}

/* Both lookups agree with the plain walk on s and on each of its prefixes. */
static void
agree(const char *s)
{
	for (size_t len = 0; len <= strlen(s); len++)
	{
		for (unsigned role = 1; role <= 3; role++)
		{
			size_t		n = 0,
						rn;
			const ShrQualifier *q = shr_qualifier_match(s, len, role, &n);
			const ShrQualifier *r = reference_match(s, len, role, false, &rn);

			CHECK(q == r && (q == NULL || n == rn));
			n = 0;
			q = shr_qualifier_match_end(s, len, role, &n);
			r = reference_match(s, len, role, true, &rn);
			CHECK(q == r && (q == NULL || n == rn));
		}
	}
}

/* The sorted indexes behind the lookups find every word of the lexicon. */
static void
test_index(void)
{
	static const char *const others[] = {"多", "5%", "百分点", "以", "不", "＝", "="};
	int			n = shr_qualifier_count();

	CHECK(n > 40);
	CHECK(shr_qualifier(-1) == NULL && shr_qualifier(n) == NULL);
	for (int i = 0; i < n; i++)
	{
		const ShrQualifier *q = shr_qualifier(i);
		size_t		len = strlen(q->word),
					got = 0;
		char		buf[64];

		CHECK(shr_qualifier_match(q->word, len, q->role, &got) == q && got == len);
		got = 0;
		CHECK(shr_qualifier_match_end(q->word, len, q->role, &got) == q && got == len);
		for (int j = 0; j < i; j++)
			CHECK(strcmp(shr_qualifier(j)->word, q->word) != 0);
		agree(q->word);
		/* each word before and after each other word, and around others */
		for (int j = 0; j < n; j++)
		{
			snprintf(buf, sizeof(buf), "%s%s", q->word, shr_qualifier(j)->word);
			agree(buf);
		}
		for (size_t k = 0; k < sizeof(others) / sizeof(others[0]); k++)
		{
			snprintf(buf, sizeof(buf), "%s%s%s", others[k], q->word, others[k]);
			agree(buf);
		}
	}
}

int
main(void)
{
	test_lexicon();
	test_index();
	test_combine();
	return unit_done("test_qualifiers");
}
