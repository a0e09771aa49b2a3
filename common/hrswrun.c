/* SPDX-License-Identifier: ISC */
/* hrSWRunTable and hrSWRunPerfTable rows (hrswrun.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "hrswrun.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "snmp.h"
#include "table.h"

#define ENTRY_LEN	10
#define NAME_CUT	15	/* Linux comm: TASK_COMM_LEN - 1 */

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

unsigned
hrswrun_target_cols(int target)
{
	unsigned cols = 1u << HRSW_NAME;

	if (target != HRSW_BY_NAME)
		cols |= 1u << HRSW_PATH;
	if (target == HRSW_BY_ARGS)
		cols |= 1u << HRSW_PARAMS;
	return cols;
}

/* a, sep and b into *out (malloc): SNMP_OK or SNMP_E_NOMEM. */
static int
concat(char **out, const char *a, const char *sep, const char *b)
{
	size_t n = strlen(a) + strlen(sep) + strlen(b) + 1;

	if ((*out = malloc(n)) == NULL)
		return SNMP_E_NOMEM;
	snprintf(*out, n, "%s%s%s", a, sep, b);
	return SNMP_OK;
}

/* "TEXT ARGS" into *out, NULL when either is missing. */
static int
with_args(char **out, const char *text, const char *params)
{
	if (text == NULL || params == NULL)
		return SNMP_OK;
	return concat(out, text, params[0] != '\0' ? " " : "", params);
}

int
hrswrun_texts(struct hrswrun_texts *t, const struct hrswrun_row *p,
    int target)
{
	char **full = &t->own[0];
	size_t n;
	int rc;

	memset(t, 0, sizeof(*t));
	if (target == HRSW_BY_NAME) {
		t->text[0] = p->name;
		return SNMP_OK;
	}
	n = p->path != NULL ? strlen(p->path) : 0;
	if (n > 0 && (p->path[n - 1] == '/' || p->path[n - 1] == '\\') &&
	    p->name != NULL && p->name[0] != '\0' &&
	    (rc = concat(full, p->path, "", p->name)) != SNMP_OK)
		return rc;
	t->text[0] = p->path;
	t->text[1] = *full;
	if (target != HRSW_BY_ARGS)
		return SNMP_OK;
	if ((rc = with_args(&t->own[1], p->name, p->params)) != SNMP_OK ||
	    (rc = with_args(&t->own[2], *full != NULL ? *full : p->path,
	    p->params)) != SNMP_OK)
		return rc;
	t->text[0] = t->own[1];
	t->text[1] = t->own[2];
	return SNMP_OK;
}

void
hrswrun_texts_free(struct hrswrun_texts *t)
{
	size_t i;

	for (i = 0; i < 3; i++)
		free(t->own[i]);
	memset(t, 0, sizeof(*t));
}

int
hrswrun_status_mask(const char *text, unsigned *mask)
{
	char buf[128], *p, *tok, *save;
	unsigned m = 0;
	long v;

	if (strlen(text) >= sizeof(buf))
		return SNMP_E_SYNTAX;
	memcpy(buf, text, strlen(text) + 1);
	for (p = buf; (tok = strtok_r(p, ",", &save)) != NULL; p = NULL) {
		tok += strspn(tok, " ");
		for (v = 1; v <= 4 && strcasecmp(tok, status_names[v]) != 0;
		    v++)
			;
		if (strcasecmp(tok, "all") == 0)
			m |= 0x1e;
		else if (v <= 4 || options_int(tok, 1, 4, &v) == 0)
			m |= 1u << v;
		else
			return SNMP_E_SYNTAX;
	}
	if (m == 0)
		return SNMP_E_SYNTAX;
	*mask = m;
	return SNMP_OK;
}

int
hrswrun_tally_add(struct hrswrun_tally *t, const struct hrswrun_row *r,
    unsigned mask)
{
	int st = r->status >= 1 && r->status <= 4 ? r->status : 0;

	t->matched++;
	if (!r->complete) {
		t->changed++;
		return 0;
	}
	if (st == 0 || !(mask & (1u << st))) {
		t->status[st]++;
		return 0;
	}
	t->counted++;
	if (r->has_mem) {
		t->mem_n++;
		t->mem_total += r->mem;
		if (r->mem > t->mem_max || t->mem_n == 1) {
			t->mem_max = r->mem;
			t->mem_max_pid = r->pid;
		}
	}
	if (r->has_cpu)
		t->cpu_total += r->cpu;
	return 1;
}

void
hrswrun_tally_uncounted(struct strbuf *sb, const struct hrswrun_tally *t)
{
	size_t i;
	int s;

	if (t->matched - t->changed <= t->counted)
		return;
	sb_add(sb, ", not counted:");
	for (s = 1, i = 0; s <= 4; s++) {
		if (t->status[s] > 0)
			sb_printf(sb, "%s %zu %s", i++ ? "," : "",
			    t->status[s], status_names[s]);
	}
	if (t->status[0] > 0)
		sb_printf(sb, "%s %zu with an unknown status", i ? "," : "",
		    t->status[0]);
}

const char *
hrswrun_cut_name(const struct hrswrun *sw, const char *want, int icase)
{
	const char *name;
	size_t j, n;

	for (j = 0; j < sw->nrows; j++) {
		if ((name = sw->rows[j].name) == NULL)
			continue;
		n = strlen(name);
		if (n >= NAME_CUT && n < strlen(want) && (icase ?
		    strncasecmp(want, name, n) : strncmp(want, name, n)) == 0)
			return name;
	}
	return NULL;
}

void
hrswrun_cpu_text(uint64_t cs, char *buf, size_t cap)
{
	snprintf(buf, cap, "%llu.%02u s", (unsigned long long)(cs / 100),
	    (unsigned)(cs % 100));
}

/* At most max characters of s (whole UTF-8 sequences), "..." if cut. */
static void
put_cut(struct strbuf *sb, const char *s, size_t max)
{
	size_t n = 0, chars = 0;

	while (s[n] != '\0' && chars < max) {
		n++;
		while (((unsigned char)s[n] & 0xc0) == 0x80)
			n++;
		chars++;
	}
	if (s[n] == '\0') {
		output_put_text(sb, (const unsigned char *)s, n);
		return;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	output_put_text(sb, (const unsigned char *)s, n);
	sb_add(sb, "...");
}

void
hrswrun_list_line(struct strbuf *sb, const struct hrswrun_row *p)
{
	char buf[32];

	sb_printf(sb, "%lu %s %s '", (unsigned long)p->pid,
	    hrswrun_status_text(p->status, buf, sizeof(buf)),
	    hrswrun_type_text(p->type));
	output_put_str(sb, p->name != NULL ? p->name : "-");
	sb_add(sb, "' path '");
	output_put_str(sb, p->path != NULL ? p->path : "-");
	sb_add(sb, "' args '");
	output_put_str(sb, p->params != NULL ? p->params : "-");
	sb_add(sb, "' memory ");
	if (p->has_mem)
		output_bytes(buf, sizeof(buf), p->mem);
	sb_add(sb, p->has_mem ? buf : "-");
	sb_add(sb, " CPU ");
	if (p->has_cpu)
		hrswrun_cpu_text(p->cpu, buf, sizeof(buf));
	sb_add(sb, p->has_cpu ? buf : "-");
	if (!p->complete)
		sb_add(sb, " (started or ended during the walk)");
}

void
hrswrun_item(struct strbuf *sb, const struct hrswrun_row *p)
{
	char buf[64];

	sb_printf(sb, "PID %lu ", (unsigned long)p->pid);
	output_put_str(sb, p->name != NULL ? p->name : "?");
	sb_add(sb, ": ");
	if (!p->complete)
		sb_add(sb, "started or ended during the walk");
	else
		sb_add(sb, hrswrun_status_text(p->status, buf, sizeof(buf)));
	if (p->has_mem) {
		output_bytes(buf, sizeof(buf), p->mem);
		sb_printf(sb, ", memory %s", buf);
	}
	if (p->has_cpu) {
		hrswrun_cpu_text(p->cpu, buf, sizeof(buf));
		sb_printf(sb, ", CPU %s", buf);
	}
}

void
hrswrun_item_where(struct strbuf *sb, const struct hrswrun_row *p, int path,
    size_t args_max)
{
	if (path && p->path != NULL && p->path[0] != '\0') {
		sb_add(sb, ", path ");
		output_put_str(sb, p->path);
	}
	if (p->params != NULL && p->params[0] != '\0') {
		sb_add(sb, ", args ");
		put_cut(sb, p->params, args_max);
	}
}
