/* SPDX-License-Identifier: ISC */
/*
 * Hardware sensors as check_snmp_sensor and discovery read them, from
 * whichever of six MIBs the agent has: ENTITY-SENSOR-MIB (RFC 3433) and
 * CISCO-ENTITY-SENSOR-MIB with ENTITY-MIB names, CISCO-ENVMON-MIB,
 * LM-SENSORS-MIB, JUNIPER-MIB jnxOperatingTable and HP-ICF-CHASSIS
 * hpicfSensorTable.  Each row becomes one uniform sensor: a name, a type,
 * an exact value (raw x 10^exp) in the base unit, the device's own state
 * and thresholds, the source.  Judging it against a user's ranges is
 * sensorstate.h's; what the device says (its states, its threshold rows)
 * is read here.  docs/design/sensor-spec.md is the specification.  The
 * types of a sensor and of the set are sensormib.h's, which builds them.
 */
#ifndef SENSOR_H
#define SENSOR_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "sensormib.h"
#include "session.h"
#include "strbuf.h"

#define SENSOR_INDEX_TEXT_MAX	48	/* "1.2.3.4": sensor_index_text() */

/*
 * Read the sources of the mask want (bit per enum sensor_source); with
 * probe, only those of them one GETNEXT finds on the agent.  Rows are
 * named (ENTITY-MIB for entity sensors, per type "name #index" when two
 * share a name), sorted, and marked dropped where another source gives
 * the same sensor (with probe: ENVMON temperatures and voltages where
 * entity sensors give that type).  SNMP_OK or the session's error.
 */
int	sensor_read(struct session *, unsigned want, int probe,
	    struct sensor_set *);
void	sensor_free(struct sensor_set *);

/* "ENTITY-SENSOR-MIB" ...; its --mib name "entity" ... and back (-1). */
const char *sensor_source_name(int);
const char *sensor_source_key(int);
int	sensor_source_parse(const char *);
/* "temperature" ...; and back, with the aliases temp, volt, psu, rh (-1). */
const char *sensor_type_name(int);
int	sensor_type_parse(const char *);
/*
 * -T's and --mib's comma-separated words (types, with all; source keys,
 * with auto, which adds none) into the bits of *mask: 0, or -1 with
 * "Invalid type 'x' in 'fan,x'" in err.
 */
int	sensor_types_parse(const char *, unsigned *mask, char *err,
	    size_t errlen);
int	sensor_sources_parse(const char *, unsigned *mask, char *err,
	    size_t errlen);
/* "C", "V", "rpm", "m³/min" ...; "" for none. */
const char *sensor_unit_text(int);
/* The row's index, its arcs dotted: "1005", "7.1.0.0" (Juniper). */
void	sensor_index_text(const struct sensor *, char *, size_t);
/* "CISCO-ENVMON-MIB temperature 1005": where a row comes from. */
void	sensor_where(const struct sensor *, char *, size_t);
/* The value as shown: "12.020", "true"; as graphed: "12.020", "1". */
void	sensor_value_text(const struct sensor *, int graph, char *, size_t);
/*
 * How the value is graphed: its UOM ("%" for humidity; with units also
 * C, V, A, W and dBm, which the plugin guidelines do not have) and, for
 * humidity (0..100) and a truthvalue (0..1), bounds: 1 with *min, *max.
 */
int	sensor_graph(const struct sensor *, int units, const char **uom,
	    struct num *min, struct num *max);
/* The value as compared with a range (a truthvalue: true 1, false 0). */
void	sensor_value(const struct sensor *, struct dec *);
/*
 * What the row says, for people: "38 C, normal, ac", "not present",
 * "unavailable"; the value between two marks ("*-19.8 dBm*").
 */
void	sensor_text(struct strbuf *, const struct sensor *, const char *mark);
/*
 * A row as --list shows it: "CISCO-ENVMON-MIB fan 1004 fan 'Switch#1,
 * Fan#1' StatusDescr 'Switch#1, Fan#1' State 1: normal", why it is
 * dropped, then a line for each of its threshold rows.
 */
void	sensor_list_row(struct strbuf *, const struct sensor_set *,
	    const struct sensor *);
/* --list's summary: "31 rows in 2 sources: ENTITY-SENSOR-MIB 27, ...". */
void	sensor_list_summary(struct strbuf *, const struct sensor_set *);
/* A line for each threshold row of no sensor, after prefix. */
void	sensor_list_orphans(struct strbuf *, const struct sensor_set *,
	    const char *prefix);

#endif
