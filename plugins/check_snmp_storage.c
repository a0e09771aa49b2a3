/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_storage: disk and other storage usage from HOST-RESOURCES-MIB
 * hrStorageTable (RFC 2790 §4.3) or, with --ucd, from the net-snmp
 * UCD-SNMP-MIB dskTable.  Volumes are selected by type, exact name and
 * regular expressions; thresholds apply to the used percentage or, when
 * they carry a byte unit, to the free bytes; perfdata is in bytes.
 * hrStorageSize and hrStorageUsed are Integer32: a negative value is the
 * low 32 bits of a larger unsigned number and is read back as such.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hrstorage.h"
#include "jsonrow.h"
#include "limit.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "select.h"
#include "session.h"
#include "threshold.h"
#include "ucd.h"

#define SERVICE		"STORAGE"
#define NAME_MAX_LEN	1024

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_TYPE, O_IWARN, O_ICRIT
};


/* A volume: an hrStorage row, or a dskTable row in the same terms. */
struct vol {
	struct hrstorage_row r;	/* descr: the name (dskPath) */
	char		 label[NAME_MAX_LEN + 16];	/* unique among selected */
	char		 device[NAME_MAX_LEN];	/* UCD dskDevice */
	uint64_t	 free;		/* what can still be written */
	int		 inode;		/* UCD dskPercentNode, -1 none */
	int		 selected;
	int		 state;
	double		 pct;
};

struct ctx {
	struct limit	 warn;
	struct limit	 crit;
	struct limit	 iwarn;
	struct limit	 icrit;
	struct select_opts so;
	unsigned	 types;		/* bit 1 << type; 0: not given */
	int		 ucd;
	int		 sum;
	int		 list;
	const char	*format;	/* --format, with --list */
	int		 nomatch_state;
	struct select	 sel;
};

static const struct opt_def storage_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "Warning threshold.  Without a unit, or with %, a range on the used\n"
	  "percentage (80 or 80%: above 80 % used).  With a byte unit (B, KB,\n"
	  "MB, GB, TB, PB; powers of 1024) a range on the free bytes; a single\n"
	  "value such as 10GB means 10GB: (below 10 GiB free)", O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "Critical threshold, like -w", O_CRIT, OPT_CALL, 0 },
	{ "name", 'n', OPT_ARG, "NAME",
	  "Check the volume whose description (--ucd: path or device) is NAME\n"
	  "exactly; repeatable", SEL_NAME, OPT_SELECT, offsetof(struct ctx, so) },
	{ "regex", 'r', OPT_ARG, "REGEX",
	  "Check volumes whose description matches the extended regular\n"
	  "expression (--ucd: path or device); repeatable", SEL_INCLUDE,
	  OPT_SELECT, offsetof(struct ctx, so) },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out volumes whose description matches; repeatable",
	  SEL_EXCLUDE, OPT_SELECT, offsetof(struct ctx, so) },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "-n, -r and -E ignore case", SEL_ICASE, OPT_SELECT,
	  offsetof(struct ctx, so) },
	{ "type", 'T', OPT_ARG, "TYPE[,TYPE...]",
	  "Check these hrStorage types: fixed, network, ram, virtual,\n"
	  "removable, floppy, cdrom, ramdisk, flash, other (or the MIB names\n"
	  "fixedDisk, networkDisk, virtualMemory, ...), all; repeatable.\n"
	  "Default: fixed, or every type when -n or -r is given", O_TYPE, OPT_CALL, 0 },
	{ "ucd", 0, OPT_NOARG, NULL,
	  "Read UCD-SNMP-MIB dskTable (net-snmp \"disk\" and \"includeAllDisks\"\n"
	  "lines) instead of hrStorageTable: adds inode usage and the space\n"
	  "really available to users", 0, OPT_SET, offsetof(struct ctx, ucd) },
	{ "sum", 0, OPT_NOARG, NULL,
	  "Add the selected volumes up and check the sum only", 0, OPT_SET,
	  offsetof(struct ctx, sum) },
	{ "inode-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on the used inode percentage (--ucd only)", O_IWARN, OPT_CALL, 0 },
	{ "inode-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on the used inode percentage (--ucd only)", O_ICRIT, OPT_CALL, 0 },
	{ "list", 0, OPT_NOARG, NULL,
	  "List every entry of the table (index, type, description, size,\n"
	  "used, used %), marking with * those the options select; exit OK",
	  0, OPT_SET, offsetof(struct ctx, list) },
	PLUGIN_FORMAT_OPT(offsetof(struct ctx, format)),
	{ "no-match", 0, OPT_ARG, "STATE",
	  "State when no volume is selected (default UNKNOWN)", 0, OPT_STATE,
	  offsetof(struct ctx, nomatch_state) },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Used % is used / size.  Free bytes are size - used for hrStorage and\n"
"dskAvail (the space left to unprivileged users) for --ucd.  A volume\n"
"whose size is 0 (a CD drive without medium, absent swap) is shown as\n"
"\"no size\" and never alerts.  Negative hrStorageSize or hrStorageUsed\n"
"values, sent by agents whose count overflowed Integer32, are read as\n"
"unsigned (plus 2^32); a value of 2147483647 is reported UNKNOWN because\n"
"the agent clamped it and the real figure is lost.\n"
"\n"
"Examples:\n"
"  check_snmp_storage -H host -w 80 -c 90\n"
"  check_snmp_storage -H host -n / -w 10GB -c 2GB\n"
"  check_snmp_storage -H winhost -r '^[C-F]:' -w 85% -c 95%\n"
"  check_snmp_storage -H host --ucd -w 80 -c 90 \\\n"
"      --inode-warning 80 --inode-critical 90\n"
"  check_snmp_storage -H host -T fixed,network -E '^/(dev|sys|run)' --sum\n"
"  check_snmp_storage -H host --list\n"
"  check_snmp_storage --walk-file host.walk -n / -w 80 -c 90\n";

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;
	struct limit *l;
	int pct_only = id == O_IWARN || id == O_ICRIT;

	switch (id) {
	case O_IWARN:
	case O_ICRIT:
	case O_WARN:
	case O_CRIT:
		l = id == O_WARN ? &c->warn : id == O_CRIT ? &c->crit :
		    id == O_IWARN ? &c->iwarn : &c->icrit;
		if (limit_parse(l, optarg, units_bytes, LIMIT_BARE_PCT |
		    LIMIT_AT_LEAST | (pct_only ? LIMIT_PCT_ONLY : 0)) < 0) {
			snprintf(err, errlen, "Invalid %s range '%s': %sexpected "
			    "[@][START:][END]%s", id == O_WARN ? "warning" :
			    id == O_CRIT ? "critical" : id == O_IWARN ?
			    "inode warning" : "inode critical", optarg,
			    range_why(optarg, units_bytes),
			    pct_only ? " in percent" : " in percent (80, 80%) "
			    "or free bytes with a unit (10GB, 500MB:)");
			return -1;
		}
		break;
	case O_TYPE:
		return hrstorage_types_parse(optarg, &c->types, err, errlen);
	}
	return 0;
}

/* Option checks that need all of them; patterns compiled with -i known. */
static void
setup(struct ctx *c)
{
	char err[512];

	if (c->ucd && c->types != 0)
		die(STATE_UNKNOWN, "--type applies to hrStorageTable; dskTable "
		    "(--ucd) has no types");
	if (!c->ucd && (c->iwarn.given || c->icrit.given))
		die(STATE_UNKNOWN, "Inode thresholds need --ucd: hrStorageTable "
		    "has no inode figures");
	if (c->sum && (c->iwarn.given || c->icrit.given))
		die(STATE_UNKNOWN, "Inode thresholds cannot be combined with "
		    "--sum: the agent gives inode percentages, not counts");
	if (select_build(&c->sel, &c->so, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	/* -n or -r pick volumes of any type, else fixed disks are checked */
	if (c->types == 0)
		c->types = select_has_include(&c->sel) ? HRS_TYPES_ALL :
		    1u << HRS_FIXED;
}

/* hrStorageTable: type, descr, units, size, used. */
static struct vol *
fetch_hr(struct plugin *p, size_t *n)
{
	struct hrstorage_row *rows;
	struct vol *vols;
	size_t i;
	int rc;

	if ((rc = hrstorage_walk(p->s, &rows, n)) != SNMP_OK)
		plugin_fail(p, rc);
	if (*n == 0)
		die(STATE_UNKNOWN, "No hrStorageTable on %s: the agent does "
		    "not implement HOST-RESOURCES-MIB storage (try --ucd)",
		    session_peer(p->s));
	if ((vols = calloc(*n, sizeof(*vols))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < *n; i++) {
		vols[i].r = rows[i];
		vols[i].free = rows[i].size - rows[i].used;
		vols[i].inode = -1;
	}
	free(rows);
	return vols;
}

/* dskTable: the mount point is the name, the device beside it. */
static struct vol *
fetch_ucd(struct plugin *p, size_t *n)
{
	struct ucd_disk *rows, *r;
	struct vol *vols, *v;
	size_t i;
	int rc;

	if ((rc = ucd_disk_walk(p->s, &rows, n)) != SNMP_OK)
		plugin_fail(p, rc);
	if (*n == 0)
		die(STATE_UNKNOWN, "No UCD-SNMP-MIB dskTable on %s: net-snmp "
		    "lists disks only for \"disk\" or \"includeAllDisks\" lines "
		    "in snmpd.conf", session_peer(p->s));
	if ((vols = calloc(*n, sizeof(*vols))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < *n; i++) {
		v = &vols[i];
		r = &rows[i];
		v->r.index = r->index;
		v->r.type = HRS_UNKNOWN;
		snprintf(v->r.typetext, sizeof(v->r.typetext), "dskEntry");
		memcpy(v->r.descr, r->path, sizeof(v->r.descr));
		memcpy(v->device, r->device, sizeof(v->device));
		v->inode = r->inode;
		v->r.valid = r->valid;
		memcpy(v->r.why, r->why, sizeof(v->r.why));
		v->r.wrapped = r->wrapped;
		v->r.size = r->size;
		v->r.used = r->used;
		v->free = r->avail;
	}
	free(rows);
	return vols;
}

static int
selected(const struct ctx *c, const struct vol *v)
{
	const char *texts[2];

	texts[0] = v->r.descr;
	texts[1] = c->ucd ? v->device : NULL;
	if (!c->ucd && !(c->types & 1u << v->r.type))
		return 0;
	return select_match_any(&c->sel, texts, 2);
}

/* "/: 6.34% used (15.97 GiB of 251.97 GiB, 235.99 GiB free)" */
static void
vol_text(struct strbuf *sb, const char *name, const struct vol *v, int ucd)
{
	char a[32], b[32], f[32];

	sb_printf(sb, "%s: ", name);
	if (!v->r.valid) {
		sb_add(sb, v->r.why);
		return;
	}
	if (v->r.size == 0) {
		sb_add(sb, "no size");
		return;
	}
	output_bytes(a, sizeof(a), v->r.used);
	output_bytes(b, sizeof(b), v->r.size);
	output_bytes(f, sizeof(f), v->free);
	sb_printf(sb, "%.2f%% used (%s of %s, %s free)", v->pct, a, b, f);
	if (ucd && v->inode >= 0)
		sb_printf(sb, ", inodes %d%% used", v->inode);
}

static void
perf(struct output *out, const struct ctx *c, const char *name,
    const struct vol *v)
{
	struct threshold t;
	struct num val, min, max;
	char label[NAME_MAX_LEN + 16];

	limit_perf(out, name, v->r.used, v->r.size, v->r.used + v->free, v->pct,
	    &c->warn, &c->crit);
	if (!c->ucd || v->inode < 0)
		return;
	limit_threshold(&c->iwarn, &c->icrit, LIMIT_PCT, &t);
	snprintf(label, sizeof(label), "%s inodes %%", name);
	num_from_int(&val, v->inode);
	num_from_uint(&min, 0);
	num_from_uint(&max, 100);
	output_perf(out, label, &val, "%", &t, &min, &max);
}

/* Threshold state of one volume; UNKNOWN when its figures are unusable. */
static int
evaluate(const struct ctx *c, struct vol *v)
{
	struct num n;
	int st;

	if (!v->r.valid)
		return STATE_UNKNOWN;
	if (v->r.size == 0)
		return STATE_OK;
	v->pct = (double)v->r.used * 100 / (double)v->r.size;
	num_from_uint(&n, v->free);
	st = limit_state(&c->warn, &c->crit, v->pct, &n);
	if (c->iwarn.given || c->icrit.given) {
		if (v->inode < 0) {
			snprintf(v->r.why, sizeof(v->r.why), "no inode figure "
			    "(dskPercentNode missing or out of range)");
			v->r.valid = 0;
			return STATE_UNKNOWN;
		}
		num_from_uint(&n, 0);
		st = state_worst(st, limit_state(&c->iwarn, &c->icrit,
		    v->inode, &n));
	}
	return st;
}

static void
list(struct output *out, const struct ctx *c, struct vol *vols, size_t n)
{
	char a[32], b[32];
	struct vol *v;
	size_t i;

	sb_printf(&out->summary, "%zu entr%s in %s", n, n == 1 ? "y" : "ies",
	    c->ucd ? "dskTable" : "hrStorageTable");
	for (i = 0; i < n; i++) {
		v = &vols[i];
		sb_printf(&out->longout, "%c %u %s '%s'", selected(c, v) ? '*' :
		    ' ', (unsigned)v->r.index, c->ucd ? v->device :
		    v->r.typetext, v->r.descr);
		if (!v->r.valid) {
			sb_printf(&out->longout, " %s\n", v->r.why);
			continue;
		}
		output_bytes(a, sizeof(a), v->r.size);
		output_bytes(b, sizeof(b), v->r.used);
		sb_printf(&out->longout, " size %llu B (%s) used %llu B (%s)",
		    (unsigned long long)v->r.size, a,
		    (unsigned long long)v->r.used, b);
		if (v->r.size > 0)
			sb_printf(&out->longout, " %.2f%%", (double)v->r.used *
			    100 / (double)v->r.size);
		else
			sb_add(&out->longout, " no size");
		if (c->ucd && v->inode >= 0)
			sb_printf(&out->longout, " inodes %d%%", v->inode);
		sb_add(&out->longout, "\n");
	}
}

/* --list --format json: list()'s rows as one document. */
static void
list_json(struct plugin *p, const struct ctx *c, const struct vol *vols,
    size_t n)
{
	const struct vol *v;
	struct json j;
	size_t i;

	plugin_json_start(p, &j, "check_snmp_storage");
	json_str(&j, "table", c->ucd ? "dskTable" : "hrStorageTable");
	json_array(&j, "entries");
	for (i = 0; i < n; i++) {
		v = &vols[i];
		json_object(&j, NULL);
		jsonrow_storage(&j, &v->r);
		if (c->ucd)
			json_str(&j, "device", v->device);
		if (c->ucd && v->inode >= 0)
			json_int(&j, "inodes_pct", v->inode);
		else
			json_null(&j, "inodes_pct");
		json_bool(&j, "selected", v->selected);
		if (v->r.valid)
			json_null(&j, "why");
		else
			json_str(&j, "why", v->r.why);
		json_close(&j);
	}
	json_close(&j);
	json_close(&j);
	plugin_json_finish(p, &j);
}

static void
report_sum(struct output *out, const struct ctx *c, struct vol *vols,
    size_t n, size_t nsel)
{
	struct vol sum;
	struct strbuf sb;
	char name[64], line[2048];
	size_t i;

	memset(&sum, 0, sizeof(sum));
	sum.r.valid = 1;
	sum.inode = -1;
	for (i = 0; i < n; i++) {
		if (!vols[i].selected)
			continue;
		if (!vols[i].r.valid) {
			if (sum.r.valid) {
				/* <= 60 octets, whole UTF-8 sequences */
				sb_init(&sb, name, 61);
				sb_add(&sb, vols[i].r.descr);
				snprintf(sum.r.why, sizeof(sum.r.why),
				    "cannot add up: %.60s: %.120s", name,
				    vols[i].r.why);
			}
			sum.r.valid = 0;
			continue;
		}
		sum.r.size += vols[i].r.size;
		sum.r.used += vols[i].r.used;
		sum.free += vols[i].free;
	}
	snprintf(name, sizeof(name), "sum of %zu volume%s", nsel,
	    nsel == 1 ? "" : "s");
	sum.state = evaluate(c, &sum);
	output_state(out, sum.state);
	vol_text(&out->summary, name, &sum, 0);
	for (i = 0; i < n; i++) {
		if (!vols[i].selected)
			continue;
		if (vols[i].r.valid && vols[i].r.size > 0)
			vols[i].pct = (double)vols[i].r.used * 100 /
			    (double)vols[i].r.size;
		sb_init(&sb, line, sizeof(line));
		vol_text(&sb, vols[i].label, &vols[i],
		    c->ucd);
		sb_printf(&out->longout, "%s\n", line);
	}
	if (sum.r.valid && sum.r.size > 0)
		perf(out, c, "sum", &sum);
}

static void
report(struct output *out, const struct ctx *c, struct vol *vols, size_t n,
    size_t nsel)
{
	struct strbuf sb;
	char line[2048];
	const struct vol *top = NULL;
	size_t i, nbad = 0;

	for (i = 0; i < n; i++) {
		if (!vols[i].selected)
			continue;
		vols[i].state = evaluate(c, &vols[i]);
		output_state(out, vols[i].state);
		sb_init(&sb, line, sizeof(line));
		vol_text(&sb, vols[i].label, &vols[i],
		    c->ucd);
		sb_printf(&out->longout, "[%s] %s\n",
		    state_name(vols[i].state), line);
		if (vols[i].state != STATE_OK) {
			sb_printf(&out->summary, "%s%s", nbad++ ? "; " : "",
			    line);
		} else if (vols[i].r.size > 0 && (top == NULL ||
		    vols[i].pct > top->pct))
			top = &vols[i];
		if (vols[i].r.valid && vols[i].r.size > 0)
			perf(out, c, vols[i].label, &vols[i]);
	}
	if (nbad > 0)
		return;
	if (nsel == 1)
		sb_add(&out->summary, line);
	else if (top != NULL)
		sb_printf(&out->summary, "%zu volumes, highest use %.2f%% on %s",
		    nsel, top->pct, top->r.descr);
	else
		sb_printf(&out->summary, "%zu volumes, none with a size", nsel);
}

/* Labels for the selected volumes: the name, " #index" where shared. */
static void
set_labels(struct vol *vols, size_t n, size_t nsel)
{
	char **labels;
	uint32_t *idx;
	size_t i, k = 0;

	labels = calloc(nsel + 1, sizeof(*labels));
	idx = calloc(nsel + 1, sizeof(*idx));
	if (labels == NULL || idx == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		if (!vols[i].selected)
			continue;
		snprintf(vols[i].label, sizeof(vols[i].label), "%s",
		    vols[i].r.descr);
		labels[k] = vols[i].label;
		idx[k++] = vols[i].r.index;
	}
	if (output_unique_labels(labels, idx, k, sizeof(vols[0].label),
	    " #") != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	free(labels);
	free(idx);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_storage",
		"Check disk and storage usage from HOST-RESOURCES-MIB "
		"hrStorageTable or UCD-SNMP-MIB dskTable.",
		"-H HOST [-w RANGE] [-c RANGE] [-n NAME] [-r REGEX] [-E REGEX] "
		"[-T TYPE] [--ucd] [--sum] [options]",
		storage_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct output *out;
	struct vol *vols;
	size_t n, i, nsel = 0;
	int json;

	c.nomatch_state = STATE_UNKNOWN;
	plugin_start(&p, &pi, argc, argv);
	setup(&c);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	vols = c.ucd ? fetch_ucd(&p, &n) : fetch_hr(&p, &n);
	out = p.out;
	for (i = 0; i < n; i++) {
		if ((vols[i].selected = selected(&c, &vols[i])))
			nsel++;
		if (p.o.verbose >= 1 && vols[i].r.wrapped)
			sb_printf(&out->longout, "%s: a negative 32-bit value "
			    "was read as unsigned (plus 2^32)\n",
			    vols[i].r.descr);
	}
	set_labels(vols, n, nsel);
	if (json)
		list_json(&p, &c, vols, n);
	if (c.list)
		list(out, &c, vols, n);
	else if (nsel == 0) {
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "No %s entry matches the selection "
		    "(%zu entries, see --list)", c.ucd ? "dskTable" :
		    "hrStorageTable", n);
	} else if (c.sum)
		report_sum(out, &c, vols, n, nsel);
	else
		report(out, &c, vols, n, nsel);
	free(vols);
	select_free(&c.sel);
	plugin_finish(&p);
}
