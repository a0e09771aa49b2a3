/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_sensor: temperatures, fans, power supplies, voltages and the
 * other hardware sensors an agent publishes (common/sensor.h reads six
 * MIBs), each checked against the user's ranges or, without them, the
 * device's own thresholds, and always against the device's own state.
 * docs/design/sensor-spec.md, section 1, is the specification.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "devlimit.h"
#include "jsonrow.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "select.h"
#include "sensor.h"
#include "threshold.h"

#define SERVICE		"SENSOR"
#define ANY_TYPE	SENSOR_NTYPES	/* a range without TYPE= */
#define ALL_SOURCES	((1u << SENSOR_NSOURCES) - 1)

enum {
	O_WARN = OPT_PLUGIN_BASE, O_CRIT, O_TYPE, O_MIB
};

struct ctx {
	struct dec_range range[2][SENSOR_NTYPES + 1];	/* warn, crit */
	int		 has[2][SENSOR_NTYPES + 1];
	unsigned	 types;		/* bit per type; 0: all */
	unsigned	 mibs;		/* bit per source; 0: auto */
	struct select_opts so;
	struct select	 sel;
	int		 transceivers;
	int		 nodev;
	int		 perf_uom;
	int		 list;
	const char	*format;	/* --format, with --list */
	int		 absent_state;
	int		 unavail_state;
	int		 nomatch_state;
};

/* A selected sensor and its verdict. */
struct item {
	const struct sensor	*x;
	int			 state;
	int			 by_value;	/* a range gave the state */
	const struct dec_range	*range[2];	/* the user's: warn, crit */
	int			 dev;		/* the device's are in force */
	struct devlimit_ranges	 limits;
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
	  OPT_SET, offsetof(struct ctx, nodev) },
	{ "absent", 0, OPT_ARG, "STATE",
	  "State of a part the device reports as not present (default OK)", 0,
	  OPT_STATE, offsetof(struct ctx, absent_state) },
	{ "unavailable", 0, OPT_ARG, "STATE",
	  "State of a sensor whose own status says its value cannot be read:\n"
	  "unavailable, nonoperational, notFunctioning (default UNKNOWN)", 0,
	  OPT_STATE, offsetof(struct ctx, unavail_state) },
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

/*
 * Comma-separated words, each through parse, into the bits of *mask; the
 * word all adds all_bits.
 */
static int
parse_words(const char *arg, int (*parse)(const char *), const char *all,
    unsigned all_bits, unsigned *mask, const char *what, char *err,
    size_t errlen)
{
	char word[64];
	const char *p = arg;
	size_t n;
	int v;

	do {
		n = strcspn(p, ",");
		if (n == 0 || n >= sizeof(word))
			v = -1;
		else {
			memcpy(word, p, n);
			word[n] = '\0';
			v = strcmp(word, all) == 0 ? 31 : parse(word);
		}
		if (v < 0) {
			snprintf(err, errlen, "Invalid %s '%s' in '%s'", what,
			    n < sizeof(word) ? word : "", arg);
			return -1;
		}
		*mask |= v == 31 ? all_bits : 1u << v;
		p += n;
	} while (*p++ == ',');
	return 0;
}

/* -w/-c [TYPE=]RANGE. */
static int
set_range(struct ctx *c, int crit, const char *arg, char *err, size_t errlen)
{
	const char *eq = strchr(arg, '='), *what = crit ? "-c" : "-w";
	char type[32];
	int t = ANY_TYPE;

	if (eq != NULL) {
		snprintf(type, sizeof(type), "%.*s", (int)(eq - arg), arg);
		if ((t = sensor_type_parse(type)) < 0) {
			snprintf(err, errlen, "Invalid %s '%s': unknown type "
			    "'%s'", what, arg, type);
			return -1;
		}
	}
	if (dec_range_parse(&c->range[crit][t], eq ? eq + 1 : arg) !=
	    SNMP_OK) {
		snprintf(err, errlen, "Invalid %s range '%s': expected "
		    "[TYPE=][@][START:][END] with decimal numbers in the "
		    "sensor's base unit, ~ for minus infinity", what, arg);
		return -1;
	}
	if (c->has[crit][t]++) {
		snprintf(err, errlen, "Invalid %s '%s': a range for %s was "
		    "given before", what, arg, t == ANY_TYPE ? "every type" :
		    sensor_type_name(t));
		return -1;
	}
	return 0;
}

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;

	switch (id) {
	case O_WARN:
	case O_CRIT:
		return set_range(c, id == O_CRIT, optarg, err, errlen);
	case O_TYPE:
		return parse_words(optarg, sensor_type_parse, "all",
		    (1u << SENSOR_NTYPES) - 1, &c->types, "type", err, errlen);
	case O_MIB:
		/* auto: the probe decides, as without --mib */
		return parse_words(optarg, sensor_source_parse, "auto", 0,
		    &c->mibs, "--mib source", err, errlen);
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

/* The item's state: the device's condition, then a range (spec 1.5, 1.6). */
static int
judge(const struct ctx *c, const struct sensor_set *set, struct item *it)
{
	static const int states[] = { STATE_OK, STATE_WARNING,
	    STATE_CRITICAL, STATE_CRITICAL };
	const struct sensor *x = it->x;
	const struct devlimit *l = set->thr + x->thr0;
	struct dec v;
	int t = STATE_OK, st, k;

	/* a typed range wins over the untyped one, level by level */
	for (k = 0; k < 2; k++) {
		if (c->has[k][x->type] || c->has[k][ANY_TYPE])
			it->range[k] = &c->range[k][c->has[k][x->type] ?
			    x->type : ANY_TYPE];
	}
	if (x->cond == COND_INVALID)
		return STATE_UNKNOWN;
	if (x->cond == COND_UNAVAILABLE || x->cond == COND_ABSENT)
		return x->cond == COND_ABSENT ? c->absent_state :
		    c->unavail_state;
	st = states[x->cond];
	if (!x->has_value || x->cond == COND_FAILED)
		return st;
	if (it->range[0] != NULL || it->range[1] != NULL) {
		/* the user's ranges replace the device's, states included */
		sensor_value(x, &v);
		for (k = 1; k >= 0 && t == STATE_OK; k--) {
			if (it->range[k] != NULL &&
			    dec_range_alert(it->range[k], &v))
				t = k ? STATE_CRITICAL : STATE_WARNING;
		}
		st = t;
	} else if (!c->nodev && x->nthr > 0) {
		it->dev = 1;
		devlimit_ranges(l, x->nthr, x->exp, sensor_unit_text(x->unit),
		    &it->limits);
		t = devlimit_state(l, x->nthr, x->raw);
		st = state_worst(st, t);
	}
	it->by_value = t != STATE_OK && t == st;
	return st;
}

/* One more detail of a long-output line: "(a; b; c)". */
static void
detail(struct strbuf *d, const char *text)
{
	if (text[0] != '\0')
		sb_printf(d, "%s%s", d->len > 0 ? "; " : "", text);
}

/* "[OK] name: 38 C, normal (critical above 60 C; \"SW#1, ...\")". */
static void
item_line(struct strbuf *sb, const struct sensor_set *set,
    const struct item *it, int verbose)
{
	const struct sensor *x = it->x;
	char buf[512], dbuf[2048];
	struct strbuf d;
	size_t i;

	sb_init(&d, dbuf, sizeof(dbuf));
	if (it->dev)
		detail(&d, it->limits.words);
	if (x->descr[0] != '\0' && strcmp(x->descr, x->base) != 0) {
		snprintf(buf, sizeof(buf), "\"%s\"", x->descr);
		detail(&d, buf);
	}
	if (verbose >= 1) {
		sensor_where(x, buf, sizeof(buf));
		detail(&d, buf);
		detail(&d, x->note);
	}
	for (i = 0; verbose >= 1 && i < x->nthr; i++) {
		if (set->thr[x->thr0 + i].state >= 0)
			continue;
		snprintf(buf, sizeof(buf), "threshold ");
		devlimit_text(&set->thr[x->thr0 + i], x->exp, buf + 10,
		    sizeof(buf) - 10);
		detail(&d, buf);
	}
	sb_printf(sb, "[%s] %s: ", state_name(it->state), x->name);
	sensor_text(sb, x, "");
	sb_printf(sb, d.len > 0 ? " (%s)\n" : "%s\n", dbuf);
}

static void
perf(struct output *out, const struct ctx *c, const struct item *it)
{
	const struct sensor *x = it->x;
	const char *dev[2] = { it->limits.warn, it->limits.crit }, *uom;
	struct range *tr[2];
	struct threshold t;
	struct num min, max;
	char v[DEC_TEXT_MAX];
	int k, bounds;

	if (!x->has_value)
		return;
	memset(&t, 0, sizeof(t));
	tr[0] = &t.warn;
	tr[1] = &t.crit;
	for (k = 0; k < 2; k++) {
		if (it->range[k] != NULL || (it->dev && dev[k][0] != '\0'))
			snprintf(tr[k]->text, sizeof(tr[k]->text), "%s",
			    it->range[k] != NULL ? it->range[k]->text : dev[k]);
	}
	t.has_warn = t.warn.text[0] != '\0';
	t.has_crit = t.crit.text[0] != '\0';
	bounds = sensor_graph(x, c->perf_uom, &uom, &min, &max);
	sensor_value_text(x, 1, v, sizeof(v));
	output_perf_text(out, x->name, v, uom, &t, bounds ? &min : NULL,
	    bounds ? &max : NULL);
}

/* Several all OK: counts; else every item not OK, worst first. */
static void
summary(struct output *out, const struct item *items, size_t n)
{
	static const int order[] = { STATE_CRITICAL, STATE_WARNING,
	    STATE_UNKNOWN, STATE_OK };
	size_t i, k, last, nbad = 0, count[SENSOR_NTYPES];
	struct strbuf *sb = &out->summary;

	memset(count, 0, sizeof(count));
	for (i = 0; i < n; i++) {
		count[items[i].x->type]++;
		nbad += items[i].state != STATE_OK;
	}
	if (nbad == 0 && n > 1) {
		sb_printf(sb, "%zu sensors OK (", n);
		for (k = 0, i = 0; k < SENSOR_NTYPES; k++) {
			if (count[k] > 0)
				sb_printf(sb, "%s%zu %s", i++ ? ", " : "",
				    count[k], sensor_type_name((int)k));
		}
		sb_add(sb, ")");
		return;
	}
	/* an OK item only when it is the only one */
	last = nbad > 0 ? 3 : 4;
	for (k = 0, nbad = 0; k < last; k++) {
		for (i = 0; i < n; i++) {
			if (items[i].state != order[k])
				continue;
			sb_printf(sb, "%s%s: ", nbad++ ? "; " : "",
			    items[i].x->name);
			sensor_text(sb, items[i].x, items[i].by_value ? "*" : "");
		}
	}
}

static void
report(struct plugin *p, const struct ctx *c, const struct sensor_set *set)
{
	struct item *items;
	size_t i, n = 0;

	if ((items = calloc(set->n + 1, sizeof(*items))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < set->n; i++) {
		if (!selected(c, &set->rows[i]))
			continue;
		items[n].x = &set->rows[i];
		items[n].state = judge(c, set, &items[n]);
		output_state(p->out, items[n].state);
		item_line(&p->out->longout, set, &items[n], p->o.verbose);
		perf(p->out, c, &items[n++]);
	}
	if (n == 0) {
		output_state(p->out, c->nomatch_state);
		sb_printf(&p->out->summary, "No sensor matches the selection "
		    "(%zu rows, see --list)", set->n);
	} else
		summary(p->out, items, n);
	free(items);
}

static void
list(struct output *out, const struct ctx *c, const struct sensor_set *set)
{
	size_t i, k, count[SENSOR_NSOURCES], m = 0;
	const struct sensor *x;

	memset(count, 0, sizeof(count));
	for (i = 0; i < set->n; i++) {
		x = &set->rows[i];
		m += count[x->source]++ == 0;
		sb_printf(&out->longout, "%c ", x->dropped != NULL ? '-' :
		    selected(c, x) ? '*' : ' ');
		sensor_list_row(&out->longout, set, x);
	}
	sensor_list_orphans(&out->longout, set, "  ");
	sb_printf(&out->summary, "%zu rows in %zu sources", set->n, m);
	for (i = 0, k = 0; i < SENSOR_NSOURCES; i++) {
		if (count[i] > 0)
			sb_printf(&out->summary, "%s%s %zu", k++ ? ", " : ": ",
			    sensor_source_name((int)i), count[i]);
	}
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

	c.absent_state = STATE_OK;
	c.unavail_state = STATE_UNKNOWN;
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
