/* SPDX-License-Identifier: ISC */
/*
 * Rates from two samples of counters: the interval (from the agent's own
 * clock when both samples carry sysUpTime, so scheduler jitter does not
 * distort it; this host's when the agent's stands still), restarts
 * (sysUpTime went back without wrapping, or snmpEngineBoots changed),
 * Counter32 wraps (corrected only when the
 * agent did not restart and the result is plausible), Counter64
 * decreases (a reset, never a spike).  And the text form of a sample for
 * the state store: "name value" lines.
 */
#ifndef RATE_H
#define RATE_H

#include <stddef.h>
#include <stdint.h>

#include "options.h"
#include "pdu.h"
#include "session.h"
#include "store.h"
#include "strbuf.h"

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
 * The clock of a sample taken now: the wall clock, sysUpTime.0 from the
 * same request when it is TimeTicks, snmpEngineBoots when an
 * authenticated SNMPv3 message gave it.
 */
void	rate_clock_now(struct rate_clock *, const struct snmp_value *uptime,
	    const struct session *);
/*
 * Seconds from prev to cur, by the agent's clock when both have one.
 * RATE_OK, RATE_RESET (why says what went back or changed, or that the
 * agent is up for less than the time that passed while its clock gained
 * much less than ours: it restarted) or RATE_TOO_SOON.  An agent clock
 * that stands still or lags without a restart (a frozen or cached
 * sysUpTime) gives RATE_OK over the wall clock, and why (otherwise "" on
 * RATE_OK) says so for the output.
 */
int	rate_interval(const struct rate_clock *prev,
	    const struct rate_clock *cur, double *secs, char *why,
	    size_t whylen);
/*
 * A change per second over an interval of secs from rate_interval, a
 * whole number of milliseconds (sysUpTime's hundredths or the wall
 * clock's milliseconds): divided as milliseconds, so that a change equal
 * to the interval's ticks is exactly 100 per second, not
 * 99.99999999999999 that a threshold at 100 sees as outside.
 */
double	rate_per_sec(double change, double secs);
/*
 * Why an item has no rate this time (status RATE_FIRST, RATE_TOO_SOON or
 * RATE_RESET, with rate_interval()'s why) for people: "collecting data
 * (...), rates from the next run", "no rate yet: ...", "counters reset:
 * ...; no rate this time".
 */
void	rate_note(struct strbuf *, int status, const char *why);
/*
 * "; " and rate_note() for count of all the items checked, led by the
 * first one's name when it is not all of them: "; eth0 and 3 more:
 * counters reset: ...", "; collecting data (...)".
 */
void	rate_note_items(struct strbuf *, const char *item, size_t count,
	    size_t all, int status, const char *why);
/*
 * The increase of a counter of `bits' (32 or 64) bits.  RATE_OK (a
 * Counter32 that went back is taken as one wrap, *wrapped = 1), or
 * RATE_RESET: a Counter64 went back, or the wrapped Counter32 delta would
 * mean more than max_per_sec over secs (max_per_sec 0: no limit).
 */
int	rate_delta(uint64_t prev, uint64_t cur, int bits, double secs,
	    double max_per_sec, uint64_t *delta, int *wrapped, char *why,
	    size_t whylen);

/*
 * --sample: sleep until the second of two samples, secs after the first,
 * or less where a second sample as slow as the first (which began at
 * started, snmp_now_ms()) would not fit before deadline.  SNMP_OK, with
 * how long the first sample took and how long it slept in rw, or
 * SNMP_E_TIMEOUT at once when under RATE_MIN_INTERVAL is left, with a
 * message in err that names -t (o's time budget).
 */
struct rate_wait {
	int64_t		 took;		/* the first sample, ms */
	int64_t		 waited;	/* the sleep, ms */
};
int	rate_sample_wait(const struct snmp_opts *, int64_t started,
	    int64_t deadline, long secs, struct rate_wait *, char *err,
	    size_t errlen);
/*
 * After rate_sample_wait(), when the second sample's counters had not
 * moved: if the wait was under cache_ms (an agent may have served the
 * same cached counters twice) and a third sample, as slow as the first,
 * fits before deadline once the cache has expired, sleep until then and
 * return 1 (sample again); else 0 at once.
 */
int	rate_sample_recheck(const struct rate_wait *, int64_t deadline,
	    int64_t cache_ms);
/* --sample SECONDS (1 to 3600) into *secs: 0, or -1 with a message in err. */
int	rate_sample_option(const char *, long *secs, char *err, size_t errlen);
/*
 * Whether --sample secs can work: under the time budget (timeout_ms), and
 * not from a walk file (walkfile not NULL), which does not change between
 * two samples.  0, or -1 with a message in err.
 */
int	rate_sample_check(long secs, long timeout_ms, const char *walkfile,
	    char *err, size_t errlen);

/* "time", "uptime", "boots" lines of a clock. */
void	rate_clock_format(struct strbuf *, const struct rate_clock *);
/* SNMP_OK if data holds at least the time of a clock. */
int	rate_clock_parse(const char *data, struct rate_clock *);
/* The value of line "name value" in data into out (NUL-terminated). */
int	rate_kv_get(const char *data, const char *name, char *out,
	    size_t outlen);
int	rate_kv_u64(const char *data, const char *name, uint64_t *out);

/*
 * One item's sample: its clock, what the item is (an identity text that
 * changes when the index names another item: id[0..idlen), not owned; a
 * parsed sample's points into the store's data, NULL in a sample this run
 * took of the item), where its values came from (a plugin's number, e.g.
 * 64- or 32-bit counters), and its values by name: counters of 32 or 64
 * bits (bits 0: absent).  A check keeps one per item: no larger than its
 * values (the interface plugin has 14).
 */
#define RATE_VALUES_MAX	14
#define RATE_ID_MAX	1600

struct rate_sample {
	struct rate_clock clock;
	const char	*id;
	size_t		 idlen;
	int		 source;
	unsigned char	 bits[RATE_VALUES_MAX];
	uint64_t	 v[RATE_VALUES_MAX];
};

/*
 * A sample as lines ("id", "source", the clock, "NAME BITS VALUE" for
 * each present value of names[0..n)), and back: the first line of a key
 * counts, unknown keys are skipped; -1 for a sample without id or clock
 * or with a malformed value.
 */
void	rate_sample_format(struct strbuf *, const struct rate_sample *,
	    const char *const *names, size_t n);
int	rate_sample_parse(const char *, size_t, const char *const *names,
	    size_t n, struct rate_sample *);
/*
 * Each value's increase from prev to cur over secs (rate_delta(), with
 * maxps[k] bounding a 32-bit wrap; NULL: no bound): RATE_OK, has[k] set
 * for the values both samples have, *wrapped when a Counter32 wrapped;
 * or RATE_RESET with why ("NAME: ...", "NAME changed from 32 to 64 bits").
 */
int	rate_sample_deltas(const struct rate_sample *prev,
	    const struct rate_sample *cur, const char *const *names, size_t n,
	    double secs, const double *maxps, uint64_t *delta, int *has,
	    int *wrapped, char *why, size_t whylen);

/*
 * An item's previous sample from the store: the sample and its text (to
 * store again when this run comes too soon, so that the next one gets a
 * real interval), or why there is none.
 */
struct rate_prev {
	struct rate_sample sample;
	int		 have;
	const char	*text;
	size_t		 len;
	const char	*why;		/* the store's, or a constant */
};

/*
 * The samples of one check, kept between runs in the state store: one
 * section per item ("item NAME" and its lines).  The key is the agent and
 * the credentials as the options give them (hashed by the store, never
 * kept), the plugin and what it samples (OIDs, a selection); the label is
 * the same without the credentials.
 */
#define RATE_DATA_MAX	STORE_MAX

struct rate_store {
	struct store	 st;
	char		*prev;		/* the data read, "" when none */
	const char	*cursor;	/* where the last section ended */
	char		*buf;		/* the data to write, RATE_CHUNK at most */
	struct strbuf	 next;
	size_t		 written;	/* octets already in the store's file */
	int		 werr;		/* a write failed: SNMP_E_* */
};
/*
 * The data to write is held RATE_CHUNK octets at a time, then appended to
 * the state file being written (store_begin()): a check of 1,000
 * interfaces writes some 280 KB, which would otherwise sit in memory.
 */
#define RATE_CHUNK	65536

/*
 * Open and lock the store, read the previous samples.  SNMP_E_FILE or
 * SNMP_E_TIMEOUT with the reason in rs->st.err.
 */
int	rate_open(struct rate_store *, const struct snmp_opts *,
	    const char *plugin, const char *what, const char *dir,
	    int64_t deadline);
/* Why there are no previous samples at all ("" when there are). */
const char *rate_none(const struct rate_store *);
/*
 * The previous section of item (after its "item" line): 0 and text, len;
 * -1 when there is none.  Items looked up in the order they were stored
 * cost one pass over the data in all.
 */
int	rate_find(struct rate_store *, const char *item, const char **text,
	    size_t *len);
/* Add item's section to the data to write. */
void	rate_add(struct rate_store *, const char *item, const char *text,
	    size_t len);
/*
 * item's previous sample of the values names[0..n) (rate_find(),
 * rate_sample_parse()): prev->have, else prev->why: rate_none(), or none.
 */
void	rate_prev_find(struct rate_store *, const char *item,
	    const char *const *names, size_t n, const char *none,
	    struct rate_prev *prev);
/*
 * Add item's sample cur (rate_sample_format()), or, when its rate came
 * RATE_TOO_SOON (status), prev's text again.
 */
void	rate_add_sample(struct rate_store *, const char *item,
	    const struct rate_sample *cur, const struct rate_prev *prev,
	    int status, const char *const *names, size_t n);
/* Write the new data atomically and close; SNMP_E_FILE, SNMP_E_NOSPACE. */
int	rate_commit(struct rate_store *);
/* Close without writing (keep the old samples). */
void	rate_close(struct rate_store *);

#endif
