/* SPDX-License-Identifier: ISC */
/*
 * A device's own thresholds of a sensor: the rows of
 * CISCO-ENTITY-SENSOR-MIB entSensorThresholdTable (a severity, a relation
 * and a value in the sensor's raw units), and CISCO-ENVMON-MIB's shutdown
 * temperature and voltage bounds written as such rows.  They are
 * evaluated exactly on the raw integer, as the MIB's pseudo-code does,
 * and turned into Nagios ranges that mean exactly the same: raw values
 * are integers, so "raw >= 700" is "OK up to 699" (one raw step below).
 */
#ifndef DEVLIMIT_H
#define DEVLIMIT_H

#include <stddef.h>
#include <stdint.h>

#define DEVLIMIT_RANGE_MAX	64	/* a perfdata range: RANGE_TEXT_MAX */
#define DEVLIMIT_WORDS_MAX	256

/* CiscoSensorThresholdSeverity. */
enum devlimit_severity {
	DL_OTHER = 1,
	DL_MINOR = 10,
	DL_MAJOR = 20,
	DL_CRITICAL = 30
};

/* CiscoSensorThresholdRelation. */
enum devlimit_relation {
	DL_LT = 1,		/* lessThan */
	DL_LE,			/* lessOrEqual */
	DL_GT,			/* greaterThan */
	DL_GE,			/* greaterOrEqual */
	DL_EQ,			/* equalTo */
	DL_NE			/* notEqualTo */
};

struct devlimit {
	uint32_t	 sensor;	/* entPhysicalIndex, or the ENVMON row */
	uint32_t	 index;		/* entSensorThresholdIndex; 0: ENVMON's */
	int		 severity;	/* as sent, -1 missing */
	int		 relation;	/* as sent, -1 missing */
	int		 has_value;
	int64_t		 value;		/* raw units of the sensor */
	int		 evaluation;	/* entSensorThresholdEvaluation, -1 */
	int		 state;		/* WARNING, CRITICAL; -1 ignored */
	const char	*why;		/* why it is ignored */
	int		 owned;		/* a sensor has it */
};

/* The ranges of a sensor's rows, and the same in words. */
struct devlimit_ranges {
	int		 has_warn;	/* usable rows of that level */
	int		 has_crit;
	char		 warn[DEVLIMIT_RANGE_MAX];	/* "" when not one range */
	char		 crit[DEVLIMIT_RANGE_MAX];
	char		 words[DEVLIMIT_WORDS_MAX];	/* "critical above 60 C" */
};

/*
 * The row's state from its severity (minor WARNING; major and critical
 * CRITICAL), or -1 and why: severity other(1) or undefined, relation
 * undefined, no value.
 */
void	devlimit_check(struct devlimit *);
/* 1 if the row fires for raw (its relation holds). */
int	devlimit_fires(const struct devlimit *, int64_t raw);
/* The worst state of the usable rows that fire: OK, WARNING, CRITICAL. */
int	devlimit_state(const struct devlimit *, size_t, int64_t raw);
/*
 * The rows as a Nagios range per level, the bounds raw x 10^exp (the
 * largest lower bound, the smallest upper bound: the earliest alert
 * wins); empty where they are not one interval (an equalTo or notEqualTo
 * row with others, or bounds that cross).  unit follows the words.
 */
void	devlimit_ranges(const struct devlimit *, size_t, int exp,
	    const char *unit, struct devlimit_ranges *);
/* "1011.1 major greaterOrEqual 750 (75.0) evaluation false". */
void	devlimit_text(const struct devlimit *, int exp, char *, size_t);

#endif
