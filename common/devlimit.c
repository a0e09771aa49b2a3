/* SPDX-License-Identifier: ISC */
/*
 * Device thresholds (devlimit.h).  CISCO-ENTITY-SENSOR-MIB,
 * entSensorThresholdEntry: a row is evaluated against the sensor's raw
 * entSensorValue when entSensorStatus is ok(1), and is true when
 * "value RELATION threshold" holds; minor is the warning level, major
 * and critical the critical one, other names no level.
 */
#include <stdio.h>
#include <string.h>

#include "decimal.h"
#include "devlimit.h"
#include "state.h"
#include "strbuf.h"

static const char *const rel_names[] = { NULL, "lessThan", "lessOrEqual",
    "greaterThan", "greaterOrEqual", "equalTo", "notEqualTo" };
/* What a row alerts on, in words. */
static const char *const rel_words[] = { NULL, "below", "at or below",
    "above", "at or above", "at", "other than" };

/* The bounds one level's rows allow, in raw units. */
struct level {
	size_t			 rows;
	size_t			 eq;		/* equalTo and notEqualTo rows */
	const struct devlimit	*eqrow;
	int			 has_lo, has_hi;
	int64_t			 lo, hi;
	int			 broken;	/* a bound beyond int64 */
};

void
devlimit_check(struct devlimit *l)
{
	l->state = -1;
	l->why = NULL;
	if (l->severity < 0)
		l->why = "no entSensorThresholdSeverity";
	else if (l->severity == DL_OTHER)
		l->why = "severity other(1) names no state";
	else if (l->severity != DL_MINOR && l->severity != DL_MAJOR &&
	    l->severity != DL_CRITICAL)
		l->why = "severity not defined by CISCO-ENTITY-SENSOR-MIB";
	else if (l->relation < 0)
		l->why = "no entSensorThresholdRelation";
	else if (l->relation < DL_LT || l->relation > DL_NE)
		l->why = "relation not defined by CISCO-ENTITY-SENSOR-MIB";
	else if (!l->has_value)
		l->why = "no entSensorThresholdValue";
	else
		l->state = l->severity == DL_MINOR ? STATE_WARNING :
		    STATE_CRITICAL;
}

int
devlimit_fires(const struct devlimit *l, int64_t raw)
{
	switch (l->relation) {
	case DL_LT:
		return raw < l->value;
	case DL_LE:
		return raw <= l->value;
	case DL_GT:
		return raw > l->value;
	case DL_GE:
		return raw >= l->value;
	case DL_EQ:
		return raw == l->value;
	case DL_NE:
		return raw != l->value;
	}
	return 0;
}

int
devlimit_state(const struct devlimit *l, size_t n, int64_t raw)
{
	size_t i;
	int st = STATE_OK;

	for (i = 0; i < n; i++) {
		if (l[i].state >= 0 && devlimit_fires(&l[i], raw))
			st = state_worst(st, l[i].state);
	}
	return st;
}

static void
gather(const struct devlimit *l, size_t n, int state, struct level *v)
{
	size_t i;
	int64_t t;

	memset(v, 0, sizeof(*v));
	for (i = 0; i < n; i++) {
		if (l[i].state != state)
			continue;
		v->rows++;
		t = l[i].value;
		switch (l[i].relation) {
		case DL_LE:
		case DL_LT:
			/* OK from T (lessThan) or the step above it */
			if (l[i].relation == DL_LE && t == INT64_MAX)
				v->broken = 1;
			t += l[i].relation == DL_LE && t < INT64_MAX;
			if (!v->has_lo || t > v->lo)
				v->lo = t;
			v->has_lo = 1;
			break;
		case DL_GE:
		case DL_GT:
			if (l[i].relation == DL_GE && t == INT64_MIN)
				v->broken = 1;
			t -= l[i].relation == DL_GE && t > INT64_MIN;
			if (!v->has_hi || t < v->hi)
				v->hi = t;
			v->has_hi = 1;
			break;
		default:
			v->eq++;
			v->eqrow = &l[i];
		}
	}
}

/* The level as one Nagios range, or "" when it is none (or too long). */
static void
level_range(const struct level *v, int exp, char *buf, size_t cap)
{
	char a[DEC_TEXT_MAX], b[DEC_TEXT_MAX], r[2 * DEC_TEXT_MAX + 4];

	buf[0] = r[0] = '\0';
	if (v->rows == 0 || v->broken)
		return;
	dec_text(a, sizeof(a), v->eq > 0 ? v->eqrow->value : v->lo, exp);
	dec_text(b, sizeof(b), v->eq > 0 ? v->eqrow->value : v->hi, exp);
	if (v->eq == 1 && !v->has_lo && !v->has_hi)
		snprintf(r, sizeof(r), "%s%s:%s", v->eqrow->relation == DL_EQ ?
		    "@" : "", a, b);
	else if (v->eq > 0 || (v->has_lo && v->has_hi && v->lo > v->hi))
		return;
	else if (!v->has_lo)
		snprintf(r, sizeof(r), "~:%s", b);
	else if (!v->has_hi)
		snprintf(r, sizeof(r), "%s:", a);
	else
		snprintf(r, sizeof(r), "%s:%s", a, b);
	if (strlen(r) < cap)
		memcpy(buf, r, strlen(r) + 1);
}

/* "warning outside 0.1..69.9 C", or row by row when it is no range. */
static void
level_words(struct strbuf *sb, const char *what, const struct level *v,
    const char *range, const struct devlimit *l, size_t n, int state,
    int exp)
{
	char a[DEC_TEXT_MAX], b[DEC_TEXT_MAX];
	size_t i, k = 0;

	sb_printf(sb, "%s%s ", sb->len > 0 ? ", " : "", what);
	dec_text(a, sizeof(a), v->lo, exp);
	dec_text(b, sizeof(b), v->hi, exp);
	if (range[0] != '\0' && v->eq > 0) {
		dec_text(a, sizeof(a), v->eqrow->value, exp);
		sb_printf(sb, "%s %s", rel_words[v->eqrow->relation], a);
	} else if (range[0] != '\0' && !v->has_lo)
		sb_printf(sb, "above %s", b);
	else if (range[0] != '\0' && !v->has_hi)
		sb_printf(sb, "below %s", a);
	else if (range[0] != '\0')
		sb_printf(sb, "outside %s..%s", a, b);
	for (i = 0; range[0] == '\0' && i < n; i++) {
		if (l[i].state != state)
			continue;
		dec_text(a, sizeof(a), l[i].value, exp);
		sb_printf(sb, "%s%s %s", k++ > 0 ? " or " : "",
		    rel_words[l[i].relation], a);
	}
}

void
devlimit_ranges(const struct devlimit *l, size_t n, int exp,
    const char *unit, struct devlimit_ranges *r)
{
	struct level w, c;
	struct strbuf sb;

	memset(r, 0, sizeof(*r));
	gather(l, n, STATE_WARNING, &w);
	gather(l, n, STATE_CRITICAL, &c);
	level_range(&w, exp, r->warn, sizeof(r->warn));
	level_range(&c, exp, r->crit, sizeof(r->crit));
	r->has_warn = w.rows > 0;
	r->has_crit = c.rows > 0;
	sb_init(&sb, r->words, sizeof(r->words));
	if (w.rows > 0)
		level_words(&sb, "warning", &w, r->warn, l, n, STATE_WARNING,
		    exp);
	if (w.rows > 0 && unit[0] != '\0')
		sb_printf(&sb, " %s", unit);
	if (c.rows > 0)
		level_words(&sb, "critical", &c, r->crit, l, n,
		    STATE_CRITICAL, exp);
	if (c.rows > 0 && unit[0] != '\0')
		sb_printf(&sb, " %s", unit);
}

void
devlimit_text(const struct devlimit *l, int exp, char *buf, size_t cap)
{
	static const char *const sev[] = { "other", "minor", "major",
	    "critical" };
	struct strbuf sb;
	char v[DEC_TEXT_MAX];

	sb_init(&sb, buf, cap);
	sb_printf(&sb, "%lu.%lu ", (unsigned long)l->sensor,
	    (unsigned long)l->index);
	if (l->severity == DL_OTHER || l->severity == DL_MINOR ||
	    l->severity == DL_MAJOR || l->severity == DL_CRITICAL)
		sb_add(&sb, sev[l->severity / 10]);
	else
		sb_printf(&sb, "severity %d", l->severity);
	if (l->relation >= DL_LT && l->relation <= DL_NE)
		sb_printf(&sb, " %s", rel_names[l->relation]);
	else
		sb_printf(&sb, " relation %d", l->relation);
	if (l->has_value) {
		dec_text(v, sizeof(v), l->value, exp);
		sb_printf(&sb, " %lld (%s)", (long long)l->value, v);
	} else
		sb_add(&sb, " no value");
	if (l->evaluation == 1 || l->evaluation == 2)
		sb_printf(&sb, " evaluation %s", l->evaluation == 1 ? "true" :
		    "false");
	if (!l->owned)
		sb_printf(&sb, ", ignored: sensor %lu does not exist",
		    (unsigned long)l->sensor);
	else if (l->state < 0)
		sb_printf(&sb, ", ignored: %s", l->why);
}
