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
 * interface (renumbering, §3.1.5) is a reset, never a spike.  The
 * requests are common/ifmib's (ifmib_pick(), ifmib_fetch()); an
 * interface's states and the words that say them, common/ifcheck's.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ifcheck.h"
#include "ifmib.h"
#include "limit.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rate.h"
#include "select.h"
#include "session.h"
#include "store.h"
#include "threshold.h"

#define SERVICE		"INTERFACE"
#define PLUGIN_NAME	"check_snmp_interface"

struct ctx {
	struct ifcheck_policy pol;	/* limits, status rules */
	int		 limits;	/* any given */
	struct ifmib_select is;		/* which interfaces */
	int		 status_only;
	uint64_t	 speed[NDIRSEL];	/* --speed, --in/out-speed */
	int		 force32;
	const char	*state_dir;
	int		 first_state;
	int		 reset_state;
	int		 nomatch_state;
	long		 sample;
	int		 list;
	const char	*format;	/* --format, with --list */
	char		 selection[2048];	/* the state key */
	/* the run */
	struct strbuf	 missing;	/* indexes the agent does not have */
	struct strbuf	 changed;	/* renamed or renumbered meanwhile */
	char		 mbuf[512];
	char		 cbuf[1024];
	struct ifcheck_set set;		/* the interfaces picked */
	int		 name_from_descr;
	struct ifmib_stamp then;	/* the last walk's: recalled, or this */
	struct ifmib_stamp stamp;	/* this run's */
	int		 stamped;	/* read before the walk (recall()) */
	int		 remember;	/* the selection, in the open store */
};

/* Option ids: thresholds are O_TH + metric * 6 + dirsel * 2 + wc. */
enum {
	O_TH = OPT_PLUGIN_BASE,
	O_TH_END = O_TH + NMETRICS * 6,
	O_SPEED = O_TH_END,	/* + dirsel */
	O_TYPE = O_SPEED + 3, O_XTYPE, O_ADMINDOWN, O_OPERSTATE, O_SAMPLE
};

#define CTX(f)		offsetof(struct ctx, f)
#define SEL		OPT_SELECT, CTX(is.so)

#define TH(m, d, w)	(O_TH + (m) * 6 + (d) * 2 + (w))
#define TH_OPT(name, shrt, m, d, w, help) \
	{ name, shrt, OPT_ARG, "RANGE", help, TH(m, d, w), OPT_CALL, 0 }

static const struct opt_def if_opts[] = {
	TH_OPT("warning", 'w', 0, 0, 0, "Same as --traffic-warning"),
	TH_OPT("critical", 'c', 0, 0, 1, "Same as --traffic-critical"),
	TH_OPT("traffic-warning", 0, 0, 0, 0,
	  "Warning range on the traffic of each direction: bits per second\n"
	  "with an optional SI unit (800M, 1.5G, 100k; k M G T are powers of\n"
	  "1000; b, bit, bps may follow; byte units are refused), or a\n"
	  "percentage of the interface speed (80%).  800M means alert above\n"
	  "800 Mb/s, 10M: below 10 Mb/s; any Nagios range works"),
	TH_OPT("traffic-critical", 0, 0, 0, 1,
	  "Critical range on the traffic, like --traffic-warning"),
	TH_OPT("in-traffic-warning", 0, 0, 1, 0,
	  "Warning range on incoming traffic only (overrides\n"
	  "--traffic-warning for that direction)"),
	TH_OPT("in-traffic-critical", 0, 0, 1, 1,
	  "Critical range on incoming traffic only"),
	TH_OPT("out-traffic-warning", 0, 0, 2, 0,
	  "Warning range on outgoing traffic only"),
	TH_OPT("out-traffic-critical", 0, 0, 2, 1,
	  "Critical range on outgoing traffic only"),
	TH_OPT("errors-warning", 0, 1, 0, 0,
	  "Warning range on errors of each direction: errors per second\n"
	  "(0.5), or a percentage of the packets of that direction (0.1%)"),
	TH_OPT("errors-critical", 0, 1, 0, 1,
	  "Critical range on errors, like --errors-warning"),
	TH_OPT("in-errors-warning", 0, 1, 1, 0,
	  "Warning range on incoming errors only"),
	TH_OPT("in-errors-critical", 0, 1, 1, 1,
	  "Critical range on incoming errors only"),
	TH_OPT("out-errors-warning", 0, 1, 2, 0,
	  "Warning range on outgoing errors only"),
	TH_OPT("out-errors-critical", 0, 1, 2, 1,
	  "Critical range on outgoing errors only"),
	TH_OPT("discards-warning", 0, 2, 0, 0,
	  "Warning range on discards, per second or % of packets, like\n"
	  "--errors-warning"),
	TH_OPT("discards-critical", 0, 2, 0, 1, "Critical range on discards"),
	TH_OPT("in-discards-warning", 0, 2, 1, 0,
	  "Warning range on incoming discards only"),
	TH_OPT("in-discards-critical", 0, 2, 1, 1,
	  "Critical range on incoming discards only"),
	TH_OPT("out-discards-warning", 0, 2, 2, 0,
	  "Warning range on outgoing discards only"),
	TH_OPT("out-discards-critical", 0, 2, 2, 1,
	  "Critical range on outgoing discards only"),
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
	  "What -n, -r and -E compare with: name (ifName, the default; "
	  "ifDescr\n"
	  "on agents without ifName), descr (ifDescr), alias (ifAlias), or\n"
	  "several: an interface matches when any of them does", SEL_FIELDS,
	  SEL },
	{ "type", 'T', OPT_ARG, "TYPE[,TYPE...]",
	  "Check only interfaces of these ifTypes: a number or an IANAifType\n"
	  "name (ethernetCsmacd, softwareLoopback, ieee8023adLag, l2vlan,\n"
	  "tunnel, propVirtual, ...; aliases ethernet, loopback, lag, vlan,\n"
	  "wifi, virtual); repeatable", O_TYPE, OPT_CALL, 0 },
	{ "exclude-type", 0, OPT_ARG, "TYPE[,TYPE...]",
	  "Leave out interfaces of these ifTypes; repeatable", O_XTYPE,
	  OPT_CALL, 0 },
	{ "admin-down", 0, OPT_ARG, "ignore|STATE",
	  "What an administratively down interface gives: ignore (default:\n"
	  "not checked, not counted) or a state (OK, WARNING, CRITICAL,\n"
	  "UNKNOWN)", O_ADMINDOWN, OPT_CALL, 0 },
	{ "oper-state", 0, OPT_ARG, "STATUS=STATE[,...]",
	  "State for an ifOperStatus of an interface that is admin up:\n"
	  "up, down, testing, unknown, dormant, notPresent, lowerLayerDown\n"
	  "(or 1-7) = OK, WARNING, CRITICAL or UNKNOWN; repeatable",
	  O_OPERSTATE, OPT_CALL, 0 },
	{ "expect-down", 0, OPT_NOARG, NULL,
	  "The interfaces should be down (a backup link): down, notPresent,\n"
	  "lowerLayerDown and dormant are OK, up is CRITICAL", 0, OPT_SET,
	  CTX(pol.st.expect_down) },
	{ "status-only", 0, OPT_NOARG, NULL,
	  "Check the status only: no counters, no rates, no state file",
	  0, OPT_SET, CTX(status_only) },
	{ "speed", 0, OPT_ARG, "BITS",
	  "Use this speed for both directions instead of ifSpeed/ifHighSpeed\n"
	  "(100M, 1G, 2.5G; SI units as for the traffic thresholds)",
	  O_SPEED + DS_BOTH, OPT_CALL, 0 },
	{ "in-speed", 0, OPT_ARG, "BITS",
	  "Speed of the incoming direction (an asymmetric line)",
	  O_SPEED + DS_IN, OPT_CALL, 0 },
	{ "out-speed", 0, OPT_ARG, "BITS",
	  "Speed of the outgoing direction", O_SPEED + DS_OUT, OPT_CALL, 0 },
	{ "ignore-unknown-speed", 0, OPT_NOARG, NULL,
	  "An interface without a speed skips the % traffic thresholds (OK,\n"
	  "with a note) instead of being UNKNOWN", 0, OPT_SET,
	  CTX(pol.ignore_nospeed) },
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
	  "List every interface (index, descr, name, alias, type, speed, "
	  "admin\n"
	  "and oper status), marking with * those the options select; exit OK",
	  0, OPT_SET, CTX(list) },
	PLUGIN_FORMAT_OPT(CTX(format)),
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
"  check_snmp_interface -H switch1 -r '^Gi1/0/' -T ethernet "
    "--errors-warning 0.1%\n"
"  check_snmp_interface -H router -n Dialer0 --expect-down\n"
"  check_snmp_interface -H host -E '^(lo|docker)' --sample 5 -t 15\n"
"  check_snmp_interface -H host --list\n";

/*
 * A threshold of metric m, direction d: "%" after its numbers (a
 * percentage) or, for traffic, SI bit units.  Byte units are refused:
 * units match without case, so "MB" would silently read as megabits.
 */
static int
set_limit(struct ctx *c, int m, int d, int w, const char *arg, char *err,
    size_t errlen)
{
	struct limit *l = &c->pol.lim.lim[m][d][w];

	c->limits = 1;
	if (limit_parse(l, arg, m == M_TRAFFIC ? units_bits : NULL,
	    m == M_TRAFFIC ? LIMIT_NO_BYTES : 0) == 0)
		return 0;
	snprintf(err, errlen, "Invalid %s%s %s range '%s': %sexpected "
	    "[@][START:][END] %s", d == DS_IN ? "incoming " : d == DS_OUT ?
	    "outgoing " : "", ifmib_metric_names[m], w ? "critical" :
	    "warning", arg,
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

	if (id >= O_TH && id < O_TH_END)
		return set_limit(c, (id - O_TH) / 6, (id - O_TH) % 6 / 2,
		    (id - O_TH) % 2, optarg, err, errlen);
	switch (id) {
	case O_SPEED + DS_BOTH:
	case O_SPEED + DS_IN:
	case O_SPEED + DS_OUT:
		return ifmib_speed_option(c->speed, id - O_SPEED, optarg, err,
		    errlen);
	case O_TYPE:
		return ifmib_types_parse(&c->is.types, optarg, err, errlen);
	case O_XTYPE:
		return ifmib_types_parse(&c->is.xtypes, optarg, err, errlen);
	case O_ADMINDOWN:
		return ifmib_admin_down(&c->pol.st, optarg, err, errlen);
	case O_OPERSTATE:
		return ifmib_oper_states(c->pol.st.oper, optarg, err, errlen);
	case O_SAMPLE:
		return rate_sample_option(optarg, &c->sample, err, errlen);
	}
	return 0;
}

/* Option checks that need all of them; the selection and its key. */
static void
setup(struct ctx *c, const struct snmp_opts *o)
{
	char err[512];

	if (c->status_only && c->limits)
		die(STATE_UNKNOWN, "--status-only cannot be combined with "
		    "traffic, error or discard thresholds");
	if (c->status_only && c->sample > 0)
		die(STATE_UNKNOWN, "--status-only and --sample exclude each "
		    "other: --sample is for rates");
	if ((c->sample > 0 && rate_sample_check(c->sample, o->timeout_ms,
	    c->list ? NULL : o->walkfile, err, sizeof(err)) < 0) ||
	    ifmib_select_build(&c->is, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	if (ifmib_select_key(&c->is, c->force32, c->selection,
	    sizeof(c->selection)) < 0)
		die(STATE_UNKNOWN, "The selection is too long for a state file "
		    "key: use fewer or shorter -n, -r, -E and --index values");
}

/* --list: every interface, from one walk of the columns it shows. */
static void
list(struct plugin *p, struct ctx *c)
{
	struct json j, *jp = NULL;
	size_t nrows;
	int rc;

	if (plugin_list_json(c->format, c->list)) {
		plugin_json_start(p, &j, PLUGIN_NAME);
		json_array(jp = &j, "interfaces");
	}
	if ((rc = ifmib_list(p->s, &c->is, c->speed, &p->out->longout, jp,
	    &nrows, &c->name_from_descr)) != SNMP_OK)
		plugin_fail(p, rc);
	if (jp != NULL) {
		json_close(jp);
		json_close(jp);
		plugin_json_finish(p, jp);
	}
	sb_printf(&p->out->summary, "%zu interface%s in ifTable", nrows,
	    nrows == 1 ? "" : "s");
}

/* An interface to check, with what the walk found. */
static void
pick(void *arg, const struct ifmib_row *r)
{
	struct ctx *c = arg;

	if (ifcheck_add(&c->set, r) != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
}

/*
 * The summary: one interface's whole line, or the counts, the problems,
 * the busiest interface and why there are no rates.
 */
static void
summary(const struct ctx *c, const struct ifcheck *ifs, size_t n,
    int counters, struct output *out)
{
	const struct ifcheck *f, *top, *first = NULL, *reset = NULL;
	size_t nchk = 0, nup = 0, nign = 0, nprob = 0, nfirst = 0, nreset = 0;
	int d;

	for (f = ifs; f < ifs + n; f++) {
		if (f->ignored) {
			nign++;
			continue;
		}
		nchk++;
		if ((f->r.oper == OPER_UP) != c->pol.st.expect_down)
			nup++;
		if (f->state != STATE_OK)
			nprob++;
		if (!counters || !ifmib_has_octets(&f->r))
			continue;
		if (f->rate == RATE_FIRST || f->rate == RATE_TOO_SOON) {
			if (nfirst++ == 0)
				first = f;
		} else if (f->rate == RATE_RESET && nreset++ == 0)
			reset = f;
	}
	/* --sample has no next run to wait for: no rate is no verdict */
	if (nfirst > 0)
		output_state(out, c->sample > 0 ? STATE_UNKNOWN :
		    c->first_state);
	if (nreset > 0)
		output_state(out, c->sample > 0 ? STATE_UNKNOWN :
		    c->reset_state);
	if (nchk == 0) {
		sb_printf(&out->summary, "No interface to check: %zu admin "
		    "down (ignored)", nign);
		return;
	}
	/* one interface: its whole line */
	if (nchk == 1 && nign == 0) {
		sb_printf(&out->summary, "%s ", ifs[0].label);
		ifcheck_text(&c->pol, &out->summary, &ifs[0], counters, 0);
		return;
	}
	sb_printf(&out->summary, "%zu of %zu %s", nup, nchk,
	    c->pol.st.expect_down ? "down" : "up");
	if (nign > 0)
		sb_printf(&out->summary, " (%zu admin down, ignored)", nign);
	for (f = ifs, d = 0; f < ifs + n; f++) {
		if (f->ignored || f->state == STATE_OK)
			continue;
		sb_printf(&out->summary, "; %s ", f->label);
		ifcheck_text(&c->pol, &out->summary, f, counters, 1);
		d |= f->pct & IFMIB_PCT_UNKNOWN;
	}
	if (d)
		sb_add(&out->summary, " (" IFCHECK_NEED_SPEED ")");
	if (nprob == 0 && (top = ifcheck_busiest(ifs, n)) != NULL) {
		sb_printf(&out->summary, "; busiest %s ", top->label);
		ifcheck_traffic_text(&out->summary, top);
	}
	if (nfirst > 0)
		rate_note_items(&out->summary, first->label, nfirst, nchk,
		    first->rate, first->why);
	if (nreset > 0)
		rate_note_items(&out->summary, reset->label, nreset, nchk,
		    reset->rate, reset->why);
}

static void
report(const struct ctx *c, struct ifcheck *ifs, size_t n, int counters,
    struct output *out, int verbose)
{
	struct output_mark mark;
	size_t i, dropped = 0;

	for (i = 0; i < n; i++) {
		output_state(out, ifs[i].state);
		ifcheck_long(&c->pol, &out->longout, &ifs[i], counters,
		    verbose);
		if (ifs[i].ignored)
			continue;
		/* whole: an interface with some of its series breaks graphs */
		output_perf_mark(out, &mark);
		ifmib_perf(out, ifs[i].label, &ifs[i].r, &ifs[i].m,
		    ifs[i].speed, &c->pol.lim);
		if (!output_perf_whole(out, &mark))
			dropped++;
	}
	for (i = 0; i < n; i++) {
		/* one agent, one clock: its note once */
		if (ifs[i].rate == RATE_OK && ifs[i].why[0] != '\0') {
			sb_printf(&out->longout, "note: %s\n", ifs[i].why);
			break;
		}
	}
	summary(c, ifs, n, counters, out);
	if (dropped > 0)
		sb_printf(&out->longout, "perfdata of %zu interface%s left "
		    "out: the perfdata buffer is full\n", dropped,
		    dropped == 1 ? "" : "s");
}

/*
 * --sample: this sample becomes the previous one, then another, SECONDS
 * later (or sooner, when a slow first sample leaves the second no room:
 * the rate then spans a shorter interval, measured like any other).
 */
static void
sample_again(struct plugin *p, long secs, struct ifcheck *ifs,
    struct ifmib_row **rows, size_t n)
{
	struct rate_wait rw;
	char err[256];
	size_t i;
	int rc;

	if (rate_sample_wait(&p->o, p->started, p->deadline, secs, &rw, err,
	    sizeof(err)) != SNMP_OK)
		die(p->o.timeout_state, "%s", err);
	for (i = 0; i < n; i++) {
		ifs[i].prev.sample = ifs[i].r.cur;
		ifs[i].prev.have = 1;
	}
	if ((rc = ifmib_fetch(p->s, rows, n, 0, 1, NULL)) != SNMP_OK)
		plugin_fail(p, rc);
	/* not one counter moved: perhaps the agent's cache answered twice */
	if (ifcheck_still(ifs, n) && rate_sample_recheck(&rw, p->deadline,
	    (int64_t)(IFMIB_CACHE_SECS * 1000)) &&
	    (rc = ifmib_fetch(p->s, rows, n, 0, 1, NULL)) != SNMP_OK)
		plugin_fail(p, rc);
}

/*
 * The picked interfaces' figures: status, and counters with their rates
 * (from the stored sample in rs, or --sample's), this run's samples stored
 * (or the older ones where they came too soon), and the selection with
 * the table's stamp; the number kept.  With again, they are the last
 * walk's (recall()): 0 and *again when the stamp is not c->then's or one
 * of them is gone or no longer selected.
 */
static size_t
measure(struct plugin *p, struct ctx *c, struct rate_store *rs, int *again)
{
	struct ifmib_stamp *stp = again != NULL || (c->remember &&
	    !c->stamped) ? &c->stamp : NULL;
	struct ifcheck *ifs = c->set.f;
	struct ifmib_row **rows;
	int64_t lag = 0;
	size_t i, n = c->set.n, nsel;
	int counters = !c->status_only, rc, still;

	if ((rows = calloc(n, sizeof(struct ifmib_row *))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		rows[i] = &ifs[i].r;
		ifs[i].r.want_hc = p->o.version != SNMP_V1 && !c->force32;
		if (rs != NULL)
			ifmib_prev_find(rs, &ifs[i].r, &ifs[i].prev);
	}
	if ((rc = ifmib_fetch(p->s, rows, n, 1, counters, stp)) != SNMP_OK)
		plugin_fail(p, rc);
	if (counters && c->sample > 0)
		sample_again(p, c->sample, ifs, rows, n);
	free(rows);
	for (i = 0; again != NULL && i < n && ifs[i].r.exists &&
	    ifmib_selected(&c->is, &ifs[i].r); i++)
		;
	if (again == NULL && stp != NULL)	/* read after the walk */
		lag = snmp_now_ms() - p->started;
	c->stamped |= again != NULL;
	c->stamp.walked = c->then.walked;
	if (again != NULL && (i < n || !ifmib_stamp_holds(&c->then, &c->stamp,
	    rate_wall_ms())))
		return *again = 1, 0;
	if (again != NULL)	/* restarts are measured from the walk */
		c->stamp.uptime = c->then.uptime;
	/* an interface renamed or renumbered meanwhile is never reported */
	nsel = ifcheck_keep(&c->is, ifs, n, &c->missing, &c->changed);
	if (ifcheck_labels(ifs, nsel) != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	/* not one counter moved: perhaps the agent's cache answered twice */
	still = ifcheck_still(ifs, nsel);
	for (i = 0; i < nsel; i++) {
		ifmib_dir_speeds(&ifs[i].r, c->speed, ifs[i].speed);
		if (ifcheck_evaluate(&c->pol, &ifs[i], counters, still) !=
		    SNMP_OK)
			die(STATE_UNKNOWN, "out of memory");
	}
	if (rs == NULL)
		return nsel;
	if (c->remember)
		ifmib_remember(rs, &c->stamp, lag, &ifs[0].r, sizeof(*ifs),
		    nsel, c->name_from_descr);
	for (i = 0; i < nsel; i++)
		ifmib_add_sample(rs, &ifs[i].r, &ifs[i].prev, ifs[i].rate);
	if (rate_commit(rs) != SNMP_OK)
		die(STATE_UNKNOWN, "Cannot keep samples for rates: %s",
		    rs->st.err);
	return nsel;
}

/*
 * The interfaces the last walk picked by their names (ifmib_recall()),
 * checked with one GET and no walk: 1.  -1 with the store open when there
 * is nothing to recall or it no longer holds (the walk follows); 0 with
 * none (the walk's path opens it, or needs none).
 */
static int
recall(struct plugin *p, struct ctx *c, struct rate_store *rs, size_t *nsel)
{
	struct ifmib_row r;
	uint32_t *idx;
	size_t i, n;
	int again = 0, rc;

	if (c->status_only || c->sample > 0 || c->is.so.nidx > 0 ||
	    p->o.version == SNMP_V1)
		return 0;
	/* locked too long by another run: no time left for the walk */
	if ((rc = rate_open(rs, &p->o, PLUGIN_NAME, c->selection,
	    c->state_dir, p->deadline)) == SNMP_E_TIMEOUT)
		die(p->o.timeout_state, "Cannot keep samples for rates: %s",
		    rs->st.err);
	if (rc != SNMP_OK)
		return 0;
	c->remember = 1;
	if (ifmib_recall(rs, rate_wall_ms(), &c->then, &idx, &n,
	    &c->name_from_descr) == 0) {
		for (i = 0; i < n; i++) {
			ifmib_row_init(&r, idx[i]);
			pick(c, &r);
		}
		free(idx);
		if ((*nsel = measure(p, c, rs, &again)) > 0 || !again)
			return 1;
		for (i = 0; i < c->set.n; i++)
			ifcheck_free(&c->set.f[i]);
		c->set.n = 0;
	}
	return -1;
}

static void
no_match(struct output *out, const struct ctx *c, size_t n)
{
	output_state(out, c->nomatch_state);
	sb_printf(&out->summary, "No interface matches the selection (%zu "
	    "interface%s, see --list)", n, n == 1 ? "" : "s");
}

/* What the selection named and the agent did not have, or changed. */
static void
report_missing(struct plugin *p, const struct ctx *c, size_t nsel)
{
	int alert, rc;

	if ((rc = ifmib_missing(p->s, &c->is, c->missing.buf, c->changed.buf,
	    nsel, &p->out->summary, &alert)) != SNMP_OK)
		plugin_fail(p, rc);
	if (alert)
		output_state(p->out, c->nomatch_state);
	else if (nsel == 0)
		no_match(p->out, c, c->set.n);
}

/* The interfaces selected: their figures, the verdict, the notes. */
static void
check(struct plugin *p, struct ctx *c)
{
	struct rate_store rs;
	size_t i, nsel = 0, seen;
	int rc, open;

	sb_init(&c->missing, c->mbuf, sizeof(c->mbuf));
	sb_init(&c->changed, c->cbuf, sizeof(c->cbuf));
	if ((open = recall(p, c, &rs, &nsel)) <= 0) {
		c->then.walked = rate_wall_ms();
		if ((rc = ifmib_pick(p->s, &c->is, pick, c, &seen,
		    &c->name_from_descr)) != SNMP_OK)
			plugin_fail(p, rc);
		if (c->set.n == 0) {
			if (open < 0)
				rate_close(&rs);
			no_match(p->out, c, seen);
			if (seen > 0 && (rc = ifmib_descr_hint(p->s, &c->is,
			    &p->out->summary)) != SNMP_OK)
				plugin_fail(p, rc);
			return;
		}
		if (open == 0 && !c->status_only && c->sample == 0)
			plugin_rate_open(p, &rs, PLUGIN_NAME, c->selection,
			    c->state_dir, "Cannot keep samples for rates: ",
			    "; --sample and --status-only need no state file");
		nsel = measure(p, c, !c->status_only && c->sample == 0 ? &rs :
		    NULL, NULL);
	}
	if (nsel > 0)
		report(c, c->set.f, nsel, !c->status_only, p->out,
		    p->o.verbose);
	report_missing(p, c, nsel);
	if (p->o.verbose >= 1 && c->name_from_descr)
		sb_add(&p->out->longout, "no ifName on the agent: names "
		    "matched against ifDescr\n");
	if (p->o.verbose >= 1 && !session_offline(p->s))
		sb_printf(&p->out->longout, "%u request%s sent%s\n",
		    session_requests(p->s), session_requests(p->s) == 1 ? "" :
		    "s", open > 0 ? " (the interfaces the last run selected, "
		    "no walk)" : "");
	for (i = 0; i < nsel; i++)
		ifcheck_free(&c->set.f[i]);
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

	c.first_state = c.reset_state = STATE_OK;
	c.nomatch_state = STATE_UNKNOWN;
	ifmib_status_init(&c.pol.st);
	c.is.so.field_names = ifmib_fields;
	plugin_start(&p, &pi, argc, argv);
	setup(&c, &p.o);
	plugin_list_json(c.format, c.list);
	plugin_open(&p);
	if (c.list)
		list(&p, &c);
	else
		check(&p, &c);
	free(c.set.f);
	select_free(&c.is.sel);
	plugin_finish(&p);
}
