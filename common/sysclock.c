/* SPDX-License-Identifier: ISC */
/*
 * The uptime clocks of an agent: sysUpTime, hrSystemUptime,
 * snmpEngineTime and snmpEngineBoots read in one GET, the TimeTicks wraps
 * undone where snmpEngineTime allows, and uptimes in words (sysclock.h).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "sysclock.h"

#define WRAP		4294967296ull	/* TimeTicks period, hundredths */
#define WRAP_TOL	8640000ull	/* one day: clocks start apart, drift */

static const struct oid obj_oid[SYSCLOCK_N] = {
	{ 9, { 1, 3, 6, 1, 2, 1, 1, 3, 0 } },		/* sysUpTime.0 */
	{ 10, { 1, 3, 6, 1, 2, 1, 25, 1, 1, 0 } },	/* hrSystemUptime.0 */
	{ 11, { 1, 3, 6, 1, 6, 3, 10, 2, 1, 3, 0 } },	/* snmpEngineTime.0 */
	{ 11, { 1, 3, 6, 1, 6, 3, 10, 2, 1, 2, 0 } }	/* snmpEngineBoots.0 */
};

/* What each object is, in the words of the summary, long output, --list. */
static const struct {
	const char	*name;		/* MIB object */
	const char	*source;	/* --source that reads it */
	const char	*who;		/* "... up 3 days" */
	const char	*since;		/* long output */
	const char	*what;		/* --list */
	const char	*hint;		/* --source given, object missing */
} objs[SYSCLOCK_N] = {
	{ "sysUpTime", "sysuptime", "agent", "the SNMP agent, since it started",
	  "the SNMP agent's uptime, since it (re)started", "every agent has "
	  "it, unless its view hides the system group from this community or "
	  "user" },
	{ "hrSystemUptime", "hrsystem", "host", "the host, since boot",
	  "the host's uptime, since boot", "the agent has no "
	  "HOST-RESOURCES-MIB; use --source sysuptime" },
	{ "snmpEngineTime", "engine", "SNMP engine", "the SNMP engine",
	  "the SNMP engine's seconds since its last boot", "the agent has no "
	  "SNMP-FRAMEWORK-MIB; use --source hrsystem or sysuptime" },
	{ "snmpEngineBoots", "engine", "", "", "the SNMP engine's (re)starts",
	  "" }
};

/* The clocks in the order auto tries them and the output names them. */
static const int shown[] = { SYSCLOCK_HR, SYSCLOCK_SYS, SYSCLOCK_ETIME };

/* TimeTicks, then INTEGER 0..2^31-1 (RFC 3414 §2.2.1). */
int
sysclock_read(struct session *s, struct sysclock *clk)
{
	struct varbind vb[SYSCLOCK_N];
	const struct snmp_value *v;
	int i, rc, ticks;

	memset(clk, 0, SYSCLOCK_N * sizeof(*clk));
	if ((rc = session_get(s, obj_oid, SYSCLOCK_N, vb)) != SNMP_OK)
		return rc;
	for (i = 0; i < SYSCLOCK_N; i++) {
		v = &vb[i].val;
		ticks = i <= SYSCLOCK_HR;
		if (value_is_exception(v))
			clk[i].type = v->type;
		else if (v->type != (ticks ? VAL_TIMETICKS : VAL_INTEGER))
			snprintf(clk[i].bad, sizeof(clk[i].bad), "%s.0 is %s, "
			    "expected %s", objs[i].name,
			    value_type_name(v->type), ticks ? "Timeticks" :
			    "INTEGER");
		else if (!ticks && cell_enum(v) < 0)
			snprintf(clk[i].bad, sizeof(clk[i].bad), "%s.0 = %lld: "
			    "outside 0..2147483647", objs[i].name,
			    (long long)v->i);
		else {
			clk[i].have = 1;
			clk[i].h = ticks ? v->u : (uint64_t)v->i;
		}
	}
	return SNMP_OK;
}

int
sysclock_source_parse(const char *word)
{
	int i;

	for (i = 0; i <= SYSCLOCK_AUTO; i++) {
		if (strcasecmp(word, i == SYSCLOCK_AUTO ? "auto" :
		    objs[i].source) == 0)
			return i;
	}
	return -1;
}

const char *
sysclock_name(int obj)
{
	return objs[obj].name;
}

uint64_t
sysclock_seconds(const struct sysclock *clk, int obj)
{
	return obj <= SYSCLOCK_HR ? clk[obj].h / 100 : clk[obj].h;
}

static const char *
missing_text(const struct sysclock *c)
{
	return c->bad[0] != '\0' ? c->bad : value_type_name(c->type);
}

/* A broken snmpEngineTime, auto's last resort, is named among the missing. */
int
sysclock_choose(const struct sysclock *clk, int source, const char **why,
    char *err, size_t errlen)
{
	static const char *const whys[] = { "", "; no hrSystemUptime",
	    "; no hrSystemUptime, no sysUpTime" };
	size_t i, n = source == SYSCLOCK_AUTO ? 3 : 1;
	int obj;

	for (i = 0; i < n; i++) {
		obj = n == 1 ? source : shown[i];
		if (clk[obj].bad[0] != '\0' && (n == 1 ||
		    obj != SYSCLOCK_ETIME)) {
			snprintf(err, errlen, "%s", clk[obj].bad);
			return SNMP_E_INVAL;
		}
		if (clk[obj].have) {
			*why = whys[i];
			return obj;
		}
	}
	if (n == 1)
		snprintf(err, errlen, "No %s.0 (%s): %s", objs[source].name,
		    missing_text(&clk[source]), objs[source].hint);
	else
		snprintf(err, errlen, "The agent has none of hrSystemUptime.0 "
		    "(%s), sysUpTime.0 (%s), snmpEngineTime.0 (%s)",
		    missing_text(&clk[SYSCLOCK_HR]),
		    missing_text(&clk[SYSCLOCK_SYS]),
		    missing_text(&clk[SYSCLOCK_ETIME]));
	return SNMP_E_INVAL;
}

/*
 * sysUpTime and snmpEngineTime both count from the agent's start, so
 * they agree up to whole wraps of sysUpTime (within WRAP_TOL).  The host
 * has been up at least as long as its agent, so an hrSystemUptime below
 * snmpEngineTime has wrapped: the fewest periods that lift it to the
 * engine's time are added, a lower bound.
 */
uint64_t
sysclock_unwrap(const struct sysclock *clk, int obj, struct strbuf *sb)
{
	const struct sysclock *e = &clk[SYSCLOCK_ETIME];
	char a[64], b[64];
	uint64_t k = 0, t = clk[obj].h, en = e->h * 100, diff;

	if (obj == SYSCLOCK_ETIME)
		return e->h;
	if (!e->have) {
		sb_printf(sb, "note: %s wraps to 0 every 497.1 days and there "
		    "is no %ssnmpEngineTime to check it against: an uptime "
		    "longer by a multiple of 497.1 days would read the same\n",
		    objs[obj].name, e->bad[0] != '\0' ? "valid " : "");
		return t / 100;
	}
	sysclock_duration(e->h, a, sizeof(a));
	sysclock_duration(t / 100, b, sizeof(b));
	if (obj == SYSCLOCK_SYS && (en > t + WRAP_TOL || en + WRAP_TOL < t)) {
		diff = en > t ? en - t : 0;
		k = (diff + WRAP / 2) / WRAP;
		if (k >= 1 && (diff > k * WRAP ? diff - k * WRAP : k * WRAP -
		    diff) <= WRAP_TOL)
			sb_printf(sb, "sysUpTime (%s) wrapped %llu time%s: "
			    "corrected with snmpEngineTime (%s)\n", b,
			    (unsigned long long)k, k == 1 ? "" : "s", a);
		else {
			k = 0;
			sb_printf(sb, "note: snmpEngineTime (%s) and sysUpTime "
			    "(%s) differ by other than whole wraps of 497.1 "
			    "days: no wrap correction\n", a, b);
		}
	} else if (obj == SYSCLOCK_HR && en > t + WRAP_TOL) {
		k = (en - WRAP_TOL - t + WRAP - 1) / WRAP;
		sb_printf(sb, "hrSystemUptime (%s) is less than snmpEngineTime "
		    "(%s): it wrapped, corrected by %llu x 497.1 days (at "
		    "least)\n", b, a, (unsigned long long)k);
	} else if (obj == SYSCLOCK_HR)
		sb_printf(sb, "note: hrSystemUptime wraps to 0 every 497.1 "
		    "days; snmpEngineTime (%s) is too short to tell whether it "
		    "did: the host may have been up longer by a multiple of "
		    "497.1 days\n", a);
	return (t + k * WRAP) / 100;
}

/* ", snmpEngineBoots 7" when the agent has it. */
static void
add_boots(struct strbuf *sb, const struct sysclock *clk)
{
	if (clk[SYSCLOCK_EBOOTS].have)
		sb_printf(sb, ", snmpEngineBoots %llu",
		    (unsigned long long)clk[SYSCLOCK_EBOOTS].h);
}

void
sysclock_lines(struct strbuf *sb, const struct sysclock *clk)
{
	char dur[64];
	int i;

	for (i = 0; i < 3; i++) {
		if (!clk[shown[i]].have)
			continue;
		sysclock_duration(sysclock_seconds(clk, shown[i]), dur,
		    sizeof(dur));
		sb_printf(sb, "%s.0: %s", objs[shown[i]].name, dur);
		if (shown[i] == SYSCLOCK_ETIME)
			add_boots(sb, clk);
		sb_printf(sb, " (%s)\n", objs[shown[i]].since);
	}
}

void
sysclock_summary(struct strbuf *sb, const struct sysclock *clk, int obj,
    uint64_t secs)
{
	char dur[64];

	sysclock_duration(secs, dur, sizeof(dur));
	sb_printf(sb, "%s up %s (%s", objs[obj].who, dur, objs[obj].name);
	if (obj == SYSCLOCK_ETIME)
		add_boots(sb, clk);
	if (secs != sysclock_seconds(clk, obj))
		sb_add(sb, ", wrap corrected with snmpEngineTime");
}

int
sysclock_list_row(struct strbuf *sb, const struct sysclock *clk, int obj)
{
	char buf[64];

	sb_printf(sb, "%s %s.0 ", objs[obj].source, objs[obj].name);
	if (!clk[obj].have) {
		sb_printf(sb, "missing (%s)\n", missing_text(&clk[obj]));
		return 0;
	}
	sb_printf(sb, "%s %llu", obj <= SYSCLOCK_HR ? "Timeticks" : "INTEGER",
	    (unsigned long long)clk[obj].h);
	if (obj != SYSCLOCK_EBOOTS) {
		sysclock_duration(sysclock_seconds(clk, obj), buf, sizeof(buf));
		sb_printf(sb, " = %s", buf);
	}
	if (obj <= SYSCLOCK_HR)
		sb_printf(sb, ".%02u", (unsigned)(clk[obj].h % 100));
	sb_printf(sb, ": %s\n", objs[obj].what);
	return obj != SYSCLOCK_EBOOTS;
}

void
sysclock_sources(struct strbuf *sb, const struct sysclock *clk)
{
	int i;

	for (i = 0; i < 3; i++) {
		if (clk[shown[i]].have)
			sb_printf(sb, " %s", objs[shown[i]].source);
	}
}

void
sysclock_json(struct json *j, const struct sysclock *clk, int obj)
{
	json_str(j, "object", objs[obj].name);
	json_str(j, "source", objs[obj].source);
	if (!clk[obj].have) {
		json_null(j, "type");
		json_null(j, "value");
		json_null(j, "seconds");
		json_str(j, "missing", missing_text(&clk[obj]));
		return;
	}
	json_str(j, "type", obj <= SYSCLOCK_HR ? "Timeticks" : "INTEGER");
	json_uint(j, "value", clk[obj].h);
	if (obj != SYSCLOCK_EBOOTS)
		json_uint(j, "seconds", sysclock_seconds(clk, obj));
	else
		json_null(j, "seconds");
	json_null(j, "missing");
}

int
sysclock_range(struct threshold *th, const char *text, int crit, char *err,
    size_t errlen)
{
	const char *what = crit ? "critical" : "warning";
	int rc;

	if (text == NULL)
		return SNMP_OK;
	if ((rc = range_parse_units(crit ? &th->crit : &th->warn, text,
	    units_seconds, NULL)) == SNMP_E_RANGE)
		snprintf(err, errlen, "Invalid %s range '%s': the number is "
		    "too large", what, text);
	else if (rc != SNMP_OK)
		snprintf(err, errlen, "Invalid %s range '%s': %sexpected "
		    "[@][START:][END] in seconds, each number optionally with "
		    "a unit s, m, h, d or w (15m:, 365d)", what, text,
		    range_why(text, units_seconds));
	else
		*(crit ? &th->has_crit : &th->has_warn) = 1;
	return rc;
}

/*
 * A bound in seconds as "365d", "1h30m", "90s", "0.5s".  Whole numbers
 * are integers: range_parse_units() rewrote "1.5h" as "5400".
 */
static void
add_bound(struct strbuf *sb, const struct num *n)
{
	static const uint64_t mult[] = { 86400, 3600, 60, 1 };
	char text[NUM_TEXT_MAX];
	uint64_t v;
	size_t i;

	if (n->kind == NUM_DOUBLE || (n->kind == NUM_INT && n->i < 0)) {
		num_format(n, text, sizeof(text));
		sb_printf(sb, "%ss", text);
		return;
	}
	v = n->kind == NUM_INT ? (uint64_t)n->i : n->u;
	if (v == 0)
		sb_add(sb, "0s");
	for (i = 0; i < 4; i++) {
		if (v >= mult[i]) {
			sb_printf(sb, "%llu%c", (unsigned long long)(v /
			    mult[i]), "dhms"[i]);
			v %= mult[i];
		}
	}
}

void
sysclock_alert_text(struct strbuf *sb, const struct range *r,
    const struct num *v)
{
	int below;

	if (!r->inside) {
		below = r->has_start && num_cmp(v, &r->start) < 0;
		sb_add(sb, below ? "less than " : "more than ");
		add_bound(sb, below ? &r->start : &r->end);
		return;
	}
	/* "@~:" alerts on any value */
	sb_add(sb, r->has_start && r->has_end ? "between " : r->has_start ?
	    "at least " : r->has_end ? "at most " : "any uptime");
	if (r->has_start)
		add_bound(sb, &r->start);
	if (r->has_start && r->has_end)
		sb_add(sb, " and ");
	if (r->has_end)
		add_bound(sb, &r->end);
}

void
sysclock_duration(uint64_t s, char *buf, size_t cap)
{
	uint64_t d = s / 86400;
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	s %= 86400;
	if (d > 0)
		sb_printf(&sb, "%llu day%s ", (unsigned long long)d,
		    d == 1 ? "" : "s");
	sb_printf(&sb, "%02u:%02u:%02u", (unsigned)(s / 3600),
	    (unsigned)(s / 60 % 60), (unsigned)(s % 60));
}
