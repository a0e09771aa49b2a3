/* SPDX-License-Identifier: ISC */
/*
 * The Nagios plugin range grammar ([@][start:][end], "~" for minus
 * infinity) and the warning/critical evaluation built on it.
 */
#ifndef THRESHOLD_H
#define THRESHOLD_H

#include <stdint.h>

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

/*
 * SNMP_E_SYNTAX for anything but a complete, valid range; SNMP_E_RANGE for
 * a number with an exponent whose plain form is too long.  ":N" is "0:N"
 * and numbers may have an exponent ("~:1e3"), as in every
 * monitoring-plugins plugin; r->text is then rewritten ("0:N", "~:1000").
 */
int	range_parse(struct range *, const char *);
/* The same, and "MAX:MIN" read as "@MIN:MAX", as check_snmp 2.3.3 does. */
int	range_parse_check_snmp(struct range *, const char *);
/* 1 if the value raises an alert for this range. */
int	range_alert(const struct range *, const struct num *);
/*
 * Units for range_parse_units(): a suffix (matched case-insensitively)
 * and what it multiplies by; a table ends with a NULL suffix.
 */
struct unit {
	const char	*suffix;
	uint64_t	 mult;
};

/* B; K, KB, KiB = 1024; M, MB, MiB = 1024^2; ... up to P, PB, PiB. */
extern const struct unit units_bytes[];
/* b, bit, bps; k, M, G, T (and kb, kbit, kbps...): powers of 1000. */
extern const struct unit units_bits[];
/* s, sec; m, min; h; d; w (a week): in seconds. */
extern const struct unit units_seconds[];

/*
 * A range whose numbers may carry a unit: "10GB:", "@1h:2d", "~:500MiB".
 * The numbers are converted to the base unit (bytes, seconds) and r->text
 * is rewritten with them, ready for perfdata.  *used (if not NULL) gets
 * bit i set for every units[i] that appeared.  SNMP_E_SYNTAX for a
 * malformed range or an unknown suffix, SNMP_E_RANGE on overflow.
 */
int	range_parse_units(struct range *, const char *, const struct unit *,
	    unsigned *);
/*
 * For a range that range_parse() (units NULL) or range_parse_units()
 * refused: "its start is greater than its end; " when that is why, else
 * "", to put before what the grammar expects in a message.
 */
const char	*range_why(const char *, const struct unit *);
/* 0 OK, 1 WARNING, 2 CRITICAL. */
int	threshold_state(const struct threshold *, const struct num *);

#endif
