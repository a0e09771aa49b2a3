/* SPDX-License-Identifier: ISC */
/*
 * A sensor's state against the user's ranges by type or the device's own
 * thresholds, its condition always counting, and the item's words
 * (sensorstate.h).
 */
#include <stdio.h>
#include <string.h>

#include "sensor.h"
#include "sensorstate.h"
#include "snmp.h"
#include "state.h"

int
sensorstate_range(struct sensorstate_rules *r, int crit, const char *arg,
    char *err, size_t errlen)
{
	const char *eq = strchr(arg, '='), *what = crit ? "-c" : "-w";
	char type[32];
	int t = SENSORSTATE_ANY;

	if (eq != NULL) {
		snprintf(type, sizeof(type), "%.*s", (int)(eq - arg), arg);
		if ((t = sensor_type_parse(type)) < 0) {
			snprintf(err, errlen, "Invalid %s '%s': unknown type "
			    "'%s'", what, arg, type);
			return -1;
		}
	}
	if (dec_range_parse(&r->range[crit][t], eq ? eq + 1 : arg) !=
	    SNMP_OK) {
		snprintf(err, errlen, "Invalid %s range '%s': expected "
		    "[TYPE=][@][START:][END] with decimal numbers in the "
		    "sensor's base unit, ~ for minus infinity", what, arg);
		return -1;
	}
	if (r->has[crit][t]++) {
		snprintf(err, errlen, "Invalid %s '%s': a range for %s was "
		    "given before", what, arg, t == SENSORSTATE_ANY ?
		    "every type" : sensor_type_name(t));
		return -1;
	}
	return 0;
}

/* The device's condition, then a range (spec 1.5, 1.6). */
static int
judge(const struct sensorstate_rules *r, const struct sensor_set *set,
    struct sensorstate *it)
{
	static const int states[] = { STATE_OK, STATE_WARNING,
	    STATE_CRITICAL, STATE_CRITICAL };
	const struct sensor *x = it->x;
	const struct devlimit *l = set->thr + x->thr0;
	struct dec v;
	int t = STATE_OK, st, k;

	/* a typed range wins over the untyped one, level by level */
	for (k = 0; k < 2; k++) {
		if (r->has[k][x->type] || r->has[k][SENSORSTATE_ANY])
			it->range[k] = &r->range[k][r->has[k][x->type] ?
			    x->type : SENSORSTATE_ANY];
	}
	if (x->cond == COND_INVALID)
		return STATE_UNKNOWN;
	if (x->cond == COND_UNAVAILABLE || x->cond == COND_ABSENT)
		return x->cond == COND_ABSENT ? r->absent_state :
		    r->unavail_state;
	st = states[x->cond];
	if (!x->has_value || x->cond == COND_FAILED)
		return st;
	if (it->range[0] != NULL || it->range[1] != NULL) {
		/* the user's ranges replace the device's, states included */
		sensor_value(x, &v);
		for (k = 1; k >= 0 && t == STATE_OK; k--) {
			if (it->range[k] != NULL &&
			    dec_range_alert(it->range[k], &v))
				t = k ? STATE_CRITICAL : STATE_WARNING;
		}
		st = t;
	} else if (!r->nodev && x->nthr > 0) {
		it->dev = 1;
		devlimit_ranges(l, x->nthr, x->exp, sensor_unit_text(x->unit),
		    &it->limits);
		t = devlimit_state(l, x->nthr, x->raw);
		st = state_worst(st, t);
	}
	it->by_value = t != STATE_OK && t == st;
	return st;
}

int
sensorstate_judge(struct sensorstate *it, const struct sensorstate_rules *r,
    const struct sensor_set *set, const struct sensor *x)
{
	memset(it, 0, sizeof(*it));
	it->x = x;
	it->state = judge(r, set, it);
	return it->state;
}

void
sensorstate_threshold(const struct sensorstate *it, struct threshold *t)
{
	const char *dev[2] = { it->limits.warn, it->limits.crit };
	struct range *tr[2];
	int k;

	memset(t, 0, sizeof(*t));
	tr[0] = &t->warn;
	tr[1] = &t->crit;
	for (k = 0; k < 2; k++) {
		if (it->range[k] != NULL || (it->dev && dev[k][0] != '\0'))
			snprintf(tr[k]->text, sizeof(tr[k]->text), "%s",
			    it->range[k] != NULL ? it->range[k]->text : dev[k]);
	}
	t->has_warn = t->warn.text[0] != '\0';
	t->has_crit = t->crit.text[0] != '\0';
}

/* One more detail of a long-output line: "(a; b; c)". */
static void
detail(struct strbuf *d, const char *text)
{
	if (text[0] != '\0')
		sb_printf(d, "%s%s", d->len > 0 ? "; " : "", text);
}

void
sensorstate_line(struct strbuf *sb, const struct sensor_set *set,
    const struct sensorstate *it, int verbose)
{
	const struct sensor *x = it->x;
	char buf[512], dbuf[2048];
	struct strbuf d;
	size_t i;

	sb_init(&d, dbuf, sizeof(dbuf));
	if (it->dev)
		detail(&d, it->limits.words);
	if (x->descr[0] != '\0' && strcmp(x->descr, x->base) != 0) {
		snprintf(buf, sizeof(buf), "\"%s\"", x->descr);
		detail(&d, buf);
	}
	if (verbose >= 1) {
		sensor_where(x, buf, sizeof(buf));
		detail(&d, buf);
		detail(&d, x->note);
	}
	for (i = 0; verbose >= 1 && i < x->nthr; i++) {
		if (set->thr[x->thr0 + i].state >= 0)
			continue;
		snprintf(buf, sizeof(buf), "threshold ");
		devlimit_text(&set->thr[x->thr0 + i], x->exp, buf + 10,
		    sizeof(buf) - 10);
		detail(&d, buf);
	}
	sb_printf(sb, "[%s] %s: ", state_name(it->state), x->name);
	sensor_text(sb, x, "");
	sb_printf(sb, d.len > 0 ? " (%s)\n" : "%s\n", dbuf);
}

void
sensorstate_summary(struct strbuf *sb, const struct sensorstate *items,
    size_t n)
{
	static const int order[] = { STATE_CRITICAL, STATE_WARNING,
	    STATE_UNKNOWN, STATE_OK };
	size_t i, k, last, nbad = 0, count[SENSOR_NTYPES];

	memset(count, 0, sizeof(count));
	for (i = 0; i < n; i++) {
		count[items[i].x->type]++;
		nbad += items[i].state != STATE_OK;
	}
	if (nbad == 0 && n > 1) {
		sb_printf(sb, "%zu sensors OK (", n);
		for (k = 0, i = 0; k < SENSOR_NTYPES; k++) {
			if (count[k] > 0)
				sb_printf(sb, "%s%zu %s", i++ ? ", " : "",
				    count[k], sensor_type_name((int)k));
		}
		sb_add(sb, ")");
		return;
	}
	/* an OK item only when it is the only one */
	last = nbad > 0 ? 3 : 4;
	for (k = 0, nbad = 0; k < last; k++) {
		for (i = 0; i < n; i++) {
			if (items[i].state != order[k])
				continue;
			sb_printf(sb, "%s%s: ", nbad++ ? "; " : "",
			    items[i].x->name);
			sensor_text(sb, items[i].x, items[i].by_value ? "*" : "");
		}
	}
}
