/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_process: count the processes of HOST-RESOURCES-MIB
 * hrSWRunTable (RFC 2790 §4, 1.3.6.1.2.1.25.4.2) selected by name, path or
 * command line, check the count against a range and, from hrSWRunPerfTable
 * (1.3.6.1.2.1.25.5.1), their memory per process and in total.  Only the
 * columns the run needs are walked, all in one table walk.  A process that
 * starts or ends while the columns are walked leaves a row with holes: it
 * is listed, never counted, and never taken for a value we got.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hrswrun.h"
#include "jsonrow.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rangeopt.h"
#include "select.h"
#include "session.h"
#include "threshold.h"

#define SERVICE		"PROCESS"
#define ARGS_SHOWN	60	/* characters of arguments in long output */
#define LINE_SHOWN	1024	/* octets of a long-output line, then "..." */
#define LONG_RESERVE	1100	/* room kept for a line and the "more" line */

enum {
	O_STATUS = OPT_PLUGIN_BASE
};

/* A process: its row, and what the check made of it. */
struct proc {
	const struct hrswrun_row *r;
	int		 matched;
	int		 counted;
	int		 state;		/* this process's own alerts */
};

struct ctx {
	struct select_opts so;
	int		 path_opt, args_opt;
	const char	*warn, *crit;
	const char	*memwarn, *memcrit, *totwarn, *totcrit;
	unsigned	 counted;	/* bit s: status s is counted */
	int		 notrun_state, invalid_state;
	int		 memory, cpu, list;
	const char	*format;	/* --format, with --list */
	/* derived */
	int		 target;	/* enum hrswrun_target */
	struct select	 sel;
	struct threshold count_th, mem_th, tot_th;
	unsigned	 need;		/* bit k: an agent without column k fails */
	unsigned	 cols;		/* the columns walked */
	struct hrswrun	 sw;
	struct proc	*procs;
	size_t		 nprocs;
	size_t		 mem_alert[3];	/* processes per memory state */
};

#define CTX(f)	offsetof(struct ctx, f)

static const struct opt_def process_opts[] = {
	{ "name", 'n', OPT_ARG, "NAME",
	  "Select processes whose name (hrSWRunName) is exactly NAME;\n"
	  "repeat for several names (any of them).  net-snmp on Linux cuts\n"
	  "names to 15 characters, other agents to 64 (see below)",
	  SEL_NAME, OPT_SELECT, CTX(so) },
	{ "regex", 'r', OPT_ARG, "REGEX",
	  "Select processes whose name matches the POSIX extended regular\n"
	  "expression (unanchored: use ^ and $); may be repeated",
	  SEL_INCLUDE, OPT_SELECT, CTX(so) },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out processes that match REGEX (same text as -n/-r);\n"
	  "may be repeated", SEL_EXCLUDE, OPT_SELECT, CTX(so) },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "Compare -n, -r and -E without regard to case", SEL_ICASE,
	  OPT_SELECT, CTX(so) },
	{ "path", 0, OPT_NOARG, NULL,
	  "Match -n, -r and -E against the path (hrSWRunPath), and\n"
	  "against path and name joined when the path ends in / or \\\n"
	  "(Windows gives the directory only: C:\\Windows\\system32\\)",
	  0, OPT_SET, CTX(path_opt) },
	{ "args", 0, OPT_NOARG, NULL,
	  "Match -n, -r and -E against the command line: \"NAME ARGS\"\n"
	  "and \"PATH ARGS\" (hrSWRunParameters; PATH joined with the name as\n"
	  "for --path); either may match", 0, OPT_SET, CTX(args_opt) },
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "Warning range for the number of counted processes", 0, OPT_TEXT,
	  CTX(warn) },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "Critical range for the number of counted processes (default 1:,\n"
	  "at least one; -c 0 alerts when any runs, -c 0: never)", 0,
	  OPT_TEXT, CTX(crit) },
	{ "status", 's', OPT_ARG, "LIST",
	  "Statuses that count, by name or number, separated by commas:\n"
	  "running (1), runnable (2), notRunnable (3), invalid (4), or all\n"
	  "(default running,runnable); the others are reported, not counted",
	  O_STATUS, OPT_CALL, 0 },
	{ "not-runnable", 0, OPT_ARG, "STATE",
	  "State when a selected process is notRunnable (3): OK (the default,\n"
	  "reported only), WARNING, CRITICAL, UNKNOWN or 0-3", 0, OPT_STATE,
	  CTX(notrun_state) },
	{ "invalid", 0, OPT_ARG, "STATE",
	  "State when a selected process is invalid (4), like --not-runnable",
	  0, OPT_STATE, CTX(invalid_state) },
	{ "memory", 'm', OPT_NOARG, NULL,
	  "Read hrSWRunPerfMem (resident memory, the working set on Windows):\n"
	  "in the output and perfdata; implied by the memory thresholds", 0,
	  OPT_SET, CTX(memory) },
	{ "mem-warning", 0, OPT_ARG, "RANGE",
	  "Warning range for the memory of each selected process, in bytes\n"
	  "with an optional unit: B, KB, MB, GB, TB (powers of 1024; KiB,\n"
	  "MiB... and K, M, G, T too): --mem-warning 512MB", 0, OPT_TEXT,
	  CTX(memwarn) },
	{ "mem-critical", 0, OPT_ARG, "RANGE",
	  "Critical range for the memory of each selected process", 0,
	  OPT_TEXT, CTX(memcrit) },
	{ "total-mem-warning", 0, OPT_ARG, "RANGE",
	  "Warning range for the memory of all selected processes together",
	  0, OPT_TEXT, CTX(totwarn) },
	{ "total-mem-critical", 0, OPT_ARG, "RANGE",
	  "Critical range for the memory of all selected processes together",
	  0, OPT_TEXT, CTX(totcrit) },
	{ "cpu", 0, OPT_NOARG, NULL,
	  "Read hrSWRunPerfCPU: CPU time used since each process started, in\n"
	  "the output and as a counter in perfdata (no thresholds: without a\n"
	  "previous sample it is not a rate)", 0, OPT_SET, CTX(cpu) },
	{ "list", 0, OPT_NOARG, NULL,
	  "Print every process, * before those -n, -r and -E select: PID,\n"
	  "status, type, name, path, arguments, memory, CPU time; exit 0", 0,
	  OPT_SET, CTX(list) },
	PLUGIN_FORMAT_OPT(CTX(format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Ranges follow the Nagios plugin guidelines: 10 (alert outside 0..10),\n"
"10: (below 10), ~:10 (above 10), 10:20 (outside), @10:20 (inside).\n"
"Without -n or -r every process is selected.  Counted are the selected\n"
"processes whose status is in --status; no selected process is a count of\n"
"0, CRITICAL by the default -c 1:.  Memory and CPU time are those of the\n"
"counted processes.  A process that starts or ends while the table is\n"
"walked leaves a row with holes: it is listed, not counted.  -v adds the\n"
"path and the arguments to each line of the long output.\n"
"\n"
"Names: hrSWRunName is what the agent calls the process.  net-snmp on Linux\n"
"gives the kernel's short name (/proc/PID/status Name: the executable's\n"
"file name cut to 15 characters), the path is argv[0] and the arguments\n"
"argv[1..] joined by spaces (each at most 128 characters).  Windows gives\n"
"the file name (svchost.exe), the directory as path, the arguments alone.\n"
"Use --list to see exactly what the agent reports.\n"
"\n"
"net-snmp reports a sleeping process as runnable (2) and only one on a CPU\n"
"as running (1); stopped or in disk wait: notRunnable (3); zombies and\n"
"idle kernel threads: invalid (4).  It refreshes the table every 30 s.\n"
"\n"
"Examples:\n"
"  check_snmp_process -H host -n sshd\n"
"  check_snmp_process -H host -n nginx -w 2:32 -c 1:64 --mem-warning 1GB\n"
"  check_snmp_process -H win1 --args -r '^svchost\\.exe -k netsvcs'\n"
"  check_snmp_process -H win1 --path -n 'C:\\Windows\\system32\\svchost.exe'\n"
"  check_snmp_process -H host -n telnetd -c 0\n"
"  check_snmp_process -H host -r '^java$' --total-mem-critical 12GB --cpu\n"
"  check_snmp_process --walk-file host.walk --list\n";

/* --status: a list of statuses, by name or number, or all. */
static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;

	(void)id;
	if (hrswrun_status_mask(optarg, &c->counted) != SNMP_OK) {
		snprintf(err, errlen, "Invalid status list '%s' for --status: "
		    "expected running, runnable, notRunnable, invalid, 1-4 or "
		    "all, separated by commas", optarg);
		return -1;
	}
	return 0;
}

/* A memory range option (--mem-warning ...): bytes with units. */
static void
mem_range(struct threshold *th, int crit, const char *text, const char *opt)
{
	const char *what = crit ? "critical" : "warning";
	int rc;

	if (text == NULL)
		return;
	rc = range_parse_units(crit ? &th->crit : &th->warn, text, units_bytes,
	    NULL);
	if (rc == SNMP_E_RANGE)
		die(STATE_UNKNOWN, "Invalid range '%s' for --%s%s: too large",
		    text, opt, what);
	if (rc != SNMP_OK)
		die(STATE_UNKNOWN, "Invalid range '%s' for --%s%s: %sexpected "
		    "[@][START:][END] with sizes such as 512MB or 2GB (units "
		    "B, KB, MB, GB, TB, PB; KiB, MiB...; K, M, G...)", text,
		    opt, what, range_why(text, units_bytes));
	*(crit ? &th->has_crit : &th->has_warn) = 1;
}

/* Option checks that need all of them, and the columns to walk. */
static void
setup(struct ctx *c, int verbose)
{
	char err[2048];		/* die()'s own size */

	if (c->path_opt && c->args_opt)
		die(STATE_UNKNOWN, "--path and --args exclude each other: "
		    "--args already matches the path with the arguments");
	c->target = c->path_opt ? HRSW_BY_PATH : c->args_opt ? HRSW_BY_ARGS :
	    HRSW_BY_NAME;
	if (select_build(&c->sel, &c->so, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	if (c->crit == NULL)
		c->crit = "1:";
	if (rangeopt_set(&c->count_th, 0, c->warn, "warning", err,
	    sizeof(err)) < 0 || rangeopt_set(&c->count_th, 1, c->crit,
	    "critical", err, sizeof(err)) < 0)
		die(STATE_UNKNOWN, "%s", err);
	mem_range(&c->mem_th, 0, c->memwarn, "mem-");
	mem_range(&c->mem_th, 1, c->memcrit, "mem-");
	mem_range(&c->tot_th, 0, c->totwarn, "total-mem-");
	mem_range(&c->tot_th, 1, c->totcrit, "total-mem-");
	if (c->memwarn || c->memcrit || c->totwarn || c->totcrit)
		c->memory = 1;
	c->need = hrswrun_target_cols(c->target) | 1u << HRSW_STATUS;
	if (c->memory)
		c->need |= 1u << HRSW_MEM;
	if (c->cpu)
		c->need |= 1u << HRSW_CPU;
	/* -v and --list only show the other columns: an agent may lack them */
	c->cols = c->list ? (1u << HRSW_NCOLS) - 1 : c->need;
	if (verbose >= 1)
		c->cols |= 1u << HRSW_PATH | 1u << HRSW_PARAMS;
}

/* The processes of the walk; a needed column the agent lacks is fatal. */
static void
load(struct ctx *c, struct plugin *p)
{
	char err[2048];
	size_t i;
	int rc;

	if ((rc = hrswrun_walk(p->s, c->cols, &c->sw)) != SNMP_OK)
		plugin_fail(p, rc);
	if (c->sw.nrows == 0)
		die(STATE_UNKNOWN, "No hrSWRunTable on %s: the agent does not "
		    "implement HOST-RESOURCES-MIB processes, or its view hides "
		    "them", session_peer(p->s));
	if (!c->list && hrswrun_lacking(&c->sw, c->need, session_peer(p->s),
	    err, sizeof(err)) < 0)
		die(STATE_UNKNOWN, "%s", err);
	if ((c->procs = calloc(c->sw.nrows, sizeof(*c->procs))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	c->nprocs = c->sw.nrows;
	for (i = 0; i < c->nprocs; i++)
		c->procs[i].r = &c->sw.rows[i];
}

static int
matches(const struct ctx *c, const struct hrswrun_row *p)
{
	struct hrswrun_texts t;
	int rc;

	if (hrswrun_texts(&t, p, c->target) != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	rc = select_match_any(&c->sel, t.text, 2);
	hrswrun_texts_free(&t);
	return rc;
}

/* "named 'a' or 'b' or matching 'c' except matching 'd'" */
static void
describe(const struct ctx *c, struct strbuf *sb)
{
	static const char *const what[] = { "named", "with path",
	    "with command line" };
	const struct select_opts *so = &c->so;
	size_t i;
	int re;

	for (i = 0; i < so->nnames + so->nincl; i++) {
		re = i >= so->nnames;
		if (i > 0)
			sb_add(sb, " or");
		else
			sb_printf(sb, " %s", re && c->target == HRSW_BY_NAME ?
			    "with name" : what[c->target]);
		sb_add(sb, re ? " matching '" : " '");
		output_put_str(sb, re ? so->incl[i - so->nnames] :
		    so->names[i]);
		sb_add(sb, "'");
	}
	for (i = 0; i < so->nexcl; i++) {
		sb_add(sb, i == 0 ? " except matching '" : " or '");
		output_put_str(sb, so->excl[i]);
		sb_add(sb, "'");
	}
}

/*
 * Straight to stdout, not through struct output: a busy host has more
 * processes than the long output holds.
 */
static void
list(const struct ctx *c)
{
	char line[2048];
	struct strbuf sb;
	size_t i;

	printf("%s OK - %zu process%s in hrSWRunTable\n", SERVICE, c->nprocs,
	    c->nprocs == 1 ? "" : "es");
	for (i = 0; i < c->nprocs; i++) {
		sb_init(&sb, line, sizeof(line));
		sb_add(&sb, c->procs[i].matched ? "* " : "  ");
		hrswrun_list_line(&sb, c->procs[i].r);
		printf("%s\n", line);
	}
}

/* --list --format json: process i as list() shows it. */
static void
json_row(struct json *j, const void *arg, size_t i)
{
	const struct ctx *c = arg;

	jsonrow_process(j, c->procs[i].r);
	json_bool(j, "selected", c->procs[i].matched);
}

/* The name a too-long -n would have on an agent that cuts names. */
static void
cut_hint(const struct ctx *c, struct strbuf *sb)
{
	const char *name;
	size_t i;

	if (c->target != HRSW_BY_NAME)
		return;
	for (i = 0; i < c->so.nnames; i++) {
		if ((name = hrswrun_cut_name(&c->sw, c->so.names[i],
		    c->so.icase)) == NULL)
			continue;
		sb_add(sb, "; the agent cuts names: use -n '");
		output_put_str(sb, name);
		sb_add(sb, "'");
		return;
	}
}

/* Count a selected process and give it the state its status and memory earn. */
static void
judge(struct ctx *c, struct output *out, struct proc *p,
    struct hrswrun_tally *t)
{
	const struct hrswrun_row *r = p->r;
	struct num n;
	int ms;

	p->counted = hrswrun_tally_add(t, r, c->counted);
	if (!r->complete)
		return;
	if (r->status == HRSW_NOTRUNNABLE)
		p->state = c->notrun_state;
	else if (r->status == HRSW_INVALID)
		p->state = c->invalid_state;
	output_state(out, p->state);
	if (!p->counted || !r->has_mem)
		return;
	num_from_uint(&n, r->mem);
	ms = threshold_state(&c->mem_th, &n);
	c->mem_alert[ms]++;
	p->state = state_worst(p->state, ms);
	output_state(out, ms);
}

/*
 * A figure against its thresholds: the state, the range it is beyond in
 * the summary, and its perfdata.
 */
static void
against(struct output *out, const char *label, const char *uom,
    const struct threshold *th, uint64_t v, const char *warn,
    const char *crit)
{
	struct num n, zero;
	int st;

	num_from_uint(&n, v);
	num_from_uint(&zero, 0);
	st = threshold_state(th, &n);
	output_state(out, st);
	if (st == STATE_CRITICAL)
		sb_printf(&out->summary, " (critical range %s)", crit);
	else if (st == STATE_WARNING)
		sb_printf(&out->summary, " (warning range %s)", warn);
	output_perf(out, label, &n, uom, th, &zero, NULL);
}

/* "3 processes named 'sshd', not counted: 1 notRunnable" */
static void
sum_count(const struct ctx *c, struct output *out,
    const struct hrswrun_tally *t)
{
	struct strbuf *sum = &out->summary;

	sb_printf(sum, "%zu process%s", t->counted, t->counted == 1 ? "" :
	    "es");
	describe(c, sum);
	against(out, "processes", "", &c->count_th, t->counted, c->warn,
	    c->crit);
	hrswrun_tally_uncounted(sum, t);
	if (t->changed > 0)
		sb_printf(sum, ", %zu started or ended during the walk",
		    t->changed);
	if (t->counted == 0 && t->changed == 0)
		cut_hint(c, sum);
}

/* ", memory 12 MiB total, largest 8 MiB (PID 1), CPU time 1.00 s" */
static void
sum_usage(const struct ctx *c, struct output *out,
    const struct hrswrun_tally *t)
{
	struct strbuf *sum = &out->summary;
	struct num n, zero;
	char buf[64];

	num_from_uint(&zero, 0);
	if (c->memory) {
		output_bytes(buf, sizeof(buf), t->mem_total);
		sb_printf(sum, ", memory %s total", buf);
		against(out, "memory", "B", &c->tot_th, t->mem_total,
		    c->totwarn, c->totcrit);
		if (t->mem_n > 1) {
			output_bytes(buf, sizeof(buf), t->mem_max);
			sb_printf(sum, ", largest %s (PID %lu)", buf,
			    (unsigned long)t->mem_max_pid);
		}
		if (c->mem_alert[STATE_CRITICAL] > 0)
			sb_printf(sum, ", %zu beyond --mem-critical %s",
			    c->mem_alert[STATE_CRITICAL], c->memcrit);
		if (c->mem_alert[STATE_WARNING] > 0)
			sb_printf(sum, ", %zu beyond --mem-warning %s",
			    c->mem_alert[STATE_WARNING], c->memwarn);
		num_from_uint(&n, t->mem_max);
		output_perf(out, "memory_max", &n, "B", &c->mem_th, &zero,
		    NULL);
	}
	if (c->cpu) {
		hrswrun_cpu_text(t->cpu_total, buf, sizeof(buf));
		sb_printf(sum, ", CPU time %s", buf);
		num_from_uint(&n, t->cpu_total);
		output_perf(out, "cpu", &n, "c", NULL, &zero, NULL);
	}
}

/*
 * One line per selected process, as many as the long output holds:
 * "[OK] PID 1 init: running, memory 1 MiB, CPU 0.10 s, args ...".
 */
static void
long_output(const struct ctx *c, struct output *out, int verbose)
{
	struct strbuf *lo = &out->longout, ln;
	char line[LINE_SHOWN];
	const struct proc *pr;
	size_t i, more = 0;

	for (i = 0; i < c->nprocs; i++) {
		pr = &c->procs[i];
		if (!pr->matched)
			continue;
		if (lo->len + LONG_RESERVE > lo->cap) {
			more++;
			continue;
		}
		/* one bounded line: a 64 KiB name or path cannot fill it */
		sb_init(&ln, line, sizeof(line));
		sb_printf(&ln, "[%s] ", state_name(pr->state));
		hrswrun_item(&ln, pr->r);
		if (!pr->counted)
			sb_add(&ln, ", not counted");
		hrswrun_item_where(&ln, pr->r, verbose >= 1 ||
		    c->target == HRSW_BY_PATH, ARGS_SHOWN);
		sb_addn(lo, line, ln.len);
		sb_add(lo, ln.truncated ? "...\n" : "\n");
	}
	if (more > 0)
		sb_printf(lo, "... and %zu more process%s\n", more,
		    more == 1 ? "" : "es");
}

static void
ctx_free(struct ctx *c)
{
	hrswrun_free(&c->sw);
	free(c->procs);
	select_free(&c->sel);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_process",
		"Count processes (HOST-RESOURCES-MIB hrSWRunTable) by name, path "
		"or command line and check their number and memory.",
		"-H HOST [-n NAME|-r REGEX]... [--path|--args] [-w RANGE] "
		"[-c RANGE] [options]",
		process_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct hrswrun_tally tl;
	size_t i;
	int json;

	c.counted = (1u << HRSW_RUNNING) | (1u << HRSW_RUNNABLE);
	c.notrun_state = STATE_OK;
	c.invalid_state = STATE_OK;
	plugin_start(&p, &pi, argc, argv);
	setup(&c, p.o.verbose);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	load(&c, &p);
	memset(&tl, 0, sizeof(tl));
	for (i = 0; i < c.nprocs; i++) {
		if ((c.procs[i].matched = matches(&c, c.procs[i].r)))
			judge(&c, p.out, &c.procs[i], &tl);
	}
	if (json)
		plugin_json_rows(&p, "check_snmp_process", "processes",
		    c.nprocs, json_row, &c);
	if (c.list) {
		list(&c);
		ctx_free(&c);
		session_free(p.s);
		options_free(&p.o);
		free(p.out);
		return STATE_OK;
	}
	sum_count(&c, p.out, &tl);
	sum_usage(&c, p.out, &tl);
	long_output(&c, p.out, p.o.verbose);
	ctx_free(&c);
	plugin_finish(&p);
}
