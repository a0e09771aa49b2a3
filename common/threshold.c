/* SPDX-License-Identifier: ISC */
/*
 * Nagios plugin development guidelines, "Threshold and ranges":
 *   10      alert if < 0 or > 10
 *   10:     alert if < 10
 *   ~:10    alert if > 10
 *   10:20   alert if < 10 or > 20
 *   @10:20  alert if >= 10 and <= 20
 * Numbers are parsed strictly (num_parse); a start above the end is
 * rejected rather than silently never matching.
 */
#include <ctype.h>
#include <stdio.h>
#include <strings.h>
#include <string.h>

#include "snmp.h"
#include "threshold.h"

int
range_parse(struct range *r, const char *s)
{
	char buf[RANGE_TEXT_MAX];
	const char *colon, *lo, *hi;
	size_t len = strlen(s);

	memset(r, 0, sizeof(*r));
	if (len == 0 || len >= sizeof(r->text))
		return SNMP_E_SYNTAX;
	memcpy(r->text, s, len + 1);
	if (*s == '@') {
		r->inside = 1;
		s++;
	}
	memcpy(buf, s, strlen(s) + 1);
	if ((colon = strchr(buf, ':')) != NULL) {
		buf[colon - buf] = '\0';
		lo = buf;
		hi = colon + 1;
		if (strcmp(lo, "~") == 0)
			r->has_start = 0;
		else if (*lo == '\0')
			return SNMP_E_SYNTAX;
		else {
			if (num_parse(&r->start, lo) != SNMP_OK)
				return SNMP_E_SYNTAX;
			r->has_start = 1;
		}
		if (*hi != '\0') {
			if (num_parse(&r->end, hi) != SNMP_OK)
				return SNMP_E_SYNTAX;
			r->has_end = 1;
		}
	} else {
		if (num_parse(&r->end, buf) != SNMP_OK)
			return SNMP_E_SYNTAX;
		r->has_end = 1;
		r->has_start = 1;
		num_from_int(&r->start, 0);
	}
	if (r->has_start && r->has_end && num_cmp(&r->start, &r->end) > 0)
		return SNMP_E_SYNTAX;
	return SNMP_OK;
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
	char num[RANGE_TEXT_MAX];
	struct num v;
	size_t k = n, i;
	uint64_t m = 1;

	while (k > 0 && isalpha((unsigned char)s[k - 1]))
		k--;
	if (k == 0 || k >= sizeof(num))
		return SNMP_E_SYNTAX;
	memcpy(num, s, k);
	num[k] = '\0';
	if (num_parse(&v, num) != SNMP_OK)
		return SNMP_E_SYNTAX;
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
