/*
 * test_amount.c
 *		Unit tests of shr_amount_scan, the amount scanner the report parser
 *		runs over running text: where it stops, 多/余, ranges, flags.
 */
#include <stdlib.h>

#include "types/quantity.h"
#include "unit.h"

#define ALL (SHR_SCAN_CHINESE | SHR_SCAN_RANGE | SHR_SCAN_SIGN | SHR_SCAN_SPACES)

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
 * Scan the start of text (copied without a terminator, so that ASan sees a
 * read past len); the amount is the first `taken` bytes of text.
 */
static ShrScan
scan(const char *text, unsigned flags, const char *taken)
{
	size_t		len = strlen(text);
	char	   *p = malloc(len > 0 ? len : 1);
	ShrScan		sc;
	ShrError	err;

	memcpy(p, text, len);
	memset(&err, 0, sizeof(err));
	shr_amount_scan(p, len, flags, &sc, &err);
	CHECK(err.status == SHR_OK);
	CHECK(sc.nbytes == strlen(taken));
	CHECK(strncmp(text, taken, strlen(taken)) == 0);
	if (sc.nbytes != strlen(taken))
		fprintf(stderr, "    \"%s\": took %zu bytes, want \"%s\"\n", text, sc.nbytes, taken);
	free(p);
	return sc;
}

static void
amount(const char *text, unsigned flags, const char *taken, const char *q, bool more)
{
	ShrScan		sc = scan(text, flags, taken);

	CHECK_STR(fmt(&sc.q), q);
	CHECK(sc.more == more);
	CHECK(!sc.is_range);
}

static void
range(const char *text, unsigned flags, const char *taken, const char *lo, const char *hi)
{
	ShrScan		sc = scan(text, flags, taken);

	CHECK(sc.is_range);
	CHECK_STR(fmt(&sc.q), lo);
	CHECK_STR(fmt(&sc.hi), hi);
	CHECK(!sc.more);
}

static void
none(const char *text, unsigned flags)
{
	ShrScan		sc;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_amount_scan(text, strlen(text), flags, &sc, &err) == 0);
	CHECK(sc.nbytes == 0 && err.status == SHR_OK);
}

static void
test_running_text(void)
{
	ShrScan		sc;

	amount("9500多家企业", ALL, "9500多家", "9500家", true);
	amount("700多万人次", ALL, "700多万人次", "700万人次", true);
	amount("1万多人参加", ALL, "1万多人", "1万人", true);
	amount("20余个城市", ALL, "20余个", "20个", true);
	amount("3.5万亿元的", ALL, "3.5万亿元", "3.5万亿元", false);
	amount("5%，比上年", ALL, "5%", "5%", false);
	amount("2024年", ALL, "2024年", "2024年", false);
	amount("1.4亿人口", ALL, "1.4亿人", "1.4亿人", false);
	amount("14亿多", ALL, "14亿多", "14亿", true);
	amount("５％", ALL, "５％", "5%", false);
	amount("9300万千瓦，", ALL, "9300万千瓦", "9300万千瓦", false);
	amount("5千瓦时电", ALL, "5千瓦时", "5千瓦时", false);
	amount("三千五百万元", ALL, "三千五百万元", "3500万元", false);
	amount("两万多人", ALL, "两万多人", "2万人", true);
	amount("百分之五十以上", ALL, "百分之五十", "50%", false);
	amount("3个百分点", ALL, "3个百分点", "3个百分点", false);
	amount("5 万元", ALL, "5 万元", "5万元", false);
	amount("5 ", ALL, "5", "5", false);		/* trailing spaces stay */
	amount("5万 ", ALL, "5万", "5万", false);
	amount("5%-", ALL, "5%", "5%", false);
	amount("5%-a", ALL, "5%", "5%", false);
	amount("5%-6", ALL, "5%", "5%", false);	/* a bare high end is not a range */
	amount("1,200万元", ALL, "1,200万元", "1200万元", false);
	amount("-5%", ALL, "-5%", "-5%", false);

	/* flags */
	amount("5 万元", SHR_SCAN_RANGE, "5", "5", false);
	amount("5%-5.5%", SHR_SCAN_CHINESE, "5%", "5%", false);
	amount("-5%", 0, "", "0", false);
	none("-5%", 0);
	none("三千五百万元", SHR_SCAN_RANGE);
	amount("十二万个", SHR_SCAN_CHINESE, "十二万个", "12万个", false);

	none("", ALL);
	none("增长5%", ALL);
	none("万元", ALL);
	none("%", ALL);

	/* never past len */
	{
		ShrError	err;

		memset(&err, 0, sizeof(err));
		CHECK(shr_amount_scan("5千瓦时", strlen("5千瓦"), ALL, &sc, &err) == strlen("5千瓦"));
		CHECK_STR(fmt(&sc.q), "5千瓦");
		CHECK(shr_amount_scan("9500多家", strlen("9500多"), ALL, &sc, &err) == strlen("9500多"));
		CHECK(sc.more && !sc.has_unit);
		CHECK(shr_amount_scan("5%-5.5%", strlen("5%-5.5"), ALL, &sc, &err) == strlen("5%"));
		CHECK(!sc.is_range);
	}

	sc = scan("9.2万亿元", ALL, "9.2万亿元");
	CHECK(sc.has_unit && !sc.chinese);
	sc = scan("两万", ALL, "两万");
	CHECK(!sc.has_unit && sc.chinese);
}

static void
test_ranges(void)
{
	range("5%-5.5%，", ALL, "5%-5.5%", "5%", "5.5%");
	range("5%～5.5%", ALL, "5%～5.5%", "5%", "5.5%");
	range("5%~5.5%", ALL, "5%~5.5%", "5%", "5.5%");
	range("5%〜5.5%", ALL, "5%〜5.5%", "5%", "5.5%");
	range("5%–5.5%", ALL, "5%–5.5%", "5%", "5.5%");
	range("5%—5.5%", ALL, "5%—5.5%", "5%", "5.5%");
	range("5%－5.5%", ALL, "5%－5.5%", "5%", "5.5%");
	range("6-6.5%左右", ALL, "6-6.5%", "6%", "6.5%");
	range("5至5.5%", ALL, "5至5.5%", "5%", "5.5%");
	range("5到6个", ALL, "5到6个", "5个", "6个");
	range("1-2个", ALL, "1-2个", "1个", "2个");
	range("3000-5000万元", ALL, "3000-5000万元", "3000万元", "5000万元");
	range("1万-2万人", ALL, "1万-2万人", "1万人", "2万人");
	range("1-2", ALL, "1-2", "1", "2");
	range("5% - 6%", ALL, "5% - 6%", "5%", "6%");
	range("三至五年", ALL, "三至五年", "3年", "5年");
	range("-5%--3%", ALL, "-5%--3%", "-5%", "-3%");
	range("500公斤-1吨", ALL, "500公斤-1吨", "500公斤", "1吨");
	range("5%-6个", ALL, "5%-6个", "5%", "6个");	/* the target type rejects it */
	{
		ShrScan		sc = scan("9500多-1万家", ALL, "9500多");

		CHECK(!sc.is_range && sc.more);
	}
}

static void
test_overflow(void)
{
	ShrScan		sc;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	CHECK(shr_amount_scan("1234567890123456789元", strlen("1234567890123456789元"),
						  ALL, &sc, &err) > 0);
	CHECK(err.status == SHR_EOVERFLOW);
	memset(&err, 0, sizeof(err));
	CHECK(shr_amount_scan("5-1234567890123456789元", strlen("5-1234567890123456789元"),
						  ALL, &sc, &err) > 0);
	CHECK(err.status == SHR_EOVERFLOW);
}

/* Seed of this program's pseudo-random inputs. */
static uint64_t rng_state = UINT64_C(0x2545F4914F6CDD1D);


/* Random text: the scan stays within len and what it returns is valid. */
static void
test_fuzz(void)
{
	static const char *const pieces[] = {
		"0", "7", "12", "3.5", ".", ",", "，", "９", "．", "-", "－", "—", "～", "至",
		"到", "万", "亿", "千", "十", "多", "余", "一", "两", "三", "零", "点",
		"百分之", "元", "%", "吨", "千瓦", "时", "个", "百分点", "人", "次", " ",
		"　", "的", "\xE4\xB8", "\xFF", "\0",
	};
	int			npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	int			iter;
	int			found = 0;

	for (iter = 0; iter < 4000; iter++)
	{
		size_t		len;
		char	   *buf;
		ShrScan		sc;
		ShrError	err;
		size_t		n;

		buf = unit_random_text(pieces, npieces, 10, 6, &rng_state, &len);
		memset(&err, 0, sizeof(err));
		n = shr_amount_scan(buf, len, (unsigned) (unit_rng(&rng_state) % 16), &sc, &err);
		CHECK(n <= len && n == sc.nbytes);
		if (n > 0 && err.status == SHR_OK)
		{
			found++;
			CHECK(shr_quantity_validate(&sc.q, &err) == SHR_OK);
			if (sc.is_range)
				CHECK(shr_quantity_validate(&sc.hi, &err) == SHR_OK);
		}
		free(buf);
	}
	CHECK(found > 500);
}

int
main(void)
{
	test_running_text();
	test_ranges();
	test_overflow();
	test_fuzz();
	return unit_done("test_amount");
}
