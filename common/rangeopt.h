/* SPDX-License-Identifier: ISC */
/*
 * A threshold option's plain range (-w, -c, --core-warning ...): parsed
 * into the warning or the critical half of a threshold, with the one
 * message every plugin gives for a range that does not parse.
 */
#ifndef RANGEOPT_H
#define RANGEOPT_H

#include <stddef.h>

#include "threshold.h"

/*
 * text into the critical range of th when crit, else into its warning
 * range, and mark that half given: 0.  NULL text (the option was not
 * given) leaves th alone: 0.  A malformed range: -1 and "Invalid WHAT
 * range 'TEXT': expected ..." in err, WHAT naming the option for people
 * ("warning", "core critical").
 */
int	rangeopt_set(struct threshold *, int, const char *, const char *,
	    char *, size_t);

#endif
