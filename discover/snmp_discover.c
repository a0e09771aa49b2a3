/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover: not a check.  One pass over an agent (the system group,
 * IF-MIB ifTable/ifXTable, HOST-RESOURCES-MIB hrStorageTable and
 * hrProcessorTable, UCD-SNMP-MIB laTable and memory, a network device's
 * CPU table, memory pools and sensors, hrSWRunTable only for --process)
 * prints ready configuration for the check plugins: Icinga 2 objects,
 * Nagios definitions, or the raw inventory as JSON.
 *
 * Every table is read once, its columns several to a GETBULK (table.c);
 * the per-table readers are the plugins' own (ifmib, hrstorage, ucd, cpu,
 * mempool, sensor, hrswrun), so that what is discovered is what the
 * checks will find.  Items are named by stable keys (ifName, else ifDescr
 * or ifAlias; the mount point; the sensor's name), never by an index
 * alone: an index that renumbers after a reboot would silently check
 * another port.  What is discovered, and how it becomes a service, is a
 * list of item kinds (enum kind).
 * This file holds the options and main(); discover.h names the others.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discover.h"
#include "options.h"

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
	  "interfaces, sensors; repeatable", O_SKIP, OPT_CALL, 0 },
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
"has what they read (a device's CPU table and memory pools too); a check\n"
"per sensor that check_snmp_sensor checks by default and the device\n"
"reports present; uptime always.  --include and --exclude then narrow\n"
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
			    "uptime, load, cpu, memory, storage, interfaces or "
			    "sensors",
			    tok);
			return -1;
		}
	}
	return 0;
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
	for (i = 0; i < c->nifs; i++)
		ifmib_row_free(&c->ifs[i]);
	free(c->ifs);
	free(c->if_sel);
	free(c->if_why);
	free(c->hrs);
	free(c->hrs_why);
	cpu_free(&c->cpu);
	cpu_devs_free(&c->cdev);
	mempools_free(&c->pools);
	sensor_free(&c->sensors);
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
