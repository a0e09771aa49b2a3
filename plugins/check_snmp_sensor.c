/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_sensor: temperatures, fans, power supplies, voltages and the
 * other hardware sensors an agent publishes (common/sensor.h reads six
 * MIBs), each checked against the user's ranges or, without them, the
 * device's own thresholds, and always against the device's own state
 * (common/sensorstate.h judges).
 * docs/design/sensor-spec.md, section 1, is the specification.
 */
#include <stdio.h>
#include <stdlib.h>

#include "decimal.h"
#include "jsonrow.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "select.h"
#include "sensor.h"
#include "sensorstate.h"
#include "threshold.h"

#define SERVICE		"SENSOR"
#define ALL_SOURCES	((1u << SENSOR_NSOURCES) - 1)

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_TYPE, O_MIB
};

struct ctx {
	struct sensorstate_rules rules;	/* -w, -c and the device's states */
	unsigned	 types;		/* bit per type; 0: all */
	unsigned	 mibs;		/* bit per source; 0: auto */
	struct select_opts so;
	struct select	 sel;
	int		 transceivers;
	int		 perf_uom;
	int		 list;
	const char	*format;	/* --format, with --list */
	int		 nomatch_state;
};

static const struct opt_def sensor_opts[] = {
	{ "warning", 'w', OPT_ARG, "[TYPE=]RANGE",
	  "Warning range for numeric sensors, in their base unit (C, V, A, W,\n"
	  "rpm, %RH, Hz, dBm); with TYPE= for that type only, which wins over\n"
	  "a range without one; repeatable.  Any range replaces the device's\n"
	  "own thresholds for the sensors it applies to", O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "[TYPE=]RANGE",
	  "Critical range, like -w", O_CRIT, OPT_CALL, 0 },
	{ "type", 'T', OPT_ARG, "TYPE[,TYPE...]",
	  "Check only these types: temperature, fan, power, voltage, current,\n"
	  "humidity, frequency, airflow, optical, state, other (aliases temp,\n"
	  "volt, psu, rh), all; repeatable.  Default: all", O_TYPE, OPT_CALL,
	  0 },
	{ "name", 'n', OPT_ARG, "NAME",
	  "Check the sensors named NAME exactly (or \"NAME #INDEX\", as shown\n"
	  "when two share a name); repeatable", SEL_NAME, OPT_SELECT,
	  offsetof(struct ctx, so) },
	{ "regex", 'r', OPT_ARG, "REGEX",
	  "Check the sensors whose name or description matches the extended\n"
	  "regular expression; repeatable", SEL_INCLUDE, OPT_SELECT,
	  offsetof(struct ctx, so) },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out the sensors whose name or description matches;\n"
	  "repeatable; wins over -n and -r", SEL_EXCLUDE, OPT_SELECT,
	  offsetof(struct ctx, so) },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "-n, -r and -E ignore case", SEL_ICASE, OPT_SELECT,
	  offsetof(struct ctx, so) },
	{ "transceivers", 0, OPT_NOARG, NULL,
	  "Check the sensors of pluggable optics too (entity sensors below a\n"
	  "port); -n or -r naming one checks it without this", 0, OPT_SET,
	  offsetof(struct ctx, transceivers) },
	{ "no-device-thresholds", 0, OPT_NOARG, NULL,
	  "Ignore the device's thresholds (its states still count)", 0,
	  OPT_SET, offsetof(struct ctx, rules.nodev) },
	{ "absent", 0, OPT_ARG, "STATE",
	  "State of a part the device reports as not present (default OK)", 0,
	  OPT_STATE, offsetof(struct ctx, rules.absent_state) },
	{ "unavailable", 0, OPT_ARG, "STATE",
	  "State of a sensor whose own status says its value cannot be read:\n"
	  "unavailable, nonoperational, notFunctioning (default UNKNOWN)", 0,
	  OPT_STATE, offsetof(struct ctx, rules.unavail_state) },
	{ "mib", 0, OPT_ARG, "NAME[,NAME...]",
	  "Read only these sources, whether the probe finds them or not:\n"
	  "entity, cisco-entity, envmon, lm-sensors, juniper, hp; auto\n"
	  "(default): every one the agent answers", O_MIB, OPT_CALL, 0 },
	{ "perf-uom", 0, OPT_NOARG, NULL,
	  "Write C, V, A, W and dBm as perfdata units (Icinga 2.12+)", 0,
	  OPT_SET, offsetof(struct ctx, perf_uom) },
	{ "no-match", 0, OPT_ARG, "STATE",
	  "State when no sensor is selected (default UNKNOWN)", 0, OPT_STATE,
	  offsetof(struct ctx, nomatch_state) },
	{ "list", 0, OPT_NOARG, NULL,
	  "List every row of every sensor table the agent has, marking with *\n"
	  "those the options select and with - the rows that are no item\n"
	  "(another source gives the sensor: the reason follows); exit OK", 0,
	  OPT_SET, offsetof(struct ctx, list) },
	PLUGIN_FORMAT_OPT(offsetof(struct ctx, format)),
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Without -w/-c a sensor is checked against the device's thresholds\n"
"(entSensorThresholdTable: minor WARNING, major and critical CRITICAL;\n"
"ENVMON's shutdown limits); the device's states count always.  Values\n"
"are exact decimals; one that cannot be read is UNKNOWN, never 0.\n"
"\n"
"Examples:\n"
"  check_snmp_sensor -H switch -T fan,power --absent WARNING\n"
"  check_snmp_sensor -H host -w temperature=~:70 -c fan=600:\n"
"  check_snmp_sensor -H switch --transceivers -r '^Gi1/1/1 '\n";

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;

	switch (id) {
	case O_WARN:
	case O_CRIT:
		return sensorstate_range(&c->rules, id == O_CRIT, optarg, err,
		    errlen);
	case O_TYPE:
		return sensor_types_parse(optarg, &c->types, err, errlen);
	case O_MIB:
		return sensor_sources_parse(optarg, &c->mibs, err, errlen);
	}
	return 0;
}

static int
selected(const struct ctx *c, const struct sensor *x)
{
	const char *texts[3];

	texts[0] = x->base;
	texts[1] = x->name;
	texts[2] = x->descr[0] != '\0' ? x->descr : NULL;
	if (x->dropped != NULL || (c->types != 0 && !(c->types >> x->type & 1)))
		return 0;
	if (!select_match_any(&c->sel, texts, 3))
		return 0;
	return !x->transceiver || c->transceivers ||
	    select_has_include(&c->sel);
}

static void
perf(struct output *out, const struct ctx *c, const struct sensorstate *it)
{
	const struct sensor *x = it->x;
	const char *uom;
	struct threshold t;
	struct num min, max;
	char v[DEC_TEXT_MAX];
	int bounds;

	if (!x->has_value)
		return;
	sensorstate_threshold(it, &t);
	bounds = sensor_graph(x, c->perf_uom, &uom, &min, &max);
	sensor_value_text(x, 1, v, sizeof(v));
	output_perf_text(out, x->name, v, uom, &t, bounds ? &min : NULL,
	    bounds ? &max : NULL);
}

static void
report(struct plugin *p, const struct ctx *c, const struct sensor_set *set)
{
	struct sensorstate *items;
	size_t i, n = 0;

	if ((items = calloc(set->n + 1, sizeof(*items))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < set->n; i++) {
		if (!selected(c, &set->rows[i]))
			continue;
		output_state(p->out, sensorstate_judge(&items[n], &c->rules,
		    set, &set->rows[i]));
		sensorstate_line(&p->out->longout, set, &items[n],
		    p->o.verbose);
		perf(p->out, c, &items[n++]);
	}
	if (n == 0) {
		output_state(p->out, c->nomatch_state);
		sb_printf(&p->out->summary, "No sensor matches the selection "
		    "(%zu rows, see --list)", set->n);
	} else
		sensorstate_summary(&p->out->summary, items, n);
	free(items);
}

static void
list(struct output *out, const struct ctx *c, const struct sensor_set *set)
{
	const struct sensor *x;
	size_t i;

	for (i = 0; i < set->n; i++) {
		x = &set->rows[i];
		sb_printf(&out->longout, "%c ", x->dropped != NULL ? '-' :
		    selected(c, x) ? '*' : ' ');
		sensor_list_row(&out->longout, set, x);
	}
	sensor_list_orphans(&out->longout, set, "  ");
	sensor_list_summary(&out->summary, set);
}

/* What json_row() reads. */
struct listed {
	const struct ctx	*c;
	const struct sensor_set	*set;
};

/* --list --format json: row i as list() shows it. */
static void
json_row(struct json *j, const void *arg, size_t i)
{
	const struct listed *l = arg;
	const struct sensor *x = &l->set->rows[i];

	jsonrow_sensor(j, l->set, x);
	json_bool(j, "selected", selected(l->c, x));
}

/* The sources: none found, or one named by --mib that did not answer. */
static void
sources(const struct plugin *p, const struct ctx *c,
    const struct sensor_set *set)
{
	int i;

	if (c->mibs == 0 && set->probed == 0)
		die(STATE_UNKNOWN, "No sensor MIB on %s: the agent has none of "
		    "ENTITY-SENSOR-MIB, CISCO-ENTITY-SENSOR-MIB, "
		    "CISCO-ENVMON-MIB, LM-SENSORS-MIB, JUNIPER-MIB, "
		    "HP-ICF-CHASSIS", session_peer(p->s));
	for (i = 0; c->mibs != 0 && i < SENSOR_NSOURCES; i++) {
		if ((c->mibs >> i & 1) && !(set->answered >> i & 1))
			die(STATE_UNKNOWN, "No %s on %s (--mib %s)",
			    sensor_source_name(i), session_peer(p->s),
			    sensor_source_key(i));
	}
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		"check_snmp_sensor",
		"Check hardware sensors (temperatures, fans, power supplies, "
		"voltages, ...) from ENTITY-SENSOR-MIB, CISCO-ENTITY-SENSOR-MIB, "
		"CISCO-ENVMON-MIB, LM-SENSORS-MIB, JUNIPER-MIB and "
		"HP-ICF-CHASSIS.",
		"-H HOST [-w [TYPE=]RANGE]... [-c [TYPE=]RANGE]... "
		"[-T TYPE[,TYPE...]] [-n NAME] [-r REGEX] [-E REGEX] "
		"[--transceivers] [--mib NAME[,NAME...]] [options]",
		sensor_opts, notes, handle, &c, SERVICE
	};
	struct plugin p;
	struct sensor_set set;
	struct listed ls;
	char err[512];
	int rc, json;

	c.rules.absent_state = STATE_OK;
	c.rules.unavail_state = STATE_UNKNOWN;
	c.nomatch_state = STATE_UNKNOWN;
	plugin_start(&p, &pi, argc, argv);
	if (select_build(&c.sel, &c.so, err, sizeof(err)) != SNMP_OK)
		die(STATE_UNKNOWN, "%s", err);
	json = plugin_list_json(c.format, c.list);
	plugin_open(&p);
	rc = sensor_read(p.s, c.mibs != 0 ? c.mibs : ALL_SOURCES, c.mibs == 0,
	    &set);
	if (rc != SNMP_OK)
		plugin_fail(&p, rc);
	sources(&p, &c, &set);
	if (json) {
		ls.c = &c;
		ls.set = &set;
		plugin_json_rows(&p, "check_snmp_sensor", "sensors", set.n,
		    json_row, &ls);
	}
	if (c.list)
		list(p.out, &c, &set);
	else
		report(&p, &c, &set);
	if (!c.list && p.o.verbose >= 1)
		sensor_list_orphans(&p.out->longout, &set, "");
	sensor_free(&set);
	select_free(&c.sel);
	plugin_finish(&p);
}
