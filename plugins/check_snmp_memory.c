/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_memory: RAM and swap usage from the net-snmp UCD-SNMP-MIB
 * memory group (.1.3.6.1.4.1.2021.4), or from HOST-RESOURCES-MIB
 * hrStorageTable (RFC 2790 §4.3) rows of type ram and virtualMemory when
 * the agent has no UCD memory (Windows) or --hrstorage asks for it.
 * Buffers and page cache count as available unless --cache-used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hrstorage.h"
#include "limit.h"
#include "num.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "session.h"
#include "table.h"
#include "threshold.h"

#define SERVICE		"MEMORY"
#define TWO32		4294967296LL
#define INT32_CLAMP	2147483647LL

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_SWARN, O_SCRIT, O_HR, O_UCD
};

enum source {
	SRC_AUTO,
	SRC_UCD,
	SRC_HR
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
	int		 list;
	/* results */
	struct mem	 ram;
	struct mem	 swap;
	int		 have_buffers;
	uint64_t	 buffers;	/* bytes */
	int		 have_cached;
	uint64_t	 cached;
	const char	*from;		/* source, for -v */
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
	{ "list", 0, OPT_NOARG, NULL,
	  "List the memory figures the agent has (UCD memory objects and\n"
	  "hrStorage rows of type ram, virtualMemory and other); exit OK",
	  0, OPT_SET, offsetof(struct ctx, list) },
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
			snprintf(err, errlen, "Invalid %s range '%s': expected "
			    "[@][START:][END] in percent (80, 80%%) or "
			    "available bytes with a unit (2GB, 512MB:)",
			    what[id - O_WARN], optarg);
			return -1;
		}
		break;
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

/* UCD memory objects, 32-bit KB and their 64-bit X twins (net-snmp 5.8+). */
enum ucd_obj {
	U_TOTALSWAP, U_AVAILSWAP, U_TOTALREAL, U_AVAILREAL, U_BUFFER,
	U_CACHED, U_SYSAVAIL, U_NOBJ
};

static const struct {
	const char	*name;
	uint32_t	 arc;		/* 32-bit object */
	uint32_t	 xarc;		/* 64-bit twin, 0: none */
} ucd_objs[U_NOBJ] = {
	{ "memTotalSwap", 3, 18 },
	{ "memAvailSwap", 4, 19 },
	{ "memTotalReal", 5, 20 },
	{ "memAvailReal", 6, 21 },
	{ "memBuffer", 14, 25 },
	{ "memCached", 15, 26 },
	{ "memSysAvail", 0, 27 }
};

/*
 * One GET for every object and twin.  Returns 0 when the agent has no UCD
 * memory at all, 1 with kb[] filled and have[] set per object.
 */
static int
ucd_get(struct plugin *p, uint64_t *kb, int *have, struct snmp_value *raw)
{
	static const uint32_t base[] = { 1, 3, 6, 1, 4, 1, 2021, 4 };
	struct oid oids[2 * U_NOBJ];
	struct varbind vb[2 * U_NOBJ];
	size_t i, n = 0, k;
	int any = 0;

	for (i = 0; i < U_NOBJ; i++) {
		for (k = 0; k < 2; k++) {
			uint32_t arc = k == 0 ? ucd_objs[i].xarc :
			    ucd_objs[i].arc;

			if (arc == 0)
				continue;
			memcpy(oids[n].arcs, base, sizeof(base));
			oids[n].arcs[8] = arc;
			oids[n].arcs[9] = 0;
			oids[n].len = 10;
			n++;
		}
	}
	plugin_get(p, oids, n, vb);
	for (i = n = 0; i < U_NOBJ; i++) {
		have[i] = 0;
		raw[i].type = VAL_NOSUCHOBJECT;
		/* the 64-bit twin first: it cannot be clamped */
		for (k = 0; k < 2; k++) {
			if ((k == 0 ? ucd_objs[i].xarc : ucd_objs[i].arc) == 0)
				continue;
			if (!have[i] && !value_is_exception(&vb[n].val)) {
				any = 1;
				raw[i] = vb[n].val;
				if (value_u64(&vb[n].val, &kb[i]) == 0 &&
				    kb[i] <= UINT64_MAX / 1024)
					have[i] = 1;
			}
			n++;
		}
	}
	return any;
}

static void
from_ucd(struct ctx *c, const uint64_t *kb, const int *have)
{
	uint64_t avail;

	if (!have[U_TOTALREAL] || !have[U_AVAILREAL])
		die(STATE_UNKNOWN, "UCD-SNMP-MIB memory is incomplete: %s "
		    "missing or unusable", !have[U_TOTALREAL] ?
		    "memTotalReal" : "memAvailReal");
	if (c->sysavail && !have[U_SYSAVAIL])
		die(STATE_UNKNOWN, "--sysavail: the agent has no memSysAvail "
		    "(net-snmp 5.9.1 or later on Linux 3.14 or later; SNMPv1 "
		    "cannot carry its Counter64)");
	c->ram.size = kb[U_TOTALREAL] * 1024;
	if ((c->have_buffers = have[U_BUFFER]))
		c->buffers = kb[U_BUFFER] * 1024;
	if ((c->have_cached = have[U_CACHED]))
		c->cached = kb[U_CACHED] * 1024;
	if (c->sysavail)
		avail = kb[U_SYSAVAIL] * 1024;
	else {
		avail = kb[U_AVAILREAL] * 1024;
		if (!c->cache_used)
			avail += c->buffers + c->cached;
	}
	c->ram.avail = avail > c->ram.size ? c->ram.size : avail;
	c->ram.used = c->ram.size - c->ram.avail;
	c->from = "UCD-SNMP-MIB memory";
	if (!have[U_TOTALSWAP] || !have[U_AVAILSWAP])
		die(STATE_UNKNOWN, "UCD-SNMP-MIB memory is incomplete: %s "
		    "missing or unusable", !have[U_TOTALSWAP] ?
		    "memTotalSwap" : "memAvailSwap");
	c->swap.size = kb[U_TOTALSWAP] * 1024;
	c->swap.avail = kb[U_AVAILSWAP] * 1024;
	if (c->swap.avail > c->swap.size)
		c->swap.avail = c->swap.size;
	c->swap.used = c->swap.size - c->swap.avail;
}

static struct hrstorage_row *
hr_fetch(struct plugin *p, size_t *n)
{
	struct hrstorage_row *rows;
	int rc;

	if ((rc = hrstorage_walk(p->s, &rows, n)) != SNMP_OK)
		plugin_fail(p, rc);
	return rows;
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
    const char *peer)
{
	const struct hrstorage_row *ram = NULL, *swap = NULL, *virt = NULL;
	uint64_t cache = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (rows[i].type == 2 && ram == NULL)
			ram = &rows[i];
		else if (rows[i].type == 3 && has_word(rows[i].descr, "swap") &&
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
	if (ram == NULL)
		die(STATE_UNKNOWN, "No memory figures on %s: no UCD-SNMP-MIB "
		    "memory and no hrStorage row of type ram", peer);
	if (!ram->valid)
		die(STATE_UNKNOWN, "hrStorage '%s' (index %u): %s", ram->descr,
		    (unsigned)ram->index, ram->why);
	c->from = "hrStorageTable";
	c->ram.size = ram->size;
	c->ram.used = ram->used;
	if (!c->cache_used)
		cache = c->buffers + c->cached;
	c->ram.used = cache > c->ram.used ? 0 : c->ram.used - cache;
	c->ram.avail = c->ram.size - c->ram.used;
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
mem_perf(struct output *out, const struct mem *m, const struct limit *w,
    const struct limit *c)
{
	struct threshold t;
	struct num val, min, max;
	char label[64], pbuf[32];

	memset(&t, 0, sizeof(t));
	if (w->given && m->size > 0) {
		t.has_warn = 1;
		limit_used_range(w, m->size, m->size, t.warn.text,
		    sizeof(t.warn.text));
	}
	if (c->given && m->size > 0) {
		t.has_crit = 1;
		limit_used_range(c, m->size, m->size, t.crit.text,
		    sizeof(t.crit.text));
	}
	num_from_uint(&val, m->used);
	num_from_uint(&min, 0);
	num_from_uint(&max, m->size);
	output_perf(out, m->label, &val, "B", &t, &min, &max);
	limit_threshold(w, c, LIMIT_PCT, &t);
	if (m->size == 0 || !(t.has_warn || t.has_crit))
		return;
	snprintf(label, sizeof(label), "%s %%", m->label);
	snprintf(pbuf, sizeof(pbuf), "%.2f", m->pct);
	num_parse(&val, pbuf);
	num_from_uint(&max, 100);
	output_perf(out, label, &val, "%", &t, &min, &max);
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
list_ucd(struct output *out, const struct snmp_value *raw, const int *have,
    const uint64_t *kb)
{
	char h[32];
	size_t i;

	for (i = 0; i < U_NOBJ; i++) {
		if (value_is_exception(&raw[i]))
			continue;
		if (!have[i]) {
			sb_printf(&out->longout, "%s: unusable value (%s)\n",
			    ucd_objs[i].name, value_type_name(raw[i].type));
			continue;
		}
		output_bytes(h, sizeof(h), kb[i] * 1024);
		sb_printf(&out->longout, "%s: %llu KiB (%s)\n",
		    ucd_objs[i].name, (unsigned long long)kb[i], h);
	}
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
	}
	mem_perf(out, &c->ram, &c->warn, &c->crit);
	mem_perf(out, &c->swap, &c->swarn, &c->scrit);
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
	struct snmp_value raw[U_NOBJ];
	uint64_t kb[U_NOBJ];
	int have[U_NOBJ], ucd = 0;
	size_t n = 0;

	c.ram.label = "ram";
	c.ram.title = "RAM";
	c.swap.label = "swap";
	c.swap.title = "swap";
	plugin_start(&p, &pi, argc, argv);
	if (c.sysavail && (c.source == SRC_HR || c.cache_used))
		die(STATE_UNKNOWN, "--sysavail reads UCD-SNMP-MIB memSysAvail: "
		    "it excludes --hrstorage and --cache-used");
	plugin_open(&p);
	memset(have, 0, sizeof(have));
	if (c.source != SRC_HR)
		ucd = ucd_get(&p, kb, have, raw);
	if (c.list) {
		rows = hr_fetch(&p, &n);
		if (ucd)
			list_ucd(p.out, raw, have, kb);
		list_hr(p.out, rows, n);
		sb_printf(&p.out->summary, "memory figures of %s: %s",
		    session_peer(p.s), ucd ? "UCD-SNMP-MIB memory and "
		    "hrStorageTable" : "hrStorageTable only");
	} else {
		if (c.source == SRC_UCD && !ucd)
			die(STATE_UNKNOWN, "No UCD-SNMP-MIB memory on %s "
			    "(memTotalReal missing): not a net-snmp agent? "
			    "Leave out --ucd to use hrStorageTable",
			    session_peer(p.s));
		if (c.sysavail && !ucd)
			die(STATE_UNKNOWN, "--sysavail: no UCD-SNMP-MIB memory "
			    "on %s", session_peer(p.s));
		if (ucd)
			from_ucd(&c, kb, have);
		else {
			rows = hr_fetch(&p, &n);
			from_hr(&c, rows, n, session_peer(p.s));
		}
		report(p.out, &c, p.o.verbose);
	}
	free(rows);
	plugin_finish(&p);
}
