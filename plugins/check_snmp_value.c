/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_value: GET (or GETNEXT) one or more objects and compare them
 * with thresholds, strings or regular expressions.  Option-compatible with
 * monitoring-plugins 2.3.3 check_snmp, with its known faults fixed: a
 * missing object is UNKNOWN, -s/-r match the value itself, -t bounds the
 * whole run, thresholds are parsed strictly, 64-bit values stay exact.
 */
#include <stdio.h>
#include <string.h>

#include "num.h"
#include "objitem.h"
#include "objmatch.h"
#include "objrate.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rate.h"
#include "session.h"
#include "store.h"

#define MAX_OIDS	OBJITEM_MAX
/* -o, -l and -u arguments copied without malloc (longer ones: the heap) */
#define ARGTEXT_MAX	4096

enum {
	O_OID = OPT_PLUGIN_BASE, O_STRING, O_EREG, O_EREGI, O_MULT, O_OFFSET,
	O_FMT, O_RATEMULT, O_LABEL, O_UNITS
};

#define CTX(f)		offsetof(struct ctx, f)

/*
 * The room for the option copies (ARGTEXT_MAX of them) and the arrays cut
 * to size once the objects are known: items, OIDs and values.
 */
#define ROOM_SIZE	(ARGTEXT_MAX + MAX_OIDS * sizeof(struct objitem) + \
	(MAX_OIDS + 1) * (sizeof(struct oid) + sizeof(struct varbind)) + 64)

/*
 * In the order a plain GET touches it: the options, the -o arguments,
 * then the room where their copies, the items, the OIDs and the values
 * follow each other; what only some options use comes last.  A GET of
 * one object faults in two pages of it.
 */
struct ctx {
	size_t		 nitems;
	const char	*warn;
	const char	*crit;
	const char	*delim;
	int		 next;
	int		 perf_oids;
	struct objitem_view w;		/* how values are read and shown */
	int		 rate;
	const char	*state_dir;
	int		 first_state;
	int		 reset_state;
	const char	*miblist;	/* -m */
	int		 compat;	/* run as check_snmp */
	int		 list;
	const char	*format;	/* --format, with --list */
	size_t		 nmatch;
	size_t		 noidbuf;
	size_t		 nlist[2];
	size_t		 nlistbuf;
	size_t		 roomlen;
	struct objitem	*items;		/* nitems, setup() enforces MAX_OIDS */
	struct oid	*oids;		/* nitems + 1: --rate's sysUpTime.0 */
	struct varbind	*vb;		/* answers oids[] */
	char		*oidbuf[MAX_OIDS];	/* -o arguments */
	union {
		long double	 ld;	/* for its alignment: 16 */
		uint64_t	 u;
		void		*p;
	}		 room[ROOM_SIZE / 16 + 1];
	struct {
		int		 kind;		/* enum objmatch_kind */
		const char	*pattern;
	}		 matches[MAX_OIDS];
	/* -l and -u accumulate in order, as check_snmp's did */
	char		*lists[2][MAX_OIDS + 1];
	char		*listbuf[MAX_OIDS];
};

static const struct opt_def value_opts[] = {
	{ "oid", 'o', OPT_ARG, "OID[,OID...]",
	  "Objects to read: numeric (1.3.6.1.2.1.1.3.0, leading dot optional)\n"
	  "or a built-in name (sysUpTime.0, IF-MIB::ifHCInOctets.3); several\n"
	  "separated by commas or spaces, or -o repeated", O_OID, OPT_CALL, 0 },
	{ "next", 'n', OPT_NOARG, NULL,
	  "Use GETNEXT: report the first object after each given OID", 0,
	  OPT_SET, CTX(next) },
	{ "warning", 'w', OPT_ARG, "RANGE[,RANGE...]",
	  "Warning range per object, in -o order; an empty field means no\n"
	  "threshold for that object (-w ,80 checks the second only); a single\n"
	  "range without commas applies to the first object only", 0,
	  OPT_TEXT, CTX(warn) },
	{ "critical", 'c', OPT_ARG, "RANGE[,RANGE...]",
	  "Critical range per object, like -w", 0, OPT_TEXT, CTX(crit) },
	{ "string", 's', OPT_ARG, "STRING",
	  "CRITICAL unless the value equals STRING: as shown, as check_snmp\n"
	  "showed it (\"text\", hex with a trailing space) or, for an\n"
	  "enumeration, its label, number or label(number); each -s, -r or -R\n"
	  "applies to the next object in -o order", O_STRING, OPT_CALL, 0 },
	{ "ereg", 'r', OPT_ARG, "REGEX",
	  "CRITICAL unless the extended regular expression matches one of\n"
	  "those texts or net-snmp's \"TYPE: value\"", O_EREG, OPT_CALL, 0 },
	{ "eregi", 'R', OPT_ARG, "REGEX",
	  "Like -r, ignoring case", O_EREGI, OPT_CALL, 0 },
	{ "invert-search", 0, OPT_NOARG, NULL,
	  "CRITICAL if the value does match -s, -r or -R", 0, OPT_SET,
	  CTX(w.invert) },
	{ "label", 'l', OPT_ARG, "LABEL[,LABEL...]",
	  "Labels shown before the values and used in perfdata, in -o order;\n"
	  "double-quote a label that contains a comma; -l repeated adds the\n"
	  "next labels (-l in -l out)", O_LABEL, OPT_CALL, 0 },
	{ "units", 'u', OPT_ARG, "UNIT[,UNIT...]",
	  "Units shown after the values (text only, never in perfdata); -u\n"
	  "repeated adds the next ones", O_UNITS, OPT_CALL, 0 },
	{ "output-delimiter", 'D', OPT_ARG, "STRING",
	  "Separator between values in the status line (default \" \")",
	  0, OPT_TEXT, CTX(delim) },
	{ "perf-oids", 'O', OPT_NOARG, NULL,
	  "Label perfdata with the OIDs even when -l is given", 0, OPT_SET,
	  CTX(perf_oids) },
	{ "multiplier", 'M', OPT_ARG, "NUMBER",
	  "Multiply numeric values before display and comparison", O_MULT, OPT_CALL, 0 },
	{ "offset", 0, OPT_ARG, "NUMBER",
	  "Add to numeric values (after -M) before display and comparison",
	  O_OFFSET, OPT_CALL, 0 },
	{ "fmtstr", 'f', OPT_ARG, "FORMAT",
	  "printf format for values changed by -M or --offset, one conversion\n"
	  "of %f, %e or %g with optional flags, width and precision (display\n"
	  "only; perfdata stays plain decimal)", O_FMT, OPT_CALL, 0 },
	{ "nulloid", 'z', OPT_ARG, "STATE",
	  "State when a value that has thresholds is not a number (0-3 or\n"
	  "OK, WARNING, CRITICAL, UNKNOWN; default UNKNOWN)", 0, OPT_STATE,
	  CTX(w.null_state) },
	{ "rate", 0, OPT_NOARG, NULL,
	  "Report each value's change per second since the previous run\n"
	  "instead of the value (counters: wraps and resets handled; the\n"
	  "interval comes from the agent's sysUpTime, read in the same\n"
	  "request); thresholds apply to the rate, the text shows it with a\n"
	  "few digits and /s.  The previous values are kept in the state\n"
	  "directory", 0, OPT_SET, CTX(rate) },
	{ "rate-multiplier", 0, OPT_ARG, "NUMBER",
	  "Multiply rates, e.g. 60 for per minute, 8 for octets to bits\n"
	  "(default 1)", O_RATEMULT, OPT_CALL, 0 },
	{ "state-dir", 0, OPT_ARG, "DIR",
	  "Where --rate keeps its samples (default $MP_STATE_PATH, else\n"
	  "$NAGIOS_PLUGIN_STATE_DIRECTORY, else " STORE_DIR_DEFAULT "); created\n"
	  "0700, must not be writable by others", 0, OPT_TEXT,
	  CTX(state_dir) },
	{ "first-run", 0, OPT_ARG, "STATE",
	  "State of a --rate run without a usable previous sample (first\n"
	  "run, or the last sample under a second old); default OK, with\n"
	  "\"collecting data\"", 0, OPT_STATE, CTX(first_state) },
	{ "on-reset", 0, OPT_ARG, "STATE",
	  "State when a counter was reset or the agent restarted since the\n"
	  "previous run (no rate is reported then); default OK", 0, OPT_STATE,
	  CTX(reset_state) },
	{ "miblist", 'm', OPT_ARG, "LIST",
	  "No MIB files are read (the built-in names need none); as with\n"
	  "check_snmp, a LIST (-m ALL) labels perfdata and shows enumerations\n"
	  "in net-snmp's MIB form (IF-MIB::ifOperStatus.1, up(1)) even for\n"
	  "numeric OIDs, -m '' never; without -m, the MIB form is used when an\n"
	  "OID is given by name", 0, OPT_TEXT, CTX(miblist) },
	{ "delimiter", 'd', OPT_ARG, "STRING",
	  "Evaluate what follows the first STRING in each string value\n"
	  "(\"temp: 42 C\" with -d ': ' is 42); \"=\", check_snmp's default,\n"
	  "leaves values whole", 0, OPT_TEXT, CTX(w.split) },
	/* last: a check's own options are found before a lookup gets here */
	{ "list", 0, OPT_NOARG, NULL,
	  "Read the objects and list each: OID, -l label, type and value as\n"
	  "read, without thresholds, -s/-r/-R, -M or -d; a missing object is\n"
	  "listed as such; exit OK", 0, OPT_SET, CTX(list) },
	PLUGIN_FORMAT_OPT(CTX(format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Ranges follow the Nagios plugin guidelines: 10 (alert outside 0..10),\n"
"10: (below 10), ~:10 (above 10), 10:20 (outside), @10:20 (inside);\n"
":10 is 0:10, exponents are read (~:1e3).  Run as check_snmp (a symbolic\n"
"link) or with --compat=check_snmp: check_snmp 2.3.3's defaults (see\n"
"--compat) and MAX:MIN read as @MIN:MAX.\n"
"A missing object (noSuchObject, noSuchInstance, v1 noSuchName) is UNKNOWN.\n"
"With --rate the state is keyed by the agent (-H, -p, version, community or\n"
"user and context: hashed, never stored) and the OIDs; with --walk-file by\n"
"-H if given, else every walk file shares it, so that two recordings of\n"
"one device give a rate.\n"
"\n"
"Examples:\n"
"  check_snmp_value -H 192.0.2.1 -C public -o sysUpTime.0 -w 600: -c 300:\n"
"  check_snmp_value -H switch1 -o .1.3.6.1.2.1.2.2.1.8.1 -s 1 -l 'Port 1 oper'\n"
"  check_snmp_value -H ::1 -o laLoad.1,laLoad.2 -w 4,3 -c 8,6 -l load1,load5\n"
"  check_snmp_value --walk-file host.walk -o sysDescr.0 -r 'Linux'\n"
"  check_snmp_value -H router1 -o ifHCInOctets.3 --rate --rate-multiplier 8 \\\n"
"      -l in_bps -w 800000000 -c 950000000\n";

/* -M, --offset, --rate-multiplier: a decimal number. */
static int
number_opt(struct ctx *c, int id, const char *arg, char *err, size_t errlen)
{
	struct num n;

	if (num_parse(&n, arg) != 0) {
		snprintf(err, errlen, "Invalid %s '%s': expected a decimal "
		    "number", id == O_MULT ? "multiplier" : id == O_OFFSET ?
		    "offset" : "rate multiplier", arg);
		return -1;
	}
	if (id == O_RATEMULT)
		c->w.rate_mult = num_to_double(&n);
	else if (id == O_MULT)
		c->w.mult = num_to_double(&n);
	else
		c->w.offset = num_to_double(&n);
	c->w.scaled |= id != O_RATEMULT;
	return 0;
}

/* n octets of the context's room, 16-aligned; the sizes are bounded. */
static void *
room_take(struct ctx *c, size_t n)
{
	char *p = (char *)c->room + c->roomlen;

	if (n > sizeof(c->room) - c->roomlen)
		die(STATE_UNKNOWN, "internal error: out of room");
	c->roomlen += (n + 15) & ~(size_t)15;
	return p;
}

/*
 * A copy of an option's argument to split in place: in the context's room
 * while ARGTEXT_MAX allows, so that a GET of a few objects allocates
 * nothing, else on the heap (NULL when that fails).
 */
static char *
arg_copy(struct ctx *c, const char *arg)
{
	size_t n = strlen(arg) + 1;

	/* the options come before setup() cuts the arrays: all the room
	 * taken so far is copies */
	if (((n + 15) & ~(size_t)15) > ARGTEXT_MAX - c->roomlen)
		return strdup(arg);
	return memcpy(room_take(c, n), arg, n);
}

/* -l, -u: the next labels or units, each option a comma list. */
static int
list_opt(struct ctx *c, int k, const char *arg, char *err, size_t errlen)
{
	char *buf;

	if (c->nlistbuf >= MAX_OIDS || (buf = arg_copy(c, arg)) == NULL) {
		snprintf(err, errlen, "Too many -l/-u options");
		return -1;
	}
	c->listbuf[c->nlistbuf++] = buf;
	c->nlist[k] += options_split(buf, c->lists[k] + c->nlist[k],
	    MAX_OIDS + 1 - c->nlist[k], 0);
	return 0;
}

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;

	switch (id) {
	case O_LABEL:
	case O_UNITS:
		return list_opt(c, id == O_UNITS, optarg, err, errlen);
	case O_OID:
		if (c->noidbuf >= MAX_OIDS || (c->oidbuf[c->noidbuf++] =
		    arg_copy(c, optarg)) == NULL) {
			snprintf(err, errlen, "Too many -o options");
			return -1;
		}
		return 0;
	case O_STRING:
	case O_EREG:
	case O_EREGI:
		if (c->nmatch >= MAX_OIDS) {
			snprintf(err, errlen, "Too many -s/-r/-R options");
			return -1;
		}
		c->matches[c->nmatch].kind = id == O_STRING ?
		    OBJMATCH_STRING : id == O_EREG ? OBJMATCH_EREG :
		    OBJMATCH_EREGI;
		c->matches[c->nmatch++].pattern = optarg;
		return 0;
	case O_FMT:
		if (!num_valid_fmt(optarg)) {
			snprintf(err, errlen, "Invalid format '%s': expected "
			    "one %%f, %%e or %%g conversion", optarg);
			return -1;
		}
		c->w.fmt = optarg;
		return 0;
	}
	return number_opt(c, id, optarg, err, errlen);
}

static SNMP_NOINLINE void
setup(struct ctx *c)
{
	char *f[MAX_OIDS + 1], err[256];
	size_t i, j, k = 0;
	int rc;

	for (i = 0; i < c->noidbuf && k <= MAX_OIDS; i++)
		k += options_split(c->oidbuf[i], f + k, MAX_OIDS + 1 - k, 1);
	if (k == 0)
		die(STATE_UNKNOWN, "No OID given: use -o OID");
	if (k > MAX_OIDS)
		die(STATE_UNKNOWN, "Too many OIDs (at most %d)", MAX_OIDS);
	c->items = room_take(c, k * sizeof(*c->items));
	c->oids = room_take(c, (k + 1) * sizeof(*c->oids));
	c->vb = room_take(c, (k + 1) * sizeof(*c->vb));
	for (j = 0; j < k; j++) {
		c->items[j].text = f[j];
		rc = oid_parse(&c->items[j].oid, f[j]);
		if (rc == SNMP_E_NAME)
			die(STATE_UNKNOWN, "Unknown object name '%s': use a "
			    "numeric OID (no MIB files are read)", f[j]);
		if (rc != SNMP_OK)
			die(STATE_UNKNOWN, "Invalid OID '%s'", f[j]);
		/* check_snmp ran snmpget -m ALL for names, -m '' otherwise */
		c->w.mib |= f[j][0] != '.' && (f[j][0] < '0' || f[j][0] > '9');
	}
	if (c->miblist != NULL)
		c->w.mib = c->miblist[0] != '\0';
	c->nitems = k;
	if (objitem_ranges(c->items, k, c->warn, 0, c->compat, err,
	    sizeof(err)) < 0 || objitem_ranges(c->items, k, c->crit, 1,
	    c->compat, err, sizeof(err)) < 0)
		die(STATE_UNKNOWN, "%s", err);
	if (c->nmatch > c->nitems)
		die(STATE_UNKNOWN, "%zu -s/-r/-R options for %zu object%s",
		    c->nmatch, c->nitems, c->nitems == 1 ? "" : "s");
	for (i = 0; i < c->nmatch; i++) {
		if (objmatch_set(&c->items[i].match, c->matches[i].kind,
		    c->matches[i].pattern, err, sizeof(err)) < 0)
			die(STATE_UNKNOWN, "Invalid regular expression '%s': "
			    "%s", c->matches[i].pattern, err);
	}
	for (i = 0; i < c->nitems; i++) {
		c->items[i].label = i < c->nlist[0] ? c->lists[0][i] : NULL;
		c->items[i].unit = i < c->nlist[1] ? c->lists[1][i] : NULL;
	}
}

static SNMP_NOINLINE void
report_missing(struct session *s, const struct objitem *items,
    const struct varbind *vb, size_t n)
{
	char msg[1024];
	struct strbuf sb;

	sb_init(&sb, msg, sizeof(msg));
	if (objitem_missing(&sb, items, vb, n) > 0)
		die(STATE_UNKNOWN, "No such object on %s: %s", session_peer(s),
		    msg);
}

static SNMP_NOINLINE void
evaluate(struct ctx *c, struct output *out, const struct varbind *vb,
    int verbose)
{
	struct objitem_reading r;
	char label[OID_TEXT_MAX + 64];
	const struct objitem *it;
	size_t i;
	int t;

	for (i = 0; i < c->nitems; i++) {
		it = &c->items[i];
		objitem_read(&c->w, it, &vb[i], &r);
		output_state(out, r.state);
		if (i > 0)
			sb_add(&out->summary, c->delim);
		objitem_show(&c->w, it, &r, &out->summary);
		/* check_snmp's status line has only "*value*": say why */
		if (r.state != STATE_OK && !c->compat)
			objitem_explain(&c->w, it, &vb[i], &r, &out->longout);
		if (verbose >= 1)
			objitem_line(&out->longout, &vb[i], r.text);
		if (!r.numeric)
			continue;
		/* the series name check_snmp gave it: -l, else the OID */
		if (it->label != NULL && !c->perf_oids)
			snprintf(label, sizeof(label), "%s", it->label);
		else
			oid_format_netsnmp(&vb[i].oid, c->w.mib, label,
			    sizeof(label));
		t = vb[i].val.type;
		output_perf(out, label, &r.n, t == VAL_COUNTER32 ||
		    t == VAL_COUNTER64 ? "c" : "", &it->th, NULL, NULL);
	}
}

/* What json_row() reads. */
struct listed {
	const struct ctx	*c;
	const struct varbind	*vb;
};

/* --list --format json: object i as list() shows it. */
static void
json_row(struct json *j, const void *arg, size_t i)
{
	const struct listed *l = arg;

	objitem_json(j, &l->c->items[i], &l->vb[i], l->c->w.mib);
}

/*
 * --list: each object as read, a line each (-v's, after its -l label),
 * no thresholds, no -s/-r/-R, -M or -d; a missing object is listed, as
 * check_snmp_uptime --list lists a missing clock: the run is OK.  Ends
 * the run.
 */
static SNMP_NOINLINE void
list(const struct ctx *c, struct plugin *p, const struct varbind *vb,
    int json)
{
	struct listed ls = { c, vb };
	size_t i, missing = 0;

	if (json)
		plugin_json_rows(p, "check_snmp_value", "objects", c->nitems,
		    json_row, &ls);
	for (i = 0; i < c->nitems; i++) {
		objitem_list_line(&p->out->longout, &c->items[i], &vb[i],
		    c->w.mib);
		missing += value_is_exception(&vb[i].val);
	}
	sb_printf(&p->out->summary, "%zu of %zu object%s read from %s",
	    c->nitems - missing, c->nitems, c->nitems == 1 ? "" : "s",
	    session_peer(p->s));
	if (missing > 0)
		sb_printf(&p->out->summary, ", %zu missing", missing);
	plugin_finish(p);
}

/*
 * Open and lock the samples before the GET, so that overlapping runs of
 * one check take and store their samples in turn: a slow run never
 * stores an older sample over a newer one, nor sees the agent's clock go
 * back.
 */
static SNMP_NOINLINE void
rates_lock(const struct ctx *c, const struct plugin *pl,
    struct rate_store *rs)
{
	char what[4096];

	if (objrate_what(what, sizeof(what), c->oids, c->nitems) != 0)
		die(STATE_UNKNOWN, "--rate: too many objects for one state "
		    "file");
	plugin_rate_open(pl, rs, "check_snmp_value", what, c->state_dir,
	    "--rate: ", "");
}

/*
 * --rate: replace each value by its change per second since the stored
 * sample and store this one.  Without a usable previous sample, or after a
 * reset, there is no rate: the run ends here with --first-run or
 * --on-reset.  The store is keyed by the agent and the OIDs.
 */
static SNMP_NOINLINE void
rates(struct ctx *c, struct rate_store *rs, struct varbind *vb,
    const struct varbind *up, const struct session *s, struct output *out)
{
	static struct objrate r;
	int rc;

	rc = objrate_sample(&r, rs, vb, c->nitems, up, s);
	if (rc == OBJRATE_NAN)
		die(STATE_UNKNOWN, "--rate needs numbers: %s is %s",
		    c->items[r.bad].text, value_type_name(vb[r.bad].val.type));
	if (rc < 0)
		die(STATE_UNKNOWN, "--rate: %s", rs->st.err);
	if (rc == RATE_TOO_SOON)
		die(c->first_state, "collecting data: %s, no rate yet", r.why);
	if (rc == RATE_FIRST)
		die(c->first_state, "collecting data: %s; rates from the next "
		    "run on", r.why);
	if (rc == RATE_RESET)
		die(c->reset_state, "no rate this time: %s", r.why);
	if (r.why[0] != '\0')
		sb_printf(&out->longout, "%s\n", r.why);
	rc = objrate_values(&r, vb, c->nitems, c->w.rate_mult);
	if (rc == RATE_FIRST)
		die(c->first_state, "collecting data: no previous value of %s "
		    "of this type; rates from the next run on",
		    c->items[r.bad].text);
	if (rc == RATE_RESET)
		die(c->reset_state, "no rate this time: %s: %s",
		    c->items[r.bad].text, r.why);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	static struct output out;
	struct plugin_info pi = {
		"check_snmp_value",
		"Read SNMP objects and check them against thresholds, strings "
		"or regular expressions.",
		"-H HOST -o OID[,OID...] [-w RANGE] [-c RANGE] [options]",
		value_opts, notes, handle, &c, "SNMP"
	};
	struct plugin p;
	static struct rate_store rs;	/* static: off the stack */
	struct oid *oids;
	struct varbind *vb;
	size_t i, clk;
	int rc, json = 0;

	c.delim = " ";
	c.w.mult = 1;
	c.w.rate_mult = 1;
	c.w.null_state = STATE_UNKNOWN;
	c.first_state = c.reset_state = STATE_OK;
	plugin_start_in(&p, &out, &pi, argc, argv);
	c.compat = p.o.compat != NULL;
	/* a rate for people: a few digits and /s, not as check_snmp */
	c.w.rate = c.rate && !c.compat;
	setup(&c);
	if (c.rate && c.next)
		die(STATE_UNKNOWN, "--rate and -n do not go together: GETNEXT "
		    "may return another object each run");
	/* tested only when given: a check's run never calls a thing more */
	if (c.list || c.format != NULL) {
		json = plugin_list_json(c.format, c.list);
		if (c.list && c.rate)
			die(STATE_UNKNOWN, "--list reads the objects once: it "
			    "excludes --rate");
	}
	oids = c.oids;
	vb = c.vb;
	for (i = 0; i < c.nitems; i++)
		oids[i] = c.items[i].oid;
	/*
	 * --rate reads the agent's clock, sysUpTime.0, in the same request;
	 * when it is one of the objects, that reading is the clock (the
	 * agent may read it again a tick later for a second varbind)
	 */
	clk = c.nitems;
	if (c.rate) {
		if (oid_parse(&oids[c.nitems], "1.3.6.1.2.1.1.3.0") != SNMP_OK)
			die(STATE_UNKNOWN, "internal error: sysUpTime.0");
		for (clk = 0; clk < c.nitems &&
		    oid_cmp(&oids[clk], &oids[c.nitems]) != 0; clk++)
			;
	}
	plugin_open(&p);
	if (c.rate)
		rates_lock(&c, &p, &rs);
	rc = c.next ? session_getnext(p.s, oids, c.nitems, vb) :
	    session_get(p.s, oids, c.nitems + (size_t)(c.rate &&
	    clk == c.nitems), vb);
	if (rc != SNMP_OK)
		plugin_fail(&p, rc);
	if (c.list)
		list(&c, &p, vb, json);
	report_missing(p.s, c.items, vb, c.nitems);
	if (c.rate)
		rates(&c, &rs, vb, &vb[clk], p.s, p.out);
	evaluate(&c, p.out, vb, p.o.verbose);
	plugin_finish(&p);
}
