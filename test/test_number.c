/*
 * test_number.c
 *		Unit tests of number.c: UTF-8 decoding, white space, the number
 *		scanner (Arabic, full-width, Chinese numerals) and plain decimals.
 *		test_numerals.c has the forms of official texts row by row.
 */
#include <stdlib.h>

#include "types/number.h"
#include "vocab/units.h"
#include "unit.h"

/* Scan s; check bytes consumed, value, magnitude word and flags. */
static void
scan_ok(const char *s, unsigned flags, size_t want_n, int64_t coef, int exp,
		const char *mag, bool chinese, bool percent, bool permille)
{
	size_t		len = strlen(s);
	char	   *p = unit_exact_copy(s, len);
	ShrNumber	num;
	ShrError	err;
	size_t		n;

	memset(&err, 0, sizeof(err));
	n = shr_number_scan(p, len, flags, &num, &err);
	CHECK(n == want_n);
	CHECK(err.status == SHR_OK);
	CHECK(num.value.coef == coef);
	CHECK(num.value.exp == exp);
	CHECK_STR(shr_magnitude(num.mag)->word, mag);
	CHECK(num.chinese == chinese);
	CHECK(num.percent == percent);
	CHECK(num.permille == permille);
	if (n != want_n || num.value.coef != coef || num.value.exp != exp)
		fprintf(stderr, "    scanning \"%s\": n %zu coef %lld exp %d\n", s, n,
				(long long) num.value.coef, num.value.exp);
	free(p);
}

static void
scan_none(const char *s, unsigned flags)
{
	size_t		len = strlen(s);
	char	   *p = unit_exact_copy(s, len);
	ShrNumber	num;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_number_scan(p, len, flags, &num, &err) == 0);
	CHECK(err.status == SHR_OK);
	free(p);
}

static void
scan_overflow(const char *s, const char *detail)
{
	ShrNumber	num;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_number_scan(s, strlen(s), SHR_NUM_CHINESE, &num, &err) > 0);
	CHECK(err.status == SHR_EOVERFLOW);
	CHECK_STR(err.detail, detail);
}

static void
test_utf8(void)
{
	uint32_t	cp;
	size_t		bad = 99;

	CHECK(shr_utf8_decode("A", 1, &cp) == 1 && cp == 'A');
	CHECK(shr_utf8_decode("万", 3, &cp) == 3 && cp == 0x4E07);
	CHECK(shr_utf8_decode("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600);
	CHECK(shr_utf8_decode("万", 2, &cp) == 1 && cp == SHR_UTF8_BAD);	/* cut */
	CHECK(shr_utf8_decode("\xC0\xAF", 2, &cp) == 1 && cp == SHR_UTF8_BAD);	/* overlong */
	CHECK(shr_utf8_decode("\xE0\x80\xAF", 3, &cp) == 1 && cp == SHR_UTF8_BAD);
	CHECK(shr_utf8_decode("\xED\xA0\x80", 3, &cp) == 1 && cp == SHR_UTF8_BAD);	/* surrogate */
	CHECK(shr_utf8_decode("\xF4\x90\x80\x80", 4, &cp) == 1 && cp == SHR_UTF8_BAD);
	CHECK(shr_utf8_decode("\x80", 1, &cp) == 1 && cp == SHR_UTF8_BAD);
	CHECK(shr_utf8_decode("\xFF", 1, &cp) == 1 && cp == SHR_UTF8_BAD);
	CHECK(shr_utf8_decode("x", 0, &cp) == 0 && cp == SHR_UTF8_BAD);

	CHECK(shr_utf8_check("5万元", strlen("5万元"), &bad));
	CHECK(!shr_utf8_check("5万\xE5", 5, &bad) && bad == 4);
	CHECK(!shr_utf8_check("ab\xC3(", 4, &bad) && bad == 2);
	/* past the eight-byte short path: what it leaves gets the full check */
	CHECK(shr_utf8_check("国内生产总值\xF0\x9F\x98\x80增长5%", 30, &bad));
	CHECK(!shr_utf8_check("国内生产总值\xED\xA0\x80增长", 27, &bad) && bad == 18);
	CHECK(!shr_utf8_check("国内生产总值\xE0\x80\xAF增长", 27, &bad) && bad == 18);
	CHECK(!shr_utf8_check("12345678国\xF4\x90\x80\x80", 15, &bad) && bad == 11);
	CHECK(!shr_utf8_check("国内生产总值\0增长", 25, &bad) && bad == 18);
	CHECK(!shr_utf8_check("国内生产总值增\xE9\x95", 23, &bad) && bad == 21);

	CHECK(shr_skip_spaces(" \t　 x", strlen(" \t　 x")) == strlen(" \t　 "));
	CHECK(shr_skip_spaces("x ", 2) == 0);
	CHECK(shr_skip_spaces("\xC2\xA0", 2) == 2);
	CHECK(shr_skip_spaces("\xE3\x80", 2) == 0);
}

static void
test_arabic(void)
{
	unsigned	f = 0;

	scan_ok("12", f, 2, 12, 0, "", false, false, false);
	scan_ok("1200", f, 4, 12, 2, "", false, false, false);
	scan_ok("5.0%", f, 3, 50, -1, "", false, false, false);
	scan_ok("0.05", f, 4, 5, -2, "", false, false, false);
	scan_ok("0.00", f, 4, 0, -2, "", false, false, false);
	scan_ok("0", f, 1, 0, 0, "", false, false, false);
	scan_ok("007", f, 3, 7, 0, "", false, false, false);
	scan_ok("1200.5", f, 6, 12005, -1, "", false, false, false);
	scan_ok("1,200万元", f, 5, 12, 2, "", false, false, false);
	scan_ok("12,345,678.9", f, 12, 123456789, -1, "", false, false, false);
	scan_ok("1，200", f, 7, 12, 2, "", false, false, false);
	scan_ok("９．２万亿元", f, 9, 92, -1, "", false, false, false);
	scan_ok("１２．５％", f, 12, 125, -1, "", false, false, false);
	/* separators that are not thousands separators end the number */
	scan_ok("1,2345", f, 1, 1, 0, "", false, false, false);
	scan_ok("1234,567", f, 4, 1234, 0, "", false, false, false);
	scan_ok("1,234,56", f, 5, 1234, 0, "", false, false, false);
	scan_ok("5%，2024年", f, 1, 5, 0, "", false, false, false);
	scan_ok("1,", f, 1, 1, 0, "", false, false, false);
	/* a point needs a digit after it */
	scan_ok("5.", f, 1, 5, 0, "", false, false, false);
	scan_ok("5.x", f, 1, 5, 0, "", false, false, false);
	scan_ok("3.5.6", f, 3, 35, -1, "", false, false, false);
	/* 18 significant digits fit; integer zeros beyond them are exponent */
	scan_ok("999999999999999999", f, 18, INT64_C(999999999999999999), 0, "", false, false, false);
	scan_ok("100000000000000000000000", f, 24, 1, 23, "", false, false, false);
	scan_ok("0.000000000000000000001", f, 23, 1, -21, "", false, false, false);
	/* signs only with the flag */
	scan_ok("-3.5", SHR_NUM_SIGN, 4, -35, -1, "", false, false, false);
	scan_ok("+3", SHR_NUM_SIGN, 2, 3, 0, "", false, false, false);
	scan_ok("－3", SHR_NUM_SIGN, 4, -3, 0, "", false, false, false);
	scan_ok("−3", SHR_NUM_SIGN, 4, -3, 0, "", false, false, false);
	scan_none("-3", 0);
	scan_none("-x", SHR_NUM_SIGN);
	scan_none("", 0);
	scan_none("x5", 0);
	scan_none(".", 0);
	scan_none(".x", 0);
	/* a fraction alone, and an exponent only when complete */
	scan_ok(".5", f, 2, 5, -1, "", false, false, false);
	scan_ok("2e5", f, 3, 2, 5, "", false, false, false);
	scan_ok("1.5E+3", f, 6, 15, 2, "", false, false, false);
	scan_ok("-1.2e-3", SHR_NUM_SIGN, 7, -12, -4, "", false, false, false);
	scan_ok("2e", f, 1, 2, 0, "", false, false, false);
	scan_ok("2e-", f, 1, 2, 0, "", false, false, false);
	scan_none("e5", 0);
	scan_none("三", 0);			/* Chinese only with the flag */
}

static void
test_chinese(void)
{
	unsigned	f = SHR_NUM_CHINESE;

	scan_ok("三千五百万元", f, 15, 35, 2, "万", true, false, false);
	scan_ok("一万二千人", f, 12, 12, 3, "", true, false, false);
	scan_ok("两万亩", f, 6, 2, 0, "万", true, false, false);
	scan_ok("十二万个", f, 9, 12, 0, "万", true, false, false);
	scan_ok("十", f, 3, 1, 1, "", true, false, false);
	scan_ok("十五", f, 6, 15, 0, "", true, false, false);
	scan_ok("二十", f, 6, 2, 1, "", true, false, false);
	scan_ok("一百零五", f, 12, 105, 0, "", true, false, false);
	scan_ok("一千零五十", f, 15, 105, 1, "", true, false, false);
	scan_ok("一万零五百", f, 15, 105, 2, "", true, false, false);
	scan_ok("三千五", f, 9, 35, 2, "", true, false, false);
	scan_ok("一万二", f, 9, 12, 3, "", true, false, false);
	scan_ok("一百五", f, 9, 15, 1, "", true, false, false);
	scan_ok("一万两千", f, 12, 12, 3, "", true, false, false);
	scan_ok("两个", f, 3, 2, 0, "", true, false, false);
	scan_ok("十两", f, 3, 1, 1, "", true, false, false);	/* 两 the unit */
	scan_ok("三两", f, 3, 3, 0, "", true, false, false);
	scan_ok("一亿二千万", f, 15, 12, 7, "", true, false, false);
	scan_ok("三亿", f, 6, 3, 0, "亿", true, false, false);
	scan_ok("三万亿", f, 9, 3, 0, "万亿", true, false, false);
	scan_ok("一万二千亿", f, 15, 12, 3, "亿", true, false, false);
	scan_ok("五十万亿", f, 12, 5, 1, "万亿", true, false, false);
	scan_ok("三点五", f, 9, 35, -1, "", true, false, false);
	scan_ok("零点零五", f, 12, 5, -2, "", true, false, false);
	scan_ok("十二点五", f, 12, 125, -1, "", true, false, false);
	scan_ok("三点五万", f, 12, 35, -1, "万", true, false, false);
	scan_ok("三点五万亿元", f, 15, 35, -1, "万亿", true, false, false);
	scan_ok("三点", f, 3, 3, 0, "", true, false, false);
	scan_ok("零", f, 3, 0, 0, "", true, false, false);
	scan_ok("二〇二四年", f, 12, 2024, 0, "", true, false, false);
	scan_ok("一千零", f, 6, 1, 3, "", true, false, false);
	scan_ok("十二万千瓦", f, 9, 12, 0, "万", true, false, false);
	/* each place word once and in order; 零 fills one empty place */
	scan_ok("一千零零五", f, 6, 1, 3, "", true, false, false);
	scan_ok("十十", f, 3, 1, 1, "", true, false, false);
	scan_ok("一万万", f, 6, 1, 0, "万", true, false, false);
	scan_ok("三亿亿", f, 6, 3, 0, "亿", true, false, false);
	scan_ok("一亿零五万", f, 15, 10005, 4, "", true, false, false);
	scan_ok("五千万亿", f, 12, 5, 3, "万亿", true, false, false);
	/* 两 is 2 before a place word below 百, 千, 万 or 亿, never after 十 */
	scan_ok("两千两百", f, 12, 22, 2, "", true, false, false);
	scan_ok("十两万", f, 3, 1, 1, "", true, false, false);
	scan_ok("零五", f, 6, 5, 0, "", true, false, false);
	scan_ok("百分之五", f, 12, 5, 0, "", true, true, false);
	scan_ok("百分之五十", f, 15, 5, 1, "", true, true, false);
	scan_ok("百分之零点五", f, 18, 5, -1, "", true, true, false);
	scan_ok("百分之百", f, 12, 1, 2, "", true, true, false);
	scan_ok("百分之5.5", f, 12, 55, -1, "", true, true, false);
	scan_ok("千分之三", f, 12, 3, 0, "", true, false, true);
	scan_ok("负三", f | SHR_NUM_SIGN, 6, -3, 0, "", true, false, false);
	scan_ok("負三", f | SHR_NUM_SIGN, 6, -3, 0, "", true, false, false);
	scan_ok("三分之一", f, 12, INT64_C(333333333333333333), -18, "", true, false, false);
	scan_ok("五分之二", f, 12, 4, -1, "", true, false, false);
	scan_ok("万分之五", f, 12, 5, -4, "", true, false, false);
	scan_ok("壹仟贰佰", f, 12, 12, 2, "", true, false, false);
	scan_ok("三萬五千", f, 12, 35, 3, "", true, false, false);
	scan_ok("3万4000", f, 8, 34, 3, "", true, false, false);
	/* an Arabic number is read before a Chinese one */
	scan_ok("5万", f, 1, 5, 0, "", false, false, false);
	scan_none("万", f);
	scan_none("百", f);
	/* a round 百万 or 千亿 leaves out its 一; 百人 and 千年 are words */
	scan_ok("千万", f, 6, 1, 3, "万", true, false, false);
	scan_ok("百万亩", f, 6, 1, 2, "万", true, false, false);
	scan_ok("百亿元", f, 6, 1, 2, "亿", true, false, false);
	scan_ok("千亿", f, 6, 1, 3, "亿", true, false, false);
	scan_ok("佰萬", f, 6, 1, 2, "万", true, false, false);
	scan_ok("百万零五", f, 12, 1000005, 0, "", true, false, false);
	scan_none("百人", f);
	scan_none("千年", f);
	scan_none("百百万", f);
	scan_none("百分之", f);
	scan_none("百分之x", f);
	scan_none("两", 0);
	scan_none("负三", f);		/* a sign only with SHR_NUM_SIGN */
}

static void
test_overflow(void)
{
	char		big[1 + 138 + 1];

	scan_overflow("1234567890123456789", "The number has more than 18 significant digits.");
	scan_overflow("1.000000000000000000", "The number has more than 18 significant digits.");
	scan_overflow("0.00000000000000000000000000000000000000000000000000000000000"
				  "0000000000000000000000000000000000000000000000000000000000000000001",
				  "The value is out of the range a quantity can hold.");

	/*
	 * Spare digits hold an exponent beyond the range, as they do in a
	 * stored value, whose text must read back: 10^137 is 10^17 * 10^120.
	 */
	memset(big, '0', sizeof(big));
	big[0] = '1';
	big[1 + 137] = '\0';
	scan_ok(big, 0, 138, INT64_C(100000000000000000), 120, "", false, false, false);
	big[1 + 137] = '0';
	big[1 + 138] = '\0';
	scan_overflow(big, "The value is out of the range a quantity can hold.");
	scan_overflow("一二三四五六七八九一二三四五六七八九一", "The number has more than 18 significant digits.");
	scan_ok("1e137", 0, 5, INT64_C(100000000000000000), 120, "", false, false, false);
	scan_overflow("1e138", "The value is out of the range a quantity can hold.");
	scan_overflow("1e99999999999", "The value is out of the range a quantity can hold.");
	scan_overflow("一二三四五六七八九一二三四五六七八九一分之一",
				  "The number has more than 18 significant digits.");
}

static void
decimal_ok(const char *s, int64_t coef, int exp, const char *printed)
{
	ShrDecimal	d;
	ShrError	err;
	char		buf[256];

	memset(&err, 0, sizeof(err));
	CHECK(shr_decimal_parse(s, strlen(s), &d, &err) == SHR_OK);
	CHECK(d.coef == coef && d.exp == exp);
	shr_decimal_format(d, buf, sizeof(buf));
	CHECK_STR(buf, printed);
}

static void
decimal_bad(const char *s, ShrStatus status)
{
	ShrDecimal	d;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_decimal_parse(s, strlen(s), &d, &err) == status);
	CHECK(err.status == status && err.detail[0] != '\0');
}

static void
test_decimal(void)
{
	char		buf[256];
	char		small[4];
	ShrDecimal	d;

	decimal_ok("-12.50", -1250, -2, "-12.50");
	decimal_ok("0", 0, 0, "0");
	decimal_ok("0.000", 0, -3, "0.000");
	decimal_ok("+7", 7, 0, "7");
	decimal_ok("1200", 12, 2, "1200");
	decimal_ok("0.50000000000000000000", 5, -1, "0.5");
	decimal_ok("0.33333333333333333300", INT64_C(333333333333333333), -18,
			   "0.333333333333333333");
	decimal_ok("100000000000000000000000000", 1, 26, "100000000000000000000000000");
	decimal_bad("0.3333333333333333333", SHR_EOVERFLOW);
	decimal_bad("", SHR_ESYNTAX);
	decimal_bad("-", SHR_ESYNTAX);
	decimal_bad("NaN", SHR_ESYNTAX);
	decimal_bad("Infinity", SHR_ESYNTAX);
	decimal_bad("3e5", SHR_ESYNTAX);
	decimal_bad("1.2.3", SHR_ESYNTAX);
	decimal_bad(" 1", SHR_ESYNTAX);

	d.coef = -5;
	d.exp = -3;
	shr_decimal_format(d, buf, sizeof(buf));
	CHECK_STR(buf, "-0.005");
	d.coef = 123;
	d.exp = -1;
	shr_decimal_format(d, buf, sizeof(buf));
	CHECK_STR(buf, "12.3");
	d.coef = INT64_C(-999999999999999999);
	d.exp = 120;
	CHECK(shr_decimal_format(d, buf, sizeof(buf)) == 139);
	d.coef = 123456;
	d.exp = 0;
	CHECK(shr_decimal_format(d, small, sizeof(small)) == 3);
	CHECK_STR(small, "123");
}

int
main(void)
{
	test_utf8();
	test_arabic();
	test_chinese();
	test_overflow();
	test_decimal();
	return unit_done("test_number");
}
