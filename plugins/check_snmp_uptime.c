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

#include "options.h"
#include "output.h"
#include "plugin.h"
#include "sysclock.h"
#include "threshold.h"

#define SERVICE		"UPTIME"

struct ctx {
	const char	*warn;
	const char	*crit;
	int		 source;	/* enum sysclock_obj */
	int		 list;
	const char	*format;	/* --format, with --list */
	struct threshold th;
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

	(void)id;
	if ((c->source = sysclock_source_parse(optarg)) >= 0)
		return 0;
	snprintf(err, errlen, "Invalid --source '%s': expected auto, "
	    "hrsystem, sysuptime or engine", optarg);
	return -1;
}

/* --list: one line per object. */
static void
list(const struct sysclock *clk, struct output *out)
{
	size_t n = 0;
	int i;

	for (i = 0; i < SYSCLOCK_N; i++)
		n += sysclock_list_row(&out->longout, clk, i);
	sb_printf(&out->summary, "%zu of 3 clocks:", n);
	sysclock_sources(&out->summary, clk);
}

/* --list --format json: object i as list() shows it. */
static void
json_row(struct json *j, const void *arg, size_t i)
{
	sysclock_json(j, arg, (int)i);
}

/* The verdict on the chosen clock; the long output has every clock. */
static void
check(const struct ctx *c, const struct sysclock *clk, struct output *out)
{
	const struct threshold *th = &c->th;
	struct num v, zero;
	char err[512];
	const char *why;
	uint64_t secs;
	int obj, st;

	if ((obj = sysclock_choose(clk, c->source, &why, err,
	    sizeof(err))) < 0)
		die(STATE_UNKNOWN, "%s", err);
	sysclock_lines(&out->longout, clk);
	secs = sysclock_unwrap(clk, obj, &out->longout);
	num_from_uint(&v, secs);
	st = threshold_state(th, &v);
	output_state(out, st);
	sysclock_summary(&out->summary, clk, obj, secs);
	sb_printf(&out->summary, "%s)", why);
	if (st != STATE_OK) {
		sb_add(&out->summary, ": ");
		sysclock_alert_text(&out->summary, st == STATE_CRITICAL ?
		    &th->crit : &th->warn, &v);
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
	struct sysclock clk[SYSCLOCK_N];
	char err[2048];		/* die()'s own size: a long range cut as ever */
	int json, rc;

	c.source = SYSCLOCK_AUTO;
	plugin_start(&p, &pi, argc, argv);
	/* bad thresholds are reported before any request */
	if (sysclock_range(&c.th, c.warn, 0, err, sizeof(err)) != SNMP_OK ||
	    sysclock_range(&c.th, c.crit, 1, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	if ((rc = sysclock_read(p.s, clk)) != SNMP_OK)
		plugin_fail(&p, rc);
	if (json)
		plugin_json_rows(&p, "check_snmp_uptime", "clocks", SYSCLOCK_N,
		    json_row, clk);
	if (c.list)
		list(clk, p.out);
	else
		check(&c, clk, p.out);
	plugin_finish(&p);
}
