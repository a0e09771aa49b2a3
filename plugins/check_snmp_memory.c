/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_memory: RAM and swap usage from the net-snmp UCD-SNMP-MIB
 * memory group (.1.3.6.1.4.1.2021.4), or from HOST-RESOURCES-MIB
 * hrStorageTable (RFC 2790 §4.3) rows of type ram and virtualMemory when
 * the agent has no UCD memory (Windows) or --hrstorage asks for it.
 * Buffers and page cache count as available unless --cache-used.  The
 * RAM total of hrStorage is checked against hrMemorySize (hrstorage_ram()),
 * which FreeBSD's bsnmpd needs; the figures are common/hostmem's.  A
 * network device without UCD memory gives its own pools (common/mempool:
 * Cisco, Juniper, HP), each checked against -w/-c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostmem.h"
#include "hrstorage.h"
#include "jsonrow.h"
#include "limit.h"
#include "mempool.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "session.h"
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
	struct hostmem	 hm;		/* the result */
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

/* The options as hostmem's flags. */
static int
hm_flags(const struct ctx *c)
{
	return (c->cache_used ? HOSTMEM_CACHE_USED : 0) |
	    (c->sysavail ? HOSTMEM_SYSAVAIL : 0) |
	    (c->hr_size ? HOSTMEM_ROWSIZE : 0);
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

/* hrStorage's figures; bsnmpd's swap against UCD (bsnmp-ucd) too. */
static void
from_hr(struct plugin *p, struct ctx *c, const struct hrstorage_row *rows,
    size_t n, struct ucd_mem *m)
{
	int rc;

	rc = hostmem_from_hr(&c->hm, rows, n, &c->host, hm_flags(c));
	if (rc == HOSTMEM_NORAM)
		die(STATE_UNKNOWN, "No memory figures on %s: no UCD-SNMP-MIB "
		    "memory and %s", session_peer(p->s), c->hm.why);
	if (rc < 0)
		die(STATE_UNKNOWN, "%s", c->hm.why);
	if (rc != HOSTMEM_BSNMPD)
		return;
	/* with --hrstorage UCD memory is not read yet (auto found none) */
	if (c->source == SRC_HR && (rc = ucd_mem_get(p->s, m)) != SNMP_OK)
		plugin_fail(p, rc);
	if (hostmem_bsnmpd_swap(&c->hm, rows, n, m) < 0)
		die(STATE_UNKNOWN, "%s", c->hm.why);
}

static void
report(struct output *out, struct ctx *c, int verbose)
{
	struct hostmem *hm = &c->hm;
	struct num v;

	hostmem_evaluate(&hm->ram, &c->warn, &c->crit);
	hostmem_evaluate(&hm->swap, &c->swarn, &c->scrit);
	output_state(out, hm->ram.state);
	output_state(out, hm->swap.state);
	hostmem_text(&out->summary, &hm->ram);
	sb_add(&out->summary, ", ");
	hostmem_text(&out->summary, &hm->swap);
	sb_printf(&out->longout, "[%s] ", state_name(hm->ram.state));
	hostmem_text(&out->longout, &hm->ram);
	sb_printf(&out->longout, "\n[%s] ", state_name(hm->swap.state));
	hostmem_text(&out->longout, &hm->swap);
	sb_add(&out->longout, "\n");
	if (verbose >= 1)
		hostmem_verbose(&out->longout, hm);
	limit_perf(out, hm->ram.label, hm->ram.used, hm->ram.size,
	    hm->ram.size, hm->ram.pct, &c->warn, &c->crit);
	limit_perf(out, hm->swap.label, hm->swap.used, hm->swap.size,
	    hm->swap.size, hm->swap.pct, &c->swarn, &c->scrit);
	if (hm->have_buffers) {
		num_from_uint(&v, hm->buffers);
		output_perf(out, "buffers", &v, "B", NULL, NULL, NULL);
	}
	if (hm->have_cached) {
		num_from_uint(&v, hm->cached);
		output_perf(out, "cached", &v, "B", NULL, NULL, NULL);
	}
}

/*
 * --list --format json: what hostmem_list() shows, or the pools of a
 * network device (mp; rows and m then have none).
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
	hostmem_json(&j, m, rows, n, &c->host);
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

	hostmem_init(&c.hm);
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
		hostmem_list(&p.out->longout, &m, rows, n, &c.host);
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
		if (!m.any) {
			rows = hr_fetch(&p, &c, &n);
			from_hr(&p, &c, rows, n, &m);
		} else if (hostmem_from_ucd(&c.hm, &m, hm_flags(&c)) < 0)
			die(STATE_UNKNOWN, "%s", c.hm.why);
		report(p.out, &c, p.o.verbose);
	}
	free(rows);
	plugin_finish(&p);
}
