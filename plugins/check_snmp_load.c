/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_load: the 1, 5 and 15 minute load averages of UCD-SNMP-MIB
 * laTable (net-snmp), optionally divided by the number of CPUs like
 * check_load -r, or with --cpu the processor utilisation of
 * HOST-RESOURCES-MIB hrProcessorLoad (RFC 2790 §4: per processor, the
 * percentage of the last minute it was not idle): the average over all
 * processors and the busiest one.  A network device without laTable
 * gives its own CPU figures (CISCO-PROCESS-MIB, JUNIPER-MIB, HP
 * STATISTICS-MIB; common/cpu.c): its short, medium and long averages per
 * CPU against the three ranges.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cpu.h"
#include "jsonrow.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rangelist.h"
#include "rangeopt.h"
#include "threshold.h"

#define SERVICE		"LOAD"
#define NLOAD		CPU_NLOAD	/* 1, 5, 15 min */
#define MIB_UCD		(-2)		/* --mib ucd: laTable only */

static const char *const load_label[NLOAD] = { "load1", "load5", "load15" };

struct ctx {
	const char	*warn;
	const char	*crit;
	const char	*core_warn;
	const char	*core_crit;
	int		 per_cpu;
	int		 cpu;
	int		 list;
	const char	*format;	/* --format, with --list */
	const char	*mibname;	/* --mib */
	int		 mib;		/* enum cpu_mib, or MIB_UCD */
	struct threshold th[NLOAD];	/* load averages */
	struct threshold avg_th;	/* --cpu: the average */
	struct threshold core_th;	/* --cpu: every processor */
};

static const struct opt_def load_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE[,RANGE,RANGE]",
	  "Load averages: warning range for the 1, 5 and 15 minute load\n"
	  "(like check_load: -w 4,3,2); a single range applies to all three,\n"
	  "an empty field means none (-w ,3,).  With --cpu: warning range for\n"
	  "the average utilisation of all processors in percent", 0, OPT_TEXT,
	  offsetof(struct ctx, warn) },
	{ "critical", 'c', OPT_ARG, "RANGE[,RANGE,RANGE]",
	  "Critical range(s), like -w", 0, OPT_TEXT,
	  offsetof(struct ctx, crit) },
	{ "per-cpu", 'r', OPT_NOARG, NULL,
	  "Divide the load averages by the number of CPUs before comparing\n"
	  "and reporting them (check_load -r).  The CPUs are the rows of\n"
	  "hrProcessorTable, else the hrDeviceProcessor rows of hrDeviceTable",
	  0, OPT_SET, offsetof(struct ctx, per_cpu) },
	{ "cpu", 0, OPT_NOARG, NULL,
	  "CPU utilisation instead of load averages: hrProcessorLoad, the\n"
	  "percentage of the last minute each processor was busy.  -w/-c\n"
	  "apply to the average of all processors; perfdata per processor",
	  0, OPT_SET, offsetof(struct ctx, cpu) },
	{ "core-warning", 0, OPT_ARG, "RANGE",
	  "With --cpu: warning range for each processor in percent; an upper\n"
	  "limit (95) is a limit for the busiest one", 0, OPT_TEXT,
	  offsetof(struct ctx, core_warn) },
	{ "core-critical", 0, OPT_ARG, "RANGE",
	  "With --cpu: critical range for each processor, like --core-warning",
	  0, OPT_TEXT, offsetof(struct ctx, core_crit) },
	{ "mib", 0, OPT_ARG, "NAME",
	  "Where the figures come from: auto (laTable, else a network\n"
	  "device's own CPU table), ucd, host-resources (--cpu), cisco\n"
	  "(CISCO-PROCESS-MIB), juniper (JUNIPER-MIB), hp (STATISTICS-MIB)",
	  0, OPT_TEXT, offsetof(struct ctx, mibname) },
	{ "list", 0, OPT_NOARG, NULL,
	  "List the laTable rows and the processors the agent has, with their\n"
	  "current values, one per line, and exit OK", 0, OPT_SET,
	  offsetof(struct ctx, list) },
	PLUGIN_FORMAT_OPT(offsetof(struct ctx, format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Ranges follow the Nagios plugin guidelines: 10 (alert above 10 or below\n"
"0), 10: (below 10), ~:10 (above 10), 10:20 (outside), @10:20 (inside).\n"
"Without -w/-c the values are reported and the state is OK.\n"
"\n"
"The load averages come from laLoad (\"1.67\"), else laLoadFloat, else\n"
"laLoadInt / 100, and are shown and compared in hundredths; divided by the\n"
"number of CPUs (-r) they are rounded to hundredths again.  An agent\n"
"without laTable (Windows, most appliances) has no load average: use --cpu.\n"
"Processors are named cpu0, cpu1, ... in hrDeviceIndex order.\n"
"\n"
"A network device without laTable reports its own CPU figures: Cisco\n"
"5 s, 1 min, 5 min (cpmCPUTotal*Rev), Juniper 1/5/15 min averages or the\n"
"current jnxOperatingCPU, HP one figure.  The three ranges of -w/-c\n"
"apply by position (short, medium, long); a CPU with one figure takes\n"
"the first.\n"
"\n"
"Examples:\n"
"  check_snmp_load -H 192.0.2.1 -w 4,3,2 -c 8,6,4\n"
"  check_snmp_load -H 192.0.2.1 -r -w 1.5,1.2,1 -c 3,2,1.5\n"
"  check_snmp_load -H winsrv1 --cpu -w 80 -c 95 --core-warning 98\n"
"  check_snmp_load -H 192.0.2.1 --list\n"
"  check_snmp_load -H switch1 -w 80,70,60 -c 95,90,80\n"
"  check_snmp_load --walk-file host.walk -w 4 -c 8\n";

/*
 * One range, or UNKNOWN.  A load average's field never holds a comma (the
 * list is split at them): one that does is a list given with --cpu.
 */
static void
set_range(struct threshold *th, int crit, const char *text, const char *what)
{
	char err[2048];		/* die()'s own size: a long range cut as ever */

	if (text != NULL && strchr(text, ',') != NULL)
		die(STATE_UNKNOWN, "Invalid %s threshold '%s': with --cpu it "
		    "is one range in percent", what, text);
	if (rangeopt_set(th, crit, text, what, err, sizeof(err)) < 0)
		die(STATE_UNKNOWN, "%s", err);
}

/*
 * -w/-c for the load averages: one range for all three, or three fields
 * (1, 5, 15 minutes), an empty one meaning none.
 */
static void
load_ranges(struct threshold *th, const char *list, int crit)
{
	static const char *const span[NLOAD] = { "1-minute load",
	    "5-minute load", "15-minute load" };
	const char *kind = crit ? "critical" : "warning";
	char err[2048];		/* die()'s own size: a long range cut as ever */
	int rc;

	rc = rangelist_set(th, NLOAD, crit, list, kind, span, err, sizeof(err));
	if (rc == SNMP_E_NOMEM)
		die(STATE_UNKNOWN, "out of memory");
	if (rc == SNMP_E_RANGE)
		die(STATE_UNKNOWN, "Invalid %s thresholds '%s': expected one "
		    "range for all three load averages or three separated by "
		    "commas (1, 5 and 15 minutes)", kind, list);
	if (rc != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
}

/* The options that exclude each other, and the ranges: before any request. */
static void
setup(struct ctx *c)
{
	if (c->mibname != NULL && strcmp(c->mibname, "ucd") == 0)
		c->mib = MIB_UCD;
	else if (c->mibname != NULL && strcmp(c->mibname, "host-resources") ==
	    0)
		c->cpu = 1;
	else if (c->mibname != NULL && (c->mib = cpu_mib_parse(c->mibname)) <
	    0)
		die(STATE_UNKNOWN, "Invalid --mib '%s': expected auto, ucd, "
		    "host-resources, cisco, juniper or hp", c->mibname);
	if (c->cpu && c->mib != CPU_MIB_AUTO)
		die(STATE_UNKNOWN, "--cpu reads HOST-RESOURCES-MIB: it "
		    "excludes --mib %s", c->mibname);
	if (c->mib > CPU_MIB_AUTO && c->per_cpu)
		die(STATE_UNKNOWN, "-r needs UCD laTable (--mib %s has CPU "
		    "utilisation, already per CPU)", c->mibname);
	if (c->per_cpu && c->cpu)
		die(STATE_UNKNOWN, "--per-cpu divides load averages; it has "
		    "no meaning with --cpu (utilisation is already per CPU)");
	if (!c->cpu && (c->core_warn != NULL || c->core_crit != NULL))
		die(STATE_UNKNOWN, "--core-warning and --core-critical need "
		    "--cpu");
	if (c->cpu) {
		set_range(&c->avg_th, 0, c->warn, "warning");
		set_range(&c->avg_th, 1, c->crit, "critical");
		set_range(&c->core_th, 0, c->core_warn, "core warning");
		set_range(&c->core_th, 1, c->core_crit, "core critical");
	} else {
		load_ranges(c->th, c->warn, 0);
		load_ranges(c->th, c->crit, 1);
	}
}

/*
 * Hundredths as a number and as text: "1.67", "-0.05", "12.00", or
 * trimmed "65.5", "22".
 */
static void
hundredths(int64_t h, int trim, struct num *n, char *buf, size_t cap)
{
	num_from_double(n, (double)h / 100);
	num_fixed(buf, cap, n->d, 2, trim);
}

/*
 * The three load averages (la[i]: laTable row i + 1) and, for -r, the
 * number of CPUs: hrProcessorTable comes in the same walk.
 */
static size_t
load_read(struct plugin *p, const struct ctx *c, struct cpu_la *la,
    const char **how)
{
	struct cpu cpu;
	char err[256];
	size_t ncpu = 1;
	int rc;

	rc = cpu_walk(p->s, CPU_LA | (c->per_cpu ? CPU_HRPROC : 0), &cpu);
	if (rc != SNMP_OK)
		plugin_fail(p, rc);
	if ((rc = cpu_la_three(&cpu, la, err, sizeof(err))) < 0)
		die(STATE_UNKNOWN, "%s", err);
	if (rc == 0 && c->mib == MIB_UCD)
		die(STATE_UNKNOWN, "the agent has no UCD-SNMP-MIB laTable "
		    "(not net-snmp?): use --cpu");
	if (rc == 0) {
		cpu_free(&cpu);
		return 0;
	}
	if (c->per_cpu && (rc = cpu_count(p->s, &cpu, &ncpu, how)) != SNMP_OK)
		plugin_fail(p, rc);
	if (ncpu == 0)
		die(STATE_UNKNOWN, "Cannot count the CPUs for --per-cpu: the "
		    "agent has no hrProcessorTable and no processor in "
		    "hrDeviceTable (HOST-RESOURCES-MIB)");
	cpu_free(&cpu);
	return ncpu;
}

/* One CPU's figures: into the long output, and the summary. */
static void
vendor_cpu(struct output *out, const struct ctx *c, const struct cpu_dev *d,
    const struct cpu_dev *first, size_t ndev)
{
	char label[300];
	struct num n, zero, hundred;
	size_t k;
	int st[CPU_NFIG], same = cpu_dev_same_spans(d, first);

	num_from_int(&zero, 0);
	num_from_int(&hundred, 100);
	sb_printf(&out->summary, "%s%s", d == first ? "" : ", ", d->name);
	sb_add(&out->summary, ndev == 1 ? ":" : "");
	for (k = 0; k < d->nfig; k++) {
		const struct cpu_fig *f = &d->fig[k];
		const struct threshold *th = &c->th[d->nfig == 1 ? 0 : k];

		st[k] = STATE_UNKNOWN;
		if (f->ok) {
			num_from_int(&n, f->pct);
			st[k] = threshold_state(th, &n);
		}
		output_state(out, st[k]);
		sb_add(&out->summary, k > 0 && ndev == 1 ? ", " : " ");
		if (f->span[0] != '\0' && (ndev == 1 || !same))
			sb_printf(&out->summary, "%s ", f->span);
		if (!f->ok) {
			sb_printf(&out->summary, "*%s*", f->why);
			continue;
		}
		sb_printf(&out->summary, "%s%lld%%%s", st[k] != STATE_OK ?
		    "*" : "", (long long)f->pct, st[k] != STATE_OK ? "*" : "");
		snprintf(label, sizeof(label), "%s%s%s", ndev == 1 ? "cpu" :
		    d->name, f->label[0] != '\0' ? "_" : "", f->label);
		output_perf(out, label, &n, "%", th, &zero, &hundred);
	}
	cpu_dev_text(d, st, &out->longout);
}

/* The CPUs of a network device (docs/design/sensor-spec.md 2.3). */
static void
vendor_check(struct plugin *p, const struct ctx *c)
{
	struct output *out = p->out;
	struct cpu_devs d;
	size_t i;
	int rc;

	if ((rc = cpu_devs_read(p->s, c->mib, &d)) != SNMP_OK)
		plugin_fail(p, rc);
	if (d.mib == CPU_MIB_AUTO)
		die(STATE_UNKNOWN, "the agent has no UCD-SNMP-MIB laTable and "
		    "no CISCO-PROCESS-MIB, JUNIPER-MIB or HP STATISTICS-MIB "
		    "CPU figures%s", d.hr ? ": use --cpu" : "");
	if (c->per_cpu)
		die(STATE_UNKNOWN, "-r needs UCD laTable (%s has CPU "
		    "utilisation, already per CPU)", cpu_mib_name(d.mib));
	if (d.n == 0)
		die(STATE_UNKNOWN, "No CPU figures in %s on %s",
		    cpu_mib_name(d.mib), session_peer(p->s));
	if (d.n > 1) {
		sb_printf(&out->summary, "%zu CPUs (", d.n);
		cpu_dev_spans(&d.dev[0], &out->summary);
		sb_add(&out->summary, "): ");
	}
	for (i = 0; i < d.n; i++)
		vendor_cpu(out, c, &d.dev[i], &d.dev[0], d.n);
	cpu_devs_free(&d);
}

static void
load_check(struct plugin *p, const struct ctx *c)
{
	struct output *out = p->out;
	struct cpu_la la[NLOAD];
	struct num n, zero;
	const char *how = NULL;
	char buf[32];
	size_t ncpu, i;
	int st;

	if ((ncpu = load_read(p, c, la, &how)) == 0) {
		vendor_check(p, c);
		return;
	}
	sb_add(&out->summary, c->per_cpu ? "load average per CPU: " :
	    "load average: ");
	num_from_int(&zero, 0);
	for (i = 0; i < NLOAD; i++) {
		hundredths(cpu_share(la[i].h, ncpu), 0, &n, buf, sizeof(buf));
		st = threshold_state(&c->th[i], &n);
		output_state(out, st);
		sb_printf(&out->summary, "%s%s%s%s", i > 0 ? ", " : "",
		    st != STATE_OK ? "*" : "", buf, st != STATE_OK ? "*" : "");
		output_perf(out, load_label[i], &n, "", &c->th[i], &zero, NULL);
		cpu_la_text(&la[i], c->per_cpu ? ncpu : 0, p->o.verbose >= 1,
		    &out->longout);
	}
	if (c->per_cpu) {
		sb_printf(&out->summary, " (%zu CPU%s)", ncpu,
		    ncpu == 1 ? "" : "s");
		sb_printf(&out->longout, "%zu CPU%s (%s)\n", ncpu,
		    ncpu == 1 ? "" : "s", how);
	}
}

static void
cpu_check(struct plugin *p, const struct ctx *c)
{
	struct output *out = p->out;
	struct cpu cpu;
	struct cpu_util u;
	struct num n, zero, hundred;
	char label[32], avg[32], err[256];
	size_t i;
	int rc, st, ast;

	if ((rc = cpu_walk(p->s, CPU_HRPROC, &cpu)) != SNMP_OK)
		plugin_fail(p, rc);
	if ((rc = cpu_util_read(&cpu, &u, err, sizeof(err))) == SNMP_E_NOMEM)
		die(STATE_UNKNOWN, "out of memory");
	if (rc != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	cpu_free(&cpu);
	if (u.n == 0 && u.nlisted > 0)
		die(STATE_UNKNOWN, "hrProcessorTable lists %zu processor%s but "
		    "no hrProcessorLoad yet: net-snmp has it about a minute "
		    "after it starts", u.nlisted, u.nlisted == 1 ? "" : "s");
	if (u.n == 0)
		die(STATE_UNKNOWN, "the agent has no hrProcessorTable "
		    "(HOST-RESOURCES-MIB): no CPU utilisation to check");
	num_from_int(&zero, 0);
	num_from_int(&hundred, 100);
	hundredths(u.avg, 1, &n, avg, sizeof(avg));
	ast = threshold_state(&c->avg_th, &n);
	output_state(out, ast);
	output_perf(out, "cpu_avg", &n, "%", &c->avg_th, &zero, &hundred);
	num_from_int(&n, u.core[u.busiest].load);
	st = threshold_state(&c->core_th, &n);
	sb_printf(&out->summary, "CPU average %s%s%%%s, busiest cpu%zu %s%lld%%"
	    "%s", ast != STATE_OK ? "*" : "", avg, ast != STATE_OK ? "*" : "",
	    u.busiest, st != STATE_OK ? "*" : "",
	    (long long)u.core[u.busiest].load, st != STATE_OK ? "*" : "");
	/* every core against the core ranges: "10:" alerts on idle ones */
	for (i = 0; i < u.n; i++) {
		num_from_int(&n, u.core[i].load);
		st = threshold_state(&c->core_th, &n);
		output_state(out, st);
		if (st != STATE_OK && i != u.busiest)
			sb_printf(&out->summary, ", *cpu%zu %lld%%*", i,
			    (long long)u.core[i].load);
		snprintf(label, sizeof(label), "cpu%zu", i);
		output_perf(out, label, &n, "%", &c->core_th, &zero, &hundred);
		cpu_util_text(&u, i, st, &out->longout);
	}
	sb_printf(&out->summary, " (%zu CPU%s)", u.n, u.n == 1 ? "" : "s");
	if (u.nlisted > u.n)
		sb_printf(&out->longout, "%zu processor%s no "
		    "hrProcessorLoad\n", u.nlisted - u.n,
		    u.nlisted - u.n == 1 ? " has" : "s have");
	cpu_util_free(&u);
}

/* --list --format json: the rows list() shows, as one document. */
static void
list_json(struct plugin *p, const struct cpu *cpu)
{
	const struct cpu_proc *pr;
	struct json j;
	size_t i;

	plugin_json_start(p, &j, "check_snmp_load");
	json_array(&j, "load");
	for (i = 0; i < cpu->nla; i++) {
		json_object(&j, NULL);
		jsonrow_load(&j, &cpu->la[i]);
		json_str(&j, "raw", cpu->la[i].raw);
		json_close(&j);
	}
	json_close(&j);
	json_array(&j, "processors");
	for (i = 0; i < cpu->nproc; i++) {
		pr = &cpu->proc[i];
		json_object(&j, NULL);
		jsonrow_processor(&j, pr);
		if (value_is_exception(&pr->descr))
			json_null(&j, "descr");
		else
			json_text(&j, "descr", pr->descr.bytes, pr->descr.len);
		json_close(&j);
	}
	json_close(&j);
	json_close(&j);
	plugin_json_finish(p, &j);
}

/*
 * --list: every laTable row and every processor, one per line, with the
 * values as they are, also those the checks would refuse.
 */
static void
list(struct plugin *p, int json)
{
	struct output *out = p->out;
	struct strbuf *sb = &out->longout;
	struct cpu cpu;
	size_t i, ncores = 0, nother = 0;
	int rc;

	if ((rc = cpu_walk(p->s, CPU_LA | CPU_HRPROC | CPU_HRDEV, &cpu)) !=
	    SNMP_OK)
		plugin_fail(p, rc);
	if (json)
		list_json(p, &cpu);
	for (i = 0; i < cpu.nla; i++)
		cpu_la_list(&cpu.la[i], sb);
	for (i = 0; i < cpu.nproc; i++) {
		if (cpu_proc_list(&cpu.proc[i], ncores, sb))
			ncores++;
		else
			nother++;
	}
	if (cpu.nla == 0)
		sb_add(&out->summary, "no laTable (use --cpu)");
	else
		sb_printf(&out->summary, "%zu laTable row%s", cpu.nla,
		    cpu.nla == 1 ? "" : "s");
	sb_printf(&out->summary, ", %zu processor%s with hrProcessorLoad",
	    ncores, ncores == 1 ? "" : "s");
	if (nother > 0)
		sb_printf(&out->summary, ", %zu without", nother);
	cpu_free(&cpu);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_load",
		"Check the load averages (UCD-SNMP-MIB laTable) or the CPU "
		"utilisation (HOST-RESOURCES-MIB hrProcessorLoad) of a host.",
		"-H HOST [-w RANGE[,RANGE,RANGE]] [-c RANGE[,RANGE,RANGE]] "
		"[-r | --cpu [--core-warning RANGE] [--core-critical RANGE]] "
		"[--list] [options]",
		load_opts, notes, NULL, &c, SERVICE
	};
	struct plugin p;
	int json;

	plugin_start(&p, &pi, argc, argv);
	setup(&c);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	if (c.list)
		list(&p, json);
	else if (c.cpu)
		cpu_check(&p, &c);
	else if (c.mib > CPU_MIB_AUTO)
		vendor_check(&p, &c);
	else
		load_check(&p, &c);
	plugin_finish(&p);
}
