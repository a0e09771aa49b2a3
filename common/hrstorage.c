/* SPDX-License-Identifier: ISC */
/* hrStorageTable rows (hrstorage.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "hrstorage.h"
#include "oid.h"
#include "output.h"
#include "snmp.h"
#include "table.h"

#define INT32_CLAMP	2147483647LL

/* FreeBSD bsnmpd's hostres module: vmtotal's pages in use (t_rm, t_arm). */
static const char bsnmpd_ram[] = "Real Memory Metrics";

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

int
hrstorage_types_parse(const char *arg, unsigned *mask, char *err,
    size_t errlen)
{
	char buf[256], *tok, *save;
	int t;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --type: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcasecmp(tok, "all") == 0) {
			*mask |= HRS_TYPES_ALL;
			continue;
		}
		if ((t = hrstorage_type_parse(tok)) < 0) {
			snprintf(err, errlen, "Unknown storage type '%s': "
			    "expected fixed, network, ram, virtual, removable, "
			    "floppy, cdrom, ramdisk, flash, other or all", tok);
			return -1;
		}
		*mask |= 1u << t;
	}
	if (*mask == 0) {
		snprintf(err, errlen, "Invalid --type '%s': no type given",
		    arg);
		return -1;
	}
	return 0;
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

int
hrstorage_host_get(struct session *s, struct hrstorage_host *h)
{
	static const uint32_t sysoid[] = { 1, 3, 6, 1, 2, 1, 1, 2, 0 };
	static const uint32_t memsize[] = { 1, 3, 6, 1, 2, 1, 25, 2, 2, 0 };
	static const uint32_t begemot[] = { 1, 3, 6, 1, 4, 1, 12325 };
	struct oid oids[2], o, b;
	struct varbind vb[2];
	int64_t kb;
	uint64_t ukb;
	int wrapped, rc;

	memset(h, 0, sizeof(*h));
	memcpy(oids[0].arcs, sysoid, sizeof(sysoid));
	oids[0].len = sizeof(sysoid) / sizeof(sysoid[0]);
	memcpy(oids[1].arcs, memsize, sizeof(memsize));
	oids[1].len = sizeof(memsize) / sizeof(memsize[0]);
	if ((rc = session_get(s, oids, 2, vb)) != SNMP_OK)
		return rc;
	memcpy(b.arcs, begemot, sizeof(begemot));
	b.len = sizeof(begemot) / sizeof(begemot[0]);
	if (vb[0].val.type == VAL_OID && oid_from_ber(&o, vb[0].val.bytes,
	    vb[0].val.len) == SNMP_OK)
		h->bsnmpd = oid_is_prefix(&b, &o);
	/* KBytes is Integer32: at 2147483647 the agent clamped (over 2 TiB) */
	if (cell_int(&vb[1].val, &kb) == 0 && kb != INT32_CLAMP &&
	    cell_unwrap32(kb, &ukb, &wrapped) == 0 && ukb > 0) {
		h->have_memsize = 1;
		h->memsize = ukb * 1024;
	}
	return SNMP_OK;
}

int
hrstorage_near(uint64_t a, uint64_t b)
{
	uint64_t d = a > b ? a - b : b - a;

	return d <= UINT64_MAX / 10 && d * 10 <= b;
}

/*
 * bsnmpd's row is vmtotal's t_rm pages with t_arm of them active: its
 * size is the memory in use, not the RAM (a 4 GiB pfSense shows 230 MiB),
 * so the total is hrMemorySize and the used is the row's.
 */
static int
ram_bsnmpd(const struct hrstorage_host *h, int flags, struct hrstorage_ram *r)
{
	char a[32], b[32];

	output_bytes(a, sizeof(a), r->row->size);
	output_bytes(b, sizeof(b), h->memsize);
	if (flags & HRS_RAM_ROWSIZE) {
		r->rule = HRS_RAM_ASKED;
		snprintf(r->why, sizeof(r->why), "the size of bsnmpd's row "
		    "'%s', %s, as asked: it counts the pages in use, not the "
		    "RAM (hrMemorySize %s)", bsnmpd_ram, a,
		    h->have_memsize ? b : "missing");
		return 0;
	}
	if (!h->have_memsize || r->used > h->memsize) {
		snprintf(r->why, sizeof(r->why), "bsnmpd's hrStorage row '%s' "
		    "counts the pages in use, not the RAM, and hrMemorySize.0 "
		    "is %s: no RAM total", bsnmpd_ram, h->have_memsize ?
		    "below its used" : "missing");
		return -1;
	}
	r->rule = HRS_RAM_BSNMPD;
	r->size = h->memsize;
	snprintf(r->why, sizeof(r->why), "hrMemorySize %s (bsnmpd: its row "
	    "'%s', %s, counts the pages in use, not the RAM; used is that "
	    "row's used)", b, bsnmpd_ram, a);
	return 0;
}

int
hrstorage_ram(const struct hrstorage_row *rows, size_t n,
    const struct hrstorage_host *h, int flags, struct hrstorage_ram *r)
{
	const struct hrstorage_row *first = NULL, *bs = NULL, *v;
	char a[32], b[32], d[HRSTORAGE_TEXT_MAX + 100];
	size_t i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < n; i++) {
		if (rows[i].type != HRS_RAM)
			continue;
		if (first == NULL)
			first = &rows[i];
		if (bs == NULL && strcmp(rows[i].descr, bsnmpd_ram) == 0)
			bs = &rows[i];
	}
	r->bsnmpd = h->bsnmpd || bs != NULL;
	if ((v = r->row = r->bsnmpd ? bs : first) == NULL) {
		snprintf(r->why, sizeof(r->why), r->bsnmpd ? "no hrStorage row "
		    "'%s' (bsnmpd)" : "no hrStorage row of type ram",
		    bsnmpd_ram);
		return -1;
	}
	if (!v->valid) {
		snprintf(r->why, sizeof(r->why), "hrStorage '%s' (index %u): "
		    "%s", v->descr, (unsigned)v->index, v->why);
		return -1;
	}
	r->used = v->used;
	r->size = v->size;
	if (r->bsnmpd)
		return ram_bsnmpd(h, flags, r);
	output_bytes(a, sizeof(a), v->size);
	output_bytes(b, sizeof(b), h->memsize);
	snprintf(d, sizeof(d), "the size of hrStorage row '%s' (index %u), %s",
	    v->descr, (unsigned)v->index, a);
	if (!h->have_memsize)
		snprintf(r->why, sizeof(r->why), "%s; no hrMemorySize to "
		    "check it against", d);
	else if (hrstorage_near(v->size, h->memsize))
		snprintf(r->why, sizeof(r->why), "%s, near hrMemorySize %s", d,
		    b);
	else if (flags & HRS_RAM_ROWSIZE) {
		r->rule = HRS_RAM_ASKED;
		snprintf(r->why, sizeof(r->why), "%s, as asked, though "
		    "hrMemorySize says %s", d, b);
	} else if (v->used > h->memsize) {
		r->rule = HRS_RAM_USEDOVER;
		snprintf(r->why, sizeof(r->why), "%s: hrMemorySize %s is below "
		    "the row's used", d, b);
	} else {
		r->rule = HRS_RAM_MEMSIZE;
		r->size = h->memsize;
		snprintf(r->why, sizeof(r->why), "hrMemorySize %s, not %s: "
		    "more than 10 %% off", b, d);
	}
	return 0;
}

/* Which swap figures, said in sw->why. */
static void
swap_check(const uint64_t *ucd, struct hrstorage_swap *sw)
{
	char a[32], b[32], d[80];

	output_bytes(a, sizeof(a), sw->size);
	snprintf(d, sizeof(d), sw->n == 0 ? "no bsnmpd 'Swap:' row" : "the "
	    "sum of %zu bsnmpd 'Swap:' row%s, %s", sw->n, sw->n == 1 ? "" : "s",
	    a);
	if (ucd == NULL) {
		snprintf(sw->why, sizeof(sw->why), "%s; no UCD-SNMP-MIB swap "
		    "to check it against", d);
		return;
	}
	output_bytes(b, sizeof(b), ucd[0]);
	if (hrstorage_near(sw->size, ucd[0])) {
		snprintf(sw->why, sizeof(sw->why), "%s, near UCD memTotalSwap "
		    "%s", d, b);
		return;
	}
	snprintf(sw->why, sizeof(sw->why), "UCD memTotalSwap %s and "
	    "memAvailSwap, not %s: more than 10 %% off", b, d);
	sw->from_ucd = 1;
	sw->size = ucd[0];
	sw->used = ucd[0] - (ucd[1] > ucd[0] ? ucd[0] : ucd[1]);
}

int
hrstorage_bsnmpd_swap(const struct hrstorage_row *rows, size_t n,
    const uint64_t *ucd, struct hrstorage_swap *sw)
{
	size_t i;

	memset(sw, 0, sizeof(*sw));
	for (i = 0; i < n; i++) {
		if (rows[i].type != HRS_VIRTUAL ||
		    strncmp(rows[i].descr, "Swap:", 5) != 0)
			continue;
		if (!rows[i].valid || rows[i].size > UINT64_MAX - sw->size) {
			snprintf(sw->why, sizeof(sw->why), "hrStorage '%s' "
			    "(index %u): %s", rows[i].descr,
			    (unsigned)rows[i].index, rows[i].valid ?
			    "the swap rows' sum is too large" : rows[i].why);
			return -1;
		}
		sw->n++;
		sw->size += rows[i].size;
		sw->used += rows[i].used;
	}
	swap_check(ucd, sw);
	return 0;
}
