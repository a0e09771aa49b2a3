/* SPDX-License-Identifier: ISC */
/* Rates of any objects read by GET (objrate.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "num.h"
#include "objrate.h"
#include "snmp.h"
#include "strbuf.h"

int
objrate_what(char *what, size_t cap, const struct oid *oids, size_t n)
{
	char o[OID_TEXT_MAX];
	struct strbuf sb;
	size_t i;

	sb_init(&sb, what, cap);
	for (i = 0; i < n; i++) {
		oid_format(&oids[i], o, sizeof(o));
		sb_printf(&sb, "%s,", o);
	}
	return sb.truncated ? SNMP_E_NOSPACE : 0;
}

/* The values of this run as the section "values": 0, or -1 at r->bad. */
static int
format_values(struct objrate *r, const struct rate_clock *now,
    const struct varbind *vb, size_t n, struct strbuf *sb)
{
	char pv[NUM_TEXT_MAX];
	struct num num;
	size_t i;

	rate_clock_format(sb, now);
	for (i = 0; i < n; i++) {
		if (value_to_num(&vb[i].val, &num) != SNMP_OK &&
		    cell_string_num(&vb[i].val, &num) != 0) {
			r->bad = i;
			return -1;
		}
		num_format(&num, pv, sizeof(pv));
		sb_printf(sb, "v%zu %d %s\n", i, vb[i].val.type, pv);
	}
	return 0;
}

int
objrate_sample(struct objrate *r, struct rate_store *rs,
    const struct varbind *vb, size_t n, const struct varbind *up,
    const struct session *s)
{
	struct rate_clock was, now;
	struct strbuf sb;
	const char *text;
	size_t len;
	int have, rc, err;

	have = rate_find(rs, "values", &text, &len) == 0 &&
	    len < sizeof(r->prev);
	if (have) {
		memcpy(r->prev, text, len);
		r->prev[len] = '\0';
		have = rate_clock_parse(r->prev, &was) == SNMP_OK;
	}
	snprintf(r->why, sizeof(r->why), "%s", have ? "" :
	    *rate_none(rs) != '\0' ? rate_none(rs) : "no previous sample");
	rate_clock_now(&now, &up->val, s);
	sb_init(&sb, r->data, sizeof(r->data));
	if (format_values(r, &now, vb, n, &sb) < 0)
		return OBJRATE_NAN;
	r->secs = 0;
	rc = have ? rate_interval(&was, &now, &r->secs, r->why,
	    sizeof(r->why)) : RATE_FIRST;
	if (rc == RATE_TOO_SOON) {
		/* keep the older sample: the next run gets a real interval */
		rate_close(rs);
		return rc;
	}
	rate_add(rs, "values", r->data, sb.len);
	if ((err = rate_commit(rs)) != SNMP_OK)
		return err;
	return rc;
}

/* Counter width: 32, 64, or 0 for values that are not counters. */
static int
counter_bits(int type)
{
	return type == VAL_COUNTER32 || type == VAL_TIMETICKS ? 32 :
	    type == VAL_COUNTER64 ? 64 : 0;
}

/* The stored value of object i: 0 and *p, -1 when none of this type. */
static int
prev_value(const char *prev, size_t i, int type, struct num *p)
{
	char name[32], pv[NUM_TEXT_MAX + 16];

	snprintf(name, sizeof(name), "v%zu", i);
	if (rate_kv_get(prev, name, pv, sizeof(pv)) != SNMP_OK ||
	    strtol(pv, NULL, 10) != type || strchr(pv, ' ') == NULL ||
	    num_parse(p, strchr(pv, ' ') + 1) != SNMP_OK)
		return -1;
	return 0;
}

int
objrate_values(struct objrate *r, struct varbind *vb, size_t n,
    double mult)
{
	struct num cur, p;
	uint64_t delta;
	size_t i;
	double d;
	int wrapped, bits;

	for (i = 0; i < n; i++) {
		r->bad = i;
		if (prev_value(r->prev, i, vb[i].val.type, &p) < 0)
			return RATE_FIRST;
		if (value_to_num(&vb[i].val, &cur) != SNMP_OK)
			cell_string_num(&vb[i].val, &cur);
		bits = counter_bits(vb[i].val.type);
		if (bits != 0 && p.kind != NUM_DOUBLE && (p.kind == NUM_UINT ||
		    p.i >= 0)) {
			if (rate_delta(p.kind == NUM_UINT ? p.u : (uint64_t)p.i,
			    vb[i].val.u, bits, r->secs, 0, &delta, &wrapped,
			    r->why, sizeof(r->why)) != RATE_OK)
				return RATE_RESET;
			d = rate_per_sec((double)delta, r->secs);
		} else
			d = rate_per_sec(num_to_double(&cur) -
			    num_to_double(&p), r->secs);
		vb[i].val.type = VAL_DOUBLE;
		vb[i].val.d = d * mult;
		vb[i].val.bytes = NULL;
		vb[i].val.len = 0;
	}
	return RATE_OK;
}
