/* SPDX-License-Identifier: ISC */
#include <string.h>

#include "cell.h"
#include "jsonrow.h"
#include "state.h"

void
jsonrow_storage(struct json *j, const struct hrstorage_row *r)
{
	json_uint(j, "index", r->index);
	json_str(j, "type", r->typetext);
	json_str(j, "descr", r->descr);
	if (r->valid) {
		json_uint(j, "size", r->size);
		json_uint(j, "used", r->used);
	} else {
		json_null(j, "size");
		json_null(j, "used");
	}
}

void
jsonrow_load(struct json *j, const struct cpu_la *la)
{
	json_uint(j, "index", la->index);
	json_str(j, "name", la->name);
	if (la->src != NULL)
		json_double(j, "load", (double)la->h / 100, 2);
	else
		json_null(j, "load");
}

void
jsonrow_processor(struct json *j, const struct cpu_proc *pr)
{
	json_uint(j, "index", pr->index);
	if (pr->load.type == VAL_INTEGER)
		json_int(j, "load", pr->load.i);
	else
		json_null(j, "load");
}

void
jsonrow_ucd_memory(struct json *j, const char *key, const struct ucd_mem *m)
{
	size_t k;

	json_object(j, key);
	for (k = 0; k < UCD_NMEM; k++) {
		if (m->have[k])
			json_uint(j, ucd_mem_name((int)k), m->kb[k]);
	}
	json_close(j);
}

/* A C string of device text, or null when the cell was missing. */
static void
text_or_null(struct json *j, const char *key, const char *s)
{
	if (s != NULL)
		json_text(j, key, s, strlen(s));
	else
		json_null(j, key);
}

void
jsonrow_process(struct json *j, const struct hrswrun_row *p)
{
	char buf[32];

	json_uint(j, "pid", p->pid);
	text_or_null(j, "name", p->name);
	text_or_null(j, "path", p->path);
	text_or_null(j, "params", p->params);
	if (p->status != 0)
		json_str(j, "status", hrswrun_status_text(p->status, buf,
		    sizeof(buf)));
	else
		json_null(j, "status");
	if (p->type != 0)
		json_str(j, "type", hrswrun_type_text(p->type));
	else
		json_null(j, "type");
	if (p->has_mem)
		json_uint(j, "mem", p->mem);
	else
		json_null(j, "mem");
	if (p->has_cpu)
		json_uint(j, "cpu", p->cpu);
	else
		json_null(j, "cpu");
	json_bool(j, "complete", p->complete);
}

void
jsonrow_mempool(struct json *j, const struct mempool *m)
{
	json_str(j, "name", m->name);
	if (m->pct_only) {
		if (m->total_mb > 0)
			json_uint(j, "size", m->total_mb << 20);
		else
			json_null(j, "size");
		json_null(j, "used");
		json_null(j, "free");
		json_int(j, "used_pct", m->pct);
	} else {
		json_uint(j, "size", m->size);
		json_uint(j, "used", m->used);
		json_uint(j, "free", m->free);
		if (m->size > 0)
			json_double(j, "used_pct", (double)m->used * 100 /
			    (double)m->size, 2);
		else
			json_null(j, "used_pct");
	}
	if (m->why[0] != '\0')
		json_str(j, "why", m->why);
	else
		json_null(j, "why");
	json_bool(j, "hidden", m->hidden);
}

/* A string member that is null when s is NULL or empty. */
static void
str_or_null(struct json *j, const char *key, const char *s)
{
	if (s != NULL && s[0] != '\0')
		json_str(j, key, s);
	else
		json_null(j, key);
}

/* The device's thresholds of a sensor: as ranges, and row by row. */
static void
sensor_limits(struct json *j, const struct sensor_set *set,
    const struct sensor *x)
{
	const struct devlimit *l = set->thr + x->thr0;
	struct devlimit_ranges r;
	size_t i;

	memset(&r, 0, sizeof(r));
	if (x->nthr > 0)
		devlimit_ranges(l, x->nthr, x->exp, sensor_unit_text(x->unit),
		    &r);
	str_or_null(j, "device_warning", r.has_warn ? r.warn : NULL);
	str_or_null(j, "device_critical", r.has_crit ? r.crit : NULL);
	json_array(j, "thresholds");
	for (i = 0; i < x->nthr; i++) {
		json_object(j, NULL);
		json_uint(j, "index", l[i].index);
		if (l[i].severity >= 0)
			json_int(j, "severity", l[i].severity);
		else
			json_null(j, "severity");
		if (l[i].relation >= 0)
			json_int(j, "relation", l[i].relation);
		else
			json_null(j, "relation");
		if (l[i].has_value)
			json_decimal(j, "value", l[i].value, x->exp);
		else
			json_null(j, "value");
		str_or_null(j, "state", l[i].state < 0 ? NULL :
		    state_name(l[i].state));
		str_or_null(j, "why", l[i].state < 0 ? l[i].why : NULL);
		json_close(j);
	}
	json_close(j);
}

void
jsonrow_sensor(struct json *j, const struct sensor_set *set,
    const struct sensor *x)
{
	static const char *const conds[] = { "ok", "warning", "critical",
	    "failed", "absent", "unavailable", "invalid" };
	char idx[SENSOR_INDEX_TEXT_MAX];

	json_str(j, "mib", sensor_source_name(x->source));
	str_or_null(j, "table", sensormib_table(x->table));
	sensor_index_text(x, idx, sizeof(idx));
	json_str(j, "index", idx);
	json_str(j, "type", sensor_type_name(x->type));
	json_str(j, "name", x->name);
	str_or_null(j, "descr", x->descr);
	str_or_null(j, "unit", sensor_unit_text(x->unit));
	if (!x->has_value)
		json_null(j, "value");
	else if (x->unit == UNIT_TRUTH)
		json_bool(j, "value", x->raw == 1);
	else
		json_decimal(j, "value", x->raw, x->exp);
	json_str(j, "status", conds[x->cond]);
	str_or_null(j, "device_state", x->devstate);
	str_or_null(j, "why", x->cond == COND_INVALID ||
	    x->cond == COND_UNAVAILABLE ? x->why : NULL);
	sensor_limits(j, set, x);
	json_bool(j, "transceiver", x->transceiver);
	str_or_null(j, "dropped", x->dropped);
}

/* A varbind's value as a typed JSON value; text is cell_show()'s. */
static void
typed_value(struct json *j, const struct snmp_value *v, const char *text)
{
	switch (v->type) {
	case VAL_INTEGER:
		json_int(j, "value", v->i);
		break;
	case VAL_COUNTER32:
	case VAL_GAUGE32:
	case VAL_TIMETICKS:
	case VAL_COUNTER64:
		json_uint(j, "value", v->u);
		break;
	case VAL_FLOAT:
	case VAL_DOUBLE:
		json_double(j, "value", v->d, 6);
		break;
	case VAL_OCTET_STRING:
	case VAL_OPAQUE:
		json_text(j, "value", v->bytes, v->len);
		break;
	case VAL_OID:
	case VAL_IPADDRESS:
		json_str(j, "value", text);
		break;
	default:
		json_null(j, "value");
	}
}

void
jsonrow_varbind(struct json *j, const struct varbind *vb, int mib)
{
	char name[OID_TEXT_MAX], text[4096];
	struct strbuf sb;

	oid_format(&vb->oid, name, sizeof(name));
	json_str(j, "oid", name);
	json_str(j, "type", value_type_name(vb->val.type));
	sb_init(&sb, text, sizeof(text));
	cell_show(&vb->oid, &vb->val, mib, &sb);
	typed_value(j, &vb->val, text);
	if (value_is_exception(&vb->val))
		json_null(j, "text");
	else
		json_str(j, "text", text);
}
