/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_memory: RAM and swap usage from the net-snmp UCD-SNMP-MIB
 * memory group (.1.3.6.1.4.1.2021.4), or from HOST-RESOURCES-MIB
 * hrStorageTable (RFC 2790 §4.3) rows of type ram and virtualMemory when
 * the agent has no UCD memory (Windows) or --hrstorage asks for it.
 * Buffers and page cache count as available unless --cache-used.  The
 * RAM total of hrStorage is checked against hrMemorySize (hrstorage_ram()),
 * which FreeBSD's bsnmpd needs.  A network device without UCD memory
 * gives its own pools (common/mempool: Cisco, Juniper, HP), each checked
 * against -w/-c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hrstorage.h"
#include "jsonrow.h"
#include "limit.h"
#include "mempool.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "session.h"
#include "threshold.h"
#include "ucd.h"

#define SERVICE		"MEMORY"

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_SWARN, O_SCRIT, O_HR, O_UCD, O_MIB
};

enum source {
	SRC_AUTO,
	SRC_UCD,
	SRC_HR,
	SRC_VENDOR	/* --mib cisco, juniper, ...: pools only */
};

/* One figure of the result: RAM, or swap (virtual memory on Windows). */
struct mem {
	const char	*label;		/* perfdata */
	const char	*title;		/* text */
	uint64_t	 size;		/* bytes */
	uint64_t	 used;
	uint64_t	 avail;
	double		 pct;
	int		 state;
};

struct ctx {
	struct limit	 warn;
	struct limit	 crit;
	struct limit	 swarn;
	struct limit	 scrit;
	int		 cache_used;
	int		 sysavail;
	int		 source;	/* enum source */
	int		 pool_mib;	/* enum mempool_mib */
	int		 list;
	const char	*format;	/* --format, with --list */
	int		 json;		/* --format json */
	int		 hr_size;	/* --hrstorage-size */
	struct hrstorage_host host;
	/* results */
	struct mem	 ram;
	struct mem	 swap;
	int		 have_buffers;
	uint64_t	 buffers;	/* bytes */
	int		 have_cached;
	uint64_t	 cached;
	const char	*from;		/* source, for -v */
	char		 ramrule[HRSTORAGE_TEXT_MAX + 256];	/* for -v */
	char		 swaprule[HRSTORAGE_TEXT_MAX + 256];
};

static const struct opt_def memory_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "RAM warning threshold.  Without a unit, or with %, a range on the\n"
	  "used percentage (80 or 80%: above 80 % used).  With a byte unit (B,\n"
	  "KB, MB, GB, TB; powers of 1024) a range on the available bytes; a\n"
	  "single value such as 2GB means 2GB: (below 2 GiB available)",
	  O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "RAM critical threshold, like -w", O_CRIT, OPT_CALL, 0 },
	{ "swap-warning", 0, OPT_ARG, "RANGE",
	  "Swap warning threshold, like -w (on free swap bytes with a unit)",
	  O_SWARN, OPT_CALL, 0 },
	{ "swap-critical", 0, OPT_ARG, "RANGE",
	  "Swap critical threshold, like -w", O_SCRIT, OPT_CALL, 0 },
	{ "cache-used", 0, OPT_NOARG, NULL,
	  "Count buffers and page cache as used (default: as available)",
	  0, OPT_SET, offsetof(struct ctx, cache_used) },
	{ "sysavail", 0, OPT_NOARG, NULL,
	  "Take available RAM from UCD memSysAvail (the kernel's MemAvailable\n"
	  "estimate; net-snmp 5.9.1 or later, Linux 3.14 or later)", 0,
	  OPT_SET, offsetof(struct ctx, sysavail) },
	{ "hrstorage", 0, OPT_NOARG, NULL,
	  "Read hrStorageTable (type ram and virtualMemory) instead of\n"
	  "UCD-SNMP-MIB; the default uses it only when UCD memory is missing",
	  O_HR, OPT_CALL, 0 },
	{ "ucd", 0, OPT_NOARG, NULL,
	  "Read UCD-SNMP-MIB only: UNKNOWN instead of the hrStorage fallback",
	  O_UCD, OPT_CALL, 0 },
	{ "hrstorage-size", 0, OPT_NOARG, NULL,
	  "hrStorage: take the RAM total from the ram row's size even when it\n"
	  "is more than 10 % off hrMemorySize (default: hrMemorySize then),\n"
	  "and on FreeBSD's bsnmpd (whose row counts the pages in use)",
	  0, OPT_SET, offsetof(struct ctx, hr_size) },
	{ "mib", 0, OPT_ARG, "NAME",
	  "Where the figures come from: auto (UCD memory, else a network\n"
	  "device's pools, else hrStorage), ucd, host-resources, cisco,\n"
	  "cisco-enhanced, cisco-mempool, cisco-cpu, juniper, hp",
	  O_MIB, OPT_CALL, 0 },
	{ "list", 0, OPT_NOARG, NULL,
	  "List the memory figures the agent has (UCD memory objects and\n"
	  "hrStorage rows of type ram, virtualMemory and other); exit OK",
	  0, OPT_SET, offsetof(struct ctx, list) },
	PLUGIN_FORMAT_OPT(offsetof(struct ctx, format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"RAM used = total - available.  Available is memAvailReal + memBuffer +\n"
"memCached (UCD), or hrStorage \"Physical memory\" used minus the\n"
"\"Memory buffers\" and \"Cached memory\" rows net-snmp adds; with\n"
"--cache-used just memAvailReal (or hrStorageUsed as it is).  Swap comes\n"
"from memTotalSwap/memAvailSwap, or the hrStorage virtualMemory row named\n"
"like \"swap\".  An agent without one (Windows) has only \"Virtual Memory\",\n"
"the commit charge against RAM plus page files: it is reported as\n"
"'virtual' in place of swap, and the swap thresholds apply to it.  A host\n"
"without swap (total 0) is shown as \"no swap\" and never alerts on it.\n"
"\n"
"hrStorage RAM total: the ram row's size, or hrMemorySize when the two\n"
"are more than 10 % apart (--hrstorage-size keeps the row's).  FreeBSD's\n"
"bsnmpd (pfSense, OPNsense, TrueNAS Core) has a row \"Real Memory\n"
"Metrics\" of the pages in use: RAM used is its used, the total is\n"
"hrMemorySize, swap the sum of its \"Swap:\" rows (checked against UCD\n"
"memTotalSwap with --hrstorage when the agent has UCD).  -v says which.\n"
"\n"
"A network device without UCD memory reports its pools: Cisco\n"
"(cempMemPoolHC*, else ciscoMemoryPoolUsed/Free, else cpmCPUMemory*),\n"
"Juniper (jnxOperatingBuffer/Heap, percentages only), HP (hpLocalMem).\n"
"-w/-c apply to every pool; IOS-XE's lsmpi_io, full by design, is left\n"
"out; the swap thresholds have nothing to apply to.\n"
"\n"
"Examples:\n"
"  check_snmp_memory -H host -w 80 -c 90 --swap-warning 50 "
"--swap-critical 80\n"
"  check_snmp_memory -H host -w 2GB -c 512MB\n"
"  check_snmp_memory -H winhost -w 90% -c 95% --swap-critical 90%\n"
"  check_snmp_memory -H host --hrstorage --cache-used -w 95\n"
"  check_snmp_memory --walk-file host.walk -w 90 -c 95\n";

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	static const char *const what[] = { "warning", "critical",
	    "swap warning", "swap critical" };
	struct ctx *c = arg;
	struct limit *l;

	switch (id) {
	case O_WARN:
	case O_CRIT:
	case O_SWARN:
	case O_SCRIT:
		l = id == O_WARN ? &c->warn : id == O_CRIT ? &c->crit :
		    id == O_SWARN ? &c->swarn : &c->scrit;
		if (limit_parse(l, optarg, units_bytes, LIMIT_BARE_PCT |
		    LIMIT_AT_LEAST) < 0) {
			snprintf(err, errlen, "Invalid %s range '%s': %sexpected "
			    "[@][START:][END] in percent (80, 80%%) or "
			    "available bytes with a unit (2GB, 512MB:)",
			    what[id - O_WARN], optarg,
			    range_why(optarg, units_bytes));
			return -1;
		}
		break;
	case O_MIB:
		if (strcmp(optarg, "ucd") == 0)
			id = O_UCD;
		else if (strcmp(optarg, "host-resources") == 0)
			id = O_HR;
		else if ((c->pool_mib = mempool_mib_parse(optarg)) < 0) {
			snprintf(err, errlen, "Invalid --mib '%s': expected "
			    "auto, ucd, host-resources, cisco, cisco-enhanced, "
			    "cisco-mempool, cisco-cpu, juniper or hp", optarg);
			return -1;
		} else {
			if (c->pool_mib != MEMPOOL_AUTO)
				c->source = SRC_VENDOR;
			break;
		}
		/* FALLTHROUGH */
	case O_HR:
	case O_UCD:
		if (c->source != SRC_AUTO && c->source !=
		    (id == O_HR ? SRC_HR : SRC_UCD)) {
			snprintf(err, errlen, "--hrstorage and --ucd exclude "
			    "each other");
			return -1;
		}
		c->source = id == O_HR ? SRC_HR : SRC_UCD;
		break;
	}
	return 0;
}

static void
from_ucd(struct ctx *c, const struct ucd_mem *m)
{
	const uint64_t *kb = m->kb;
	const int *have = m->have;
	uint64_t avail;

	if (!have[UCD_TOTALREAL] || !have[UCD_AVAILREAL])
		die(STATE_UNKNOWN, "UCD-SNMP-MIB memory is incomplete: %s "
		    "missing or unusable", !have[UCD_TOTALREAL] ?
		    "memTotalReal" : "memAvailReal");
	if (c->sysavail && !have[UCD_SYSAVAIL])
		die(STATE_UNKNOWN, "--sysavail: the agent has no memSysAvail "
		    "(net-snmp 5.9.1 or later on Linux 3.14 or later; SNMPv1 "
		    "cannot carry its Counter64)");
	c->ram.size = kb[UCD_TOTALREAL] * 1024;
	if ((c->have_buffers = have[UCD_BUFFER]))
		c->buffers = kb[UCD_BUFFER] * 1024;
	if ((c->have_cached = have[UCD_CACHED]))
		c->cached = kb[UCD_CACHED] * 1024;
	if (c->sysavail)
		avail = kb[UCD_SYSAVAIL] * 1024;
	else {
		avail = kb[UCD_AVAILREAL] * 1024;
		if (!c->cache_used)
			avail += c->buffers + c->cached;
	}
	c->ram.avail = avail > c->ram.size ? c->ram.size : avail;
	c->ram.used = c->ram.size - c->ram.avail;
	c->from = "UCD-SNMP-MIB memory";
	if (!have[UCD_TOTALSWAP] || !have[UCD_AVAILSWAP])
		die(STATE_UNKNOWN, "UCD-SNMP-MIB memory is incomplete: %s "
		    "missing or unusable", !have[UCD_TOTALSWAP] ?
		    "memTotalSwap" : "memAvailSwap");
	c->swap.size = kb[UCD_TOTALSWAP] * 1024;
	c->swap.avail = kb[UCD_AVAILSWAP] * 1024;
	if (c->swap.avail > c->swap.size)
		c->swap.avail = c->swap.size;
	c->swap.used = c->swap.size - c->swap.avail;
}

static struct hrstorage_row *
hr_fetch(struct plugin *p, struct ctx *c, size_t *n)
{
	struct hrstorage_row *rows;
	int rc;

	if ((rc = hrstorage_walk(p->s, &rows, n)) != SNMP_OK ||
	    (rc = hrstorage_host_get(p->s, &c->host)) != SNMP_OK)
		plugin_fail(p, rc);
	return rows;
}

/* bsnmpd: its "Swap:" rows, against UCD (bsnmp-ucd) with --hrstorage. */
static void
swap_bsnmpd(struct ctx *c, const struct hrstorage_row *rows, size_t n,
    struct plugin *p, struct ucd_mem *m)
{
	struct hrstorage_swap sw;
	uint64_t ucd[2];
	const uint64_t *u = NULL;
	int rc;

	if (!m->any && c->source == SRC_HR && (rc = ucd_mem_get(p->s, m)) !=
	    SNMP_OK)
		plugin_fail(p, rc);
	if (m->have[UCD_TOTALSWAP] && m->have[UCD_AVAILSWAP]) {
		ucd[0] = m->kb[UCD_TOTALSWAP] * 1024;
		ucd[1] = m->kb[UCD_AVAILSWAP] * 1024;
		u = ucd;
	}
	if (hrstorage_bsnmpd_swap(rows, n, u, &sw) < 0)
		die(STATE_UNKNOWN, "%s", sw.why);
	snprintf(c->swaprule, sizeof(c->swaprule), "%s", sw.why);
	c->swap.size = sw.size;
	c->swap.used = sw.used;
	c->swap.avail = sw.size - sw.used;
}

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

static void
from_hr(struct ctx *c, const struct hrstorage_row *rows, size_t n,
    struct plugin *p, struct ucd_mem *m)
{
	const struct hrstorage_row *swap = NULL, *virt = NULL;
	struct hrstorage_ram ram;
	uint64_t cache = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (rows[i].type == 3 && has_word(rows[i].descr, "swap") &&
		    swap == NULL)
			swap = &rows[i];
		else if (rows[i].type == 3 && virt == NULL)
			virt = &rows[i];
		else if (rows[i].type == 1 && rows[i].valid &&
		    strcmp(rows[i].descr, "Memory buffers") == 0) {
			c->have_buffers = 1;
			c->buffers = rows[i].used;
		} else if (rows[i].type == 1 && rows[i].valid &&
		    strcmp(rows[i].descr, "Cached memory") == 0) {
			c->have_cached = 1;
			c->cached = rows[i].used;
		}
	}
	if (hrstorage_ram(rows, n, &c->host, c->hr_size ? HRS_RAM_ROWSIZE : 0,
	    &ram) < 0) {
		if (ram.row == NULL)
			die(STATE_UNKNOWN, "No memory figures on %s: no "
			    "UCD-SNMP-MIB memory and %s", session_peer(p->s),
			    ram.why);
		die(STATE_UNKNOWN, "%s", ram.why);
	}
	c->from = "hrStorageTable";
	snprintf(c->ramrule, sizeof(c->ramrule), "%s", ram.why);
	c->ram.size = ram.size;
	c->ram.used = ram.used;
	if (!c->cache_used)
		cache = c->buffers + c->cached;
	c->ram.used = cache > c->ram.used ? 0 : c->ram.used - cache;
	c->ram.avail = c->ram.size - c->ram.used;
	if (ram.bsnmpd) {
		swap_bsnmpd(c, rows, n, p, m);
		return;
	}
	if (swap == NULL && virt != NULL) {
		swap = virt;
		c->swap.label = "virtual";
		c->swap.title = "virtual memory";
	}
	/* no swap row at all: a host without swap, size 0 */
	if (swap != NULL) {
		if (!swap->valid)
			die(STATE_UNKNOWN, "hrStorage '%s' (index %u): %s",
			    swap->descr, (unsigned)swap->index, swap->why);
		c->swap.size = swap->size;
		c->swap.used = swap->used;
		c->swap.avail = swap->size - swap->used;
	}
}

static void
mem_text(struct strbuf *sb, const struct mem *m, const char *freeword)
{
	char a[32], b[32], f[32];

	if (m->size == 0) {
		sb_printf(sb, "no %s", m->title);
		return;
	}
	output_bytes(a, sizeof(a), m->used);
	output_bytes(b, sizeof(b), m->size);
	output_bytes(f, sizeof(f), m->avail);
	sb_printf(sb, "%s %.2f%% used (%s of %s, %s %s)", m->title, m->pct, a,
	    b, f, freeword);
}

static void
evaluate(struct mem *m, const struct limit *w, const struct limit *c)
{
	struct num n;

	m->state = STATE_OK;
	if (m->size == 0)
		return;
	m->pct = (double)m->used * 100 / (double)m->size;
	num_from_uint(&n, m->avail);
	m->state = limit_state(w, c, m->pct, &n);
}

static void
list_hr(struct output *out, const struct hrstorage_row *rows, size_t n)
{
	static const char *const tn[] = { "?", "other", "ram",
	    "virtualMemory" };
	char a[32], b[32];
	size_t i;

	for (i = 0; i < n; i++) {
		if (rows[i].type < 1 || rows[i].type > 3)
			continue;
		sb_printf(&out->longout, "hrStorage %u %s '%s'",
		    (unsigned)rows[i].index, tn[rows[i].type], rows[i].descr);
		if (!rows[i].valid) {
			sb_printf(&out->longout, " %s\n", rows[i].why);
			continue;
		}
		output_bytes(a, sizeof(a), rows[i].size);
		output_bytes(b, sizeof(b), rows[i].used);
		sb_printf(&out->longout, " size %llu B (%s) used %llu B (%s)\n",
		    (unsigned long long)rows[i].size, a,
		    (unsigned long long)rows[i].used, b);
	}
}

/* hrStorage: which RAM total and which swap, and the agent's own total. */
static void
hr_text(struct output *out, const struct ctx *c, int list)
{
	char h[32];

	if (list) {
		if (c->host.bsnmpd)
			sb_add(&out->longout, "sysObjectID: bsnmpd "
			    "(1.3.6.1.4.1.12325)\n");
		if (!c->host.have_memsize)
			return;
		output_bytes(h, sizeof(h), c->host.memsize);
		sb_printf(&out->longout, "hrMemorySize: %llu KiB (%s)\n",
		    (unsigned long long)(c->host.memsize / 1024), h);
		return;
	}
	if (c->ramrule[0] != '\0')
		sb_printf(&out->longout, "RAM total: %s\n", c->ramrule);
	if (c->swaprule[0] != '\0')
		sb_printf(&out->longout, "swap: %s\n", c->swaprule);
}

static void
report(struct output *out, struct ctx *c, int verbose)
{
	char h[32];
	struct num v;

	evaluate(&c->ram, &c->warn, &c->crit);
	evaluate(&c->swap, &c->swarn, &c->scrit);
	output_state(out, c->ram.state);
	output_state(out, c->swap.state);
	mem_text(&out->summary, &c->ram, "available");
	sb_add(&out->summary, ", ");
	mem_text(&out->summary, &c->swap, "free");
	sb_printf(&out->longout, "[%s] ", state_name(c->ram.state));
	mem_text(&out->longout, &c->ram, "available");
	sb_printf(&out->longout, "\n[%s] ", state_name(c->swap.state));
	mem_text(&out->longout, &c->swap, "free");
	sb_add(&out->longout, "\n");
	if (verbose >= 1) {
		sb_printf(&out->longout, "source: %s; %s\n", c->from,
		    c->sysavail ? "available RAM is memSysAvail" :
		    c->cache_used ? "buffers and cache count as used" :
		    c->have_buffers || c->have_cached ? "buffers and cache "
		    "count as available" : "the agent reports no buffers or "
		    "cache");
		hr_text(out, c, 0);
	}
	limit_perf(out, c->ram.label, c->ram.used, c->ram.size, c->ram.size,
	    c->ram.pct, &c->warn, &c->crit);
	limit_perf(out, c->swap.label, c->swap.used, c->swap.size,
	    c->swap.size, c->swap.pct, &c->swarn, &c->scrit);
	if (c->have_buffers) {
		num_from_uint(&v, c->buffers);
		output_perf(out, "buffers", &v, "B", NULL, NULL, NULL);
		output_bytes(h, sizeof(h), c->buffers);
		if (verbose >= 1)
			sb_printf(&out->longout, "buffers: %s\n", h);
	}
	if (c->have_cached) {
		num_from_uint(&v, c->cached);
		output_perf(out, "cached", &v, "B", NULL, NULL, NULL);
		output_bytes(h, sizeof(h), c->cached);
		if (verbose >= 1)
			sb_printf(&out->longout, "cached: %s\n", h);
	}
}

/*
 * --list --format json: what list_ucd(), list_hr() and hr_text() show,
 * or the pools of a network device (mp; rows and m then have none).
 */
static void
list_json(struct plugin *p, const struct ctx *c, const struct ucd_mem *m,
    const struct hrstorage_row *rows, size_t n, const struct mempools *mp)
{
	struct json j;
	size_t i;

	plugin_json_start(p, &j, "check_snmp_memory");
	if (mp != NULL)
		json_str(&j, "pool_mib", mempool_mib_name(mp->mib));
	else
		json_null(&j, "pool_mib");
	json_array(&j, "pools");
	for (i = 0; mp != NULL && i < mp->n; i++) {
		json_object(&j, NULL);
		jsonrow_mempool(&j, &mp->pool[i]);
		json_close(&j);
	}
	json_close(&j);
	jsonrow_ucd_memory(&j, "ucd_memory_kb", m);
	json_array(&j, "hrstorage");
	for (i = 0; i < n; i++) {
		if (rows[i].type < HRS_OTHER || rows[i].type > HRS_VIRTUAL)
			continue;
		json_object(&j, NULL);
		jsonrow_storage(&j, &rows[i]);
		json_close(&j);
	}
	json_close(&j);
	if (c->host.have_memsize)
		json_uint(&j, "hr_memory_size", c->host.memsize);
	else
		json_null(&j, "hr_memory_size");
	json_bool(&j, "bsnmpd", c->host.bsnmpd);
	json_close(&j);
	plugin_json_finish(p, &j);
}

/* The pools of a network device; 0 when the agent has none. */
static int
pools_check(struct plugin *p, const struct ctx *c)
{
	static const struct ucd_mem empty;
	struct mempools mp;
	size_t i, k = 0;
	int rc;

	if ((rc = mempools_read(p->s, c->pool_mib, &mp)) != SNMP_OK)
		plugin_fail(p, rc);
	if (mp.mib == MEMPOOL_AUTO && c->source != SRC_VENDOR)
		return 0;
	if (mp.mib == MEMPOOL_AUTO || mp.n == 0)
		die(STATE_UNKNOWN, "No memory pools in %s on %s",
		    mempool_mib_name(mp.mib == MEMPOOL_AUTO ? c->pool_mib :
		    mp.mib), session_peer(p->s));
	if (c->json)
		list_json(p, c, &empty, NULL, 0, &mp);
	for (i = 0; i < mp.n; i++) {
		if (mp.pool[i].hidden && !c->list)
			continue;
		mempool_check(p->out, &mp.pool[i], k++, &c->warn, &c->crit);
		if (p->o.verbose >= 1 && mp.pool[i].cols[0] != '\0')
			sb_printf(&p->out->longout, "%s: %s, %s\n",
			    mp.pool[i].name, mempool_mib_name(mp.mib),
			    mp.pool[i].cols);
	}
	if (p->o.verbose >= 1 && (c->cache_used || c->sysavail))
		sb_add(&p->out->longout, "--cache-used and --sysavail "
		    "concern UCD memory only: ignored\n");
	mempools_free(&mp);
	return 1;
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_memory",
		"Check RAM and swap usage from UCD-SNMP-MIB memory or "
		"HOST-RESOURCES-MIB hrStorageTable.",
		"-H HOST [-w RANGE] [-c RANGE] [--swap-warning RANGE] "
		"[--swap-critical RANGE] [--cache-used] [options]",
		memory_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct hrstorage_row *rows = NULL;
	struct ucd_mem m;
	size_t n = 0;
	int rc;

	c.ram.label = "ram";
	c.ram.title = "RAM";
	c.swap.label = "swap";
	c.swap.title = "swap";
	plugin_start(&p, &pi, argc, argv);
	c.json = plugin_list_json(c.format, c.list);
	if (c.sysavail && (c.source == SRC_HR || c.cache_used))
		die(STATE_UNKNOWN, "--sysavail reads UCD-SNMP-MIB memSysAvail: "
		    "it excludes --hrstorage and --cache-used");
	plugin_open(&p);
	memset(&m, 0, sizeof(m));
	if ((c.source == SRC_AUTO || c.source == SRC_UCD) &&
	    (rc = ucd_mem_get(p.s, &m)) != SNMP_OK)
		plugin_fail(&p, rc);
	if ((c.source == SRC_VENDOR || (c.source == SRC_AUTO && !m.any &&
	    !c.sysavail)) && pools_check(&p, &c))
		;
	else if (c.list) {
		rows = hr_fetch(&p, &c, &n);
		if (c.json)
			list_json(&p, &c, &m, rows, n, NULL);
		if (m.any)
			ucd_mem_list(&p.out->longout, &m);
		list_hr(p.out, rows, n);
		hr_text(p.out, &c, 1);
		sb_printf(&p.out->summary, "memory figures of %s: %s",
		    session_peer(p.s), m.any ? "UCD-SNMP-MIB memory and "
		    "hrStorageTable" : "hrStorageTable only");
	} else {
		if (c.source == SRC_UCD && !m.any)
			die(STATE_UNKNOWN, "No UCD-SNMP-MIB memory on %s "
			    "(memTotalReal missing): not a net-snmp agent? "
			    "Leave out --ucd to use hrStorageTable",
			    session_peer(p.s));
		if (c.sysavail && !m.any)
			die(STATE_UNKNOWN, "--sysavail: no UCD-SNMP-MIB memory "
			    "on %s", session_peer(p.s));
		if (m.any)
			from_ucd(&c, &m);
		else {
			rows = hr_fetch(&p, &c, &n);
			from_hr(&c, rows, n, &p, &m);
		}
		report(p.out, &c, p.o.verbose);
	}
	free(rows);
	plugin_finish(&p);
}
