/* SPDX-License-Identifier: ISC */
/* Objects read as check_snmp reads them (objitem.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "jsonrow.h"
#include "objitem.h"
#include "options.h"
#include "output.h"
#include "snmp.h"
#include "state.h"

/* One field of a -w or -c list into item it. */
static int
set_range(struct objitem *it, const char *f, int crit, int compat,
    char *err, size_t errlen)
{
	struct range *r = crit ? &it->th.crit : &it->th.warn;

	if ((compat ? range_parse_check_snmp(r, f) : range_parse(r, f)) != 0) {
		snprintf(err, errlen, "Invalid %s range '%s': %sexpected "
		    "[@][START:][END] with decimal numbers, ~ for "
		    "minus infinity", crit ? "critical" : "warning", f,
		    range_why(f, NULL));
		return SNMP_E_SYNTAX;
	}
	if (crit)
		it->th.has_crit = 1;
	else
		it->th.has_warn = 1;
	return 0;
}

int
objitem_ranges(struct objitem *items, size_t nitems, const char *list,
    int crit, int compat, char *err, size_t errlen)
{
	char room[256], *buf, *f[OBJITEM_MAX + 1];
	size_t n, i;
	int rc = 0;

	if (list == NULL)
		return 0;
	/* a copy to split: on the stack when short (no malloc on a GET) */
	n = strlen(list) + 1;
	buf = n <= sizeof(room) ? memcpy(room, list, n) : strdup(list);
	if (buf == NULL) {
		snprintf(err, errlen, "out of memory");
		return SNMP_E_NOMEM;
	}
	n = options_split(buf, f, OBJITEM_MAX + 1, 0);
	if (n > nitems) {
		snprintf(err, errlen, "%s has %zu thresholds for %zu object%s",
		    crit ? "-c" : "-w", n, nitems, nitems == 1 ? "" : "s");
		rc = SNMP_E_SYNTAX;
	}
	for (i = 0; rc == 0 && i < n; i++) {
		if (*f[i] != '\0')
			rc = set_range(&items[i], f[i], crit, compat, err,
			    errlen);
	}
	if (buf != room)
		free(buf);
	return rc;
}

/* -d: what follows the first delimiter in a string ("=": the whole). */
static void
split_value(const char *split, struct snmp_value *v)
{
	size_t k, n;

	if (split == NULL || v->type != VAL_OCTET_STRING ||
	    strcmp(split, "=") == 0 || strcmp(split, " = ") == 0 ||
	    (n = strlen(split)) == 0)
		return;
	for (k = 0; k + n <= v->len; k++) {
		if (memcmp(v->bytes + k, split, n) == 0) {
			v->bytes += k + n;
			v->len -= k + n;
			return;
		}
	}
}

void
objitem_read(const struct objitem_view *w, const struct objitem *it,
    const struct varbind *vb, struct objitem_reading *r)
{
	struct strbuf sb;
	struct num raw;

	r->v = vb->val;
	split_value(w->split, &r->v);
	sb_init(&sb, r->text, sizeof(r->text));
	cell_show(&vb->oid, &r->v, w->mib, &sb);
	r->numeric = value_to_num(&r->v, &r->n) == SNMP_OK ||
	    cell_string_num(&r->v, &r->n) == 0;
	r->state = r->th_state = STATE_OK;
	r->disp[0] = '\0';
	/* a rate for people: a few digits, not six decimals (not for -f) */
	if (r->numeric && w->rate && w->fmt == NULL)
		output_small(r->disp, sizeof(r->disp), num_to_double(&r->n));
	if (r->numeric && w->scaled) {
		raw = r->n;
		num_from_double(&r->n, num_to_double(&raw) * w->mult +
		    w->offset);
		if (w->fmt != NULL)
			snprintf(r->disp, sizeof(r->disp), w->fmt, r->n.d);
		else
			num_format(&r->n, r->disp, sizeof(r->disp));
	}
	if (it->th.has_warn || it->th.has_crit)
		r->state = r->th_state = r->numeric ?
		    threshold_state(&it->th, &r->n) : w->null_state;
	r->m_state = objmatch_state(&it->match, &vb->oid, &r->v, w->mib,
	    r->text, w->invert);
	r->state = state_worst(r->state, r->m_state);
}

/*
 * A rate says "/s" unless -u names its unit or --rate-multiplier changed
 * what it is per (60: per minute).
 */
static int
per_second(const struct objitem_view *w, const struct objitem *it,
    const struct objitem_reading *r)
{
	return w->rate && r->numeric && w->rate_mult == 1 &&
	    (it->unit == NULL || *it->unit == '\0');
}

/* A string shown in quotes: text that is not a number. */
static int
quoted(const struct objitem_reading *r)
{
	return r->v.type == VAL_OCTET_STRING && !r->numeric &&
	    !output_is_binary(r->v.bytes, r->v.len);
}

void
objitem_show(const struct objitem_view *w, const struct objitem *it,
    const struct objitem_reading *r, struct strbuf *sb)
{
	if (it->label != NULL) {
		output_put_str(sb, it->label);
		sb_add(sb, " ");
	}
	if (r->state != STATE_OK)
		sb_add(sb, "*");
	if (!r->numeric && (it->th.has_warn || it->th.has_crit))
		sb_printf(sb, "No valid data returned (%s)", r->text);
	else if (quoted(r))
		sb_printf(sb, "\"%s\"", r->text);
	else
		sb_add(sb, r->disp[0] != '\0' ? r->disp : r->text);
	if (per_second(w, it, r))
		sb_add(sb, "/s");
	if (r->state != STATE_OK)
		sb_add(sb, "*");
	if (it->unit != NULL && *it->unit != '\0') {
		sb_add(sb, " ");
		output_put_str(sb, it->unit);
	}
}

void
objitem_explain(const struct objitem_view *w, const struct objitem *it,
    const struct varbind *vb, const struct objitem_reading *r,
    struct strbuf *sb)
{
	char name[OID_TEXT_MAX];
	const struct range *rg;
	const char *shown = r->disp[0] != '\0' ? r->disp : r->text;
	int quote = quoted(r);

	oid_format_netsnmp(&vb->oid, w->mib, name, sizeof(name));
	sb_printf(sb, "%s = %s", name, quote ? "\"" : "");
	output_put_str(sb, shown);
	sb_add(sb, quote ? "\"" : per_second(w, it, r) ? "/s" : "");
	if (r->th_state != STATE_OK && !r->numeric)
		sb_add(sb, ": not a number, the thresholds cannot apply");
	else if (r->th_state != STATE_OK) {
		rg = r->th_state == STATE_CRITICAL ? &it->th.crit :
		    &it->th.warn;
		sb_printf(sb, ": %s the %s range '%s'", rg->inside ? "inside" :
		    "outside", r->th_state == STATE_CRITICAL ? "critical" :
		    "warning", rg->text);
	}
	if (r->m_state != STATE_OK) {
		sb_add(sb, r->th_state != STATE_OK ? "; " : ": ");
		objmatch_expected(sb, &it->match, w->invert);
	}
	sb_add(sb, "\n");
}

void
objitem_line(struct strbuf *sb, const struct varbind *vb, const char *text)
{
	char name[OID_TEXT_MAX];
	int missing = value_is_exception(&vb->val);

	oid_format(&vb->oid, name, sizeof(name));
	sb_printf(sb, "%s = %s%s%s\n", name, value_type_name(vb->val.type),
	    missing ? "" : ": ", missing ? "" : text);
}

void
objitem_list_line(struct strbuf *sb, const struct objitem *it,
    const struct varbind *vb, int mib)
{
	char text[4096];
	struct strbuf ts;

	if (it->label != NULL) {
		output_put_str(sb, it->label);
		sb_add(sb, " ");
	}
	sb_init(&ts, text, sizeof(text));
	cell_show(&vb->oid, &vb->val, mib, &ts);
	objitem_line(sb, vb, text);
}

void
objitem_json(struct json *j, const struct objitem *it,
    const struct varbind *vb, int mib)
{
	json_str(j, "requested", it->text);
	if (it->label != NULL)
		json_str(j, "label", it->label);
	else
		json_null(j, "label");
	jsonrow_varbind(j, vb, mib);
}

size_t
objitem_missing(struct strbuf *sb, const struct objitem *items,
    const struct varbind *vb, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (!value_is_exception(&vb[i].val))
			continue;
		sb_printf(sb, "%s%s (%s)", k++ ? ", " : "", items[i].text,
		    value_type_name(vb[i].val.type));
	}
	return k;
}
