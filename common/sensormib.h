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

#include "oid.h"
#include "sensor.h"
#include "table.h"

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
