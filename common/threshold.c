/* SPDX-License-Identifier: ISC */
/*
 * Nagios plugin development guidelines, "Threshold and ranges":
 *   10      alert if < 0 or > 10
 *   10:     alert if < 10
 *   ~:10    alert if > 10
 *   10:20   alert if < 10 or > 20
 *   @10:20  alert if >= 10 and <= 20
 * Numbers are parsed strictly (num_parse), with two readings every
 * monitoring-plugins plugin has (lib/utils_base.c, strtod): an empty START
 * is 0 (":10" is "0:10", as check_snmp 2.3.3 reads it, which is what the
 * guidelines' "10" means too), and a number may have a decimal exponent
 * ("~:1e3"; the perfdata text gets the plain number, perfdata has no
 * exponents).  A start above the end is rejected rather than silently
 * never matching, and range_why() says so.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "snmp.h"
#include "threshold.h"

/* How long the plain form of a number with an exponent may get. */
#define PLAIN_MAX	48

/*
 * "1.5e+1" as plain decimal text "15" into out (PLAIN_MAX): the mantissa's
 * digits with the point moved.  SNMP_E_SYNTAX when s is no
 * [+-]digits[.digits](e|E)[+-]digits, SNMP_E_RANGE when the plain form
 * would be too long (1e400: check_snmp's strtod made it infinity).
 */
static int
plain_decimal(const char *s, char *out)
{
	const char *e = strpbrk(s, "eE"), *p = s;
	char digits[PLAIN_MAX];
	size_t nd = 0, k = 0, i;
	long point = -1, exp, len;
	char *end;

	if (*p == '+' || *p == '-')
		p++;
	for (; p < e; p++) {
		if (*p == '.' && point < 0)
			point = (long)nd;
		else if (*p >= '0' && *p <= '9' && nd < sizeof(digits))
			digits[nd++] = *p;
		else
			return *p == '.' || !isdigit((unsigned char)*p) ?
			    SNMP_E_SYNTAX : SNMP_E_RANGE;
	}
	if (nd == 0 || !(isdigit((unsigned char)e[1]) || ((e[1] == '+' ||
	    e[1] == '-') && isdigit((unsigned char)e[2]))))
		return SNMP_E_SYNTAX;
	exp = strtol(e + 1, &end, 10);
	if (*end != '\0')
		return SNMP_E_SYNTAX;
	/* far beyond what a plain number here can hold (and no overflow) */
	if (exp > PLAIN_MAX || exp < -PLAIN_MAX)
		return SNMP_E_RANGE;
	point = (point < 0 ? (long)nd : point) + exp;
	/* the plain form's length: sign, integer part, point, zeros, digits */
	len = (*s == '-') + (point > 0 ? point : 1) + 1;
	if (point < (long)nd)
		len += 1 + (point < 0 ? -point : 0) +
		    ((long)nd - (point > 0 ? point : 0));
	if (len > PLAIN_MAX)
		return SNMP_E_RANGE;
	if (*s == '-')
		out[k++] = '-';
	for (i = 0; (long)i < point || (long)i < 1; i++)
		out[k++] = point <= 0 ? '0' : i < nd ? digits[i] : '0';
	if (point < (long)nd) {
		out[k++] = '.';
		for (; point < 0; point++)
			out[k++] = '0';
		for (i = (size_t)point; i < nd; i++)
			out[k++] = digits[i];
	}
	out[k] = '\0';
	return SNMP_OK;
}

/*
 * One number of a range: num_parse(), or with an exponent its plain form
 * (written to plain, else plain is left empty).
 */
static int
range_number(struct num *n, const char *s, char *plain)
{
	int rc;

	plain[0] = '\0';
	if (strpbrk(s, "eE") == NULL)
		return num_parse(n, s) == SNMP_OK ? SNMP_OK : SNMP_E_SYNTAX;
	if ((rc = plain_decimal(s, plain)) != SNMP_OK)
		return rc;
	return num_parse(n, plain) == SNMP_OK ? SNMP_OK : SNMP_E_RANGE;
}

int
range_parse(struct range *r, const char *s)
{
	char buf[RANGE_TEXT_MAX], lo[PLAIN_MAX], hi[PLAIN_MAX];
	const char *hip = buf, *colon;
	size_t len = strlen(s);
	int rc, rewrite = 0;

	memset(r, 0, sizeof(*r));
	if (len == 0 || len >= sizeof(r->text))
		return SNMP_E_SYNTAX;
	memcpy(r->text, s, len + 1);
	if (*s == '@') {
		r->inside = 1;
		s++;
	}
	memcpy(buf, s, strlen(s) + 1);
	lo[0] = hi[0] = '\0';
	r->has_start = 1;
	num_from_int(&r->start, 0);
	if ((colon = strchr(buf, ':')) != NULL) {
		buf[colon - buf] = '\0';
		hip = colon + 1;
		if (strcmp(buf, "~") == 0)
			r->has_start = 0;
		else if (buf[0] == '\0')
			rewrite = 1;	/* ":10" is "0:10" */
		else if ((rc = range_number(&r->start, buf, lo)) != SNMP_OK)
			return rc;
	}
	if (colon == NULL || *hip != '\0') {
		if ((rc = range_number(&r->end, hip, hi)) != SNMP_OK)
			return rc;
		r->has_end = 1;
	}
	if (r->has_start && r->has_end && num_cmp(&r->start, &r->end) > 0)
		return SNMP_E_SYNTAX;
	/* rewritten plainly; a plain form too long for perfdata is refused */
	if ((rewrite || lo[0] != '\0' || hi[0] != '\0') &&
	    snprintf(r->text, sizeof(r->text), "%s%s%s%s", r->inside ?
	    "@" : "", colon == NULL ? "" : !r->has_start ? "~" :
	    lo[0] != '\0' ? lo : buf[0] != '\0' ? buf : "0",
	    colon != NULL ? ":" : "", hi[0] != '\0' ? hi : hip) >=
	    (int)sizeof(r->text))
		return SNMP_E_RANGE;
	return SNMP_OK;
}

/*
 * check_snmp 2.3.3 reads "MAX:MIN" (a start above the end, no "@") as
 * "@MIN:MAX", alerting inside, "for backwards compatibility" with older
 * check_snmp versions whose help said so.
 */
int
range_parse_check_snmp(struct range *r, const char *s)
{
	char swapped[RANGE_TEXT_MAX + 1];
	const char *colon = strchr(s, ':');
	int rc;

	if ((rc = range_parse(r, s)) != SNMP_E_SYNTAX || *s == '@' ||
	    colon == NULL || colon[1] == '\0' || *s == ':' || *s == '~')
		return rc;
	snprintf(swapped, sizeof(swapped), "@%s:%.*s", colon + 1,
	    (int)(colon - s), s);
	if (range_parse(r, swapped) != SNMP_OK)
		return rc;
	return SNMP_OK;
}

/*
 * A range that does not parse, but does with its two numbers swapped, has
 * its start above its end: say so rather than only the grammar.  Units
 * (NULL: plain numbers) as range_parse_units() takes them; a '%' after a
 * number (limit.c) is left out, it does not change the order.
 */
const char *
range_why(const char *text, const struct unit *units)
{
	static const char reversed[] = "its start is greater than its end; ";
	char buf[RANGE_TEXT_MAX], swapped[RANGE_TEXT_MAX];
	const char *colon, *p = text;
	struct range r;
	size_t n = 0, at = 0;

	if (strlen(text) >= sizeof(buf))
		return "";
	for (; *p != '\0'; p++) {
		if (*p != '%')
			buf[n++] = *p;
	}
	buf[n] = '\0';
	if (buf[0] == '@')
		at = 1;
	if ((colon = strchr(buf + at, ':')) == NULL || colon == buf + at ||
	    colon[1] == '\0' || strchr(colon + 1, ':') != NULL)
		return "";
	snprintf(swapped, sizeof(swapped), "%.*s%s:%.*s", (int)at, buf,
	    colon + 1, (int)(colon - buf - at), buf + at);
	if ((units != NULL ? range_parse_units(&r, buf, units, NULL) :
	    range_parse(&r, buf)) == SNMP_OK)
		return "";
	if ((units != NULL ? range_parse_units(&r, swapped, units, NULL) :
	    range_parse(&r, swapped)) != SNMP_OK)
		return "";
	return reversed;
}

int
range_alert(const struct range *r, const struct num *v)
{
	int within = 1;

	if (r->has_start && num_cmp(v, &r->start) < 0)
		within = 0;
	if (r->has_end && num_cmp(v, &r->end) > 0)
		within = 0;
	return r->inside ? within : !within;
}

int
threshold_state(const struct threshold *t, const struct num *v)
{
	if (t->has_crit && range_alert(&t->crit, v))
		return 2;
	if (t->has_warn && range_alert(&t->warn, v))
		return 1;
	return 0;
}

#define KI	1024ull
const struct unit units_bytes[] = {
	{ "B", 1 },
	{ "K", KI }, { "KB", KI }, { "KiB", KI },
	{ "M", KI * KI }, { "MB", KI * KI }, { "MiB", KI * KI },
	{ "G", KI * KI * KI }, { "GB", KI * KI * KI }, { "GiB", KI * KI * KI },
	{ "T", KI * KI * KI * KI }, { "TB", KI * KI * KI * KI },
	{ "TiB", KI * KI * KI * KI },
	{ "P", KI * KI * KI * KI * KI }, { "PB", KI * KI * KI * KI * KI },
	{ "PiB", KI * KI * KI * KI * KI },
	{ NULL, 0 }
};

const struct unit units_seconds[] = {
	{ "s", 1 }, { "sec", 1 },
	{ "m", 60 }, { "min", 60 },
	{ "h", 3600 },
	{ "d", 86400 },
	{ "w", 604800 },
	{ NULL, 0 }
};

/* "1.5GB" -> "1610612736" into out; the number part must be plain. */
static int
convert(const char *s, size_t n, const struct unit *units, unsigned *used,
    char *out, size_t outlen)
{
	char num[RANGE_TEXT_MAX], plain[PLAIN_MAX];
	struct num v;
	size_t k = n, i;
	uint64_t m = 1;
	int rc;

	while (k > 0 && isalpha((unsigned char)s[k - 1]))
		k--;
	if (k == 0 || k >= sizeof(num))
		return SNMP_E_SYNTAX;
	memcpy(num, s, k);
	num[k] = '\0';
	if ((rc = range_number(&v, num, plain)) != SNMP_OK)
		return rc;
	if (k < n) {
		for (i = 0; units[i].suffix != NULL; i++) {
			if (strlen(units[i].suffix) == n - k &&
			    strncasecmp(units[i].suffix, s + k, n - k) == 0)
				break;
		}
		if (units[i].suffix == NULL)
			return SNMP_E_SYNTAX;
		m = units[i].mult;
		if (used != NULL)
			*used |= 1u << i;
	}
	if (v.kind == NUM_DOUBLE) {
		num_from_double(&v, v.d * (double)m);
		if (v.d > 9e18 || v.d < -9e18)
			return SNMP_E_RANGE;
	} else if (v.kind == NUM_INT) {
		if (v.i > INT64_MAX / (int64_t)m || v.i < INT64_MIN / (int64_t)m)
			return SNMP_E_RANGE;
		num_from_int(&v, v.i * (int64_t)m);
	} else {
		if (v.u > UINT64_MAX / m)
			return SNMP_E_RANGE;
		num_from_uint(&v, v.u * m);
	}
	if (num_format(&v, out, outlen) >= outlen)
		return SNMP_E_RANGE;
	return SNMP_OK;
}

int
range_parse_units(struct range *r, const char *s, const struct unit *units,
    unsigned *used)
{
	char buf[RANGE_TEXT_MAX], part[RANGE_TEXT_MAX];
	const char *p = s, *colon;
	size_t len = 0, n;
	int rc;

	if (used != NULL)
		*used = 0;
	memset(r, 0, sizeof(*r));
	if (strlen(s) >= RANGE_TEXT_MAX)
		return SNMP_E_SYNTAX;
	if (*p == '@')
		buf[len++] = *p++;
	colon = strchr(p, ':');
	for (;;) {
		n = colon != NULL ? (size_t)(colon - p) : strlen(p);
		if (n == 1 && *p == '~' && colon != NULL)
			part[0] = '~', part[1] = '\0';
		else if (n == 0)
			part[0] = '\0';
		else if ((rc = convert(p, n, units, used, part,
		    sizeof(part))) != SNMP_OK)
			return rc;
		n = strlen(part);
		if (len + n + 2 > sizeof(buf))
			return SNMP_E_SYNTAX;
		memcpy(buf + len, part, n);
		len += n;
		if (colon == NULL)
			break;
		buf[len++] = ':';
		p = colon + 1;
		if (strchr(p, ':') != NULL)
			return SNMP_E_SYNTAX;
		colon = NULL;
	}
	buf[len] = '\0';
	return range_parse(r, buf);
}

/* Decimal multiples for bits per second (SI, as link speeds are). */
const struct unit units_bits[] = {
	{ "b", 1 }, { "bit", 1 }, { "bps", 1 },
	{ "k", 1000 }, { "kb", 1000 }, { "kbit", 1000 }, { "kbps", 1000 },
	{ "M", 1000000 }, { "Mb", 1000000 }, { "Mbit", 1000000 },
	{ "Mbps", 1000000 },
	{ "G", 1000000000 }, { "Gb", 1000000000 }, { "Gbit", 1000000000 },
	{ "Gbps", 1000000000 },
	{ "T", 1000000000000ULL }, { "Tb", 1000000000000ULL },
	{ "Tbit", 1000000000000ULL }, { "Tbps", 1000000000000ULL },
	{ NULL, 0 }
};
