/* SPDX-License-Identifier: ISC */
/*
 * Threshold option ranges (rangeopt.h) over the Nagios range grammar of
 * threshold.c.
 */
#include <stdio.h>

#include "rangeopt.h"
#include "snmp.h"

int
rangeopt_set(struct threshold *th, int crit, const char *text,
    const char *what, char *err, size_t errlen)
{
	if (text == NULL)
		return 0;
	if (range_parse(crit ? &th->crit : &th->warn, text) != SNMP_OK) {
		snprintf(err, errlen, "Invalid %s range '%s': %sexpected "
		    "[@][START:][END] with decimal numbers, ~ for minus "
		    "infinity", what, text, range_why(text, NULL));
		return -1;
	}
	if (crit)
		th->has_crit = 1;
	else
		th->has_warn = 1;
	return 0;
}
