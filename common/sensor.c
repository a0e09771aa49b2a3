/* SPDX-License-Identifier: ISC */
/*
 * Sensors from six MIBs (sensor.h), as docs/design/sensor-spec.md 1.2
 * and 1.7 read them: one GETNEXT finds the sources the agent has, one
 * walk reads the columns of all of them, several per request, joined by
 * index (the entity tables share entPhysicalIndex, so an RFC 3433 row
 * and its CISCO-ENTITY-SENSOR-MIB twin arrive together), then GETs read
 * the ENTITY-MIB names and containers of the entity sensors only.  How
 * each table's row reads is sensormib.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entity.h"
#include "output.h"
#include "sensor.h"
#include "sensormib.h"
#include "snmp.h"
#include "strbuf.h"
#include "table.h"

#define MAX_COLUMNS	(SENSORMIB_TABLES * SENSORMIB_COLS)

static const char *const source_names[SENSOR_NSOURCES] = {
	"ENTITY-SENSOR-MIB", "CISCO-ENTITY-SENSOR-MIB", "CISCO-ENVMON-MIB",
	"LM-SENSORS-MIB", "JUNIPER-MIB", "HP-ICF-CHASSIS"
};
static const char *const source_keys[SENSOR_NSOURCES] = {
	"entity", "cisco-entity", "envmon", "lm-sensors", "juniper", "hp"
};
static const char *const type_names[SENSOR_NTYPES] = {
	"temperature", "fan", "power", "voltage", "current", "humidity",
	"frequency", "airflow", "optical", "state", "other"
};
static const char *const unit_texts[] = { "", "C", "V", "A", "W", "rpm",
    "%", "Hz", "m\xc2\xb3/min", "dBm", "dB", "" };

/*
 * The probe (spec 1.2): a source is there when the GETNEXT of oid
 * answers under `under'.  The threshold table counts for itself.
 */
static const struct probe {
	int		 source;
	int		 thr;
	const char	*oid;
	const char	*under;
} probes[] = {
	{ SENSOR_ENTITY, 0, "1.3.6.1.2.1.99.1.1.1", NULL },
	{ SENSOR_CISCO, 0, "1.3.6.1.4.1.9.9.91.1.1.1.1", NULL },
	{ SENSOR_CISCO, 1, "1.3.6.1.4.1.9.9.91.1.2.1.1", NULL },
	{ SENSOR_ENVMON, 0, "1.3.6.1.4.1.9.9.13.1", NULL },
	{ SENSOR_LM, 0, "1.3.6.1.4.1.2021.13.16", NULL },
	{ SENSOR_JUNIPER, 0, "1.3.6.1.4.1.2636.3.1.13.1.5",
	  "1.3.6.1.4.1.2636.3.1.13.1" },
	{ SENSOR_HP, 0, "1.3.6.1.4.1.11.2.14.11.1.2.6.1", NULL }
};
#define NPROBES	(sizeof(probes) / sizeof(probes[0]))


const char *
sensor_source_name(int s)
{
	return s >= 0 && s < SENSOR_NSOURCES ? source_names[s] : "?";
}

const char *
sensor_source_key(int s)
{
	return s >= 0 && s < SENSOR_NSOURCES ? source_keys[s] : "?";
}

int
sensor_source_parse(const char *s)
{
	int i;

	for (i = 0; i < SENSOR_NSOURCES; i++) {
		if (strcasecmp(s, source_keys[i]) == 0)
			return i;
	}
	return -1;
}

const char *
sensor_type_name(int t)
{
	return t >= 0 && t < SENSOR_NTYPES ? type_names[t] : "?";
}

int
sensor_type_parse(const char *s)
{
	static const struct {
		const char	*alias;
		int		 type;
	} aliases[] = { { "temp", SENSOR_TEMPERATURE },
	    { "volt", SENSOR_VOLTAGE }, { "psu", SENSOR_POWER },
	    { "rh", SENSOR_HUMIDITY } };
	size_t i;

	for (i = 0; i < SENSOR_NTYPES; i++) {
		if (strcasecmp(s, type_names[i]) == 0)
			return (int)i;
	}
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
		if (strcasecmp(s, aliases[i].alias) == 0)
			return aliases[i].type;
	}
	return -1;
}

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

int
sensor_types_parse(const char *arg, unsigned *mask, char *err, size_t errlen)
{
	return parse_words(arg, sensor_type_parse, "all",
	    (1u << SENSOR_NTYPES) - 1, mask, "type", err, errlen);
}

/* auto: the probe decides, as without --mib */
int
sensor_sources_parse(const char *arg, unsigned *mask, char *err,
    size_t errlen)
{
	return parse_words(arg, sensor_source_parse, "auto", 0, mask,
	    "--mib source", err, errlen);
}

const char *
sensor_unit_text(int u)
{
	return u >= 0 && u <= UNIT_TRUTH ? unit_texts[u] : "";
}

void
sensor_index_text(const struct sensor *x, char *buf, size_t cap)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb, buf, cap);
	for (i = 0; i < x->index_len; i++) {
		if (i > 0)
			sb_add(&sb, ".");
		sb_u64(&sb, x->index[i]);
	}
}

void
sensor_where(const struct sensor *x, char *buf, size_t cap)
{
	char idx[SENSOR_INDEX_TEXT_MAX];
	const char *what = sensormib_table(x->table);

	sensor_index_text(x, idx, sizeof(idx));
	snprintf(buf, cap, "%s%s%s %s", source_names[x->source],
	    what != NULL ? " " : "", what != NULL ? what : "", idx);
}

void
sensor_value_text(const struct sensor *x, int graph, char *buf, size_t cap)
{
	if (x->unit == UNIT_TRUTH)
		snprintf(buf, cap, "%s", graph ? (x->raw == 1 ? "1" : "0") :
		    x->raw == 1 ? "true" : "false");
	else
		dec_text(buf, cap, x->raw, x->exp);
}

int
sensor_graph(const struct sensor *x, int units, const char **uom,
    struct num *min, struct num *max)
{
	*uom = x->unit == UNIT_PCT ? "%" : "";
	if (units && (x->unit == UNIT_C || x->unit == UNIT_V ||
	    x->unit == UNIT_A || x->unit == UNIT_W || x->unit == UNIT_DBM))
		*uom = unit_texts[x->unit];
	num_from_int(min, 0);
	num_from_int(max, x->unit == UNIT_PCT ? 100 : 1);
	return x->unit == UNIT_PCT || x->unit == UNIT_TRUTH;
}

void
sensor_value(const struct sensor *x, struct dec *d)
{
	if (x->unit == UNIT_TRUTH)
		dec_from_raw(d, x->raw == 1, 0);
	else
		dec_from_raw(d, x->raw, x->exp);
}


void
sensor_text(struct strbuf *sb, const struct sensor *x, const char *mark)
{
	const char *unit = unit_texts[x->unit];
	char v[DEC_TEXT_MAX];
	size_t start = sb->len;

	if (x->has_value) {
		sensor_value_text(x, 0, v, sizeof(v));
		sb_printf(sb, "%s%s%s%s%s", mark, v, unit[0] ? " " : "", unit,
		    mark);
	}
	if (x->cond == COND_INVALID || x->cond == COND_UNAVAILABLE)
		sb_printf(sb, "%s%s", sb->len > start ? ", " : "", x->why);
	else if (x->devstate != NULL)
		sb_printf(sb, "%s%s", sb->len > start ? ", " : "",
		    x->devstate);
	if (x->extra != NULL)
		sb_printf(sb, ", %s", x->extra);
}

void
sensor_list_row(struct strbuf *sb, const struct sensor_set *set,
    const struct sensor *x)
{
	char where[128], buf[256];
	size_t i;

	sensor_where(x, where, sizeof(where));
	sb_printf(sb, "%s %s '%s' %s: ", where, type_names[x->type], x->name,
	    x->rawtext);
	sensor_text(sb, x, "");
	if (x->transceiver)
		sb_add(sb, " (transceiver)");
	if (x->dropped != NULL)
		sb_printf(sb, " (dropped: %s)", x->dropped);
	sb_add(sb, "\n");
	for (i = 0; i < x->nthr; i++) {
		if (set->thr[x->thr0 + i].index == 0)
			continue;	/* ENVMON's, shown as its columns */
		devlimit_text(&set->thr[x->thr0 + i], x->exp, buf, sizeof(buf));
		sb_printf(sb, "    threshold %s\n", buf);
	}
}

void
sensor_list_orphans(struct strbuf *sb, const struct sensor_set *set,
    const char *prefix)
{
	char buf[256];
	size_t i;

	for (i = 0; i < set->nthr; i++) {
		if (set->thr[i].owned || set->thr[i].index == 0)
			continue;
		devlimit_text(&set->thr[i], 0, buf, sizeof(buf));
		sb_printf(sb, "%sthreshold %s\n", prefix, buf);
	}
}

void
sensor_list_summary(struct strbuf *sb, const struct sensor_set *set)
{
	size_t i, k, count[SENSOR_NSOURCES], m = 0;

	memset(count, 0, sizeof(count));
	for (i = 0; i < set->n; i++)
		m += count[set->rows[i].source]++ == 0;
	sb_printf(sb, "%zu rows in %zu sources", set->n, m);
	for (i = 0, k = 0; i < SENSOR_NSOURCES; i++) {
		if (count[i] > 0)
			sb_printf(sb, "%s%s %zu", k++ ? ", " : ": ",
			    sensor_source_name((int)i), count[i]);
	}
}

/* Which sources the agent has: one GETNEXT (spec 1.2). */
static int
probe(struct session *s, unsigned want, unsigned *found, int *thr)
{
	struct oid oids[NPROBES], under;
	struct varbind vb[NPROBES];
	size_t i, n = 0, which[NPROBES];
	const struct probe *p;
	int rc;

	*found = 0;
	*thr = 0;
	for (i = 0; i < NPROBES; i++) {
		if (!(want >> probes[i].source & 1) && !(probes[i].thr &&
		    want >> SENSOR_ENTITY & 1))
			continue;
		oid_parse_numeric(&oids[n], probes[i].oid);
		which[n++] = i;
	}
	/* v1: a noSuchName drops that varbind and resends the rest */
	if (n == 0 || (rc = session_getnext(s, oids, n, vb)) != SNMP_OK)
		return n == 0 ? SNMP_OK : rc;
	for (i = 0; i < n; i++) {
		p = &probes[which[i]];
		oid_parse_numeric(&under, p->under != NULL ? p->under : p->oid);
		if (value_is_exception(&vb[i].val) || vb[i].oid.len <=
		    under.len || !oid_is_prefix(&under, &vb[i].oid))
			continue;
		if (p->thr)
			*thr = 1;
		else
			*found |= 1u << p->source;
	}
	return SNMP_OK;
}

/* Every table of the sources in one walk, then row by row. */
static int
walk(struct session *s, unsigned sources, int thr, struct sensor_set *set)
{
	struct sensormib_build b;
	struct oid *cols;
	struct table t;
	size_t i, n;
	int rc = SNMP_OK;

	memset(&b, 0, sizeof(b));
	b.set = set;
	b.owner = SENSORMIB_NOT_WALKED;
	b.t = &t;
	if ((cols = calloc(MAX_COLUMNS, sizeof(*cols))) == NULL)
		return SNMP_E_NOMEM;
	n = sensormib_columns(&b, sources, thr, cols);
	if (n > 0)
		rc = table_walk(s, cols, n, &t);
	free(cols);
	if (n == 0 || rc != SNMP_OK)
		return rc;
	for (i = 0; i < t.nrows && rc == SNMP_OK; i++)
		rc = sensormib_row(&b, &t.rows[i]);
	table_free(&t);
	return rc;
}

static int
is_entity(const struct sensor *x)
{
	return x->source == SENSOR_ENTITY || x->source == SENSOR_CISCO;
}

/*
 * ENTITY-MIB names of the entity sensors, and which sit below a port
 * (spec 1.3, transceivers).  The two entity tables' rows of one index
 * are next to each other: one lookup serves both.
 */
static int
entity_names(struct session *s, struct sensor_set *set)
{
	struct entity *ents;
	size_t *pos, i, m = 0;
	int *below, rc;

	ents = calloc(set->n + 1, sizeof(*ents));
	pos = calloc(set->n + 1, sizeof(*pos));
	below = calloc(set->n + 1, sizeof(*below));
	rc = ents == NULL || pos == NULL || below == NULL ? SNMP_E_NOMEM :
	    SNMP_OK;
	for (i = 0; i < set->n && rc == SNMP_OK; i++) {
		if (!is_entity(&set->rows[i]))
			continue;
		if (m == 0 || ents[m - 1].index != set->rows[i].index[0])
			ents[m++].index = set->rows[i].index[0];
		pos[i] = m - 1;
	}
	if (rc == SNMP_OK && m > 0 && (rc = entity_fetch(s, ents, m)) ==
	    SNMP_OK)
		rc = entity_below(s, ents, m, ENT_PORT, below);
	for (i = 0; i < set->n && rc == SNMP_OK; i++) {
		if (!is_entity(&set->rows[i]))
			continue;
		memcpy(set->rows[i].base, ents[pos[i]].name,
		    sizeof(set->rows[i].base));
		set->rows[i].transceiver = below[pos[i]];
	}
	free(ents);
	free(pos);
	free(below);
	return rc;
}

/* Spec 1.7, 2: ENVMON's view of what entity sensors measure goes. */
static void
drop_envmon(struct sensor_set *set)
{
	int give[SENSOR_NTYPES];
	struct sensor *x;
	size_t i;

	memset(give, 0, sizeof(give));
	for (i = 0; i < set->n; i++) {
		x = &set->rows[i];
		if (is_entity(x) && x->dropped == NULL && !x->transceiver)
			give[x->type] = 1;
	}
	for (i = 0; i < set->n; i++) {
		x = &set->rows[i];
		if (x->source != SENSOR_ENVMON || x->dropped != NULL ||
		    !give[x->type] || (x->type != SENSOR_TEMPERATURE &&
		    x->type != SENSOR_VOLTAGE))
			continue;
		x->dropped = x->type == SENSOR_TEMPERATURE ? "ENTITY sensors "
		    "give temperatures" : "ENTITY sensors give voltages";
	}
}

/* Names: a fallback for none; "name #index" where a type has it twice. */
static int
names(struct sensor_set *set)
{
	char **labels, (*keys)[SENSOR_INDEX_TEXT_MAX];
	const char **kp;
	struct sensor *x;
	size_t i, k;
	int t, rc = SNMP_OK;

	labels = calloc(set->n + 1, sizeof(*labels));
	keys = calloc(set->n + 1, sizeof(*keys));
	kp = calloc(set->n + 1, sizeof(*kp));
	if (labels == NULL || keys == NULL || kp == NULL)
		rc = SNMP_E_NOMEM;
	for (t = 0; t < SENSOR_NTYPES && rc == SNMP_OK; t++) {
		for (i = k = 0; i < set->n; i++) {
			x = &set->rows[i];
			if (x->type != t)
				continue;
			sensor_index_text(x, keys[k], sizeof(keys[k]));
			if (x->base[0] == '\0')
				snprintf(x->base, sizeof(x->base), "%s %s",
				    is_entity(x) ? "sensor" : type_names[t],
				    keys[k]);
			memcpy(x->name, x->base, sizeof(x->name));
			if (x->dropped != NULL)
				continue;
			labels[k] = x->name;
			kp[k] = keys[k];
			k++;
		}
		rc = output_unique_keys(labels, kp, k, sizeof(x->name), " #");
		/* one name and one index in two sources: the source too */
		for (i = k = 0; i < set->n && rc == SNMP_OK; i++) {
			x = &set->rows[i];
			if (x->type == t && x->dropped == NULL)
				kp[k++] = source_keys[x->source];
		}
		if (rc == SNMP_OK)
			rc = output_unique_keys(labels, kp, k, sizeof(x->name),
			    " #");
	}
	free(labels);
	free(keys);
	free(kp);
	return rc;
}

/* Item order (spec 1.3): type, source, index arc by arc, table. */
static int
order(const void *a, const void *b)
{
	const struct sensor *x = a, *y = b;
	size_t i;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	if (x->source != y->source)
		return x->source < y->source ? -1 : 1;
	for (i = 0; i < x->index_len && i < y->index_len; i++) {
		if (x->index[i] != y->index[i])
			return x->index[i] < y->index[i] ? -1 : 1;
	}
	if (x->index_len != y->index_len)
		return x->index_len < y->index_len ? -1 : 1;
	return (x->table > y->table) - (x->table < y->table);
}

int
sensor_read(struct session *s, unsigned want, int probing,
    struct sensor_set *set)
{
	unsigned sources = want;
	int thr = want >> SENSOR_CISCO & 1, rc = SNMP_OK;

	memset(set, 0, sizeof(*set));
	if (probing) {
		rc = probe(s, want, &set->probed, &thr);
		sources = set->probed;
		/* spec 1.1: mandatory wherever either value table answers */
		thr = thr && (sources & (1u << SENSOR_ENTITY |
		    1u << SENSOR_CISCO));
	}
	if (rc == SNMP_OK)
		rc = walk(s, sources, thr, set);
	if (rc == SNMP_OK)
		rc = entity_names(s, set);
	if (rc == SNMP_OK && probing)
		drop_envmon(set);
	if (rc == SNMP_OK)
		rc = names(set);
	if (rc != SNMP_OK) {
		sensor_free(set);
		return rc;
	}
	if (set->n > 0)
		qsort(set->rows, set->n, sizeof(*set->rows), order);
	return SNMP_OK;
}

void
sensor_free(struct sensor_set *set)
{
	free(set->rows);
	free(set->thr);
	memset(set, 0, sizeof(*set));
}
