/*
 * test_numerals.c
 *		Unit tests of numerals as official texts write them: financial
 *		capitals, traditional forms, fractions, Arabic digits between Chinese
 *		place words, vague amounts, white space inside a numeral, exponents,
 *		and the runs of Chinese digits that are no number.  Each row gives
 *		the text, the part of it the scanner takes, and what that reads as.
 */
#include <stdlib.h>

#include "types/number.h"
#include "unit.h"

#define CN (SHR_NUM_CHINESE | SHR_NUM_SIGN)
#define CNSP (SHR_NUM_CHINESE | SHR_NUM_SIGN | SHR_NUM_SPACES)

/* A number scanned from the start of text: the bytes taken and the value. */
typedef struct NumberRow
{
	const char *text;
	unsigned	flags;
	const char *taken;			/* the prefix of text the scanner consumes */
	const char *value;			/* shr_decimal_format of the value */
	const char *mag;			/* magnitude word kept for printing */
} NumberRow;

static const NumberRow numbers[] = {
	/* financial capitals, with 零 万 亿 shared with plain numerals */
	{"壹仟贰佰元整", CN, "壹仟贰佰", "1200", ""},
	{"叁拾伍万元", CN, "叁拾伍万", "35", "万"},
	{"贰拾", CN, "贰拾", "20", ""},
	{"拾万", CN, "拾万", "10", "万"},
	{"壹佰零伍", CN, "壹佰零伍", "105", ""},
	{"玖仟玖佰玖拾玖", CN, "玖仟玖佰玖拾玖", "9999", ""},
	{"陸拾貳", CN, "陸拾貳", "62", ""},
	{"參仟肆佰", CN, "參仟肆佰", "3400", ""},
	{"壹亿贰仟万", CN, "壹亿贰仟万", "120000000", ""},
	{"柒萬捌仟", CN, "柒萬捌仟", "78000", ""},
	/* a numeral is in one case: capitals are words beside a plain one */
	{"一万陆续", CN, "一万", "1", "万"},
	{"三伍", CN, "三", "3", ""},
	{"壹三", CN, "壹", "1", ""},
	{"壹千", CN, "壹", "1", ""},
	{"伍元", CN, "伍", "5", ""},
	/* traditional forms */
	{"三萬五千人", CN, "三萬五千", "35000", ""},
	{"兩萬畝", CN, "兩萬", "2", "万"},
	{"兩千兩百", CN, "兩千兩百", "2200", ""},
	{"五點五%", CN, "五點五", "5.5", ""},
	{"負五點五%", CN, "負五點五", "-5.5", ""},
	{"三點五萬億元", CN, "三點五萬億", "3.5", "万亿"},
	{"一億", CN, "一億", "1", "亿"},
	/* a fraction after a numeral with 万 or 亿, but no magnitude word then */
	{"一万二千三百四十五点六七", CN, "一万二千三百四十五点六七", "12345.67", ""},
	{"一亿零五点二五", CN, "一亿零五点二五", "100000005.25", ""},
	{"一万零五点五万", CN, "一万零五点五", "10005.5", ""},
	{"三万点五", CN, "三万", "3", "万"},
	{"三千五点五", CN, "三千五", "3500", ""},
	/* fractions: exact when they end, else 18 significant digits */
	{"三分之一以上", CN, "三分之一", "0.333333333333333333", ""},
	{"三分之二", CN, "三分之二", "0.666666666666666667", ""},
	{"五分之二的", CN, "五分之二", "0.4", ""},
	{"四分之三", CN, "四分之三", "0.75", ""},
	{"二分之一", CN, "二分之一", "0.5", ""},
	{"十分之一", CN, "十分之一", "0.1", ""},
	{"一百分之一", CN, "一百分之一", "0.01", ""},
	{"七分之一", CN, "七分之一", "0.142857142857142857", ""},
	{"三万分之一", CN, "三万分之一", "0.0000333333333333333333", ""},
	{"四分之一点五", CN, "四分之一点五", "0.375", ""},
	{"八分之3", CN, "八分之3", "0.375", ""},
	{"万分之五", CN, "万分之五", "0.0005", ""},
	{"万分之万", CN, "万分之万", "1", ""},
	{"负三分之一", CN, "负三分之一", "-0.333333333333333333", ""},
	{"三分之", CN, "三", "3", ""},
	{"三分钟", CN, "三", "3", ""},
	/* Arabic digits between Chinese place words */
	{"3万4000元", CN, "3万4000", "34000", ""},
	{"25万6千人", CN, "25万6千", "256000", ""},
	{"1千零20", CN, "1千零20", "1020", ""},
	{"1千零5", CN, "1千零5", "1005", ""},
	{"1千200", CN, "1千200", "1200", ""},
	{"1万零500", CN, "1万零500", "10500", ""},
	{"1亿2000万元", CN, "1亿2000万", "120000000", ""},
	{"1万2", CN, "1万2", "12000", ""},
	{"40万3岁", CN, "40万3", "403000", ""},
	{"一千零十二", CN, "一千零十二", "1012", ""},
	{"一万零十二", CN, "一万零十二", "10012", ""},
	{"一百零十", CN, "一百", "100", ""},
	/* a place word with no digit after it is the amount's magnitude word */
	{"3万400", CN, "3", "3", ""},
	{"3万40000", CN, "3", "3", ""},
	{"5千瓦", CN, "5", "5", ""},
	{"25万", CN, "25", "25", ""},
	{"2024年", CN, "2024", "2024", ""},
	{"1,200万3000", CN, "1,200", "1200", ""},
	{"3.5万4000", CN, "3.5", "3.5", ""},
	/* the Arabic scanner alone reads no Chinese place word */
	{"3万4000", 0, "3", "3", ""},
	/* running text's mixed forms: whole groups only */
	{"3万4000人", SHR_NUM_MIXED, "3万4000", "34000", ""},
	{"1亿2000万元", SHR_NUM_MIXED, "1亿2000万", "120000000", ""},
	{"25万6千人", SHR_NUM_MIXED, "25万6千", "256000", ""},
	{"1千零5", SHR_NUM_MIXED, "1千零5", "1005", ""},
	{"40万3岁", SHR_NUM_MIXED, "40", "40", ""},
	{"1万2", SHR_NUM_MIXED, "1", "1", ""},
	{"3万400", SHR_NUM_MIXED, "3", "3", ""},
	{"5千瓦", SHR_NUM_MIXED, "5", "5", ""},
	{"三万四千", SHR_NUM_MIXED, "", "0", ""},
	{"百万亩", SHR_NUM_MIXED, "", "0", ""},
	/* a point without integer part */
	{".5", 0, ".5", "0.5", ""},
	{"．５％", 0, "．５", "0.5", ""},
	{"-.5", SHR_NUM_SIGN, "-.5", "-0.5", ""},
	{"零点五", CN, "零点五", "0.5", ""},
	/* exponents, only when complete */
	{"2e5", 0, "2e5", "200000", ""},
	{"-1.2e-3", SHR_NUM_SIGN, "-1.2e-3", "-0.0012", ""},
	{"1.5E+3吨", 0, "1.5E+3", "1500", ""},
	{"2000e-3", 0, "2000e-3", "2", ""},
	{"1.50e1", 0, "1.50e1", "15.0", ""},
	{"0e999", 0, "0e999", "0", ""},
	{"2e", 0, "2", "2", ""},
	{"2e+", 0, "2", "2", ""},
	{"2E-x", 0, "2", "2", ""},
	{"55Eflops", 0, "55", "55", ""},
	/* white space between a Chinese numeral's characters, when allowed */
	{"一百 五 十 二", CNSP, "一百 五 十 二", "152", ""},
	{"一百　五　十　二", CNSP, "一百　五　十　二", "152", ""},
	{"三 万 元", CNSP, "三 万", "3", "万"},
	{"一百 元", CNSP, "一百", "100", ""},
	{"一百 五 十 二", CN, "一百", "100", ""},
	/* a run of plain digits reads positionally, with its fraction */
	{"二〇二四点五", CN, "二〇二四点五", "2024.5", ""},
	{"一九九八年", CN, "一九九八", "1998", ""},
	{"一带一路", CN, "一", "1", ""},
};

/* Chinese digits side by side: no number, over the bytes they span. */
typedef struct SideRow
{
	const char *text;
	const char *taken;
} SideRow;

static const SideRow side_by_side[] = {
	{"十四五规划", "十四五"},
	{"十三五", "十三五"},
	{"三五千人", "三五千"},
	{"一二三万", "一二三万"},
	{"二〇二四万", "二〇二四万"},
	{"两千五六百", "两千五六百"},
	{"三十四五万", "三十四五万"},
	{"一两万", "一两万"},
	{"两三千", "两三千"},
};

static void
test_numbers(void)
{
	size_t		i;

	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
	{
		const NumberRow *r = &numbers[i];
		size_t		len = strlen(r->text);
		char	   *p = unit_exact_copy(r->text, len);
		char		buf[200];
		ShrNumber	num;
		ShrError	err;
		size_t		n;

		memset(&err, 0, sizeof(err));
		n = shr_number_scan(p, len, r->flags, &num, &err);
		shr_decimal_format(num.value, buf, sizeof(buf));
		CHECK(err.status == SHR_OK);
		CHECK(n == strlen(r->taken));
		CHECK_STR(buf, r->value);
		CHECK_STR(shr_magnitude(num.mag)->word, r->mag);
		if (n != strlen(r->taken) || err.status != SHR_OK)
			fprintf(stderr, "    \"%s\": took %zu bytes (%s), want \"%s\"\n",
					r->text, n, err.detail, r->taken);
		free(p);
	}
}

static void
test_side_by_side(void)
{
	size_t		i;

	for (i = 0; i < sizeof(side_by_side) / sizeof(side_by_side[0]); i++)
	{
		const SideRow *r = &side_by_side[i];
		size_t		len = strlen(r->text);
		char	   *p = unit_exact_copy(r->text, len);
		char		want[200];
		ShrNumber	num;
		ShrError	err;

		memset(&err, 0, sizeof(err));
		CHECK(shr_number_scan(p, len, CN, &num, &err) == strlen(r->taken));
		CHECK(err.status == SHR_ESYNTAX);
		snprintf(want, sizeof(want), "Chinese digits stand side by side in \"%s\": "
				 "a rough range such as 三五千 or a label such as 十四五 is not a number.",
				 r->taken);
		CHECK_STR(err.detail, want);
		free(p);
	}
}

/* Text that is no number at all. */
static void
test_no_number(void)
{
	static const char *const none[] = {"e5", "E5", ".", ".e5", "万分之", "分之一",
	"几万", "幾"};
	size_t		i;

	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
	{
		ShrNumber	num;
		ShrError	err;
		size_t		len = strlen(none[i]);
		char	   *p = unit_exact_copy(none[i], len);

		memset(&err, 0, sizeof(err));
		CHECK(shr_number_scan(p, len, CN, &num, &err) == 0);
		CHECK(err.status == SHR_OK);
		free(p);
	}
}

/* What the types make of each form, printed back, and their round trip. */
static const struct
{
	const char *in;
	const char *out;
}			quantities[] = {
	{"壹仟贰佰元", "1200元"},
	{"叁拾伍万", "35万"},
	{"三萬五千", "35000"},
	{"負五點五%", "-5.5%"},
	{"3萬元", "3万元"},
	{"3千萬元", "3千万元"},
	{"兩萬元", "2万元"},
	{"五分之二", "0.4"},
	{"三分之一", "0.333333333333333333"},
	{"3万4000", "34000"},
	{"25万6千", "256000"},
	{"1千零20", "1020"},
	{"一千零十二", "1012"},
	{"零点五", "0.5"},
	{".5", "0.5"},
	{"一百 五 十 二", "152"},
	{"一百　五　十　二", "152"},
	{"2e5", "200000"},
	{"-1.2e-3", "-0.0012"},
	{"1.5E+3", "1500"},
	{"1e5吨", "100000吨"},
	{"二〇二四点五", "2024.5"},
};

static const struct
{
	const char *in;
	const char *out;
	const char *bound;
}			targets[] = {
	{"三分之一以上", "0.333333333333333333以上", "ge"},
	{"超过三分之二", "超过0.666666666666666667", "gt"},
	{"一千多万", "超过1000万", "gt"},
	{"十多万", "超过10万", "gt"},
	{"二十几万", "超过20万", "gt"},
	{"二十幾萬", "超过20万", "gt"},
	{"500余万", "超过500万", "gt"},
	{"9500多家", "超过9500家", "gt"},
	{"十几个", "超过10个", "gt"},
	{"壹仟贰佰元以上", "1200元以上", "ge"},
	{"约2e5", "200000左右", "approx"},
	{"3万4000-3万5000", "34000-35000", "range"},
};

static void
test_types(void)
{
	size_t		i;
	char		buf[SHR_TARGET_BUFLEN];

	for (i = 0; i < sizeof(quantities) / sizeof(quantities[0]); i++)
	{
		ShrQuantity q = unit_quantity(quantities[i].in);
		ShrQuantity r;

		shr_quantity_format(&q, buf, sizeof(buf));
		CHECK_STR(buf, quantities[i].out);
		r = unit_quantity(buf);
		CHECK(shr_quantity_cmp(&q, &r) == 0);
	}
	for (i = 0; i < sizeof(targets) / sizeof(targets[0]); i++)
	{
		ShrTarget	t = unit_target(targets[i].in);
		ShrTarget	r;

		shr_target_format(&t, buf, sizeof(buf));
		CHECK_STR(buf, targets[i].out);
		CHECK_STR(shr_bound_name(t.bound), targets[i].bound);
		r = unit_target(buf);
		CHECK(shr_target_cmp(&t, &r) == 0);
	}
}

/* Input the types refuse, and why. */
static const struct
{
	const char *in;
	ShrStatus	status;
	const char *detail;
}			refused[] = {
	{"一千多万", SHR_ESYNTAX, "\"一千多万\" is not an exact amount; use the target type."},
	{"二十几万", SHR_ESYNTAX, "\"二十几万\" is not an exact amount; use the target type."},
	{"500余万", SHR_ESYNTAX, "\"500余万\" is not an exact amount; use the target type."},
	{"三分之一以上", SHR_ESYNTAX, "\"三分之一以上\" is not an exact amount; use the target type."},
	{"十四五", SHR_ESYNTAX, "Chinese digits stand side by side in \"十四五\": "
	"a rough range such as 三五千 or a label such as 十四五 is not a number."},
	{"三五千人", SHR_ESYNTAX, "Chinese digits stand side by side in \"三五千\": "
	"a rough range such as 三五千 or a label such as 十四五 is not a number."},
	{"零分之一", SHR_EVALUE, "The denominator of a fraction is zero."},
	{"一带一路", SHR_ESYNTAX, "Unknown unit \"带一路\"."},
	{"2e", SHR_ESYNTAX, "Unknown unit \"e\"."},
	{"e5", SHR_ESYNTAX, "Expected a number, a magnitude word such as 万 or 亿, and a unit."},
	{"3万400", SHR_ESYNTAX, "Unknown unit \"400\"."},
	{"1e999", SHR_EOVERFLOW, "The value is out of the range a quantity can hold."},
	{"1e-121", SHR_EOVERFLOW, "The value is out of the range a quantity can hold."},
};

static void
test_refused(void)
{
	size_t		i;

	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
	{
		ShrQuantity q;
		ShrError	err;
		const char *in = refused[i].in;

		memset(&err, 0, sizeof(err));
		CHECK(shr_quantity_parse(in, strlen(in), &q, &err) == refused[i].status);
		CHECK_STR(err.detail, refused[i].detail);
	}
}

/* A side-by-side run far longer than a detail quotes is cut between characters. */
static void
test_long_run(void)
{
	char		in[3 * 200 + 4];
	ShrNumber	num;
	ShrError	err;
	int			i;

	in[0] = '\0';
	for (i = 0; i < 200; i++)
		strcat(in, i % 2 ? "五" : "三");
	strcat(in, "千");
	memset(&err, 0, sizeof(err));
	CHECK(shr_number_scan(in, strlen(in), CN, &num, &err) == strlen(in));
	CHECK(err.status == SHR_ESYNTAX);
	CHECK(strstr(err.detail, "...\"") != NULL);
	CHECK(shr_utf8_check(err.detail, strlen(err.detail), NULL));
}

int
main(void)
{
	test_numbers();
	test_side_by_side();
	test_no_number();
	test_types();
	test_refused();
	test_long_run();
	return unit_done("test_numerals");
}
