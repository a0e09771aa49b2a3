/* SPDX-License-Identifier: ISC */
/*
 * fuzz_range: the Nagios range grammar (range_parse, range_parse_units
 * with byte and time units) and the strict number parser (num_parse), on
 * the NUL-separated strings of the input (the first four).  Properties:
 * a parsed range keeps its text, its ends are ordered and alert as the
 * "@" flag says; a range without units parses the same with
 * range_parse_units; a number formats as a plain decimal that reads back
 * (exactly for integers); num_cmp() is antisymmetric and agrees with
 * exact (long double) arithmetic.
 */
#include <math.h>

#include "num.h"
#include "snmp.h"
#include "threshold.h"

#include "fuzz.h"

#define NSTR	4

static long double
exact(const struct num *n)
{
	/* x86 long double: 64-bit mantissa, exact for every kind */
	return n->kind == NUM_INT ? (long double)n->i :
	    n->kind == NUM_UINT ? (long double)n->u : (long double)n->d;
}

static int
same_num(const struct num *a, const struct num *b)
{
	return num_cmp(a, b) == 0 && num_cmp(b, a) == 0;
}

static void
check_range(const struct range *r, const char *s)
{
	struct range back;
	const char *p = s[0] == '@' ? s + 1 : s;

	/* kept as given, unless ":N" or an exponent had it rewritten */
	if (p[0] != ':' && strpbrk(s, "eE") == NULL)
		FUZZ_CHECK(strcmp(r->text, s) == 0);
	else {
		/* the rewritten text is the same range, plainly written */
		FUZZ_CHECK(range_parse(&back, r->text) == SNMP_OK);
		FUZZ_CHECK(strcmp(back.text, r->text) == 0);
		FUZZ_CHECK(back.inside == r->inside &&
		    back.has_start == r->has_start &&
		    back.has_end == r->has_end);
		if (r->has_start)
			FUZZ_CHECK(same_num(&back.start, &r->start));
		if (r->has_end)
			FUZZ_CHECK(same_num(&back.end, &r->end));
	}
	FUZZ_CHECK(r->inside == (s[0] == '@'));
	if (r->has_start && r->has_end)
		FUZZ_CHECK(num_cmp(&r->start, &r->end) <= 0);
	/* the ends belong to the range */
	if (r->has_start)
		FUZZ_CHECK(range_alert(r, &r->start) == r->inside);
	if (r->has_end)
		FUZZ_CHECK(range_alert(r, &r->end) == r->inside);
}

static void
check_units(const char *s)
{
	struct range r, u, back;
	unsigned used;
	int rc, ru, plain;

	rc = range_parse(&r, s);
	if (rc == SNMP_OK)
		check_range(&r, s);
	else	/* SNMP_E_RANGE: an exponent too long written plainly */
		FUZZ_CHECK(rc == SNMP_E_SYNTAX || rc == SNMP_E_RANGE);
	ru = range_parse_units(&u, s, units_bytes, &used);
	FUZZ_CHECK(ru == SNMP_OK || ru == SNMP_E_SYNTAX || ru == SNMP_E_RANGE);
	if (ru == SNMP_OK) {
		/* the rewritten text is a plain range, ready for perfdata */
		FUZZ_CHECK(range_parse(&back, u.text) == SNMP_OK);
		FUZZ_CHECK(back.has_start == u.has_start &&
		    back.has_end == u.has_end && back.inside == u.inside);
		FUZZ_CHECK(strpbrk(u.text, "eEnNiI") == NULL);
	}
	/* no unit, no fraction: both parsers agree */
	plain = strpbrk(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    ".") == NULL;
	if (plain && rc == SNMP_OK) {
		FUZZ_CHECK(ru == SNMP_OK || ru == SNMP_E_RANGE);
		if (ru == SNMP_OK) {
			FUZZ_CHECK(u.has_start == r.has_start &&
			    u.has_end == r.has_end && u.inside == r.inside);
			if (r.has_start && r.start.kind != NUM_DOUBLE)
				FUZZ_CHECK(same_num(&u.start, &r.start));
			if (r.has_end && r.end.kind != NUM_DOUBLE)
				FUZZ_CHECK(same_num(&u.end, &r.end));
		}
	}
	if (range_parse_units(&u, s, units_seconds, NULL) == SNMP_OK)
		FUZZ_CHECK(range_parse(&back, u.text) == SNMP_OK);
}

static void
check_number(const char *s, struct num *n, int *ok)
{
	char buf[NUM_TEXT_MAX];
	struct num back;
	size_t len;
	int rc;

	*ok = 0;
	rc = num_parse(n, s);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_SYNTAX || rc == SNMP_E_RANGE);
	if (rc != SNMP_OK)
		return;
	*ok = 1;
	FUZZ_CHECK(n->kind != NUM_DOUBLE || isfinite(n->d));
	len = num_format(n, buf, sizeof(buf));
	FUZZ_CHECK(len == strlen(buf) && len + 1 < sizeof(buf));
	FUZZ_CHECK(strpbrk(buf, "eEnNiI") == NULL);
	FUZZ_CHECK(num_parse(&back, buf) == SNMP_OK);
	if (n->kind != NUM_DOUBLE)
		FUZZ_CHECK(same_num(n, &back));
	else
		FUZZ_CHECK(fabsl(exact(&back) - exact(n)) <= 5e-7L +
		    fabsl(exact(n)) * 1e-15L);
}

static void
compare(const struct num *a, const struct num *b)
{
	long double x = exact(a), y = exact(b);
	int c = num_cmp(a, b);

	FUZZ_CHECK(c == -num_cmp(b, a));
	FUZZ_CHECK(c == (x < y ? -1 : x > y ? 1 : 0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *s[NSTR];
	struct num n[NSTR];
	struct threshold t;
	int ok[NSTR], i, j, ns = 0;
	size_t k;

	buf = fuzz_cstr(data, size);
	s[ns++] = buf;
	for (k = 0; k < size && ns < NSTR; k++) {
		if (buf[k] == '\0')
			s[ns++] = buf + k + 1;
	}
	for (i = 0; i < ns; i++) {
		check_units(s[i]);
		check_number(s[i], &n[i], &ok[i]);
	}
	for (i = 0; i < ns; i++)
		for (j = 0; j < ns; j++)
			if (ok[i] && ok[j])
				compare(&n[i], &n[j]);
	/* strings 0 and 1 as -w and -c, the numbers against them */
	memset(&t, 0, sizeof(t));
	t.has_warn = range_parse(&t.warn, s[0]) == SNMP_OK;
	t.has_crit = ns > 1 && range_parse(&t.crit, s[1]) == SNMP_OK;
	for (i = 0; i < ns; i++)
		if (ok[i])
			FUZZ_CHECK(threshold_state(&t, &n[i]) >= 0 &&
			    threshold_state(&t, &n[i]) <= 2);
	free(buf);
	return 0;
}
