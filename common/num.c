/* SPDX-License-Identifier: ISC */
/*
 * Strict decimal parsing, exact mixed-kind comparison and exponent-free
 * formatting.  Integers never pass through double, so Counter64 values above
 * 2^53 compare and print exactly.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "snmp.h"

void
num_from_int(struct num *n, int64_t v)
{
	memset(n, 0, sizeof(*n));
	n->kind = NUM_INT;
	n->i = v;
}

void
num_from_uint(struct num *n, uint64_t v)
{
	memset(n, 0, sizeof(*n));
	if (v <= INT64_MAX) {
		n->kind = NUM_INT;
		n->i = (int64_t)v;
	} else {
		n->kind = NUM_UINT;
		n->u = v;
	}
}

void
num_from_double(struct num *n, double v)
{
	memset(n, 0, sizeof(*n));
	n->kind = NUM_DOUBLE;
	n->d = v;
}

int
num_parse(struct num *n, const char *s)
{
	const char *p = s, *digits;
	uint64_t v = 0;
	int neg = 0, overflow = 0, frac = 0;
	char *end;
	double d;

	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	digits = p;
	while (*p >= '0' && *p <= '9') {
		if (v > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
			overflow = 1;
		else
			v = v * 10 + (uint64_t)(*p - '0');
		p++;
	}
	if (*p == '.') {
		frac = 1;
		p++;
		if (p == digits + 1 && !(*p >= '0' && *p <= '9'))
			return SNMP_E_SYNTAX;
		while (*p >= '0' && *p <= '9')
			p++;
	} else if (p == digits)
		return SNMP_E_SYNTAX;
	if (*p != '\0')
		return SNMP_E_SYNTAX;
	if (!frac && !overflow) {
		if (!neg) {
			num_from_uint(n, v);
			return SNMP_OK;
		}
		if (v <= (uint64_t)INT64_MAX + 1) {
			num_from_int(n, v == (uint64_t)INT64_MAX + 1 ?
			    INT64_MIN : -(int64_t)v);
			return SNMP_OK;
		}
	}
	d = strtod(s, &end);
	if (*end != '\0' || d != d || d > 1e308 || d < -1e308)
		return SNMP_E_RANGE;
	num_from_double(n, d);
	return SNMP_OK;
}

double
num_to_double(const struct num *n)
{
	switch (n->kind) {
	case NUM_INT:
		return (double)n->i;
	case NUM_UINT:
		return (double)n->u;
	}
	return n->d;
}

/* Compare a double with a signed integer, exactly. */
static int
cmp_dbl_int(double d, int64_t x)
{
	double t;
	int64_t ti;

	if (d >= 9223372036854775808.0)
		return 1;
	if (d < -9223372036854775808.0)
		return -1;
	ti = (int64_t)d;	/* truncates; |d| < 2^63 here */
	t = (double)ti;
	if (ti != x)
		return ti < x ? -1 : 1;
	if (d > t)
		return 1;
	return d < t ? -1 : 0;
}

static int
cmp_dbl_uint(double d, uint64_t x)
{
	double t;
	uint64_t tu;

	if (d < 0)
		return -1;
	if (d >= 18446744073709551616.0)
		return 1;
	tu = (uint64_t)d;
	t = (double)tu;
	if (tu != x)
		return tu < x ? -1 : 1;
	return d > t ? 1 : 0;
}

int
num_cmp(const struct num *a, const struct num *b)
{
	if (a->kind == NUM_DOUBLE && b->kind == NUM_DOUBLE)
		return a->d < b->d ? -1 : a->d > b->d ? 1 : 0;
	if (a->kind == NUM_DOUBLE)
		return b->kind == NUM_INT ? cmp_dbl_int(a->d, b->i) :
		    cmp_dbl_uint(a->d, b->u);
	if (b->kind == NUM_DOUBLE)
		return -num_cmp(b, a);
	if (a->kind == NUM_INT && b->kind == NUM_INT)
		return a->i < b->i ? -1 : a->i > b->i ? 1 : 0;
	if (a->kind == NUM_UINT && b->kind == NUM_UINT)
		return a->u < b->u ? -1 : a->u > b->u ? 1 : 0;
	/* A NUM_UINT is always above INT64_MAX. */
	return a->kind == NUM_UINT ? 1 : -1;
}

size_t
num_u64_text(char *buf, uint64_t u)
{
	char tmp[NUM_INT_TEXT_MAX];
	size_t n = 0, i;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
	return n;
}

size_t
num_i64_text(char *buf, int64_t i)
{
	if (i >= 0)
		return num_u64_text(buf, (uint64_t)i);
	buf[0] = '-';
	/* -(i + 1) + 1: no overflow for INT64_MIN */
	return 1 + num_u64_text(buf + 1, (uint64_t)(-(i + 1)) + 1);
}

/* text[0..len) into buf as snprintf would: cut to cap, NUL-terminated. */
static size_t
put_cut(char *buf, size_t cap, const char *text, size_t len)
{
	if (len >= cap)
		len = cap - 1;
	memcpy(buf, text, len);
	buf[len] = '\0';
	return len;
}

/* What the fast path of num_fixed() cannot decide exactly: snprintf. */
static size_t
fixed_slow(char *buf, size_t cap, double x, int decimals, int trim)
{
	int len;
	char *p;

	len = snprintf(buf, cap, "%.*f", decimals, x);
	if (len < 0) {
		buf[0] = '\0';
		return 0;
	}
	if (trim && (size_t)len < cap && strchr(buf, '.') != NULL) {
		p = buf + len - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
		len = (int)strlen(buf);
		if (strcmp(buf, "-0") == 0) {
			buf[0] = '0';
			buf[1] = '\0';
			len = 1;
		}
	}
	return (size_t)len < cap ? (size_t)len : cap - 1;
}

/*
 * The digits of "%.*f" without stdio for the numbers plugins print
 * (|x| < 2^53, at most six decimals): the integer part is exact, and the
 * fraction scaled by 10^decimals is within 2^-32 of the exact product, so
 * rounding it decides as printf's exact rounding does unless the scaled
 * fraction lies within 10^-6 of a half: those, and everything else, go to
 * snprintf.
 */
size_t
num_fixed(char *buf, size_t cap, double x, int decimals, int trim)
{
	static const double scale[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
	char tmp[NUM_INT_TEXT_MAX * 2 + 4];
	double ax, f, r, fr;
	uint64_t ip, n;
	size_t len = 0, i;
	int neg;

	if (cap == 0)
		return 0;
	if (decimals == 0)
		trim = 0;	/* no point, nothing to trim (as fixed_slow) */
	neg = signbit(x) != 0;
	ax = neg ? -x : x;
	if (!isfinite(x) || decimals < 0 || decimals > 6 ||
	    ax >= 9007199254740992.0)
		return fixed_slow(buf, cap, x, decimals, trim);
	ip = (uint64_t)ax;
	f = ax - (double)ip;
	r = f * scale[decimals];
	n = (uint64_t)r;
	fr = r - (double)n;
	if (fr > 0.5 - 1e-6 && fr < 0.5 + 1e-6)
		return fixed_slow(buf, cap, x, decimals, trim);
	if (fr > 0.5)
		n++;
	if ((double)n >= scale[decimals]) {
		ip++;
		n = 0;
	}
	if (neg && !(trim && ip == 0 && n == 0))
		tmp[len++] = '-';
	len += num_u64_text(tmp + len, ip);
	if (decimals > 0 && !(trim && n == 0)) {
		tmp[len++] = '.';
		for (i = (size_t)decimals; i > 0; i--) {
			tmp[len + i - 1] = (char)('0' + n % 10);
			n /= 10;
		}
		len += (size_t)decimals;
		if (trim) {
			while (tmp[len - 1] == '0')
				len--;
		}
	}
	return put_cut(buf, cap, tmp, len);
}

size_t
num_format(const struct num *n, char *buf, size_t cap)
{
	char tmp[NUM_INT_TEXT_MAX];
	size_t len;

	if (cap == 0)
		return 0;
	switch (n->kind) {
	case NUM_INT:
		len = num_i64_text(tmp, n->i);
		break;
	case NUM_UINT:
		len = num_u64_text(tmp, n->u);
		break;
	default:
		return num_fixed(buf, cap, n->d, 6, 1);
	}
	return put_cut(buf, cap, tmp, len);
}

int
num_valid_fmt(const char *f)
{
	int conv = 0;

	for (; *f != '\0'; f++) {
		if (*f != '%')
			continue;
		if (*++f == '%')
			continue;
		if (conv++)
			return 0;
		f += strspn(f, "-+ #0");
		f += strspn(f, "0123456789");
		if (*f == '.') {
			f++;
			f += strspn(f, "0123456789");
		}
		if (*f == '\0' || strchr("fFeEgG", *f) == NULL)
			return 0;
	}
	return conv == 1;
}
