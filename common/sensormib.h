/* SPDX-License-Identifier: ISC */
/*
 * The sensor MIBs' tables (sensor.h; docs/design/sensor-spec.md 1.1, 1.4,
 * 1.5): which columns of each are read, and how one row of them, joined
 * by index with the other tables in one walk, becomes sensor rows (a
 * value scaled exactly, the device's state) and threshold rows.  The
 * arithmetic of RFC 3433 and the names of CISCO-ENVMON-MIB are here too.
 * sensor.c reads the agent with it.
 */
#ifndef SENSORMIB_H
#define SENSORMIB_H

#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "devlimit.h"
#include "oid.h"
#include "table.h"

#define SENSOR_TEXT_MAX		256
#define SENSOR_INDEX_MAX	4	/* arcs: Juniper's container.L1.L2.L3 */

/* In the order of the spec, 1.1: items of one type are sorted by it. */
enum sensor_source {
	SENSOR_ENTITY,		/* ENTITY-SENSOR-MIB entPhySensorTable */
	SENSOR_CISCO,		/* CISCO-ENTITY-SENSOR-MIB, and its thresholds */
	SENSOR_ENVMON,		/* CISCO-ENVMON-MIB */
	SENSOR_LM,		/* LM-SENSORS-MIB */
	SENSOR_JUNIPER,		/* JUNIPER-MIB jnxOperatingTable */
	SENSOR_HP,		/* HP-ICF-CHASSIS hpicfSensorTable */
	SENSOR_NSOURCES
};

/* In the order items are shown. */
enum sensor_type {
	SENSOR_TEMPERATURE,
	SENSOR_FAN,
	SENSOR_POWER,
	SENSOR_VOLTAGE,
	SENSOR_CURRENT,
	SENSOR_HUMIDITY,
	SENSOR_FREQUENCY,
	SENSOR_AIRFLOW,
	SENSOR_OPTICAL,
	SENSOR_STATE,
	SENSOR_OTHER,
	SENSOR_NTYPES
};

enum sensor_unit {
	UNIT_NONE, UNIT_C, UNIT_V, UNIT_A, UNIT_W, UNIT_RPM, UNIT_PCT,
	UNIT_HZ, UNIT_CMM, UNIT_DBM, UNIT_DB, UNIT_TRUTH
};

/* What the device says of the row, before any threshold. */
enum sensor_cond {
	COND_OK,		/* fine, or no state: thresholds decide */
	COND_WARNING,		/* its state is a warning */
	COND_CRITICAL,		/* its state is critical */
	COND_FAILED,		/* shut down, or a fan or supply not working */
	COND_ABSENT,		/* not present */
	COND_UNAVAILABLE,	/* the value cannot be read: why says how */
	COND_INVALID		/* undefined state, missing column, bad value */
};

struct sensor {
	int		 source;	/* enum sensor_source */
	int		 table;		/* which table of the source */
	uint32_t	 index[SENSOR_INDEX_MAX];
	size_t		 index_len;
	int		 type;		/* enum sensor_type */
	int		 unit;		/* enum sensor_unit */
	char		 name[SENSOR_TEXT_MAX];	/* shown: "temp1 #6" */
	char		 base[SENSOR_TEXT_MAX];	/* the name before " #6" */
	char		 descr[SENSOR_TEXT_MAX];	/* ENVMON: as sent */
	int		 numeric;	/* measures something (else a state) */
	int		 has_value;
	int64_t		 raw;		/* value = raw x 10^exp */
	int		 exp;
	int		 cond;		/* enum sensor_cond */
	const char	*devstate;	/* the device's word, or NULL */
	char		 why[128];	/* COND_UNAVAILABLE, COND_INVALID */
	const char	*extra;		/* ENVMON supply source, or NULL */
	char		 note[128];	/* for -v: counters, ignored limits */
	char		 rawtext[200];	/* for --list: the columns as sent */
	int		 transceiver;	/* below a port (ENTITY-MIB) */
	const char	*dropped;	/* another source gives it: why */
	size_t		 thr0, nthr;	/* its thresholds in sensor_set.thr */
};

struct sensor_set {
	struct sensor	*rows;		/* in item order */
	size_t		 n;
	struct devlimit	*thr;		/* by sensor, then index */
	size_t		 nthr;
	unsigned	 probed;	/* bit per source the probe found */
	unsigned	 answered;	/* bit per source that has rows */
};


#define SENSORMIB_TABLES	14	/* the tables read */
#define SENSORMIB_COLS		6	/* columns of one table at most */
#define SENSORMIB_NOT_WALKED	((size_t)-1)

/* The rows one walk gives, as they are built. */
struct sensormib_build {
	struct sensor_set	*set;
	size_t			 cap, thrcap;	/* of set->rows, set->thr */
	size_t			 owner;		/* the last entity sensor */
	const struct table	*t;
	size_t			 base[SENSORMIB_TABLES];	/* first column */
};

/*
 * The columns to walk for the sources of the mask walk (bit per enum
 * sensor_source), and entSensorThresholdTable's with thr, into cols
 * (room for SENSORMIB_TABLES x SENSORMIB_COLS); sets b->base (a table
 * not walked: SENSORMIB_NOT_WALKED) and returns how many there are.
 */
size_t	sensormib_columns(struct sensormib_build *, unsigned walk, int thr,
	    struct oid *cols);
/* The rows of one joined row of the walk: SNMP_OK or SNMP_E_NOMEM. */
int	sensormib_row(struct sensormib_build *, const struct table_row *);
/* A table in words ("temperature" of CISCO-ENVMON-MIB), or NULL. */
const char *sensormib_table(int);
/*
 * RFC 3433 arithmetic: the power of ten of a reading with this
 * entPhySensorScale (1..17) and entPhySensorPrecision (-8..9) into *exp;
 * -1 when either is outside its range.
 */
int	sensormib_exponent(int scale, int precision, int *exp);
/*
 * The item name of a CISCO-ENVMON-MIB description, which carries the
 * state: cut before the first state word ("GREEN", "Normal", "NotExist",
 * "Status", ...) and the white space, commas, colons and dashes before
 * it; the whole description when nothing would be left.
 */
void	sensormib_envmon_name(const char *descr, char *, size_t);

#endif
