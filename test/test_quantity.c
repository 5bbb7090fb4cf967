/*
 * test_quantity.c
 *		Unit tests of the quantity type's core: every input form, canonical
 *		output and round trip, errors, ordering and hashing across units,
 *		arithmetic with its rounding and overflow, and conversion.
 */
#include <stdlib.h>

#include "types/quantity.h"
#include "unit.h"

#define Q(s) unit_quantity(s)

static const char *
fmt(const ShrQuantity *q)
{
	static char buf[4][SHR_QUANTITY_BUFLEN];
	static int	i;

	i = (i + 1) % 4;
	shr_quantity_format(q, buf[i], sizeof(buf[i]));
	return buf[i];
}

/*
 * Parse in, check the canonical text, and that the text parses back to the
 * very same bytes.
 */
static void
io(const char *in, const char *out, const char *unit, const char *dim)
{
	ShrQuantity q = Q(in);
	ShrQuantity r;
	ShrError	err;
	const char *text = fmt(&q);

	CHECK_STR(text, out);
	CHECK_STR(shr_unit(q.unit)->name, unit);
	CHECK_STR(shr_dimension_name(shr_quantity_dim(&q)), dim);
	CHECK(shr_quantity_validate(&q, &err) == SHR_OK);
	CHECK(shr_quantity_parse(text, strlen(text), &r, &err) == SHR_OK);
	CHECK(memcmp(&q, &r, sizeof(q)) == 0);
}

/* The exact value in its own unit, printed. */
static void
value_is(const char *in, const char *want)
{
	ShrQuantity q = Q(in);
	char		buf[256];

	shr_decimal_format(shr_quantity_value(&q), buf, sizeof(buf));
	CHECK_STR(buf, want);
}

static void
bad(const char *in, ShrStatus status, const char *detail)
{
	ShrQuantity q;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_quantity_parse(in, strlen(in), &q, &err) == status);
	CHECK(err.status == status);
	CHECK_STR(err.detail, detail);
}

static void
test_input_forms(void)
{
	io("9.2万亿元", "9.2万亿元", "元", "currency_cny");
	io("1,200万元", "1200万元", "元", "currency_cny");
	io("９．２万亿元", "9.2万亿元", "元", "currency_cny");
	io("１２．５％", "12.5%", "%", "percent");
	io("三千五百万元", "3500万元", "元", "currency_cny");
	io("百万亩", "100万亩", "亩", "area");
	io("千亿元", "1000亿元", "元", "currency_cny");
	io("一万二千人", "12000人", "人", "count:人");
	io("两万亩", "2万亩", "亩", "area");
	io("十二万个", "12万个", "个", "count:个");
	io("百分之五", "5%", "%", "percent");
	io("千分之三", "3‰", "‰", "percent");
	io("三点五", "3.5", "", "dimensionless");
	io("9300万千瓦", "9300万千瓦", "千瓦", "power");
	io("122亿立方米", "122亿立方米", "立方米", "volume");
	io("20万人次", "20万人次", "人次", "count:人次");
	io("5%", "5%", "%", "percent");
	io("5.0%", "5.0%", "%", "percent");
	io("0.5个百分点", "0.5个百分点", "个百分点", "percentage_point");
	io("3百分点", "3百分点", "百分点", "percentage_point");
	io("2倍", "2倍", "倍", "multiple");
	io("12", "12", "", "dimensionless");
	io("1.4亿", "1.4亿", "", "dimensionless");
	io("-3.5%", "-3.5%", "%", "percent");
	io("+3.5%", "3.5%", "%", "percent");
	io("－3.5%", "-3.5%", "%", "percent");
	io("0", "0", "", "dimensionless");
	io("0.00元", "0.00元", "元", "currency_cny");
	io(" 5 % ", "5%", "%", "percent");
	io("5　万元", "5万元", "元", "currency_cny");
	io("　5万 元　", "5万元", "元", "currency_cny");
	io("5千瓦", "5千瓦", "千瓦", "power");
	io("5千吨", "5千吨", "吨", "mass");
	io("5千米", "5千米", "千米", "length");
	io("5千克", "5千克", "千克", "mass");
	io("2.5公斤", "2.5公斤", "公斤", "mass");
	io("5千万元", "5千万元", "元", "currency_cny");
	io("3十万元", "3十万元", "元", "currency_cny");
	io("5百亿元", "5百亿元", "元", "currency_cny");
	io("1亿千瓦时", "1亿千瓦时", "千瓦时", "energy");
	io("800亿度", "800亿度", "度", "energy");
	io("10万吨标准煤", "10万吨标准煤", "吨标准煤", "coal_equivalent");
	io("5个月", "5个月", "个月", "month");
	io("5年", "5年", "年", "year");
	io("3000公里", "3000公里", "公里", "length");
	io("500平方公里", "500平方公里", "平方公里", "area");
	io("100万标准箱", "100万标准箱", "标准箱", "count:标准箱");
	io("1.5万架次", "1.5万架次", "架次", "count:架次");
	io("二〇二四年", "2024年", "年", "year");
	io("三点五万亿元", "3.5万亿元", "元", "currency_cny");
	io("百分之零点五", "0.5%", "%", "percent");
	io("五十万亿元", "50万亿元", "元", "currency_cny");
	io("一亿二千万人", "120000000人", "人", "count:人");
	io("999999999999999999", "999999999999999999", "", "dimensionless");
	io("0.000000000000000001元", "0.000000000000000001元", "元", "currency_cny");
	io("12345678901234567800000000000000000000万亿元",
	   "12345678901234567800000000000000000000万亿元", "元", "currency_cny");

	value_is("9.2万亿元", "9200000000000");
	value_is("1,200万元", "12000000");
	value_is("5.0%", "5.0");
	value_is("三千五百万元", "35000000");
	value_is("0.5万", "5000");
	value_is("-2.50亿", "-250000000");
}

static void
test_errors(void)
{
	const char *expect = "Expected a number, a magnitude word such as 万 or 亿, and a unit.";
	ShrQuantity q;
	ShrError	err;

	bad("5斤斤", SHR_ESYNTAX, "Unknown unit \"斤斤\".");
	bad("5斤斤以上", SHR_ESYNTAX, "Unknown unit \"斤斤\".");
	bad("5 公尺", SHR_ESYNTAX, "Unknown unit \"公尺\".");
	bad("5万xyz", SHR_ESYNTAX, "Unknown unit \"xyz\".");
	bad("5元钱", SHR_ESYNTAX, "Unknown unit \"元钱\".");
	bad("5 6", SHR_ESYNTAX, "Unknown unit \"6\".");
	bad("", SHR_ESYNTAX, expect);
	bad("   ", SHR_ESYNTAX, expect);
	bad("元", SHR_ESYNTAX, expect);
	bad("万元", SHR_ESYNTAX, expect);
	bad("abc", SHR_ESYNTAX, expect);
	bad("--5", SHR_ESYNTAX, expect);
	bad(".", SHR_ESYNTAX, expect);
	bad("9500多家", SHR_ESYNTAX, "\"9500多家\" is not an exact amount; use the target type.");
	bad("20余个", SHR_ESYNTAX, "\"20余个\" is not an exact amount; use the target type.");
	bad("700多万人", SHR_ESYNTAX, "\"700多万人\" is not an exact amount; use the target type.");
	bad("5%-5.5%", SHR_ESYNTAX, "\"5%-5.5%\" is not an exact amount; use the target type.");
	bad("6-6.5%", SHR_ESYNTAX, "\"6-6.5%\" is not an exact amount; use the target type.");
	bad("5%以上", SHR_ESYNTAX, "\"5%以上\" is not an exact amount; use the target type.");
	bad("3%左右", SHR_ESYNTAX, "\"3%左右\" is not an exact amount; use the target type.");
	bad("约3%", SHR_ESYNTAX, "\"约3%\" is not an exact amount; use the target type.");
	bad("力争5%", SHR_ESYNTAX, "\"力争5%\" is not an exact amount; use the target type.");
	bad("1,2345元", SHR_ESYNTAX, "Misplaced thousands separator in \"1,2345元\": "
		"separators stand between groups of three digits.");
	bad("1234567890123456789", SHR_EOVERFLOW, "The number has more than 18 significant digits.");
	bad("1.000000000000000000%", SHR_EOVERFLOW, "The number has more than 18 significant digits.");
	bad("0.000000000000000000000000000000000000000000000000000000000000"
		"000000000000000000000000000000000000000000000000000000000000001元",
		SHR_EOVERFLOW, "The value is out of the range a quantity can hold.");
	{
		char		big[200];

		/* 18 digits and 109 zeros, times 万亿: 10^121 needs a 19th digit */
		memset(big, '0', sizeof(big));
		memcpy(big, "999999999999999999", 18);
		strcpy(big + 18 + 109, "万亿元");
		bad(big, SHR_EOVERFLOW, "The value is out of the range a quantity can hold.");
		strcpy(big + 18 + 108, "万亿元");
		CHECK(Q(big).exp == 120);
	}
	bad("5\xFF元", SHR_ESYNTAX, "The input is not valid UTF-8 (bad byte at offset 1).");
	bad("5\xE4\xB8", SHR_ESYNTAX, "The input is not valid UTF-8 (bad byte at offset 1).");

	/* an over-long unknown unit is quoted in part, cut at a character */
	{
		char		in[400];
		int			i;

		strcpy(in, "5");
		for (i = 0; i < 100; i++)
			strcat(in, "斤");
		memset(&err, 0, sizeof(err));
		CHECK(shr_quantity_parse(in, strlen(in), &q, &err) == SHR_ESYNTAX);
		CHECK(strncmp(err.detail, "Unknown unit \"斤斤", strlen("Unknown unit \"斤斤")) == 0);
		CHECK(strstr(err.detail, "...\".") != NULL);
		CHECK(shr_utf8_check(err.detail, strlen(err.detail), NULL));
	}
	/* a NUL inside the input is just an unknown unit */
	memset(&err, 0, sizeof(err));
	CHECK(shr_quantity_parse("5\0元", 4, &q, &err) == SHR_ESYNTAX);
	CHECK(shr_quantity_parse(NULL, 0, &q, &err) == SHR_ESYNTAX);
}

/* a < b, b > a, and neither equals the other, by both comparison calls. */
static void
less(const char *a, const char *b)
{
	ShrQuantity x = Q(a);
	ShrQuantity y = Q(b);
	ShrError	err;
	int			r = 99;

	CHECK(shr_quantity_cmp(&x, &y) < 0);
	CHECK(shr_quantity_cmp(&y, &x) > 0);
	if (shr_quantity_dim(&x) == shr_quantity_dim(&y))
	{
		CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_OK && r < 0);
	}
}

static bool
same_key(const ShrQuantity *x, const ShrQuantity *y)
{
	ShrHashKey	kx;
	ShrHashKey	ky;

	shr_quantity_hash_key(x, &kx);
	shr_quantity_hash_key(y, &ky);
	return memcmp(&kx, &ky, sizeof(kx)) == 0;
}

/* Equal by cmp, with equal hash keys. */
static void
equal(const char *a, const char *b)
{
	ShrQuantity x = Q(a);
	ShrQuantity y = Q(b);

	CHECK(shr_quantity_cmp(&x, &y) == 0);
	CHECK(shr_quantity_cmp(&y, &x) == 0);
	CHECK(same_key(&x, &y));
}

static void
test_order(void)
{
	ShrQuantity x;
	ShrQuantity y;
	ShrError	err;
	int			r;

	equal("1吨", "2000斤");
	equal("1吨", "1.000吨");
	equal("1吨", "0.0001万吨");
	equal("1吨", "1000公斤");
	equal("1公斤", "1千克");
	equal("1两", "50克");
	equal("1公顷", "15亩");
	equal("9.2万亿元", "92000亿元");
	equal("1度", "1千瓦时");
	equal("5%", "50‰");
	equal("5%", "５％");
	equal("0元", "0.00元");
	equal("0元", "-0元");
	equal("1天", "24小时");
	equal("1小时", "60分钟");
	equal("1平方公里", "1500亩");
	less("1亩", "667平方米");
	less("666平方米", "1亩");
	less("1999斤", "1吨");
	less("-5%", "-4%");
	less("-5%", "0%");
	less("0%", "0.001‰");
	less("9.2万亿元", "9.3万亿元");
	less("999999999999999999亿元", "1" "000000000000000000000000000000000000000000000000000万亿元");
	less("0.000000000000000001元", "0.000000000000000002元");
	/* different dimensions order by dimension id, the documented choice */
	less("100", "1%");
	less("5%", "1元");
	less("1000000元", "1吨");
	less("5家", "1个");
	x = Q("1吨");
	y = Q("1元");
	CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"吨\" is mass and \"元\" is currency_cny.");
	y = Q("1");
	CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"吨\" is mass and a bare number is dimensionless.");
	CHECK(shr_quantity_compare(&y, &x, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "A bare number is dimensionless and \"吨\" is mass.");
	/* hash keys differ where values or dimensions do */
	x = Q("1吨");
	y = Q("1001公斤");
	CHECK(!same_key(&x, &y));
	x = Q("3家");
	y = Q("3个");
	CHECK(!same_key(&x, &y));
	x = Q("-1元");
	y = Q("1元");
	CHECK(!same_key(&x, &y));
}

/* Does the text of q parse back to an equal quantity? */
static bool
reads_back(const ShrQuantity *q)
{
	const char *text = fmt(q);
	ShrQuantity r;
	ShrError	err;

	return shr_quantity_parse(text, strlen(text), &r, &err) == SHR_OK &&
		shr_quantity_cmp(q, &r) == 0;
}

static void
arith(ShrStatus (*op) (const ShrQuantity *, const ShrQuantity *, ShrQuantity *, ShrError *),
	  const char *a, const char *b, const char *want)
{
	ShrQuantity x = Q(a);
	ShrQuantity y = Q(b);
	ShrQuantity r;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(op(&x, &y, &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), want);
	CHECK(shr_quantity_validate(&r, &err) == SHR_OK);
	CHECK(reads_back(&r));
}

static void
scale(bool divide, const char *a, int64_t coef, int exp, const char *want)
{
	ShrQuantity x = Q(a);
	ShrQuantity r;
	ShrError	err;
	ShrDecimal	d;

	d.coef = coef;
	d.exp = exp;
	memset(&err, 0, sizeof(err));
	CHECK((divide ? shr_quantity_div(&x, d, &r, &err) : shr_quantity_mul(&x, d, &r, &err)) == SHR_OK);
	CHECK_STR(fmt(&r), want);
	CHECK(shr_quantity_validate(&r, &err) == SHR_OK);
	CHECK(reads_back(&r));
}

/*
 * Text cannot write the number before a magnitude word beyond the exponent
 * range, so a result keeps the word only while the number stays in range,
 * and binary input may not hold one that does not.
 */
static void
test_magnitude_range(void)
{
	ShrQuantity x = Q("1万亿元");
	ShrQuantity r;
	ShrError	err;
	ShrDecimal	d = {1, -120};

	CHECK(shr_quantity_mul(&x, d, &r, &err) == SHR_OK);
	CHECK(r.coef == 1 && r.exp == -108 && r.mag == x.mag);
	CHECK(reads_back(&r));
	CHECK(shr_quantity_validate(&r, &err) == SHR_OK);
	r.exp = -109;
	CHECK(shr_quantity_validate(&r, &err) == SHR_EOVERFLOW);

	d.exp = -130;
	CHECK(shr_quantity_mul(&x, d, &r, &err) == SHR_OK);
	CHECK(r.coef == 1 && r.exp == -118 && r.mag == SHR_MAG_NONE);
	CHECK(reads_back(&r));
	x = Q("0万元");
	CHECK(shr_quantity_mul(&x, d, &r, &err) == SHR_OK);
	CHECK(r.coef == 0 && r.mag == SHR_MAG_NONE);
	CHECK(reads_back(&r));
}

static void
test_arithmetic(void)
{
	ShrQuantity x;
	ShrQuantity y;
	ShrQuantity r;
	ShrError	err;
	ShrDecimal	d;

	arith(shr_quantity_add, "1吨", "500斤", "1.25吨");
	arith(shr_quantity_add, "1.5%", "1.5%", "3.0%");
	arith(shr_quantity_add, "1.5%", "1.25%", "2.75%");
	arith(shr_quantity_add, "5%", "5‰", "5.5%");
	arith(shr_quantity_add, "1万元", "5000元", "1.5万元");
	arith(shr_quantity_add, "1万元", "5000.00元", "1.500000万元");
	arith(shr_quantity_add, "-3元", "1元", "-2元");
	arith(shr_quantity_add, "3元", "-3元", "0元");
	arith(shr_quantity_sub, "9.2万亿元", "2000亿元", "9.0万亿元");
	arith(shr_quantity_sub, "9.2万亿元", "9.2万亿元", "0.0万亿元");
	arith(shr_quantity_sub, "1元", "3元", "-2元");
	arith(shr_quantity_sub, "-1元", "-3元", "2元");
	arith(shr_quantity_sub, "1亩", "1平方米", "0.9985亩");
	arith(shr_quantity_add, "1平方米", "1亩", "667.666666666666667平方米");
	/* sums beyond 18 digits round half to even, once */
	arith(shr_quantity_add, "100000000000000000", "0.5", "100000000000000000");
	arith(shr_quantity_add, "100000000000000001", "0.5", "100000000000000002");
	arith(shr_quantity_add, "100000000000000001", "0.51", "100000000000000002");
	arith(shr_quantity_add, "100000000000000000", "0.49", "100000000000000000");
	arith(shr_quantity_add, "999999999999999999", "1", "1000000000000000000");
	arith(shr_quantity_add, "1万亿元", "0.000000000000000001元", "1.00000000000000000万亿元");
	arith(shr_quantity_sub, "1万亿元", "0.000000000000000001元", "1.00000000000000000万亿元");
	arith(shr_quantity_sub, "1亿元", "0.000000001元", "0.99999999999999999亿元");
	x = Q("1吨");
	y = Q("1元");
	CHECK(shr_quantity_add(&x, &y, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"吨\" is mass and \"元\" is currency_cny.");
	CHECK(shr_quantity_sub(&x, &y, &r, &err) == SHR_EDIMENSION);

	scale(false, "1.5吨", 2, 0, "3.0吨");
	scale(false, "1.5吨", 5, -1, "0.75吨");
	scale(false, "2万元", -3, 0, "-6万元");
	scale(false, "123456789012345678元", 3, 0, "370370367037037034元");
	scale(false, "123456789012345678元", 9, 0, "1111111101111111100元");
	scale(false, "999999999999999999元", 999999999999999999, 0,
		  "999999999999999998000000000000000000元");
	scale(false, "5元", 0, 0, "0元");
	scale(true, "1元", 3, 0, "0.333333333333333333元");
	scale(true, "2元", 3, 0, "0.666666666666666667元");
	scale(true, "3.0吨", 2, 0, "1.5吨");
	scale(true, "1.00元", 4, 0, "0.25元");
	scale(true, "6元", 5, -1, "12元");
	scale(true, "-7元", 2, 0, "-3.5元");
	scale(true, "1亿元", 3, 0, "0.333333333333333333亿元");
	scale(true, "0元", 7, 0, "0元");

	/* only the exponent overflows */
	x = Q("1" "000000000000000000000000000000000000000000000000000000000000"
		  "000000000000000000000000000000000000000000000000000000000000");
	d.coef = 1;
	d.exp = 100;
	memset(&err, 0, sizeof(err));
	CHECK(shr_quantity_mul(&x, d, &r, &err) == SHR_EOVERFLOW);
	CHECK_STR(err.detail, "The value is out of the range a quantity can hold.");
	d.exp = 1;
	CHECK(shr_quantity_mul(&x, d, &r, &err) == SHR_OK);	/* the coefficient absorbs it */
	CHECK(r.coef == 10 && r.exp == 120);
	d.exp = -1000000;
	CHECK(shr_quantity_div(&x, d, &r, &err) == SHR_EOVERFLOW);
	d.coef = 0;
	CHECK(shr_quantity_div(&x, d, &r, &err) == SHR_EVALUE);
	CHECK_STR(err.detail, "Division by zero.");

	x = Q("-5.0%");
	CHECK(shr_quantity_negate(&x, &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), "5.0%");
}

static void
convert(const char *a, const char *unit, const char *want)
{
	ShrQuantity x = Q(a);
	ShrQuantity r;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_quantity_convert(&x, shr_unit_find(unit, strlen(unit)), &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), want);
	CHECK(shr_quantity_cmp(&x, &r) == 0 || strstr(want, "666.66") != NULL ||
		  strstr(want, "0.0416") != NULL);
}

/* The value of a in the base unit its dimension counts in, printed. */
static void
base_is(const char *a, const char *want)
{
	ShrQuantity x = Q(a);
	char		buf[512];

	shr_quantity_base_string(&x, buf, sizeof(buf));
	CHECK_STR(buf, want);
}

static void
test_convert(void)
{
	ShrQuantity x;
	ShrQuantity r;
	ShrError	err;

	convert("1吨", "斤", "2000斤");
	convert("2000斤", "吨", "1吨");
	convert("1500公斤", "吨", "1.5吨");
	convert("1.5万吨", "斤", "3000.0万斤");
	convert("1.0吨", "斤", "2000.0斤");
	convert("5%", "‰", "50‰");
	convert("1公顷", "亩", "15亩");
	convert("1亩", "平方米", "666.666666666666667平方米");
	convert("1平方米", "亩", "0.0015亩");
	convert("1万亩", "平方米", "666.666666666666667万平方米");
	convert("1天", "小时", "24小时");
	convert("1小时", "天", "0.0416666666666666667天");
	convert("1度", "千瓦时", "1千瓦时");
	convert("-3公里", "米", "-3000米");

	x = Q("1吨");
	CHECK(shr_quantity_convert(&x, shr_unit_find("元", 3), &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"吨\" is mass and \"元\" is currency_cny.");
	CHECK(shr_quantity_convert(&x, 9999, &r, &err) == SHR_EVALUE);

	base_is("1亩", "10000");
	base_is("-1.5平方公里", "-22500000");
	base_is("5%", "50");
	base_is("0.000000000000000001克", "0.000000000000000001");
}

/*
 * The units provincial reports use, with the magnitude words they take:
 * each parses and prints as written, and what is no amount stays none.
 */
static void
test_report_units(void)
{
	io("12.5EFLOPS", "12.5EFLOPS", "EFLOPS", "computing_power");
	io("15EFlops", "15EFLOPS", "EFLOPS", "computing_power");
	io("55Eflops", "55EFLOPS", "EFLOPS", "computing_power");
	io("8400PFLOPS", "8400PFLOPS", "PFLOPS", "computing_power");
	io("300TFLOPS", "300TFLOPS", "TFLOPS", "computing_power");
	io("1.2万列", "1.2万列", "列", "count:列");
	io("1.5万车次", "1.5万车次", "车次", "count:车次");
	io("3.2亿人次", "3.2亿人次", "人次", "count:人次");
	io("120万标箱", "120万标箱", "标箱", "count:标准箱");
	io("325天", "325天", "天", "time");
	io("79.3岁", "79.3岁", "岁", "age");
	io("4成", "4成", "成", "percent");
	io("三成", "3成", "成", "percent");
	io("30微克/立方米", "30微克/立方米", "微克/立方米", "mass_concentration");
	io("35微克每立方米", "35微克每立方米", "微克每立方米", "mass_concentration");
	io("0.035毫克/立方米", "0.035毫克/立方米", "毫克/立方米", "mass_concentration");
	io("500万千瓦时", "500万千瓦时", "千瓦时", "energy");
	io("12.5千公顷", "12.5千公顷", "公顷", "area");
	io("1.2万平方公里", "1.2万平方公里", "平方公里", "area");

	/* dates, names and letters that must stay no quantity */
	bad("3月5日", SHR_ESYNTAX, "Unknown unit \"月5日\".");
	bad("2024年3月", SHR_ESYNTAX, "Unknown unit \"年3月\".");
	bad("1成都", SHR_ESYNTAX, "Unknown unit \"成都\".");
	bad("4成本", SHR_ESYNTAX, "Unknown unit \"成本\".");
	bad("1岁半", SHR_ESYNTAX, "Unknown unit \"岁半\".");
	bad("12.5E", SHR_ESYNTAX, "Unknown unit \"E\".");
	bad("12.5eflops", SHR_ESYNTAX, "Unknown unit \"eflops\".");
	bad("5FLOPS", SHR_ESYNTAX, "Unknown unit \"FLOPS\".");
	bad("30微克", SHR_ESYNTAX, "Unknown unit \"微克\".");
	bad("超4成", SHR_ESYNTAX, "\"超4成\" is not an exact amount; use the target type.");
}

/* The same units compare and convert within their dimensions, exactly. */
static void
test_report_units_order(void)
{
	ShrQuantity x;
	ShrQuantity y;
	ShrError	err;
	int			r;

	equal("1成", "10%");
	equal("4成", "40%");
	equal("1成", "100‰");
	equal("1EFLOPS", "1000PFLOPS");
	equal("12.5EFLOPS", "12500PFLOPS");
	equal("1PFLOPS", "1000TFLOPS");
	equal("15EFlops", "15EFLOPS");
	equal("1毫克/立方米", "1000微克/立方米");
	equal("35微克每立方米", "35微克/立方米");
	equal("1千公顷", "1.5万亩");
	equal("1万千瓦时", "1万度");
	equal("1亿千瓦时", "10万兆瓦时");
	equal("1天", "1日");
	equal("3.2亿人次", "32000万人次");
	less("1成", "11%");
	less("999PFLOPS", "1EFLOPS");
	less("78.5岁", "79.3岁");

	/*
	 * counts of different things do not compare, nor an age and a
	 * duration, nor a concentration and a mass
	 */
	x = Q("3车次");
	y = Q("3列");
	CHECK(!same_key(&x, &y));
	CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_EDIMENSION);
	x = Q("80岁");
	y = Q("80年");
	CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_EDIMENSION);
	CHECK_STR(err.detail, "\"岁\" is age and \"年\" is year.");
	x = Q("30微克/立方米");
	y = Q("30克");
	CHECK(shr_quantity_compare(&x, &y, &r, &err) == SHR_EDIMENSION);

	convert("4成", "%", "40%");
	convert("35%", "成", "3.5成");
	convert("12.5EFLOPS", "PFLOPS", "12500.0PFLOPS");
	convert("8400PFLOPS", "EFLOPS", "8.4EFLOPS");
	convert("0.035毫克/立方米", "微克/立方米", "35.000微克/立方米");
	convert("2天", "小时", "48小时");
	base_is("1EFLOPS", "1000000");
	base_is("4成", "400");
}

static void
test_make_validate(void)
{
	ShrQuantity q;
	ShrError	err;
	ShrDecimal	d;

	d.coef = 92;
	d.exp = 11;
	CHECK(shr_quantity_make(d, 6, 12, &q, &err) == SHR_OK);
	CHECK_STR(fmt(&q), "9.2万亿元");
	d.coef = INT64_C(1234567890123456785);	/* 19 digits: rounds to even */
	d.exp = 0;
	CHECK(shr_quantity_make(d, 0, 0, &q, &err) == SHR_OK);
	CHECK(q.coef == INT64_C(123456789012345678) && q.exp == 1);
	d.coef = INT64_C(-1234567890123456795);
	CHECK(shr_quantity_make(d, 0, 0, &q, &err) == SHR_OK);
	CHECK(q.coef == INT64_C(-123456789012345680) && q.exp == 1);
	d.coef = 1;
	d.exp = 130;
	CHECK(shr_quantity_make(d, 0, 0, &q, &err) == SHR_OK);	/* spare digits absorb it */
	CHECK(q.coef == INT64_C(10000000000) && q.exp == 120);
	CHECK(reads_back(&q));		/* 1 and 130 zeros */
	d.coef = 1000;
	d.exp = -123;
	CHECK(shr_quantity_make(d, 0, 0, &q, &err) == SHR_OK);
	CHECK(q.coef == 1 && q.exp == -120);
	d.exp = -124;
	CHECK(shr_quantity_make(d, 0, 0, &q, &err) == SHR_EOVERFLOW);
	d.exp = 0;
	CHECK(shr_quantity_make(d, 999, 0, &q, &err) == SHR_EVALUE);
	CHECK(shr_quantity_make(d, 0, 99, &q, &err) == SHR_EVALUE);

	q = Q("5%");
	CHECK(shr_quantity_validate(&q, &err) == SHR_OK);
	q.pad[1] = 1;
	CHECK(shr_quantity_validate(&q, &err) == SHR_EVALUE);
	q = Q("5%");
	q.unit = 60000;
	CHECK(shr_quantity_validate(&q, &err) == SHR_EVALUE);
	q = Q("5%");
	q.mag = 200;
	CHECK(shr_quantity_validate(&q, &err) == SHR_EVALUE);
	q = Q("5%");
	q.coef = INT64_MIN;
	CHECK(shr_quantity_validate(&q, &err) == SHR_EOVERFLOW);
	q = Q("5%");
	q.exp = 121;
	CHECK(shr_quantity_validate(&q, &err) == SHR_EOVERFLOW);
	/* ordering never fails, even on a corrupt unit id */
	q.exp = 0;
	q.unit = 60000;
	CHECK(shr_quantity_cmp(&q, &q) == 0);
}

/* Seed of this program's pseudo-random inputs. */
static uint64_t rng_state = UINT64_C(0x9E3779B97F4A7C15);


/*
 * Random byte strings built from pieces of the grammar and raw bytes: no
 * crash, no read past len (the buffer has no terminator), and whatever
 * parses prints back to the same value.
 */
static void
test_fuzz(void)
{
	static const char *const pieces[] = {
		"0", "1", "5", "9", "12", "3.5", ".", ",", "，", "１", "．", "-", "+", "－",
		"万", "亿", "千", "百", "十", "万亿", "多", "余", "一", "二", "两", "三",
		"零", "〇", "点", "百分之", "千分之", "元", "%", "％", "‰", "吨", "斤",
		"千瓦", "时", "个", "百分点", "平方", "米", "亩", " ", "　", "～", "至",
		"以上", "左右", "约", "不低于", "力争", "控制在", "\xE4", "\xB8", "\xFF",
		"\x80", "\0", "999999999999999999", "00000000000000000000",
	};
	int			npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	int			iter;
	int			parsed = 0;

	for (iter = 0; iter < 4000; iter++)
	{
		size_t		len;
		char	   *buf;
		ShrQuantity q;
		ShrError	err;

		buf = unit_random_text(pieces, npieces, 8, 5, &rng_state, &len);
		memset(&err, 0, sizeof(err));
		if (shr_quantity_parse(buf, len, &q, &err) == SHR_OK)
		{
			const char *text = fmt(&q);
			ShrQuantity r;

			parsed++;
			CHECK(shr_quantity_validate(&q, &err) == SHR_OK);
			CHECK(shr_quantity_parse(text, strlen(text), &r, &err) == SHR_OK);
			CHECK(memcmp(&q, &r, sizeof(q)) == 0);
		}
		else
		{
			CHECK(err.status != SHR_OK && err.detail[0] != '\0');
			CHECK(shr_utf8_check(err.detail, strlen(err.detail), NULL));
		}
		free(buf);
	}
	CHECK(parsed > 100);		/* the generator does reach valid input */
}

/* Round the quantity written s to places decimals of its own unit and word. */
static void
round_is(const char *s, int places, const char *want)
{
	ShrQuantity q = Q(s);
	ShrQuantity r;
	ShrError	err;

	CHECK(shr_quantity_round(&q, shr_quantity_mag_exp(&q) - places, &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), want);
}

static void
test_round(void)
{
	round_is("9.25万亿元", 1, "9.3万亿元");
	round_is("9.24万亿元", 1, "9.2万亿元");
	round_is("-9.25万亿元", 1, "-9.3万亿元");
	round_is("9.2万亿元", 3, "9.2万亿元");
	round_is("5.5%", 0, "6%");
	round_is("4.5%", 0, "5%");
	round_is("0.4%", 0, "0%");
	round_is("1234.5678元", 2, "1234.57元");
	round_is("1234.5678元", -2, "1200元");
	round_is("0.000001元", 2, "0元");
	round_is("999999999999999999", -18, "1000000000000000000");
	round_is("499999999999999999", -18, "0");
	round_is("999999999999999999", -17, "1000000000000000000");
	round_is("123", -40, "0");
}

/*
 * A rank is a place in a ranking, written and printed after 第 (第2位,
 * 第3名), a quantity of its own dimension whose unit is spelled as the
 * counts 位 and 名 are: 3位 and 3名 stay counts.  Ranks order by their
 * number; the places a rank moves by are 位次.  前10位 is a ceiling, for
 * the target type.
 */
static void
test_ranks(void)
{
	const char *expect = "Expected a number, a magnitude word such as 万 or 亿, and a unit.";
	ShrQuantity x,
				y,
				r;
	ShrError	err;

	io("第2位", "第2位", "位", "rank");
	io("第2名", "第2名", "名", "rank");
	io("第三名", "第3名", "名", "rank");
	io("第 12 位", "第12位", "位", "rank");
	io("第一位", "第1位", "位", "rank");
	io("3位", "3位", "位", "count:位");
	io("3名", "3名", "名", "count:名");
	io("3位次", "3位次", "位次", "rank");
	io("3个位次", "3个位次", "个位次", "rank");
	less("第1位", "第2位");
	less("第2名", "第10位");
	equal("第2位", "第2名");
	equal("3位次", "3个位次");
	x = Q("第2位");
	y = Q("2位");
	CHECK(shr_quantity_cmp(&x, &y) != 0);
	CHECK(shr_quantity_compare(&x, &y, &(int) {0}, &err) == SHR_EDIMENSION);
	x = Q("第5位");
	y = Q("第3位");
	CHECK(shr_quantity_sub(&x, &y, &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), "第2位");
	CHECK(shr_quantity_sub(&y, &x, &r, &err) == SHR_OK);
	CHECK_STR(fmt(&r), "第-2位");
	io("第-2位", "第-2位", "位", "rank");
	convert("第2位", "位次", "2位次");
	bad("前10位", SHR_ESYNTAX, "\"前10位\" is not an exact amount; use the target type.");
	bad("前十", SHR_ESYNTAX, "\"前十\" is not an exact amount; use the target type.");
	bad("第3", SHR_ESYNTAX, expect);
	bad("第三轮", SHR_ESYNTAX, expect);
	bad("第1季度", SHR_ESYNTAX, expect);
	bad("第1位次", SHR_ESYNTAX, expect);
	bad("前10个月", SHR_ESYNTAX, expect);
	bad("第2位院士", SHR_ESYNTAX, "Unknown unit \"位院士\".");
	bad("3位院士", SHR_ESYNTAX, "Unknown unit \"位院士\".");
	bad("第3位-第5位", SHR_ESYNTAX,
		"\"第3位-第5位\" is not an exact amount; use the target type.");
}

int
main(void)
{
	test_input_forms();
	test_errors();
	test_order();
	test_arithmetic();
	test_convert();
	test_report_units();
	test_report_units_order();
	test_make_validate();
	test_magnitude_range();
	test_round();
	test_ranks();
	test_fuzz();
	return unit_done("test_quantity");
}
