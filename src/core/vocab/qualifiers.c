/*
 * qualifiers.c
 *		The qualifier lexicon (以上, 左右, 不低于, 力争 ...) and how the
 *		qualifiers around one amount combine into a single bound.
 *
 * The lexicon is shared by the target type's parser and the report's figure
 * extractor, so words that carry no bound but matter to the extractor (the
 * commitments 力争/确保/争取 and neutral words such as 预计) are here too.
 */
#include <string.h>

#include "vocab/qualifiers.h"
#include "vocab/words.h"

#define P SHR_QUAL_PREFIX
#define S SHR_QUAL_SUFFIX

static const ShrQualifier lexicon[] = {
	/* commitments: a promise, no bound of their own */
	{"力争", P, SHR_BOUND_NONE, false, SHR_COMMIT_LIZHENG},
	{"确保", P, SHR_BOUND_NONE, false, SHR_COMMIT_QUEBAO},
	{"争取", P, SHR_BOUND_NONE, false, SHR_COMMIT_ZHENGQU},
	/* neutral words the extractor records */
	{"预计", P, SHR_BOUND_NONE, false, SHR_COMMIT_NONE},
	{"预期", P, SHR_BOUND_NONE, false, SHR_COMMIT_NONE},
	{"力求", P, SHR_BOUND_NONE, false, SHR_COMMIT_NONE},
	/* floors */
	{"不低于", P, SHR_BOUND_GE, false, 0},
	{"不少于", P, SHR_BOUND_GE, false, 0},
	{"不小于", P, SHR_BOUND_GE, false, 0},
	{"至少", P, SHR_BOUND_GE, false, 0},
	{"≥", P, SHR_BOUND_GE, false, 0},
	{"≧", P, SHR_BOUND_GE, false, 0},
	{">=", P, SHR_BOUND_GE, false, 0},
	{"＞＝", P, SHR_BOUND_GE, false, 0},
	{"以上", S, SHR_BOUND_GE, false, 0},
	{"及以上", S, SHR_BOUND_GE, false, 0},
	/* strict floors */
	{"超过", P, SHR_BOUND_GT, false, 0},
	{"超", P, SHR_BOUND_GT, false, 0},
	{"突破", P, SHR_BOUND_GT, false, 0},
	{"高于", P, SHR_BOUND_GT, false, 0},
	{"大于", P, SHR_BOUND_GT, false, 0},
	{"多于", P, SHR_BOUND_GT, false, 0},
	{"逾", P, SHR_BOUND_GT, false, 0},
	{">", P, SHR_BOUND_GT, false, 0},
	{"＞", P, SHR_BOUND_GT, false, 0},
	/* ceilings; 控制在 is weak: 控制在3%左右 is about 3% */
	{"不超过", P, SHR_BOUND_LE, false, 0},
	{"不高于", P, SHR_BOUND_LE, false, 0},
	{"不多于", P, SHR_BOUND_LE, false, 0},
	{"不大于", P, SHR_BOUND_LE, false, 0},
	{"≤", P, SHR_BOUND_LE, false, 0},
	{"≦", P, SHR_BOUND_LE, false, 0},
	{"<=", P, SHR_BOUND_LE, false, 0},
	{"＜＝", P, SHR_BOUND_LE, false, 0},
	{"控制在", P, SHR_BOUND_LE, true, 0},
	{"以下", S, SHR_BOUND_LE, false, 0},
	{"及以下", S, SHR_BOUND_LE, false, 0},
	{"以内", S, SHR_BOUND_LE, false, 0},
	{"之内", S, SHR_BOUND_LE, false, 0},
	/* strict ceilings */
	{"低于", P, SHR_BOUND_LT, false, 0},
	{"少于", P, SHR_BOUND_LT, false, 0},
	{"小于", P, SHR_BOUND_LT, false, 0},
	{"不到", P, SHR_BOUND_LT, false, 0},
	{"不足", P, SHR_BOUND_LT, false, 0},
	{"<", P, SHR_BOUND_LT, false, 0},
	{"＜", P, SHR_BOUND_LT, false, 0},
	/* about */
	{"约", P, SHR_BOUND_APPROX, false, 0},
	{"大约", P, SHR_BOUND_APPROX, false, 0},
	{"近", P, SHR_BOUND_APPROX, false, 0},
	{"接近", P, SHR_BOUND_APPROX, false, 0},
	{"将近", P, SHR_BOUND_APPROX, false, 0},
	{"左右", S, SHR_BOUND_APPROX, false, 0},
	{"上下", S, SHR_BOUND_APPROX, false, 0},
};

static const ShrQualifier more_qualifier = {"多", 0, SHR_BOUND_GT, false, 0};

/*
 * The lexicon's words with their lengths and lexicon indexes, sorted by
 * their first character (as LC_ALL=C sort orders them) and, for matches at
 * the end of a text, by their last character, whose code point ends each
 * entry.  A word added to the lexicon
 * is added to both; test_qualifiers checks that each word is found both
 * ways.
 */
static const ShrWord by_first[] = {
	{SHR_WORD("<"), 43, 0x003C}, {SHR_WORD("<="), 31, 0x003C},
	{SHR_WORD(">"), 23, 0x003E}, {SHR_WORD(">="), 12, 0x003E},
	{SHR_WORD("≤"), 29, 0x2264}, {SHR_WORD("≥"), 10, 0x2265},
	{SHR_WORD("≦"), 30, 0x2266}, {SHR_WORD("≧"), 11, 0x2267},
	{SHR_WORD("上下"), 51, 0x4E0A}, {SHR_WORD("不低于"), 6, 0x4E0D},
	{SHR_WORD("不到"), 41, 0x4E0D}, {SHR_WORD("不多于"), 27, 0x4E0D},
	{SHR_WORD("不大于"), 28, 0x4E0D}, {SHR_WORD("不小于"), 8, 0x4E0D},
	{SHR_WORD("不少于"), 7, 0x4E0D}, {SHR_WORD("不超过"), 25, 0x4E0D},
	{SHR_WORD("不足"), 42, 0x4E0D}, {SHR_WORD("不高于"), 26, 0x4E0D},
	{SHR_WORD("之内"), 37, 0x4E4B}, {SHR_WORD("争取"), 2, 0x4E89},
	{SHR_WORD("以上"), 14, 0x4EE5}, {SHR_WORD("以下"), 34, 0x4EE5},
	{SHR_WORD("以内"), 36, 0x4EE5}, {SHR_WORD("低于"), 38, 0x4F4E},
	{SHR_WORD("力争"), 0, 0x529B}, {SHR_WORD("力求"), 5, 0x529B},
	{SHR_WORD("及以上"), 15, 0x53CA}, {SHR_WORD("及以下"), 35, 0x53CA},
	{SHR_WORD("多于"), 21, 0x591A}, {SHR_WORD("大于"), 20, 0x5927},
	{SHR_WORD("大约"), 46, 0x5927}, {SHR_WORD("将近"), 49, 0x5C06},
	{SHR_WORD("小于"), 40, 0x5C0F}, {SHR_WORD("少于"), 39, 0x5C11},
	{SHR_WORD("左右"), 50, 0x5DE6}, {SHR_WORD("接近"), 48, 0x63A5},
	{SHR_WORD("控制在"), 33, 0x63A7}, {SHR_WORD("确保"), 1, 0x786E},
	{SHR_WORD("突破"), 18, 0x7A81}, {SHR_WORD("约"), 45, 0x7EA6},
	{SHR_WORD("至少"), 9, 0x81F3}, {SHR_WORD("超"), 17, 0x8D85},
	{SHR_WORD("超过"), 16, 0x8D85}, {SHR_WORD("近"), 47, 0x8FD1},
	{SHR_WORD("逾"), 22, 0x903E}, {SHR_WORD("预期"), 4, 0x9884},
	{SHR_WORD("预计"), 3, 0x9884}, {SHR_WORD("高于"), 19, 0x9AD8},
	{SHR_WORD("＜"), 44, 0xFF1C}, {SHR_WORD("＜＝"), 32, 0xFF1C},
	{SHR_WORD("＞"), 24, 0xFF1E}, {SHR_WORD("＞＝"), 13, 0xFF1E},
};

static const ShrWord by_last[] = {
	{SHR_WORD("<"), 43, 0x003C}, {SHR_WORD("<="), 31, 0x003D},
	{SHR_WORD(">="), 12, 0x003D}, {SHR_WORD(">"), 23, 0x003E},
	{SHR_WORD("≤"), 29, 0x2264}, {SHR_WORD("≥"), 10, 0x2265},
	{SHR_WORD("≦"), 30, 0x2266}, {SHR_WORD("≧"), 11, 0x2267},
	{SHR_WORD("以上"), 14, 0x4E0A}, {SHR_WORD("及以上"), 15, 0x4E0A},
	{SHR_WORD("上下"), 51, 0x4E0B}, {SHR_WORD("以下"), 34, 0x4E0B},
	{SHR_WORD("及以下"), 35, 0x4E0B}, {SHR_WORD("力争"), 0, 0x4E89},
	{SHR_WORD("不低于"), 6, 0x4E8E}, {SHR_WORD("不多于"), 27, 0x4E8E},
	{SHR_WORD("不大于"), 28, 0x4E8E}, {SHR_WORD("不小于"), 8, 0x4E8E},
	{SHR_WORD("不少于"), 7, 0x4E8E}, {SHR_WORD("不高于"), 26, 0x4E8E},
	{SHR_WORD("低于"), 38, 0x4E8E}, {SHR_WORD("多于"), 21, 0x4E8E},
	{SHR_WORD("大于"), 20, 0x4E8E}, {SHR_WORD("小于"), 40, 0x4E8E},
	{SHR_WORD("少于"), 39, 0x4E8E}, {SHR_WORD("高于"), 19, 0x4E8E},
	{SHR_WORD("确保"), 1, 0x4FDD}, {SHR_WORD("之内"), 37, 0x5185},
	{SHR_WORD("以内"), 36, 0x5185}, {SHR_WORD("不到"), 41, 0x5230},
	{SHR_WORD("争取"), 2, 0x53D6}, {SHR_WORD("左右"), 50, 0x53F3},
	{SHR_WORD("控制在"), 33, 0x5728}, {SHR_WORD("至少"), 9, 0x5C11},
	{SHR_WORD("预期"), 4, 0x671F}, {SHR_WORD("力求"), 5, 0x6C42},
	{SHR_WORD("突破"), 18, 0x7834}, {SHR_WORD("大约"), 46, 0x7EA6},
	{SHR_WORD("约"), 45, 0x7EA6}, {SHR_WORD("预计"), 3, 0x8BA1},
	{SHR_WORD("超"), 17, 0x8D85}, {SHR_WORD("不足"), 42, 0x8DB3},
	{SHR_WORD("不超过"), 25, 0x8FC7}, {SHR_WORD("超过"), 16, 0x8FC7},
	{SHR_WORD("将近"), 49, 0x8FD1}, {SHR_WORD("接近"), 48, 0x8FD1},
	{SHR_WORD("近"), 47, 0x8FD1}, {SHR_WORD("逾"), 22, 0x903E},
	{SHR_WORD("＜"), 44, 0xFF1C}, {SHR_WORD("＜＝"), 32, 0xFF1D},
	{SHR_WORD("＞＝"), 13, 0xFF1D}, {SHR_WORD("＞"), 24, 0xFF1E},
};

#define NLEXICON ((int) (sizeof(lexicon) / sizeof(lexicon[0])))
#define NBYFIRST ((int) (sizeof(by_first) / sizeof(by_first[0])))
#define NBYLAST ((int) (sizeof(by_last) / sizeof(by_last[0])))

typedef char by_first_complete[NBYFIRST == NLEXICON ? 1 : -1];
typedef char by_last_complete[NBYLAST == NLEXICON ? 1 : -1];

/* How many words the lexicon has. */
int
shr_qualifier_count(void)
{
	return NLEXICON;
}

/* The lexicon's i-th word, or NULL. */
const ShrQualifier *
shr_qualifier(int i)
{
	if (i < 0 || i >= NLEXICON)
		return NULL;
	return &lexicon[i];
}

/* The longest qualifier that starts s (超过 rather than 超). */
const ShrQualifier *
shr_qualifier_match(const char *s, size_t len, unsigned role, size_t *nbytes)
{
	const ShrWord *best = NULL;
	int			lo,
				hi;

	if (s == NULL)
		return NULL;
	shr_words_find(by_first, NBYFIRST, shr_word_first(s, len), &lo, &hi);
	for (int i = lo; i < hi; i++)
	{
		const ShrWord *w = &by_first[i];

		if ((lexicon[w->id].role & role) != 0 && w->len <= len &&
			(best == NULL || w->len > best->len) &&
			shr_word_equal(s, w->word, w->len))
			best = w;
	}
	if (best == NULL)
		return NULL;
	if (nbytes != NULL)
		*nbytes = best->len;
	return &lexicon[best->id];
}

/* The longest qualifier that ends s (及以上 rather than 以上). */
const ShrQualifier *
shr_qualifier_match_end(const char *s, size_t len, unsigned role, size_t *nbytes)
{
	const ShrWord *best = NULL;
	int			lo,
				hi;

	if (s == NULL)
		return NULL;
	shr_words_find(by_last, NBYLAST, shr_word_last(s, len), &lo, &hi);
	for (int i = lo; i < hi; i++)
	{
		const ShrWord *w = &by_last[i];

		if ((lexicon[w->id].role & role) != 0 && w->len <= len &&
			(best == NULL || w->len > best->len) &&
			shr_word_equal(s + len - w->len, w->word, w->len))
			best = w;
	}
	if (best == NULL)
		return NULL;
	if (nbytes != NULL)
		*nbytes = best->len;
	return &lexicon[best->id];
}

/* The bound that 多/余 written inside an amount implies. */
const ShrQualifier *
shr_qualifier_more(void)
{
	return &more_qualifier;
}

/* Which way a bound points: +1 a floor, -1 a ceiling, 0 about or exact. */
static int
direction(int bound)
{
	switch (bound)
	{
		case SHR_BOUND_GE:
		case SHR_BOUND_GT:
			return 1;
		case SHR_BOUND_LE:
		case SHR_BOUND_LT:
			return -1;
		default:
			return 0;
	}
}

/*
 * A weak qualifier yields to any other bound; words without a bound
 * (commitments) are ignored; two bounds pointing the same way agree, and the
 * later one (the suffix, in text order) decides between ge and gt (超过9500多家
 * is gt, 9500多家以上 is ge); two 'about's agree; anything else contradicts.
 */
int
shr_bound_combine(const ShrQualifier *const *quals, int n, bool *conflict)
{
	int			strong = SHR_BOUND_NONE;
	int			weak = SHR_BOUND_NONE;
	int			i;

	*conflict = false;
	for (i = 0; i < n; i++)
	{
		int			b;

		if (quals[i] == NULL || quals[i]->bound == SHR_BOUND_NONE)
			continue;
		b = quals[i]->bound;
		if (quals[i]->weak)
		{
			if (weak == SHR_BOUND_NONE)
				weak = b;
			continue;
		}
		if (strong == SHR_BOUND_NONE)
			strong = b;
		else if (direction(strong) != 0 && direction(strong) == direction(b))
			strong = b;
		else if (strong == SHR_BOUND_APPROX && b == SHR_BOUND_APPROX)
			strong = b;
		else
		{
			*conflict = true;
			return SHR_BOUND_NONE;
		}
	}
	return strong != SHR_BOUND_NONE ? strong : weak;
}

/* What shreport.bound() shows. */
const char *
shr_bound_name(int bound)
{
	static const char *const names[] = {"eq", "ge", "gt", "le", "lt", "approx", "range"};

	if (bound < 0 || bound > SHR_BOUND_RANGE)
		return NULL;
	return names[bound];
}

/* What shreport.commitment() shows; NULL for none. */
const char *
shr_commitment_word(int commitment)
{
	switch (commitment)
	{
		case SHR_COMMIT_LIZHENG:
			return "力争";
		case SHR_COMMIT_QUEBAO:
			return "确保";
		case SHR_COMMIT_ZHENGQU:
			return "争取";
		default:
			return NULL;
	}
}
