/* SPDX-License-Identifier: ISC */
/*
 * Rates of any objects read by GET (check_snmp_value --rate): each
 * value's change per second since the previous run, over the agent's
 * clock read in the same request.  The values are kept in the rate store
 * as one section, "values": the clock, then "vI TYPE VALUE" per object.
 * Counters (Counter32, Counter64, TimeTicks) go through rate_delta()
 * (wraps and resets); other numbers give plain differences.
 */
#ifndef OBJRATE_H
#define OBJRATE_H

#include <stddef.h>

#include "oid.h"
#include "pdu.h"
#include "rate.h"
#include "session.h"
#include "store.h"

/* One run's rates: large, the caller's (static storage). */
struct objrate {
	char		 prev[RATE_DATA_MAX + 1];	/* the stored values */
	char		 data[65536];			/* this run's */
	double		 secs;		/* the interval */
	size_t		 bad;		/* the object that failed */
	char		 why[STORE_ERR_MAX];
};

/* objrate_sample()'s result beside enum rate_status: a value no number. */
#define OBJRATE_NAN	16

/*
 * What the store keys the objects by: their OIDs, each followed by a
 * comma, into what (cap octets): 0, or SNMP_E_NOSPACE.
 */
int	objrate_what(char *what, size_t cap, const struct oid *, size_t n);
/*
 * This run's values vb[0..n) against the store rs (opened, locked): the
 * clock from up (sysUpTime.0 of the same request) and session s.  The
 * new values are stored, except RATE_TOO_SOON, which keeps the older
 * ones and closes rs.  RATE_OK (the interval in r->secs, r->why a note
 * for the output or ""), RATE_FIRST, RATE_RESET, RATE_TOO_SOON (why in
 * r->why); OBJRATE_NAN when object r->bad is not a number (rs is left
 * open: rate_close()); the store's error, negative (rs->st.err says why).
 */
int	objrate_sample(struct objrate *, struct rate_store *rs,
	    const struct varbind *vb, size_t n, const struct varbind *up,
	    const struct session *s);
/*
 * After RATE_OK: each value of vb[0..n) replaced by its change per
 * second times mult (a double).  RATE_OK; RATE_FIRST when object r->bad
 * has no stored value of its type; RATE_RESET when its counter went
 * back (r->why says how).
 */
int	objrate_values(struct objrate *, struct varbind *vb, size_t n,
	    double mult);

#endif
