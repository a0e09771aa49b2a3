/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_uptime: how long a host (HOST-RESOURCES-MIB hrSystemUptime,
 * RFC 2790 §4), its SNMP agent (SNMPv2-MIB sysUpTime, RFC 3418) or its
 * SNMP engine (SNMP-FRAMEWORK-MIB snmpEngineTime, RFC 3411 §5) has been
 * up, against thresholds in seconds: "15m:" warns after a reboot, "365d"
 * after too long without one.  TimeTicks are 32-bit hundredths of a
 * second (RFC 2578 §7.1.8) and wrap after 497.1 days; snmpEngineTime
 * counts seconds up to 2^31-1 (RFC 3414 §2.2.1) and is used to detect
 * and undo the wrap where it can.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "num.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "threshold.h"

#define SERVICE		"UPTIME"
#define WRAP		4294967296ull	/* TimeTicks period, hundredths */
#define WRAP_TOL	8640000ull	/* one day: clocks start apart, drift */

/* The objects read, in request order: the TimeTicks first. */
enum obj {
	OBJ_SYS, OBJ_HR, OBJ_ETIME, OBJ_EBOOTS, NOBJ,
	SRC_AUTO = NOBJ		/* --source auto: the first clock there is */
};

static const struct oid obj_oid[NOBJ] = {
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
} objs[NOBJ] = {
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

/* The clocks as the summary of --list and the long output name them. */
static const int shown[] = { OBJ_HR, OBJ_SYS, OBJ_ETIME };

struct ctx {
	const char	*warn;
	const char	*crit;
	int		 source;	/* enum obj, SRC_AUTO */
	int		 list;
	const char	*format;	/* --format, with --list */
	struct threshold th;
};

/* One object as the agent answered it. */
struct clock {
	int		 have;		/* a usable value */
	int		 type;		/* the exception, for messages */
	uint64_t	 h;		/* TimeTicks: hundredths; engine: as is */
	char		 bad[128];	/* why a present value is unusable */
};

static const struct opt_def uptime_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "Warning range for the uptime in seconds; a number may carry a unit\n"
	  "s, m (minutes), h, d or w (weeks): -w 15m: warns during the first\n"
	  "15 minutes after a (re)start, -w 180d after 180 days without one",
	  0, OPT_TEXT, offsetof(struct ctx, warn) },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "Critical range, like -w (-c 5m:, -c 365d)", 0, OPT_TEXT,
	  offsetof(struct ctx, crit) },
	{ "source", 0, OPT_ARG, "auto|hrsystem|sysuptime|engine",
	  "Which clock: hrsystem = hrSystemUptime, the host's time since\n"
	  "boot; sysuptime = sysUpTime, the time since the SNMP agent\n"
	  "(re)started; engine = snmpEngineTime, the SNMP engine's seconds\n"
	  "since its last boot (snmpEngineBoots).  auto (default):\n"
	  "hrSystemUptime when the agent has it, else sysUpTime, else\n"
	  "snmpEngineTime", OPT_PLUGIN_BASE, OPT_CALL, 0 },
	{ "list", 0, OPT_NOARG, NULL,
	  "List the clocks the agent has, with their raw values, one per\n"
	  "line, and exit OK", 0, OPT_SET, offsetof(struct ctx, list) },
	PLUGIN_FORMAT_OPT(offsetof(struct ctx, format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Ranges follow the Nagios plugin guidelines: 10 (alert above 10 or below\n"
"0), 10: (below 10), ~:10 (above 10), 10:20 (outside), @10:20 (inside);\n"
"each number may end in s, m, h, d or w.  Without -w/-c the state is OK.\n"
"Perfdata: 'uptime' in whole seconds.\n"
"\n"
"sysUpTime resets whenever the SNMP agent restarts, so a reboot check on it\n"
"also fires when only the agent was restarted; hrSystemUptime does not.\n"
"Both are TimeTicks and wrap to 0 after 497.1 days.  When the agent also\n"
"has snmpEngineTime (seconds, no practical wrap), a sysUpTime that is\n"
"behind it by whole periods of 497.1 days, or an hrSystemUptime smaller\n"
"than it (the host cannot have been up for less time than its agent), is\n"
"corrected and the output says so; otherwise a longer uptime cannot be\n"
"told apart and the long output carries a note.\n"
"\n"
"Examples:\n"
"  check_snmp_uptime -H 192.0.2.1 -w 15m: -c 5m:\n"
"  check_snmp_uptime -H 192.0.2.1 -c 365d\n"
"  check_snmp_uptime -H switch1 --source sysuptime -w 1h:\n"
"  check_snmp_uptime -H 192.0.2.1 --list\n"
"  check_snmp_uptime --walk-file host.walk -w 15m:\n";

/* --source, the one option that is not stored as given: the clock. */
static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;
	int i;

	(void)id;
	for (i = 0; i <= SRC_AUTO; i++) {
		if (strcasecmp(optarg, i == SRC_AUTO ? "auto" :
		    objs[i].source) == 0) {
			c->source = i;
			return 0;
		}
	}
	snprintf(err, errlen, "Invalid --source '%s': expected auto, "
	    "hrsystem, sysuptime or engine", optarg);
	return -1;
}

static void
parse_range(struct threshold *th, const char *text, int crit)
{
	const char *what = crit ? "critical" : "warning";
	int rc;

	if (text == NULL)
		return;
	if ((rc = range_parse_units(crit ? &th->crit : &th->warn, text,
	    units_seconds, NULL)) == SNMP_E_RANGE)
		die(STATE_UNKNOWN, "Invalid %s range '%s': the number is too "
		    "large", what, text);
	if (rc != SNMP_OK)
		die(STATE_UNKNOWN, "Invalid %s range '%s': %sexpected "
		    "[@][START:][END] in seconds, each number optionally with "
		    "a unit s, m, h, d or w (15m:, 365d)", what, text,
		    range_why(text, units_seconds));
	*(crit ? &th->has_crit : &th->has_warn) = 1;
}

/* Seconds as "23 days 04:51:07", "1 day 00:00:00", "00:02:26". */
static void
fmt_duration(uint64_t s, char *buf, size_t cap)
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

/*
 * A threshold bound in seconds as "365d", "1h30m", "90s", "0.5s".  Whole
 * numbers are integers: range_parse_units() rewrote "1.5h" as "5400".
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

/* Why the value raised an alert for range r: "less than 15m". */
static void
describe_alert(const struct range *r, const struct num *v, struct strbuf *sb)
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

/*
 * One GET for the four objects: TimeTicks, then INTEGER 0..2^31-1 (RFC
 * 3414 §2.2.1).  A missing object is merely absent; one of another type
 * or out of range is a broken agent.
 */
static void
fetch(struct plugin *p, struct clock *clk)
{
	struct varbind vb[NOBJ];
	const struct snmp_value *v;
	int i, ticks;

	memset(clk, 0, NOBJ * sizeof(*clk));
	plugin_get(p, obj_oid, NOBJ, vb);
	for (i = 0; i < NOBJ; i++) {
		v = &vb[i].val;
		ticks = i <= OBJ_HR;
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
}

/* Whole seconds of a clock that has a value, as it reads. */
static uint64_t
seconds(const struct clock *clk, int obj)
{
	return obj <= OBJ_HR ? clk[obj].h / 100 : clk[obj].h;
}

static const char *
missing_text(const struct clock *c)
{
	return c->bad[0] != '\0' ? c->bad : value_type_name(c->type);
}

/* ", snmpEngineBoots 7" when the agent has it. */
static void
add_boots(struct strbuf *sb, const struct clock *clk)
{
	if (clk[OBJ_EBOOTS].have)
		sb_printf(sb, ", snmpEngineBoots %llu",
		    (unsigned long long)clk[OBJ_EBOOTS].h);
}

/*
 * The seconds of clock obj (OBJ_SYS or OBJ_HR), TimeTicks wraps undone
 * with snmpEngineTime where they can be; the long output gets a line on
 * what was done, or a note on what could not be.
 *
 * sysUpTime and snmpEngineTime both count from the agent's start, so
 * they agree up to whole wraps of sysUpTime (within WRAP_TOL).  The host
 * has been up at least as long as its agent, so an hrSystemUptime below
 * snmpEngineTime has wrapped: the fewest periods that lift it to the
 * engine's time are added, a lower bound.
 */
static uint64_t
unwrap(int obj, const struct clock *clk, struct strbuf *sb)
{
	const struct clock *e = &clk[OBJ_ETIME];
	char a[64], b[64];
	uint64_t k = 0, t = clk[obj].h, en = e->h * 100, diff;

	if (!e->have) {
		sb_printf(sb, "note: %s wraps to 0 every 497.1 days and there "
		    "is no %ssnmpEngineTime to check it against: an uptime "
		    "longer by a multiple of 497.1 days would read the same\n",
		    objs[obj].name, e->bad[0] != '\0' ? "valid " : "");
		return t / 100;
	}
	fmt_duration(e->h, a, sizeof(a));
	fmt_duration(t / 100, b, sizeof(b));
	if (obj == OBJ_SYS && (en > t + WRAP_TOL || en + WRAP_TOL < t)) {
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
	} else if (obj == OBJ_HR && en > t + WRAP_TOL) {
		k = (en - WRAP_TOL - t + WRAP - 1) / WRAP;
		sb_printf(sb, "hrSystemUptime (%s) is less than snmpEngineTime "
		    "(%s): it wrapped, corrected by %llu x 497.1 days (at "
		    "least)\n", b, a, (unsigned long long)k);
	} else if (obj == OBJ_HR)
		sb_printf(sb, "note: hrSystemUptime wraps to 0 every 497.1 "
		    "days; snmpEngineTime (%s) is too short to tell whether it "
		    "did: the host may have been up longer by a multiple of "
		    "497.1 days\n", a);
	return (t + k * WRAP) / 100;
}

/* --list: one line per object. */
static void
list(const struct clock *clk, struct output *out)
{
	struct strbuf *lo = &out->longout;
	char buf[64];
	size_t n = 0;
	int i;

	for (i = 0; i < NOBJ; i++) {
		sb_printf(lo, "%s %s.0 ", objs[i].source, objs[i].name);
		if (!clk[i].have) {
			sb_printf(lo, "missing (%s)\n", missing_text(&clk[i]));
			continue;
		}
		sb_printf(lo, "%s %llu", i <= OBJ_HR ? "Timeticks" : "INTEGER",
		    (unsigned long long)clk[i].h);
		if (i != OBJ_EBOOTS) {
			n++;
			fmt_duration(seconds(clk, i), buf, sizeof(buf));
			sb_printf(lo, " = %s", buf);
		}
		if (i <= OBJ_HR)
			sb_printf(lo, ".%02u", (unsigned)(clk[i].h % 100));
		sb_printf(lo, ": %s\n", objs[i].what);
	}
	sb_printf(&out->summary, "%zu of 3 clocks:", n);
	for (i = 0; i < 3; i++) {
		if (clk[shown[i]].have)
			sb_printf(&out->summary, " %s", objs[shown[i]].source);
	}
}

/* --list --format json: object i as list() shows it. */
static void
json_row(struct json *j, const void *arg, size_t i)
{
	const struct clock *clk = arg;

	json_str(j, "object", objs[i].name);
	json_str(j, "source", objs[i].source);
	if (!clk[i].have) {
		json_null(j, "type");
		json_null(j, "value");
		json_null(j, "seconds");
		json_str(j, "missing", missing_text(&clk[i]));
		return;
	}
	json_str(j, "type", i <= OBJ_HR ? "Timeticks" : "INTEGER");
	json_uint(j, "value", clk[i].h);
	if (i != OBJ_EBOOTS)
		json_uint(j, "seconds", seconds(clk, (int)i));
	else
		json_null(j, "seconds");
	json_null(j, "missing");
}

/*
 * Which clock to report: the one asked for, or the first there is of
 * hrSystemUptime, sysUpTime, snmpEngineTime.  A broken clock is an error,
 * not a reason to fall back; a broken snmpEngineTime, auto's last resort,
 * is named among the missing.
 */
static int
choose(int source, const struct clock *clk, const char **why)
{
	static const char *const whys[] = { "", "; no hrSystemUptime",
	    "; no hrSystemUptime, no sysUpTime" };
	size_t i, n = source == SRC_AUTO ? 3 : 1;
	int obj;

	for (i = 0; i < n; i++) {
		obj = n == 1 ? source : shown[i];
		if (clk[obj].bad[0] != '\0' && (n == 1 || obj != OBJ_ETIME))
			die(STATE_UNKNOWN, "%s", clk[obj].bad);
		if (clk[obj].have) {
			*why = whys[i];
			return obj;
		}
	}
	if (n == 1)
		die(STATE_UNKNOWN, "No %s.0 (%s): %s", objs[source].name,
		    missing_text(&clk[source]), objs[source].hint);
	die(STATE_UNKNOWN, "The agent has none of hrSystemUptime.0 (%s), "
	    "sysUpTime.0 (%s), snmpEngineTime.0 (%s)",
	    missing_text(&clk[OBJ_HR]), missing_text(&clk[OBJ_SYS]),
	    missing_text(&clk[OBJ_ETIME]));
}

/* The verdict on the chosen clock; the long output has every clock. */
static void
check(const struct ctx *c, const struct clock *clk, struct output *out)
{
	const struct threshold *th = &c->th;
	struct num v, zero;
	char dur[64];
	const char *why;
	uint64_t secs;
	int i, obj, st;

	obj = choose(c->source, clk, &why);
	for (i = 0; i < 3; i++) {
		if (!clk[shown[i]].have)
			continue;
		fmt_duration(seconds(clk, shown[i]), dur, sizeof(dur));
		sb_printf(&out->longout, "%s.0: %s", objs[shown[i]].name, dur);
		if (shown[i] == OBJ_ETIME)
			add_boots(&out->longout, clk);
		sb_printf(&out->longout, " (%s)\n", objs[shown[i]].since);
	}
	secs = obj == OBJ_ETIME ? clk[obj].h : unwrap(obj, clk, &out->longout);
	num_from_uint(&v, secs);
	st = threshold_state(th, &v);
	output_state(out, st);
	fmt_duration(secs, dur, sizeof(dur));
	sb_printf(&out->summary, "%s up %s (%s", objs[obj].who, dur,
	    objs[obj].name);
	if (obj == OBJ_ETIME)
		add_boots(&out->summary, clk);
	if (secs != seconds(clk, obj))
		sb_add(&out->summary, ", wrap corrected with snmpEngineTime");
	sb_printf(&out->summary, "%s)", why);
	if (st != STATE_OK) {
		sb_add(&out->summary, ": ");
		describe_alert(st == STATE_CRITICAL ? &th->crit : &th->warn, &v,
		    &out->summary);
	}
	num_from_int(&zero, 0);
	output_perf(out, "uptime", &v, "s", th, &zero, NULL);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_uptime",
		"Check how long a host, its SNMP agent or its SNMP engine has "
		"been up: reboot detection and maximum uptime.",
		"-H HOST [-w RANGE] [-c RANGE] "
		"[--source auto|hrsystem|sysuptime|engine] [--list] [options]",
		uptime_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct clock clk[NOBJ];
	int json;

	c.source = SRC_AUTO;
	plugin_start(&p, &pi, argc, argv);
	/* bad thresholds are reported before any request */
	parse_range(&c.th, c.warn, 0);
	parse_range(&c.th, c.crit, 1);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	fetch(&p, clk);
	if (json)
		plugin_json_rows(&p, "check_snmp_uptime", "clocks", NOBJ,
		    json_row, clk);
	if (c.list)
		list(clk, p.out);
	else
		check(&c, clk, p.out);
	plugin_finish(&p);
}
