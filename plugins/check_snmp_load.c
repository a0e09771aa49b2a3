/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_load: the 1, 5 and 15 minute load averages of UCD-SNMP-MIB
 * laTable (net-snmp), optionally divided by the number of CPUs like
 * check_load -r, or with --cpu the processor utilisation of
 * HOST-RESOURCES-MIB hrProcessorLoad (RFC 2790 §4: per processor, the
 * percentage of the last minute it was not idle): the average over all
 * processors and the busiest one.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "session.h"
#include "table.h"
#include "threshold.h"

#define SERVICE		"LOAD"
#define NLOAD		3		/* laTable rows 1, 2, 3: 1, 5, 15 min */
#define LOAD_MAX	1000000000.0	/* a load beyond this is garbage */

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_PERCPU, O_CPU, O_CORE_WARN,
	O_CORE_CRIT, O_LIST
};

/* UCD-SNMP-MIB laEntry columns, HOST-RESOURCES-MIB objects (RFC 2790). */
static const char oid_la_names[] = "1.3.6.1.4.1.2021.10.1.2";
static const char oid_la_load[] = "1.3.6.1.4.1.2021.10.1.3";
static const char oid_la_int[] = "1.3.6.1.4.1.2021.10.1.5";
static const char oid_la_float[] = "1.3.6.1.4.1.2021.10.1.6";
static const char oid_hr_cpu_frwid[] = "1.3.6.1.2.1.25.3.3.1.1";
static const char oid_hr_cpu_load[] = "1.3.6.1.2.1.25.3.3.1.2";
static const char oid_hr_dev_type[] = "1.3.6.1.2.1.25.3.2.1.2";
static const char oid_hr_dev_descr[] = "1.3.6.1.2.1.25.3.2.1.3";
static const char oid_hr_dev_processor[] = "1.3.6.1.2.1.25.3.1.3";

static const char *const load_label[NLOAD] = { "load1", "load5", "load15" };
static const char *const load_span[NLOAD] = { "1-minute", "5-minute",
    "15-minute" };

struct ctx {
	const char	*warn;
	const char	*crit;
	const char	*core_warn;
	const char	*core_crit;
	int		 per_cpu;
	int		 cpu;
	int		 list;
	struct threshold th[NLOAD];	/* load averages */
	struct threshold avg_th;	/* --cpu: the average */
	struct threshold core_th;	/* --cpu: every processor */
};

/* One load average: hundredths, as laLoad prints it ("1.67"). */
struct load {
	int		 have;
	int64_t		 h;
	const char	*src;		/* the laTable column it came from */
	char		 name[64];	/* laNames, made safe */
	char		 raw[64];	/* the value as sent, made safe */
};

/* One processor of hrProcessorTable. */
struct core {
	uint32_t	 index;		/* hrDeviceIndex */
	int64_t		 load;		/* percent */
};

static const struct opt_def load_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE[,RANGE,RANGE]",
	  "Load averages: warning range for the 1, 5 and 15 minute load\n"
	  "(like check_load: -w 4,3,2); a single range applies to all three,\n"
	  "an empty field means none (-w ,3,).  With --cpu: warning range for\n"
	  "the average utilisation of all processors in percent", O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE[,RANGE,RANGE]",
	  "Critical range(s), like -w", O_CRIT, OPT_CALL, 0 },
	{ "per-cpu", 'r', OPT_NOARG, NULL,
	  "Divide the load averages by the number of CPUs before comparing\n"
	  "and reporting them (check_load -r).  The CPUs are the rows of\n"
	  "hrProcessorTable, else the hrDeviceProcessor rows of hrDeviceTable",
	  O_PERCPU, OPT_CALL, 0 },
	{ "cpu", 0, OPT_NOARG, NULL,
	  "CPU utilisation instead of load averages: hrProcessorLoad, the\n"
	  "percentage of the last minute each processor was busy.  -w/-c\n"
	  "apply to the average of all processors; perfdata per processor",
	  O_CPU, OPT_CALL, 0 },
	{ "core-warning", 0, OPT_ARG, "RANGE",
	  "With --cpu: warning range for each processor in percent; an upper\n"
	  "limit (95) is a limit for the busiest one", O_CORE_WARN, OPT_CALL, 0 },
	{ "core-critical", 0, OPT_ARG, "RANGE",
	  "With --cpu: critical range for each processor, like --core-warning",
	  O_CORE_CRIT, OPT_CALL, 0 },
	{ "list", 0, OPT_NOARG, NULL,
	  "List the laTable rows and the processors the agent has, with their\n"
	  "current values, one per line, and exit OK", O_LIST, OPT_CALL, 0 },
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
"Examples:\n"
"  check_snmp_load -H 192.0.2.1 -w 4,3,2 -c 8,6,4\n"
"  check_snmp_load -H 192.0.2.1 -r -w 1.5,1.2,1 -c 3,2,1.5\n"
"  check_snmp_load -H winsrv1 --cpu -w 80 -c 95 --core-warning 98\n"
"  check_snmp_load -H 192.0.2.1 --list\n"
"  check_snmp_load --walk-file host.walk -w 4 -c 8\n";


static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;

	(void)err;
	(void)errlen;
	switch (id) {
	case O_WARN:
		c->warn = optarg;
		break;
	case O_CRIT:
		c->crit = optarg;
		break;
	case O_PERCPU:
		c->per_cpu = 1;
		break;
	case O_CPU:
		c->cpu = 1;
		break;
	case O_CORE_WARN:
		c->core_warn = optarg;
		break;
	case O_CORE_CRIT:
		c->core_crit = optarg;
		break;
	case O_LIST:
		c->list = 1;
		break;
	}
	return 0;
}

static void
mkoid(struct oid *o, const char *text)
{
	if (oid_parse_numeric(o, text) != SNMP_OK)
		die(STATE_UNKNOWN, "internal error: bad OID %s", text);
}

static void
parse_range(struct range *r, const char *text, const char *what)
{
	if (range_parse(r, text) != SNMP_OK)
		die(STATE_UNKNOWN, "Invalid %s range '%s': expected "
		    "[@][START:][END] with decimal numbers, ~ for minus "
		    "infinity", what, text);
}

/*
 * -w/-c for the load averages: one range for all three, or three fields
 * (1, 5, 15 minutes), an empty one meaning none.
 */
static void
load_ranges(struct threshold *th, const char *list, int crit)
{
	const char *kind = crit ? "critical" : "warning";
	char *buf, *f[NLOAD + 1], *p, what[64];
	size_t n = 0, i;
	struct range *r;

	if (list == NULL)
		return;
	if ((buf = strdup(list)) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (p = buf; n <= NLOAD; p++) {
		f[n++] = p;
		if ((p = strchr(p, ',')) == NULL)
			break;
		*p = '\0';
	}
	if (n != 1 && n != NLOAD)
		die(STATE_UNKNOWN, "Invalid %s thresholds '%s': expected one "
		    "range for all three load averages or three separated by "
		    "commas (1, 5 and 15 minutes)", kind, list);
	for (i = 0; i < NLOAD; i++) {
		p = f[n == 1 ? 0 : i];
		if (*p == '\0') {
			if (n == 1)
				die(STATE_UNKNOWN, "Empty %s threshold", kind);
			continue;
		}
		r = crit ? &th[i].crit : &th[i].warn;
		snprintf(what, sizeof(what), "%s (%s load)", kind,
		    load_span[i]);
		parse_range(r, p, what);
		if (crit)
			th[i].has_crit = 1;
		else
			th[i].has_warn = 1;
	}
	free(buf);
}

static void
one_range(struct threshold *th, const char *text, int crit, const char *what)
{
	if (text == NULL)
		return;
	if (strchr(text, ',') != NULL)
		die(STATE_UNKNOWN, "Invalid %s threshold '%s': with --cpu it "
		    "is one range in percent", what, text);
	parse_range(crit ? &th->crit : &th->warn, text, what);
	if (crit)
		th->has_crit = 1;
	else
		th->has_warn = 1;
}

/* Hundredths as "1.67", "-0.05", "12.00". */
static void
fmt_h(int64_t h, char *buf, size_t cap)
{
	uint64_t a = h < 0 ? (uint64_t)0 - (uint64_t)h : (uint64_t)h;

	snprintf(buf, cap, "%s%llu.%02llu", h < 0 ? "-" : "",
	    (unsigned long long)(a / 100), (unsigned long long)(a % 100));
}

/* The same without trailing zeros: "65.5", "22", "33.33". */
static void
fmt_h_short(int64_t h, char *buf, size_t cap)
{
	size_t len;

	fmt_h(h, buf, cap);
	len = strlen(buf);
	while (len > 0 && buf[len - 1] == '0')
		buf[--len] = '\0';
	if (len > 0 && buf[len - 1] == '.')
		buf[--len] = '\0';
}

/* a / b rounded half away from zero; b > 0. */
static int64_t
div_round(int64_t a, int64_t b)
{
	return a >= 0 ? (a + b / 2) / b : -((-a + b / 2) / b);
}

static int
double_to_h(double d, int64_t *h)
{
	if (!(d > -LOAD_MAX && d < LOAD_MAX))
		return -1;
	d *= 100;
	*h = (int64_t)(d >= 0 ? d + 0.5 : d - 0.5);
	return 0;
}

/* Text of a string value, made safe, into buf. */
static void
value_string(const struct snmp_value *v, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	output_put_text(&sb, v->bytes, v->len);
}

/* laLoad "1.67" (spaces around allowed) as hundredths. */
static int
string_load(const struct snmp_value *v, int64_t *h)
{
	char buf[64];
	const uint8_t *p, *e;
	struct num n;

	if (v->len == 0)
		return -1;
	p = v->bytes;
	e = v->bytes + v->len;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\0' ||
	    e[-1] == '\n'))
		e--;
	if (p == e || (size_t)(e - p) >= sizeof(buf))
		return -1;
	memcpy(buf, p, (size_t)(e - p));
	buf[e - p] = '\0';
	if (strlen(buf) != (size_t)(e - p) || num_parse(&n, buf) != SNMP_OK)
		return -1;
	return double_to_h(num_to_double(&n), h);
}

/*
 * The load average of one laTable row: laLoad, else laLoadFloat, else
 * laLoadInt (hundredths).  Columns: names, load, int, float.
 */
static void
read_load(struct load *l, const struct snmp_value *val)
{
	const struct snmp_value *s = &val[1], *i = &val[2], *f = &val[3];

	if (val[0].type == VAL_OCTET_STRING)
		value_string(&val[0], l->name, sizeof(l->name));
	if (s->type == VAL_OCTET_STRING) {
		value_string(s, l->raw, sizeof(l->raw));
		if (string_load(s, &l->h) == 0) {
			l->have = 1;
			l->src = "laLoad";
			return;
		}
	}
	if ((f->type == VAL_FLOAT || f->type == VAL_DOUBLE) &&
	    double_to_h(f->d, &l->h) == 0) {
		l->have = 1;
		l->src = "laLoadFloat";
		return;
	}
	if (i->type == VAL_INTEGER && i->i > -LOAD_MAX * 100 &&
	    i->i < LOAD_MAX * 100) {
		l->h = i->i;
		l->have = 1;
		l->src = "laLoadInt";
		return;
	}
	if (l->raw[0] == '\0' && !value_is_exception(s))
		snprintf(l->raw, sizeof(l->raw), "%s",
		    value_type_name(s->type));
}

static const struct table_row *
row_of(const struct table *t, uint32_t index)
{
	return table_find(t, &index, 1);
}

static void
walk(struct session *s, const struct snmp_opts *o, const struct oid *cols,
    size_t n, struct table *t)
{
	int rc;

	if ((rc = table_walk(s, cols, n, t)) == SNMP_OK)
		return;
	if (rc == SNMP_E_TIMEOUT)
		die(o->timeout_state, "%s", session_error(s));
	die(STATE_UNKNOWN, "%s", session_error(s));
}

/*
 * The processors of hrProcessorTable, column col of t: rows with an
 * INTEGER 0..100.  Other values are a broken agent: UNKNOWN.
 */
static size_t
read_cores(const struct table *t, size_t col, struct core **out)
{
	const struct table_row *r;
	const struct snmp_value *v;
	struct core *c;
	size_t i, n = 0;

	if ((c = calloc(t->nrows ? t->nrows : 1, sizeof(*c))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		v = &r->val[col];
		if (value_is_exception(v))
			continue;
		if (r->index_len != 1)
			continue;
		if (v->type != VAL_INTEGER)
			die(STATE_UNKNOWN, "hrProcessorLoad.%u is %s, "
			    "expected INTEGER", (unsigned)r->index[0],
			    value_type_name(v->type));
		if (v->i < 0 || v->i > 100)
			die(STATE_UNKNOWN, "hrProcessorLoad.%u = %lld: "
			    "outside 0..100 percent", (unsigned)r->index[0],
			    (long long)v->i);
		c[n].index = r->index[0];
		c[n].load = v->i;
		n++;
	}
	*out = c;
	return n;
}

/* 1 if the value is the OID hrDeviceProcessor. */
static int
is_processor(const struct snmp_value *v, const struct oid *proc)
{
	struct oid o;

	return v->type == VAL_OID && oid_from_ber(&o, v->bytes, v->len) ==
	    SNMP_OK && oid_cmp(&o, proc) == 0;
}

/* Rows of hrProcessorTable: hrProcessorFrwID or hrProcessorLoad present. */
static size_t
count_processors(const struct table *t, size_t frw, size_t load)
{
	size_t i, n = 0;

	for (i = 0; i < t->nrows; i++) {
		if (t->rows[i].index_len == 1 &&
		    (!value_is_exception(&t->rows[i].val[frw]) ||
		    !value_is_exception(&t->rows[i].val[load])))
			n++;
	}
	return n;
}

/*
 * Number of CPUs for -r: the rows of hrProcessorTable already walked
 * (net-snmp lists them before their load is known), else the
 * hrDeviceProcessor rows of hrDeviceTable (one more walk).
 */
static size_t
count_cpus(struct session *s, const struct snmp_opts *o, size_t nproc,
    const char **how)
{
	struct table t;
	struct oid col, proc;
	size_t i, n = 0;

	*how = "rows of hrProcessorTable";
	if (nproc > 0)
		return nproc;
	mkoid(&col, oid_hr_dev_type);
	mkoid(&proc, oid_hr_dev_processor);
	walk(s, o, &col, 1, &t);
	for (i = 0; i < t.nrows; i++) {
		if (is_processor(&t.rows[i].val[0], &proc))
			n++;
	}
	table_free(&t);
	*how = "hrDeviceProcessor rows of hrDeviceTable";
	if (n == 0)
		die(STATE_UNKNOWN, "Cannot count the CPUs for --per-cpu: the "
		    "agent has no hrProcessorTable and no processor in "
		    "hrDeviceTable (HOST-RESOURCES-MIB)");
	return n;
}

static void
load_check(struct session *s, const struct snmp_opts *o, const struct ctx *c,
    struct output *out)
{
	const struct threshold *th = c->th;
	struct load la[NLOAD];
	struct table t;
	struct oid cols[6];
	const struct table_row *r;
	struct num n, zero;
	const char *how = NULL;
	char buf[NLOAD][32], tot[32];
	size_t ncols = 4, ncpu = 1, i, nla = 0;
	int st;

	memset(la, 0, sizeof(la));
	mkoid(&cols[0], oid_la_names);
	mkoid(&cols[1], oid_la_load);
	mkoid(&cols[2], oid_la_int);
	mkoid(&cols[3], oid_la_float);
	/*
	 * hrProcessorTable for -r in the same walk: rows join by index, the
	 * two tables' indexes are unrelated, so each is read by its columns.
	 */
	if (c->per_cpu) {
		mkoid(&cols[ncols++], oid_hr_cpu_frwid);
		mkoid(&cols[ncols++], oid_hr_cpu_load);
	}
	walk(s, o, cols, ncols, &t);
	for (i = 0; i < t.nrows; i++) {
		r = &t.rows[i];
		if (r->index_len == 1 && r->index[0] >= 1 &&
		    r->index[0] <= NLOAD && (!value_is_exception(&r->val[0]) ||
		    !value_is_exception(&r->val[1]) ||
		    !value_is_exception(&r->val[2]) ||
		    !value_is_exception(&r->val[3])))
			nla++;
	}
	if (nla == 0)
		die(STATE_UNKNOWN, "the agent has no UCD-SNMP-MIB laTable "
		    "(not net-snmp?): use --cpu");
	for (i = 0; i < NLOAD; i++) {
		if ((r = row_of(&t, (uint32_t)i + 1)) != NULL)
			read_load(&la[i], r->val);
		if (la[i].name[0] == '\0')
			snprintf(la[i].name, sizeof(la[i].name), "Load-%s",
			    load_label[i] + 4);
		if (!la[i].have && la[i].raw[0] != '\0')
			die(STATE_UNKNOWN, "laTable row %zu (%s) holds no "
			    "load average: laLoad.%zu = '%s'", i + 1,
			    la[i].name, i + 1, la[i].raw);
		if (!la[i].have)
			die(STATE_UNKNOWN, "laTable has no %s load average "
			    "(laLoad.%zu)", load_span[i], i + 1);
	}
	if (c->per_cpu)
		ncpu = count_cpus(s, o, count_processors(&t, 4, 5), &how);
	table_free(&t);
	sb_add(&out->summary, c->per_cpu ? "load average per CPU: " :
	    "load average: ");
	num_from_int(&zero, 0);
	for (i = 0; i < NLOAD; i++) {
		fmt_h(div_round(la[i].h, (int64_t)ncpu), buf[i],
		    sizeof(buf[i]));
		if (num_parse(&n, buf[i]) != SNMP_OK)
			die(STATE_UNKNOWN, "internal error: load %s", buf[i]);
		st = threshold_state(&th[i], &n);
		output_state(out, st);
		sb_printf(&out->summary, "%s%s%s%s", i > 0 ? ", " : "",
		    st != STATE_OK ? "*" : "", buf[i],
		    st != STATE_OK ? "*" : "");
		output_perf(out, load_label[i], &n, "", &th[i], &zero, NULL);
		fmt_h(la[i].h, tot, sizeof(tot));
		sb_printf(&out->longout, "%s: %s", la[i].name, tot);
		if (c->per_cpu)
			sb_printf(&out->longout, ", %s per CPU", buf[i]);
		if (o->verbose >= 1 && la[i].raw[0] != '\0' &&
		    strcmp(la[i].src, "laLoad") != 0)
			sb_printf(&out->longout, " (from %s; laLoad '%s')",
			    la[i].src, la[i].raw);
		else if (o->verbose >= 1)
			sb_printf(&out->longout, " (from %s)", la[i].src);
		sb_add(&out->longout, "\n");
	}
	if (c->per_cpu) {
		sb_printf(&out->summary, " (%zu CPU%s)", ncpu,
		    ncpu == 1 ? "" : "s");
		sb_printf(&out->longout, "%zu CPU%s (%s)\n", ncpu,
		    ncpu == 1 ? "" : "s", how);
	}
}

static void
cpu_check(struct session *s, const struct snmp_opts *o, const struct ctx *c,
    struct output *out)
{
	const struct threshold *avg_th = &c->avg_th, *core_th = &c->core_th;
	struct table t;
	struct core *cores;
	struct oid cols[2];
	struct num n, zero, hundred;
	char label[32], avg[32];
	size_t ncores, nproc, i, busiest = 0;
	int64_t sum = 0;
	int st, ast;

	mkoid(&cols[0], oid_hr_cpu_frwid);
	mkoid(&cols[1], oid_hr_cpu_load);
	walk(s, o, cols, 2, &t);
	ncores = read_cores(&t, 1, &cores);
	nproc = count_processors(&t, 0, 1);
	table_free(&t);
	if (ncores == 0 && nproc > 0)
		die(STATE_UNKNOWN, "hrProcessorTable lists %zu processor%s "
		    "but no hrProcessorLoad yet: net-snmp has it about a "
		    "minute after it starts", nproc, nproc == 1 ? "" : "s");
	if (ncores == 0)
		die(STATE_UNKNOWN, "the agent has no hrProcessorTable "
		    "(HOST-RESOURCES-MIB): no CPU utilisation to check");
	for (i = 0; i < ncores; i++) {
		sum += cores[i].load;
		if (cores[i].load > cores[busiest].load)
			busiest = i;
	}
	num_from_int(&zero, 0);
	num_from_int(&hundred, 100);
	fmt_h_short(div_round(sum * 100, (int64_t)ncores), avg, sizeof(avg));
	if (num_parse(&n, avg) != SNMP_OK)
		die(STATE_UNKNOWN, "internal error: average %s", avg);
	ast = threshold_state(avg_th, &n);
	output_state(out, ast);
	output_perf(out, "cpu_avg", &n, "%", avg_th, &zero, &hundred);
	num_from_int(&n, cores[busiest].load);
	st = threshold_state(core_th, &n);
	sb_printf(&out->summary, "CPU average %s%s%%%s, busiest cpu%zu %s%lld%%"
	    "%s", ast != STATE_OK ? "*" : "", avg, ast != STATE_OK ? "*" : "",
	    busiest, st != STATE_OK ? "*" : "", (long long)cores[busiest].load,
	    st != STATE_OK ? "*" : "");
	/* every core against the core ranges: "10:" alerts on idle ones */
	for (i = 0; i < ncores; i++) {
		num_from_int(&n, cores[i].load);
		st = threshold_state(core_th, &n);
		output_state(out, st);
		if (st != STATE_OK && i != busiest)
			sb_printf(&out->summary, ", *cpu%zu %lld%%*", i,
			    (long long)cores[i].load);
		snprintf(label, sizeof(label), "cpu%zu", i);
		output_perf(out, label, &n, "%", core_th, &zero, &hundred);
		sb_printf(&out->longout, "cpu%zu: %lld%%%s (hrDeviceIndex "
		    "%u)\n", i, (long long)cores[i].load, st == STATE_CRITICAL ?
		    " CRITICAL" : st == STATE_WARNING ? " WARNING" : "",
		    (unsigned)cores[i].index);
	}
	sb_printf(&out->summary, " (%zu CPU%s)", ncores, ncores == 1 ? "" :
	    "s");
	if (nproc > ncores)
		sb_printf(&out->longout, "%zu processor%s no "
		    "hrProcessorLoad\n", nproc - ncores,
		    nproc - ncores == 1 ? " has" : "s have");
	free(cores);
}

/*
 * --list: every laTable row and every processor, one per line.  Columns:
 * laNames, laLoad, laLoadInt, laLoadFloat, hrProcessorFrwID,
 * hrProcessorLoad, hrDeviceType, hrDeviceDescr.  Values are shown as they
 * are, also those the checks would refuse.
 */
static void
list(struct session *s, const struct snmp_opts *o, struct output *out)
{
	static const char *const cols_text[] = { oid_la_names, oid_la_load,
	    oid_la_int, oid_la_float, oid_hr_cpu_frwid, oid_hr_cpu_load,
	    oid_hr_dev_type, oid_hr_dev_descr };
	struct table t;
	struct oid cols[8], proc;
	const struct table_row *r;
	const struct snmp_value *v;
	char text[256];
	size_t i, nla = 0, ncores = 0, nother = 0;

	for (i = 0; i < 8; i++)
		mkoid(&cols[i], cols_text[i]);
	mkoid(&proc, oid_hr_dev_processor);
	walk(s, o, cols, 8, &t);
	for (i = 0; i < t.nrows; i++) {
		r = &t.rows[i];
		if (r->index_len != 1 || (value_is_exception(&r->val[0]) &&
		    value_is_exception(&r->val[1]) &&
		    value_is_exception(&r->val[2]) &&
		    value_is_exception(&r->val[3])))
			continue;
		nla++;
		sb_printf(&out->longout, "laTable %u", (unsigned)r->index[0]);
		v = &r->val[0];
		if (v->type == VAL_OCTET_STRING) {
			value_string(v, text, sizeof(text));
			sb_printf(&out->longout, " %s", text);
		}
		sb_add(&out->longout, ":");
		v = &r->val[1];
		if (v->type == VAL_OCTET_STRING) {
			value_string(v, text, sizeof(text));
			sb_printf(&out->longout, " laLoad \"%s\"", text);
		}
		if (r->val[2].type == VAL_INTEGER)
			sb_printf(&out->longout, " laLoadInt %lld",
			    (long long)r->val[2].i);
		v = &r->val[3];
		if (v->type == VAL_FLOAT || v->type == VAL_DOUBLE)
			sb_printf(&out->longout, " laLoadFloat %.6f", v->d);
		sb_add(&out->longout, "\n");
	}
	for (i = 0; i < t.nrows; i++) {
		r = &t.rows[i];
		v = &r->val[5];
		if (r->index_len != 1 || (value_is_exception(v) &&
		    value_is_exception(&r->val[4]) &&
		    !is_processor(&r->val[6], &proc)))
			continue;
		if (value_is_exception(v)) {
			nother++;
			sb_printf(&out->longout, "processor %u",
			    (unsigned)r->index[0]);
		} else
			sb_printf(&out->longout, "hrProcessorLoad %u cpu%zu",
			    (unsigned)r->index[0], ncores++);
		if (r->val[7].type == VAL_OCTET_STRING) {
			value_string(&r->val[7], text, sizeof(text));
			sb_printf(&out->longout, " \"%s\"", text);
		}
		if (value_is_exception(v))
			sb_add(&out->longout, ": no hrProcessorLoad\n");
		else if (v->type != VAL_INTEGER)
			sb_printf(&out->longout, ": %s, not INTEGER\n",
			    value_type_name(v->type));
		else if (v->i < 0 || v->i > 100)
			sb_printf(&out->longout, ": %lld (outside 0..100)\n",
			    (long long)v->i);
		else
			sb_printf(&out->longout, ": %lld%%\n",
			    (long long)v->i);
	}
	table_free(&t);
	if (nla == 0)
		sb_add(&out->summary, "no laTable (use --cpu)");
	else
		sb_printf(&out->summary, "%zu laTable row%s", nla,
		    nla == 1 ? "" : "s");
	sb_printf(&out->summary, ", %zu processor%s with hrProcessorLoad",
	    ncores, ncores == 1 ? "" : "s");
	if (nother > 0)
		sb_printf(&out->summary, ", %zu without", nother);
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
		load_opts, notes, handle, &c, SERVICE
	};
	struct snmp_opts o;
	struct session *s;
	struct output *out;
	int64_t deadline;

	plugin_options(&o, &pi, argc, argv);
	deadline = plugin_deadline(&o);
	if (c.per_cpu && c.cpu)
		die(STATE_UNKNOWN, "--per-cpu divides load averages; it has "
		    "no meaning with --cpu (utilisation is already per CPU)");
	if (!c.cpu && (c.core_warn != NULL || c.core_crit != NULL))
		die(STATE_UNKNOWN, "--core-warning and --core-critical need "
		    "--cpu");
	/* bad thresholds are reported before any request */
	if (c.cpu) {
		one_range(&c.avg_th, c.warn, 0, "warning");
		one_range(&c.avg_th, c.crit, 1, "critical");
		one_range(&c.core_th, c.core_warn, 0, "core warning");
		one_range(&c.core_th, c.core_crit, 1, "core critical");
	} else {
		load_ranges(c.th, c.warn, 0);
		load_ranges(c.th, c.crit, 1);
	}
	if ((out = malloc(sizeof(*out))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	output_init(out);
	s = plugin_session(&o, deadline);
	if (c.list)
		list(s, &o, out);
	else if (c.cpu)
		cpu_check(s, &o, &c, out);
	else
		load_check(s, &o, &c, out);
	session_free(s);
	options_free(&o);
	plugin_exit(out, SERVICE);
}
