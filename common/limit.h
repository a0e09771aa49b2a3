/* SPDX-License-Identifier: ISC */
/*
 * A limit: a Nagios range on a percentage ("80", "80%") or on an amount
 * with units ("10GB", "800M", "0.5"), as storage, memory, interfaces and
 * sensors take them, and the perfdata thresholds that say the same on the
 * scale the perfdata uses.
 */
#ifndef LIMIT_H
#define LIMIT_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "threshold.h"

enum limit_kind {
	LIMIT_PCT = 1,	/* a percentage */
	LIMIT_AMOUNT	/* an amount in the base unit (bytes, bits/s, ...) */
};

/* How a limit is written (limit_parse's flags). */
enum limit_flag {
	LIMIT_BARE_PCT = 1,	/* a number without a unit is a percentage */
	LIMIT_PCT_ONLY = 2,	/* no units at all (inode percentages) */
	LIMIT_AT_LEAST = 4,	/* "10GB" alone means 10GB: (at least) */
	LIMIT_NO_BYTES = 8	/* refuse 'B' (bit units match without case) */
};

struct limit {
	int		 given;
	int		 kind;		/* enum limit_kind */
	struct range	 r;
};

/*
 * Parse a range whose numbers may carry "%" (after a number only) or a
 * unit of units (NULL: none).  Without either, a number is a percentage
 * with LIMIT_BARE_PCT, else an amount.  -1 for anything else: a unit and
 * "%" together, a unit where none is allowed, a malformed range.
 */
int	limit_parse(struct limit *, const char *, const struct unit *,
	    unsigned flags);
/* 1 if the value of the limit's kind (a percentage or an amount) alerts. */
int	limit_alert(const struct limit *, double pct, const struct num *amount);
/* CRITICAL, WARNING or OK for a value against two limits. */
int	limit_state(const struct limit *warn, const struct limit *crit,
	    double pct, const struct num *amount);
/*
 * The same for a value that may have no percentage (has_pct 0, a speed
 * unknown): a percentage limit is then left out and *skipped set.
 */
int	limit_state_partial(const struct limit *warn, const struct limit *crit,
	    int has_pct, double pct, const struct num *amount, int *skipped);
/*
 * The perfdata range, on used units, of a limit on a figure of size
 * `size': a percentage p becomes ceil(p * size / 100) (start) or
 * floor(p * size / 100) (end); an amount of what is left (free space,
 * available memory) a becomes cap - a, cap being used + left.
 */
void	limit_used_range(const struct limit *, uint64_t size, uint64_t cap,
	    char *, size_t);
/* A range with its numbers multiplied by factor, as perfdata text. */
void	limit_scaled(const struct range *, double factor, char *, size_t);
/*
 * The thresholds of two limits that are of kind `kind', for the perfdata
 * of a value of that kind (a limit of the other kind is left out).
 */
void	limit_threshold(const struct limit *warn, const struct limit *crit,
	    int kind, struct threshold *);
/*
 * The same where a limit of the other kind converts: its numbers times
 * factor (an amount per percent, or percent per amount; 0: left out).  A
 * converted range holds its text only: it is for perfdata.
 */
void	limit_threshold_scaled(const struct limit *warn,
	    const struct limit *crit, int kind, double factor,
	    struct threshold *);

struct output;
/*
 * The perfdata of a usage (storage, memory): 'label'=USED B;w;c;0;SIZE
 * with the limits as ranges on used bytes (limit_used_range(), cap being
 * used + left; none while size is 0) and, when size > 0, whatever the
 * limits (graphs keep their series), 'label %'=PCT%;w;c;0;100 with pct to
 * two decimals and the limits that are percentages.
 */
void	limit_perf(struct output *, const char *label, uint64_t used,
	    uint64_t size, uint64_t cap, double pct, const struct limit *warn,
	    const struct limit *crit);

#endif
