/*
 * markers.c
 *		Heading markers: 一、 （一） 一是 第一， 1. （1） ① at the start of a
 *		line, and the numeral standing in for a marker not written.
 */
#include <string.h>

#include "reader/scan_int.h"

/* Bytes of a run of Chinese numeral digits at b (at most three). */
static uint32_t
cn_run(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	i = b,
				n;
	int			k = 0;

	while (k < 3 && cn_digit(cp_at(sc, i, e, &n)) >= 0)
	{
		i += n;
		k++;
	}
	return i - b;
}

/* Bytes of a run of one or two Arabic digits at b, not followed by a third. */
static uint32_t
ar_run(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	i = b,
				n;
	int			k = 0;

	while (shr_digit_value(cp_at(sc, i, e, &n)) >= 0)
	{
		if (++k > 2)
			return 0;
		i += n;
	}
	return i - b;
}

/* Set the marker's label to text[b..b+n) followed by the string tail. */
static void
set_label(const Scanner *sc, Marker *m, const char *head, uint32_t b, uint32_t n,
		  const char *tail)
{
	size_t		lh = strlen(head),
				lt = strlen(tail);

	if (lh + n + lt >= sizeof(m->label))
		n = 0;
	memcpy(m->label, head, lh);
	memcpy(m->label + lh, sc->text + b, n);
	memcpy(m->label + lh + n, tail, lt);
	m->label[lh + n + lt] = '\0';
}

/*
 * The heading marker at the start of text[b..e), if any: 一、 (part), （一）
 * (一) (section), 一是 第一， 1. （1） ① (item).
 */
Marker
sc_find_marker(const Scanner *sc, uint32_t b, uint32_t e)
{
	Marker		m;
	uint32_t	n,
				k,
				cp,
				c2;

	memset(&m, 0, sizeof(m));
	cp = cp_at(sc, b, e, &n);
	if ((k = cn_run(sc, b, e)) > 0)
	{
		uint32_t	n2;

		c2 = cp_at(sc, b + k, e, &n2);
		if (c2 == 0x3001)		/* 、 */
		{
			uint32_t	k2 = cn_run(sc, b + k + n2, e),
						n3;

			/* "一、二、三产业" lists numerals; it is no heading. */
			if (k2 > 0 && cp_at(sc, b + k + n2 + k2, e, &n3) == 0x3001)
				return m;
			m.kind = SHR_NODE_PART;
			m.len = k + n2;
			set_label(sc, &m, "", b, k, "");
		}
		else if (c2 == 0x662F)	/* 是 */
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_SHI;
			m.len = k + n2;
			set_label(sc, &m, "", b, k + n2, "");
		}
		return m;
	}
	if (cp == 0x7B2C)			/* 第 */
	{
		uint32_t	n2;

		k = cn_run(sc, b + n, e);
		c2 = cp_at(sc, b + n + k, e, &n2);
		if (k > 0 && (c2 == 0xFF0C || c2 == ',' || c2 == 0x3001 || c2 == 0xFF1A))
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_DI;
			m.len = n + k + n2;
			set_label(sc, &m, "", b, n + k, "");
		}
		return m;
	}
	if (cp == 0xFF08 || cp == '(')	/* （ ( */
	{
		uint32_t	n2;

		if ((k = cn_run(sc, b + n, e)) > 0)
		{
			c2 = cp_at(sc, b + n + k, e, &n2);
			if (c2 == 0xFF09 || c2 == ')')
			{
				m.kind = SHR_NODE_SECTION;
				m.len = n + k + n2;
				set_label(sc, &m, "（", b + n, k, "）");
			}
		}
		else if ((k = ar_run(sc, b + n, e)) > 0)
		{
			c2 = cp_at(sc, b + n + k, e, &n2);
			if (c2 == 0xFF09 || c2 == ')')
			{
				m.kind = SHR_NODE_ITEM;
				m.style = STYLE_PNUM;
				m.len = n + k + n2;
				set_label(sc, &m, "（", b + n, k, "）");
			}
		}
		return m;
	}
	if ((k = ar_run(sc, b, e)) > 0)
	{
		uint32_t	n2,
					n3;

		c2 = cp_at(sc, b + k, e, &n2);
		/* 1. 1． 1、 but not a decimal such as 1.5万 (see scan_line) */
		if ((c2 == '.' || c2 == 0xFF0E || c2 == 0x3001) && b + k + n2 < e)
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_NUM;
			m.len = k + n2;
			m.ambiguous = c2 != 0x3001 && shr_digit_value(cp_at(sc, b + k + n2, e, &n3)) >= 0;
			for (uint32_t i = b; i < b + k; i += n3)
				m.num = m.num * 10 + shr_digit_value(cp_at(sc, i, e, &n3));
			set_label(sc, &m, "", b, k, ".");
		}
		return m;
	}
	if (cp >= 0x2460 && cp <= 0x2473 && b + n < e)	/* ① .. ⑳ */
	{
		m.kind = SHR_NODE_ITEM;
		m.style = STYLE_CIRCLE;
		m.len = n;
		set_label(sc, &m, "", b, n, "");
	}
	return m;
}

/* Write n (1..99) as a Chinese numeral into buf (>= 10 bytes). */
void
sc_cn_numeral(int n, char *buf)
{
	static const char *const d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

	buf[0] = '\0';
	if (n <= 0 || n > 99)
	{
		/* Beyond what reports number: fall back to Arabic digits. */
		int			k = 0;
		char		tmp[12];

		if (n <= 0)
			n = 0;
		do
		{
			tmp[k++] = (char) ('0' + n % 10);
			n /= 10;
		} while (n > 0);
		for (int i = 0; i < k; i++)
			buf[i] = tmp[k - 1 - i];
		buf[k] = '\0';
		return;
	}
	if (n >= 20)
		strcat(buf, d[n / 10]);
	if (n >= 10)
		strcat(buf, "十");
	strcat(buf, d[n % 10]);
}
