/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover, planning: a service per chosen item, with the arguments
 * of its check (its Icinga 2 variable and its option), the same in every
 * output format.
 */
#include <stdlib.h>
#include <string.h>

#include "discover.h"

/* The plugins and their commands in contrib/ (icinga2/, nagios/). */
const struct kind_info kinds[NKINDS] = {
	{ "uptime", "snmp-plugins-uptime", "snmp-uptime" },
	{ "load", "snmp-plugins-load", "snmp-load" },
	{ "cpu", "snmp-plugins-load", "snmp-cpu" },
	{ "memory", "snmp-plugins-memory", "snmp-memory" },
	{ "storage", "snmp-plugins-storage", "snmp-disk" },
	{ "interfaces", "snmp-plugins-interface", "snmp-if" },
	{ "sensors", "snmp-plugins-sensor", "snmp-sensor" },
	{ "processes", "snmp-plugins-process", "snmp-process" }
};

/*
 * Service names are the same in both formats: Nagios' default
 * illegal_object_name_chars become '_' (Icinga 2 forbids only '!').
 */
void
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

/* The text field of row f at offset off (ifName, ifDescr, ifAlias). */
static const char *
if_text(const struct ifmib_row *f, size_t off)
{
	const char *t;

	memcpy(&t, (const char *)f + off, sizeof(t));
	return t;
}

/* How many interfaces read f's field like f does. */
static size_t
if_count(const struct ctx *c, size_t off, const char *text)
{
	size_t i, n = 0;

	for (i = 0; i < c->nifs; i++) {
		if (strcmp(if_text(&c->ifs[i], off), text) == 0)
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
		text = if_text(f, keys[k].off);
		if (*text != '\0' && if_count(c, keys[k].off, text) == 1)
			break;
	}
	if (k == 3) {
		for (k = 0; k < 2; k++) {
			if (*if_text(f, keys[k].off) != '\0')
				break;
		}
	}
	text = if_text(f, keys[k].off);
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

int
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
	if (!(c->skip & (1u << K_CPU)) && (c->cpu.nlisted > 0 ||
	    c->cdev.n > 0)) {
		s = svc_add(c, K_CPU, NULL);
		/* the vendor's table by name: laTable would come first */
		if (c->cpu.nlisted > 0)
			arg_add(s, "snmp_load_cpu", "--cpu", NULL);
		else
			arg_add(s, "snmp_load_mib", "--mib",
			    cpu_mib_key(c->cdev.mib));
		arg_th(s, "snmp_load_warning", "-w", c->th[TH_CPU_W]);
		arg_th(s, "snmp_load_critical", "-c", c->th[TH_CPU_C]);
	}
	/* the plugin's own order finds the pools: no --mib needed */
	if (!(c->skip & (1u << K_MEMORY)) && (has_ucd_mem(c) ||
	    c->pools.n > 0 || has_hr_ram(c))) {
		s = svc_add(c, K_MEMORY, NULL);
		arg_th(s, "snmp_memory_warning", "-w", c->th[TH_MEM_W]);
		arg_th(s, "snmp_memory_critical", "-c", c->th[TH_MEM_C]);
	}
}

/*
 * A service per sensor the plugin checks by default (no transceiver
 * optics, none another source gives, none reported absent), selected by
 * its type and its name: the device's states and thresholds judge it.
 */
static void
plan_sensors(struct ctx *c)
{
	const struct sensor *x;
	struct svc *s;
	size_t i;

	for (i = 0; i < c->sensors.n; i++) {
		x = &c->sensors.rows[i];
		if (x->dropped != NULL || x->transceiver ||
		    x->cond == COND_ABSENT || x->name[0] == '\0')
			continue;
		s = svc_add(c, K_SENSOR, x->name);
		arg_add(s, "snmp_sensor_type", "-T", sensor_type_name(x->type));
		arg_add(s, "snmp_sensor_name", "-n", x->name);
	}
}

void
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
	plan_sensors(c);
	for (i = 0; i < c->nprocs; i++) {
		if (c->proc_count[i] == 0)
			continue;
		s = svc_add(c, K_PROCESS, c->procs[i]);
		arg_add(s, "snmp_process_name", "-n", c->procs[i]);
		arg_add(s, "snmp_process_critical", "-c", "1:");
	}
}

