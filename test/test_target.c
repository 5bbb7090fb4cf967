/*
 * test_target.c
 *		Unit tests of the target type's core: every input form, canonical
 *		output and round trip, errors, containment with its tolerance, the
 *		gap, ordering and hashing.
 */
#include <stdlib.h>

#include "types/target.h"
#include "unit.h"

#define Q(s) unit_quantity(s)
#define T(s) unit_target(s)

static const char *
tfmt(const ShrTarget *t)
{
	static char buf[2][SHR_TARGET_BUFLEN];
	static int	i;

	i = (i + 1) % 2;
	shr_target_format(t, buf[i], sizeof(buf[i]));
	return buf[i];
}

static const char *
qfmt(const ShrQuantity *q)
{
	static char buf[2][SHR_QUANTITY_BUFLEN];
	static int	i;

	i = (i + 1) % 2;
	shr_quantity_format(q, buf[i], sizeof(buf[i]));
	return buf[i];
}

/* Parse, check the canonical text, bound and commitment, and the round trip. */
static void
io(const char *in, const char *out, const char *bound, const char *commitment)
{
	ShrTarget	t = T(in);
	ShrTarget	r;
	ShrError	err;
	const char *text = tfmt(&t);
	const char *c = shr_commitment_word(t.commitment);

	CHECK_STR(text, out);
	CHECK_STR(shr_bound_name(t.bound), bound);
	CHECK_STR(c, commitment);
	CHECK(shr_target_validate(&t, &err) == SHR_OK);
	CHECK(shr_target_parse(text, strlen(text), &r, &err) == SHR_OK);
	CHECK(memcmp(&t, &r, sizeof(t)) == 0);
}

static void
bad(const char *in, ShrStatus status, const char *detail)
{
	ShrTarget	t;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_target_parse(in, strlen(in), &t, &err) == status);
	CHECK(err.status == status);
	CHECK_STR(err.detail, detail);
}

static void
test_input_forms(void)
{
	io("5%以上", "5%以上", "ge", NULL);
	io("不低于5%", "5%以上", "ge", NULL);
	io("至少5%", "5%以上", "ge", NULL);
	io("≥5%", "5%以上", "ge", NULL);
	io(">=5%", "5%以上", "ge", NULL);
	io("5%及以上", "5%以上", "ge", NULL);
	io("突破3000公里", "超过3000公里", "gt", NULL);
	io("超过14万台", "超过14万台", "gt", NULL);
	io("9500多家", "超过9500家", "gt", NULL);
	io("20余个", "超过20个", "gt", NULL);
	io("700多万人", "超过700万人", "gt", NULL);
	io("超过9500多家", "超过9500家", "gt", NULL);
	io("9500多家以上", "9500家以上", "ge", NULL);
	io("3%以内", "3%以内", "le", NULL);
	io("控制在3%以内", "3%以内", "le", NULL);
	io("控制在3%", "3%以内", "le", NULL);
	io("控制在3%左右", "3%左右", "approx", NULL);
	io("不超过3%", "3%以内", "le", NULL);
	io("3%以下", "3%以内", "le", NULL);
	io("低于3%", "低于3%", "lt", NULL);
	io("不到1%", "低于1%", "lt", NULL);
	io("3%左右", "3%左右", "approx", NULL);
	io("约3%", "3%左右", "approx", NULL);
	io("近800场", "800场左右", "approx", NULL);
	io("5%-5.5%", "5%-5.5%", "range", NULL);
	io("5%～5.5%", "5%-5.5%", "range", NULL);
	io("6-6.5%", "6%-6.5%", "range", NULL);
	io("5至5.5%", "5%-5.5%", "range", NULL);
	io("1-2个", "1个-2个", "range", NULL);
	io("3000-5000万元", "3000万元-5000万元", "range", NULL);
	io("5%-5%", "5%-5%", "range", NULL);
	io("-5%--3%", "-5%--3%", "range", NULL);
	io("-5%-3%", "-5%-3%", "range", NULL);
	io("500公斤-1吨", "500公斤-1吨", "range", NULL);
	io("约5%-6%", "5%-6%", "range", NULL);
	io("9.2万亿元", "9.2万亿元", "eq", NULL);
	io("三千五百万元", "3500万元", "eq", NULL);
	io("百分之五以上", "5%以上", "ge", NULL);
	/* fractions, vague amounts and the other numerals of official texts */
	io("三分之一以上", "0.333333333333333333以上", "ge", NULL);
	io("不低于五分之二", "0.4以上", "ge", NULL);
	io("一千多万", "超过1000万", "gt", NULL);
	io("十多万", "超过10万", "gt", NULL);
	io("二十几万", "超过20万", "gt", NULL);
	io("500余万", "超过500万", "gt", NULL);
	io("力争壹仟贰佰元以上", "力争1200元以上", "ge", "力争");
	io("3万4000-3万5000元", "34000元-35000元", "range", NULL);
	io("约1.5E+3吨", "1500吨左右", "approx", NULL);
	io("負五點五%以上", "-5.5%以上", "ge", NULL);
	io("力争突破20亿吨", "力争超过20亿吨", "gt", "力争");
	io("力争20亿吨以上", "力争20亿吨以上", "ge", "力争");
	io("确保5%以上", "确保5%以上", "ge", "确保");
	io("争取3%左右", "争取3%左右", "approx", "争取");
	io("力争9.2万亿元", "力争9.2万亿元", "eq", "力争");
	io("力争 突破 20亿吨", "力争超过20亿吨", "gt", "力争");
	io(" 5% 以上　", "5%以上", "ge", NULL);
	io("预计5%", "5%", "eq", NULL);
	io("低于-1%", "低于-1%", "lt", NULL);
	io("超过0", "超过0", "gt", NULL);
	io("5万以上", "5万以上", "ge", NULL);
}

static void
test_errors(void)
{
	const char *expect =
	"Expected an amount with optional qualifiers, such as 5%以上, 约3%, 5%-5.5% or 力争突破20亿吨.";

	bad("", SHR_ESYNTAX, expect);
	bad("以上", SHR_ESYNTAX, expect);
	bad("力争", SHR_ESYNTAX, expect);
	bad("不低于", SHR_ESYNTAX, expect);
	bad("元", SHR_ESYNTAX, expect);
	bad("5%以上以下", SHR_ESYNTAX, "Only one qualifier may follow the amount, but \"以下\" follows \"以上\".");
	bad("5%以上以上", SHR_ESYNTAX, "Only one qualifier may follow the amount, but \"以上\" follows \"以上\".");
	bad("3%左右 以内", SHR_ESYNTAX, "Only one qualifier may follow the amount, but \"以内\" follows \"左右\".");
	bad("不低于5%以内", SHR_ESYNTAX, "The qualifiers \"不低于\" and \"以内\" contradict each other.");
	bad("约5%以上", SHR_ESYNTAX, "The qualifiers \"约\" and \"以上\" contradict each other.");
	bad("低于9500多家", SHR_ESYNTAX, "The qualifiers \"低于\" and \"多\" contradict each other.");
	bad("十四五以上", SHR_ESYNTAX, "Chinese digits stand side by side in \"十四五\": "
		"a rough range such as 三五千 or a label such as 十四五 is not a number.");
	bad("力争确保5%", SHR_ESYNTAX,
		"Only one commitment word (力争, 确保 or 争取) may stand before the amount.");
	bad("5%-6%以上", SHR_ESYNTAX, "A range cannot take the qualifier \"以上\".");
	bad("超过5%-6%", SHR_ESYNTAX, "A range cannot take the qualifier \"超过\".");
	bad("5.5%-5%", SHR_EVALUE, "The low end of the range, 5.5%, is above its high end, 5%.");
	bad("6.5-6%", SHR_EVALUE, "The low end of the range, 6.5%, is above its high end, 6%.");
	bad("5%-6个", SHR_EDIMENSION, "\"%\" is percent and \"个\" is count:个.");
	bad("5斤斤以上", SHR_ESYNTAX, "Unknown unit \"斤斤\".");
	bad("约5斤斤", SHR_ESYNTAX, "Unknown unit \"斤斤\".");
	bad("5%以上啊", SHR_ESYNTAX, "Unexpected \"啊\" after the amount.");
	bad("1,2345以上", SHR_ESYNTAX, "Misplaced thousands separator in \"1,2345以上\": "
		"separators stand between groups of three digits.");
	bad("5%\xC3", SHR_ESYNTAX, "The input is not valid UTF-8 (bad byte at offset 2).");
	bad("1234567890123456789以上", SHR_EOVERFLOW, "The number has more than 18 significant digits.");
	bad("约约约约约约约约约5%", SHR_ESYNTAX, "Too many qualifiers in \"约约约约约约约约约5%\".");
	/* the 多 of the amount counts too, before the word after it */
	bad("约约约约约约约9500多家左右", SHR_ESYNTAX, "Too many qualifiers in \"约约约约约约约9500多家左右\".");
}

/* Does t hold q, with the default tolerance of one tenth? */
static bool
holds(const char *t, const char *q)
{
	ShrTarget	x = T(t);
	ShrQuantity y = Q(q);
	ShrDecimal	tol = {1, -1};
	ShrError	err;
	bool		r = false;

	memset(&err, 0, sizeof(err));
	CHECK(shr_target_contains(&x, &y, tol, &r, &err) == SHR_OK);
	return r;
}

static void
test_contains(void)
{
	ShrTarget	t;
	ShrQuantity q;
	ShrError	err;
	ShrDecimal	tol = {1, -1};
	bool		r;

	CHECK(holds("5%以上", "5%"));
	CHECK(holds("5%以上", "5.1%"));
	CHECK(!holds("5%以上", "4.99%"));
	CHECK(!holds("超过5%", "5%"));
	CHECK(holds("超过5%", "50.001‰"));
	CHECK(holds("3%以内", "3%"));
	CHECK(!holds("3%以内", "3.01%"));
	CHECK(!holds("低于3%", "3%"));
	CHECK(holds("低于3%", "-3%"));
	CHECK(holds("9.2万亿元", "92000亿元"));
	CHECK(!holds("9.2万亿元", "9.21万亿元"));
	CHECK(holds("5%-5.5%", "5%"));
	CHECK(holds("5%-5.5%", "5.5%"));
	CHECK(holds("5%-5.5%", "5.25%"));
	CHECK(!holds("5%-5.5%", "5.51%"));
	CHECK(!holds("5%-5.5%", "4.9%"));
	/* 3%左右 holds 2.7% to 3.3%, exactly */
	CHECK(holds("3%左右", "2.7%"));
	CHECK(holds("3%左右", "3.3%"));
	CHECK(holds("3%左右", "3%"));
	CHECK(!holds("3%左右", "2.69%"));
	CHECK(!holds("3%左右", "3.3000001%"));
	CHECK(holds("-3%左右", "-3.3%"));
	CHECK(!holds("-3%左右", "3%"));
	CHECK(holds("0左右", "0"));
	CHECK(!holds("0左右", "0.000001"));
	/* across units: 1亩 is 666.67平方米, so 600 to 733.33 */
	CHECK(holds("1亩左右", "700平方米"));
	CHECK(holds("1亩左右", "600平方米"));
	CHECK(!holds("1亩左右", "599.99平方米"));
	CHECK(!holds("1亩左右", "733.34平方米"));
	CHECK(holds("1亩左右", "733.33平方米"));
	CHECK(holds("1吨以上", "2000斤"));
	CHECK(!holds("1吨以上", "1999斤"));
	CHECK(holds("约1万亿元", "9000亿元"));
	CHECK(!holds("约1万亿元", "8999.99亿元"));

	/* other tolerances; a negative one is refused */
	t = T("3%左右");
	q = Q("3.5%");
	tol.coef = 2;
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && r);
	tol.coef = 0;
	tol.exp = 0;
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && !r);
	q = Q("3.0%");
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && r);
	tol.coef = 1;
	tol.exp = 200000;
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && r);
	tol.exp = -15;
	q = Q("3.000000000000003%");
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && r);
	q = Q("3.000000000000004%");
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_OK && !r);
	tol.coef = -1;
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_EVALUE);
	CHECK_STR(err.detail, "The tolerance must not be negative.");

	/* a different dimension is an error, not false */
	tol.coef = 1;
	tol.exp = -1;
	q = Q("3个");
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"%\" is percent and \"个\" is count:个.");
	q = Q("3个百分点");
	CHECK(shr_target_contains(&t, &q, tol, &r, &err) == SHR_EDIMENSION);
}

static void
gap(const char *t, const char *q, const char *want)
{
	ShrTarget	x = T(t);
	ShrQuantity y = Q(q);
	ShrQuantity r;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_target_gap(&x, &y, &r, &err) == SHR_OK);
	CHECK_STR(qfmt(&r), want);
	CHECK(shr_quantity_validate(&r, &err) == SHR_OK);
}

static void
test_gap(void)
{
	ShrTarget	t;
	ShrQuantity q;
	ShrQuantity r;
	ShrError	err;

	gap("5%以上", "6%", "1%");
	gap("5%以上", "4.5%", "-0.5%");
	gap("超过9500家", "9000家", "-500家");
	gap("3%以内", "2.5%", "-0.5%");
	gap("低于3%", "3.2%", "0.2%");
	gap("3%左右", "3.3%", "0.3%");
	gap("9.2万亿元", "9.5万亿元", "0.3万亿元");
	gap("9.2万亿元", "94000亿元", "0.2万亿元");
	gap("5%-5.5%", "4.5%", "-0.5%");
	gap("5%-5.5%", "6%", "0.5%");
	gap("5%-5.5%", "5.2%", "0%");
	gap("5%-5.5%", "5.5%", "0%");
	gap("1万吨以上", "15000吨", "0.5万吨");
	gap("1吨以上", "2100斤", "0.05吨");
	gap("1亩以上", "700平方米", "0.05亩");
	gap("500公斤-1吨", "3000斤", "500公斤");
	gap("力争突破20亿吨", "21亿吨", "1亿吨");
	/* ranks: a number of places, positive behind the goal */
	gap("前10位", "第12名", "2位次");
	gap("前10位", "第2位", "-8位次");
	gap("第3位", "第3位", "0位次");
	gap("第3位-第5位", "第4位", "0位次");

	t = T("5%以上");
	q = Q("5个百分点");
	CHECK(shr_target_gap(&t, &q, &r, &err) == SHR_EDIMENSION);
}

static bool
same_keys(const ShrTarget *a, const ShrTarget *b)
{
	ShrHashKey	ka[2];
	ShrHashKey	kb[2];

	shr_target_hash_key(a, ka);
	shr_target_hash_key(b, kb);
	return memcmp(ka, kb, sizeof(ka)) == 0;
}

static void
equal(const char *a, const char *b)
{
	ShrTarget	x = T(a);
	ShrTarget	y = T(b);

	CHECK(shr_target_cmp(&x, &y) == 0);
	CHECK(same_keys(&x, &y));
}

static void
less(const char *a, const char *b)
{
	ShrTarget	x = T(a);
	ShrTarget	y = T(b);

	CHECK(shr_target_cmp(&x, &y) < 0);
	CHECK(shr_target_cmp(&y, &x) > 0);
	CHECK(!same_keys(&x, &y));
}

static void
test_order(void)
{
	equal("1吨以上", "2000斤以上");
	equal("不低于5%", "5%以上");
	equal("5%-6%", "50‰-60‰");
	equal("9500多家", "超过9500家");
	equal("力争1吨以上", "力争1000公斤以上");
	less("3%以内", "3%左右");		/* no lower end sorts first */
	less("3%以内", "低于3%");		/* same ends: by bound id */
	less("3%左右", "3%以上");		/* no upper end sorts last */
	less("5%以上", "超过5%");
	less("5%以上", "力争5%以上");
	less("5%以上", "6%以上");
	less("5%-6%", "5%-7%");
	less("4%-7%", "5%-6%");
	less("5%", "5%-6%");
	less("5%以上", "1元以上");		/* by dimension first */
	less("1以上", "1%以上");
}

static void
test_bounds_make_validate(void)
{
	ShrTarget	t;
	ShrQuantity lo;
	ShrQuantity hi;
	ShrQuantity q;
	ShrError	err;

	t = T("5%以上");
	CHECK(shr_target_lower(&t, &q) && shr_quantity_cmp(&q, &t.lo) == 0);
	CHECK(!shr_target_upper(&t, &q));
	t = T("超过5%");
	CHECK(shr_target_lower(&t, &q) && !shr_target_upper(&t, &q));
	t = T("3%以内");
	CHECK(!shr_target_lower(&t, &q) && shr_target_upper(&t, &q));
	t = T("低于3%");
	CHECK(!shr_target_lower(&t, &q) && shr_target_upper(&t, &q));
	t = T("3%左右");
	CHECK(shr_target_lower(&t, &q) && strcmp(qfmt(&q), "3%") == 0);
	CHECK(shr_target_upper(&t, &q) && strcmp(qfmt(&q), "3%") == 0);
	t = T("9.2万亿元");
	CHECK(shr_target_lower(&t, &q) && shr_target_upper(&t, &q));
	t = T("5%-5.5%");
	CHECK(shr_target_lower(&t, &q) && strcmp(qfmt(&q), "5%") == 0);
	CHECK(shr_target_upper(&t, &q) && strcmp(qfmt(&q), "5.5%") == 0);

	lo = Q("5%");
	hi = Q("6%");
	CHECK(shr_target_make(&lo, &hi, SHR_BOUND_RANGE, SHR_COMMIT_QUEBAO, &t, &err) == SHR_OK);
	CHECK_STR(tfmt(&t), "确保5%-6%");
	CHECK(shr_target_make(&hi, &lo, SHR_BOUND_RANGE, 0, &t, &err) == SHR_EVALUE);
	CHECK(shr_target_make(&lo, NULL, SHR_BOUND_RANGE, 0, &t, &err) == SHR_EVALUE);
	CHECK(shr_target_make(&lo, NULL, 7, 0, &t, &err) == SHR_EVALUE);
	CHECK(shr_target_make(&lo, NULL, SHR_BOUND_GE, 4, &t, &err) == SHR_EVALUE);
	CHECK(shr_target_make(&lo, &hi, SHR_BOUND_GE, 0, &t, &err) == SHR_OK);
	CHECK(shr_target_validate(&t, &err) == SHR_OK);	/* hi ignored, zeroed */
	hi = Q("6个");
	CHECK(shr_target_make(&lo, &hi, SHR_BOUND_RANGE, 0, &t, &err) == SHR_EDIMENSION);

	t = T("5%-6%");
	CHECK(shr_target_validate(&t, &err) == SHR_OK);
	t.pad[5] = 1;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);
	t = T("5%-6%");
	t.bound = 9;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);
	t = T("5%-6%");
	t.commitment = 4;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);
	t = T("5%-6%");
	t.bound = SHR_BOUND_GE;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);	/* hi must be zero */
	t = T("5%-6%");
	q = t.lo;
	t.lo = t.hi;
	t.hi = q;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);
	t = T("5%以上");
	t.lo.exp = 500;
	CHECK(shr_target_validate(&t, &err) == SHR_EOVERFLOW);
}

/* Seed of this program's pseudo-random inputs. */
static uint64_t rng_state = UINT64_C(0x6A09E667F3BCC909);


/* Random byte strings: no crash, and whatever parses prints back the same. */
static void
test_fuzz(void)
{
	static const char *const pieces[] = {
		"5", "6", "3.5", "12", "-", "～", "至", "万", "亿", "多", "余", "三", "两",
		"%", "元", "吨", "斤", "个", "千瓦", "以上", "以下", "以内", "左右", "约",
		"近", "超过", "突破", "不低于", "控制在", "低于", "力争", "确保", "≥", ">",
		"<=", " ", "　", "\xE5", "\xFF", "\0",
	};
	int			npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	int			iter;
	int			parsed = 0;

	for (iter = 0; iter < 4000; iter++)
	{
		size_t		len;
		char	   *buf;
		ShrTarget	t;
		ShrError	err;

		buf = unit_random_text(pieces, npieces, 7, 7, &rng_state, &len);
		memset(&err, 0, sizeof(err));
		if (shr_target_parse(buf, len, &t, &err) == SHR_OK)
		{
			const char *text = tfmt(&t);
			ShrTarget	r;

			parsed++;
			CHECK(shr_target_validate(&t, &err) == SHR_OK);
			CHECK(shr_target_parse(text, strlen(text), &r, &err) == SHR_OK);
			CHECK(memcmp(&t, &r, sizeof(t)) == 0);
			CHECK(shr_target_cmp(&t, &r) == 0);
		}
		else
			CHECK(err.status != SHR_OK && err.detail[0] != '\0');
		free(buf);
	}
	CHECK(parsed > 100);		/* the generator does reach valid input */
}

/*
 * A rank's target: 前10位 and 第10位以内 are a ceiling (at most the 10th
 * place), printed as reports write it; a floor of ranks would read
 * backwards (第5位以上 is the fifth place or better) and is refused.
 */
static void
test_ranks(void)
{
	const char *backwards = "A rank's target is a place, a ceiling or a range, such as "
		"第3位, 前10位 or 第3位-第5位: a smaller rank is the better one, "
		"so a floor or \"about\" would read backwards.";
	ShrTarget	t,
				u;
	ShrQuantity q,
				gap;
	ShrError	err;
	bool		in;

	io("前10位", "前10位", "le", NULL);
	io("前十", "前10位", "le", NULL);
	io("前3位", "前3位", "le", NULL);
	io("前三位", "前3位", "le", NULL);
	io("前20名", "前20名", "le", NULL);
	io("第5位以内", "前5位", "le", NULL);
	io("前10位以内", "前10位", "le", NULL);
	io("力争前10位", "力争前10位", "le", "力争");
	io("第2位", "第2位", "eq", NULL);
	io("第3位-第5位", "第3位-第5位", "range", NULL);
	io("第3位-5位", "第3位-第5位", "range", NULL);
	io("3个位次以上", "3个位次以上", "ge", NULL);
	bad("第5位以上", SHR_EVALUE, backwards);
	bad("超过第5位", SHR_EVALUE, backwards);
	bad("约第5位", SHR_EVALUE, backwards);
	bad("前10位以上", SHR_ESYNTAX, "The qualifiers \"前\" and \"以上\" contradict each other.");
	bad("前10个月", SHR_ESYNTAX, "Expected an amount with optional qualifiers, such as 5%以上, "
		"约3%, 5%-5.5% or 力争突破20亿吨.");

	/* the 10th place is in the top ten, the 12th two places behind it */
	t = T("前10位");
	q = Q("第10位");
	CHECK(shr_target_contains(&t, &q, (ShrDecimal) {1, -1}, &in, &err) == SHR_OK && in);
	q = Q("第12名");
	CHECK(shr_target_contains(&t, &q, (ShrDecimal) {1, -1}, &in, &err) == SHR_OK && !in);
	CHECK(shr_target_gap(&t, &q, &gap, &err) == SHR_OK);
	CHECK_STR(qfmt(&gap), "2位次");
	q = Q("12位");
	CHECK(shr_target_contains(&t, &q, (ShrDecimal) {1, -1}, &in, &err) == SHR_EDIMENSION);
	CHECK(shr_target_make(&t.lo, NULL, SHR_BOUND_GE, 0, &u, &err) == SHR_EVALUE);
	t.bound = SHR_BOUND_GT;
	CHECK(shr_target_validate(&t, &err) == SHR_EVALUE);
}

int
main(void)
{
	test_input_forms();
	test_errors();
	test_contains();
	test_gap();
	test_order();
	test_bounds_make_validate();
	test_ranks();
	test_fuzz();
	return unit_done("test_target");
}
