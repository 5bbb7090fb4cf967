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

/*
 * The lexicon, one row per word: the word, where it stands, the bound it
 * implies, whether that bound is weak, and the commitment it makes.  A
 * word is added by adding its row; lookups find it through an index
 * derived from this table (words.h).
 */
static const ShrQualifier qualifiers[] = {
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
static const ShrQualifier top_qualifier = {"前", 0, SHR_BOUND_LE, false, 0};

#define NQUALIFIERS ((int) (sizeof(qualifiers) / sizeof(qualifiers[0])))

/* The i-th qualifier as its index reads it: its role is what lookups ask. */
static ShrWordRef
qualifier_row(int i)
{
	ShrWordRef	w = {qualifiers[i].word, qualifiers[i].role, (uint16_t) i, 0};

	return w;
}

SHR_WORD_INDEX(qualifier_words, NQUALIFIERS, qualifier_row);

/* How many words the lexicon has. */
int
shr_qualifier_count(void)
{
	return NQUALIFIERS;
}

/* The lexicon's i-th word, or NULL. */
const ShrQualifier *
shr_qualifier(int i)
{
	if (i < 0 || i >= NQUALIFIERS)
		return NULL;
	return &qualifiers[i];
}

/* The qualifier a lookup found, with its length; NULL for none. */
static const ShrQualifier *
found(const ShrWordRef *w, size_t *nbytes)
{
	if (w == NULL)
		return NULL;
	if (nbytes != NULL)
		*nbytes = w->len;
	return &qualifiers[w->id];
}

/* The longest qualifier that starts s (超过 rather than 超). */
const ShrQualifier *
shr_qualifier_match(const char *s, size_t len, unsigned role, size_t *nbytes)
{
	return found(shr_word_match(&qualifier_words, s, len, role), nbytes);
}

/* The longest qualifier that ends s (及以上 rather than 以上). */
const ShrQualifier *
shr_qualifier_match_end(const char *s, size_t len, unsigned role, size_t *nbytes)
{
	return found(shr_word_match_end(&qualifier_words, s, len, role), nbytes);
}

/* Is the lexicon well-formed, every word reached?  For the unit tests. */
const char *
shr_qualifiers_check(const char **word)
{
	return shr_word_index_check(&qualifier_words, word);
}

/* The bound that 多/余 written inside an amount implies. */
const ShrQualifier *
shr_qualifier_more(void)
{
	return &more_qualifier;
}

/* The bound that 前 before a rank implies. */
const ShrQualifier *
shr_qualifier_top(void)
{
	return &top_qualifier;
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

/*
 * What shreport.commitment() shows, the word that makes the commitment:
 * 力争, 确保, 争取; NULL for none.
 */
const char *
shr_commitment_word(int commitment)
{
	if (commitment == SHR_COMMIT_NONE)
		return NULL;
	for (int i = 0; i < NQUALIFIERS; i++)
		if (qualifiers[i].commitment == commitment)
			return qualifiers[i].word;
	return NULL;
}
