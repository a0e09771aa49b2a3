/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB (RFC 2863) as the plugins and discovery read it: the ifTable and
 * ifXTable columns, an interface's identity (ifDescr, ifName, ifAlias,
 * ifPhysAddress), name, type, speed and status, and its counters as a rate
 * sample (64-bit ifXTable counters, or ifTable's 32-bit ones) with the
 * traffic, error and discard rates two samples give.
 */
#ifndef IFMIB_H
#define IFMIB_H

#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "limit.h"
#include "oid.h"
#include "pdu.h"
#include "rate.h"
#include "select.h"
#include "session.h"
#include "strbuf.h"

#define IFMIB_TEXT_MAX	256

/* The columns (ifEntry 1.3.6.1.2.1.2.2.1, ifXEntry 1.3.6.1.2.1.31.1.1.1). */
enum ifmib_col {
	IF_INDEX, IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS, IF_ADMIN, IF_OPER,
	IF_NAME, IF_HSPEED, IF_ALIAS,
	IF_IN_OCT32, IF_IN_UCAST32, IF_IN_NUCAST32, IF_IN_DISC, IF_IN_ERR,
	IF_OUT_OCT32, IF_OUT_UCAST32, IF_OUT_NUCAST32, IF_OUT_DISC, IF_OUT_ERR,
	IF_IN_OCT64, IF_IN_UCAST64, IF_IN_MCAST64, IF_IN_BCAST64,
	IF_OUT_OCT64, IF_OUT_UCAST64, IF_OUT_MCAST64, IF_OUT_BCAST64,
	IF_NCOLS
};

/* The counters of a sample, whichever table they come from. */
enum ifmib_slot {
	S_IN_OCT, S_OUT_OCT, S_IN_UCAST, S_OUT_UCAST, S_IN_MCAST, S_IN_BCAST,
	S_OUT_MCAST, S_OUT_BCAST, S_IN_NUCAST, S_OUT_NUCAST, S_IN_DISC,
	S_IN_ERR, S_OUT_DISC, S_OUT_ERR, IF_NSLOTS
};

enum ifmib_dir { D_IN, D_OUT, NDIRS };
/* What an option per direction is for: both, in, out (--in-speed ...). */
enum ifmib_dirsel { DS_BOTH, DS_IN, DS_OUT, NDIRSEL };

/* What the rates measure. */
enum ifmib_metric { M_TRAFFIC, M_ERRORS, M_DISCARDS, NMETRICS };
/* "in", "out"; "traffic", "errors", "discards". */
extern const char *const ifmib_dir_names[NDIRS];
extern const char *const ifmib_metric_names[NMETRICS];

/* ifOperStatus (RFC 2863 §6); ifAdminStatus is up, down, testing. */
enum ifmib_oper {
	OPER_UP = 1, OPER_DOWN, OPER_TESTING, OPER_UNKNOWN, OPER_DORMANT,
	OPER_NOTPRESENT, OPER_LOWERDOWN, OPER_MAX = OPER_LOWERDOWN
};

/* The slots' names in a rate sample. */
extern const char *const ifmib_slot_names[IF_NSLOTS];

/*
 * One interface as read.  The texts are kept at their length (a check of
 * 1,000 interfaces holds 1,000 rows): "" or owned copies, never NULL once
 * ifmib_row_init() ran; ifmib_row_free() frees them.
 */
struct ifmib_row {
	uint32_t	 idx;
	int		 exists;	/* the agent answered a status cell */
	const char	*descr;
	const char	*name;
	const char	*alias;
	const char	*phys;		/* hex */
	int		 type;		/* -1 unknown */
	int		 has_ifspeed, has_hspeed;
	uint64_t	 ifspeed;
	uint64_t	 hspeed;	/* Mb/s */
	int		 admin, oper;	/* 0 missing */
	int		 want_hc;	/* ask ifXTable for the counters */
	struct rate_sample cur;		/* source 1: ifXTable counters */
};

/* A set of ifTypes, 1 to IFMIB_TYPE_MAX. */
#define IFMIB_TYPE_MAX	1023

struct ifmib_types {
	int		 given;
	unsigned char	 bits[(IFMIB_TYPE_MAX + 1) / 8];
};

/*
 * Which interfaces: -n, -r and -E (select.h) on the texts --match-on
 * names (ifmib_fields: ifDescr, ifName, ifAlias; an agent without ifName
 * has ifDescr as the name), ifTypes to include and exclude, --index.
 */
enum ifmib_field { IFMIB_DESCR = 1, IFMIB_NAME = 2, IFMIB_ALIAS = 4 };

extern const char *const ifmib_fields[];

struct ifmib_select {
	struct select_opts so;
	struct select	 sel;
	struct ifmib_types types;
	struct ifmib_types xtypes;
};

/* An interface's rates between two samples, by metric and direction. */
struct ifmib_rates {
	double		 secs;		/* the interval */
	double		 val[NMETRICS][NDIRS];	/* bits/s; errors, discards/s */
	double		 pct[NMETRICS][NDIRS];	/* of the speed; the packets */
	int		 wrapped;	/* a Counter32 wrapped */
	unsigned char	 has[NMETRICS][NDIRS];
	unsigned char	 has_pct[NMETRICS][NDIRS];
};

/*
 * "in 114 Mb/s (11.4%)", "out errors 0.5/s (0.1%)": metric m in
 * direction d of m's rates.
 */
void	ifmib_metric_text(struct strbuf *, const struct ifmib_rates *, int m,
	    int d);
/* What ifmib_metric_state() found of a % traffic limit without a speed. */
#define IFMIB_PCT_SKIPPED	1	/* left out (--ignore-unknown-speed) */
#define IFMIB_PCT_UNKNOWN	2	/* no verdict: UNKNOWN */
/*
 * The state of metric m in direction d of the rates against the limits w
 * and k (either not given: OK).  No counter, or a % of packets without
 * packet counters, is UNKNOWN with why.  A % traffic limit without a
 * speed is left out (IFMIB_PCT_SKIPPED into *flags) with ignore_nospeed,
 * else the value is UNKNOWN unless an amount limit alerts, with why the
 * value "(speed unknown)" (IFMIB_PCT_UNKNOWN).
 */
int	ifmib_metric_state(const struct limit *w, const struct limit *k,
	    const struct ifmib_rates *, int m, int d, int ignore_nospeed,
	    char *why, size_t whylen, int *flags);
/*
 * The limits of each metric (enum ifmib_metric) given for both directions
 * and each (enum ifmib_dirsel), warning and critical; the one that applies
 * in direction d (enum ifmib_dir): that direction's, else both's.
 */
struct ifmib_limits {
	struct limit	 lim[NMETRICS][NDIRSEL][2];
};

const struct limit *ifmib_limit(const struct ifmib_limits *, int m, int d,
	    int crit);
struct output;
/*
 * An interface's perfdata: NAME_DIR_bps, _util (%), _errors_ps,
 * _discards_ps of the rates it has, with the limits' thresholds (a
 * traffic limit of the other kind converted through speed[dir]), and
 * NAME_DIR_octets, the counters.
 */
void	ifmib_perf(struct output *, const char *name, const struct ifmib_row *,
	    const struct ifmib_rates *, const uint64_t *speed,
	    const struct ifmib_limits *);

/* What ifmib_walk() and ifmib_pick() call with each interface. */
typedef void	ifmib_row_fn(void *, const struct ifmib_row *);

void	ifmib_column(struct oid *, int col);
/* A row of index idx with nothing read (type -1, empty texts). */
void	ifmib_row_init(struct ifmib_row *, uint32_t idx);
void	ifmib_row_free(struct ifmib_row *);
/*
 * A cell's value into the row (counters into row->cur): SNMP_OK, or
 * SNMP_E_NOMEM (the text is then empty).
 */
int	ifmib_store(struct ifmib_row *, int col, const struct snmp_value *);
/*
 * The agent's speed in bits/s: ifSpeed below its 4294967295 ceiling, else
 * ifHighSpeed; 0 when unknown.
 */
uint64_t ifmib_speed(const struct ifmib_row *);
/* A speed such as 100M or 2.5G (SI bit units) in bits/s: 0, or -1. */
int	ifmib_speed_parse(const char *, uint64_t *);
/*
 * --speed, --in-speed, --out-speed (ds, enum ifmib_dirsel) into given[ds]:
 * 0, or -1 with a message in err.
 */
int	ifmib_speed_option(uint64_t *given, int ds, const char *, char *err,
	    size_t errlen);
/*
 * Each direction's speed (bits/s, 0 unknown) into speed[NDIRS]: given's
 * for that direction, else given[DS_BOTH], else the agent's.
 */
void	ifmib_dir_speeds(const struct ifmib_row *, const uint64_t *given,
	    uint64_t *speed);
/* "1.00 Gb/s" (output_bits()), or "unknown" for 0. */
void	ifmib_speed_text(char *, size_t, uint64_t);
/* 1 if the row's sample has both octet counters. */
int	ifmib_has_octets(const struct ifmib_row *);
/*
 * The status for people: "up", "lowerLayerDown (admin testing)", "admin
 * down", "ifOperStatus missing or invalid".
 */
void	ifmib_status_text(struct strbuf *, const struct ifmib_row *);
/*
 * The interface on one line for a listing: "descr 'eth0' name 'eth0'
 * alias '' type ethernetCsmacd(6) speed 1.00 Gb/s admin up oper up", with
 * this speed (bits/s, 0 unknown).
 */
void	ifmib_describe(char *, size_t, const struct ifmib_row *,
	    uint64_t speed);
/* What the interface is (ifDescr, ifName, ifPhysAddress) as one line. */
void	ifmib_identity(const struct ifmib_row *, char *, size_t);
/* Its name: ifName, else (no ifXTable) ifDescr. */
const char *ifmib_name(const struct ifmib_row *);
/* What people call it: ifName, else ifDescr, else "ifIndex N". */
void	ifmib_label(const struct ifmib_row *, char *, size_t);
/* An IANAifType name, or NULL; and back (a name or 1 to 1023, or -1). */
const char *ifmib_type_name(int);
int	ifmib_type_parse(const char *);
const char *ifmib_oper_name(int);
const char *ifmib_admin_name(int);
/* up, down, ... or 1-7; -1 otherwise. */
int	ifmib_oper_parse(const char *);
/*
 * Add TYPE[,TYPE...] (numbers or IANAifType names) to the set: 0, or -1
 * with a message in err.
 */
int	ifmib_types_parse(struct ifmib_types *, const char *, char *, size_t);
/* 1 if the type is in the set. */
int	ifmib_types_has(const struct ifmib_types *, int);
/*
 * --oper-state's STATUS=STATE[,...] (an ifOperStatus by name or number, a
 * Nagios state) into states[STATUS]: 0, or -1 with a message in err.
 */
int	ifmib_oper_states(int *states, const char *, char *, size_t);
/*
 * What an interface's status gives: --admin-down (a state, or
 * IFMIB_ADMIN_IGNORE: not checked, not counted, the default),
 * --oper-state (a state per ifOperStatus of an interface that is admin
 * up; -1: the default: up OK, down CRITICAL, lowerLayerDown CRITICAL,
 * notPresent WARNING, testing WARNING, dormant OK, unknown UNKNOWN),
 * --expect-down (a backup link: down, notPresent, lowerLayerDown and
 * dormant OK, up CRITICAL).
 */
#define IFMIB_ADMIN_IGNORE	4

struct ifmib_status {
	int		 admin_down;
	int		 oper[OPER_MAX + 1];
	int		 expect_down;
};

/* The defaults. */
void	ifmib_status_init(struct ifmib_status *);
/* --admin-down ignore|STATE: 0, or -1 with a message in err. */
int	ifmib_admin_down(struct ifmib_status *, const char *, char *, size_t);
/*
 * The state of a row's ifAdminStatus and ifOperStatus (UNKNOWN when one is
 * missing or invalid), what they say into sb (ifmib_status_text(), and
 * " (ignored)"), and *ignored: admin down under --admin-down ignore.
 */
int	ifmib_status_state(const struct ifmib_status *,
	    const struct ifmib_row *, struct strbuf *, int *ignored);
/*
 * The selection the options give (select_build(); --match-on defaults to
 * name): SNMP_OK, or SNMP_E_SYNTAX with the message in err.
 */
int	ifmib_select_build(struct ifmib_select *, char *err, size_t errlen);
/* The selection as one line, for a state key (select_describe()). */
void	ifmib_select_describe(const struct ifmib_select *, struct strbuf *);
/*
 * What the samples of a check are of, as its rate store key: the
 * selection ("all" for every interface) and " 32bit" with force32 (the
 * ifTable counters where ifXTable has others).  0, or -1: too long.
 */
int	ifmib_select_key(const struct ifmib_select *, int force32, char *,
	    size_t);
/* 1 if the row's type and texts are selected (its index is not looked at). */
int	ifmib_selected(const struct ifmib_select *, const struct ifmib_row *);
/*
 * Nothing matched on ifName: when the selection's texts match an ifDescr
 * ("Null0" is ifDescr on IOS, its ifName "Nu0"), "; ifIndex N is named
 * '...' in ifName, and --match-on descr matches its ifDescr '...'" into
 * sb.  One more walk (ifDescr, ifName), made only for -n/-r on names.
 * SNMP_OK or a session error.
 */
int	ifmib_descr_hint(struct session *, const struct ifmib_select *,
	    struct strbuf *);
/*
 * Whether the first ifIndex of list ("3, 7") still answers a GET of
 * ifIndex: rows the walk listed and a GET did not find are then there
 * with nothing a check reads, not gone.  SNMP_OK (*listed) or a session
 * error.
 */
int	ifmib_listed(struct session *, const char *list, int *listed);
/*
 * Call fn with each interface the selection picks: those of --index, once
 * each, with only the index (no walk: a GET tells what exists); else
 * those a walk of only the columns the selection matches on finds
 * (ifDescr, ifName, ifAlias, ifType; ifIndex when nothing is matched on),
 * as ifmib_walk() gives them.  *seen gets the interfaces looked at.
 * SNMP_OK or a session error.
 */
int	ifmib_pick(struct session *sn, const struct ifmib_select *s,
	    ifmib_row_fn *fn, void *arg, size_t *seen, int *name_from_descr);
/*
 * Walk the columns want[0..n) (n <= IF_NCOLS) and call fn with each
 * interface's row: those columns, the others empty (type -1).  An agent
 * without ifXTable has no ifName: when it is walked without ifDescr and
 * no row has one, ifDescr is read in its place and stands in as the name
 * (*name_from_descr = 1).  *nrows gets the number of rows walked (those
 * whose index is not one arc are no interface: skipped).  SNMP_OK or a
 * session error.
 */
int	ifmib_walk(struct session *s, const int *want, size_t n,
	    ifmib_row_fn *fn, void *arg, size_t *nrows, int *name_from_descr);
/*
 * --list: every interface, one line each into sb ("* 2 " and
 * ifmib_describe()'s line with the incoming speed ifmib_dir_speeds()
 * gives), "*" marking those the selection picks; or, with j, one object
 * each into the array open in j (ifmib_json() and "selected"); *nrows and
 * *name_from_descr as ifmib_walk() gives them.  SNMP_OK or a session
 * error.
 */
int	ifmib_list(struct session *, const struct ifmib_select *,
	    const uint64_t *speed, struct strbuf *, struct json *j,
	    size_t *nrows, int *name_from_descr);
/*
 * An interface as JSON members (docs/json.md), into the object open in
 * j: index, name, descr, alias, phys_address, type, type_name, speed (the
 * agent's, bits/s), admin, oper.
 */
void	ifmib_json(struct json *, const struct ifmib_row *);
/*
 * What the check's selection named and the agent does not have (missing:
 * the ifIndexes as "1, 5"), or what changed while the check ran (changed),
 * said into sb after what it holds (nsel: the interfaces checked); *alert
 * 1 when there is either.  SNMP_OK, or a session error (ifmib_listed()).
 */
int	ifmib_missing(struct session *, const struct ifmib_select *,
	    const char *missing, const char *changed, size_t nsel,
	    struct strbuf *, int *alert);
/*
 * A text kept at its length, as a row's are: *t becomes "" or an owned
 * copy of s, its old text freed (SNMP_OK or SNMP_E_NOMEM); freed, "".
 * An unset *t (NULL) may be set or freed.
 */
int	ifmib_text_set(const char **t, const char *s);
void	ifmib_text_free(const char **t);
/*
 * A row to fetch for one ifmib_pick() gave: its index, and the ifName and
 * ifAlias the walk read (SNMPv1 GETs cannot read ifXTable again).  SNMP_OK
 * or SNMP_E_NOMEM; free it with ifmib_row_free() either way.
 */
int	ifmib_row_start(struct ifmib_row *, const struct ifmib_row *picked);
/*
 * What tells whether interfaces came or went: ifNumber.0 and
 * ifTableLastChange.0 (IF-MIB: sysUpTime when a row was last created or
 * deleted) and sysUpTime.0 (a restart may renumber), each
 * IFMIB_STAMP_NONE where the agent has none; and, kept with them
 * (ifmib_remember()), when the names were last walked.
 */
#define IFMIB_STAMP_NONE	UINT64_MAX
struct ifmib_stamp {
	uint64_t	 number;
	uint64_t	 change;
	uint64_t	 uptime;
	int64_t		 walked;	/* wall ms */
};
/*
 * 1 when now's stamp (read at now_ms, this host's wall clock) is then's:
 * the same ifNumber and ifTableLastChange, and no restart since the walk
 * (then's uptime and walked): sysUpTime gained what this host's clock
 * did, within 10 s and 0.1 %.  A restart soon after a restart is seen
 * too; a clock stepped forward here is taken for one (one walk more).
 */
int	ifmib_stamp_holds(const struct ifmib_stamp *then,
	    const struct ifmib_stamp *now, int64_t now_ms);
/*
 * GET the identity and status (ident) and the counters (counters) of
 * rows[0..n), as few requests as the varbind limit allows, each starting
 * with sysUpTime.0 so that every sample has the agent's clock of its own
 * request.  With counters, rows whose ifXTable has no octet counters are
 * read again from ifTable.  A stamp, when not NULL, is read in the first
 * request.  SNMP_OK or a session error.
 */
int	ifmib_fetch(struct session *, struct ifmib_row **, size_t, int ident,
	    int counters, struct ifmib_stamp *);
/*
 * net-snmp serves the IF-MIB counters from a cache it refreshes every few
 * seconds, and other agents do likewise: counters that did not move over
 * less than this are no evidence of an idle link.
 */
#define IFMIB_CACHE_SECS	5.0
/*
 * The rates from prev to row->cur; speed[dir] (bits/s, 0 unknown) gives
 * the traffic's percentage and bounds a plausible 32-bit wrap.  RATE_OK,
 * else RATE_FIRST (no previous sample), RATE_RESET (the index names
 * another interface, the counters come from the other table, the agent
 * restarted, a counter went back) or RATE_TOO_SOON, with why.  On RATE_OK
 * why is "" or rate_interval()'s note of an agent clock that stood still.
 * still: no interface's counters moved (ifmib_unchanged()), which over
 * less than IFMIB_CACHE_SECS may be the agent's cache: RATE_TOO_SOON.
 * The row's identity is ifmib_identity()'s; prev's without one (id NULL)
 * is this run's earlier sample of the row (--sample).
 */
int	ifmib_rates(const struct ifmib_row *, const struct rate_prev *prev,
	    const uint64_t *speed, int still, struct ifmib_rates *,
	    char *why, size_t whylen);
/* Both octet counters in prev and in row->cur, and neither moved. */
int	ifmib_unchanged(const struct ifmib_row *, const struct rate_sample *);

/*
 * The long output's line of an interface's counters: the table they came
 * from, the speeds, and with m (a rate) its interval and whose clock
 * measured it (agent_clock: sysUpTime in both samples).
 */
void	ifmib_counters_line(struct strbuf *, const struct ifmib_row *,
	    const uint64_t *speed, const struct ifmib_rates *m,
	    int agent_clock);
/*
 * The row's previous sample in the rate store (its item: the ifIndex),
 * rate_prev_find(); a row last sampled from ifTable is not asked for
 * ifXTable counters (want_hc 0).
 */
void	ifmib_prev_find(struct rate_store *, struct ifmib_row *,
	    struct rate_prev *);
/* Add the row's sample to the store (rate_add_sample()). */
void	ifmib_add_sample(struct rate_store *, const struct ifmib_row *,
	    const struct rate_prev *, int status);

/*
 * A check that walked the interfaces' names to select them remembers, in
 * its rate store, the ifIndexes it picked and the table's stamp, so that
 * the next run reads the same rows with one GET and no walk: it recalls
 * them, GETs them with the stamp, and walks after all when the stamp
 * changed (interfaces came or went) or a row is gone or no longer
 * selected.  An interface renamed into the selection while the stamp
 * stays the same is found by the walk that follows at least every
 * IFMIB_RECALL_SECS.
 */
#define IFMIB_RECALL_SECS	3600
/*
 * The last run's indexes into *idx (malloc'd, *n of them), its stamp and
 * whether its walk matched names against ifDescr (ifmib_walk()): 0, or -1
 * when there is none to use (none kept, walked more than
 * IFMIB_RECALL_SECS before now_ms, no ifTableLastChange, damaged, out of
 * memory).
 */
int	ifmib_recall(struct rate_store *, int64_t now_ms, struct ifmib_stamp *,
	    uint32_t **idx, size_t *n, int *name_from_descr);
/*
 * Remember the indexes of rows[0..n) (at stride octets from one another)
 * with the stamp (read at the walk, or by the GET just before it; its
 * walked: when the names were walked) and name_from_descr; before the
 * rows' samples (rate_add()).  Nothing without ifTableLastChange or
 * sysUpTime (ifNumber alone does not see one interface go and another
 * come), nor when the stamp was read lag_ms (0: just before it) after the
 * walk began and ifTableLastChange falls within a second before its start
 * or after: the walk may have missed that change, the next run walks.
 */
void	ifmib_remember(struct rate_store *, const struct ifmib_stamp *,
	    int64_t lag_ms, const struct ifmib_row *rows, size_t stride,
	    size_t n, int name_from_descr);

#endif
