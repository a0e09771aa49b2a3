/* SPDX-License-Identifier: ISC */
/* UCD-SNMP-MIB dskTable rows and memory objects (ucd.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "oid.h"
#include "output.h"
#include "snmp.h"
#include "table.h"
#include "ucd.h"

#define TWO32		4294967296LL
#define INT32_CLAMP	2147483647LL

static const uint32_t dsk_entry[] = { 1, 3, 6, 1, 4, 1, 2021, 9, 1 };

/*
 * The figures of a row from dskTotalLow/High, dskAvailLow/High,
 * dskUsedLow/High (x[], 0 when k == 6), else from the 32-bit dskTotal,
 * dskAvail, dskUsed of the row old (NULL: none).
 */
static void
disk_figures(struct ucd_disk *v, const struct snmp_value *x64,
    const struct table_row *old)
{
	static const char *const u32[] = { "dskTotal", "dskAvail", "dskUsed" };
	int64_t x[6];
	uint64_t kb[3];
	size_t k;

	memset(x, 0, sizeof(x));
	for (k = 0; k < 6; k++) {
		if (cell_int(&x64[k], &x[k]) < 0 || x[k] > 0xffffffffLL)
			break;
	}
	if (k == 6) {
		kb[0] = (uint64_t)x[1] << 32 | (uint64_t)x[0];
		kb[1] = (uint64_t)x[3] << 32 | (uint64_t)x[2];
		kb[2] = (uint64_t)x[5] << 32 | (uint64_t)x[4];
	} else {
		for (k = 0; old != NULL && k < 3; k++) {
			if (cell_int(&old->val[k], &x[k]) < 0 ||
			    x[k] == INT32_CLAMP ||
			    cell_unwrap32(x[k], &kb[k], &v->wrapped) < 0)
				break;
		}
		if (old == NULL || k < 3) {
			k = old == NULL ? 0 : k;
			snprintf(v->why, sizeof(v->why), "%s %s", u32[k],
			    old != NULL && x[k] == INT32_CLAMP ? "is "
			    "2147483647: the agent clamped a larger value and "
			    "has no 64-bit columns" :
			    "missing or out of range");
			return;
		}
	}
	if (kb[0] > UINT64_MAX / 1024 / 2 || kb[1] > kb[0] || kb[2] > kb[0]) {
		snprintf(v->why, sizeof(v->why), "inconsistent figures: total "
		    "%llu KB, avail %llu KB, used %llu KB",
		    (unsigned long long)kb[0], (unsigned long long)kb[1],
		    (unsigned long long)kb[2]);
		return;
	}
	v->size = kb[0] * 1024;
	v->avail = kb[1] * 1024;
	v->used = kb[2] * 1024;
	v->valid = 1;
}

int
ucd_disk_walk(struct session *s, struct ucd_disk **out, size_t *n)
{
	/* dskPath, dskDevice, dskPercentNode, the 64-bit halves; 32-bit */
	static const uint32_t c64[] = { 2, 3, 10, 11, 12, 13, 14, 15, 16 };
	static const uint32_t c32[] = { 6, 7, 8 };
	struct table t, old;
	const struct table_row *r;
	struct oid cols[9];
	struct ucd_disk *rows = NULL, *v;
	int64_t pn;
	size_t i;
	int rc;

	for (i = 0; i < 9; i++)
		table_column(&cols[i], dsk_entry, 9, c64[i]);
	if ((rc = table_walk(s, cols, 9, &t)) != SNMP_OK)
		return rc;
	for (i = 0; i < t.nrows && !value_is_exception(&t.rows[i].val[3]); i++)
		;
	memset(&old, 0, sizeof(old));
	if (i < t.nrows) {
		for (i = 0; i < 3; i++)
			table_column(&cols[i], dsk_entry, 9, c32[i]);
		rc = table_walk(s, cols, 3, &old);
	}
	if (rc == SNMP_OK && (rows = calloc(t.nrows + 1, sizeof(*rows))) ==
	    NULL)
		rc = SNMP_E_NOMEM;
	for (i = 0; rc == SNMP_OK && i < t.nrows; i++) {
		r = &t.rows[i];
		v = &rows[i];
		v->index = r->index_len > 0 ? r->index[0] : 0;
		cell_text(&r->val[0], v->path, sizeof(v->path));
		cell_text(&r->val[1], v->device, sizeof(v->device));
		v->inode = cell_int(&r->val[2], &pn) == 0 && pn >= 0 &&
		    pn <= 100 ? (int)pn : -1;
		disk_figures(v, &r->val[3], table_find(&old, r->index,
		    r->index_len));
	}
	if (rc == SNMP_OK) {
		*out = rows;
		*n = t.nrows;
	}
	table_free(&t);
	table_free(&old);
	return rc;
}

/* UCD memory objects, 32-bit KB and their 64-bit X twins (net-snmp 5.8+). */
static const struct {
	const char	*name;
	uint32_t	 arc;		/* 32-bit object */
	uint32_t	 xarc;		/* 64-bit twin, 0: none */
} mem_objs[UCD_NMEM] = {
	{ "memTotalSwap", 3, 18 },
	{ "memAvailSwap", 4, 19 },
	{ "memTotalReal", 5, 20 },
	{ "memAvailReal", 6, 21 },
	{ "memBuffer", 14, 25 },
	{ "memCached", 15, 26 },
	{ "memSysAvail", 0, 27 }
};

const char *
ucd_mem_name(int k)
{
	return mem_objs[k].name;
}

/*
 * An Integer32 count that may have overflowed: agents put the low 32 bits
 * of the real (unsigned) count in the INTEGER.  -1 when the value is
 * missing, not a number, or clamped at the Integer32 maximum (the real
 * figure is lost).
 */
static int
value_u64(const struct snmp_value *v, uint64_t *out)
{
	switch (v->type) {
	case VAL_INTEGER:
		if (v->i < -TWO32 / 2 || v->i >= TWO32 || v->i == INT32_CLAMP)
			return -1;
		*out = (uint64_t)(v->i < 0 ? v->i + TWO32 : v->i);
		return 0;
	case VAL_GAUGE32:
	case VAL_COUNTER32:
	case VAL_COUNTER64:
		*out = v->u;
		return 0;
	}
	return -1;
}

int
ucd_mem_get(struct session *s, struct ucd_mem *m)
{
	static const uint32_t base[] = { 1, 3, 6, 1, 4, 1, 2021, 4 };
	struct oid oids[2 * UCD_NMEM];
	struct varbind vb[2 * UCD_NMEM];
	size_t i, n = 0, k;
	uint32_t arc;
	int rc;

	memset(m, 0, sizeof(*m));
	/* the 64-bit twin first: it cannot be clamped */
	for (i = 0; i < 2 * UCD_NMEM; i++) {
		if ((arc = i % 2 ? mem_objs[i / 2].arc : mem_objs[i / 2].xarc)
		    == 0)
			continue;
		table_column(&oids[n], base, 8, arc);
		oids[n].arcs[9] = 0;
		oids[n++].len = 10;
	}
	if ((rc = session_get(s, oids, n, vb)) != SNMP_OK)
		return rc;
	for (i = n = 0; i < UCD_NMEM; i++) {
		m->raw[i].type = VAL_NOSUCHOBJECT;
		for (k = 0; k < 2; k++) {
			if ((k == 0 ? mem_objs[i].xarc : mem_objs[i].arc) == 0)
				continue;
			if (!m->have[i] && !value_is_exception(&vb[n].val)) {
				m->any = 1;
				m->raw[i] = vb[n].val;
				if (value_u64(&vb[n].val, &m->kb[i]) == 0 &&
				    m->kb[i] <= UINT64_MAX / 1024)
					m->have[i] = 1;
			}
			n++;
		}
	}
	return SNMP_OK;
}

void
ucd_mem_list(struct strbuf *sb, const struct ucd_mem *m)
{
	char h[32];
	int i;

	for (i = 0; i < UCD_NMEM; i++) {
		if (value_is_exception(&m->raw[i]))
			continue;
		if (!m->have[i]) {
			sb_printf(sb, "%s: unusable value (%s)\n",
			    ucd_mem_name(i), value_type_name(m->raw[i].type));
			continue;
		}
		output_bytes(h, sizeof(h), m->kb[i] * 1024);
		sb_printf(sb, "%s: %llu KiB (%s)\n", ucd_mem_name(i),
		    (unsigned long long)m->kb[i], h);
	}
}
