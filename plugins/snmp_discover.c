/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover: not a check.  One pass over an agent (the system group,
 * IF-MIB ifTable/ifXTable, HOST-RESOURCES-MIB hrStorageTable and
 * hrProcessorTable, UCD-SNMP-MIB laTable and memory, hrSWRunTable only for
 * --process) prints ready configuration for the check plugins: Icinga 2
 * objects, Nagios definitions, or the raw inventory as JSON.
 *
 * Every table is read once, its columns several to a GETBULK (table.c);
 * the per-table readers are the plugins' own (ifmib, hrstorage, ucd, cpu,
 * hrswrun), so that what is discovered is what the checks will find.
 * Items are named by stable keys (ifName, else ifDescr or ifAlias; the
 * mount point), never by an index alone: an index that renumbers after a
 * reboot would silently check another port.  What is discovered, and how
 * it becomes a service, is a list of item kinds (enum kind); sensors
 * (check_snmp_sensor, common/sensor*.c) are one more kind when they land.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "cpu.h"
#include "hrstorage.h"
#include "hrswrun.h"
#include "ifmib.h"
#include "json.h"
#include "options.h"
#include "plugin.h"
#include "select.h"
#include "ucd.h"
#include "usm.h"

#define SERVICE		"DISCOVER"
#define MAX_ARGS	12
#define NAME_MAX_LEN	200
#define MAX_PROCS	32

enum format { F_ICINGA2, F_NAGIOS, F_JSON };

/* What becomes a service; the order of the output. */
enum kind { K_UPTIME, K_LOAD, K_CPU, K_MEMORY, K_DISK, K_IF, K_PROCESS,
	NKINDS };

/* The plugins and their commands in contrib/ (icinga2/, nagios/). */
static const struct {
	const char	*word;		/* --skip, JSON */
	const char	*command;	/* CheckCommand and Nagios command */
	const char	*prefix;	/* of the service name */
} kinds[NKINDS] = {
	{ "uptime", "snmp-plugins-uptime", "snmp-uptime" },
	{ "load", "snmp-plugins-load", "snmp-load" },
	{ "cpu", "snmp-plugins-load", "snmp-cpu" },
	{ "memory", "snmp-plugins-memory", "snmp-memory" },
	{ "storage", "snmp-plugins-storage", "snmp-disk" },
	{ "interfaces", "snmp-plugins-interface", "snmp-if" },
	{ "processes", "snmp-plugins-process", "snmp-process" }
};

/* One argument of a check: its Icinga 2 variable, its option, its value. */
struct arg {
	const char	*var;
	const char	*opt;
	char		*val;		/* NULL: a flag */
};

struct svc {
	int		 kind;
	char		 name[NAME_MAX_LEN];
	struct arg	 args[MAX_ARGS];
	size_t		 nargs;
};

/* The thresholds per kind: warning, critical (NULL or "": none). */
enum th { TH_IF_W, TH_IF_C, TH_DISK_W, TH_DISK_C, TH_MEM_W, TH_MEM_C,
	TH_LOAD_W, TH_LOAD_C, TH_CPU_W, TH_CPU_C, TH_UP_W, TH_UP_C, NTH };

struct ctx {
	int		 format;
	const char	*hostname;	/* the object's name */
	const char	*address;	/* the host's address */
	const char	*host_tmpl;
	const char	*svc_tmpl;
	const char	*th[NTH];
	unsigned	 skip;		/* bit per enum kind */
	int		 down;		/* interfaces that are not up too */
	int		 virt;		/* loopback, null, virtual too */
	const char	*procs[MAX_PROCS];
	size_t		 nprocs;
	struct select_opts so;
	struct select	 sel;
	int		 sel_built;

	/* what the agent has */
	char		 sysname[256], sysdescr[1024], syslocation[256];
	char		 syscontact[256], sysoid[160];
	int		 has_uptime;
	uint64_t	 uptime;	/* hundredths */
	struct ifmib_row *ifs;
	size_t		 nifs;
	unsigned char	*if_sel;	/* selected, with why not */
	const char	**if_why;
	struct hrstorage_row *hrs;
	size_t		 nhrs;
	const char	**hrs_why;
	struct ucd_mem	 mem;
	struct cpu	 cpu;
	size_t		 proc_count[MAX_PROCS];
	int		 has_swrun;

	struct svc	*svcs;
	size_t		 nsvcs, capsvcs;
};

enum {
	O_FORMAT = OPT_PLUGIN_BASE, O_SKIP, O_PROCESS, O_TH0
};

#define CTX(f)		offsetof(struct ctx, f)
#define THOPT(n, i, h)	{ n, 0, OPT_ARG, "RANGE", h, 0, OPT_TEXT, \
	CTX(th) + (i) * sizeof(const char *) }

static const struct opt_def discover_opts[] = {
	{ "format", 'f', OPT_ARG, "icinga2|nagios|json",
	  "What to print: icinga2 (default) a Host object and a Service\n"
	  "object per check, nagios a host and service definitions, json the\n"
	  "inventory as read (docs/json.md)", O_FORMAT, OPT_CALL, 0 },
	{ "host-name", 'n', OPT_ARG, "NAME",
	  "Name of the host object (default: sysName, else the address)",
	  0, OPT_TEXT, CTX(hostname) },
	{ "address", 0, OPT_ARG, "ADDRESS",
	  "The host's address in the configuration (default: -H)",
	  0, OPT_TEXT, CTX(address) },
	{ "host-template", 0, OPT_ARG, "NAME",
	  "Template the host imports (Icinga 2) or uses (Nagios); an empty\n"
	  "NAME none.  Default: generic-host for Icinga 2; for Nagios, whose\n"
	  "generic-host lacks what a host needs, the sample configuration's\n"
	  "linux-server for a host with disks, else generic-switch", 0,
	  OPT_TEXT, CTX(host_tmpl) },
	{ "service-template", 0, OPT_ARG, "NAME",
	  "Template every service imports or uses; default generic-service,\n"
	  "an empty NAME none", 0, OPT_TEXT, CTX(svc_tmpl) },
	{ "include", 'r', OPT_ARG, "REGEX",
	  "Keep only interfaces (ifName, ifDescr or ifAlias) and volumes\n"
	  "(mount point) that match the extended regular expression;\n"
	  "repeatable", SEL_INCLUDE, OPT_SELECT, CTX(so) },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out interfaces and volumes that match; repeatable",
	  SEL_EXCLUDE, OPT_SELECT, CTX(so) },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "--include and --exclude ignore case", SEL_ICASE, OPT_SELECT,
	  CTX(so) },
	{ "down", 0, OPT_NOARG, NULL,
	  "Interfaces whose ifAdminStatus or ifOperStatus is not up too\n"
	  "(default: admin up and oper up only)", 0, OPT_SET, CTX(down) },
	{ "virtual", 0, OPT_NOARG, NULL,
	  "Loopback, null, tunnel and other virtual interfaces too, and the\n"
	  "pseudo filesystems under /dev, /sys, /run, /proc and /snap", 0,
	  OPT_SET, CTX(virt) },
	{ "skip", 0, OPT_ARG, "KIND[,KIND...]",
	  "Leave out these kinds: uptime, load, cpu, memory, storage,\n"
	  "interfaces; repeatable", O_SKIP, OPT_CALL, 0 },
	{ "process", 0, OPT_ARG, "NAME",
	  "Also a process check for NAME (hrSWRunName, exact), when it runs;\n"
	  "repeatable (processes are read only when asked)", O_PROCESS,
	  OPT_CALL, 0 },
	THOPT("if-warning", TH_IF_W, "Interface traffic warning, each "
	    "direction (default 80%; the\nplugin's --traffic-warning)"),
	THOPT("if-critical", TH_IF_C, "Interface traffic critical "
	    "(default 90%)"),
	THOPT("disk-warning", TH_DISK_W, "Volume warning: used % or free "
	    "bytes with a unit (default 80)"),
	THOPT("disk-critical", TH_DISK_C, "Volume critical (default 90)"),
	THOPT("memory-warning", TH_MEM_W, "RAM warning: used % or "
	    "available bytes (default 90)"),
	THOPT("memory-critical", TH_MEM_C, "RAM critical (default 95)"),
	THOPT("load-warning", TH_LOAD_W, "Load averages per CPU, 1, 5, 15 "
	    "minutes (default 1.5,1.2,1)"),
	THOPT("load-critical", TH_LOAD_C, "Load averages per CPU, critical "
	    "(default 3,2,1.5)"),
	THOPT("cpu-warning", TH_CPU_W, "CPU utilisation warning, % "
	    "(default 80)"),
	THOPT("cpu-critical", TH_CPU_C, "CPU utilisation critical, % "
	    "(default 95)"),
	THOPT("uptime-warning", TH_UP_W, "Uptime warning range (default "
	    "15m:, a recent reboot)"),
	THOPT("uptime-critical", TH_UP_C, "Uptime critical range (default "
	    "5m:)"),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"A threshold option given as an empty string leaves that threshold out.\n"
"Interfaces are kept when admin and oper up and of a physical type (not\n"
"softwareLoopback, propVirtual, tunnel, nor a Null interface); volumes\n"
"when hrStorageFixedDisk; the memory, load and CPU checks when the agent\n"
"has what they read; uptime always.  --include and --exclude then narrow\n"
"interfaces and volumes.  Each check selects its item by name (-n with\n"
"--match-on when ifName is not unique; with --index as well only when no\n"
"name is unique), so that a renumbered index never checks another port.\n"
"SNMPv3 passwords are never written: the output says where to put them.\n"
"The exit status is 0 with the configuration on stdout, 3 (UNKNOWN, with\n"
"the reason on stdout) when the agent could not be read.\n"
"\n"
"Examples:\n"
"  snmp_discover -H switch1 -C s3cret > /etc/icinga2/conf.d/switch1.conf\n"
"  snmp_discover -H switch1 --format nagios --if-warning 70% > switch1.cfg\n"
"  snmp_discover -H srv1 -E '^(docker|veth)' --process sshd\n"
"  snmp_discover --walk-file host.walk --address 192.0.2.1 --format json\n";

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	static const char *const fmts[] = { "icinga2", "nagios", "json" };
	struct ctx *c = arg;
	char buf[256], *tok, *save;
	int i, found;

	switch (id) {
	case O_FORMAT:
		for (i = 0; i < 3; i++) {
			if (strcmp(optarg, fmts[i]) == 0) {
				c->format = i;
				return 0;
			}
		}
		snprintf(err, errlen, "Invalid --format '%s': expected "
		    "icinga2, nagios or json", optarg);
		return -1;
	case O_PROCESS:
		if (c->nprocs == MAX_PROCS || *optarg == '\0') {
			snprintf(err, errlen, "Invalid --process '%s': a name, "
			    "at most %d of them", optarg, MAX_PROCS);
			return -1;
		}
		c->procs[c->nprocs++] = optarg;
		return 0;
	}
	snprintf(buf, sizeof(buf), "%s", optarg);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		for (i = 0, found = 0; i < K_PROCESS; i++) {
			if (strcmp(tok, kinds[i].word) == 0) {
				c->skip |= 1u << i;
				found = 1;
			}
		}
		if (!found) {
			snprintf(err, errlen, "Invalid --skip '%s': expected "
			    "uptime, load, cpu, memory, storage or interfaces",
			    tok);
			return -1;
		}
	}
	return 0;
}

/* ---- reading the agent ------------------------------------------------ */

static void
read_system(struct plugin *p, struct ctx *c)
{
	static const uint32_t sys[] = { 1, 3, 6, 1, 2, 1, 1 };
	/* sysDescr, sysObjectID, sysUpTime, sysContact, sysName, sysLocation */
	struct oid oids[6];
	struct varbind vb[6];
	struct oid o;
	size_t i;

	for (i = 0; i < 6; i++) {
		memcpy(oids[i].arcs, sys, sizeof(sys));
		oids[i].arcs[7] = (uint32_t)i + 1;
		oids[i].arcs[8] = 0;
		oids[i].len = 9;
	}
	plugin_get(p, oids, 6, vb);
	cell_text(&vb[0].val, c->sysdescr, sizeof(c->sysdescr));
	if (vb[1].val.type == VAL_OID &&
	    oid_from_ber(&o, vb[1].val.bytes, vb[1].val.len) == SNMP_OK)
		oid_format(&o, c->sysoid, sizeof(c->sysoid));
	if (vb[2].val.type == VAL_TIMETICKS) {
		c->has_uptime = 1;
		c->uptime = vb[2].val.u;
	}
	cell_text(&vb[3].val, c->syscontact, sizeof(c->syscontact));
	cell_text(&vb[4].val, c->sysname, sizeof(c->sysname));
	cell_text(&vb[5].val, c->syslocation, sizeof(c->syslocation));
}

static void
read_interfaces(struct plugin *p, struct ctx *c)
{
	static const int lc[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS,
	    IF_ADMIN, IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS };
	enum { NLC = sizeof(lc) / sizeof(lc[0]) };
	struct oid oids[NLC];
	struct table t;
	struct ifmib_row *f;
	size_t i, j;

	for (i = 0; i < NLC; i++)
		ifmib_column(&oids[i], lc[i]);
	plugin_walk(p, oids, NLC, &t);
	if (t.nrows > 0 && (c->ifs = calloc(t.nrows, sizeof(*c->ifs))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		f = &c->ifs[c->nifs];
		f->idx = t.rows[i].index[0];
		f->type = -1;
		for (j = 0; j < NLC; j++)
			ifmib_store(f, lc[j], &t.rows[i].val[j]);
		if (f->exists)
			c->nifs++;
	}
	table_free(&t);
}

static void
read_processes(struct plugin *p, struct ctx *c)
{
	struct hrswrun sw;
	size_t i, k;
	int rc;

	if ((rc = hrswrun_walk(p->s, 1u << HRSW_NAME, &sw)) != SNMP_OK)
		plugin_fail(p, rc);
	c->has_swrun = sw.nrows > 0;
	for (i = 0; i < sw.nrows; i++) {
		for (k = 0; k < c->nprocs; k++) {
			if (sw.rows[i].name != NULL &&
			    strcmp(sw.rows[i].name, c->procs[k]) == 0)
				c->proc_count[k]++;
		}
	}
	hrswrun_free(&sw);
}

/* Everything, each table once; what a kind is skipped for is not read. */
static void
read_agent(struct plugin *p, struct ctx *c)
{
	unsigned tables = 0;
	int rc;

	read_system(p, c);
	if (!(c->skip & (1u << K_IF)))
		read_interfaces(p, c);
	if ((c->skip & (1u << K_DISK | 1u << K_MEMORY)) !=
	    (1u << K_DISK | 1u << K_MEMORY) &&
	    (rc = hrstorage_walk(p->s, &c->hrs, &c->nhrs)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_MEMORY)) &&
	    (rc = ucd_mem_get(p->s, &c->mem)) != SNMP_OK)
		plugin_fail(p, rc);
	if (!(c->skip & (1u << K_LOAD)))
		tables |= CPU_LA;
	if (!(c->skip & (1u << K_LOAD | 1u << K_CPU)) || !(c->skip &
	    (1u << K_CPU)))
		tables |= CPU_HRPROC;
	if (tables != 0 && (rc = cpu_walk(p->s, tables, &c->cpu)) != SNMP_OK)
		plugin_fail(p, rc);
	if (c->nprocs > 0)
		read_processes(p, c);
}

/* ---- choosing --------------------------------------------------------- */

/* Loopback, null and virtual interfaces, left out unless --virtual. */
static int
if_virtual(const struct ifmib_row *f)
{
	switch (f->type) {
	case 24:	/* softwareLoopback */
	case 53:	/* propVirtual */
	case 131:	/* tunnel */
		return 1;
	}
	return strncmp(f->name, "Null", 4) == 0 ||
	    strncmp(f->descr, "Null", 4) == 0;
}

static void
choose_interfaces(struct ctx *c)
{
	const char *t[3];
	const struct ifmib_row *f;
	size_t i;

	if (c->nifs == 0)
		return;
	if ((c->if_sel = calloc(c->nifs, 1)) == NULL ||
	    (c->if_why = calloc(c->nifs, sizeof(*c->if_why))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < c->nifs; i++) {
		f = &c->ifs[i];
		t[0] = f->name;
		t[1] = f->descr;
		t[2] = f->alias;
		if (!c->down && f->admin != 1)
			c->if_why[i] = "admin not up";
		else if (!c->down && f->oper != OPER_UP)
			c->if_why[i] = "oper not up";
		else if (!c->virt && if_virtual(f))
			c->if_why[i] = "virtual";
		else if (!select_match_any(&c->sel, t, 3))
			c->if_why[i] = "include/exclude";
		else if (f->name[0] == '\0' && f->descr[0] == '\0' &&
		    f->alias[0] == '\0')
			c->if_why[i] = "no name";
		else
			c->if_sel[i] = 1;
	}
}

/* Linux's memory-backed and kernel filesystems, snap's squashfs images. */
static int
pseudo_fs(const char *path)
{
	static const char *const dirs[] = { "/dev", "/sys", "/run", "/proc",
	    "/snap" };
	size_t i, n;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		n = strlen(dirs[i]);
		if (strncmp(path, dirs[i], n) == 0 &&
		    (path[n] == '\0' || path[n] == '/'))
			return 1;
	}
	return 0;
}

static void
choose_storage(struct ctx *c)
{
	const struct hrstorage_row *r;
	size_t i;

	if (c->nhrs == 0)
		return;
	if ((c->hrs_why = calloc(c->nhrs, sizeof(*c->hrs_why))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < c->nhrs; i++) {
		r = &c->hrs[i];
		if (c->skip & (1u << K_DISK))
			c->hrs_why[i] = "skipped";
		else if (r->type != HRS_FIXED)
			c->hrs_why[i] = "not a fixed disk";
		else if (r->descr[0] == '\0')
			c->hrs_why[i] = "no name";
		else if (!r->valid || r->size == 0)
			c->hrs_why[i] = "no size";
		else if (!c->virt && pseudo_fs(r->descr))
			c->hrs_why[i] = "pseudo filesystem";
		else if (!select_match(&c->sel, r->descr))
			c->hrs_why[i] = "include/exclude";
	}
}

/* ---- services --------------------------------------------------------- */

/*
 * Service names are the same in both formats: Nagios' default
 * illegal_object_name_chars become '_' (Icinga 2 forbids only '!').
 */
static void
svc_name(char *buf, size_t cap, const char *prefix, const char *item)
{
	static const char bad[] = "`~!$%^&*|'\"<>?,()=;";
	size_t i, n;

	if (item == NULL) {
		snprintf(buf, cap, "%s", prefix);
		return;
	}
	snprintf(buf, cap, "%s %s", prefix, item);
	n = strlen(buf);
	for (i = strlen(prefix); i < n; i++) {
		if (strchr(bad, buf[i]) != NULL || (unsigned char)buf[i] < 32)
			buf[i] = '_';
	}
	/* a trailing backslash (C:\) would escape the line's end */
	while (n > 0 && (buf[n - 1] == '\\' || buf[n - 1] == ' '))
		buf[--n] = '\0';
}

static struct svc *
svc_add(struct ctx *c, int kind, const char *item)
{
	struct svc *s;
	size_t i, n;

	if (c->nsvcs == c->capsvcs) {
		c->capsvcs = c->capsvcs ? c->capsvcs * 2 : 32;
		if ((s = realloc(c->svcs, c->capsvcs * sizeof(*s))) == NULL)
			die(STATE_UNKNOWN, "out of memory");
		c->svcs = s;
	}
	s = &c->svcs[c->nsvcs++];
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	/* room for the number below */
	svc_name(s->name, sizeof(s->name) - 24, kinds[kind].prefix, item);
	/* two items that read alike: the later ones numbered */
	for (i = 0; i + 1 < c->nsvcs; i++) {
		if (strcmp(c->svcs[i].name, s->name) == 0) {
			n = strlen(s->name);
			snprintf(s->name + n, sizeof(s->name) - n, " #%lu",
			    (unsigned long)c->nsvcs);
			break;
		}
	}
	return s;
}

static void
arg_add(struct svc *s, const char *var, const char *opt, const char *val)
{
	struct arg *a;

	if (s->nargs == MAX_ARGS)
		die(STATE_UNKNOWN, "internal error: too many arguments");
	a = &s->args[s->nargs++];
	a->var = var;
	a->opt = opt;
	a->val = NULL;
	if (val != NULL && (a->val = strdup(val)) == NULL)
		die(STATE_UNKNOWN, "out of memory");
}

/* A threshold, unless the option was given empty. */
static void
arg_th(struct svc *s, const char *var, const char *opt, const char *val)
{
	if (val != NULL && *val != '\0')
		arg_add(s, var, opt, val);
}

/* How many interfaces read f's field like f does. */
static size_t
if_count(const struct ctx *c, size_t off, const char *text)
{
	size_t i, n = 0;

	for (i = 0; i < c->nifs; i++) {
		if (strcmp((const char *)&c->ifs[i] + off, text) == 0)
			n++;
	}
	return n;
}

/*
 * The key an interface check selects by: ifName when unique (the
 * plugin's default), else ifDescr, else ifAlias; when no text is unique,
 * the name and the ifIndex both, so that a renumbered row is UNKNOWN
 * rather than another port.
 */
static void
svc_interface(struct ctx *c, const struct ifmib_row *f)
{
	static const struct { const char *field; size_t off; } keys[] = {
		{ "name", offsetof(struct ifmib_row, name) },
		{ "descr", offsetof(struct ifmib_row, descr) },
		{ "alias", offsetof(struct ifmib_row, alias) }
	};
	const char *text;
	char idx[16];
	struct svc *s;
	size_t k;

	for (k = 0; k < 3; k++) {
		text = (const char *)f + keys[k].off;
		if (*text != '\0' && if_count(c, keys[k].off, text) == 1)
			break;
	}
	if (k == 3) {
		for (k = 0; k < 2; k++) {
			if (*((const char *)f + keys[k].off) != '\0')
				break;
		}
	}
	text = (const char *)f + keys[k].off;
	s = svc_add(c, K_IF, text);
	arg_add(s, "snmp_interface_name", "-n", text);
	if (k > 0 || f->name[0] == '\0')
		arg_add(s, "snmp_interface_match_on", "--match-on",
		    keys[k].field);
	if (if_count(c, keys[k].off, text) > 1) {
		snprintf(idx, sizeof(idx), "%lu", (unsigned long)f->idx);
		arg_add(s, "snmp_interface_index", "--index", idx);
	}
	/* a percentage needs a speed: none for a port that reports 0 */
	if (ifmib_speed(f) > 0) {
		arg_th(s, "snmp_interface_traffic_warning", "--traffic-warning",
		    c->th[TH_IF_W]);
		arg_th(s, "snmp_interface_traffic_critical",
		    "--traffic-critical", c->th[TH_IF_C]);
	}
}

/* "C:\ Label:  Serial Number 6ad4f2e3" is the volume C:\ (Windows). */
static void
disk_label(char *buf, size_t cap, const char *descr)
{
	const char *e = strstr(descr, " Label:");
	size_t n = e != NULL ? (size_t)(e - descr) : strlen(descr);

	snprintf(buf, cap, "%.*s", (int)n, descr);
}

static int
has_ucd_mem(const struct ctx *c)
{
	return c->mem.have[UCD_TOTALREAL] && c->mem.have[UCD_AVAILREAL];
}

static int
has_hr_ram(const struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nhrs; i++) {
		if (c->hrs[i].type == HRS_RAM && c->hrs[i].valid)
			return 1;
	}
	return 0;
}

static void
plan_system(struct ctx *c)
{
	struct svc *s;
	int per_cpu = c->cpu.nlisted > 0;

	if (!(c->skip & (1u << K_UPTIME)) && c->has_uptime) {
		s = svc_add(c, K_UPTIME, NULL);
		arg_th(s, "snmp_uptime_warning", "-w", c->th[TH_UP_W]);
		arg_th(s, "snmp_uptime_critical", "-c", c->th[TH_UP_C]);
	}
	if (!(c->skip & (1u << K_LOAD)) && c->cpu.nla > 0) {
		s = svc_add(c, K_LOAD, NULL);
		/* per-CPU thresholds need the CPUs counted */
		if (per_cpu) {
			arg_add(s, "snmp_load_per_cpu", "-r", NULL);
			arg_th(s, "snmp_load_warning", "-w", c->th[TH_LOAD_W]);
			arg_th(s, "snmp_load_critical", "-c",
			    c->th[TH_LOAD_C]);
		}
	}
	if (!(c->skip & (1u << K_CPU)) && c->cpu.nlisted > 0) {
		s = svc_add(c, K_CPU, NULL);
		arg_add(s, "snmp_load_cpu", "--cpu", NULL);
		arg_th(s, "snmp_load_warning", "-w", c->th[TH_CPU_W]);
		arg_th(s, "snmp_load_critical", "-c", c->th[TH_CPU_C]);
	}
	if (!(c->skip & (1u << K_MEMORY)) && (has_ucd_mem(c) ||
	    has_hr_ram(c))) {
		s = svc_add(c, K_MEMORY, NULL);
		arg_th(s, "snmp_memory_warning", "-w", c->th[TH_MEM_W]);
		arg_th(s, "snmp_memory_critical", "-c", c->th[TH_MEM_C]);
	}
}

static void
plan(struct ctx *c)
{
	char label[HRSTORAGE_TEXT_MAX];
	struct svc *s;
	size_t i;

	plan_system(c);
	for (i = 0; i < c->nhrs; i++) {
		if (c->hrs_why[i] != NULL)
			continue;
		disk_label(label, sizeof(label), c->hrs[i].descr);
		s = svc_add(c, K_DISK, label);
		arg_add(s, "snmp_storage_name", "-n", c->hrs[i].descr);
		arg_th(s, "snmp_storage_warning", "-w", c->th[TH_DISK_W]);
		arg_th(s, "snmp_storage_critical", "-c", c->th[TH_DISK_C]);
	}
	for (i = 0; i < c->nifs; i++) {
		if (c->if_sel[i])
			svc_interface(c, &c->ifs[i]);
	}
	for (i = 0; i < c->nprocs; i++) {
		if (c->proc_count[i] == 0)
			continue;
		s = svc_add(c, K_PROCESS, c->procs[i]);
		arg_add(s, "snmp_process_name", "-n", c->procs[i]);
		arg_add(s, "snmp_process_critical", "-c", "1:");
	}
}

/* ---- Icinga 2 ---------------------------------------------------------- */

/*
 * An Icinga 2 string: quotes and backslashes escaped, '$' doubled (every
 * custom variable is macro-expanded where a command uses it).
 */
static void
i2_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else if (*s == '$')
			fputs("$$", fp);
		else if ((unsigned char)*s < 32)
			fputc(' ', fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

static void
i2_var(FILE *fp, const char *name, const char *val)
{
	fprintf(fp, "\tvars.%s = ", name);
	if (val == NULL)
		fputs("true", fp);
	else
		i2_str(fp, val);
	fputc('\n', fp);
}

/* A comment's text: no end of comment inside, one line. */
static void
comment_text(FILE *fp, const char *s, size_t max)
{
	size_t n;

	for (n = 0; *s != '\0' && n < max; s++, n++) {
		if (*s == '\n' || *s == '\r')
			break;
		if (s[0] == '*' && s[1] == '/')
			fputs("* ", fp);
		else
			fputc(*s, fp);
	}
}

static const char *
version_word(int v)
{
	return v == SNMP_V1 ? "1" : v == SNMP_V3 ? "3" : "2c";
}

static const char *
auth_word(int a)
{
	return a == USM_AUTH_SHA1 ? "SHA" : usm_auth_name(a);
}

static const char *
priv_word(int p)
{
	return p == USM_PRIV_AES128 ? "AES" : usm_priv_name(p);
}

static const char *const levels[] = { "noAuthNoPriv", "authNoPriv",
	"authPriv" };

static void
i2_agent(FILE *fp, const struct snmp_opts *o)
{
	char port[16];

	if (o->port != 161) {
		snprintf(port, sizeof(port), "%d", o->port);
		i2_var(fp, "snmp_port", port);
	}
	if (o->version != SNMP_V2C)
		i2_var(fp, "snmp_version", version_word(o->version));
	if (o->version != SNMP_V3) {
		if (strcmp(o->community, "public") != 0)
			i2_var(fp, "snmp_community", o->community);
		return;
	}
	i2_var(fp, "snmpv3_user", o->user);
	i2_var(fp, "snmpv3_seclevel", levels[o->level]);
	if (o->level >= 1)
		i2_var(fp, "snmpv3_auth_alg", auth_word(o->auth));
	if (o->level == 2)
		i2_var(fp, "snmpv3_priv_alg", priv_word(o->priv));
	if (o->context != NULL && *o->context != '\0')
		i2_var(fp, "snmpv3_context", o->context);
	if (o->level >= 1)
		fputs("\t/* the secrets are not written: set\n"
		    "\t * vars.snmpv3_auth_pass_file (and\n"
		    "\t * vars.snmpv3_priv_pass_file), or the _pass variables */\n",
		    fp);
}

static void
header(FILE *fp, const struct ctx *c, const char *peer, const char *lead,
    const char *cont)
{
	fprintf(fp, "%s Discovered by snmp_discover (snmp-plugins %s) from "
	    "%s", lead, SNMP_PLUGINS_VERSION, peer);
	if (c->sysdescr[0] != '\0') {
		fprintf(fp, ":\n%s ", cont);
		comment_text(fp, c->sysdescr, 100);
	}
	fprintf(fp, "\n%s %zu service%s from %zu interface%s and %zu storage "
	    "row%s.\n", cont, c->nsvcs, c->nsvcs == 1 ? "" : "s", c->nifs,
	    c->nifs == 1 ? "" : "s", c->nhrs, c->nhrs == 1 ? "" : "s");
}

static void
print_icinga2(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	const struct svc *s;
	size_t i, j;

	header(fp, c, peer, "/*", " *");
	fputs(" * The commands are those of contrib/icinga2/snmp-plugins.conf "
	    "(include <snmp-plugins>). */\n\nobject Host ", fp);
	i2_str(fp, c->hostname);
	fputs(" {\n", fp);
	if (*c->host_tmpl != '\0') {
		fputs("\timport ", fp);
		i2_str(fp, c->host_tmpl);
		fputc('\n', fp);
	} else
		fputs("\tcheck_command = \"hostalive\"\n", fp);
	fputs("\taddress = ", fp);
	i2_str(fp, c->address);
	fputc('\n', fp);
	i2_agent(fp, o);
	fputs("}\n", fp);
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		fputs("\nobject Service ", fp);
		i2_str(fp, s->name);
		fputs(" {\n", fp);
		if (*c->svc_tmpl != '\0') {
			fputs("\timport ", fp);
			i2_str(fp, c->svc_tmpl);
			fputc('\n', fp);
		}
		fputs("\thost_name = ", fp);
		i2_str(fp, c->hostname);
		fprintf(fp, "\n\tcheck_command = \"%s\"\n",
		    kinds[s->kind].command);
		for (j = 0; j < s->nargs; j++)
			i2_var(fp, s->args[j].var, s->args[j].val);
		fputs("}\n", fp);
	}
}

/* ---- Nagios ------------------------------------------------------------ */

/*
 * An argument of a Nagios command line: single-quoted for the shell
 * unless plain, then '$' doubled (macros), '!' and ';' escaped (the
 * argument separator, the comment).
 */
static void
ng_arg(FILE *fp, const char *s)
{
	static const char plain[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:%@+,=-";
	int quote = *s == '\0' || strspn(s, plain) != strlen(s);

	if (quote)
		fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", fp);
		else if (*s == '$')
			fputs("$$", fp);
		else if (*s == '!' || *s == ';')
			fprintf(fp, "\\%c", *s);
		else if ((unsigned char)*s < 32)
			fputc(' ', fp);
		else
			fputc(*s, fp);
	}
	if (quote)
		fputc('\'', fp);
}

static void
ng_agent(FILE *fp, const struct snmp_opts *o)
{
	fprintf(fp, "    %-23s -P %s", "_SNMP_ARGS", version_word(o->version));
	if (o->port != 161)
		fprintf(fp, " -p %d", o->port);
	if (o->version != SNMP_V3) {
		fputs(" -C ", fp);
		ng_arg(fp, o->community);
		fputc('\n', fp);
		return;
	}
	fputs(" -U ", fp);
	ng_arg(fp, o->user);
	fprintf(fp, " -L %s", levels[o->level]);
	if (o->level >= 1)
		fprintf(fp, " -a %s", auth_word(o->auth));
	if (o->level == 2)
		fprintf(fp, " -x %s", priv_word(o->priv));
	if (o->context != NULL && *o->context != '\0') {
		fputs(" -N ", fp);
		ng_arg(fp, o->context);
	}
	fputc('\n', fp);
}

static void
ng_defaults(FILE *fp, const char *tmpl)
{
	if (*tmpl != '\0') {
		fprintf(fp, "    %-23s %s\n", "use", tmpl);
		return;
	}
	fprintf(fp, "    %-23s 3\n    %-23s 5\n    %-23s 1\n    %-23s 24x7\n",
	    "max_check_attempts", "check_interval", "retry_interval",
	    "check_period");
}

static void
print_nagios(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	const struct svc *s;
	size_t i, j;

	header(fp, c, peer, "#", "#");
	fputs("# The commands are those of contrib/nagios/snmp-plugins.cfg."
	    "\n", fp);
	if (o->version == SNMP_V3 && o->level >= 1)
		fputs("# The secrets are not written: add --authpasswd-file "
		    "(and --privpasswd-file)\n# or --extra-opts to "
		    "_SNMP_ARGS.\n", fp);
	fputs("\ndefine host {\n", fp);
	ng_defaults(fp, c->host_tmpl);
	fprintf(fp, "    %-23s %s\n    %-23s %s\n", "host_name", c->hostname,
	    "address", c->address);
	ng_agent(fp, o);
	fputs("}\n", fp);
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		fputs("\ndefine service {\n", fp);
		ng_defaults(fp, c->svc_tmpl);
		fprintf(fp, "    %-23s %s\n    %-23s %s\n    %-23s %s",
		    "host_name", c->hostname, "service_description", s->name,
		    "check_command", kinds[s->kind].command);
		for (j = 0; j < s->nargs; j++) {
			fprintf(fp, "%c%s", j == 0 ? '!' : ' ',
			    s->args[j].opt);
			if (s->args[j].val != NULL) {
				fputc(' ', fp);
				ng_arg(fp, s->args[j].val);
			}
		}
		fputs("\n}\n", fp);
	}
}

/* ---- JSON -------------------------------------------------------------- */

static void
js_system(struct json *j, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	json_object(j, "agent");
	json_str(j, "peer", peer);
	json_str(j, "version", version_word(o->version));
	json_close(j);
	json_object(j, "system");
	json_str(j, "name", c->sysname);
	json_str(j, "descr", c->sysdescr);
	json_str(j, "object_id", c->sysoid);
	json_str(j, "contact", c->syscontact);
	json_str(j, "location", c->syslocation);
	if (c->has_uptime)
		json_uint(j, "uptime_ticks", c->uptime);
	else
		json_null(j, "uptime_ticks");
	json_close(j);
}

static void
js_why(struct json *j, const char *why)
{
	json_bool(j, "selected", why == NULL);
	if (why != NULL)
		json_str(j, "why_not", why);
	else
		json_null(j, "why_not");
}

static void
js_interfaces(struct json *j, const struct ctx *c)
{
	const struct ifmib_row *f;
	const char *tn;
	size_t i;

	json_array(j, "interfaces");
	for (i = 0; i < c->nifs; i++) {
		f = &c->ifs[i];
		json_object(j, NULL);
		json_uint(j, "index", f->idx);
		json_str(j, "name", f->name);
		json_str(j, "descr", f->descr);
		json_str(j, "alias", f->alias);
		json_str(j, "phys_address", f->phys);
		if (f->type >= 0)
			json_int(j, "type", f->type);
		else
			json_null(j, "type");
		if ((tn = ifmib_type_name(f->type)) != NULL)
			json_str(j, "type_name", tn);
		else
			json_null(j, "type_name");
		json_uint(j, "speed", ifmib_speed(f));
		json_str(j, "admin", ifmib_admin_name(f->admin));
		json_str(j, "oper", ifmib_oper_name(f->oper));
		js_why(j, c->if_why[i]);
		json_close(j);
	}
	json_close(j);
}

static void
js_storage(struct json *j, const struct ctx *c)
{
	const struct hrstorage_row *r;
	size_t i;

	json_array(j, "storage");
	for (i = 0; i < c->nhrs; i++) {
		r = &c->hrs[i];
		json_object(j, NULL);
		json_uint(j, "index", r->index);
		json_str(j, "type", r->typetext);
		json_str(j, "descr", r->descr);
		if (r->valid) {
			json_uint(j, "size", r->size);
			json_uint(j, "used", r->used);
		} else {
			json_null(j, "size");
			json_null(j, "used");
		}
		js_why(j, c->hrs_why[i]);
		json_close(j);
	}
	json_close(j);
}

static void
js_cpu(struct json *j, const struct ctx *c)
{
	const struct cpu_la *la;
	const struct cpu_proc *pr;
	size_t i;

	json_array(j, "load");
	for (i = 0; i < c->cpu.nla; i++) {
		la = &c->cpu.la[i];
		json_object(j, NULL);
		json_uint(j, "index", la->index);
		json_str(j, "name", la->name);
		if (la->src != NULL)
			json_double(j, "load", (double)la->h / 100, 2);
		else
			json_null(j, "load");
		json_close(j);
	}
	json_close(j);
	json_array(j, "processors");
	for (i = 0; i < c->cpu.nproc; i++) {
		pr = &c->cpu.proc[i];
		if (!pr->listed)
			continue;
		json_object(j, NULL);
		json_uint(j, "index", pr->index);
		if (pr->load.type == VAL_INTEGER)
			json_int(j, "load", pr->load.i);
		else
			json_null(j, "load");
		json_close(j);
	}
	json_close(j);
}

static void
js_memory(struct json *j, const struct ctx *c)
{
	size_t k;

	json_object(j, "ucd_memory_kb");
	for (k = 0; k < UCD_NMEM; k++) {
		if (c->mem.have[k])
			json_uint(j, ucd_mem_name((int)k), c->mem.kb[k]);
	}
	json_close(j);
}

static void
js_services(struct json *j, const struct ctx *c)
{
	const struct svc *s;
	size_t i, k;

	json_array(j, "services");
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		json_object(j, NULL);
		json_str(j, "name", s->name);
		json_str(j, "kind", kinds[s->kind].word);
		json_str(j, "command", kinds[s->kind].command);
		json_array(j, "arguments");
		for (k = 0; k < s->nargs; k++) {
			json_str(j, NULL, s->args[k].opt);
			if (s->args[k].val != NULL)
				json_str(j, NULL, s->args[k].val);
		}
		json_close(j);
		json_object(j, "vars");
		for (k = 0; k < s->nargs; k++) {
			if (s->args[k].val != NULL)
				json_str(j, s->args[k].var, s->args[k].val);
			else
				json_bool(j, s->args[k].var, 1);
		}
		json_close(j);
		json_close(j);
	}
	json_close(j);
}

static void
print_json(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	struct json j;
	const char *doc;
	size_t len, i;
	int rc;

	json_init(&j);
	json_object(&j, NULL);
	json_str(&j, "snmp_discover", SNMP_PLUGINS_VERSION);
	json_str(&j, "host_name", c->hostname);
	json_str(&j, "address", c->address);
	js_system(&j, c, o, peer);
	js_interfaces(&j, c);
	js_storage(&j, c);
	js_memory(&j, c);
	js_cpu(&j, c);
	json_array(&j, "processes");
	for (i = 0; i < c->nprocs; i++) {
		json_object(&j, NULL);
		json_str(&j, "name", c->procs[i]);
		json_uint(&j, "count", c->proc_count[i]);
		json_close(&j);
	}
	json_close(&j);
	js_services(&j, c);
	json_close(&j);
	if ((doc = json_done(&j, &len, &rc)) == NULL)
		die(STATE_UNKNOWN, "Cannot write the JSON document: %s",
		    snmp_strerror(rc));
	fwrite(doc, 1, len, fp);
	json_free(&j);
}

static int
has_disk(const struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nsvcs; i++) {
		if (c->svcs[i].kind == K_DISK)
			return 1;
	}
	return 0;
}

/* ---- main -------------------------------------------------------------- */

static void
setup(struct ctx *c, const struct snmp_opts *o)
{
	static const char *const defaults[NTH] = { "80%", "90%", "80", "90",
	    "90", "95", "1.5,1.2,1", "3,2,1.5", "80", "95", "15m:", "5m:" };
	char err[512];
	size_t i;

	for (i = 0; i < NTH; i++) {
		if (c->th[i] == NULL)
			c->th[i] = defaults[i];
	}
	if (c->svc_tmpl == NULL)
		c->svc_tmpl = "generic-service";
	if (c->address == NULL)
		c->address = o->host;
	if (c->address == NULL)
		die(STATE_UNKNOWN, "--walk-file needs --address: the host's "
		    "address in the configuration");
	if (select_build(&c->sel, &c->so, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	c->sel_built = 1;
}

/* The host object's name: --host-name, else sysName, else the address. */
static void
name_host(struct ctx *c)
{
	static char name[NAME_MAX_LEN];
	const char *n = c->hostname;

	if (n == NULL)
		n = c->sysname[0] != '\0' ? c->sysname : c->address;
	svc_name(name, sizeof(name), "", n);
	/* svc_name put the prefix's space first */
	c->hostname = name[0] == ' ' ? name + 1 : name;
}

static void
ctx_free(struct ctx *c)
{
	size_t i, j;

	for (i = 0; i < c->nsvcs; i++) {
		for (j = 0; j < c->svcs[i].nargs; j++)
			free(c->svcs[i].args[j].val);
	}
	free(c->svcs);
	free(c->ifs);
	free(c->if_sel);
	free(c->if_why);
	free(c->hrs);
	free(c->hrs_why);
	cpu_free(&c->cpu);
	if (c->sel_built)
		select_free(&c->sel);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"snmp_discover",
		"Read an agent once and print the configuration that checks it: "
		"Icinga 2 objects, Nagios definitions, or the inventory as JSON.",
		"-H HOST [-f icinga2|nagios|json] [-r REGEX] [-E REGEX] "
		"[options]",
		discover_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	char peer[300];

	plugin_start(&p, &pi, argc, argv);
	setup(&c, &p.o);
	plugin_open(&p);
	snprintf(peer, sizeof(peer), "%s", session_peer(p.s));
	read_agent(&p, &c);
	choose_interfaces(&c);
	choose_storage(&c);
	name_host(&c);
	plan(&c);
	if (c.host_tmpl == NULL)
		c.host_tmpl = c.format != F_NAGIOS ? "generic-host" :
		    has_disk(&c) ? "linux-server" : "generic-switch";
	if (c.format == F_ICINGA2)
		print_icinga2(stdout, &c, &p.o, peer);
	else if (c.format == F_NAGIOS)
		print_nagios(stdout, &c, &p.o, peer);
	else
		print_json(stdout, &c, &p.o, peer);
	if (p.o.verbose > 0)
		fprintf(stderr, "snmp_discover: %u request%s, %lld ms\n",
		    session_requests(p.s), session_requests(p.s) == 1 ? "" :
		    "s", (long long)(snmp_now_ms() - p.started));
	ctx_free(&c);
	session_free(p.s);
	options_free(&p.o);
	free(p.out);
	if (fflush(stdout) != 0 || ferror(stdout))
		return STATE_UNKNOWN;
	return STATE_OK;
}
