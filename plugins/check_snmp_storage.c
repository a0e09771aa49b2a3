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

#include "hrstorage.h"
#include "limit.h"
#include "num.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "select.h"
#include "session.h"
#include "threshold.h"
#include "ucd.h"
#include "volume.h"

#define SERVICE		"STORAGE"

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_TYPE, O_IWARN, O_ICRIT
};

struct ctx {
	struct limit	 warn;
	struct limit	 crit;
	struct limit	 iwarn;
	struct limit	 icrit;
	struct select_opts so;
	unsigned	 types;		/* bit 1 << type; 0 until setup() */
	int		 ucd;
	int		 sum;
	int		 list;
	const char	*format;	/* --format, with --list */
	const char	*table;		/* the MIB table's name */
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
	c->table = c->ucd ? "dskTable" : "hrStorageTable";
}

/* The volumes of the table asked for; dies when there are none. */
static struct volume *
fetch(struct plugin *p, const struct ctx *c, size_t *n)
{
	struct hrstorage_row *hr = NULL;
	struct ucd_disk *dsk = NULL;
	struct volume *vols;
	int rc;

	rc = c->ucd ? ucd_disk_walk(p->s, &dsk, n) :
	    hrstorage_walk(p->s, &hr, n);
	if (rc != SNMP_OK)
		plugin_fail(p, rc);
	if (*n == 0 && c->ucd)
		die(STATE_UNKNOWN, "No UCD-SNMP-MIB dskTable on %s: net-snmp "
		    "lists disks only for \"disk\" or \"includeAllDisks\" lines "
		    "in snmpd.conf", session_peer(p->s));
	if (*n == 0)
		die(STATE_UNKNOWN, "No hrStorageTable on %s: the agent does "
		    "not implement HOST-RESOURCES-MIB storage (try --ucd)",
		    session_peer(p->s));
	rc = c->ucd ? volume_from_ucd(dsk, *n, &vols) :
	    volume_from_hr(hr, *n, &vols);
	if (rc != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	free(hr);
	free(dsk);
	return vols;
}

static int
selected(const struct ctx *c, const struct volume *v)
{
	const char *texts[2];

	texts[0] = v->r.descr;
	texts[1] = c->ucd ? v->device : NULL;
	if (!c->ucd && !(c->types & 1u << v->r.type))
		return 0;
	return select_match_any(&c->sel, texts, 2);
}

static void
perf(struct output *out, const struct ctx *c, const char *name,
    const struct volume *v)
{
	struct threshold t;
	struct num val, min, max;
	char label[HRSTORAGE_TEXT_MAX + 16];

	limit_perf(out, name, v->r.used, v->r.size, v->r.used + v->free,
	    volume_pct(v), &c->warn, &c->crit);
	if (v->inode < 0)
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
evaluate(const struct ctx *c, struct volume *v)
{
	struct num n;
	int st;

	if (!v->r.valid)
		return STATE_UNKNOWN;
	if (v->r.size == 0)
		return STATE_OK;
	num_from_uint(&n, v->free);
	st = limit_state(&c->warn, &c->crit, volume_pct(v), &n);
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

/* --list --format json: the --list rows as one document. */
static void
list_json(struct plugin *p, const struct ctx *c, const struct volume *vols,
    size_t n)
{
	struct json j;
	size_t i;

	plugin_json_start(p, &j, "check_snmp_storage");
	json_str(&j, "table", c->table);
	json_array(&j, "entries");
	for (i = 0; i < n; i++) {
		json_object(&j, NULL);
		volume_json(&j, &vols[i], c->ucd);
		json_close(&j);
	}
	json_close(&j);
	json_close(&j);
	plugin_json_finish(p, &j);
}

static void
report_sum(struct output *out, const struct ctx *c, struct volume *vols,
    size_t n)
{
	struct volume sum;
	struct strbuf sb;
	char name[64], line[2048];
	size_t i;

	volume_sum(vols, n, &sum);
	snprintf(name, sizeof(name), "sum of %zu volume%s", n,
	    n == 1 ? "" : "s");
	output_state(out, evaluate(c, &sum));
	volume_text(&out->summary, name, &sum);
	for (i = 0; i < n; i++) {
		sb_init(&sb, line, sizeof(line));
		volume_text(&sb, vols[i].label, &vols[i]);
		sb_printf(&out->longout, "%s\n", line);
	}
	if (sum.r.valid && sum.r.size > 0)
		perf(out, c, "sum", &sum);
}

static void
report(struct output *out, const struct ctx *c, struct volume *vols,
    size_t n)
{
	struct strbuf sb;
	char line[2048];
	const struct volume *top = NULL;
	size_t i, nbad = 0;
	int st;

	for (i = 0; i < n; i++) {
		st = evaluate(c, &vols[i]);
		output_state(out, st);
		sb_init(&sb, line, sizeof(line));
		volume_text(&sb, vols[i].label, &vols[i]);
		sb_printf(&out->longout, "[%s] %s\n", state_name(st), line);
		if (st != STATE_OK) {
			sb_printf(&out->summary, "%s%s", nbad++ ? "; " : "",
			    line);
		} else if (vols[i].r.size > 0 && (top == NULL ||
		    volume_pct(&vols[i]) > volume_pct(top)))
			top = &vols[i];
		if (vols[i].r.valid && vols[i].r.size > 0)
			perf(out, c, vols[i].label, &vols[i]);
	}
	if (nbad > 0)
		return;
	if (n == 1)
		sb_add(&out->summary, line);
	else if (top != NULL)
		sb_printf(&out->summary, "%zu volumes, highest use %.2f%% on %s",
		    n, volume_pct(top), top->r.descr);
	else
		sb_printf(&out->summary, "%zu volumes, none with a size", n);
}

/* The selected volumes, in table order, each checked or their sum. */
static void
check(struct output *out, const struct ctx *c, struct volume *vols, size_t n)
{
	size_t i, nsel = 0;

	for (i = 0; i < n; i++) {
		if (!vols[i].selected)
			continue;
		if (i != nsel)		/* not onto itself: 2 KB each */
			vols[nsel] = vols[i];
		nsel++;
	}
	if (nsel == 0) {
		output_state(out, c->nomatch_state);
		sb_printf(&out->summary, "No %s entry matches the selection "
		    "(%zu entries, see --list)", c->table, n);
	} else if (volume_labels(vols, nsel) != SNMP_OK)
		die(STATE_UNKNOWN, "out of memory");
	else if (c->sum)
		report_sum(out, c, vols, nsel);
	else
		report(out, c, vols, nsel);
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
	struct volume *vols;
	size_t n, i;
	int json;

	c.nomatch_state = STATE_UNKNOWN;
	plugin_start(&p, &pi, argc, argv);
	setup(&c);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	vols = fetch(&p, &c, &n);
	out = p.out;
	for (i = 0; i < n; i++) {
		vols[i].selected = selected(&c, &vols[i]);
		if (p.o.verbose >= 1 && vols[i].r.wrapped)
			sb_printf(&out->longout, "%s: a negative 32-bit value "
			    "was read as unsigned (plus 2^32)\n",
			    vols[i].r.descr);
	}
	if (json)
		list_json(&p, &c, vols, n);
	if (c.list) {
		sb_printf(&out->summary, "%zu entr%s in %s", n,
		    n == 1 ? "y" : "ies", c.table);
		for (i = 0; i < n; i++)
			volume_list_line(&out->longout, &vols[i], c.ucd);
	} else
		check(out, &c, vols, n);
	free(vols);
	select_free(&c.sel);
	plugin_finish(&p);
}
