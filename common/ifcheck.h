/* SPDX-License-Identifier: ISC */
/*
 * An interface under check (IF-MIB, ifmib.h): what a check holds of it
 * (the row, its label, each direction's speed, the previous sample and
 * the rates since), the states its status and each rate give under a
 * policy (the limits, the status rules), and the words that say them: its
 * line, its problems, its long output, the busiest of several.
 */
#ifndef IFCHECK_H
#define IFCHECK_H

#include <stddef.h>
#include <stdint.h>

#include "ifmib.h"
#include "rate.h"
#include "strbuf.h"

/* What a % traffic limit without a speed asks of the user. */
#define IFCHECK_NEED_SPEED	"a % threshold needs a speed: give --speed, " \
				"or --ignore-unknown-speed"

/* What an interface's figures are judged against. */
struct ifcheck_policy {
	struct ifmib_limits lim;
	struct ifmib_status st;
	int		 ignore_nospeed;	/* --ignore-unknown-speed */
};

/*
 * One interface picked; its texts are kept at their length ("" or owned,
 * ifcheck_free()): a check of 1,000 interfaces holds 1,000 of these.
 */
struct ifcheck {
	struct ifmib_row r;		/* identity, status, counters */
	char		*label;		/* what the output calls it */
	uint64_t	 speed[NDIRS];	/* bits/s, 0 unknown */
	int		 ignored;	/* admin down, --admin-down ignore */
	struct rate_prev prev;		/* stored, or --sample's first */
	/* results */
	int		 rate;		/* enum rate_status */
	const char	*why;		/* "" or owned (ifmib_text_set()) */
	struct ifmib_rates m;
	unsigned char	 mstate[NMETRICS][NDIRS];	/* enum state */
	int		 status_state;
	int		 state;
	int		 pct;		/* IFMIB_PCT_*: % without a speed */
};

/* The interfaces picked, in the order they were. */
struct ifcheck_set {
	struct ifcheck	*f;
	size_t		 n;
	size_t		 cap;
};

/*
 * Add the interface ifmib_pick() gave (ifmib_row_start()), nothing
 * judged yet: SNMP_OK or SNMP_E_NOMEM.
 */
int	ifcheck_add(struct ifcheck_set *, const struct ifmib_row *picked);
/* Free what the interface owns (not the interface). */
void	ifcheck_free(struct ifcheck *);
/*
 * Drop the interfaces of f[0..n) the agent does not have (their indexes
 * into missing: "3, 7") and those the selection leaves out; the rest move
 * to the front, in order; their number.  Without --index in s, an
 * interface the walk selected whose name or type, read again by the GET,
 * no longer matches was renumbered or renamed while the check ran:
 * "ifIndex N now 'NAME'" into changed, never reported under a selection
 * it does not meet.
 */
size_t	ifcheck_keep(const struct ifmib_select *s, struct ifcheck *f, size_t n,
	    struct strbuf *missing, struct strbuf *changed);
/*
 * Each interface's label: ifName, else ifDescr, else the index; with
 * "#ifIndex" where shared (output_unique_labels()).  SNMP_OK or
 * SNMP_E_NOMEM.
 */
int	ifcheck_labels(struct ifcheck *, size_t n);
/*
 * 1 when there are interfaces and each has a previous sample and octet
 * counters that did not move since (ifmib_unchanged()): perhaps the
 * agent's cache answered twice (ifmib_rates()' still).
 */
int	ifcheck_still(const struct ifcheck *, size_t n);
/*
 * Judge the interface: the state its status gives and, with counters,
 * its rates since f->prev (ifmib_rates(), still as there) and each one's
 * state against the limits.  SNMP_OK or SNMP_E_NOMEM.
 */
int	ifcheck_evaluate(const struct ifcheck_policy *, struct ifcheck *,
	    int counters, int still);
/*
 * The interface's line into sb: its status and, with counters, its
 * figures and why there are none; with problems, only what alerts.
 */
void	ifcheck_text(const struct ifcheck_policy *, struct strbuf *,
	    const struct ifcheck *, int counters, int problems);
/*
 * Its lines of the long output: "[STATE] label (ifIndex N, alias '...'):"
 * and its line; with verbose, ifmib_counters_line().
 */
void	ifcheck_long(const struct ifcheck_policy *, struct strbuf *,
	    const struct ifcheck *, int counters, int verbose);
/*
 * The busiest interface: the highest % of its speed when every interface
 * with rates has a speed, else the highest bits/s (a % and a rate without
 * a speed cannot be compared); NULL when none has a traffic rate.
 */
const struct ifcheck *ifcheck_busiest(const struct ifcheck *, size_t n);
/* The traffic of each direction it has: "in 114 Mb/s (11.4%), out ...". */
void	ifcheck_traffic_text(struct strbuf *, const struct ifcheck *);

#endif
