/* SPDX-License-Identifier: ISC */
/*
 * A threshold option with a range per position, as check_load reads -w
 * 4,3,2 (1, 5 and 15 minutes): one range for every position, or one per
 * position separated by commas, an empty field leaving its position
 * without.  Each range parses as rangeopt_set() parses a plain one.
 */
#ifndef RANGELIST_H
#define RANGELIST_H

#include <stddef.h>

#include "threshold.h"

#define RANGELIST_MAX	16	/* positions */

/*
 * list into the critical ranges of th[0..n-1] when crit, else into their
 * warning ranges; kind ("warning") and names[i] ("1-minute load") make
 * position i's WHAT in rangeopt's message, "warning (1-minute load)".
 * NULL list (the option was not given): SNMP_OK, th left alone.
 * SNMP_E_RANGE when list has neither one field nor n (the caller says what
 * it expects; err untouched); SNMP_E_SYNTAX with err for a single empty
 * field ("Empty warning threshold") or a malformed range; SNMP_E_INVAL
 * with err for n of 0 or over RANGELIST_MAX; SNMP_E_NOMEM with err.
 */
int	rangelist_set(struct threshold *th, size_t n, int crit,
	    const char *list, const char *kind, const char *const *names,
	    char *err, size_t errlen);

#endif
