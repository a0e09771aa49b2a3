/* SPDX-License-Identifier: ISC */
/* Network devices' memory pools (mempool.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "entity.h"
#include "limit.h"
#include "mempool.h"
#include "oid.h"
#include "output.h"
#include "snmp.h"
#include "table.h"

#define NARCS(a)	(sizeof(a) / sizeof((a)[0]))
#define CLAMPED		4294967295ULL	/* a Gauge32 at its ceiling */

/* What a column means, whichever table it is in. */
enum role {
	R_NAME, R_VALID, R_USED, R_FREE, R_UOVF, R_UHC, R_FOVF, R_FHC,
	R_PHYS, R_TOTAL, R_BUF, R_HEAP, R_MEM, R_DRAM, NROLES
};

static const struct source {
	const char	*key;		/* --mib */
	const char	*mib;
	const char	*probe;		/* GETNEXT, answered under entry */
	uint32_t	 entry[20];
	size_t		 nentry;
	uint32_t	 col[NROLES];	/* 0: not in this table */
} sources[] = {
	[MEMPOOL_AUTO] = { "auto", "no vendor MIB", NULL, { 0 }, 0, { 0 } },
	[MEMPOOL_CISCO_ANY] = { "cisco", "a Cisco memory MIB", NULL, { 0 }, 0,
	  { 0 } },
	/* cempMemPoolEntry, index entPhysicalIndex.cempMemPoolIndex */
	[MEMPOOL_CEMP] = { "cisco-enhanced", "CISCO-ENHANCED-MEMPOOL-MIB",
	  "1.3.6.1.4.1.9.9.221.1.1.1.1.3",
	  { 1, 3, 6, 1, 4, 1, 9, 9, 221, 1, 1, 1, 1 }, 13,
	  { [R_NAME] = 3, [R_VALID] = 6, [R_USED] = 7, [R_FREE] = 8,
	    [R_UOVF] = 17, [R_UHC] = 18, [R_FOVF] = 19, [R_FHC] = 20 } },
	/* ciscoMemoryPoolEntry, index ciscoMemoryPoolType */
	[MEMPOOL_CISCO] = { "cisco-mempool", "CISCO-MEMORY-POOL-MIB",
	  "1.3.6.1.4.1.9.9.48.1.1.1.2", { 1, 3, 6, 1, 4, 1, 9, 9, 48, 1, 1, 1 },
	  12, { [R_NAME] = 2, [R_VALID] = 4, [R_USED] = 5, [R_FREE] = 6 } },
	/* cpmCPUTotalEntry: KiB */
	[MEMPOOL_CPM] = { "cisco-cpu", "CISCO-PROCESS-MIB",
	  "1.3.6.1.4.1.9.9.109.1.1.1.1.12",
	  { 1, 3, 6, 1, 4, 1, 9, 9, 109, 1, 1, 1, 1 }, 13,
	  { [R_PHYS] = 2, [R_USED] = 12, [R_FREE] = 13, [R_UOVF] = 16,
	    [R_UHC] = 17, [R_FOVF] = 18, [R_FHC] = 19 } },
	/* jnxOperatingEntry: percentages */
	[MEMPOOL_JUNIPER] = { "juniper", "JUNIPER-MIB",
	  "1.3.6.1.4.1.2636.3.1.13.1.15",
	  { 1, 3, 6, 1, 4, 1, 2636, 3, 1, 13, 1 }, 11,
	  { [R_NAME] = 5, [R_DRAM] = 10, [R_BUF] = 11, [R_HEAP] = 12,
	    [R_MEM] = 15 } },
	/* hpLocalMemEntry, index hpLocalMemSlotIndex */
	[MEMPOOL_HP] = { "hp", "NETSWITCH-MIB",
	  "1.3.6.1.4.1.11.2.14.11.5.1.1.2.1.1.1.5",
	  { 1, 3, 6, 1, 4, 1, 11, 2, 14, 11, 5, 1, 1, 2, 1, 1, 1 }, 17,
	  { [R_TOTAL] = 5, [R_FREE] = 6, [R_USED] = 7 } }
};
#define NSOURCES	NARCS(sources)

int
mempool_mib_parse(const char *s)
{
	size_t i;

	for (i = 0; i < NSOURCES; i++) {
		if (strcmp(s, sources[i].key) == 0)
			return (int)i;
	}
	return -1;
}

const char *
mempool_mib_name(int mib)
{
	return mib >= 0 && (size_t)mib < NSOURCES ? sources[mib].mib : "?";
}

/* The cell of role r in a row read with the columns of src, or NULL. */
static const struct snmp_value *
cell(const struct source *src, const struct snmp_value *val, int r)
{
	size_t k, n = 0;

	if (src->col[r] == 0)
		return NULL;
	for (k = 0; k < (size_t)r; k++)
		n += src->col[k] != 0;
	return value_is_exception(&val[n]) ? NULL : &val[n];
}

/*
 * A byte figure: the Counter64 hc, else ovf * 2^32 + low, else low (3.1).
 * 0, -1 when missing, -2 when a lone 32-bit value sits at its ceiling.
 */
static int
figure(const struct snmp_value *hc, const struct snmp_value *ovf,
    const struct snmp_value *low, uint64_t *out, const char **how)
{
	uint64_t h, l;

	if (hc != NULL && cell_uint(hc, out) == 0) {
		*how = "HC";
		return 0;
	}
	if (low == NULL || cell_uint(low, &l) < 0 || l > CLAMPED)
		return -1;
	if (ovf != NULL && cell_uint(ovf, &h) == 0 && h <= CLAMPED) {
		*out = h << 32 | l;
		*how = "Ovrflw + low word";
		return 0;
	}
	*out = l;
	*how = "32-bit";
	return l == CLAMPED ? -2 : 0;
}

/* A pool with used and free bytes (Cisco, HP). */
static void
byte_pool(struct mempool *m, const struct source *src,
    const struct snmp_value *v, uint64_t unit)
{
	const char *hu = "", *hf = "";
	uint64_t total;
	int ru, rf;

	if (cell(src, v, R_VALID) != NULL && cell_enum(cell(src, v,
	    R_VALID)) == 2) {
		snprintf(m->why, sizeof(m->why), "the agent marks this pool "
		    "as not accurate");
		return;
	}
	ru = figure(cell(src, v, R_UHC), cell(src, v, R_UOVF),
	    cell(src, v, R_USED), &m->used, &hu);
	rf = figure(cell(src, v, R_FHC), cell(src, v, R_FOVF),
	    cell(src, v, R_FREE), &m->free, &hf);
	if (ru == -1 || rf == -1 || ru == -2 || rf == -2) {
		snprintf(m->why, sizeof(m->why), ru == -1 || rf == -1 ?
		    "no %s figure" : "the %s figure is clamped at 4294967295",
		    ru < 0 ? "used" : "free");
		return;
	}
	if (m->used > UINT64_MAX / unit || m->free > UINT64_MAX / unit ||
	    m->used * unit > UINT64_MAX - m->free * unit) {
		snprintf(m->why, sizeof(m->why), "used and free overflow");
		return;
	}
	m->used *= unit;
	m->free *= unit;
	m->size = m->used + m->free;
	if (src->col[R_TOTAL] != 0) {
		if (cell(src, v, R_TOTAL) == NULL || cell_uint(cell(src, v,
		    R_TOTAL), &total) < 0 || total < m->used)
			snprintf(m->why, sizeof(m->why), "no usable total");
		else
			m->size = total;
	}
	snprintf(m->cols, sizeof(m->cols), "used %s, free %s", hu, hf);
}

/* Juniper: a processor row (2.1) gives memory, or heap and buffer (3.1). */
static size_t
juniper_pools(struct mempool *m, const struct source *src,
    const struct snmp_value *v)
{
	char name[256] = "";
	int64_t mem = 0, dram = 0, buf = 0, heap = 0;
	size_t i, n = 0;
	int re;

	cell_name(cell(src, v, R_NAME) != NULL ? cell(src, v, R_NAME) :
	    &v[0], name, sizeof(name));
	if (cell(src, v, R_MEM) != NULL)
		(void)cell_int(cell(src, v, R_MEM), &mem);
	if (cell(src, v, R_DRAM) != NULL)
		(void)cell_int(cell(src, v, R_DRAM), &dram);
	re = strncmp(name, "Routing Engine", 14) == 0;
	if (mem <= 0 && dram <= 0 && !re)
		return 0;
	if (cell(src, v, R_BUF) != NULL)
		(void)cell_int(cell(src, v, R_BUF), &buf);
	if (cell(src, v, R_HEAP) != NULL && !re)
		(void)cell_int(cell(src, v, R_HEAP), &heap);
	if (heap != 0) {
		snprintf(m[n].name, sizeof(m[n].name), "%s heap", name);
		m[n++].pct = heap;
	}
	if (buf != 0 || re) {
		snprintf(m[n].name, sizeof(m[n].name), re ? "%s" :
		    "%s buffer", name);
		m[n++].pct = buf;
	}
	for (i = 0; i < n; i++) {
		m[i].pct_only = 1;
		m[i].total_mb = mem > 0 ? (uint64_t)mem : 0;
		snprintf(m[i].cols, sizeof(m[i].cols), "%s",
		    strstr(m[i].name, " heap") != NULL ? "jnxOperatingHeap" :
		    "jnxOperatingBuffer");
		if (m[i].pct < 0 || m[i].pct > 100)
			snprintf(m[i].why, sizeof(m[i].why), "%lld is not a "
			    "percentage", (long long)m[i].pct);
	}
	return n;
}

/*
 * Entity names: Cisco CPU memory is named like its CPU (entPhysicalName of
 * the CPU's entity, else "cpu N"); enhanced pools on more than one entity
 * carry the entity's name before their own.
 */
static int
entity_names(struct session *s, struct mempools *p, const uint32_t *phys)
{
	struct entity *e;
	char buf[sizeof(p->pool[0].name)];
	size_t i, n = 0, en, pn;
	int rc, several = 0;

	for (i = 1; i < p->n; i++)
		several |= phys[i] != phys[0];
	if (p->mib == MEMPOOL_CEMP && !several)
		return SNMP_OK;
	if ((e = calloc(p->n + 1, sizeof(*e))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < p->n; i++) {
		if (phys[i] != 0)
			e[n++].index = phys[i];
	}
	rc = n > 0 ? entity_fetch(s, e, n) : SNMP_OK;
	for (i = n = 0; i < p->n && rc == SNMP_OK; i++) {
		if (phys[i] == 0)
			continue;
		en = strlen(e[n].name);
		pn = p->mib == MEMPOOL_CEMP ? strlen(p->pool[i].name) + 1 : 0;
		/* a name too long for both keeps the pool's own */
		if (e[n].exists && en > 0 && en + pn < sizeof(buf)) {
			memcpy(buf, e[n].name, en);
			if (pn > 0) {
				buf[en] = ' ';
				memcpy(buf + en + 1, p->pool[i].name, pn);
			} else
				buf[en] = '\0';
			memcpy(p->pool[i].name, buf, sizeof(buf));
		}
		n++;
	}
	free(e);
	return rc;
}

/* A row of the table of p->mib: its pools (Juniper: up to two). */
static size_t
row_pools(struct mempools *p, const struct table_row *r, uint32_t *phys)
{
	const struct source *src = &sources[p->mib];
	struct mempool *m = &p->pool[p->n];
	const struct snmp_value *v = r->val;
	uint32_t last = r->index[r->index_len - 1];
	int64_t pi;

	if (p->mib == MEMPOOL_JUNIPER)
		return r->index_len == 4 ? juniper_pools(m, src, v) : 0;
	byte_pool(m, src, v, p->mib == MEMPOOL_CPM ? 1024 : 1);
	if (cell(src, v, R_NAME) == NULL || !cell_name(cell(src, v, R_NAME),
	    m->name, sizeof(m->name)))
		snprintf(m->name, sizeof(m->name), "%s %u", p->mib ==
		    MEMPOOL_HP ? "slot" : p->mib == MEMPOOL_CPM ? "cpu" :
		    "pool", (unsigned)last);
	*phys = 0;
	if (p->mib == MEMPOOL_CEMP && r->index_len == 2)
		*phys = r->index[0];
	else if (p->mib == MEMPOOL_CPM && cell(src, v, R_PHYS) != NULL &&
	    cell_int(cell(src, v, R_PHYS), &pi) == 0 && pi > 0 &&
	    pi <= 0x7fffffff)
		*phys = (uint32_t)pi;
	/* IOS-XE keeps its punt buffer full by design (spec 3.2) */
	m->hidden = strcmp(m->name, "lsmpi_io") == 0;
	return 1;
}

/* Walk the table of p->mib and make its rows pools. */
static int
pools_walk(struct session *s, struct mempools *p)
{
	const struct source *src = &sources[p->mib];
	struct oid cols[NROLES];
	struct table t;
	uint32_t *phys;
	size_t i, n = 0;
	int r, rc = SNMP_OK;

	for (r = 0; r < NROLES; r++) {
		if (src->col[r] != 0)
			table_column(&cols[n++], src->entry, src->nentry,
			    src->col[r]);
	}
	if ((rc = table_walk(s, cols, n, &t)) != SNMP_OK)
		return rc;
	p->pool = calloc(2 * t.nrows + 1, sizeof(*p->pool));
	phys = calloc(2 * t.nrows + 1, sizeof(*phys));
	if (p->pool == NULL || phys == NULL)
		rc = SNMP_E_NOMEM;
	for (i = 0; i < t.nrows && rc == SNMP_OK; i++) {
		if (t.rows[i].index_len > 0)
			p->n += row_pools(p, &t.rows[i], &phys[p->n]);
	}
	table_free(&t);
	if (rc == SNMP_OK && p->n > 0 && (p->mib == MEMPOOL_CEMP ||
	    p->mib == MEMPOOL_CPM))
		rc = entity_names(s, p, phys);
	free(phys);
	return rc;
}

int
mempools_read(struct session *s, int mib, struct mempools *p)
{
	/* present when the answer lies under the table entry (spec 3.5) */
	static const char *const under[] = {
		"1.3.6.1.4.1.9.9.221.1.1.1.1",
		"1.3.6.1.4.1.9.9.48.1.1.1",
		"1.3.6.1.4.1.9.9.109.1.1.1.1.12",
		"1.3.6.1.4.1.2636.3.1.13.1.15",
		"1.3.6.1.4.1.11.2.14.11.5.1.1.2.1.1.1.5"
	};
	const char *probe[NSOURCES];
	unsigned found;
	int i, n, rc;

	memset(p, 0, sizeof(*p));
	if (mib == MEMPOOL_AUTO || mib == MEMPOOL_CISCO_ANY) {
		n = mib == MEMPOOL_CISCO_ANY ? 3 : (int)NSOURCES - MEMPOOL_CEMP;
		for (i = 0; i < n; i++)
			probe[i] = sources[MEMPOOL_CEMP + i].probe;
		if ((rc = table_probe(s, probe, under, (size_t)n, &found)) !=
		    SNMP_OK)
			return rc;
		for (i = 0; i < n && !(found >> i & 1); i++)
			;
		if (i == n)
			return SNMP_OK;
		mib = MEMPOOL_CEMP + i;
	}
	p->mib = mib;
	if ((rc = pools_walk(s, p)) != SNMP_OK)
		mempools_free(p);
	return rc;
}

void
mempools_free(struct mempools *p)
{
	free(p->pool);
	p->pool = NULL;
	p->n = 0;
}

/* Juniper: a percentage, checked as one. */
static void
check_pct(struct output *out, const struct mempool *m,
    const struct limit *warn, const struct limit *crit)
{
	struct num n, zero, hundred;
	struct threshold th;
	char a[32];
	int st;

	num_from_int(&n, m->pct);
	st = limit_state(warn, crit, (double)m->pct, &n);
	output_state(out, st);
	sb_printf(&out->summary, "%s %s%lld%%%s", m->name, st ? "*" : "",
	    (long long)m->pct, st ? "*" : "");
	sb_printf(&out->longout, "[%s] %s: %lld%% used", state_name(st),
	    m->name, (long long)m->pct);
	output_bytes(a, sizeof(a), m->total_mb << 20);
	if (m->total_mb > 0)
		sb_printf(&out->longout, " (of %s)", a);
	sb_add(&out->longout, "\n");
	num_from_int(&zero, 0);
	num_from_int(&hundred, 100);
	limit_threshold(warn, crit, LIMIT_PCT, &th);
	output_perf(out, m->name, &n, "%", &th, &zero, &hundred);
}

/* " (USED of SIZE, FREE free)" */
static void
bytes_paren(struct strbuf *sb, const struct mempool *m)
{
	char a[32], b[32], f[32];

	output_bytes(a, sizeof(a), m->used);
	output_bytes(b, sizeof(b), m->size);
	output_bytes(f, sizeof(f), m->free);
	sb_printf(sb, " (%s of %s, %s free)", a, b, f);
}

void
mempool_check(struct output *out, const struct mempool *m, size_t k,
    const struct limit *warn, const struct limit *crit)
{
	struct num n;
	double pct;
	int st;

	sb_add(&out->summary, k > 0 ? ", " : "");
	if (m->why[0] != '\0' || (m->pct_only && ((warn->given &&
	    warn->kind == LIMIT_AMOUNT) || (crit->given &&
	    crit->kind == LIMIT_AMOUNT)))) {
		output_state(out, STATE_UNKNOWN);
		sb_printf(&out->summary, "%s: %s", m->name, m->why[0] != '\0' ?
		    m->why : "JUNIPER-MIB gives percentages only");
		sb_printf(&out->longout, "[UNKNOWN] %s: %s\n", m->name,
		    m->why[0] != '\0' ? m->why : "JUNIPER-MIB gives "
		    "percentages only");
		return;
	}
	if (m->pct_only) {
		check_pct(out, m, warn, crit);
		return;
	}
	if (m->size == 0) {
		sb_printf(&out->summary, "%s: no size", m->name);
		sb_printf(&out->longout, "[OK] %s: no size\n", m->name);
		return;
	}
	pct = (double)m->used * 100 / (double)m->size;
	num_from_uint(&n, m->free);
	st = limit_state(warn, crit, pct, &n);
	output_state(out, st);
	sb_printf(&out->summary, "%s %s%.2f%%%s used", m->name, st ? "*" : "",
	    pct, st ? "*" : "");
	bytes_paren(&out->summary, m);
	sb_printf(&out->longout, "[%s] %s: %.2f%% used", state_name(st),
	    m->name, pct);
	bytes_paren(&out->longout, m);
	sb_add(&out->longout, "\n");
	limit_perf(out, m->name, m->used, m->size, m->used + m->free, pct,
	    warn, crit);
}
