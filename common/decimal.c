/* SPDX-License-Identifier: ISC */
/*
 * Exact decimals (decimal.h).  A number is its significant digits and a
 * power of ten, so that 5 x 10^-24 and 3 x 10^24 compare and print as
 * what they are; RFC 3433 sensor values need nothing more.
 */
#include <string.h>

#include "decimal.h"
#include "snmp.h"

/* Drop leading and trailing zeros of d[0..n), adjusting the exponent. */
static void
normalise(struct dec *x)
{
	size_t lead = 0;

	while (lead < x->n && x->d[lead] == '0')
		lead++;
	memmove(x->d, x->d + lead, x->n - lead);
	x->n -= lead;
	while (x->n > 0 && x->d[x->n - 1] == '0') {
		x->n--;
		x->exp++;
	}
	if (x->n == 0)
		x->neg = x->exp = 0;
}

void
dec_from_raw(struct dec *x, int64_t raw, int exp)
{
	char buf[24];
	uint64_t m = raw < 0 ? 0 - (uint64_t)raw : (uint64_t)raw;
	size_t i = sizeof(buf);

	memset(x, 0, sizeof(*x));
	do {
		buf[--i] = (char)('0' + m % 10);
		m /= 10;
	} while (m > 0);
	x->n = sizeof(buf) - i;
	memcpy(x->d, buf + i, x->n);
	x->neg = raw < 0;
	x->exp = exp;
	normalise(x);
}

int
dec_parse(struct dec *x, const char *s)
{
	const char *p = s;
	size_t ndig = 0, nonzero = 0;
	int frac = 0, point = 0;

	memset(x, 0, sizeof(*x));
	if (*p == '+' || *p == '-')
		x->neg = *p++ == '-';
	for (; *p != '\0'; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (*p < '0' || *p > '9')
			return SNMP_E_SYNTAX;
		ndig++;
		frac += point;
		/* leading zeros are not kept: they count for nothing */
		if (*p == '0' && nonzero == 0)
			continue;
		if (x->n == DEC_DIGITS)
			return SNMP_E_RANGE;
		x->d[x->n++] = *p;
		nonzero++;
	}
	if (ndig == 0)
		return SNMP_E_SYNTAX;
	x->exp = -frac;
	normalise(x);
	return SNMP_OK;
}

/* |a| against |b|. */
static int
cmp_mag(const struct dec *a, const struct dec *b)
{
	/* the power of ten just above the leading digit decides first */
	long oa = (long)a->n + a->exp, ob = (long)b->n + b->exp;
	size_t i, n = a->n > b->n ? a->n : b->n;
	char ca, cb;

	if (a->n == 0 || b->n == 0)
		return (a->n > 0) - (b->n > 0);
	if (oa != ob)
		return oa < ob ? -1 : 1;
	for (i = 0; i < n; i++) {
		ca = i < a->n ? a->d[i] : '0';
		cb = i < b->n ? b->d[i] : '0';
		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
	return 0;
}

int
dec_cmp(const struct dec *a, const struct dec *b)
{
	int sa = a->n == 0 ? 0 : a->neg ? -1 : 1;
	int sb = b->n == 0 ? 0 : b->neg ? -1 : 1;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	return sa < 0 ? -cmp_mag(a, b) : cmp_mag(a, b);
}

size_t
dec_text(char *buf, size_t cap, int64_t raw, int exp)
{
	char digits[24], out[DEC_TEXT_MAX + 48];
	uint64_t m = raw < 0 ? 0 - (uint64_t)raw : (uint64_t)raw;
	size_t nd = 0, len = 0, i, width;

	do {
		digits[nd++] = (char)('0' + m % 10);
		m /= 10;
	} while (m > 0);
	if (exp > 40)
		exp = 40;
	if (exp < -40)
		exp = -40;
	if (raw < 0)
		out[len++] = '-';
	/* at least one digit before the point */
	width = exp < 0 && nd <= (size_t)-exp ? (size_t)-exp + 1 : nd;
	for (i = width; i > 0; i--) {
		out[len++] = i <= nd ? digits[i - 1] : '0';
		if (exp < 0 && i == (size_t)-exp + 1)
			out[len++] = '.';
	}
	for (i = 0; exp > 0 && raw != 0 && i < (size_t)exp; i++)
		out[len++] = '0';
	out[len] = '\0';
	if (cap > 0) {
		i = len < cap ? len : cap - 1;
		memcpy(buf, out, i);
		buf[i] = '\0';
	}
	return len;
}

int
dec_range_parse(struct dec_range *r, const char *s)
{
	struct range syn;
	const char *p, *colon;
	char lo[RANGE_TEXT_MAX];
	size_t n;

	memset(r, 0, sizeof(*r));
	/* the grammar and its messages are the threshold module's */
	if (range_parse(&syn, s) != SNMP_OK)
		return SNMP_E_SYNTAX;
	memcpy(r->text, syn.text, sizeof(r->text));
	r->inside = syn.inside;
	r->has_lo = syn.has_start;
	r->has_hi = syn.has_end;
	p = s + (syn.inside ? 1 : 0);
	if ((colon = strchr(p, ':')) == NULL)
		return dec_parse(&r->hi, p) == SNMP_OK ? SNMP_OK : SNMP_E_SYNTAX;
	if (r->has_lo) {
		n = (size_t)(colon - p);
		memcpy(lo, p, n);
		lo[n] = '\0';
		if (dec_parse(&r->lo, lo) != SNMP_OK)
			return SNMP_E_SYNTAX;
	}
	if (r->has_hi && dec_parse(&r->hi, colon + 1) != SNMP_OK)
		return SNMP_E_SYNTAX;
	/* range_parse compared in binary; this is exact */
	if (r->has_lo && r->has_hi && dec_cmp(&r->lo, &r->hi) > 0)
		return SNMP_E_SYNTAX;
	return SNMP_OK;
}

int
dec_range_alert(const struct dec_range *r, const struct dec *v)
{
	int within = 1;

	if (r->has_lo && dec_cmp(v, &r->lo) < 0)
		within = 0;
	if (r->has_hi && dec_cmp(v, &r->hi) > 0)
		within = 0;
	return r->inside ? within : !within;
}
