/* SPDX-License-Identifier: ISC */
/* A host's RAM and swap from UCD memory or hrStorage rows (hostmem.h). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "hostmem.h"
#include "json.h"
#include "jsonrow.h"
#include "limit.h"
#include "output.h"

void
hostmem_init(struct hostmem *hm)
{
	memset(hm, 0, sizeof(*hm));
	hm->ram.label = "ram";
	hm->ram.title = "RAM";
	hm->ram.availword = "available";
	hm->swap.label = "swap";
	hm->swap.title = "swap";
	hm->swap.availword = "free";
}

/* Objects a and b are there and usable: 0; else -1 with why said. */
static int
incomplete(struct hostmem *hm, const int *have, int a, int b)
{
	if (have[a] && have[b])
		return 0;
	snprintf(hm->why, sizeof(hm->why), "UCD-SNMP-MIB memory is "
	    "incomplete: %s missing or unusable", ucd_mem_name(!have[a] ? a :
	    b));
	return -1;
}

int
hostmem_from_ucd(struct hostmem *hm, const struct ucd_mem *m, int flags)
{
	const uint64_t *kb = m->kb;
	const int *have = m->have;
	uint64_t avail;

	hm->flags = flags;
	if (incomplete(hm, have, UCD_TOTALREAL, UCD_AVAILREAL) < 0)
		return -1;
	if ((flags & HOSTMEM_SYSAVAIL) && !have[UCD_SYSAVAIL]) {
		snprintf(hm->why, sizeof(hm->why), "--sysavail: the agent has "
		    "no memSysAvail (net-snmp 5.9.1 or later on Linux 3.14 or "
		    "later; SNMPv1 cannot carry its Counter64)");
		return -1;
	}
	hm->ram.size = kb[UCD_TOTALREAL] * 1024;
	if ((hm->have_buffers = have[UCD_BUFFER]))
		hm->buffers = kb[UCD_BUFFER] * 1024;
	if ((hm->have_cached = have[UCD_CACHED]))
		hm->cached = kb[UCD_CACHED] * 1024;
	if (flags & HOSTMEM_SYSAVAIL)
		avail = kb[UCD_SYSAVAIL] * 1024;
	else {
		avail = kb[UCD_AVAILREAL] * 1024;
		if (!(flags & HOSTMEM_CACHE_USED))
			avail += hm->buffers + hm->cached;
	}
	hm->ram.avail = avail > hm->ram.size ? hm->ram.size : avail;
	hm->ram.used = hm->ram.size - hm->ram.avail;
	hm->from = "UCD-SNMP-MIB memory";
	if (incomplete(hm, have, UCD_TOTALSWAP, UCD_AVAILSWAP) < 0)
		return -1;
	hm->swap.size = kb[UCD_TOTALSWAP] * 1024;
	hm->swap.avail = kb[UCD_AVAILSWAP] * 1024;
	if (hm->swap.avail > hm->swap.size)
		hm->swap.avail = hm->swap.size;
	hm->swap.used = hm->swap.size - hm->swap.avail;
	return 0;
}

/* Whether s holds w, whatever the case. */
static int
has_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s != '\0'; s++) {
		if (strncasecmp(s, w, n) == 0)
			return 1;
	}
	return 0;
}

/* The figures of a swap row; a host without swap has none (size 0). */
static int
hr_swap(struct hostmem *hm, const struct hrstorage_row *swap,
    const struct hrstorage_row *virt)
{
	if (swap == NULL && virt != NULL) {
		swap = virt;
		hm->swap.label = "virtual";
		hm->swap.title = "virtual memory";
	}
	if (swap == NULL)
		return 0;
	if (!swap->valid) {
		snprintf(hm->why, sizeof(hm->why), "hrStorage '%s' (index %u): "
		    "%s", swap->descr, (unsigned)swap->index, swap->why);
		return HOSTMEM_UNUSABLE;
	}
	hm->swap.size = swap->size;
	hm->swap.used = swap->used;
	hm->swap.avail = swap->size - swap->used;
	return 0;
}

int
hostmem_from_hr(struct hostmem *hm, const struct hrstorage_row *rows,
    size_t n, const struct hrstorage_host *host, int flags)
{
	const struct hrstorage_row *swap = NULL, *virt = NULL;
	struct hrstorage_ram ram;
	uint64_t cache = 0;
	size_t i;

	hm->flags = flags;
	for (i = 0; i < n; i++) {
		if (rows[i].type == HRS_VIRTUAL &&
		    has_word(rows[i].descr, "swap") && swap == NULL)
			swap = &rows[i];
		else if (rows[i].type == HRS_VIRTUAL && virt == NULL)
			virt = &rows[i];
		else if (rows[i].type == HRS_OTHER && rows[i].valid &&
		    strcmp(rows[i].descr, "Memory buffers") == 0) {
			hm->have_buffers = 1;
			hm->buffers = rows[i].used;
		} else if (rows[i].type == HRS_OTHER && rows[i].valid &&
		    strcmp(rows[i].descr, "Cached memory") == 0) {
			hm->have_cached = 1;
			hm->cached = rows[i].used;
		}
	}
	if (hrstorage_ram(rows, n, host, flags & HOSTMEM_ROWSIZE ?
	    HRS_RAM_ROWSIZE : 0, &ram) < 0) {
		snprintf(hm->why, sizeof(hm->why), "%s", ram.why);
		return ram.row == NULL ? HOSTMEM_NORAM : HOSTMEM_UNUSABLE;
	}
	hm->from = "hrStorageTable";
	snprintf(hm->ramrule, sizeof(hm->ramrule), "%s", ram.why);
	hm->ram.size = ram.size;
	if (!(flags & HOSTMEM_CACHE_USED))
		cache = hm->buffers + hm->cached;
	hm->ram.used = cache > ram.used ? 0 : ram.used - cache;
	hm->ram.avail = hm->ram.size - hm->ram.used;
	if (ram.bsnmpd)
		return HOSTMEM_BSNMPD;
	return hr_swap(hm, swap, virt);
}

int
hostmem_bsnmpd_swap(struct hostmem *hm, const struct hrstorage_row *rows,
    size_t n, const struct ucd_mem *m)
{
	struct hrstorage_swap sw;
	uint64_t ucd[2];
	const uint64_t *u = NULL;

	if (m->have[UCD_TOTALSWAP] && m->have[UCD_AVAILSWAP]) {
		ucd[0] = m->kb[UCD_TOTALSWAP] * 1024;
		ucd[1] = m->kb[UCD_AVAILSWAP] * 1024;
		u = ucd;
	}
	if (hrstorage_bsnmpd_swap(rows, n, u, &sw) < 0) {
		snprintf(hm->why, sizeof(hm->why), "%s", sw.why);
		return -1;
	}
	snprintf(hm->swaprule, sizeof(hm->swaprule), "%s", sw.why);
	hm->swap.size = sw.size;
	hm->swap.used = sw.used;
	hm->swap.avail = sw.size - sw.used;
	return 0;
}

void
hostmem_evaluate(struct hostmem_fig *f, const struct limit *warn,
    const struct limit *crit)
{
	struct num n;

	f->state = STATE_OK;
	if (f->size == 0)
		return;
	f->pct = (double)f->used * 100 / (double)f->size;
	num_from_uint(&n, f->avail);
	f->state = limit_state(warn, crit, f->pct, &n);
}

void
hostmem_text(struct strbuf *sb, const struct hostmem_fig *f)
{
	char a[32], b[32], v[32];

	if (f->size == 0) {
		sb_printf(sb, "no %s", f->title);
		return;
	}
	output_bytes(a, sizeof(a), f->used);
	output_bytes(b, sizeof(b), f->size);
	output_bytes(v, sizeof(v), f->avail);
	sb_printf(sb, "%s %.2f%% used (%s of %s, %s %s)", f->title, f->pct, a,
	    b, v, f->availword);
}

void
hostmem_verbose(struct strbuf *sb, const struct hostmem *hm)
{
	char h[32];

	sb_printf(sb, "source: %s; %s\n", hm->from,
	    hm->flags & HOSTMEM_SYSAVAIL ? "available RAM is memSysAvail" :
	    hm->flags & HOSTMEM_CACHE_USED ? "buffers and cache count as "
	    "used" : hm->have_buffers || hm->have_cached ? "buffers and cache "
	    "count as available" : "the agent reports no buffers or cache");
	if (hm->ramrule[0] != '\0')
		sb_printf(sb, "RAM total: %s\n", hm->ramrule);
	if (hm->swaprule[0] != '\0')
		sb_printf(sb, "swap: %s\n", hm->swaprule);
	if (hm->have_buffers) {
		output_bytes(h, sizeof(h), hm->buffers);
		sb_printf(sb, "buffers: %s\n", h);
	}
	if (hm->have_cached) {
		output_bytes(h, sizeof(h), hm->cached);
		sb_printf(sb, "cached: %s\n", h);
	}
}

void
hostmem_list(struct strbuf *sb, const struct ucd_mem *m,
    const struct hrstorage_row *rows, size_t n,
    const struct hrstorage_host *host)
{
	static const char *const tn[] = { "?", "other", "ram",
	    "virtualMemory" };
	char a[32], b[32];
	size_t i;

	if (m->any)
		ucd_mem_list(sb, m);
	for (i = 0; i < n; i++) {
		if (rows[i].type < HRS_OTHER || rows[i].type > HRS_VIRTUAL)
			continue;
		sb_printf(sb, "hrStorage %u %s '%s'", (unsigned)rows[i].index,
		    tn[rows[i].type], rows[i].descr);
		if (!rows[i].valid) {
			sb_printf(sb, " %s\n", rows[i].why);
			continue;
		}
		output_bytes(a, sizeof(a), rows[i].size);
		output_bytes(b, sizeof(b), rows[i].used);
		sb_printf(sb, " size %llu B (%s) used %llu B (%s)\n",
		    (unsigned long long)rows[i].size, a,
		    (unsigned long long)rows[i].used, b);
	}
	if (host->bsnmpd)
		sb_add(sb, "sysObjectID: bsnmpd (1.3.6.1.4.1.12325)\n");
	if (!host->have_memsize)
		return;
	output_bytes(a, sizeof(a), host->memsize);
	sb_printf(sb, "hrMemorySize: %llu KiB (%s)\n",
	    (unsigned long long)(host->memsize / 1024), a);
}

void
hostmem_json(struct json *j, const struct ucd_mem *m,
    const struct hrstorage_row *rows, size_t n,
    const struct hrstorage_host *host)
{
	size_t i;

	jsonrow_ucd_memory(j, "ucd_memory_kb", m);
	json_array(j, "hrstorage");
	for (i = 0; i < n; i++) {
		if (rows[i].type < HRS_OTHER || rows[i].type > HRS_VIRTUAL)
			continue;
		json_object(j, NULL);
		jsonrow_storage(j, &rows[i]);
		json_close(j);
	}
	json_close(j);
	if (host->have_memsize)
		json_uint(j, "hr_memory_size", host->memsize);
	else
		json_null(j, "hr_memory_size");
	json_bool(j, "bsnmpd", host->bsnmpd);
}
