/* SPDX-License-Identifier: ISC */
/*
 * laTable load averages, hrProcessorTable processors, and the CPU tables
 * of network devices: CISCO-PROCESS-MIB, JUNIPER-MIB, HP STATISTICS-MIB,
 * and the text of their rows (cpu.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "cpu.h"
#include "entity.h"
#include "num.h"
#include "oid.h"
#include "snmp.h"
#include "state.h"
#include "table.h"

#define LOAD_MAX	1000000000.0	/* a load beyond this is garbage */
#define NARCS(a)	(sizeof(a) / sizeof((a)[0]))

static const uint32_t la_entry[] = { 1, 3, 6, 1, 4, 1, 2021, 10, 1 };
static const uint32_t proc_entry[] = { 1, 3, 6, 1, 2, 1, 25, 3, 3, 1 };
static const uint32_t dev_entry[] = { 1, 3, 6, 1, 2, 1, 25, 3, 2, 1 };
/* hrDeviceProcessor, the hrDeviceType of a processor */
static const uint32_t dev_processor[] = { 1, 3, 6, 1, 2, 1, 25, 3, 1, 3 };

/* Every column, in walk order: laTable's first (enum cpu_la_cell). */
enum { C_FRWID = CPU_LACELLS, C_LOAD, C_DEVTYPE, C_DESCR, NCOLS };

static const struct column {
	const uint32_t	*entry;
	size_t		 len;
	unsigned	 table;
	uint32_t	 arc;
} columns[NCOLS] = {
	{ la_entry, NARCS(la_entry), CPU_LA, 2 },	/* laNames */
	{ la_entry, NARCS(la_entry), CPU_LA, 3 },	/* laLoad */
	{ la_entry, NARCS(la_entry), CPU_LA, 5 },	/* laLoadInt */
	{ la_entry, NARCS(la_entry), CPU_LA, 6 },	/* laLoadFloat */
	{ proc_entry, NARCS(proc_entry), CPU_HRPROC, 1 },
	{ proc_entry, NARCS(proc_entry), CPU_HRPROC, 2 },
	{ dev_entry, NARCS(dev_entry), CPU_HRDEV, 2 },
	{ dev_entry, NARCS(dev_entry), CPU_HRDEV, 3 }
};

static int
double_to_h(double d, int64_t *h)
{
	if (!(d > -LOAD_MAX && d < LOAD_MAX))
		return -1;
	d *= 100;
	*h = (int64_t)(d >= 0 ? d + 0.5 : d - 0.5);
	return 0;
}

/* laLoad "1.67" (spaces around allowed) as hundredths. */
static int
string_load(const struct snmp_value *v, int64_t *h)
{
	char buf[64];
	const uint8_t *p, *e;
	struct num n;

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

/* The load average of a row: laLoad, else laLoadFloat, else laLoadInt. */
static void
read_load(struct cpu_la *l)
{
	const struct snmp_value *s = &l->cell[CPU_LALOAD];
	const struct snmp_value *i = &l->cell[CPU_LAINT];
	const struct snmp_value *f = &l->cell[CPU_LAFLOAT];

	cell_text(&l->cell[CPU_LANAMES], l->name, sizeof(l->name));
	if (cell_text(s, l->raw, sizeof(l->raw)) && string_load(s, &l->h) == 0)
		l->src = "laLoad";
	else if ((f->type == VAL_FLOAT || f->type == VAL_DOUBLE) &&
	    double_to_h(f->d, &l->h) == 0)
		l->src = "laLoadFloat";
	else if (i->type == VAL_INTEGER && i->i > -LOAD_MAX * 100 &&
	    i->i < LOAD_MAX * 100) {
		l->h = i->i;
		l->src = "laLoadInt";
	} else if (l->raw[0] == '\0' && !value_is_exception(s))
		snprintf(l->raw, sizeof(l->raw), "%s",
		    value_type_name(s->type));
}

/* 1 if the value is the OID hrDeviceProcessor. */
static int
is_processor(const struct snmp_value *v)
{
	struct oid o;

	return v->type == VAL_OID && oid_from_ber(&o, v->bytes, v->len) ==
	    SNMP_OK && o.len == NARCS(dev_processor) &&
	    memcmp(o.arcs, dev_processor, sizeof(dev_processor)) == 0;
}

/* A row of the walk, val[] by column: a laTable row, a processor, both. */
static void
add_row(struct cpu *c, uint32_t index, const struct snmp_value *val)
{
	struct cpu_proc *p;
	struct cpu_la *l;
	size_t k;

	for (k = 0; k < CPU_LACELLS; k++) {
		if (!value_is_exception(&val[k]))
			break;
	}
	if (k < CPU_LACELLS) {
		l = &c->la[c->nla++];
		l->index = index;
		memcpy(l->cell, val, sizeof(l->cell));
		read_load(l);
	}
	if (value_is_exception(&val[C_FRWID]) &&
	    value_is_exception(&val[C_LOAD]) && !is_processor(&val[C_DEVTYPE]))
		return;
	p = &c->proc[c->nproc++];
	p->index = index;
	p->listed = !value_is_exception(&val[C_FRWID]) ||
	    !value_is_exception(&val[C_LOAD]);
	p->is_device = is_processor(&val[C_DEVTYPE]);
	p->load = val[C_LOAD];
	p->descr = val[C_DESCR];
	c->nlisted += (size_t)p->listed;
}

int
cpu_walk(struct session *s, unsigned tables, struct cpu *c)
{
	struct snmp_value val[NCOLS];
	struct oid oids[NCOLS];
	struct table t;
	size_t i, k, n = 0;
	int rc;

	memset(c, 0, sizeof(*c));
	for (k = 0; k < NCOLS; k++) {
		if (columns[k].table & tables)
			table_column(&oids[n++], columns[k].entry,
			    columns[k].len, columns[k].arc);
	}
	if ((rc = table_walk(s, oids, n, &t)) != SNMP_OK)
		return rc;
	c->la = calloc(t.nrows + 1, sizeof(*c->la));
	c->proc = calloc(t.nrows + 1, sizeof(*c->proc));
	if (c->la == NULL || c->proc == NULL) {
		table_free(&t);
		cpu_free(c);
		return SNMP_E_NOMEM;
	}
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		for (k = n = 0; k < NCOLS; k++) {
			memset(&val[k], 0, sizeof(val[k]));
			val[k].type = VAL_NOSUCHINSTANCE;
			if (columns[k].table & tables)
				val[k] = t.rows[i].val[n++];
		}
		add_row(c, t.rows[i].index[0], val);
	}
	table_free(&t);
	return SNMP_OK;
}

const struct cpu_la *
cpu_la_find(const struct cpu *c, uint32_t index)
{
	size_t i;

	for (i = 0; i < c->nla; i++) {
		if (c->la[i].index == index)
			return &c->la[i];
	}
	return NULL;
}

int
cpu_count(struct session *s, const struct cpu *c, size_t *n,
    const char **how)
{
	struct table t;
	struct oid type;
	size_t i;
	int rc;

	*how = "rows of hrProcessorTable";
	if ((*n = c->nlisted) > 0)
		return SNMP_OK;
	table_column(&type, dev_entry, NARCS(dev_entry),
	    columns[C_DEVTYPE].arc);
	if ((rc = table_walk(s, &type, 1, &t)) != SNMP_OK)
		return rc;
	for (i = 0; i < t.nrows; i++) {
		if (is_processor(&t.rows[i].val[0]))
			(*n)++;
	}
	table_free(&t);
	*how = "hrDeviceProcessor rows of hrDeviceTable";
	return SNMP_OK;
}

void
cpu_free(struct cpu *c)
{
	free(c->la);
	free(c->proc);
	c->la = NULL;
	c->proc = NULL;
	c->nla = c->nproc = c->nlisted = 0;
}

void
cpu_la_list(const struct cpu_la *l, struct strbuf *sb)
{
	const struct snmp_value *v = l->cell;
	char text[256];

	sb_printf(sb, "laTable %u", (unsigned)l->index);
	if (cell_text(&v[CPU_LANAMES], text, sizeof(text)))
		sb_printf(sb, " %s", text);
	sb_add(sb, ":");
	if (cell_text(&v[CPU_LALOAD], text, sizeof(text)))
		sb_printf(sb, " laLoad \"%s\"", text);
	if (v[CPU_LAINT].type == VAL_INTEGER)
		sb_printf(sb, " laLoadInt %lld", (long long)v[CPU_LAINT].i);
	if (v[CPU_LAFLOAT].type == VAL_FLOAT ||
	    v[CPU_LAFLOAT].type == VAL_DOUBLE)
		sb_printf(sb, " laLoadFloat %.6f", v[CPU_LAFLOAT].d);
	sb_add(sb, "\n");
}

int
cpu_proc_list(const struct cpu_proc *p, size_t core, struct strbuf *sb)
{
	const struct snmp_value *v = &p->load;
	char text[256];

	if (value_is_exception(v))
		sb_printf(sb, "processor %u", (unsigned)p->index);
	else
		sb_printf(sb, "hrProcessorLoad %u cpu%zu", (unsigned)p->index,
		    core);
	if (cell_text(&p->descr, text, sizeof(text)))
		sb_printf(sb, " \"%s\"", text);
	if (value_is_exception(v))
		sb_add(sb, ": no hrProcessorLoad\n");
	else if (v->type != VAL_INTEGER)
		sb_printf(sb, ": %s, not INTEGER\n", value_type_name(v->type));
	else if (v->i < 0 || v->i > 100)
		sb_printf(sb, ": %lld (outside 0..100)\n", (long long)v->i);
	else
		sb_printf(sb, ": %lld%%\n", (long long)v->i);
	return !value_is_exception(v);
}

int
cpu_la_three(const struct cpu *c, struct cpu_la la[CPU_NLOAD], char *err,
    size_t errlen)
{
	static const int minutes[CPU_NLOAD] = { 1, 5, 15 };
	const struct cpu_la *l;
	size_t i, n = 0;

	memset(la, 0, CPU_NLOAD * sizeof(*la));
	for (i = 0; i < CPU_NLOAD; i++) {
		if ((l = cpu_la_find(c, (uint32_t)i + 1)) != NULL) {
			la[i] = *l;
			n++;
		}
	}
	for (i = 0; i < CPU_NLOAD && n > 0; i++) {
		if (la[i].name[0] == '\0')
			snprintf(la[i].name, sizeof(la[i].name), "Load-%d",
			    minutes[i]);
		if (la[i].src == NULL && la[i].raw[0] != '\0') {
			snprintf(err, errlen, "laTable row %zu (%s) holds no "
			    "load average: laLoad.%zu = '%s'", i + 1,
			    la[i].name, i + 1, la[i].raw);
			return -1;
		}
		if (la[i].src == NULL) {
			snprintf(err, errlen, "laTable has no %d-minute load "
			    "average (laLoad.%zu)", minutes[i], i + 1);
			return -1;
		}
	}
	return n > 0;
}

void
cpu_la_text(const struct cpu_la *l, size_t ncpu, int source,
    struct strbuf *sb)
{
	char num[32];

	num_fixed(num, sizeof(num), (double)l->h / 100, 2, 0);
	sb_printf(sb, "%s: %s", l->name, num);
	if (ncpu > 0) {
		num_fixed(num, sizeof(num), (double)cpu_share(l->h, ncpu) /
		    100, 2, 0);
		sb_printf(sb, ", %s per CPU", num);
	}
	if (source && l->raw[0] != '\0' && strcmp(l->src, "laLoad") != 0)
		sb_printf(sb, " (from %s; laLoad '%s')", l->src, l->raw);
	else if (source)
		sb_printf(sb, " (from %s)", l->src);
	sb_add(sb, "\n");
}

int64_t
cpu_share(int64_t h, size_t n)
{
	int64_t b = (int64_t)n;

	return h >= 0 ? (h + b / 2) / b : -((-h + b / 2) / b);
}

int
cpu_util_read(const struct cpu *c, struct cpu_util *u, char *err,
    size_t errlen)
{
	const struct cpu_proc *r;
	int64_t sum = 0;
	size_t i;

	memset(u, 0, sizeof(*u));
	u->nlisted = c->nlisted;
	if ((u->core = calloc(c->nproc + 1, sizeof(*u->core))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < c->nproc; i++) {
		r = &c->proc[i];
		if (value_is_exception(&r->load))
			continue;
		if (r->load.type != VAL_INTEGER) {
			snprintf(err, errlen, "hrProcessorLoad.%u is %s, "
			    "expected INTEGER", (unsigned)r->index,
			    value_type_name(r->load.type));
			cpu_util_free(u);
			return SNMP_E_RANGE;
		}
		if (r->load.i < 0 || r->load.i > 100) {
			snprintf(err, errlen, "hrProcessorLoad.%u = %lld: "
			    "outside 0..100 percent", (unsigned)r->index,
			    (long long)r->load.i);
			cpu_util_free(u);
			return SNMP_E_RANGE;
		}
		if (r->load.i > u->core[u->busiest].load)
			u->busiest = u->n;
		u->core[u->n].index = r->index;
		u->core[u->n++].load = r->load.i;
		sum += r->load.i;
	}
	if (u->n > 0)
		u->avg = cpu_share(sum * 100, u->n);
	return SNMP_OK;
}

void
cpu_util_text(const struct cpu_util *u, size_t i, int state,
    struct strbuf *sb)
{
	sb_printf(sb, "cpu%zu: %lld%%%s (hrDeviceIndex %u)\n", i,
	    (long long)u->core[i].load, state == STATE_CRITICAL ?
	    " CRITICAL" : state == STATE_WARNING ? " WARNING" : "",
	    (unsigned)u->core[i].index);
}

void
cpu_util_free(struct cpu_util *u)
{
	free(u->core);
	u->core = NULL;
	u->n = 0;
}

/* ---- network devices (docs/design/sensor-spec.md 2) ---- */

static const uint32_t cpm_entry[] = { 1, 3, 6, 1, 4, 1, 9, 9, 109, 1, 1, 1, 1 };
static const uint32_t jnx_entry[] = { 1, 3, 6, 1, 4, 1, 2636, 3, 1, 13, 1 };
static const uint32_t hp_cpu[] = { 1, 3, 6, 1, 4, 1, 11, 2, 14, 11, 5, 1, 9,
    6, 1 };

/* cpmCPUTotalEntry: PhysicalIndex, 5sec, 1min, 5min, their Rev twins,
   MonInterval, TotalMonIntervalValue */
static const uint32_t cpm_cols[] = { 2, 3, 4, 5, 6, 7, 8, 9, 10 };
enum { CPM_PHYS, CPM_5S, CPM_1M, CPM_5M, CPM_5SREV, CPM_1MREV, CPM_5MREV,
    CPM_IVL, CPM_IVLVAL, CPM_NCOLS };
/* jnxOperatingEntry: Descr, CPU, DRAMSize, Memory, 1/5/15MinAvgCPU */
static const uint32_t jnx_cols[] = { 5, 8, 10, 15, 23, 24, 25 };
enum { JNX_DESCR, JNX_CPU, JNX_DRAM, JNX_MEM, JNX_1M, JNX_5M, JNX_15M,
    JNX_NCOLS };

static const char *const mib_keys[] = { "auto", "cisco", "juniper", "hp" };
static const char *const mib_names[] = { "no vendor MIB",
    "CISCO-PROCESS-MIB", "JUNIPER-MIB", "HP STATISTICS-MIB" };

int
cpu_mib_parse(const char *s)
{
	size_t i;

	for (i = 0; i < NARCS(mib_keys); i++) {
		if (strcmp(s, mib_keys[i]) == 0)
			return (int)i;
	}
	return -1;
}

const char *
cpu_mib_key(int mib)
{
	return mib >= 0 && (size_t)mib < NARCS(mib_keys) ? mib_keys[mib] :
	    "auto";
}

const char *
cpu_mib_name(int mib)
{
	return mib >= 0 && (size_t)mib < NARCS(mib_names) ? mib_names[mib] :
	    "?";
}

/* A figure from a cell: absent (0), a percentage (1), or why not (1). */
static int
fig_set(struct cpu_fig *f, const char *span, const char *label,
    const struct snmp_value *v)
{
	int64_t i;

	if (value_is_exception(v))
		return 0;
	snprintf(f->span, sizeof(f->span), "%s", span);
	snprintf(f->label, sizeof(f->label), "%s", label);
	f->ok = 0;
	if (cell_int(v, &i) < 0)
		snprintf(f->why, sizeof(f->why), "%s is not a number",
		    value_type_name(v->type));
	else if (i < 0 || i > 100)
		snprintf(f->why, sizeof(f->why), "%lld is not a percentage",
		    (long long)i);
	else {
		f->ok = 1;
		f->pct = i;
	}
	return 1;
}

/* A span no figure of a row that has others answered: UNKNOWN for it. */
static void
fig_missing(struct cpu_fig *f, const char *span, const char *label,
    const char *column)
{
	snprintf(f->span, sizeof(f->span), "%s", span);
	snprintf(f->label, sizeof(f->label), "%s", label);
	f->ok = 0;
	snprintf(f->why, sizeof(f->why), "no %s", column);
}

/* A cpmCPUTotalEntry: short, medium, long with their fallbacks (2.1). */
static int
cisco_row(struct cpu_dev *d, uint32_t index, const struct snmp_value *v)
{
	static const char *const span[] = { "5 s", "1 min", "5 min" };
	static const char *const label[] = { "5s", "1m", "5m" };
	static const char *const rev[] = { "cpmCPUTotal5secRev",
	    "cpmCPUTotal1minRev", "cpmCPUTotal5minRev" };
	char sp[16], lb[16];
	int64_t ivl;
	size_t k, got = 0;

	d->nfig = CPU_NFIG;
	for (k = 0; k < CPU_NFIG; k++) {
		if (k == 0 && !value_is_exception(&v[CPM_IVLVAL]) &&
		    cell_int(&v[CPM_IVL], &ivl) == 0 && ivl > 0 &&
		    ivl < 100000) {
			snprintf(sp, sizeof(sp), "%lld s", (long long)ivl);
			snprintf(lb, sizeof(lb), "%llds", (long long)ivl);
			got += (size_t)fig_set(&d->fig[0], sp, lb,
			    &v[CPM_IVLVAL]);
		} else if (fig_set(&d->fig[k], span[k], label[k],
		    &v[CPM_5SREV + k]) || fig_set(&d->fig[k], span[k],
		    label[k], &v[CPM_5S + k]))
			got++;
		else
			fig_missing(&d->fig[k], span[k], label[k], rev[k]);
	}
	snprintf(d->name, sizeof(d->name), "cpu %u", (unsigned)index);
	snprintf(d->source, sizeof(d->source), "CISCO-PROCESS-MIB "
	    "cpmCPUTotalIndex %u", (unsigned)index);
	return got > 0;
}

/* A jnxOperatingEntry that is a processor (2.1), else 0. */
static int
juniper_row(struct cpu_dev *d, const struct table_row *r,
    const struct snmp_value *v)
{
	static const char *const span[] = { "1 min", "5 min", "15 min" };
	static const char *const label[] = { "1m", "5m", "15m" };
	int64_t mem = 0, dram = 0, a, avgs = 0, nonzero = 0, now = 0;
	size_t k;

	cell_name(&v[JNX_DESCR], d->name, sizeof(d->name));
	(void)cell_int(&v[JNX_MEM], &mem);
	(void)cell_int(&v[JNX_DRAM], &dram);
	if (mem <= 0 && dram <= 0 && strncmp(d->name, "Routing Engine",
	    14) != 0)
		return 0;
	for (k = 0; k < CPU_NFIG; k++) {
		if (cell_int(&v[JNX_1M + k], &a) == 0) {
			avgs++;
			nonzero += a != 0;
		}
	}
	(void)cell_int(&v[JNX_CPU], &now);
	snprintf(d->source, sizeof(d->source), "JUNIPER-MIB "
	    "jnxOperatingIndex %u.%u.%u.%u", (unsigned)r->index[0],
	    (unsigned)r->index[1], (unsigned)r->index[2],
	    (unsigned)r->index[3]);
	if (avgs == 0 || (nonzero == 0 && now != 0)) {
		d->nfig = 1;
		if (!fig_set(&d->fig[0], "now", "now", &v[JNX_CPU]))
			fig_missing(&d->fig[0], "now", "now",
			    "jnxOperatingCPU");
		return 1;
	}
	d->nfig = CPU_NFIG;
	for (k = 0; k < CPU_NFIG; k++) {
		if (!fig_set(&d->fig[k], span[k], label[k], &v[JNX_1M + k]))
			fig_missing(&d->fig[k], span[k], label[k],
			    k == 0 ? "jnxOperating1MinAvgCPU" : k == 1 ?
			    "jnxOperating5MinAvgCPU" :
			    "jnxOperating15MinAvgCPU");
	}
	if (!value_is_exception(&v[JNX_CPU]))
		snprintf(d->source + strlen(d->source), sizeof(d->source) -
		    strlen(d->source), ", now %lld%%", (long long)now);
	return 1;
}

/* entPhysicalName (else Descr) of each Cisco CPU's cpmCPUTotalPhysicalIndex. */
static int
cisco_names(struct session *s, struct cpu_devs *d, const uint32_t *phys)
{
	struct entity *e;
	size_t i, n = 0;
	int rc;

	if ((e = calloc(d->n + 1, sizeof(*e))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < d->n; i++) {
		if (phys[i] != 0)
			e[n++].index = phys[i];
	}
	rc = n > 0 ? entity_fetch(s, e, n) : SNMP_OK;
	for (i = n = 0; i < d->n && rc == SNMP_OK; i++) {
		if (phys[i] == 0)
			continue;
		if (e[n].exists && e[n].name[0] != '\0')
			snprintf(d->dev[i].name, sizeof(d->dev[i].name), "%s",
			    e[n].name);
		snprintf(d->dev[i].source + strlen(d->dev[i].source),
		    sizeof(d->dev[i].source) - strlen(d->dev[i].source),
		    ", entPhysicalIndex %u", (unsigned)phys[i]);
		n++;
	}
	free(e);
	return rc;
}

/* Walk the table of d->mib and make its rows CPUs. */
static int
devs_walk(struct session *s, struct cpu_devs *d)
{
	struct oid cols[CPM_NCOLS];
	struct table t;
	uint32_t *phys = NULL;
	int64_t pi;
	size_t i, n = 0;
	int rc;

	if (d->mib == CPU_MIB_CISCO)
		for (n = 0; n < CPM_NCOLS; n++)
			table_column(&cols[n], cpm_entry, NARCS(cpm_entry),
			    cpm_cols[n]);
	else if (d->mib == CPU_MIB_JUNIPER)
		for (n = 0; n < JNX_NCOLS; n++)
			table_column(&cols[n], jnx_entry, NARCS(jnx_entry),
			    jnx_cols[n]);
	else {
		memcpy(cols[0].arcs, hp_cpu, sizeof(hp_cpu));
		cols[0].len = NARCS(hp_cpu);
		n = 1;
	}
	if ((rc = table_walk(s, cols, n, &t)) != SNMP_OK)
		return rc;
	d->dev = calloc(t.nrows + 1, sizeof(*d->dev));
	phys = calloc(t.nrows + 1, sizeof(*phys));
	if (d->dev == NULL || phys == NULL)
		rc = SNMP_E_NOMEM;
	for (i = 0; i < t.nrows && rc == SNMP_OK; i++) {
		const struct table_row *r = &t.rows[i];
		struct cpu_dev *c = &d->dev[d->n];

		if (d->mib == CPU_MIB_CISCO && r->index_len == 1 &&
		    cisco_row(c, r->index[0], r->val)) {
			phys[d->n] = cell_int(&r->val[CPM_PHYS], &pi) == 0 &&
			    pi > 0 && pi <= 0x7fffffff ? (uint32_t)pi : 0;
			d->n++;
		} else if (d->mib == CPU_MIB_JUNIPER && r->index_len == 4 &&
		    juniper_row(c, r, r->val))
			d->n++;
		else if (d->mib == CPU_MIB_HP && r->index_len == 1 &&
		    r->index[0] == 0 && fig_set(&c->fig[0], "", "",
		    &r->val[0])) {
			c->nfig = 1;
			snprintf(c->name, sizeof(c->name), "CPU");
			snprintf(c->source, sizeof(c->source),
			    "HP STATISTICS-MIB hpSwitchCpuStat.0");
			d->n++;
		}
	}
	table_free(&t);
	if (rc == SNMP_OK && d->mib == CPU_MIB_CISCO)
		rc = cisco_names(s, d, phys);
	free(phys);
	return rc;
}

int
cpu_devs_read(struct session *s, int mib, struct cpu_devs *d)
{
	static const char *const probe[] = {
		"1.3.6.1.4.1.9.9.109.1.1.1.1.2",
		"1.3.6.1.4.1.2636.3.1.13.1.5",
		"1.3.6.1.4.1.11.2.14.11.5.1.9.6.1",
		"1.3.6.1.2.1.25.3.3.1.2"
	};
	static const char *const under[] = {
		"1.3.6.1.4.1.9.9.109.1.1.1.1",
		"1.3.6.1.4.1.2636.3.1.13.1",
		NULL,
		"1.3.6.1.2.1.25.3.3.1"
	};
	unsigned found;
	int rc, i;

	memset(d, 0, sizeof(*d));
	if (mib == CPU_MIB_AUTO) {
		if ((rc = table_probe(s, probe, under, 4, &found)) != SNMP_OK)
			return rc;
		d->hr = found >> 3 & 1;
		for (i = 0; i < 3 && !(found >> i & 1); i++)
			;
		if (i == 3)
			return SNMP_OK;
		mib = CPU_MIB_CISCO + i;
	}
	d->mib = mib;
	if ((rc = devs_walk(s, d)) != SNMP_OK)
		cpu_devs_free(d);
	return rc;
}

void
cpu_devs_free(struct cpu_devs *d)
{
	free(d->dev);
	d->dev = NULL;
	d->n = 0;
}

void
cpu_dev_spans(const struct cpu_dev *d, struct strbuf *sb)
{
	size_t k;

	for (k = 0; k < d->nfig; k++)
		sb_printf(sb, "%s%s", k > 0 ? ", " : "", d->fig[k].span);
}

int
cpu_dev_same_spans(const struct cpu_dev *a, const struct cpu_dev *b)
{
	size_t k;

	if (a->nfig != b->nfig)
		return 0;
	for (k = 0; k < a->nfig; k++) {
		if (strcmp(a->fig[k].span, b->fig[k].span) != 0)
			return 0;
	}
	return 1;
}

void
cpu_dev_text(const struct cpu_dev *d, const int *state, struct strbuf *sb)
{
	const struct cpu_fig *f;
	size_t k;

	sb_printf(sb, "%s:", d->name);
	for (k = 0; k < d->nfig; k++) {
		f = &d->fig[k];
		sb_printf(sb, "%s %s%s", k > 0 ? "," : "", f->span,
		    f->span[0] != '\0' ? " " : "");
		if (!f->ok)
			sb_printf(sb, "%s UNKNOWN", f->why);
		else
			sb_printf(sb, "%lld%%%s", (long long)f->pct,
			    state[k] == STATE_OK ? "" : state[k] ==
			    STATE_WARNING ? " WARNING" : " CRITICAL");
	}
	sb_printf(sb, " (%s)\n", d->source);
}
