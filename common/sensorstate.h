/* SPDX-License-Identifier: ISC */
/*
 * A sensor's state (docs/design/sensor-spec.md, sections 1.5 and 1.6):
 * the device's condition always counts; a value is checked against the
 * user's ranges for its type ([TYPE=]RANGE, where a typed range wins over
 * one without a type, level by level), which replace the device's own
 * thresholds, else against those thresholds.  With the state come the
 * words for people (an item's long-output line, the summary of several)
 * and the ranges its perfdata shows.
 */
#ifndef SENSORSTATE_H
#define SENSORSTATE_H

#include <stddef.h>

#include "decimal.h"
#include "devlimit.h"
#include "sensormib.h"
#include "strbuf.h"
#include "threshold.h"

#define SENSORSTATE_ANY	SENSOR_NTYPES	/* a range without TYPE= */

/* How sensors are judged: the user's ranges and options. */
struct sensorstate_rules {
	struct dec_range range[2][SENSOR_NTYPES + 1];	/* warn, crit */
	int		 has[2][SENSOR_NTYPES + 1];
	int		 nodev;		/* the device's thresholds ignored */
	int		 absent_state;	/* a part not present */
	int		 unavail_state;	/* a value that cannot be read */
};

/* A sensor and its verdict. */
struct sensorstate {
	const struct sensor	*x;
	int			 state;
	int			 by_value;	/* a range gave the state */
	const struct dec_range	*range[2];	/* the user's: warn, crit */
	int			 dev;		/* the device's are in force */
	struct devlimit_ranges	 limits;
};

/*
 * -w (crit 0) or -c (crit 1) [TYPE=]RANGE into the rules: 0, or -1 with
 * "Invalid -w ..." in err (an unknown type, a bad range, a second range
 * for the same type).
 */
int	sensorstate_range(struct sensorstate_rules *, int crit, const char *,
	    char *err, size_t errlen);
/* Sensor x of set judged by the rules into *it; its state. */
int	sensorstate_judge(struct sensorstate *it,
	    const struct sensorstate_rules *, const struct sensor_set *,
	    const struct sensor *x);
/* The warning and critical ranges of the item's perfdata. */
void	sensorstate_threshold(const struct sensorstate *, struct threshold *);
/*
 * The item's long-output line: "[OK] name: 38 C, normal (critical above
 * 60 C; \"SW#1, ...\")"; verbose adds where the row comes from, its note
 * and the threshold rows that are not used.
 */
void	sensorstate_line(struct strbuf *, const struct sensor_set *,
	    const struct sensorstate *, int verbose);
/*
 * The summary of n items: several all OK, "12 sensors OK (8 temperature,
 * 4 fan)"; else every item not OK, worst first (a mark beside a value
 * that gave the state), or the one item there is.
 */
void	sensorstate_summary(struct strbuf *, const struct sensorstate *,
	    size_t n);

#endif
