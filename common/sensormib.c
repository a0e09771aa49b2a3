/* SPDX-License-Identifier: ISC */
/*
 * The sensor MIBs' rows (sensormib.h), as docs/design/sensor-spec.md
 * 1.1, 1.4 and 1.5 read them.  RFC 3433 §4: EntitySensorScale is an SI
 * prefix, 10^(3 x (scale - 9)) (its comments swap the names exa and peta:
 * the numbers decide); EntitySensorPrecision 1..9 is the number of
 * decimal places, -8..0 leaves the value as it is.  LM-SENSORS-MIB and
 * CISCO-ENVMON-MIB values are Integer32s that agents send as Gauge32.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "sensormib.h"
#include "snmp.h"
#include "strbuf.h"

#define ENT_VALUE_MAX	1000000000	/* EntitySensorValue's range */
#define NCOLS_MAX	SENSORMIB_COLS
#define NOT_WALKED	SENSORMIB_NOT_WALKED

/* The tables read, each with the columns its rows need (spec 1.1). */
enum {
	K_ENTITY, K_CISCO, K_THRESH, K_EVOLT, K_ETEMP, K_EFAN, K_ESUPPLY,
	K_LMTEMP, K_LMFAN, K_LMVOLT, K_LMMISC, K_JOPER, K_JCONT, K_HP,
	NKINDS
};

/* sensormib.h sizes its arrays by it */
typedef char sensormib_tables_fit[NKINDS == SENSORMIB_TABLES ? 1 : -1];

static const struct kind {
	int		 source;
	int		 type;		/* of its rows, where fixed */
	const char	*prefix;	/* of the column names */
	const char	*what;		/* the table, for people */
	const char	*entry;		/* the table's entry */
	size_t		 ilen;		/* index arcs */
	const char	*names;		/* the columns read ... */
	uint8_t		 cols[NCOLS_MAX];	/* ... and their arcs */
} kinds[NKINDS] = {
	{ SENSOR_ENTITY, SENSOR_OTHER, "entPhySensor", NULL,
	  "1.3.6.1.2.1.99.1.1.1", 1,
	  "Type Scale Precision Value OperStatus UnitsDisplay",
	  { 1, 2, 3, 4, 5, 6 } },
	{ SENSOR_CISCO, SENSOR_OTHER, "entSensor", NULL,
	  "1.3.6.1.4.1.9.9.91.1.1.1.1", 1,
	  "Type Scale Precision Value Status",
	  { 1, 2, 3, 4, 5 } },
	{ SENSOR_CISCO, SENSOR_OTHER, "entSensorThreshold", NULL,
	  "1.3.6.1.4.1.9.9.91.1.2.1.1", 2,
	  "Severity Relation Value Evaluation",
	  { 2, 3, 4, 5 } },
	{ SENSOR_ENVMON, SENSOR_VOLTAGE, "ciscoEnvMonVoltage", "voltage",
	  "1.3.6.1.4.1.9.9.13.1.2.1", 1,
	  "StatusDescr State StatusValue ThresholdLow ThresholdHigh",
	  { 2, 7, 3, 4, 5 } },
	{ SENSOR_ENVMON, SENSOR_TEMPERATURE, "ciscoEnvMonTemperature", "temperature",
	  "1.3.6.1.4.1.9.9.13.1.3.1", 1,
	  "StatusDescr State StatusValue Threshold StatusValueRev1",
	  { 2, 6, 3, 4, 7 } },
	{ SENSOR_ENVMON, SENSOR_FAN, "ciscoEnvMonFan", "fan",
	  "1.3.6.1.4.1.9.9.13.1.4.1", 1,
	  "StatusDescr State",
	  { 2, 3 } },
	{ SENSOR_ENVMON, SENSOR_POWER, "ciscoEnvMonSupply", "supply",
	  "1.3.6.1.4.1.9.9.13.1.5.1", 1,
	  "StatusDescr State Source",
	  { 2, 3, 4 } },
	{ SENSOR_LM, SENSOR_TEMPERATURE, "lmTempSensors", "temperature",
	  "1.3.6.1.4.1.2021.13.16.2.1", 1,
	  "Device Value",
	  { 2, 3 } },
	{ SENSOR_LM, SENSOR_FAN, "lmFanSensors", "fan",
	  "1.3.6.1.4.1.2021.13.16.3.1", 1,
	  "Device Value",
	  { 2, 3 } },
	{ SENSOR_LM, SENSOR_VOLTAGE, "lmVoltSensors", "voltage",
	  "1.3.6.1.4.1.2021.13.16.4.1", 1,
	  "Device Value",
	  { 2, 3 } },
	{ SENSOR_LM, SENSOR_OTHER, "lmMiscSensors", "misc",
	  "1.3.6.1.4.1.2021.13.16.5.1", 1,
	  "Device Value",
	  { 2, 3 } },
	{ SENSOR_JUNIPER, SENSOR_OTHER, "jnxOperating", NULL,
	  "1.3.6.1.4.1.2636.3.1.13.1", 4,
	  "Descr State Temp Temperature",
	  { 5, 6, 7, 30 } },
	{ SENSOR_JUNIPER, SENSOR_OTHER, "jnxContainers", NULL,
	  "1.3.6.1.4.1.2636.3.1.6.1", 1,
	  "Descr",
	  { 6 } },
	{ SENSOR_HP, SENSOR_OTHER, "hpicfSensor", NULL,
	  "1.3.6.1.4.1.11.2.14.11.1.2.6.1", 1,
	  "ObjectId Status Warnings Failures Descr",
	  { 2, 4, 5, 6, 7 } }
};


/* EntitySensorDataType (and Cisco's 13-15): our type and unit. */
static const struct etype {
	int		 type;
	int		 unit;
} etypes[16] = {
	{ SENSOR_OTHER, UNIT_NONE }, { SENSOR_OTHER, UNIT_NONE },
	{ SENSOR_OTHER, UNIT_NONE }, { SENSOR_VOLTAGE, UNIT_V },
	{ SENSOR_VOLTAGE, UNIT_V }, { SENSOR_CURRENT, UNIT_A },
	{ SENSOR_POWER, UNIT_W }, { SENSOR_FREQUENCY, UNIT_HZ },
	{ SENSOR_TEMPERATURE, UNIT_C }, { SENSOR_HUMIDITY, UNIT_PCT },
	{ SENSOR_FAN, UNIT_RPM }, { SENSOR_AIRFLOW, UNIT_CMM },
	{ SENSOR_STATE, UNIT_TRUTH }, { SENSOR_STATE, UNIT_NONE },
	{ SENSOR_OPTICAL, UNIT_DBM }, { SENSOR_OPTICAL, UNIT_DB }
};

/* A device's state enumeration: its words and what each says. */
struct states {
	const char	*mib;
	size_t		 n;
	const char	*const *names;
	const int	*conds;
};

static const char *const env_names[] = { NULL, "normal", "warning",
    "critical", "shutdown", "not present", "notFunctioning" };
static const int env_conds[] = { 0, COND_OK, COND_WARNING, COND_CRITICAL,
    COND_FAILED, COND_ABSENT, COND_FAILED };
static const char *const jnx_names[] = { NULL, "unknown", "running",
    "ready", "reset", "runningAtFullSpeed", "down", "standby" };
static const int jnx_conds[] = { 0, COND_INVALID, COND_OK, COND_OK,
    COND_WARNING, COND_WARNING, COND_CRITICAL, COND_OK };
static const char *const hp_names[] = { NULL, "unknown", "bad", "warning",
    "good", "not present" };
static const int hp_conds[] = { 0, COND_INVALID, COND_CRITICAL,
    COND_WARNING, COND_OK, COND_ABSENT };
static const struct states env_states = { "CISCO-ENVMON-MIB", 7, env_names,
    env_conds };
static const struct states jnx_states = { "JUNIPER-MIB", 8, jnx_names,
    jnx_conds };
static const struct states hp_states = { "HP-ICF-CHASSIS", 6, hp_names,
    hp_conds };
static const char *const supply_sources[] = { NULL, "unknown", "ac", "dc",
    "externalPowerSupply", "internalRedundant" };


int
sensormib_exponent(int scale, int precision, int *exp)
{
	/* RFC 3433: yocto(1) .. units(9) .. yotta(17); precision -8..9 */
	if (scale < 1 || scale > 17 || precision < -8 || precision > 9)
		return -1;
	*exp = 3 * (scale - 9) - (precision > 0 ? precision : 0);
	return 0;
}

void
sensormib_envmon_name(const char *descr, char *buf, size_t cap)
{
	static const char *const words[] = { "GREEN", "YELLOW", "RED",
	    "AMBER", "Normal", "Warning", "Critical", "Shutdown", "Faulty",
	    "Bad", "NotExist", "NotPresent", "Not Present", "NotFunctioning",
	    "Not Functioning", "Status" };
	size_t i, k, n = strlen(descr), cut = n, wl;

	for (i = 0; i < n && cut == n; i++) {
		if (i > 0 && isalnum((unsigned char)descr[i - 1]))
			continue;
		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
			wl = strlen(words[k]);
			if (strncasecmp(descr + i, words[k], wl) == 0 &&
			    !isalnum((unsigned char)descr[i + wl])) {
				cut = i;
				break;
			}
		}
	}
	while (cut > 0 && strchr(" ,:-", descr[cut - 1]) != NULL)
		cut--;
	if (cut == 0)
		cut = n;
	snprintf(buf, cap, "%.*s", (int)cut, descr);
}

static void
column_name(int k, size_t col, char *buf, size_t cap)
{
	const char *p = kinds[k].names, *e;

	for (; col > 0 && (p = strchr(p, ' ')) != NULL; col--)
		p++;
	if (p == NULL)
		p = "?";
	e = strchr(p, ' ');
	snprintf(buf, cap, "%s%.*s", kinds[k].prefix,
	    (int)(e != NULL ? (size_t)(e - p) : strlen(p)), p);
}

static void
set_why(struct sensor *x, int cond, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
set_why(struct sensor *x, int cond, const char *fmt, ...)
{
	va_list ap;

	x->cond = cond;
	va_start(ap, fmt);
	vsnprintf(x->why, sizeof(x->why), fmt, ap);
	va_end(ap);
}

/* 0 and "no COLUMN" when column col of kind k is missing. */
static int
have(struct sensor *x, const struct snmp_value *v, size_t col)
{
	char name[64];

	if (!value_is_exception(&v[col]))
		return 1;
	column_name(x->table, col, name, sizeof(name));
	set_why(x, COND_INVALID, "no %s", name);
	return 0;
}

/* The device's state in column col: 1, or 0 with the row INVALID. */
static int
set_state(struct sensor *x, const struct snmp_value *v, size_t col,
    const struct states *st)
{
	char t[48];
	int e = cell_enum(&v[col]);

	if (!have(x, v, col))
		return 0;
	if (e < 1 || (size_t)e >= st->n) {
		cell_brief(&v[col], t, sizeof(t));
		set_why(x, COND_INVALID, "state %s is not defined by %s", t,
		    st->mib);
		return 0;
	}
	x->devstate = st->names[e];
	x->cond = st->conds[e];
	if (x->cond == COND_INVALID)
		set_why(x, COND_INVALID, "%s", st->names[e]);
	return 1;
}

static void
raw_text(struct sensor *x, const struct snmp_value *v)
{
	struct strbuf sb;
	struct oid o;
	char name[64], t[OID_TEXT_MAX];
	size_t i;

	sb_init(&sb, x->rawtext, sizeof(x->rawtext));
	for (i = 0; i < NCOLS_MAX && kinds[x->table].cols[i] != 0; i++) {
		if (value_is_exception(&v[i]))
			continue;
		column_name(x->table, i, name, sizeof(name));
		sb_printf(&sb, "%s%s ", sb.len > 0 ? " " : "",
		    name + strlen(kinds[x->table].prefix));
		if (v[i].type == VAL_OCTET_STRING) {
			cell_text(&v[i], t, 80);
			sb_printf(&sb, "'%s'", t);
		} else if (v[i].type == VAL_OID &&
		    oid_from_ber(&o, v[i].bytes, v[i].len) == SNMP_OK) {
			oid_format(&o, t, sizeof(t));
			sb_add(&sb, t);
		} else {
			cell_brief(&v[i], t, sizeof(t));
			sb_add(&sb, t);
		}
	}
}

static struct sensor *
new_row(struct sensormib_build *b, int k, const struct table_row *r,
    const struct snmp_value *v)
{
	struct sensor_set *set = b->set;
	struct sensor *x;
	void *p;
	size_t i;

	if (set->n == b->cap) {
		if ((p = snmp_grow(set->rows, &b->cap, sizeof(*x), 64)) == NULL)
			return NULL;
		set->rows = p;
	}
	x = &set->rows[set->n++];
	memset(x, 0, sizeof(*x));
	x->source = kinds[k].source;
	x->table = k;
	x->type = kinds[k].type;
	x->index_len = r->index_len;
	for (i = 0; i < r->index_len; i++)
		x->index[i] = r->index[i];
	raw_text(x, v);
	set->answered |= 1u << x->source;
	return x;
}

/* A new threshold row; attached to x (its rows are consecutive). */
static struct devlimit *
new_limit(struct sensormib_build *b, struct sensor *x)
{
	struct sensor_set *set = b->set;
	struct devlimit *l;
	void *p;

	if (set->nthr == b->thrcap) {
		if ((p = snmp_grow(set->thr, &b->thrcap, sizeof(*l), 32)) ==
		    NULL)
			return NULL;
		set->thr = p;
	}
	l = &set->thr[set->nthr++];
	memset(l, 0, sizeof(*l));
	l->severity = l->relation = l->evaluation = -1;
	if (x != NULL) {
		if (x->nthr++ == 0)
			x->thr0 = set->nthr - 1;
		l->sensor = x->index[0];
		l->owned = 1;
	}
	return l;
}

/* ENVMON's limits: critical, as the shutdown bounds they are. */
static int
envmon_limit(struct sensormib_build *b, struct sensor *x, int rel, int64_t value)
{
	struct devlimit *l;

	if ((l = new_limit(b, x)) == NULL)
		return SNMP_E_NOMEM;
	l->severity = DL_CRITICAL;
	l->relation = rel;
	l->has_value = 1;
	l->value = value;
	devlimit_check(l);
	return SNMP_OK;
}

/* RFC 3433 and CISCO-ENTITY-SENSOR-MIB (spec 1.4). */
static void
build_entity(struct sensor *x, const struct snmp_value *v)
{
	const char *mib = x->source == SENSOR_ENTITY ? "ENTITY-SENSOR-MIB" :
	    "CISCO-ENTITY-SENSOR-MIB";
	int type = cell_enum(&v[0]), scale = cell_enum(&v[1]);
	int st = cell_enum(&v[4]);
	int64_t prec, raw;
	struct dec d, lim;
	char t[48];

	x->numeric = 1;
	cell_brief(&v[0], t, sizeof(t));
	if (!have(x, v, 0))
		return;
	if (type < 1 || type > (x->source == SENSOR_CISCO ? 15 : 12)) {
		set_why(x, COND_INVALID, "type %s is not defined by %s", t, mib);
		return;
	}
	x->type = etypes[type].type;
	x->unit = etypes[type].unit;
	if (!have(x, v, 1) || !have(x, v, 2) || !have(x, v, 4))
		return;
	if (cell_int(&v[2], &prec) < 0 || prec < -8 || prec > 9 ||
	    sensormib_exponent(scale, (int)prec, &x->exp) < 0) {
		cell_brief(&v[scale < 1 || scale > 17 ? 1 : 2], t, sizeof(t));
		set_why(x, COND_INVALID, "%s %s is not defined",
		    scale < 1 || scale > 17 ? "scale" : "precision", t);
		return;
	}
	cell_brief(&v[4], t, sizeof(t));
	if (st < 1 || st > 3) {
		set_why(x, COND_INVALID, "%sstatus %s is not defined",
		    x->source == SENSOR_ENTITY ? "oper " : "", t);
		return;
	}
	if (st != 1) {
		set_why(x, COND_UNAVAILABLE, "%s", st == 2 ? "unavailable" :
		    "nonoperational");
		return;
	}
	if (!have(x, v, 3))
		return;
	raw = v[3].i;
	cell_brief(&v[3], t, sizeof(t));
	if (v[3].type != VAL_INTEGER)
		set_why(x, COND_INVALID, "%sValue is not an INTEGER",
		    kinds[x->table].prefix);
	else if (raw == ENT_VALUE_MAX || raw == -ENT_VALUE_MAX)
		set_why(x, COND_INVALID, "%s", raw > 0 ? "overflow" :
		    "underflow");
	else if (raw < -ENT_VALUE_MAX || raw > ENT_VALUE_MAX)
		set_why(x, COND_INVALID, "value %s is outside the range of %s",
		    t, mib);
	else if (type == 12 && raw != 1 && raw != 2)
		set_why(x, COND_INVALID, "truthvalue %s is neither true(1) "
		    "nor false(2)", t);
	if (x->cond != COND_OK)
		return;
	x->raw = raw;
	if (type == 12)
		x->exp = 0;
	dec_from_raw(&d, raw, x->exp);
	dec_from_raw(&lim, 100, 0);
	if (type == 9 && (d.neg || dec_cmp(&d, &lim) > 0)) {
		dec_text(t, sizeof(t), raw, x->exp);
		set_why(x, COND_INVALID, "percentRH %s is outside 0..100", t);
		return;
	}
	x->has_value = 1;
}

/* CISCO-ENVMON-MIB: the four status tables (spec 1.4, 1.5). */
static int
build_envmon(struct sensormib_build *b, struct sensor *x, const struct snmp_value *v)
{
	int k = x->table, numeric = k == K_EVOLT || k == K_ETEMP;
	int64_t val, lo, hi;
	int src;
	char name[64], trimmed[SENSOR_TEXT_MAX];

	/* the description as sent is shown too: its state words */
	cell_text(&v[0], x->descr, sizeof(x->descr));
	cell_name(&v[0], trimmed, sizeof(trimmed));
	sensormib_envmon_name(trimmed, x->base, sizeof(x->base));
	x->numeric = numeric;
	x->unit = k == K_ETEMP ? UNIT_C : k == K_EVOLT ? UNIT_V : UNIT_NONE;
	x->exp = k == K_EVOLT ? -3 : 0;
	if (k == K_ESUPPLY && (src = cell_enum(&v[2])) >= 2 && src <= 5)
		x->extra = supply_sources[src];
	if (!set_state(x, v, 1, &env_states) || !numeric ||
	    x->cond == COND_ABSENT)
		return SNMP_OK;
	if (cell_enum(&v[1]) == 6) {
		/* the monitor says its reading is wrong: no value */
		set_why(x, COND_UNAVAILABLE, "notFunctioning");
		return SNMP_OK;
	}
	/* StatusValueRev1 (Integer32) replaced the Gauge32 StatusValue */
	if (k == K_ETEMP && !value_is_exception(&v[4]) &&
	    cell_int32(&v[4], &val) == 0)
		;
	else if (!have(x, v, 2))
		return SNMP_OK;
	else if (cell_int32(&v[2], &val) < 0) {
		column_name(k, 2, name, sizeof(name));
		set_why(x, COND_INVALID, "%s is not a number", name);
		return SNMP_OK;
	}
	x->has_value = 1;
	x->raw = val;
	if (k == K_ETEMP && cell_int(&v[3], &hi) == 0)
		return envmon_limit(b, x, DL_GT, hi);
	if (k != K_EVOLT || cell_int(&v[3], &lo) < 0 ||
	    cell_int(&v[4], &hi) < 0)
		return SNMP_OK;
	if (lo > hi) {
		snprintf(x->note, sizeof(x->note), "thresholds ignored: low "
		    "%lld mV is above high %lld mV", (long long)lo,
		    (long long)hi);
		return SNMP_OK;
	}
	if (envmon_limit(b, x, DL_LT, lo) != SNMP_OK)
		return SNMP_E_NOMEM;
	return envmon_limit(b, x, DL_GT, hi);
}

static void
build_lm(struct sensor *x, const struct snmp_value *v)
{
	static const int units[] = { UNIT_C, UNIT_RPM, UNIT_V, UNIT_NONE };
	int k = x->table;
	char name[64];

	cell_name(&v[0], x->base, sizeof(x->base));
	x->numeric = 1;
	x->unit = units[k - K_LMTEMP];
	/* the MIB's mC and mV; fans and misc as sent */
	x->exp = k == K_LMTEMP || k == K_LMVOLT ? -3 : 0;
	if (!have(x, v, 1))
		return;
	/* net-snmp casts the reading to int and sends it as a Gauge32 */
	if (cell_int32(&v[1], &x->raw) < 0) {
		column_name(k, 1, name, sizeof(name));
		set_why(x, COND_INVALID, "%s is not a number", name);
		return;
	}
	x->has_value = 1;
}

/* A Juniper container's kind by its words: fan, power, or -1. */
static int
jnx_kind(const char *text)
{
	char low[SENSOR_TEXT_MAX];
	size_t i;

	for (i = 0; text[i] != '\0' && i + 1 < sizeof(low); i++)
		low[i] = (char)tolower((unsigned char)text[i]);
	low[i] = '\0';
	if (strstr(low, "fan") != NULL)
		return SENSOR_FAN;
	if (strstr(low, "pem") != NULL || strstr(low, "power") != NULL ||
	    strstr(low, "psu") != NULL)
		return SENSOR_POWER;
	return -1;
}

/* jnxOperatingTable: a temperature item, a state item, both or none. */
static int
build_juniper(struct sensormib_build *b, const struct table_row *r,
    const struct snmp_value *v)
{
	const struct table_row *c;
	const struct snmp_value *cv = NULL;
	char descr[SENSOR_TEXT_MAX], cont[SENSOR_TEXT_MAX];
	struct sensor *x;
	int64_t temp = 0;
	int kind;

	cell_name(&v[0], descr, sizeof(descr));
	/* jnxOperatingTemperature (newer Junos) first; 0 is "unavailable" */
	if (value_is_exception(&v[3]) || cell_int32(&v[3], &temp) < 0)
		if (cell_int(&v[2], &temp) < 0 || temp > INT32_MAX)
			temp = 0;
	c = b->base[K_JCONT] == NOT_WALKED ? NULL :
	    table_find(b->t, r->index, 1);
	if (c != NULL)
		cv = &c->val[b->base[K_JCONT]];
	if (cv != NULL && cell_name(cv, cont, sizeof(cont)))
		kind = jnx_kind(cont);
	else
		kind = jnx_kind(descr);
	if (temp != 0) {
		if ((x = new_row(b, K_JOPER, r, v)) == NULL)
			return SNMP_E_NOMEM;
		memcpy(x->base, descr, sizeof(x->base));
		x->type = SENSOR_TEMPERATURE;
		x->unit = UNIT_C;
		x->numeric = x->has_value = 1;
		x->raw = temp;
	}
	if (kind < 0 && temp != 0)
		return SNMP_OK;
	/* a fan or supply state; --list shows the rows that are neither */
	if ((x = new_row(b, K_JOPER, r, v)) == NULL)
		return SNMP_E_NOMEM;
	memcpy(x->base, descr, sizeof(x->base));
	x->type = kind < 0 ? SENSOR_OTHER : kind;
	if (kind < 0)
		x->dropped = "no temperature, not in a fan or power supply "
		    "container";
	set_state(x, v, 1, &jnx_states);
	return SNMP_OK;
}

static void
build_hp(struct sensor *x, const struct snmp_value *v)
{
	static const int types[] = { SENSOR_OTHER, SENSOR_POWER, SENSOR_FAN,
	    SENSOR_TEMPERATURE };
	struct oid o, icf;
	char w[24], f[24];

	oid_parse_numeric(&icf, "1.3.6.1.4.1.11.2.3.7.8.3");
	if (v[0].type == VAL_OID && oid_from_ber(&o, v[0].bytes, v[0].len) ==
	    SNMP_OK && o.len == icf.len + 1 && oid_is_prefix(&icf, &o) &&
	    o.arcs[icf.len] >= 1 && o.arcs[icf.len] <= 3)
		x->type = types[o.arcs[icf.len]];
	cell_name(&v[4], x->base, sizeof(x->base));
	set_state(x, v, 1, &hp_states);
	cell_brief(&v[2], w, sizeof(w));
	cell_brief(&v[3], f, sizeof(f));
	if (!value_is_exception(&v[2]) || !value_is_exception(&v[3]))
		snprintf(x->note, sizeof(x->note), "warnings %s, failures %s",
		    w, f);
}

/* A threshold row; its sensor is the entity sensor just built, if any. */
static int
build_thresh(struct sensormib_build *b, const struct table_row *r,
    const struct snmp_value *v)
{
	struct sensor *x = NULL;
	struct devlimit *l;
	int64_t val;

	if (b->owner != NOT_WALKED &&
	    b->set->rows[b->owner].index[0] == r->index[0])
		x = &b->set->rows[b->owner];
	if ((l = new_limit(b, x)) == NULL)
		return SNMP_E_NOMEM;
	l->sensor = r->index[0];
	l->index = r->index[1];
	if (!value_is_exception(&v[0]))
		l->severity = cell_enum(&v[0]) < 0 ? 0 : cell_enum(&v[0]);
	if (!value_is_exception(&v[1]))
		l->relation = cell_enum(&v[1]) < 0 ? 0 : cell_enum(&v[1]);
	if (cell_int(&v[2], &val) == 0) {
		l->has_value = 1;
		l->value = val;
	}
	l->evaluation = cell_enum(&v[3]);
	devlimit_check(l);
	return SNMP_OK;
}

static int
any_cell(const struct snmp_value *v, int k)
{
	size_t i;

	for (i = 0; i < NCOLS_MAX && kinds[k].cols[i] != 0; i++) {
		if (!value_is_exception(&v[i]))
			return 1;
	}
	return 0;
}

int
sensormib_row(struct sensormib_build *b, const struct table_row *r)
{
	const struct snmp_value *v;
	struct sensor *x;
	int k, rc = SNMP_OK;

	for (k = 0; k < NKINDS && rc == SNMP_OK; k++) {
		if (b->base[k] == NOT_WALKED || r->index_len != kinds[k].ilen)
			continue;
		v = r->val + b->base[k];
		if (k == K_JCONT || !any_cell(v, k))
			continue;
		if (k == K_THRESH)
			rc = build_thresh(b, r, v);
		else if (k == K_JOPER)
			rc = build_juniper(b, r, v);
		else if ((x = new_row(b, k, r, v)) == NULL)
			rc = SNMP_E_NOMEM;
		else if (k == K_ENTITY || k == K_CISCO) {
			build_entity(x, v);
			b->owner = b->set->n - 1;
			/* spec 1.7, 1: the Cisco row of the index wins */
			if (k == K_ENTITY && b->base[K_CISCO] != NOT_WALKED &&
			    any_cell(r->val + b->base[K_CISCO], K_CISCO))
				x->dropped = "CISCO-ENTITY-SENSOR-MIB has the "
				    "same sensor";
		} else if (k >= K_EVOLT && k <= K_ESUPPLY)
			rc = build_envmon(b, x, v);
		else if (k >= K_LMTEMP && k <= K_LMMISC)
			build_lm(x, v);
		else
			build_hp(x, v);
	}
	return rc;
}

const char *
sensormib_table(int k)
{
	return k >= 0 && k < NKINDS ? kinds[k].what : NULL;
}

size_t
sensormib_columns(struct sensormib_build *b, unsigned walk, int thr,
    struct oid *cols)
{
	struct oid entry;
	size_t n = 0, c;
	int k;

	for (k = 0; k < NKINDS; k++) {
		b->base[k] = NOT_WALKED;
		if (k == K_THRESH ? !thr : !(walk >> kinds[k].source & 1))
			continue;
		oid_parse_numeric(&entry, kinds[k].entry);
		b->base[k] = n;
		for (c = 0; c < NCOLS_MAX && kinds[k].cols[c] != 0; c++)
			table_column(&cols[n++], entry.arcs, entry.len,
			    kinds[k].cols[c]);
	}
	return n;
}
