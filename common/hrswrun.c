/* SPDX-License-Identifier: ISC */
/* hrSWRunTable and hrSWRunPerfTable rows (hrswrun.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "hrswrun.h"
#include "oid.h"
#include "snmp.h"
#include "table.h"

#define ENTRY_LEN	10

static const uint32_t run_entry[ENTRY_LEN] = { 1, 3, 6, 1, 2, 1, 25, 4, 2,
    1 };
static const uint32_t perf_entry[ENTRY_LEN] = { 1, 3, 6, 1, 2, 1, 25, 5, 1,
    1 };

#define TEXT	"string"
#define NUMBER	"non-negative number"

static const struct column {
	const char	*name;
	const uint32_t	*entry;
	uint32_t	 arc;
	const char	*kind;		/* what a usable cell is */
} columns[HRSW_NCOLS] = {
	{ "hrSWRunName", run_entry, 2, TEXT },
	{ "hrSWRunStatus", run_entry, 7, NUMBER },
	{ "hrSWRunPath", run_entry, 4, TEXT },
	{ "hrSWRunParameters", run_entry, 5, TEXT },
	{ "hrSWRunType", run_entry, 6, NUMBER },
	{ "hrSWRunPerfCPU", perf_entry, 1, NUMBER },	/* centi-seconds */
	{ "hrSWRunPerfMem", perf_entry, 2, NUMBER }	/* KBytes */
};

static const char *const status_names[] = {
	NULL, "running", "runnable", "notRunnable", "invalid"
};

static const char *const type_names[] = {
	"-", "unknown", "operatingSystem", "deviceDriver", "application"
};

const char *
hrswrun_status_text(int st, char *buf, size_t cap)
{
	if (st >= 1 && st <= 4)
		return status_names[st];
	if (st == 0)
		return "-";
	snprintf(buf, cap, "status %d", st);
	return buf;
}

const char *
hrswrun_type_text(int type)
{
	return type_names[type];
}

/* A string cell into *out (malloc): 1, 0 when no string, -1 on NOMEM. */
static int
text_cell(const struct snmp_value *v, char **out)
{
	if (v->type != VAL_OCTET_STRING)
		return 0;
	return (*out = cell_strdup(v)) != NULL ? 1 : -1;
}

/* Column k of a row from its cell: 1, or 0 if the cell is unusable. */
static int
set_cell(struct hrswrun_row *p, size_t k, const struct snmp_value *v)
{
	uint64_t u = 0;
	int num = cell_uint(v, &u) == 0;

	switch (k) {
	case HRSW_NAME:
		return text_cell(v, &p->name);
	case HRSW_PATH:
		return text_cell(v, &p->path);
	case HRSW_PARAMS:
		return text_cell(v, &p->params);
	case HRSW_STATUS:
		/* out-of-range values are kept, never counted */
		if (num)
			p->status = u > 0 && u < 1000 ? (int)u : 999;
		return num;
	case HRSW_TYPE:
		if (num)
			p->type = u > 0 && u <= 4 ? (int)u : 1;
		return num;
	case HRSW_CPU:
		p->cpu = u;
		return p->has_cpu = num;
	case HRSW_MEM:
		/* KBytes, an Integer32; refuse what cannot be */
		if ((p->has_mem = num && u <= UINT64_MAX / 1024))
			p->mem = u * 1024;
		return p->has_mem;
	}
	return 0;
}

/* The rows of the walk; t's column j is the j-th column of sw->cols. */
static int
load(struct hrswrun *sw, const struct table *t)
{
	struct hrswrun_row *p;
	size_t i, j, k, usable[HRSW_NCOLS];
	int rc;

	memset(usable, 0, sizeof(usable));
	if ((sw->rows = calloc(t->nrows + 1, sizeof(*sw->rows))) == NULL)
		return SNMP_E_NOMEM;
	sw->nrows = t->nrows;
	for (i = 0; i < t->nrows; i++) {
		p = &sw->rows[i];
		p->complete = t->rows[i].index_len == 1;
		p->pid = p->complete ? t->rows[i].index[0] : 0;
		for (j = k = 0; k < HRSW_NCOLS; k++) {
			if (!(sw->cols & 1u << k))
				continue;
			sw->have[k] += t->rows[i].val[j].type !=
			    VAL_NOSUCHINSTANCE;
			if ((rc = set_cell(p, k, &t->rows[i].val[j++])) < 0)
				return SNMP_E_NOMEM;
			if (rc > 0)
				usable[k]++;
			else
				p->missing |= 1u << k;
		}
	}
	/*
	 * A hole in a column the agent fills for other rows is a process that
	 * came or went during the walk; a column empty for every row is one
	 * the agent lacks.
	 */
	for (k = 0; k < HRSW_NCOLS; k++) {
		if ((sw->cols & 1u << k) && usable[k] == 0)
			sw->absent |= 1u << k;
	}
	for (i = 0; i < sw->nrows; i++) {
		if ((sw->rows[i].missing & ~sw->absent) != 0)
			sw->rows[i].complete = 0;
	}
	return SNMP_OK;
}

int
hrswrun_walk(struct session *s, unsigned cols, struct hrswrun *sw)
{
	struct oid oids[HRSW_NCOLS];
	struct table t;
	size_t k, n = 0;
	int rc;

	memset(sw, 0, sizeof(*sw));
	sw->cols = cols;
	for (k = 0; k < HRSW_NCOLS; k++) {
		if (cols & 1u << k)
			table_column(&oids[n++], columns[k].entry, ENTRY_LEN,
			    columns[k].arc);
	}
	if ((rc = table_walk(s, oids, n, &t)) != SNMP_OK)
		return rc;
	rc = load(sw, &t);
	table_free(&t);
	return rc;
}

int
hrswrun_lacking(const struct hrswrun *sw, unsigned need, const char *peer,
    char *err, size_t errlen)
{
	char text[OID_TEXT_MAX];
	struct oid o;
	size_t k;

	for (k = 0; k < HRSW_NCOLS; k++) {
		if (!(sw->absent & need & (1u << k)))
			continue;
		table_column(&o, columns[k].entry, ENTRY_LEN, columns[k].arc);
		oid_format(&o, text, sizeof(text));
		if (sw->have[k] > 0)
			snprintf(err, errlen, "The agent at %s sends no usable "
			    "%s (%s): not one of its %zu values is a %s", peer,
			    columns[k].name, text, sw->have[k],
			    columns[k].kind);
		else
			snprintf(err, errlen, "The agent at %s has no %s (%s) "
			    "for its %zu processes%s", peer, columns[k].name,
			    text, sw->nrows, k == HRSW_MEM || k == HRSW_CPU ?
			    ": hrSWRunPerfTable is not implemented" : "");
		return -1;
	}
	return 0;
}

void
hrswrun_free(struct hrswrun *sw)
{
	size_t i;

	for (i = 0; i < sw->nrows; i++) {
		free(sw->rows[i].name);
		free(sw->rows[i].path);
		free(sw->rows[i].params);
	}
	free(sw->rows);
	sw->rows = NULL;
	sw->nrows = 0;
}
