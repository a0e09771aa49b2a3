/* SPDX-License-Identifier: ISC */
/*
 * Rates from two samples of counters: the interval (from the agent's own
 * clock when both samples carry sysUpTime, so scheduler jitter does not
 * distort it), restarts (sysUpTime went back without wrapping, or
 * snmpEngineBoots changed), Counter32 wraps (corrected only when the
 * agent did not restart and the result is plausible), Counter64
 * decreases (a reset, never a spike).  And the text form of a sample for
 * the state store: "name value" lines.
 */
#ifndef RATE_H
#define RATE_H

#include <stddef.h>
#include <stdint.h>

#include "output.h"

#define RATE_MIN_INTERVAL	1.0	/* seconds between usable samples */

struct rate_clock {
	int64_t		 wall_ms;	/* CLOCK_REALTIME, milliseconds */
	int		 has_uptime;
	uint32_t	 uptime;	/* sysUpTime.0, hundredths of a second */
	int		 has_boots;
	int32_t		 boots;		/* snmpEngineBoots.0 */
};

enum rate_status {
	RATE_OK = 0,
	RATE_FIRST,		/* no previous sample */
	RATE_RESET,		/* restart or counter reset: no rate now */
	RATE_TOO_SOON		/* under RATE_MIN_INTERVAL: keep the old one */
};

/* The current time for a sample taken now. */
int64_t	rate_wall_ms(void);
/*
 * Seconds from prev to cur.  RATE_OK, RATE_RESET (why says what went
 * back, or that the agent's clock gained much less than the wall clock:
 * it restarted and has been up for a while) or RATE_TOO_SOON.
 */
int	rate_interval(const struct rate_clock *prev,
	    const struct rate_clock *cur, double *secs, char *why,
	    size_t whylen);
/*
 * The increase of a counter of `bits' (32 or 64) bits.  RATE_OK (a
 * Counter32 that went back is taken as one wrap, *wrapped = 1), or
 * RATE_RESET: a Counter64 went back, or the wrapped Counter32 delta would
 * mean more than max_per_sec over secs (max_per_sec 0: no limit).
 */
int	rate_delta(uint64_t prev, uint64_t cur, int bits, double secs,
	    double max_per_sec, uint64_t *delta, int *wrapped, char *why,
	    size_t whylen);

/* "time", "uptime", "boots" lines of a clock. */
void	rate_clock_format(struct strbuf *, const struct rate_clock *);
/* SNMP_OK if data holds at least the time of a clock. */
int	rate_clock_parse(const char *data, struct rate_clock *);
/* The value of line "name value" in data into out (NUL-terminated). */
int	rate_kv_get(const char *data, const char *name, char *out,
	    size_t outlen);
int	rate_kv_u64(const char *data, const char *name, uint64_t *out);

#endif
