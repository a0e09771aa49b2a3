/* SPDX-License-Identifier: ISC */
/*
 * Limits (limit.h): the Nagios range grammar of threshold.c with "%"
 * and units, and the arithmetic that turns a limit on a percentage or on
 * what is left into perfdata ranges on what is used.
 */
#include <stdio.h>
#include <string.h>

#include "limit.h"
#include "output.h"
#include "snmp.h"
#include "state.h"
#include "strbuf.h"

static const struct unit no_units[] = { { NULL, 0 } };

int
limit_parse(struct limit *l, const char *arg, const struct unit *units,
    unsigned flags)
{
	char buf[RANGE_TEXT_MAX];
	size_t i, n = 0;
	unsigned used = 0;
	int pct = 0;

	if (strlen(arg) >= sizeof(buf) ||
	    ((flags & LIMIT_NO_BYTES) && strchr(arg, 'B') != NULL))
		return -1;
	for (i = 0; arg[i] != '\0'; i++) {
		if (arg[i] == '%') {
			/* only as a suffix of a number */
			if (i == 0 || arg[i - 1] < '0' || arg[i - 1] > '9' ||
			    (arg[i + 1] != '\0' && arg[i + 1] != ':'))
				return -1;
			pct = 1;
			continue;
		}
		buf[n++] = arg[i];
	}
	buf[n] = '\0';
	if (range_parse_units(&l->r, buf, units != NULL ? units : no_units,
	    &used) != SNMP_OK)
		return -1;
	if (used != 0 && (pct || (flags & LIMIT_PCT_ONLY)))
		return -1;
	l->kind = pct || (used == 0 && (flags & LIMIT_BARE_PCT)) ?
	    LIMIT_PCT : LIMIT_AMOUNT;
	/* "10GB" alone reads as the amount that must stay left */
	if ((flags & LIMIT_AT_LEAST) && l->kind == LIMIT_AMOUNT &&
	    strchr(buf, ':') == NULL && buf[0] != '@') {
		l->r.start = l->r.end;
		l->r.has_start = 1;
		l->r.has_end = 0;
		n = strlen(l->r.text);
		if (n + 1 < sizeof(l->r.text)) {
			l->r.text[n] = ':';
			l->r.text[n + 1] = '\0';
		}
	}
	l->given = 1;
	return 0;
}

int
limit_alert(const struct limit *l, double pct, const struct num *amount)
{
	struct num v;

	if (!l->given)
		return 0;
	if (l->kind == LIMIT_PCT) {
		num_from_double(&v, pct);
		return range_alert(&l->r, &v);
	}
	return range_alert(&l->r, amount);
}

int
limit_state(const struct limit *w, const struct limit *c, double pct,
    const struct num *amount)
{
	if (limit_alert(c, pct, amount))
		return STATE_CRITICAL;
	if (limit_alert(w, pct, amount))
		return STATE_WARNING;
	return STATE_OK;
}

int
limit_state_partial(const struct limit *w, const struct limit *c,
    int has_pct, double pct, const struct num *amount, int *skipped)
{
	static const struct limit none;

	*skipped = 0;
	if (!has_pct && w->given && w->kind == LIMIT_PCT) {
		w = &none;
		*skipped = 1;
	}
	if (!has_pct && c->given && c->kind == LIMIT_PCT) {
		c = &none;
		*skipped = 1;
	}
	return limit_state(w, c, pct, amount);
}

static int64_t
dfloor(double x)
{
	int64_t i;

	if (x >= 9.2e18)
		return INT64_MAX;
	if (x <= -9.2e18)
		return INT64_MIN;
	i = (int64_t)x;
	return (double)i > x ? i - 1 : i;
}

static int64_t
dceil(double x)
{
	int64_t i;

	if (x >= 9.2e18)
		return INT64_MAX;
	if (x <= -9.2e18)
		return INT64_MIN;
	i = (int64_t)x;
	return (double)i < x ? i + 1 : i;
}

/* a - b without overflow: the result saturates at the int64 limits. */
static int64_t
sub_sat(uint64_t a, int64_t b)
{
	int64_t x = a > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)a;

	if (b < 0 && x > INT64_MAX + b)
		return INT64_MAX;
	if (b > 0 && x < INT64_MIN + b)
		return INT64_MIN;
	return x - b;
}

static int64_t
num_i64(const struct num *n)
{
	if (n->kind == NUM_INT)
		return n->i;
	if (n->kind == NUM_UINT)
		return n->u > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)n->u;
	return dfloor(n->d);
}

void
limit_used_range(const struct limit *l, uint64_t size, uint64_t cap,
    char *out, size_t outlen)
{
	const struct range *r = &l->r;
	int64_t s = 0, e = 0;
	int has_s, has_e;
	struct strbuf sb;

	if (l->kind == LIMIT_PCT) {
		has_s = r->has_start;
		has_e = r->has_end;
		if (has_s)
			s = dceil(num_to_double(&r->start) * (double)size / 100);
		if (has_e)
			e = dfloor(num_to_double(&r->end) * (double)size / 100);
	} else {
		has_s = r->has_end;
		has_e = r->has_start;
		if (has_s)
			s = sub_sat(cap, num_i64(&r->end));
		if (has_e)
			e = sub_sat(cap, num_i64(&r->start));
	}
	sb_init(&sb, out, outlen);
	if (r->inside)
		sb_add(&sb, "@");
	if (has_s && has_e && s == 0 && !r->inside)
		sb_printf(&sb, "%lld", (long long)e);
	else if (has_s && has_e)
		sb_printf(&sb, "%lld:%lld", (long long)s, (long long)e);
	else if (has_s)
		sb_printf(&sb, "%lld:", (long long)s);
	else if (has_e)
		sb_printf(&sb, "~:%lld", (long long)e);
	else
		sb_add(&sb, "~:");
}

void
limit_scaled(const struct range *r, double factor, char *out, size_t cap)
{
	struct strbuf sb;
	struct num n;
	char a[NUM_TEXT_MAX], b[NUM_TEXT_MAX];

	a[0] = b[0] = '\0';
	if (r->has_start) {
		num_from_double(&n, num_to_double(&r->start) * factor);
		num_format(&n, a, sizeof(a));
	}
	if (r->has_end) {
		num_from_double(&n, num_to_double(&r->end) * factor);
		num_format(&n, b, sizeof(b));
	}
	sb_init(&sb, out, cap);
	if (r->inside)
		sb_add(&sb, "@");
	if (r->has_start && r->has_end && num_cmp(&r->start, &r->end) <= 0 &&
	    num_to_double(&r->start) == 0 && !r->inside)
		sb_add(&sb, b);
	else if (r->has_start && r->has_end)
		sb_printf(&sb, "%s:%s", a, b);
	else if (r->has_start)
		sb_printf(&sb, "%s:", a);
	else
		sb_printf(&sb, "~:%s", b);
}

/* The perfdata range of a limit for a value of kind `kind': 1, or 0. */
static int
perf_range(const struct limit *l, int kind, double factor, struct range *r)
{
	if (!l->given)
		return 0;
	if (l->kind == kind)
		*r = l->r;
	else if (factor > 0)
		limit_scaled(&l->r, factor, r->text, sizeof(r->text));
	else
		return 0;
	return 1;
}

void
limit_threshold_scaled(const struct limit *w, const struct limit *c,
    int kind, double factor, struct threshold *t)
{
	memset(t, 0, sizeof(*t));
	t->has_warn = perf_range(w, kind, factor, &t->warn);
	t->has_crit = perf_range(c, kind, factor, &t->crit);
}

void
limit_threshold(const struct limit *w, const struct limit *c, int kind,
    struct threshold *t)
{
	limit_threshold_scaled(w, c, kind, 0, t);
}

void
limit_perf(struct output *out, const char *label, uint64_t used,
    uint64_t size, uint64_t cap, double pct, const struct limit *w,
    const struct limit *c)
{
	struct threshold t;
	struct num val, min, max;
	char plabel[1100], pbuf[32];	/* a 1023-octet name, " #index %" */

	memset(&t, 0, sizeof(t));
	if (w->given && size > 0) {
		t.has_warn = 1;
		limit_used_range(w, size, cap, t.warn.text,
		    sizeof(t.warn.text));
	}
	if (c->given && size > 0) {
		t.has_crit = 1;
		limit_used_range(c, size, cap, t.crit.text,
		    sizeof(t.crit.text));
	}
	num_from_uint(&val, used);
	num_from_uint(&min, 0);
	num_from_uint(&max, size);
	output_perf(out, label, &val, "B", &t, &min, &max);
	limit_threshold(w, c, LIMIT_PCT, &t);
	/* always, thresholds or not: adding one must not change the graphs */
	if (size == 0)
		return;
	snprintf(plabel, sizeof(plabel), "%s %%", label);
	snprintf(pbuf, sizeof(pbuf), "%.2f", pct);
	num_parse(&val, pbuf);
	num_from_uint(&max, 100);
	output_perf(out, plabel, &val, "%", &t, &min, &max);
}
