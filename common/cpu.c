/* SPDX-License-Identifier: ISC */
/* laTable load averages and hrProcessorTable processors (cpu.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "cpu.h"
#include "num.h"
#include "oid.h"
#include "snmp.h"
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
	unsigned	 table;
	const uint32_t	*entry;
	size_t		 len;
	uint32_t	 arc;
} columns[NCOLS] = {
	{ CPU_LA, la_entry, NARCS(la_entry), 2 },	/* laNames */
	{ CPU_LA, la_entry, NARCS(la_entry), 3 },	/* laLoad */
	{ CPU_LA, la_entry, NARCS(la_entry), 5 },	/* laLoadInt */
	{ CPU_LA, la_entry, NARCS(la_entry), 6 },	/* laLoadFloat */
	{ CPU_HRPROC, proc_entry, NARCS(proc_entry), 1 },
	{ CPU_HRPROC, proc_entry, NARCS(proc_entry), 2 },
	{ CPU_HRDEV, dev_entry, NARCS(dev_entry), 2 },
	{ CPU_HRDEV, dev_entry, NARCS(dev_entry), 3 }
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
