/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_interface: interface status, traffic, errors and discards
 * from IF-MIB (RFC 2863) ifTable and ifXTable.  Interfaces are selected by
 * ifIndex, by ifDescr, ifName or ifAlias (exact or regular expression,
 * include and exclude) and by ifType.  Status follows ifAdminStatus and
 * ifOperStatus (§3.1.13: a table of what each value means here).  Rates
 * come from two samples: the one stored by the previous run (common/state)
 * or, with --sample, two taken inside this run; each sample carries the
 * agent's sysUpTime.0 from the same request as its counters, so the
 * interval is the agent's own.  ifHC counters (64 bits) are used where
 * the agent has them, ifTable's 32-bit counters otherwise, with the wrap
 * and reset rules of common/rate.  An index that now names another
 * interface (renumbering, §3.1.5) is a reset, never a spike.
 *
 * Requests: an index selection is one GET (sysUpTime.0 plus the needed
 * columns of the rows); any other selection walks only the columns it
 * matches on, then GETs the needed columns of the matching rows.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cell.h"
#include "ifmib.h"
#include "limit.h"
#include "num.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rate.h"
#include "select.h"
#include "session.h"
#include "table.h"
#include "store.h"
#include "threshold.h"

#define SERVICE		"INTERFACE"
#define PLUGIN_NAME	"check_snmp_interface"
#define TEXT_MAX	256
#define TYPE_BITS	1024	/* ifType values a selection can name */

enum metric { M_TRAFFIC, M_ERRORS, M_DISCARDS, NMETRICS };
enum dirsel { DS_BOTH, DS_IN, DS_OUT };
enum wc { WARN, CRIT };

static const char *const dir_name[NDIRS] = { "in", "out" };
static const char *const metric_name[NMETRICS] = { "traffic", "errors",
    "discards" };

/* A limit is in bits/s or per second, or in % of the speed or packets. */
#define LIMIT_ABS	LIMIT_AMOUNT

#define ADMIN_IGNORE	(-1)
/*
 * net-snmp serves the IF-MIB counters from a cache it refreshes every few
 * seconds, and other agents do likewise: counters that did not move over
 * less than this are no evidence of an idle link.
 */
#define IF_CACHE_SECS	5.0
#define NEED_SPEED	"a % threshold needs a speed: give --speed, or " \
			"--ignore-unknown-speed"

/* Match fields for -n, -r, -E (--match-on): bits of field_names[]. */
enum field {
	F_DESCR = 1,
	F_NAME = 2,
	F_ALIAS = 4
};

static const char *const field_names[] = { "descr", "name", "alias",
    NULL };

struct iface {
	struct ifmib_row r;		/* as read: identity, status, counters */
	char		 label[TEXT_MAX + 16];	/* what the output calls it */
	uint64_t	 speed[NDIRS];	/* bits/s, 0 unknown */
	int		 ignored;	/* admin down, --admin-down ignore */
	struct rate_sample prev;
	int		 have_prev;
	const char	*prev_text;	/* the old state section, in the */
	size_t		 prev_len;	/* rate store's data */
	/* results */
	int		 rate;		/* enum rate_status */
	char		 why[STORE_ERR_MAX];
	double		 secs;
	int		 wrapped;	/* a Counter32 wrapped */
	int		 has[NMETRICS][NDIRS];
	double		 val[NMETRICS][NDIRS];	/* bits/s or per second */
	int		 has_pct[NMETRICS][NDIRS];
	double		 pct[NMETRICS][NDIRS];
	int		 mstate[NMETRICS][NDIRS];
	char		 mwhy[NMETRICS][NDIRS][96];
	int		 status_state;
	int		 state;
	int		 pct_skipped;	/* a % threshold without a speed */
	int		 pct_unknown;	/* ... and that is UNKNOWN */
};

struct ctx {
	struct limit	 lim[NMETRICS][3][2];	/* metric, dirsel, wc */
	struct select_opts so;
	unsigned char	 types[TYPE_BITS / 8];
	int		 has_types;
	unsigned char	 xtypes[TYPE_BITS / 8];
	int		 has_xtypes;
	int		 admin_down;	/* ADMIN_IGNORE or a state */
	int		 oper_map[OPER_MAX + 1];
	int		 oper_set[OPER_MAX + 1];
	int		 oper_user[OPER_MAX + 1];
	int		 expect_down;
	int		 status_only;
	uint64_t	 speed[NDIRS];
	int		 has_speed[NDIRS];
	int		 force32;
	int		 ignore_nospeed;	/* --ignore-unknown-speed */
	const char	*state_dir;
	int		 first_state;
	int		 reset_state;
	int		 nomatch_state;
	long		 sample;
	int		 list;
	struct select	 sel;
	/* from the options, for the state key */
	char		 selection[2048];
};

/* Option ids: thresholds are O_TH + metric * 6 + dirsel * 2 + wc. */
enum {
	O_TH = OPT_PLUGIN_BASE,
	O_TH_END = O_TH + NMETRICS * 6,
	O_WARN = O_TH_END, O_CRIT, O_TYPE, O_XTYPE, O_ADMINDOWN, O_OPERSTATE,
	O_SPEED, O_INSPEED, O_OUTSPEED, O_SAMPLE
};

#define CTX(f)		offsetof(struct ctx, f)
#define SEL		OPT_SELECT, CTX(so)

#define TH(m, d, w)	(O_TH + (m) * 6 + (d) * 2 + (w))

static const struct opt_def if_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "Same as --traffic-warning", O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "Same as --traffic-critical", O_CRIT, OPT_CALL, 0 },
	{ "traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on the traffic of each direction: bits per second\n"
	  "with an optional SI unit (800M, 1.5G, 100k; k M G T are powers of\n"
	  "1000; b, bit, bps may follow; byte units are refused), or a\n"
	  "percentage of the interface speed (80%).  800M means alert above\n"
	  "800 Mb/s, 10M: below 10 Mb/s; any Nagios range works", TH(0, 0, 0), OPT_CALL, 0 },
	{ "traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on the traffic, like --traffic-warning",
	  TH(0, 0, 1), OPT_CALL, 0 },
	{ "in-traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming traffic only (overrides\n"
	  "--traffic-warning for that direction)", TH(0, 1, 0), OPT_CALL, 0 },
	{ "in-traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming traffic only", TH(0, 1, 1), OPT_CALL, 0 },
	{ "out-traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing traffic only", TH(0, 2, 0), OPT_CALL, 0 },
	{ "out-traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing traffic only", TH(0, 2, 1), OPT_CALL, 0 },
	{ "errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on errors of each direction: errors per second\n"
	  "(0.5), or a percentage of the packets of that direction (0.1%)",
	  TH(1, 0, 0), OPT_CALL, 0 },
	{ "errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on errors, like --errors-warning", TH(1, 0, 1), OPT_CALL, 0 },
	{ "in-errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming errors only", TH(1, 1, 0), OPT_CALL, 0 },
	{ "in-errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming errors only", TH(1, 1, 1), OPT_CALL, 0 },
	{ "out-errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing errors only", TH(1, 2, 0), OPT_CALL, 0 },
	{ "out-errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing errors only", TH(1, 2, 1), OPT_CALL, 0 },
	{ "discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on discards, per second or % of packets, like\n"
	  "--errors-warning", TH(2, 0, 0), OPT_CALL, 0 },
	{ "discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on discards", TH(2, 0, 1), OPT_CALL, 0 },
	{ "in-discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming discards only", TH(2, 1, 0), OPT_CALL, 0 },
	{ "in-discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming discards only", TH(2, 1, 1), OPT_CALL, 0 },
	{ "out-discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing discards only", TH(2, 2, 0), OPT_CALL, 0 },
	{ "out-discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing discards only", TH(2, 2, 1), OPT_CALL, 0 },
	{ "index", 0, OPT_ARG, "N[,N...]",
	  "Check the interfaces with these ifIndex values; repeatable.  Alone\n"
	  "it needs no walk: one GET reads everything", SEL_INDEX, SEL },
	{ "name", 'n', OPT_ARG, "NAME",
	  "Check the interface whose name (see --match-on) is NAME exactly;\n"
	  "repeatable", SEL_NAME, SEL },
	{ "include", 'r', OPT_ARG, "REGEX",
	  "Check interfaces whose name matches the extended regular\n"
	  "expression; repeatable", SEL_INCLUDE, SEL },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out interfaces whose name matches; repeatable", SEL_EXCLUDE,
	  SEL },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "-n, -r and -E ignore case", SEL_ICASE, SEL },
	{ "match-on", 0, OPT_ARG, "FIELD[,FIELD...]",
	  "What -n, -r and -E compare with: name (ifName, the default; ifDescr\n"
	  "on agents without ifName), descr (ifDescr), alias (ifAlias), or\n"
	  "several: an interface matches when any of them does", SEL_FIELDS,
	  SEL },
	{ "type", 'T', OPT_ARG, "TYPE[,TYPE...]",
	  "Check only interfaces of these ifTypes: a number or an IANAifType\n"
	  "name (ethernetCsmacd, softwareLoopback, ieee8023adLag, l2vlan,\n"
	  "tunnel, propVirtual, ...; aliases ethernet, loopback, lag, vlan,\n"
	  "wifi, virtual); repeatable", O_TYPE, OPT_CALL, 0 },
	{ "exclude-type", 0, OPT_ARG, "TYPE[,TYPE...]",
	  "Leave out interfaces of these ifTypes; repeatable", O_XTYPE, OPT_CALL, 0 },
	{ "admin-down", 0, OPT_ARG, "ignore|STATE",
	  "What an administratively down interface gives: ignore (default:\n"
	  "not checked, not counted) or a state (OK, WARNING, CRITICAL,\n"
	  "UNKNOWN)", O_ADMINDOWN, OPT_CALL, 0 },
	{ "oper-state", 0, OPT_ARG, "STATUS=STATE[,...]",
	  "State for an ifOperStatus of an interface that is admin up:\n"
	  "up, down, testing, unknown, dormant, notPresent, lowerLayerDown\n"
	  "(or 1-7) = OK, WARNING, CRITICAL or UNKNOWN; repeatable", O_OPERSTATE, OPT_CALL, 0 },
	{ "expect-down", 0, OPT_NOARG, NULL,
	  "The interfaces should be down (a backup link): down, notPresent,\n"
	  "lowerLayerDown and dormant are OK, up is CRITICAL", 0, OPT_SET,
	  CTX(expect_down) },
	{ "status-only", 0, OPT_NOARG, NULL,
	  "Check the status only: no counters, no rates, no state file",
	  0, OPT_SET, CTX(status_only) },
	{ "speed", 0, OPT_ARG, "BITS",
	  "Use this speed for both directions instead of ifSpeed/ifHighSpeed\n"
	  "(100M, 1G, 2.5G; SI units as for the traffic thresholds)", O_SPEED, OPT_CALL, 0 },
	{ "in-speed", 0, OPT_ARG, "BITS",
	  "Speed of the incoming direction (an asymmetric line)", O_INSPEED, OPT_CALL, 0 },
	{ "out-speed", 0, OPT_ARG, "BITS",
	  "Speed of the outgoing direction", O_OUTSPEED, OPT_CALL, 0 },
	{ "ignore-unknown-speed", 0, OPT_NOARG, NULL,
	  "An interface without a speed skips the % traffic thresholds (OK,\n"
	  "with a note) instead of being UNKNOWN", 0, OPT_SET,
	  CTX(ignore_nospeed) },
	{ "32bit", 0, OPT_NOARG, NULL,
	  "Use ifTable's 32-bit counters even where ifXTable has 64-bit ones\n"
	  "(-P 1 always does)", 0, OPT_SET, CTX(force32) },
	{ "state-dir", 0, OPT_ARG, "DIR",
	  "Where the samples are kept between runs (default $MP_STATE_PATH,\n"
	  "else $NAGIOS_PLUGIN_STATE_DIRECTORY, else " STORE_DIR_DEFAULT ")",
	  0, OPT_TEXT, CTX(state_dir) },
	{ "first-run", 0, OPT_ARG, "STATE",
	  "State while there is no usable previous sample (first run, or the\n"
	  "last sample under a second old); default OK, \"collecting data\"",
	  0, OPT_STATE, CTX(first_state) },
	{ "on-reset", 0, OPT_ARG, "STATE",
	  "State when the counters were reset (agent restart, counters\n"
	  "cleared, the index now names another interface); default OK, with\n"
	  "a note, and no rate this time", 0, OPT_STATE, CTX(reset_state) },
	{ "sample", 0, OPT_ARG, "SECONDS",
	  "Take two samples SECONDS apart inside this run instead of using a\n"
	  "state file (for checks that move between workers); must be below\n"
	  "the -t budget, and the wait is cut if a slow first sample leaves\n"
	  "the second no room; counters that did not move in under 5 s are\n"
	  "asked again after 5 s (agents cache them) when -t allows.  A rate\n"
	  "it cannot measure is UNKNOWN", O_SAMPLE, OPT_CALL, 0 },
	{ "no-match", 0, OPT_ARG, "STATE",
	  "State when no interface is selected, or a given --index does not\n"
	  "exist (default UNKNOWN)", 0, OPT_STATE, CTX(nomatch_state) },
	{ "list", 0, OPT_NOARG, NULL,
	  "List every interface (index, descr, name, alias, type, speed, admin\n"
	  "and oper status), marking with * those the options select; exit OK",
	  0, OPT_SET, CTX(list) },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Status of an interface that is admin up, by ifOperStatus (--oper-state\n"
"changes any of them; --expect-down turns up and down around):\n"
"  up OK, down CRITICAL, lowerLayerDown CRITICAL, notPresent WARNING,\n"
"  testing WARNING, dormant OK, unknown UNKNOWN.\n"
"Admin down interfaces are ignored unless --admin-down gives a state.\n"
"\n"
"Traffic is in bits per second; the % is of ifHighSpeed/ifSpeed or of\n"
"--speed.  Without a speed (0, as virtual interfaces report) there is no\n"
"%: a % traffic threshold makes the interface UNKNOWN unless --speed\n"
"gives one or --ignore-unknown-speed skips it.  Errors and discards are\n"
"per second, and in % of the packets of their direction.\n"
"Rates need two samples: the first run stores one and says \"collecting\n"
"data\"; --sample takes both in one run.\n"
"\n"
"Examples:\n"
"  check_snmp_interface -H switch1 --index 10101 -w 80% -c 90%\n"
"  check_snmp_interface -H switch1 -n Gi1/0/1 --in-traffic-critical 950M\n"
"  check_snmp_interface -H switch1 -r '^Gi1/0/' -T ethernet --errors-warning 0.1%\n"
"  check_snmp_interface -H router -n Dialer0 --expect-down\n"
"  check_snmp_interface -H host -E '^(lo|docker)' --sample 5 -t 15\n"
"  check_snmp_interface -H host --list\n";

static int
bit_get(const unsigned char *b, int n)
{
	return n >= 0 && n < TYPE_BITS && (b[n / 8] >> (n % 8) & 1);
}

/* An ifType by number or IANAifType name; -1 with a message in err. */
static int
type_parse(const char *tok, char *err, size_t errlen)
{
	long v;

	if (*tok >= '0' && *tok <= '9' && tok[strspn(tok, "0123456789")] ==
	    '\0' && strlen(tok) < 19) {
		if (options_int(tok, 1, TYPE_BITS - 1, &v) < 0) {
			snprintf(err, errlen, "Invalid interface type '%s': "
			    "expected 1 to %d or a name", tok, TYPE_BITS - 1);
			return -1;
		}
		return (int)v;
	}
	if ((v = ifmib_type_parse(tok)) >= 0)
		return (int)v;
	snprintf(err, errlen, "Unknown interface type '%s': use an ifType "
	    "number or a name such as ethernetCsmacd, softwareLoopback, "
	    "ieee8023adLag, l2vlan, tunnel", tok);
	return -1;
}

static int
parse_types(unsigned char *bits, const char *arg, char *err, size_t errlen)
{
	char buf[512], *tok, *save;
	int n = 0, v;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid interface type list: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save), n++) {
		if ((v = type_parse(tok, err, errlen)) < 0)
			return -1;
		bits[v / 8] |= (unsigned char)(1u << (v % 8));
	}
	if (n == 0) {
		snprintf(err, errlen, "Invalid interface type list '%s'", arg);
		return -1;
	}
	return 0;
}

/* One STATUS=STATE of --oper-state. */
static int
oper_state(struct ctx *c, char *tok, char *err, size_t errlen)
{
	char *eq;
	int o, st;

	if ((eq = strchr(tok, '=')) == NULL) {
		snprintf(err, errlen, "Invalid --oper-state '%s': expected "
		    "STATUS=STATE", tok);
		return -1;
	}
	*eq = '\0';
	if ((o = ifmib_oper_parse(tok)) < 0) {
		snprintf(err, errlen, "Invalid --oper-state: unknown status "
		    "'%s' (expected up, down, testing, unknown, dormant, "
		    "notPresent, lowerLayerDown or 1-7)", tok);
		return -1;
	}
	if ((st = state_parse(eq + 1)) < 0) {
		snprintf(err, errlen, "Invalid --oper-state: state '%s' for %s "
		    "(expected OK, WARNING, CRITICAL, UNKNOWN or 0-3)", eq + 1,
		    ifmib_oper_name(o));
		return -1;
	}
	c->oper_user[o] = st;
	c->oper_set[o] = 1;
	return 0;
}

static int
parse_oper_states(struct ctx *c, const char *arg, char *err, size_t errlen)
{
	char buf[512], *tok, *save;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --oper-state: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (oper_state(c, tok, err, errlen) < 0)
			return -1;
	}
	return 0;
}

/* A speed such as 100M or 2.5G, in bits per second. */
static int
parse_speed(const char *arg, uint64_t *out)
{
	struct range r;
	double d;

	if (strchr(arg, 'B') != NULL || strchr(arg, ':') != NULL ||
	    strchr(arg, '@') != NULL || strchr(arg, '~') != NULL ||
	    range_parse_units(&r, arg, units_bits, NULL) != SNMP_OK)
		return -1;
	d = num_to_double(&r.end);
	if (d < 1 || d > 1e15)
		return -1;
	*out = (uint64_t)(d + 0.5);
	return 0;
}

/* --speed, --in-speed, --out-speed: the latter two win. */
static int
set_speed_opt(struct ctx *c, int id, const char *arg, char *err,
    size_t errlen)
{
	uint64_t sp;
	int d;

	if (parse_speed(arg, &sp) < 0) {
		snprintf(err, errlen, "Invalid %s '%s': expected bits per second "
		    "with an optional k, M, G or T (100M, 2.5G)", id == O_SPEED ?
		    "--speed" : id == O_INSPEED ? "--in-speed" : "--out-speed",
		    arg);
		return -1;
	}
	for (d = 0; d < NDIRS; d++) {
		if ((id == O_INSPEED && d == D_OUT) ||
		    (id == O_OUTSPEED && d == D_IN) ||
		    (id == O_SPEED && c->has_speed[d] > 1))
			continue;
		c->speed[d] = sp;
		c->has_speed[d] = id == O_SPEED ? 1 : 2;
	}
	return 0;
}

/*
 * A threshold of metric m, direction d: "%" after its numbers (a
 * percentage) or, for traffic, SI bit units.  Byte units are refused:
 * units match without case, so "MB" would silently read as megabits.
 */
static int
set_limit(struct ctx *c, int m, int d, int w, const char *arg, char *err,
    size_t errlen)
{
	if (limit_parse(&c->lim[m][d][w], arg, m == M_TRAFFIC ? units_bits :
	    NULL, m == M_TRAFFIC ? LIMIT_NO_BYTES : 0) == 0)
		return 0;
	snprintf(err, errlen, "Invalid %s%s %s range '%s': %sexpected "
	    "[@][START:][END] %s", d == DS_IN ? "incoming " : d == DS_OUT ?
	    "outgoing " : "", metric_name[m], w ? "critical" : "warning", arg,
	    range_why(arg, m == M_TRAFFIC ? units_bits : NULL),
	    m == M_TRAFFIC ? "in bits per second with an optional k, M, G or "
	    "T (800M), or in percent of the speed (80%)" : "per second (0.5), "
	    "or in percent of the packets (0.1%)");
	return -1;
}

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;
	long v;
	int s;

	if (id >= O_TH && id < O_TH_END)
		return set_limit(c, (id - O_TH) / 6, (id - O_TH) % 6 / 2,
		    (id - O_TH) % 2, optarg, err, errlen);
	switch (id) {
	case O_WARN:
	case O_CRIT:
		return set_limit(c, M_TRAFFIC, DS_BOTH, id == O_CRIT, optarg,
		    err, errlen);
	case O_TYPE:
		c->has_types = 1;
		return parse_types(c->types, optarg, err, errlen);
	case O_XTYPE:
		c->has_xtypes = 1;
		return parse_types(c->xtypes, optarg, err, errlen);
	case O_ADMINDOWN:
		if (strcasecmp(optarg, "ignore") == 0)
			c->admin_down = ADMIN_IGNORE;
		else if ((s = state_parse(optarg)) >= 0)
			c->admin_down = s;
		else {
			snprintf(err, errlen, "Invalid --admin-down '%s': "
			    "expected ignore, OK, WARNING, CRITICAL or UNKNOWN",
			    optarg);
			return -1;
		}
		return 0;
	case O_OPERSTATE:
		return parse_oper_states(c, optarg, err, errlen);
	case O_SAMPLE:
		if (options_int(optarg, 1, 3600, &v) < 0) {
			snprintf(err, errlen, "Invalid --sample '%s': expected "
			    "whole seconds, 1 to 3600", optarg);
			return -1;
		}
		c->sample = v;
		return 0;
	}
	return set_speed_opt(c, id, optarg, err, errlen);
}

/* The limit that applies to a metric in a direction. */
static const struct limit *
limit_of(const struct ctx *c, int m, int d, int w)
{
	const struct limit *l = &c->lim[m][d == D_IN ? DS_IN : DS_OUT][w];

	return l->given ? l : &c->lim[m][DS_BOTH][w];
}

static int
any_limit(const struct ctx *c)
{
	int m, d, w;

	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < 3; d++)
			for (w = 0; w < 2; w++)
				if (c->lim[m][d][w].given)
					return 1;
	return 0;
}

/* What each ifOperStatus gives: the table, --expect-down, --oper-state. */
static void
oper_table(struct ctx *c)
{
	int k;

	c->oper_map[OPER_UP] = c->expect_down ? STATE_CRITICAL : STATE_OK;
	c->oper_map[OPER_DOWN] = c->expect_down ? STATE_OK : STATE_CRITICAL;
	c->oper_map[OPER_TESTING] = STATE_WARNING;
	c->oper_map[OPER_UNKNOWN] = STATE_UNKNOWN;
	c->oper_map[OPER_DORMANT] = STATE_OK;
	c->oper_map[OPER_NOTPRESENT] = c->expect_down ? STATE_OK :
	    STATE_WARNING;
	c->oper_map[OPER_LOWERDOWN] = c->expect_down ? STATE_OK :
	    STATE_CRITICAL;
	for (k = 1; k <= OPER_MAX; k++) {
		if (c->oper_set[k])
			c->oper_map[k] = c->oper_user[k];
	}
}

/* Option checks that need all of them; the selection and its key. */
static void
setup(struct ctx *c, const struct snmp_opts *o)
{
	struct strbuf sb;
	char err[512];
	int k;

	if (c->so.fields == 0)
		c->so.fields = F_NAME;
	if (c->status_only && any_limit(c))
		die(STATE_UNKNOWN, "--status-only cannot be combined with "
		    "traffic, error or discard thresholds");
	if (c->status_only && c->sample > 0)
		die(STATE_UNKNOWN, "--status-only and --sample exclude each "
		    "other: --sample is for rates");
	if (c->sample > 0 && c->sample * 1000 >= o->timeout_ms)
		die(STATE_UNKNOWN, "--sample %ld must be shorter than the time "
		    "budget (-t %.0f): both samples must fit in it; raise -t",
		    c->sample, (double)o->timeout_ms / 1000);
	if (c->sample > 0 && o->walkfile != NULL && !c->list)
		die(STATE_UNKNOWN, "--sample needs a live agent: a walk file "
		    "does not change between the two samples");
	oper_table(c);
	if (select_build(&c->sel, &c->so, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	/* the selection, as the state key and label know it */
	sb_init(&sb, c->selection, sizeof(c->selection));
	select_describe(&c->so, &sb);
	for (k = 0; k < TYPE_BITS; k++) {
		if (c->has_types && bit_get(c->types, k))
			sb_printf(&sb, " type %d", k);
		if (c->has_xtypes && bit_get(c->xtypes, k))
			sb_printf(&sb, " xtype %d", k);
	}
	if (sb.len == 0)
		sb_add(&sb, "all");
	/* a --32bit run's samples are not the 64-bit counters' */
	if (c->force32)
		sb_add(&sb, " 32bit");
	if (sb.truncated)
		die(STATE_UNKNOWN, "The selection is too long for a state file "
		    "key: use fewer or shorter -n, -r, -E and --index values");
}

/* The speed of each direction: the options, else the agent's. */
static void
set_speed(const struct ctx *c, struct iface *f)
{
	uint64_t agent = ifmib_speed(&f->r);
	int d;

	for (d = 0; d < NDIRS; d++)
		f->speed[d] = c->has_speed[d] ? c->speed[d] : agent;
}

static int
type_selected(const struct ctx *c, int type)
{
	if (c->has_types && !bit_get(c->types, type))
		return 0;
	if (c->has_xtypes && bit_get(c->xtypes, type))
		return 0;
	return 1;
}

/* The texts -n, -r and -E compare with; name falls back to descr. */
static size_t
match_texts(const struct ctx *c, const struct iface *f, const char **t)
{
	size_t n = 0;

	if (c->so.fields & F_DESCR)
		t[n++] = f->r.descr;
	if (c->so.fields & F_NAME)
		t[n++] = f->r.name[0] != '\0' ? f->r.name : f->r.descr;
	if (c->so.fields & F_ALIAS)
		t[n++] = f->r.alias;
	return n;
}

static int
text_selected(const struct ctx *c, const struct iface *f)
{
	const char *t[3];
	size_t n;

	if (!select_by_text(&c->so))
		return 1;
	n = match_texts(c, f, t);
	return select_match_any(&c->sel, t, n);
}

static void
fmt_speed(char *buf, size_t cap, uint64_t speed)
{
	if (speed == 0)
		snprintf(buf, cap, "unknown");
	else
		output_bits(buf, cap, (double)speed);
}

/* --list: every interface, from one walk of the columns it shows. */
static void
list(struct plugin *p, const struct ctx *c, struct output *out)
{
	static const int lc[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_ADMIN,
	    IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS };
	struct oid oids[8];
	struct table t;
	struct iface *f;
	const char *tn;
	char sp[32], ty[64];
	size_t i, j;
	int sel;

	for (i = 0; i < 8; i++)
		ifmib_column(&oids[i], lc[i]);
	plugin_walk(p, oids, 8, &t);
	if ((f = malloc(sizeof(*f))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	sb_printf(&out->summary, "%zu interface%s in ifTable", t.nrows,
	    t.nrows == 1 ? "" : "s");
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		memset(f, 0, sizeof(*f));
		f->r.idx = t.rows[i].index[0];
		f->r.type = -1;
		for (j = 0; j < 8; j++)
			ifmib_store(&f->r, lc[j], &t.rows[i].val[j]);
		set_speed(c, f);
		sel = select_index(&c->so, f->r.idx) &&
		    type_selected(c, f->r.type) && text_selected(c, f);
		tn = ifmib_type_name(f->r.type);
		fmt_speed(sp, sizeof(sp), f->speed[D_IN]);
		if (tn != NULL)
			snprintf(ty, sizeof(ty), "%s(%d)", tn, f->r.type);
		else if (f->r.type >= 0)
			snprintf(ty, sizeof(ty), "%d", f->r.type);
		else
			snprintf(ty, sizeof(ty), "?");
		sb_printf(&out->longout, "%c %lu descr '%s' name '%s' alias "
		    "'%s' type %s speed %s admin %s oper %s\n",
		    sel ? '*' : ' ', (unsigned long)f->r.idx, f->r.descr,
		    f->r.name, f->r.alias, ty, sp, ifmib_admin_name(f->r.admin),
		    ifmib_oper_name(f->r.oper));
	}
	free(f);
	table_free(&t);
}

static void
add_iface(struct iface **ifs, size_t *n, size_t *cap, uint32_t idx)
{
	struct iface *f;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		if ((f = realloc(*ifs, *cap * sizeof(**ifs))) == NULL)
			die(STATE_UNKNOWN, "out of memory");
		*ifs = f;
	}
	f = &(*ifs)[(*n)++];
	memset(f, 0, sizeof(*f));
	f->r.idx = idx;
	f->r.type = -1;
}

/*
 * The interfaces to check, by walking only the columns the selection
 * matches on (ifName, ifDescr, ifAlias, ifType; ifIndex when nothing is
 * matched on).  *total gets the number of interfaces seen.
 */
static struct iface *
select_walk(struct plugin *p, struct ctx *c,
    size_t *n, size_t *total, int *name_from_descr)
{
	struct oid oids[4];
	int wc[4], text = select_by_text(&c->so);
	struct table t;
	struct iface *ifs = NULL, probe;
	const struct snmp_value *v;
	size_t i, j, k = 0, cap = 0, named;

	*name_from_descr = 0;
	if (text && (c->so.fields & F_DESCR))
		wc[k++] = IF_DESCR;
	if (text && (c->so.fields & F_NAME))
		wc[k++] = IF_NAME;
	if (text && (c->so.fields & F_ALIAS))
		wc[k++] = IF_ALIAS;
	if (c->has_types || c->has_xtypes)
		wc[k++] = IF_TYPE;
	if (k == 0)
		wc[k++] = IF_INDEX;
	for (i = 0; i < k; i++)
		ifmib_column(&oids[i], wc[i]);
	plugin_walk(p, oids, k, &t);
	if (text && (c->so.fields & F_NAME)) {
		for (i = j = named = 0; i < k; i++) {
			if (wc[i] == IF_NAME)
				j = i;
		}
		for (i = 0; i < t.nrows; i++) {
			v = &t.rows[i].val[j];
			if (!value_is_exception(v))
				named++;
		}
		if (named == 0 && !(c->so.fields & F_DESCR)) {
			/* no ifXTable: the names are in ifDescr */
			table_free(&t);
			wc[j] = IF_DESCR;
			ifmib_column(&oids[j], IF_DESCR);
			plugin_walk(p, oids, k, &t);
			*name_from_descr = 1;
		}
	}
	*total = 0;
	*n = 0;
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		(*total)++;
		/* what store() and the selection read, not all 8 KiB */
		probe.r.idx = t.rows[i].index[0];
		probe.r.type = -1;
		probe.r.descr[0] = probe.r.name[0] = probe.r.alias[0] = '\0';
		for (j = 0; j < k; j++)
			ifmib_store(&probe.r, wc[j], &t.rows[i].val[j]);
		if (*name_from_descr)
			snprintf(probe.r.name, sizeof(probe.r.name), "%s",
			    probe.r.descr);
		if (!type_selected(c, probe.r.type) || !text_selected(c, &probe))
			continue;
		add_iface(&ifs, n, &cap, probe.r.idx);
		/* v1 GETs read no ifXTable: keep what the walk found */
		memcpy(ifs[*n - 1].r.name, probe.r.name, strlen(probe.r.name) + 1);
		memcpy(ifs[*n - 1].r.alias, probe.r.alias, strlen(probe.r.alias) + 1);
	}
	table_free(&t);
	return ifs;
}

/* Traffic, errors and discards of each direction from the deltas. */
static void
metrics(struct iface *f, const int *has, const uint64_t *delta)
{
	static const int oct[NDIRS] = { S_IN_OCT, S_OUT_OCT };
	static const int err[NDIRS] = { S_IN_ERR, S_OUT_ERR };
	static const int disc[NDIRS] = { S_IN_DISC, S_OUT_DISC };
	double pk;
	int d, m, sl;

	for (d = 0; d < NDIRS; d++) {
		if (has[oct[d]]) {
			f->has[M_TRAFFIC][d] = 1;
			f->val[M_TRAFFIC][d] = rate_per_sec(
			    (double)delta[oct[d]] * 8, f->secs);
			if (f->speed[d] > 0) {
				f->has_pct[M_TRAFFIC][d] = 1;
				f->pct[M_TRAFFIC][d] = f->val[M_TRAFFIC][d] *
				    100 / (double)f->speed[d];
			}
		}
		for (m = M_ERRORS; m <= M_DISCARDS; m++) {
			sl = m == M_ERRORS ? err[d] : disc[d];
			if (!has[sl])
				continue;
			f->has[m][d] = 1;
			f->val[m][d] = rate_per_sec((double)delta[sl], f->secs);
			if (ifmib_packets(has, delta, d, &pk) == 0) {
				f->has_pct[m][d] = 1;
				/* none arrived: all that did were bad */
				f->pct[m][d] = pk > 0 ? (double)delta[sl] *
				    100 / pk : delta[sl] > 0 ? 100 : 0;
			}
		}
	}
}

/* Both octet counters present in both samples, and neither moved. */
static int
unchanged(const struct iface *f)
{
	static const int oct[] = { S_IN_OCT, S_OUT_OCT };
	size_t k;

	for (k = 0; k < 2; k++) {
		if (f->prev.bits[oct[k]] == 0 || f->r.cur.bits[oct[k]] == 0 ||
		    f->prev.v[oct[k]] != f->r.cur.v[oct[k]])
			return 0;
	}
	return 1;
}

/*
 * Rates between f->prev and f->r.cur: the identity and the counters' table,
 * the interval from the agent's clock, then each counter's delta (a
 * 32-bit wrap is plausible only below the line rate).  still: no counter
 * of any interface moved, which over less than IF_CACHE_SECS may be the
 * agent's cache rather than idle links: no rate yet.
 */
static void
rates(struct iface *f, int still)
{
	uint64_t delta[IF_NSLOTS];
	double secs, maxps[IF_NSLOTS];
	int has[IF_NSLOTS], s;

	if (!f->have_prev) {
		f->rate = RATE_FIRST;
		return;
	}
	if (strcmp(f->r.cur.id, f->prev.id) != 0) {
		f->rate = RATE_RESET;
		snprintf(f->why, sizeof(f->why), "ifIndex %lu now names "
		    "another interface (its ifDescr, ifName or ifPhysAddress "
		    "changed)", (unsigned long)f->r.idx);
		return;
	}
	if (f->prev.source != f->r.cur.source) {
		f->rate = RATE_RESET;
		snprintf(f->why, sizeof(f->why), "the counters now come from "
		    "%s", f->r.cur.source ? "ifXTable (64 bits)" :
		    "ifTable (32 bits)");
		return;
	}
	f->rate = rate_interval(&f->prev.clock, &f->r.cur.clock, &secs, f->why,
	    sizeof(f->why));
	if (f->rate != RATE_OK)
		return;
	for (s = 0; s < IF_NSLOTS; s++)
		maxps[s] = (double)f->speed[ifmib_slot_dir[s]] / 8;
	f->rate = rate_sample_deltas(&f->prev, &f->r.cur, ifmib_slot_names, IF_NSLOTS,
	    secs, maxps, delta, has, &f->wrapped, f->why, sizeof(f->why));
	if (f->rate != RATE_OK)
		return;
	if (still && secs < IF_CACHE_SECS) {
		/* keep the older sample: the next run spans the cache */
		f->rate = RATE_TOO_SOON;
		snprintf(f->why, sizeof(f->why), "its counters did not change "
		    "in %.2f s, less than the %.0f s an agent may serve them "
		    "from a cache (net-snmp does)", secs, IF_CACHE_SECS);
		return;
	}
	f->secs = secs;
	metrics(f, has, delta);
}

/* Status of an interface from ifAdminStatus and ifOperStatus. */
static int
status_state(const struct ctx *c, struct iface *f)
{
	if (f->r.admin == 0 || f->r.oper == 0)
		return STATE_UNKNOWN;
	if (f->r.admin == 2) {
		if (c->admin_down == ADMIN_IGNORE) {
			f->ignored = 1;
			return STATE_OK;
		}
		return c->admin_down;
	}
	return c->oper_map[f->r.oper];
}

static void	metric_text(struct strbuf *, const struct iface *, int, int);

/* Thresholds of one metric and direction. */
static int
metric_state(const struct ctx *c, struct iface *f, int m, int d)
{
	const struct limit *l;
	struct strbuf sb;
	struct num n;
	int w, st = STATE_OK, k, nospeed = 0;

	for (w = CRIT; w >= WARN; w--) {
		l = limit_of(c, m, d, w);
		if (!l->given)
			continue;
		if (!f->has[m][d]) {
			snprintf(f->mwhy[m][d], sizeof(f->mwhy[m][d]), "no %s "
			    "%s counter", dir_name[d], metric_name[m]);
			return STATE_UNKNOWN;
		}
		if (l->kind == LIMIT_PCT && !f->has_pct[m][d]) {
			/* a threshold we cannot apply is no verdict */
			if (m == M_TRAFFIC && c->ignore_nospeed) {
				f->pct_skipped = 1;
				continue;
			}
			if (m == M_TRAFFIC) {
				nospeed = 1;
				continue;
			}
			snprintf(f->mwhy[m][d], sizeof(f->mwhy[m][d]), "no "
			    "packet counters for %s %% of packets",
			    metric_name[m]);
			return STATE_UNKNOWN;
		}
		num_from_double(&n, f->val[m][d]);
		k = limit_alert(l, f->pct[m][d], &n);
		if (k && st == STATE_OK)
			st = w == CRIT ? STATE_CRITICAL : STATE_WARNING;
	}
	if (nospeed) {
		f->pct_unknown = 1;
		sb_init(&sb, f->mwhy[m][d], sizeof(f->mwhy[m][d]));
		metric_text(&sb, f, m, d);
		sb_add(&sb, " (speed unknown)");
		/* an alert by an amount outranks it anyway */
		if (st == STATE_OK)
			st = STATE_UNKNOWN;
	}
	return st;
}

static void
evaluate(const struct ctx *c, struct iface *f, int counters)
{
	int m, d;

	f->status_state = status_state(c, f);
	f->state = f->status_state;
	if (f->ignored || !counters)
		return;
	if (f->r.cur.bits[S_IN_OCT] == 0 || f->r.cur.bits[S_OUT_OCT] == 0) {
		/* no octet counters at all: a value we did not get */
		f->state = state_worst(f->state, STATE_UNKNOWN);
		return;
	}
	if (f->rate != RATE_OK)
		return;
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			f->mstate[m][d] = metric_state(c, f, m, d);
			f->state = state_worst(f->state, f->mstate[m][d]);
		}
}

static void
status_text(struct strbuf *sb, const struct iface *f)
{
	if (f->r.admin == 0 || f->r.oper == 0) {
		sb_printf(sb, "%s missing or invalid", f->r.admin == 0 ?
		    "ifAdminStatus" : "ifOperStatus");
		return;
	}
	if (f->r.admin == 2) {
		sb_add(sb, "admin down");
		if (f->ignored)
			sb_add(sb, " (ignored)");
		return;
	}
	sb_add(sb, ifmib_oper_name(f->r.oper));
	if (f->r.admin == 3)
		sb_add(sb, " (admin testing)");
}

/* "in 114 Mb/s (11.4%)" and the like for metric m, direction d. */
static void
metric_text(struct strbuf *sb, const struct iface *f, int m, int d)
{
	char a[32], b[32];

	sb_add(sb, dir_name[d]);
	sb_add(sb, " ");
	if (m == M_TRAFFIC)
		output_bits(a, sizeof(a), f->val[m][d]);
	else {
		sb_add(sb, metric_name[m]);
		sb_add(sb, " ");
		output_small(a, sizeof(a), f->val[m][d]);
	}
	sb_add(sb, a);
	if (m != M_TRAFFIC)
		sb_add(sb, "/s");
	if (f->has_pct[m][d]) {
		output_small(b, sizeof(b), f->pct[m][d]);
		sb_add(sb, " (");
		sb_add(sb, b);
		sb_add(sb, "%)");
	}
}

/* Why there is no rate this time. */
static void
rate_note(struct strbuf *sb, const struct iface *f)
{
	switch (f->rate) {
	case RATE_FIRST:
		sb_printf(sb, "collecting data (%s), rates from the next run",
		    f->why);
		break;
	case RATE_TOO_SOON:
		sb_printf(sb, "no rate yet: %s", f->why);
		break;
	case RATE_RESET:
		sb_printf(sb, "counters reset: %s; no rate this time", f->why);
		break;
	}
}

/* The interface's line for the long output (all), or its problems. */
static void
iface_text(struct strbuf *sb, const struct iface *f, int counters,
    int problems)
{
	size_t start = sb->len;
	int m, d, quiet = 1;

	if (!problems || f->status_state != STATE_OK)
		status_text(sb, f);
	if (f->ignored || !counters)
		return;
	if (f->r.cur.bits[S_IN_OCT] == 0 || f->r.cur.bits[S_OUT_OCT] == 0) {
		sb_printf(sb, "%sno octet counters (ifInOctets/ifOutOctets "
		    "missing)", sb->len > start ? ", " : "");
		return;
	}
	if (f->rate != RATE_OK) {
		if (!problems) {
			sb_add(sb, ", ");
			rate_note(sb, f);
		}
		return;
	}
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			if (m != M_TRAFFIC && f->has[m][d] && f->val[m][d] > 0)
				quiet = 0;
		}
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			/* problems: the alerts; else traffic, errors seen */
			if (problems ? f->mstate[m][d] == STATE_OK :
			    m != M_TRAFFIC && f->mstate[m][d] == STATE_OK &&
			    (!f->has[m][d] || f->val[m][d] == 0))
				continue;
			if (sb->len > start)
				sb_add(sb, ", ");
			if (f->mwhy[m][d][0] != '\0')
				sb_add(sb, f->mwhy[m][d]);
			else if (f->has[m][d])
				metric_text(sb, f, m, d);
			else
				sb_printf(sb, "%s %s n/a", dir_name[d],
				    metric_name[m]);
		}
	if (!problems && quiet && (f->has[M_ERRORS][D_IN] ||
	    f->has[M_ERRORS][D_OUT]))
		sb_add(sb, ", no errors or discards");
	if (!problems && f->pct_unknown)
		sb_add(sb, " (" NEED_SPEED ")");
	else if (!problems && f->pct_skipped)
		sb_add(sb, " (speed unknown: % thresholds not applied, "
		    "--ignore-unknown-speed)");
}

/* Perfdata thresholds for a value of kind `kind' (ABS or PCT). */
static void
perf_th(const struct ctx *c, const struct iface *f, int m, int d, int kind,
    struct threshold *t)
{
	const struct limit *l;
	char *txt;
	int w;

	memset(t, 0, sizeof(*t));
	for (w = WARN; w <= CRIT; w++) {
		l = limit_of(c, m, d, w);
		if (!l->given)
			continue;
		txt = w == WARN ? t->warn.text : t->crit.text;
		if (l->kind == kind)
			snprintf(txt, RANGE_TEXT_MAX, "%s", l->r.text);
		else if (m == M_TRAFFIC && f->speed[d] > 0)
			limit_scaled(&l->r, kind == LIMIT_ABS ?
			    (double)f->speed[d] / 100 :
			    100 / (double)f->speed[d], txt, RANGE_TEXT_MAX);
		else
			continue;
		if (w == WARN)
			t->has_warn = 1;
		else
			t->has_crit = 1;
	}
}

static void
perf_double(struct output *o, const char *label, double v, int decimals,
    const char *uom, const struct threshold *t, const struct num *min,
    const struct num *max)
{
	char buf[NUM_TEXT_MAX];

	num_fixed(buf, sizeof(buf), v, decimals, 1);
	output_perf_text(o, label, buf, uom, t, min, max);
}

/* "label_dir_what" for perfdata (no stdio: 5,000 of them on a big switch) */
static void
perf_label(char *buf, size_t cap, const char *label, const char *dir,
    const char *what)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	sb_add(&sb, label);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, dir);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, what);
}

/* One interface's perfdata into o (a scratch output). */
static void
perf(const struct ctx *c, const struct iface *f, struct output *o)
{
	static const int oct[NDIRS] = { S_IN_OCT, S_OUT_OCT };
	static const char *const ms[NMETRICS] = { "bps", "errors_ps",
	    "discards_ps" };
	struct threshold t;
	struct num zero, max, hundred;
	char label[TEXT_MAX + 64];
	int d, m;

	num_from_uint(&zero, 0);
	num_from_uint(&hundred, 100);
	for (d = 0; d < NDIRS; d++) {
		if (!f->has[M_TRAFFIC][d])
			continue;
		num_from_uint(&max, f->speed[d]);
		perf_th(c, f, M_TRAFFIC, d, LIMIT_ABS, &t);
		perf_label(label, sizeof(label), f->label, dir_name[d], "bps");
		perf_double(o, label, f->val[M_TRAFFIC][d], 2, "", &t, &zero,
		    f->speed[d] > 0 ? &max : NULL);
	}
	for (d = 0; d < NDIRS; d++) {
		if (!f->has_pct[M_TRAFFIC][d])
			continue;
		perf_th(c, f, M_TRAFFIC, d, LIMIT_PCT, &t);
		perf_label(label, sizeof(label), f->label, dir_name[d], "util");
		perf_double(o, label, f->pct[M_TRAFFIC][d], 2, "%", &t, &zero,
		    &hundred);
	}
	for (m = M_ERRORS; m <= M_DISCARDS; m++)
		for (d = 0; d < NDIRS; d++) {
			if (!f->has[m][d])
				continue;
			perf_th(c, f, m, d, LIMIT_ABS, &t);
			perf_label(label, sizeof(label), f->label, dir_name[d],
			    ms[m]);
			perf_double(o, label, f->val[m][d], 4, "", &t, &zero,
			    NULL);
		}
	for (d = 0; d < NDIRS; d++) {
		if (f->r.cur.bits[oct[d]] == 0)
			continue;
		num_from_uint(&max, f->r.cur.v[oct[d]]);
		perf_label(label, sizeof(label), f->label, dir_name[d],
		    "octets");
		output_perf(o, label, &max, "c", NULL, &zero, NULL);
	}
}

/*
 * Labels: ifName, else ifDescr, else the index; where several interfaces
 * share one, each gets "#ifIndex".
 */
static void
set_labels(struct iface *ifs, size_t n)
{
	struct strbuf sb;
	char **labels;
	uint32_t *idx;
	size_t i;

	labels = calloc(n + 1, sizeof(*labels));
	idx = calloc(n + 1, sizeof(*idx));
	if (labels == NULL || idx == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		sb_init(&sb, ifs[i].label, sizeof(ifs[i].label));
		if (ifs[i].r.name[0] != '\0')
			sb_add(&sb, ifs[i].r.name);
		else if (ifs[i].r.descr[0] != '\0')
			sb_add(&sb, ifs[i].r.descr);
		else {
			sb_add(&sb, "ifIndex ");
			sb_u64(&sb, ifs[i].r.idx);
		}
		labels[i] = ifs[i].label;
		idx[i] = ifs[i].r.idx;
	}
	if (output_unique_labels(labels, idx, n, sizeof(ifs[0].label), "#") !=
	    SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	free(labels);
	free(idx);
}

static void
add_perf(struct output *out, const struct ctx *c, const struct iface *f,
    struct output *scratch, size_t *dropped)
{
	output_init(scratch);
	perf(c, f, scratch);
	if (scratch->perf.len == 0)
		return;
	/* whole items only: a cut one would corrupt the perfdata */
	if (scratch->perf.truncated || out->perf.len + scratch->perf.len + 2 >=
	    out->perf.cap) {
		(*dropped)++;
		return;
	}
	if (out->perf.len > 0)
		sb_add(&out->perf, " ");
	sb_add(&out->perf, scratch->perf.buf);
}

/*
 * "; collecting data (...)" when it concerns every interface checked,
 * else "; eth0 and 3 more: counters reset: ...".
 */
static void
summary_note(struct output *out, const struct iface *f, size_t count,
    size_t all)
{
	sb_add(&out->summary, "; ");
	if (count < all) {
		sb_add(&out->summary, f->label);
		if (count > 1)
			sb_printf(&out->summary, " and %zu more", count - 1);
		sb_add(&out->summary, ": ");
	}
	rate_note(&out->summary, f);
}

/*
 * The busiest interface: the highest % of its speed when every interface
 * with rates has a speed, else the highest bits/s (a % and a rate without
 * a speed cannot be compared).
 */
static const struct iface *
busiest(const struct iface *ifs, size_t n)
{
	const struct iface *best = NULL;
	double bv = -1, v;
	size_t i;
	int d, by_pct = 1;

	for (i = 0; i < n; i++) {
		if (ifs[i].ignored || ifs[i].rate != RATE_OK)
			continue;
		for (d = 0; d < NDIRS; d++) {
			if (ifs[i].has[M_TRAFFIC][d] &&
			    !ifs[i].has_pct[M_TRAFFIC][d])
				by_pct = 0;
		}
	}
	for (i = 0; i < n; i++) {
		if (ifs[i].ignored || ifs[i].rate != RATE_OK)
			continue;
		for (d = 0; d < NDIRS; d++) {
			if (!ifs[i].has[M_TRAFFIC][d])
				continue;
			v = by_pct ? ifs[i].pct[M_TRAFFIC][d] :
			    ifs[i].val[M_TRAFFIC][d];
			if (v > bv) {
				best = &ifs[i];
				bv = v;
			}
		}
	}
	return best;
}

static void
report(const struct ctx *c, struct iface *ifs, size_t n, int counters,
    struct output *out, int verbose)
{
	struct output *scratch;
	struct strbuf sb;
	const struct iface *top;
	char line[4096];
	size_t i, nchk = 0, nup = 0, nign = 0, nprob = 0, nfirst = 0;
	size_t nreset = 0, dropped = 0;
	const struct iface *firstf = NULL, *resetf = NULL;
	int d, want;

	if ((scratch = malloc(sizeof(*scratch))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		struct iface *f = &ifs[i];

		output_state(out, f->state);
		sb_init(&sb, line, sizeof(line));
		iface_text(&sb, f, counters, 0);
		sb_printf(&out->longout, "[%s] %s (ifIndex %lu", state_name(
		    f->state), f->label, (unsigned long)f->r.idx);
		if (f->r.alias[0] != '\0')
			sb_printf(&out->longout, ", alias '%s'", f->r.alias);
		sb_printf(&out->longout, "): %s\n", line);
		if (verbose >= 1 && counters && !f->ignored) {
			sb_printf(&out->longout, "  counters from %s, speed ",
			    f->r.cur.source ? "ifXTable (64 bits)" :
			    "ifTable (32 bits)");
			for (d = 0; d < NDIRS; d++) {
				fmt_speed(line, sizeof(line), f->speed[d]);
				sb_printf(&out->longout, "%s %s%s", dir_name[d],
				    line, d == D_IN ? ", " : "");
			}
			if (f->rate == RATE_OK)
				sb_printf(&out->longout, ", interval %.2f s "
				    "(%s clock)%s", f->secs,
				    f->r.cur.clock.has_uptime &&
				    f->prev.clock.has_uptime &&
				    f->why[0] == '\0' ? "the agent's" :
				    "this host's", f->wrapped ? ", a Counter32 "
				    "wrapped" : "");
			sb_add(&out->longout, "\n");
		}
		if (f->ignored) {
			nign++;
			continue;
		}
		nchk++;
		want = c->expect_down ? f->r.oper != OPER_UP : f->r.oper == OPER_UP;
		if (want)
			nup++;
		if (f->state != STATE_OK)
			nprob++;
		if (counters && f->r.cur.bits[S_IN_OCT] != 0 &&
		    f->r.cur.bits[S_OUT_OCT] != 0) {
			if (f->rate == RATE_FIRST || f->rate == RATE_TOO_SOON) {
				if (nfirst++ == 0)
					firstf = f;
			} else if (f->rate == RATE_RESET) {
				if (nreset++ == 0)
					resetf = f;
			}
		}
		add_perf(out, c, f, scratch, &dropped);
	}
	free(scratch);
	/* --sample has no next run to wait for: no rate is no verdict */
	if (nfirst > 0)
		output_state(out, c->sample > 0 ? STATE_UNKNOWN :
		    c->first_state);
	if (nreset > 0)
		output_state(out, c->sample > 0 ? STATE_UNKNOWN :
		    c->reset_state);
	for (i = 0; i < n; i++) {
		/* one agent, one clock: its note once */
		if (ifs[i].rate == RATE_OK && ifs[i].why[0] != '\0') {
			sb_printf(&out->longout, "note: %s\n", ifs[i].why);
			break;
		}
	}
	if (nchk == 0) {
		sb_printf(&out->summary, "No interface to check: %zu admin "
		    "down (ignored)", nign);
		return;
	}
	/* one interface: its whole line; several: counts, problems */
	if (nchk == 1 && nign == 0) {
		for (i = 0; ifs[i].ignored; i++)
			;
		sb_printf(&out->summary, "%s ", ifs[i].label);
		iface_text(&out->summary, &ifs[i], counters, 0);
	} else {
		sb_printf(&out->summary, "%zu of %zu %s", nup, nchk,
		    c->expect_down ? "down" : "up");
		if (nign > 0)
			sb_printf(&out->summary, " (%zu admin down, ignored)",
			    nign);
		for (i = d = 0; i < n; i++) {
			if (ifs[i].ignored || ifs[i].state == STATE_OK)
				continue;
			sb_printf(&out->summary, "; %s ", ifs[i].label);
			iface_text(&out->summary, &ifs[i], counters, 1);
			d |= ifs[i].pct_unknown;
		}
		if (d)
			sb_add(&out->summary, " (" NEED_SPEED ")");
		if (nprob == 0 && (top = busiest(ifs, n)) != NULL) {
			sb_printf(&out->summary, "; busiest %s ", top->label);
			for (d = 0; d < NDIRS; d++) {
				if (!top->has[M_TRAFFIC][d])
					continue;
				if (d == D_OUT && top->has[M_TRAFFIC][D_IN])
					sb_add(&out->summary, ", ");
				metric_text(&out->summary, top, M_TRAFFIC, d);
			}
		}
		if (nfirst > 0)
			summary_note(out, firstf, nfirst, nchk);
		if (nreset > 0)
			summary_note(out, resetf, nreset, nchk);
	}
	if (dropped > 0)
		sb_printf(&out->longout, "perfdata of %zu interface%s left out: "
		    "the perfdata buffer is full\n", dropped, dropped == 1 ?
		    "" : "s");
}

/*
 * Nothing matched on ifName: if the selection matches an ifDescr, say so
 * ("Null0" is ifDescr on IOS, its ifName is "Nu0"; the Perl plugins
 * matched on ifDescr).  One more walk, on this failure only.
 */
static void
hint_descr(struct plugin *p, const struct ctx *c, struct strbuf *sb)
{
	struct oid oids[2];
	struct table t;
	struct iface probe;
	size_t i;

	if (!select_by_text(&c->so) || c->so.fields != F_NAME)
		return;
	ifmib_column(&oids[0], IF_DESCR);
	ifmib_column(&oids[1], IF_NAME);
	plugin_walk(p, oids, 2, &t);
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		memset(&probe.r, 0, sizeof(probe.r));
		probe.r.idx = t.rows[i].index[0];
		probe.r.type = -1;
		ifmib_store(&probe.r, IF_DESCR, &t.rows[i].val[0]);
		ifmib_store(&probe.r, IF_NAME, &t.rows[i].val[1]);
		if (probe.r.name[0] == '\0')
			continue;
		snprintf(probe.r.alias, sizeof(probe.r.alias), "%s",
		    probe.r.name);
		memcpy(probe.r.name, probe.r.descr, sizeof(probe.r.name));
		if (!text_selected(c, &probe))
			continue;
		sb_add(sb, "; ifIndex ");
		sb_u64(sb, probe.r.idx);
		sb_add(sb, " is named '");
		output_put_text(sb, (const unsigned char *)probe.r.alias,
		    strlen(probe.r.alias));
		sb_add(sb, "' in ifName, and --match-on descr matches its "
		    "ifDescr '");
		output_put_text(sb, (const unsigned char *)probe.r.descr,
		    strlen(probe.r.descr));
		sb_add(sb, "'");
		break;
	}
	table_free(&t);
}

/* The interfaces of --index, or those the selection walk finds. */
static struct iface *
select_ifaces(struct plugin *p, struct ctx *c, size_t *n, size_t *total,
    int *name_from_descr)
{
	struct iface *ifs = NULL;
	size_t i, k, cap = 0;

	*n = 0;
	*name_from_descr = 0;
	if (c->so.nidx == 0)
		return select_walk(p, c, n, total, name_from_descr);
	/* an index selection needs no walk: the GET tells what exists */
	for (i = 0; i < c->so.nidx; i++) {
		for (k = 0; k < *n && ifs[k].r.idx != c->so.idx[i]; k++)
			;
		if (k == *n)
			add_iface(&ifs, n, &cap, c->so.idx[i]);
	}
	*total = *n;
	return ifs;
}

/*
 * Open and lock the samples (before the GET, so that concurrent runs
 * store their samples in the order they took them) and find each
 * interface's previous sample.
 */
static void
state_load(struct rate_store *rs, const struct ctx *c,
    const struct plugin *p, struct iface *ifs, size_t n)
{
	char item[NUM_INT_TEXT_MAX];
	const char *text;
	size_t i, len;
	int rc;

	if ((rc = rate_open(rs, &p->o, PLUGIN_NAME, c->selection,
	    c->state_dir, p->deadline)) != SNMP_OK)
		die(rc == SNMP_E_TIMEOUT ? p->o.timeout_state : STATE_UNKNOWN,
		    "Cannot keep samples for rates: %s; --sample and "
		    "--status-only need no state file", rs->st.err);
	for (i = 0; i < n; i++) {
		num_u64_text(item, ifs[i].r.idx);
		ifs[i].have_prev = rate_find(rs, item, &text, &len) == 0 &&
		    rate_sample_parse(text, len, ifmib_slot_names, IF_NSLOTS,
		    &ifs[i].prev) == 0;
		if (!ifs[i].have_prev)
			snprintf(ifs[i].why, sizeof(ifs[i].why), "%s",
			    *rate_none(rs) != '\0' ? rate_none(rs) :
			    "no previous sample of this interface");
		else {
			ifs[i].prev_text = text;
			ifs[i].prev_len = len;
			if (!ifs[i].prev.source)
				ifs[i].r.want_hc = 0;	/* no 64-bit probe */
		}
	}
}

/* This run's samples, or the older one where it came too soon. */
static void
state_store(struct rate_store *rs, const struct iface *ifs, size_t n)
{
	char item[NUM_INT_TEXT_MAX], buf[RATE_ID_MAX + 1024];
	struct strbuf sb;
	size_t i;

	for (i = 0; i < n; i++) {
		num_u64_text(item, ifs[i].r.idx);
		if (ifs[i].rate == RATE_TOO_SOON) {
			rate_add(rs, item, ifs[i].prev_text, ifs[i].prev_len);
			continue;
		}
		sb_init(&sb, buf, sizeof(buf));
		rate_sample_format(&sb, &ifs[i].r.cur, ifmib_slot_names, IF_NSLOTS);
		rate_add(rs, item, buf, sb.len);
	}
	if (rate_commit(rs) != SNMP_OK)
		die(STATE_UNKNOWN, "Cannot keep samples for rates: %s",
		    rs->st.err);
}

static void
nap(int64_t ms)
{
	struct timespec ts;

	ts.tv_sec = (time_t)(ms / 1000);
	ts.tv_nsec = (long)(ms % 1000) * 1000000;
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/*
 * --sample: this sample becomes the previous one, then another, SECONDS
 * later.  The wait is cut short when the second sample would not fit in
 * -t (the first one took long): the rate then spans a shorter interval,
 * measured like any other; under RATE_MIN_INTERVAL there is no room left.
 */
static void
sample_again(struct plugin *p, long secs, struct iface *ifs,
    struct ifmib_row **rows, size_t n)
{
	int64_t now = snmp_now_ms(), took = now - p->started, wait;
	size_t i;
	int rc;

	/* room for a second sample as slow as the first, and a margin */
	wait = p->deadline - now - took - took / 2 - 100;
	if (wait > secs * 1000)
		wait = secs * 1000;
	if (wait < (int64_t)(RATE_MIN_INTERVAL * 1000))
		die(p->o.timeout_state, "No time left for the second sample of "
		    "--sample %ld within -t %.1f s: the first took %.2f s; "
		    "raise -t", secs, (double)p->o.timeout_ms / 1000,
		    (double)took / 1000);
	for (i = 0; i < n; i++) {
		ifs[i].prev = ifs[i].r.cur;
		ifs[i].have_prev = 1;
	}
	nap(wait);
	if ((rc = ifmib_fetch(p->s, rows, n, 0, 1)) != SNMP_OK)
		plugin_fail(p, rc);
	/*
	 * Not one counter moved in less than an agent's cache lifetime: the
	 * agent may have answered from its cache twice.  Once the cache has
	 * expired, ask again if the budget allows.
	 */
	for (i = 0; i < n && unchanged(&ifs[i]); i++)
		;
	now = snmp_now_ms();
	if (n > 0 && i == n && wait < (int64_t)(IF_CACHE_SECS * 1000) &&
	    p->deadline - now - took - took / 2 - 200 >
	    (int64_t)(IF_CACHE_SECS * 1000) - wait) {
		nap((int64_t)(IF_CACHE_SECS * 1000) - wait + 100);
		if ((rc = ifmib_fetch(p->s, rows, n, 0, 1)) != SNMP_OK)
			plugin_fail(p, rc);
	}
	for (i = 0; i < n; i++)
		ifmib_identity(&ifs[i].r, ifs[i].r.cur.id,
		    sizeof(ifs[i].r.cur.id));
}

/*
 * Drop the interfaces the agent does not have (listed in missing) and,
 * for --index, those the other criteria leave out; the number kept.  An
 * interface the walk selected whose name or type, read again by the GET,
 * no longer matches was renumbered or renamed while the check ran: listed
 * in changed, never reported under a selection it does not meet.
 */
static size_t
keep_selected(const struct ctx *c, struct iface *ifs, size_t n,
    struct strbuf *missing, struct strbuf *changed)
{
	const char *now;
	size_t i, k;

	for (i = k = 0; i < n; i++) {
		if (!ifs[i].r.exists) {
			sb_printf(missing, "%s%lu", missing->len ? ", " : "",
			    (unsigned long)ifs[i].r.idx);
			continue;
		}
		if (!type_selected(c, ifs[i].r.type) ||
		    !text_selected(c, &ifs[i])) {
			if (c->so.nidx == 0) {
				now = ifs[i].r.name[0] != '\0' ? ifs[i].r.name :
				    ifs[i].r.descr;
				sb_printf(changed, "%sifIndex %lu now '",
				    changed->len ? ", " : "",
				    (unsigned long)ifs[i].r.idx);
				output_put_text(changed,
				    (const unsigned char *)now, strlen(now));
				sb_add(changed, "'");
			}
			continue;
		}
		if (k != i)
			ifs[k] = ifs[i];
		k++;
	}
	return k;
}

/*
 * The selected interfaces' figures: status, and counters with their rates
 * (from the stored sample, or --sample's); the number of interfaces kept.
 */
static size_t
measure(struct plugin *p, struct ctx *c, struct iface *ifs, size_t n,
    struct strbuf *missing, struct strbuf *changed)
{
	struct rate_store rs;
	struct ifmib_row **rows;
	size_t i, nsel;
	int counters = !c->status_only, use_state = counters && c->sample == 0;
	int rc, still;

	if ((rows = calloc(n, sizeof(struct ifmib_row *))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		rows[i] = &ifs[i].r;
		ifs[i].r.want_hc = p->o.version != SNMP_V1 && !c->force32;
	}
	if (use_state)
		state_load(&rs, c, p, ifs, n);
	if ((rc = ifmib_fetch(p->s, rows, n, 1, counters)) != SNMP_OK)
		plugin_fail(p, rc);
	for (i = 0; i < n; i++)
		ifmib_identity(&ifs[i].r, ifs[i].r.cur.id,
		    sizeof(ifs[i].r.cur.id));
	if (counters && c->sample > 0)
		sample_again(p, c->sample, ifs, rows, n);
	free(rows);
	nsel = keep_selected(c, ifs, n, missing, changed);
	set_labels(ifs, nsel);
	/* not one counter moved: perhaps the agent's cache answered twice */
	for (i = 0; i < nsel && ifs[i].have_prev && unchanged(&ifs[i]); i++)
		;
	still = nsel > 0 && i == nsel;
	for (i = 0; i < nsel; i++) {
		set_speed(c, &ifs[i]);
		if (counters)
			rates(&ifs[i], still);
		evaluate(c, &ifs[i], counters);
	}
	if (use_state)
		state_store(&rs, ifs, nsel);
	return nsel;
}

/*
 * Rows the walk listed and the GET did not find: gone, unless the first
 * one's ifIndex is still there (an agent whose ifTable holds nothing else).
 */
static int
still_listed(struct plugin *p, const char *list)
{
	struct varbind vb;
	struct oid o;
	char *end;
	unsigned long idx = strtoul(list, &end, 10);

	ifmib_column(&o, IF_INDEX);
	if (end == list || idx > UINT32_MAX || oid_append(&o, (uint32_t)idx) < 0)
		return 0;
	plugin_get(p, &o, 1, &vb);
	return !value_is_exception(&vb.val);
}

/* What the selection named and the agent did not have, or changed. */
static void
report_missing(struct plugin *p, const struct ctx *c, size_t n,
    size_t nsel, const struct strbuf *missing, const struct strbuf *changed)
{
	struct output *out = p->out;

	if (missing->len > 0 && c->so.nidx > 0) {
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "%s interface with ifIndex %s on %s "
		    "(see --list)", nsel > 0 ? "; no" : "No", missing->buf,
		    session_peer(p->s));
	} else if (missing->len > 0 && still_listed(p, missing->buf)) {
		/* the rows are there, with nothing of what a check reads */
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "%sifIndex %s: the interface table "
		    "has no usable columns (no ifDescr, ifType, ifAdminStatus "
		    "or ifOperStatus; see --list)", out->summary.len > 0 ?
		    "; " : "", missing->buf);
	} else if (missing->len > 0) {
		/* the walk listed them, the GET found nothing */
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "%sifIndex %s gone since the walk: "
		    "the interface table changed during the check (see "
		    "--list)", out->summary.len > 0 ? "; " : "", missing->buf);
	}
	if (changed->len > 0) {
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "%s%s: the interface table changed "
		    "during the check (see --list)", out->summary.len > 0 ?
		    "; " : "", changed->buf);
	}
	if (missing->len == 0 && changed->len == 0 && nsel == 0) {
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "No interface matches the selection "
		    "(%zu interface%s, see --list)", n, n == 1 ? "" : "s");
	}
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		PLUGIN_NAME,
		"Check network interfaces: status, traffic, errors and "
		"discards from IF-MIB ifTable and ifXTable.",
		"-H HOST [--index N | -n NAME | -r REGEX] [-E REGEX] [-T TYPE] "
		"[-w RANGE] [-c RANGE] [options]",
		if_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct iface *ifs = NULL;
	struct strbuf missing, changed;
	char mbuf[512], cbuf[1024];
	size_t n, total, nsel;
	int name_from_descr;

	c.first_state = c.reset_state = STATE_OK;
	c.nomatch_state = STATE_UNKNOWN;
	c.admin_down = ADMIN_IGNORE;
	c.so.field_names = field_names;
	plugin_start(&p, &pi, argc, argv);
	setup(&c, &p.o);
	plugin_open(&p);
	sb_init(&missing, mbuf, sizeof(mbuf));
	sb_init(&changed, cbuf, sizeof(cbuf));
	if (c.list)
		list(&p, &c, p.out);
	else if ((ifs = select_ifaces(&p, &c, &n, &total,
	    &name_from_descr)) == NULL || n == 0) {
		output_state(p.out, c.nomatch_state);
		sb_printf(&p.out->summary, "No interface matches the selection "
		    "(%zu interface%s, see --list)", total, total == 1 ? "" :
		    "s");
		if (total > 0)
			hint_descr(&p, &c, &p.out->summary);
	} else {
		nsel = measure(&p, &c, ifs, n, &missing, &changed);
		if (nsel > 0)
			report(&c, ifs, nsel, !c.status_only, p.out,
			    p.o.verbose);
		report_missing(&p, &c, n, nsel, &missing, &changed);
		if (p.o.verbose >= 1 && name_from_descr)
			sb_add(&p.out->longout, "no ifName on the agent: names "
			    "matched against ifDescr\n");
		if (p.o.verbose >= 1 && !session_offline(p.s))
			sb_printf(&p.out->longout, "%u request%s sent\n",
			    session_requests(p.s), session_requests(p.s) == 1 ?
			    "" : "s");
	}
	free(ifs);
	select_free(&c.sel);
	plugin_finish(&p);
}
