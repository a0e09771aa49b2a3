/* SPDX-License-Identifier: ISC */
/*
 * The Nagios plugin range grammar ([@][start:][end], "~" for minus
 * infinity) and the warning/critical evaluation built on it.
 */
#ifndef THRESHOLD_H
#define THRESHOLD_H

#include "num.h"

#define RANGE_TEXT_MAX	64

struct range {
	int		has_start;	/* 0: minus infinity */
	int		has_end;	/* 0: plus infinity */
	int		inside;		/* "@": alert inside the range */
	struct num	start;
	struct num	end;
	char		text[RANGE_TEXT_MAX];	/* as given, for perfdata */
};

struct threshold {
	int		has_warn;
	int		has_crit;
	struct range	warn;
	struct range	crit;
};

/* SNMP_E_SYNTAX for anything but a complete, valid range. */
int	range_parse(struct range *, const char *);
/* 1 if the value raises an alert for this range. */
int	range_alert(const struct range *, const struct num *);
/* 0 OK, 1 WARNING, 2 CRITICAL. */
int	threshold_state(const struct threshold *, const struct num *);

#endif
