/* SPDX-License-Identifier: ISC */
/* hrStorageTable rows (hrstorage.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "hrstorage.h"
#include "oid.h"
#include "snmp.h"
#include "table.h"

#define INT32_CLAMP	2147483647LL

/* HOST-RESOURCES-TYPES hrStorageTypes arcs (RFC 2790 §5). */
static const struct stype {
	const char	*mib;
	const char	*alias;
} stypes[HRS_MAX + 1] = {
	{ NULL, NULL }, { "other", "other" }, { "ram", "ram" },
	{ "virtualMemory", "virtual" }, { "fixedDisk", "fixed" },
	{ "removableDisk", "removable" }, { "floppyDisk", "floppy" },
	{ "compactDisc", "cdrom" }, { "ramDisk", "ramdisk" },
	{ "flashMemory", "flash" }, { "networkDisk", "network" }
};

int
hrstorage_type_parse(const char *s)
{
	int i;

	for (i = 1; i <= HRS_MAX; i++) {
		if (strcasecmp(s, stypes[i].alias) == 0 ||
		    strcasecmp(s, stypes[i].mib) == 0)
			return i;
	}
	return -1;
}

static void
set_type(struct hrstorage_row *v, const struct snmp_value *t)
{
	static const uint32_t types[] = { 1, 3, 6, 1, 2, 1, 25, 2, 1 };
	struct oid o, base;

	v->type = HRS_UNKNOWN;
	snprintf(v->typetext, sizeof(v->typetext), "%s",
	    value_is_exception(t) ? "missing" : "invalid");
	if (t->type != VAL_OID || oid_from_ber(&o, t->bytes, t->len) != SNMP_OK)
		return;
	memcpy(base.arcs, types, sizeof(types));
	base.len = sizeof(types) / sizeof(types[0]);
	if (o.len == base.len + 1 && oid_is_prefix(&base, &o) &&
	    o.arcs[base.len] >= 1 && o.arcs[base.len] <= HRS_MAX) {
		v->type = (int)o.arcs[base.len];
		snprintf(v->typetext, sizeof(v->typetext), "%s",
		    stypes[v->type].mib);
		return;
	}
	oid_format(&o, v->typetext, sizeof(v->typetext));
}

/* Byte figures from allocation units, size and used. */
static void
figures(struct hrstorage_row *v, const struct snmp_value *val)
{
	int64_t unit, size, used;
	uint64_t usize, uused;

	v->valid = 0;
	if (cell_int(&val[0], &unit) < 0 || cell_int(&val[1], &size) < 0 ||
	    cell_int(&val[2], &used) < 0) {
		snprintf(v->why, sizeof(v->why), "hrStorage%s missing or not "
		    "a number", cell_int(&val[0], &unit) < 0 ?
		    "AllocationUnits" : cell_int(&val[1], &size) < 0 ? "Size" :
		    "Used");
		return;
	}
	if (cell_unwrap32(size, &usize, &v->wrapped) < 0 ||
	    cell_unwrap32(used, &uused, &v->wrapped) < 0) {
		snprintf(v->why, sizeof(v->why), "hrStorageSize %lld or "
		    "hrStorageUsed %lld out of range", (long long)size,
		    (long long)used);
		return;
	}
	if (size == INT32_CLAMP || used == INT32_CLAMP) {
		snprintf(v->why, sizeof(v->why), "hrStorage%s is 2147483647, "
		    "the Integer32 maximum: the agent clamped a larger "
		    "value, the real figure is unknown", size == INT32_CLAMP ?
		    "Size" : "Used");
		return;
	}
	if (usize == 0) {
		v->valid = 1;
		v->size = v->used = 0;
		return;
	}
	if (unit <= 0 || unit > INT32_CLAMP) {
		snprintf(v->why, sizeof(v->why), "hrStorageAllocationUnits "
		    "is %lld", (long long)unit);
		return;
	}
	if (uused > usize) {
		snprintf(v->why, sizeof(v->why), "hrStorageUsed %llu is "
		    "larger than hrStorageSize %llu", (unsigned long long)uused,
		    (unsigned long long)usize);
		return;
	}
	v->size = usize * (uint64_t)unit;
	v->used = uused * (uint64_t)unit;
	v->valid = 1;
}

int
hrstorage_walk(struct session *s, struct hrstorage_row **out, size_t *n)
{
	static const uint32_t entry[] = { 1, 3, 6, 1, 2, 1, 25, 2, 3, 1 };
	struct hrstorage_row *rows, *v;
	struct table t;
	struct oid cols[5];
	size_t i;
	int rc;

	/* hrStorageType, Descr, AllocationUnits, Size, Used */
	for (i = 0; i < 5; i++)
		table_column(&cols[i], entry, 10, (uint32_t)(i + 2));
	if ((rc = table_walk(s, cols, 5, &t)) != SNMP_OK)
		return rc;
	if ((rows = calloc(t.nrows + 1, sizeof(*rows))) == NULL) {
		table_free(&t);
		return SNMP_E_NOMEM;
	}
	for (i = 0; i < t.nrows; i++) {
		v = &rows[i];
		v->index = t.rows[i].index_len > 0 ? t.rows[i].index[0] : 0;
		set_type(v, &t.rows[i].val[0]);
		cell_text(&t.rows[i].val[1], v->descr, sizeof(v->descr));
		figures(v, &t.rows[i].val[2]);
	}
	*out = rows;
	*n = t.nrows;
	table_free(&t);
	return SNMP_OK;
}
