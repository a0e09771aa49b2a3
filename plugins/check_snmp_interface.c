/* SPDX-License-Identifier: ISC */
/*
 * check_snmp_interface: interface status, traffic, errors and discards
 * from IF-MIB (RFC 2863) ifTable and ifXTable.  Interfaces are selected by
 * ifIndex, by ifDescr, ifName or ifAlias (exact or regular expression,
 * include and exclude) and by ifType.  Status follows ifAdminStatus and
 * ifOperStatus (§3.1.13: a table of what each value means here).  Rates
 * come from two samples: the one stored by the previous run (common/state)
 * or, with --sample, two taken inside this run; each sample carries the
 * agent's sysUpTime.0 from the same request as its counters, so the
 * interval is the agent's own.  ifHC counters (64 bits) are used where
 * the agent has them, ifTable's 32-bit counters otherwise, with the wrap
 * and reset rules of common/rate.  An index that now names another
 * interface (renumbering, §3.1.5) is a reset, never a spike.
 *
 * Requests: an index selection is one GET (sysUpTime.0 plus the needed
 * columns of the rows); any other selection walks only the columns it
 * matches on, then GETs the needed columns of the matching rows.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "num.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "plugin.h"
#include "rate.h"
#include "select.h"
#include "session.h"
#include "table.h"
#include "store.h"
#include "threshold.h"

#define SERVICE		"INTERFACE"
#define PLUGIN_NAME	"check_snmp_interface"
#define TEXT_MAX	256
#define INDEX_MAX	256	/* --index values */
#define TYPE_BITS	1024	/* ifType values a selection can name */
#define STATE_BUF	(STORE_MAX + 1)
#define WALL_SLACK_S	60	/* agent clock vs wall clock, see rates() */

/* IF-MIB ifEntry (1.3.6.1.2.1.2.2.1) and ifXEntry (1.3.6.1.2.1.31.1.1.1). */
static const uint32_t if_entry[] = { 1, 3, 6, 1, 2, 1, 2, 2, 1 };
static const uint32_t ifx_entry[] = { 1, 3, 6, 1, 2, 1, 31, 1, 1, 1 };
static const uint32_t sys_uptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };

enum col {
	CO_INDEX, CO_DESCR, CO_TYPE, CO_SPEED, CO_PHYS, CO_ADMIN, CO_OPER,
	CO_NAME, CO_HSPEED, CO_ALIAS,
	CO_IN_OCT32, CO_IN_UCAST32, CO_IN_NUCAST32, CO_IN_DISC, CO_IN_ERR,
	CO_OUT_OCT32, CO_OUT_UCAST32, CO_OUT_NUCAST32, CO_OUT_DISC, CO_OUT_ERR,
	CO_IN_OCT64, CO_IN_UCAST64, CO_IN_MCAST64, CO_IN_BCAST64,
	CO_OUT_OCT64, CO_OUT_UCAST64, CO_OUT_MCAST64, CO_OUT_BCAST64,
	NCOLS
};

static const struct colinfo {
	int		 ifx;		/* in ifXEntry, else ifEntry */
	uint32_t	 arc;
} cols[NCOLS] = {
	[CO_INDEX] = { 0, 1 },		[CO_DESCR] = { 0, 2 },
	[CO_TYPE] = { 0, 3 },		[CO_SPEED] = { 0, 5 },
	[CO_PHYS] = { 0, 6 },		[CO_ADMIN] = { 0, 7 },
	[CO_OPER] = { 0, 8 },		[CO_NAME] = { 1, 1 },
	[CO_HSPEED] = { 1, 15 },	[CO_ALIAS] = { 1, 18 },
	[CO_IN_OCT32] = { 0, 10 },	[CO_IN_UCAST32] = { 0, 11 },
	[CO_IN_NUCAST32] = { 0, 12 },	[CO_IN_DISC] = { 0, 13 },
	[CO_IN_ERR] = { 0, 14 },	[CO_OUT_OCT32] = { 0, 16 },
	[CO_OUT_UCAST32] = { 0, 17 },	[CO_OUT_NUCAST32] = { 0, 18 },
	[CO_OUT_DISC] = { 0, 19 },	[CO_OUT_ERR] = { 0, 20 },
	[CO_IN_OCT64] = { 1, 6 },	[CO_IN_UCAST64] = { 1, 7 },
	[CO_IN_MCAST64] = { 1, 8 },	[CO_IN_BCAST64] = { 1, 9 },
	[CO_OUT_OCT64] = { 1, 10 },	[CO_OUT_UCAST64] = { 1, 11 },
	[CO_OUT_MCAST64] = { 1, 12 },	[CO_OUT_BCAST64] = { 1, 13 }
};

/* The counters of a sample, whichever table they come from. */
enum slot {
	S_IN_OCT, S_OUT_OCT, S_IN_UCAST, S_OUT_UCAST, S_IN_MCAST, S_IN_BCAST,
	S_OUT_MCAST, S_OUT_BCAST, S_IN_NUCAST, S_OUT_NUCAST, S_IN_DISC,
	S_IN_ERR, S_OUT_DISC, S_OUT_ERR, NSLOTS
};

static const struct slotinfo {
	const char	*name;		/* in the state file */
	int		 hc;		/* column with ifXTable counters, or -1 */
	int		 c32;		/* column without, or -1 */
	int		 dir;		/* enum dir */
} slots[NSLOTS] = {
	{ "in_octets", CO_IN_OCT64, CO_IN_OCT32, 0 },
	{ "out_octets", CO_OUT_OCT64, CO_OUT_OCT32, 1 },
	{ "in_ucast", CO_IN_UCAST64, CO_IN_UCAST32, 0 },
	{ "out_ucast", CO_OUT_UCAST64, CO_OUT_UCAST32, 1 },
	{ "in_mcast", CO_IN_MCAST64, -1, 0 },
	{ "in_bcast", CO_IN_BCAST64, -1, 0 },
	{ "out_mcast", CO_OUT_MCAST64, -1, 1 },
	{ "out_bcast", CO_OUT_BCAST64, -1, 1 },
	{ "in_nucast", -1, CO_IN_NUCAST32, 0 },
	{ "out_nucast", -1, CO_OUT_NUCAST32, 1 },
	{ "in_discards", CO_IN_DISC, CO_IN_DISC, 0 },
	{ "in_errors", CO_IN_ERR, CO_IN_ERR, 0 },
	{ "out_discards", CO_OUT_DISC, CO_OUT_DISC, 1 },
	{ "out_errors", CO_OUT_ERR, CO_OUT_ERR, 1 }
};

enum dir { D_IN, D_OUT, NDIRS };
enum metric { M_TRAFFIC, M_ERRORS, M_DISCARDS, NMETRICS };
enum dirsel { DS_BOTH, DS_IN, DS_OUT };
enum wc { WARN, CRIT };

static const char *const dir_name[NDIRS] = { "in", "out" };
static const char *const metric_name[NMETRICS] = { "traffic", "errors",
    "discards" };

/* What a threshold is compared with. */
enum limit_kind {
	LIMIT_ABS,	/* bits/s for traffic, per second for errors, discards */
	LIMIT_PCT	/* % of the speed, or % of the packets */
};

struct limit {
	int		 given;
	int		 kind;
	struct range	 r;
};

/* IF-MIB ifOperStatus (RFC 2863 §6, ifOperStatus). */
enum oper {
	OPER_UP = 1, OPER_DOWN, OPER_TESTING, OPER_UNKNOWN, OPER_DORMANT,
	OPER_NOTPRESENT, OPER_LOWERDOWN, OPER_MAX = OPER_LOWERDOWN
};

static const char *const oper_names[OPER_MAX + 1] = { NULL, "up", "down",
    "testing", "unknown", "dormant", "notPresent", "lowerLayerDown" };
static const char *const admin_names[4] = { NULL, "up", "down", "testing" };

#define ADMIN_IGNORE	(-1)

/* Match fields for -n, -r, -E. */
enum field {
	F_DESCR = 1,
	F_NAME = 2,
	F_ALIAS = 4
};

/* IANAifType-MIB: the types an operator is likely to name. */
static const struct iftype {
	int		 type;
	const char	*name;
} iftypes[] = {
	{ 1, "other" }, { 6, "ethernetCsmacd" }, { 7, "iso88023Csmacd" },
	{ 9, "iso88025TokenRing" }, { 15, "fddi" }, { 18, "ds1" },
	{ 20, "basicISDN" }, { 22, "propPointToPointSerial" }, { 23, "ppp" },
	{ 24, "softwareLoopback" }, { 28, "slip" }, { 30, "ds3" },
	{ 32, "frameRelay" }, { 33, "rs232" }, { 37, "atm" }, { 39, "sonet" },
	{ 49, "aal5" }, { 53, "propVirtual" }, { 56, "fibreChannel" },
	{ 62, "fastEther" }, { 63, "isdn" }, { 69, "fastEtherFX" },
	{ 71, "ieee80211" }, { 77, "lapd" }, { 81, "ds0" }, { 94, "adsl" },
	{ 97, "vdsl" }, { 108, "pppMultilinkBundle" },
	{ 117, "gigabitEthernet" }, { 131, "tunnel" },
	{ 134, "atmSubInterface" }, { 135, "l2vlan" }, { 136, "l3ipvlan" },
	{ 142, "ipForward" }, { 150, "mplsTunnel" }, { 161, "ieee8023adLag" },
	{ 166, "mpls" }, { 188, "radioMAC" }, { 209, "bridge" },
	{ 237, "ieee80216WMAN" }, { 243, "wwanPP" }, { 244, "wwanPP2" },
	/* short aliases */
	{ 6, "ethernet" }, { 24, "loopback" }, { 161, "lag" },
	{ 135, "vlan" }, { 71, "wifi" }, { 53, "virtual" },
	{ 0, NULL }
};

/* Decimal multiples for bits per second (SI, as link speeds are). */
static const struct unit units_bits[] = {
	{ "b", 1 }, { "bit", 1 }, { "bps", 1 },
	{ "k", 1000 }, { "kb", 1000 }, { "kbit", 1000 }, { "kbps", 1000 },
	{ "M", 1000000 }, { "Mb", 1000000 }, { "Mbit", 1000000 },
	{ "Mbps", 1000000 },
	{ "G", 1000000000 }, { "Gb", 1000000000 }, { "Gbit", 1000000000 },
	{ "Gbps", 1000000000 },
	{ "T", 1000000000000ULL }, { "Tb", 1000000000000ULL },
	{ "Tbit", 1000000000000ULL }, { "Tbps", 1000000000000ULL },
	{ NULL, 0 }
};

static const struct unit units_none[] = { { NULL, 0 } };

struct sample {
	struct rate_clock clock;
	int		 hc;		/* counters from ifXTable */
	int		 bits[NSLOTS];	/* 0 absent, 32, 64 */
	uint64_t	 v[NSLOTS];
};

struct iface {
	uint32_t	 idx;
	int		 exists;
	char		 descr[TEXT_MAX];
	char		 name[TEXT_MAX];
	char		 alias[TEXT_MAX];
	char		 phys[TEXT_MAX];	/* hex */
	char		 label[TEXT_MAX + 16];	/* what the output calls it */
	int		 type;		/* -1 unknown */
	int		 has_ifspeed, has_hspeed;
	uint64_t	 ifspeed;
	uint64_t	 hspeed;	/* Mb/s */
	uint64_t	 speed[NDIRS];	/* bits/s, 0 unknown */
	int		 admin, oper;	/* 0 missing */
	int		 ignored;	/* admin down, --admin-down ignore */
	int		 want_hc;	/* ask ifXTable for its counters */
	struct sample	 cur;
	struct sample	 prev;
	int		 have_prev;
	char		 prev_id[3 * 2 * TEXT_MAX + 8];
	const char	*prev_text;	/* the old state section, in the */
	size_t		 prev_len;	/* state data (state_load's buffer) */
	/* results */
	int		 rate;		/* enum rate_status */
	char		 why[STORE_ERR_MAX];
	double		 secs;
	int		 wrapped;	/* a Counter32 wrapped */
	int		 has[NMETRICS][NDIRS];
	double		 val[NMETRICS][NDIRS];	/* bits/s or per second */
	int		 has_pct[NMETRICS][NDIRS];
	double		 pct[NMETRICS][NDIRS];
	int		 mstate[NMETRICS][NDIRS];
	char		 mwhy[NMETRICS][NDIRS][96];
	int		 status_state;
	int		 state;
	int		 pct_skipped;	/* a % threshold without a speed */
};

struct ctx {
	struct limit	 lim[NMETRICS][3][2];	/* metric, dirsel, wc */
	uint32_t	 idx[INDEX_MAX];
	size_t		 nidx;
	const char	*names[SELECT_MAX];
	size_t		 nnames;
	const char	*incl[SELECT_MAX];
	size_t		 nincl;
	const char	*excl[SELECT_MAX];
	size_t		 nexcl;
	int		 icase;
	unsigned	 fields;
	unsigned char	 types[TYPE_BITS / 8];
	int		 has_types;
	unsigned char	 xtypes[TYPE_BITS / 8];
	int		 has_xtypes;
	int		 admin_down;	/* ADMIN_IGNORE or a state */
	int		 oper_map[OPER_MAX + 1];
	int		 oper_set[OPER_MAX + 1];
	int		 oper_user[OPER_MAX + 1];
	int		 expect_down;
	int		 status_only;
	uint64_t	 speed[NDIRS];
	int		 has_speed[NDIRS];
	int		 force32;
	const char	*state_dir;
	int		 first_state;
	int		 reset_state;
	int		 nomatch_state;
	long		 sample;
	int		 list;
	struct select	 sel;
	/* from the options, for the state key */
	char		 selection[2048];
};

/* Option ids: thresholds are O_TH + metric * 6 + dirsel * 2 + wc. */
enum {
	O_TH = OPT_PLUGIN_BASE,
	O_TH_END = O_TH + NMETRICS * 6,
	O_WARN = O_TH_END, O_CRIT, O_INDEX, O_NAME, O_INCLUDE, O_EXCLUDE,
	O_ICASE, O_MATCHON, O_TYPE, O_XTYPE, O_ADMINDOWN, O_OPERSTATE,
	O_EXPECTDOWN, O_STATUSONLY, O_SPEED, O_INSPEED, O_OUTSPEED, O_32BIT,
	O_STATEDIR, O_FIRSTRUN, O_ONRESET, O_SAMPLE, O_NOMATCH, O_LIST
};

#define TH(m, d, w)	(O_TH + (m) * 6 + (d) * 2 + (w))

static const struct opt_def if_opts[] = {
	{ "warning", 'w', OPT_ARG, "RANGE",
	  "Same as --traffic-warning", O_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE",
	  "Same as --traffic-critical", O_CRIT, OPT_CALL, 0 },
	{ "traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on the traffic of each direction: bits per second\n"
	  "with an optional SI unit (800M, 1.5G, 100k; k M G T are powers of\n"
	  "1000; b, bit, bps may follow; byte units are refused), or a\n"
	  "percentage of the interface speed (80%).  800M means alert above\n"
	  "800 Mb/s, 10M: below 10 Mb/s; any Nagios range works", TH(0, 0, 0), OPT_CALL, 0 },
	{ "traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on the traffic, like --traffic-warning",
	  TH(0, 0, 1), OPT_CALL, 0 },
	{ "in-traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming traffic only (overrides\n"
	  "--traffic-warning for that direction)", TH(0, 1, 0), OPT_CALL, 0 },
	{ "in-traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming traffic only", TH(0, 1, 1), OPT_CALL, 0 },
	{ "out-traffic-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing traffic only", TH(0, 2, 0), OPT_CALL, 0 },
	{ "out-traffic-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing traffic only", TH(0, 2, 1), OPT_CALL, 0 },
	{ "errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on errors of each direction: errors per second\n"
	  "(0.5), or a percentage of the packets of that direction (0.1%)",
	  TH(1, 0, 0), OPT_CALL, 0 },
	{ "errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on errors, like --errors-warning", TH(1, 0, 1), OPT_CALL, 0 },
	{ "in-errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming errors only", TH(1, 1, 0), OPT_CALL, 0 },
	{ "in-errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming errors only", TH(1, 1, 1), OPT_CALL, 0 },
	{ "out-errors-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing errors only", TH(1, 2, 0), OPT_CALL, 0 },
	{ "out-errors-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing errors only", TH(1, 2, 1), OPT_CALL, 0 },
	{ "discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on discards, per second or % of packets, like\n"
	  "--errors-warning", TH(2, 0, 0), OPT_CALL, 0 },
	{ "discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on discards", TH(2, 0, 1), OPT_CALL, 0 },
	{ "in-discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on incoming discards only", TH(2, 1, 0), OPT_CALL, 0 },
	{ "in-discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on incoming discards only", TH(2, 1, 1), OPT_CALL, 0 },
	{ "out-discards-warning", 0, OPT_ARG, "RANGE",
	  "Warning range on outgoing discards only", TH(2, 2, 0), OPT_CALL, 0 },
	{ "out-discards-critical", 0, OPT_ARG, "RANGE",
	  "Critical range on outgoing discards only", TH(2, 2, 1), OPT_CALL, 0 },
	{ "index", 0, OPT_ARG, "N[,N...]",
	  "Check the interfaces with these ifIndex values; repeatable.  Alone\n"
	  "it needs no walk: one GET reads everything", O_INDEX, OPT_CALL, 0 },
	{ "name", 'n', OPT_ARG, "NAME",
	  "Check the interface whose name (see --match-on) is NAME exactly;\n"
	  "repeatable", O_NAME, OPT_CALL, 0 },
	{ "include", 'r', OPT_ARG, "REGEX",
	  "Check interfaces whose name matches the extended regular\n"
	  "expression; repeatable", O_INCLUDE, OPT_CALL, 0 },
	{ "exclude", 'E', OPT_ARG, "REGEX",
	  "Leave out interfaces whose name matches; repeatable", O_EXCLUDE, OPT_CALL, 0 },
	{ "ignore-case", 'i', OPT_NOARG, NULL,
	  "-n, -r and -E ignore case", O_ICASE, OPT_CALL, 0 },
	{ "match-on", 0, OPT_ARG, "FIELD[,FIELD...]",
	  "What -n, -r and -E compare with: name (ifName, the default; ifDescr\n"
	  "on agents without ifName), descr (ifDescr), alias (ifAlias), or\n"
	  "several: an interface matches when any of them does", O_MATCHON, OPT_CALL, 0 },
	{ "type", 'T', OPT_ARG, "TYPE[,TYPE...]",
	  "Check only interfaces of these ifTypes: a number or an IANAifType\n"
	  "name (ethernetCsmacd, softwareLoopback, ieee8023adLag, l2vlan,\n"
	  "tunnel, propVirtual, ...; aliases ethernet, loopback, lag, vlan,\n"
	  "wifi, virtual); repeatable", O_TYPE, OPT_CALL, 0 },
	{ "exclude-type", 0, OPT_ARG, "TYPE[,TYPE...]",
	  "Leave out interfaces of these ifTypes; repeatable", O_XTYPE, OPT_CALL, 0 },
	{ "admin-down", 0, OPT_ARG, "ignore|STATE",
	  "What an administratively down interface gives: ignore (default:\n"
	  "not checked, not counted) or a state (OK, WARNING, CRITICAL,\n"
	  "UNKNOWN)", O_ADMINDOWN, OPT_CALL, 0 },
	{ "oper-state", 0, OPT_ARG, "STATUS=STATE[,...]",
	  "State for an ifOperStatus of an interface that is admin up:\n"
	  "up, down, testing, unknown, dormant, notPresent, lowerLayerDown\n"
	  "(or 1-7) = OK, WARNING, CRITICAL or UNKNOWN; repeatable", O_OPERSTATE, OPT_CALL, 0 },
	{ "expect-down", 0, OPT_NOARG, NULL,
	  "The interfaces should be down (a backup link): down, notPresent,\n"
	  "lowerLayerDown and dormant are OK, up is CRITICAL", O_EXPECTDOWN, OPT_CALL, 0 },
	{ "status-only", 0, OPT_NOARG, NULL,
	  "Check the status only: no counters, no rates, no state file",
	  O_STATUSONLY, OPT_CALL, 0 },
	{ "speed", 0, OPT_ARG, "BITS",
	  "Use this speed for both directions instead of ifSpeed/ifHighSpeed\n"
	  "(100M, 1G, 2.5G; SI units as for the traffic thresholds)", O_SPEED, OPT_CALL, 0 },
	{ "in-speed", 0, OPT_ARG, "BITS",
	  "Speed of the incoming direction (an asymmetric line)", O_INSPEED, OPT_CALL, 0 },
	{ "out-speed", 0, OPT_ARG, "BITS",
	  "Speed of the outgoing direction", O_OUTSPEED, OPT_CALL, 0 },
	{ "32bit", 0, OPT_NOARG, NULL,
	  "Use ifTable's 32-bit counters even where ifXTable has 64-bit ones\n"
	  "(-P 1 always does)", O_32BIT, OPT_CALL, 0 },
	{ "state-dir", 0, OPT_ARG, "DIR",
	  "Where the samples are kept between runs (default $MP_STATE_PATH,\n"
	  "else $NAGIOS_PLUGIN_STATE_DIRECTORY, else " STORE_DIR_DEFAULT ")",
	  O_STATEDIR, OPT_CALL, 0 },
	{ "first-run", 0, OPT_ARG, "STATE",
	  "State while there is no usable previous sample (first run, or the\n"
	  "last sample under a second old); default OK, \"collecting data\"",
	  O_FIRSTRUN, OPT_CALL, 0 },
	{ "on-reset", 0, OPT_ARG, "STATE",
	  "State when the counters were reset (agent restart, counters\n"
	  "cleared, the index now names another interface); default OK, with\n"
	  "a note, and no rate this time", O_ONRESET, OPT_CALL, 0 },
	{ "sample", 0, OPT_ARG, "SECONDS",
	  "Take two samples SECONDS apart inside this run instead of using a\n"
	  "state file (for checks that move between workers); must be below\n"
	  "the -t budget, and the wait is cut if a slow first sample leaves\n"
	  "the second no room", O_SAMPLE, OPT_CALL, 0 },
	{ "no-match", 0, OPT_ARG, "STATE",
	  "State when no interface is selected, or a given --index does not\n"
	  "exist (default UNKNOWN)", O_NOMATCH, OPT_CALL, 0 },
	{ "list", 0, OPT_NOARG, NULL,
	  "List every interface (index, descr, name, alias, type, speed, admin\n"
	  "and oper status), marking with * those the options select; exit OK",
	  O_LIST, OPT_CALL, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static const char notes[] =
"Status of an interface that is admin up, by ifOperStatus (--oper-state\n"
"changes any of them; --expect-down turns up and down around):\n"
"  up OK, down CRITICAL, lowerLayerDown CRITICAL, notPresent WARNING,\n"
"  testing WARNING, dormant OK, unknown UNKNOWN.\n"
"Admin down interfaces are ignored unless --admin-down gives a state.\n"
"\n"
"Traffic is in bits per second; the % is of ifHighSpeed/ifSpeed or of\n"
"--speed.  Without a speed (0, as virtual interfaces report) there is no\n"
"%, and % thresholds are not applied (the output says so).  Errors and\n"
"discards are per second, and in % of the packets of their direction.\n"
"Rates need two samples: the first run stores one and says \"collecting\n"
"data\"; --sample takes both in one run.\n"
"\n"
"Examples:\n"
"  check_snmp_interface -H switch1 --index 10101 -w 80% -c 90%\n"
"  check_snmp_interface -H switch1 -n Gi1/0/1 --in-traffic-critical 950M\n"
"  check_snmp_interface -H switch1 -r '^Gi1/0/' -T ethernet --errors-warning 0.1%\n"
"  check_snmp_interface -H router -n Dialer0 --expect-down\n"
"  check_snmp_interface -H host -E '^(lo|docker)' --sample 5 -t 15\n"
"  check_snmp_interface -H host --list\n";

static int
bit_get(const unsigned char *b, int n)
{
	return n >= 0 && n < TYPE_BITS && (b[n / 8] >> (n % 8) & 1);
}

static int
parse_types(unsigned char *bits, const char *arg, char *err, size_t errlen)
{
	char buf[512], *tok, *save, *end;
	long v;
	size_t i;
	int n = 0;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid interface type list: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		errno = 0;
		v = strtol(tok, &end, 10);
		if (*tok >= '0' && *tok <= '9' && *end == '\0' && errno == 0) {
			if (v < 1 || v >= TYPE_BITS) {
				snprintf(err, errlen, "Invalid interface type "
				    "'%s': expected 1 to %d or a name", tok,
				    TYPE_BITS - 1);
				return -1;
			}
		} else {
			for (i = 0; iftypes[i].name != NULL; i++) {
				if (strcasecmp(tok, iftypes[i].name) == 0)
					break;
			}
			if (iftypes[i].name == NULL) {
				snprintf(err, errlen, "Unknown interface type "
				    "'%s': use an ifType number or a name such "
				    "as ethernetCsmacd, softwareLoopback, "
				    "ieee8023adLag, l2vlan, tunnel", tok);
				return -1;
			}
			v = iftypes[i].type;
		}
		bits[v / 8] |= (unsigned char)(1u << (v % 8));
		n++;
	}
	if (n == 0) {
		snprintf(err, errlen, "Invalid interface type list '%s'", arg);
		return -1;
	}
	return 0;
}

static int
parse_indexes(struct ctx *c, const char *arg, char *err, size_t errlen)
{
	char buf[2048], *tok, *save;
	long v;
	int n = 0;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --index: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		/* RFC 2863 InterfaceIndex: 1 to 2147483647 */
		if (options_int(tok, 1, 2147483647L, &v) < 0) {
			snprintf(err, errlen, "Invalid --index '%s': expected "
			    "ifIndex values 1 to 2147483647, separated by "
			    "commas", tok);
			return -1;
		}
		if (c->nidx >= INDEX_MAX) {
			snprintf(err, errlen, "Too many --index values (at "
			    "most %d)", INDEX_MAX);
			return -1;
		}
		c->idx[c->nidx++] = (uint32_t)v;
		n++;
	}
	if (n == 0) {
		snprintf(err, errlen, "Invalid --index '%s': no ifIndex given",
		    arg);
		return -1;
	}
	return 0;
}

static int
parse_fields(struct ctx *c, const char *arg, char *err, size_t errlen)
{
	char buf[128], *tok, *save;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --match-on: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcasecmp(tok, "descr") == 0)
			c->fields |= F_DESCR;
		else if (strcasecmp(tok, "name") == 0)
			c->fields |= F_NAME;
		else if (strcasecmp(tok, "alias") == 0)
			c->fields |= F_ALIAS;
		else {
			snprintf(err, errlen, "Invalid --match-on '%s': "
			    "expected descr, name or alias", tok);
			return -1;
		}
	}
	if (c->fields == 0) {
		snprintf(err, errlen, "Invalid --match-on '%s'", arg);
		return -1;
	}
	return 0;
}

static int
oper_parse(const char *s)
{
	int i;

	for (i = 1; i <= OPER_MAX; i++) {
		if (strcasecmp(s, oper_names[i]) == 0)
			return i;
	}
	if (s[0] >= '1' && s[0] <= '7' && s[1] == '\0')
		return s[0] - '0';
	return -1;
}

static int
parse_oper_states(struct ctx *c, const char *arg, char *err, size_t errlen)
{
	char buf[512], *tok, *save, *eq;
	int o, st;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --oper-state: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(tok, '=')) == NULL) {
			snprintf(err, errlen, "Invalid --oper-state '%s': "
			    "expected STATUS=STATE", tok);
			return -1;
		}
		*eq = '\0';
		if ((o = oper_parse(tok)) < 0) {
			snprintf(err, errlen, "Invalid --oper-state: unknown "
			    "status '%s' (expected up, down, testing, unknown, "
			    "dormant, notPresent, lowerLayerDown or 1-7)", tok);
			return -1;
		}
		if ((st = state_parse(eq + 1)) < 0) {
			snprintf(err, errlen, "Invalid --oper-state: state '%s' "
			    "for %s (expected OK, WARNING, CRITICAL, UNKNOWN "
			    "or 0-3)", eq + 1, oper_names[o]);
			return -1;
		}
		c->oper_user[o] = st;
		c->oper_set[o] = 1;
	}
	return 0;
}

/*
 * A range with "%" after its numbers (a percentage) or, for traffic, SI
 * bit units.  Byte units are refused: units match without case, so "MB"
 * would silently read as megabits.
 */
static int
parse_limit(struct limit *l, const char *arg, int traffic)
{
	char buf[RANGE_TEXT_MAX];
	size_t i, n = 0;
	unsigned used = 0;
	int pct = 0;

	if (strlen(arg) >= sizeof(buf) || (traffic && strchr(arg, 'B')))
		return -1;
	for (i = 0; arg[i] != '\0'; i++) {
		if (arg[i] == '%') {
			if (i == 0 || arg[i - 1] < '0' || arg[i - 1] > '9' ||
			    (arg[i + 1] != '\0' && arg[i + 1] != ':'))
				return -1;
			pct = 1;
			continue;
		}
		buf[n++] = arg[i];
	}
	buf[n] = '\0';
	if (range_parse_units(&l->r, buf, traffic ? units_bits : units_none,
	    &used) != SNMP_OK)
		return -1;
	if (pct && used != 0)
		return -1;
	l->kind = pct ? LIMIT_PCT : LIMIT_ABS;
	l->given = 1;
	return 0;
}

/* A speed such as 100M or 2.5G, in bits per second. */
static int
parse_speed(const char *arg, uint64_t *out)
{
	struct range r;
	double d;

	if (strchr(arg, 'B') != NULL || strchr(arg, ':') != NULL ||
	    strchr(arg, '@') != NULL || strchr(arg, '~') != NULL ||
	    range_parse_units(&r, arg, units_bits, NULL) != SNMP_OK)
		return -1;
	d = num_to_double(&r.end);
	if (d < 1 || d > 1e15)
		return -1;
	*out = (uint64_t)(d + 0.5);
	return 0;
}

static int
handle(void *arg, int id, const char *optarg, char *err, size_t errlen)
{
	struct ctx *c = arg;
	struct limit *l;
	uint64_t sp;
	long v;
	int s, m, d, w;

	if (id >= O_TH && id < O_TH_END) {
		m = (id - O_TH) / 6;
		d = (id - O_TH) % 6 / 2;
		w = (id - O_TH) % 2;
	} else if (id == O_WARN || id == O_CRIT) {
		m = M_TRAFFIC;
		d = DS_BOTH;
		w = id == O_CRIT;
	} else
		m = -1, d = w = 0;
	if (m >= 0) {
		l = &c->lim[m][d][w];
		if (parse_limit(l, optarg, m == M_TRAFFIC) < 0) {
			snprintf(err, errlen, "Invalid %s%s %s range '%s': "
			    "expected [@][START:][END] %s", d == DS_IN ?
			    "incoming " : d == DS_OUT ? "outgoing " : "",
			    metric_name[m], w ? "critical" : "warning", optarg,
			    m == M_TRAFFIC ? "in bits per second with an "
			    "optional k, M, G or T (800M), or in percent of "
			    "the speed (80%)" : "per second (0.5), or in "
			    "percent of the packets (0.1%)");
			return -1;
		}
		return 0;
	}
	switch (id) {
	case O_INDEX:
		return parse_indexes(c, optarg, err, errlen);
	case O_NAME:
	case O_INCLUDE:
	case O_EXCLUDE:
		if ((id == O_NAME ? c->nnames : id == O_INCLUDE ? c->nincl :
		    c->nexcl) >= SELECT_MAX) {
			snprintf(err, errlen, "Too many %s options (at most "
			    "%d)", id == O_NAME ? "-n" : id == O_INCLUDE ?
			    "-r" : "-E", SELECT_MAX);
			return -1;
		}
		if (id == O_NAME)
			c->names[c->nnames++] = optarg;
		else if (id == O_INCLUDE)
			c->incl[c->nincl++] = optarg;
		else
			c->excl[c->nexcl++] = optarg;
		break;
	case O_ICASE:
		c->icase = 1;
		break;
	case O_MATCHON:
		return parse_fields(c, optarg, err, errlen);
	case O_TYPE:
		c->has_types = 1;
		return parse_types(c->types, optarg, err, errlen);
	case O_XTYPE:
		c->has_xtypes = 1;
		return parse_types(c->xtypes, optarg, err, errlen);
	case O_ADMINDOWN:
		if (strcasecmp(optarg, "ignore") == 0)
			c->admin_down = ADMIN_IGNORE;
		else if ((s = state_parse(optarg)) >= 0)
			c->admin_down = s;
		else {
			snprintf(err, errlen, "Invalid --admin-down '%s': "
			    "expected ignore, OK, WARNING, CRITICAL or UNKNOWN",
			    optarg);
			return -1;
		}
		break;
	case O_OPERSTATE:
		return parse_oper_states(c, optarg, err, errlen);
	case O_EXPECTDOWN:
		c->expect_down = 1;
		break;
	case O_STATUSONLY:
		c->status_only = 1;
		break;
	case O_SPEED:
	case O_INSPEED:
	case O_OUTSPEED:
		if (parse_speed(optarg, &sp) < 0) {
			snprintf(err, errlen, "Invalid %s '%s': expected bits "
			    "per second with an optional k, M, G or T (100M, "
			    "2.5G)", id == O_SPEED ? "--speed" : id == O_INSPEED ?
			    "--in-speed" : "--out-speed", optarg);
			return -1;
		}
		for (d = 0; d < NDIRS; d++) {
			if ((id == O_INSPEED && d == D_OUT) ||
			    (id == O_OUTSPEED && d == D_IN))
				continue;
			/* --in-speed / --out-speed win over --speed */
			if (id == O_SPEED && c->has_speed[d] > 1)
				continue;
			c->speed[d] = sp;
			c->has_speed[d] = id == O_SPEED ? 1 : 2;
		}
		break;
	case O_32BIT:
		c->force32 = 1;
		break;
	case O_STATEDIR:
		c->state_dir = optarg;
		break;
	case O_FIRSTRUN:
	case O_ONRESET:
	case O_NOMATCH:
		if ((s = state_parse(optarg)) < 0) {
			snprintf(err, errlen, "Invalid state '%s' for %s: "
			    "expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN",
			    optarg, id == O_FIRSTRUN ? "--first-run" :
			    id == O_ONRESET ? "--on-reset" : "--no-match");
			return -1;
		}
		if (id == O_FIRSTRUN)
			c->first_state = s;
		else if (id == O_ONRESET)
			c->reset_state = s;
		else
			c->nomatch_state = s;
		break;
	case O_SAMPLE:
		if (options_int(optarg, 1, 3600, &v) < 0) {
			snprintf(err, errlen, "Invalid --sample '%s': expected "
			    "whole seconds, 1 to 3600", optarg);
			return -1;
		}
		c->sample = v;
		break;
	case O_LIST:
		c->list = 1;
		break;
	}
	return 0;
}

/* The limit that applies to a metric in a direction. */
static const struct limit *
limit_of(const struct ctx *c, int m, int d, int w)
{
	const struct limit *l = &c->lim[m][d == D_IN ? DS_IN : DS_OUT][w];

	return l->given ? l : &c->lim[m][DS_BOTH][w];
}

static int
any_limit(const struct ctx *c)
{
	int m, d, w;

	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < 3; d++)
			for (w = 0; w < 2; w++)
				if (c->lim[m][d][w].given)
					return 1;
	return 0;
}

/* Option checks that need all of them; patterns compiled with -i known. */
static void
setup(struct ctx *c, const struct snmp_opts *o)
{
	struct strbuf sb;
	char err[512];
	size_t i;
	int k;

	if (c->fields == 0)
		c->fields = F_NAME;
	if (c->status_only && any_limit(c))
		die(STATE_UNKNOWN, "--status-only cannot be combined with "
		    "traffic, error or discard thresholds");
	if (c->status_only && c->sample > 0)
		die(STATE_UNKNOWN, "--status-only and --sample exclude each "
		    "other: --sample is for rates");
	if (c->sample > 0 && c->sample * 1000 >= o->timeout_ms)
		die(STATE_UNKNOWN, "--sample %ld must be shorter than the time "
		    "budget (-t %.0f): both samples must fit in it; raise -t",
		    c->sample, (double)o->timeout_ms / 1000);
	if (c->sample > 0 && o->walkfile != NULL && !c->list)
		die(STATE_UNKNOWN, "--sample needs a live agent: a walk file "
		    "does not change between the two samples");
	/* the default table, then --expect-down, then --oper-state */
	c->oper_map[OPER_UP] = c->expect_down ? STATE_CRITICAL : STATE_OK;
	c->oper_map[OPER_DOWN] = c->expect_down ? STATE_OK : STATE_CRITICAL;
	c->oper_map[OPER_TESTING] = STATE_WARNING;
	c->oper_map[OPER_UNKNOWN] = STATE_UNKNOWN;
	c->oper_map[OPER_DORMANT] = STATE_OK;
	c->oper_map[OPER_NOTPRESENT] = c->expect_down ? STATE_OK :
	    STATE_WARNING;
	c->oper_map[OPER_LOWERDOWN] = c->expect_down ? STATE_OK :
	    STATE_CRITICAL;
	for (k = 1; k <= OPER_MAX; k++) {
		if (c->oper_set[k])
			c->oper_map[k] = c->oper_user[k];
	}
	select_init(&c->sel, c->icase);
	for (i = 0; i < c->nnames; i++) {
		if (select_add_exact(&c->sel, c->names[i], err, sizeof(err)) !=
		    SNMP_OK)
			die(STATE_UNKNOWN, "Invalid -n: %s", err);
	}
	for (i = 0; i < c->nincl; i++) {
		if (select_add_include(&c->sel, c->incl[i], err, sizeof(err)) !=
		    SNMP_OK)
			die(STATE_UNKNOWN, "Invalid -r: %s", err);
	}
	for (i = 0; i < c->nexcl; i++) {
		if (select_add_exclude(&c->sel, c->excl[i], err, sizeof(err)) !=
		    SNMP_OK)
			die(STATE_UNKNOWN, "Invalid -E: %s", err);
	}
	/* the selection, as the state key and label know it */
	sb_init(&sb, c->selection, sizeof(c->selection));
	for (i = 0; i < c->nidx; i++)
		sb_printf(&sb, "%sindex %lu", sb.len ? " " : "",
		    (unsigned long)c->idx[i]);
	for (i = 0; i < c->nnames; i++)
		sb_printf(&sb, "%sname %zu:%s", sb.len ? " " : "",
		    strlen(c->names[i]), c->names[i]);
	for (i = 0; i < c->nincl; i++)
		sb_printf(&sb, "%sinclude %zu:%s", sb.len ? " " : "",
		    strlen(c->incl[i]), c->incl[i]);
	for (i = 0; i < c->nexcl; i++)
		sb_printf(&sb, "%sexclude %zu:%s", sb.len ? " " : "",
		    strlen(c->excl[i]), c->excl[i]);
	if (c->nnames + c->nincl + c->nexcl > 0)
		sb_printf(&sb, " on %s%s%s%s", c->fields & F_DESCR ? "d" : "",
		    c->fields & F_NAME ? "n" : "", c->fields & F_ALIAS ? "a" :
		    "", c->icase ? " icase" : "");
	for (k = 0; k < TYPE_BITS; k++) {
		if (c->has_types && bit_get(c->types, k))
			sb_printf(&sb, " type %d", k);
		if (c->has_xtypes && bit_get(c->xtypes, k))
			sb_printf(&sb, " xtype %d", k);
	}
	if (sb.len == 0)
		sb_add(&sb, "all");
	if (sb.truncated)
		die(STATE_UNKNOWN, "The selection is too long for a state file "
		    "key: use fewer or shorter -n, -r, -E and --index values");
}

static void
fetch_error(const struct session *s, int rc, int timeout_state)
{
	if (rc == SNMP_E_TIMEOUT)
		die(timeout_state, "%s", session_error(s));
	die(STATE_UNKNOWN, "%s", session_error(s));
}

static void
column_oid(struct oid *o, int col)
{
	const uint32_t *base = cols[col].ifx ? ifx_entry : if_entry;
	size_t n = cols[col].ifx ? sizeof(ifx_entry) / sizeof(ifx_entry[0]) :
	    sizeof(if_entry) / sizeof(if_entry[0]);

	memcpy(o->arcs, base, n * sizeof(*base));
	o->arcs[n] = cols[col].arc;
	o->len = n + 1;
}

static void
cell_oid(struct oid *o, int col, uint32_t idx)
{
	column_oid(o, col);
	o->arcs[o->len++] = idx;
}

/* Device text made printable; trailing NULs (Windows) dropped. */
static int
cell_text(const struct snmp_value *v, char *buf, size_t cap)
{
	struct strbuf sb;
	size_t n = v->len;

	sb_init(&sb, buf, cap);
	if (v->type != VAL_OCTET_STRING)
		return 0;
	while (n > 0 && v->bytes[n - 1] == '\0')
		n--;
	output_put_text(&sb, v->bytes, n);
	return 1;
}

static int
cell_uint(const struct snmp_value *v, uint64_t *out)
{
	if (v->type == VAL_GAUGE32 || v->type == VAL_COUNTER32 ||
	    v->type == VAL_COUNTER64 || v->type == VAL_TIMETICKS) {
		*out = v->u;
		return 0;
	}
	if (v->type == VAL_INTEGER && v->i >= 0) {
		*out = (uint64_t)v->i;
		return 0;
	}
	return -1;
}

static int
cell_int(const struct snmp_value *v)
{
	if (v->type == VAL_INTEGER && v->i >= 0 && v->i <= 0x7fffffff)
		return (int)v->i;
	return -1;
}

/* A counter: Counter64 is 64 bits; Counter32 (or a Gauge32 some agents
 * send in its place) wraps at 32. */
static void
put_counter(struct sample *sm, int slot, const struct snmp_value *v)
{
	sm->bits[slot] = 0;
	sm->v[slot] = 0;
	if (v->type == VAL_COUNTER64)
		sm->bits[slot] = 64;
	else if (v->type == VAL_COUNTER32 || v->type == VAL_GAUGE32)
		sm->bits[slot] = 32;
	else
		return;
	sm->v[slot] = v->u;
}

static void
store(struct iface *f, int col, const struct snmp_value *v)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, n;
	int s;

	/* the agent has the row if it answers any status or identity cell */
	if (col <= CO_ALIAS && !value_is_exception(v))
		f->exists = 1;
	switch (col) {
	case CO_DESCR:
		cell_text(v, f->descr, sizeof(f->descr));
		return;
	case CO_NAME:
		cell_text(v, f->name, sizeof(f->name));
		return;
	case CO_ALIAS:
		cell_text(v, f->alias, sizeof(f->alias));
		return;
	case CO_TYPE:
		f->type = cell_int(v);
		return;
	case CO_SPEED:
		f->has_ifspeed = cell_uint(v, &f->ifspeed) == 0;
		return;
	case CO_HSPEED:
		f->has_hspeed = cell_uint(v, &f->hspeed) == 0;
		return;
	case CO_PHYS:
		f->phys[0] = '\0';
		if (v->type != VAL_OCTET_STRING)
			return;
		n = v->len < (TEXT_MAX - 1) / 2 ? v->len : (TEXT_MAX - 1) / 2;
		for (i = 0; i < n; i++) {
			f->phys[2 * i] = hex[v->bytes[i] >> 4];
			f->phys[2 * i + 1] = hex[v->bytes[i] & 15];
		}
		f->phys[2 * n] = '\0';
		return;
	case CO_ADMIN:
		s = cell_int(v);
		f->admin = s >= 1 && s <= 3 ? s : 0;
		return;
	case CO_OPER:
		s = cell_int(v);
		f->oper = s >= 1 && s <= OPER_MAX ? s : 0;
		return;
	}
	for (s = 0; s < NSLOTS; s++) {
		if (slots[s].hc == col || slots[s].c32 == col) {
			put_counter(&f->cur, s, v);
			/* the error columns serve both sets: one slot */
		}
	}
}

/* The columns one interface needs in a GET. */
static size_t
want_cols(const struct iface *f, int ident, int counters, int v1, int *out)
{
	size_t n = 0;
	int s, col;

	if (ident) {
		out[n++] = CO_DESCR;
		out[n++] = CO_TYPE;
		out[n++] = CO_SPEED;
		out[n++] = CO_PHYS;
		out[n++] = CO_ADMIN;
		out[n++] = CO_OPER;
		/*
		 * v1 agents without ifXTable answer noSuchName, which costs
		 * a round trip per object: v1 reads ifTable only.
		 */
		if (!v1) {
			out[n++] = CO_NAME;
			out[n++] = CO_HSPEED;
			out[n++] = CO_ALIAS;
		}
	}
	if (counters) {
		for (s = 0; s < NSLOTS; s++) {
			col = f->want_hc ? slots[s].hc : slots[s].c32;
			if (col >= 0)
				out[n++] = col;
		}
	}
	return n;
}

/*
 * GET the wanted columns of the interfaces list[0..n), as few requests as
 * the varbind limit allows, each starting with sysUpTime.0 so that every
 * counter has the agent's clock of its own request.
 */
static void
fetch(struct session *s, const struct snmp_opts *o, struct iface **list,
    size_t n, int ident, int counters)
{
	static struct oid oids[SESSION_MAX_VB];
	static struct varbind vb[SESSION_MAX_VB];
	struct rate_clock clk;
	struct iface *f;
	int cl[NCOLS];
	size_t i = 0, first, j, k, m, pos;
	int rc, v1 = o->version == SNMP_V1;

	while (i < n) {
		memcpy(oids[0].arcs, sys_uptime0, sizeof(sys_uptime0));
		oids[0].len = sizeof(sys_uptime0) / sizeof(sys_uptime0[0]);
		m = 1;
		for (first = i; i < n; i++) {
			k = want_cols(list[i], ident, counters, v1, cl);
			if (m + k > SESSION_MAX_VB)
				break;
			for (j = 0; j < k; j++)
				cell_oid(&oids[m++], cl[j], list[i]->idx);
		}
		if ((rc = session_get(s, oids, m, vb)) != SNMP_OK)
			fetch_error(s, rc, o->timeout_state);
		memset(&clk, 0, sizeof(clk));
		clk.wall_ms = rate_wall_ms();
		if (vb[0].val.type == VAL_TIMETICKS) {
			clk.has_uptime = 1;
			clk.uptime = (uint32_t)vb[0].val.u;
		}
		clk.has_boots = session_boots(s, &clk.boots);
		for (pos = 1; first < i; first++) {
			f = list[first];
			k = want_cols(f, ident, counters, v1, cl);
			if (counters) {
				f->cur.clock = clk;
				f->cur.hc = f->want_hc;
			}
			for (j = 0; j < k; j++)
				store(f, cl[j], &vb[pos++].val);
		}
	}
}

/* Counters for list[0..n): ifXTable first, ifTable where it has none. */
static void
fetch_counters(struct session *s, const struct snmp_opts *o,
    struct iface **list, size_t n, int ident)
{
	struct iface **again;
	size_t i, k = 0;

	fetch(s, o, list, n, ident, 1);
	if ((again = calloc(n ? n : 1, sizeof(struct iface *))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		if (list[i]->want_hc && (list[i]->cur.bits[S_IN_OCT] == 0 ||
		    list[i]->cur.bits[S_OUT_OCT] == 0) && list[i]->exists) {
			list[i]->want_hc = 0;
			memset(list[i]->cur.bits, 0, sizeof(list[i]->cur.bits));
			again[k++] = list[i];
		}
	}
	if (k > 0)
		fetch(s, o, again, k, 0, 1);
	free(again);
}

static const char *
type_name(int t)
{
	size_t i;

	for (i = 0; iftypes[i].name != NULL; i++) {
		if (iftypes[i].type == t)
			return iftypes[i].name;
	}
	return NULL;
}

/* The speed of each direction: the options, else the agent's. */
static void
set_speed(const struct ctx *c, struct iface *f)
{
	uint64_t agent = 0;
	int d;

	/*
	 * ifSpeed is exact below its 4294967295 ceiling; above it (or when
	 * it says 0 but ifHighSpeed knows better) ifHighSpeed in Mb/s.  A
	 * saturated ifSpeed without ifHighSpeed is no speed at all.
	 */
	if (f->has_ifspeed && f->ifspeed > 0 && f->ifspeed < 4294967295ULL)
		agent = f->ifspeed;
	else if (f->has_hspeed && f->hspeed > 0)
		agent = f->hspeed * 1000000;
	for (d = 0; d < NDIRS; d++)
		f->speed[d] = c->has_speed[d] ? c->speed[d] : agent;
}

static int
type_selected(const struct ctx *c, int type)
{
	if (c->has_types && !bit_get(c->types, type))
		return 0;
	if (c->has_xtypes && bit_get(c->xtypes, type))
		return 0;
	return 1;
}

/* The texts -n, -r and -E compare with; name falls back to descr. */
static size_t
match_texts(const struct ctx *c, const struct iface *f, const char **t)
{
	size_t n = 0;

	if (c->fields & F_DESCR)
		t[n++] = f->descr;
	if (c->fields & F_NAME)
		t[n++] = f->name[0] != '\0' ? f->name : f->descr;
	if (c->fields & F_ALIAS)
		t[n++] = f->alias;
	return n;
}

static int
text_selected(const struct ctx *c, const struct iface *f)
{
	const char *t[3];
	size_t n;

	if (c->nnames + c->nincl + c->nexcl == 0)
		return 1;
	n = match_texts(c, f, t);
	return select_match_any(&c->sel, t, n);
}

static int
index_selected(const struct ctx *c, uint32_t idx)
{
	size_t i;

	if (c->nidx == 0)
		return 1;
	for (i = 0; i < c->nidx; i++) {
		if (c->idx[i] == idx)
			return 1;
	}
	return 0;
}

/* "%.*f" of x, then " unit" when unit is not NULL (num_fixed: no stdio). */
static void
fmt_fixed(char *buf, size_t cap, double x, int decimals, const char *unit)
{
	size_t n = num_fixed(buf, cap, x, decimals, 0), k;

	if (unit == NULL || n + 1 >= cap)
		return;
	buf[n++] = ' ';
	k = strlen(unit);
	if (k > cap - 1 - n)
		k = cap - 1 - n;
	memcpy(buf + n, unit, k);
	buf[n + k] = '\0';
}

static void
fmt_bps(char *buf, size_t cap, double bps)
{
	static const char *const u[] = { "b/s", "kb/s", "Mb/s", "Gb/s",
	    "Tb/s" };
	int i = 0;

	while (bps >= 999.5 && i < 4) {
		bps /= 1000;
		i++;
	}
	if (bps >= 99.95 || i == 0)
		fmt_fixed(buf, cap, bps, 0, u[i]);
	else if (bps >= 9.995)
		fmt_fixed(buf, cap, bps, 1, u[i]);
	else
		fmt_fixed(buf, cap, bps, 2, u[i]);
}

/* Two significant digits below 1, no exponent ever. */
static void
fmt_small(char *buf, size_t cap, double x)
{
	double y = x;
	int d = 2;

	if (x == 0) {
		snprintf(buf, cap, "0");
		return;
	}
	if (x >= 99.95) {
		fmt_fixed(buf, cap, x, 0, NULL);
		return;
	}
	if (x >= 9.995) {
		fmt_fixed(buf, cap, x, 1, NULL);
		return;
	}
	while (y < 0.0995 && d < 8) {
		y *= 10;
		d++;
	}
	fmt_fixed(buf, cap, x, d, NULL);
}

static void
fmt_speed(char *buf, size_t cap, uint64_t speed)
{
	if (speed == 0)
		snprintf(buf, cap, "unknown");
	else
		fmt_bps(buf, cap, (double)speed);
}

/* --list: every interface, from one walk of the columns it shows. */
static void
list(struct session *s, const struct snmp_opts *o, const struct ctx *c,
    struct output *out)
{
	static const int lc[] = { CO_DESCR, CO_TYPE, CO_SPEED, CO_ADMIN,
	    CO_OPER, CO_NAME, CO_HSPEED, CO_ALIAS };
	struct oid oids[8];
	struct table t;
	struct iface *f;
	const char *tn;
	char sp[32], ty[64];
	size_t i, j;
	int rc, sel;

	for (i = 0; i < 8; i++)
		column_oid(&oids[i], lc[i]);
	if ((rc = table_walk(s, oids, 8, &t)) != SNMP_OK)
		fetch_error(s, rc, o->timeout_state);
	if ((f = malloc(sizeof(*f))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	sb_printf(&out->summary, "%zu interface%s in ifTable", t.nrows,
	    t.nrows == 1 ? "" : "s");
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		memset(f, 0, sizeof(*f));
		f->idx = t.rows[i].index[0];
		f->type = -1;
		for (j = 0; j < 8; j++)
			store(f, lc[j], &t.rows[i].val[j]);
		set_speed(c, f);
		sel = index_selected(c, f->idx) && type_selected(c, f->type) &&
		    text_selected(c, f);
		tn = type_name(f->type);
		fmt_speed(sp, sizeof(sp), f->speed[D_IN]);
		if (tn != NULL)
			snprintf(ty, sizeof(ty), "%s(%d)", tn, f->type);
		else if (f->type >= 0)
			snprintf(ty, sizeof(ty), "%d", f->type);
		else
			snprintf(ty, sizeof(ty), "?");
		sb_printf(&out->longout, "%c %lu descr '%s' name '%s' alias "
		    "'%s' type %s speed %s admin %s oper %s\n",
		    sel ? '*' : ' ', (unsigned long)f->idx, f->descr, f->name,
		    f->alias, ty, sp, f->admin ? admin_names[f->admin] : "?",
		    f->oper ? oper_names[f->oper] : "?");
	}
	free(f);
	table_free(&t);
}

static void
add_iface(struct iface **ifs, size_t *n, size_t *cap, uint32_t idx)
{
	struct iface *f;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		if ((f = realloc(*ifs, *cap * sizeof(**ifs))) == NULL)
			die(STATE_UNKNOWN, "out of memory");
		*ifs = f;
	}
	f = &(*ifs)[(*n)++];
	memset(f, 0, sizeof(*f));
	f->idx = idx;
	f->type = -1;
}

/*
 * The interfaces to check, by walking only the columns the selection
 * matches on (ifName, ifDescr, ifAlias, ifType; ifIndex when nothing is
 * matched on).  *total gets the number of interfaces seen.
 */
static struct iface *
select_walk(struct session *s, const struct snmp_opts *o, struct ctx *c,
    size_t *n, size_t *total, int *name_from_descr)
{
	struct oid oids[4];
	int wc[4], text = c->nnames + c->nincl + c->nexcl > 0;
	struct table t;
	struct iface *ifs = NULL, probe;
	const struct snmp_value *v;
	size_t i, j, k = 0, cap = 0, named;
	int rc;

	*name_from_descr = 0;
	if (text && (c->fields & F_DESCR))
		wc[k++] = CO_DESCR;
	if (text && (c->fields & F_NAME))
		wc[k++] = CO_NAME;
	if (text && (c->fields & F_ALIAS))
		wc[k++] = CO_ALIAS;
	if (c->has_types || c->has_xtypes)
		wc[k++] = CO_TYPE;
	if (k == 0)
		wc[k++] = CO_INDEX;
	for (i = 0; i < k; i++)
		column_oid(&oids[i], wc[i]);
	if ((rc = table_walk(s, oids, k, &t)) != SNMP_OK)
		fetch_error(s, rc, o->timeout_state);
	if (text && (c->fields & F_NAME)) {
		for (i = j = named = 0; i < k; i++) {
			if (wc[i] == CO_NAME)
				j = i;
		}
		for (i = 0; i < t.nrows; i++) {
			v = &t.rows[i].val[j];
			if (!value_is_exception(v))
				named++;
		}
		if (named == 0 && !(c->fields & F_DESCR)) {
			/* no ifXTable: the names are in ifDescr */
			table_free(&t);
			wc[j] = CO_DESCR;
			column_oid(&oids[j], CO_DESCR);
			if ((rc = table_walk(s, oids, k, &t)) != SNMP_OK)
				fetch_error(s, rc, o->timeout_state);
			*name_from_descr = 1;
		}
	}
	*total = 0;
	*n = 0;
	for (i = 0; i < t.nrows; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		(*total)++;
		/* what store() and the selection read, not all 8 KiB */
		probe.idx = t.rows[i].index[0];
		probe.type = -1;
		probe.descr[0] = probe.name[0] = probe.alias[0] = '\0';
		for (j = 0; j < k; j++)
			store(&probe, wc[j], &t.rows[i].val[j]);
		if (*name_from_descr)
			snprintf(probe.name, sizeof(probe.name), "%s",
			    probe.descr);
		if (!type_selected(c, probe.type) || !text_selected(c, &probe))
			continue;
		add_iface(&ifs, n, &cap, probe.idx);
		/* v1 GETs read no ifXTable: keep what the walk found */
		memcpy(ifs[*n - 1].name, probe.name, strlen(probe.name) + 1);
		memcpy(ifs[*n - 1].alias, probe.alias, strlen(probe.alias) + 1);
	}
	table_free(&t);
	return ifs;
}

/* Hex of a text, "-" when empty: one word for the state file. */
static void
hex_word(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	char x[2];

	if (*s == '\0') {
		sb_add(sb, "-");
		return;
	}
	for (; *s != '\0'; s++) {
		x[0] = hex[(unsigned char)*s >> 4];
		x[1] = hex[(unsigned char)*s & 15];
		sb_addn(sb, x, 2);
	}
}

/* What the interface is: ifDescr, ifName, ifPhysAddress (hex words). */
static void
identity(const struct iface *f, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	hex_word(&sb, f->descr);
	sb_add(&sb, " ");
	hex_word(&sb, f->name);
	sb_add(&sb, " ");
	sb_add(&sb, f->phys[0] != '\0' ? f->phys : "-");
}

static void
sample_format(struct strbuf *sb, const struct iface *f)
{
	char id[sizeof(f->prev_id)];
	int s;

	identity(f, id, sizeof(id));
	sb_add(sb, "iface ");
	sb_u64(sb, f->idx);
	sb_add(sb, "\nid ");
	sb_add(sb, id);
	sb_add(sb, f->cur.hc ? "\nhc 1\n" : "\nhc 0\n");
	rate_clock_format(sb, &f->cur.clock);
	for (s = 0; s < NSLOTS; s++) {
		if (f->cur.bits[s] == 0)
			continue;
		sb_add(sb, slots[s].name);
		sb_add(sb, f->cur.bits[s] == 32 ? " 32 " : " 64 ");
		sb_u64(sb, f->cur.v[s]);
		sb_addn(sb, "\n", 1);
	}
}

/*
 * The section of the state data for ifIndex idx (from its "iface" line
 * to the next, the line itself left out) in *sec and *len; 0 if found.
 * Interfaces are looked up in the order they were stored, so the search
 * starts where the last one ended and wraps around: linear in the data for
 * all interfaces, not quadratic.
 */
#define SECTION_MAX	4096
static int
section_find(const char *data, uint32_t idx, const char **sec, size_t *len)
{
	static const char *cur_data, *cur_pos;
	char head[NUM_INT_TEXT_MAX + 8];
	const char *p, *e, *next, *start;
	size_t hl;
	int wrapped = 0;

	if (data != cur_data || cur_pos == NULL) {
		cur_data = data;
		cur_pos = data;
	}
	p = start = cur_pos;
	memcpy(head, "iface ", 6);
	hl = 6 + num_u64_text(head + 6, idx);
	head[hl++] = '\n';
	for (;;) {
		if (*p == '\0') {
			if (wrapped || start == data)
				break;
			wrapped = 1;
			p = data;
		}
		if (wrapped && p >= start)
			break;
		if (strncmp(p, head, hl) == 0) {
			p += hl;
			for (e = p; *e != '\0'; e = next) {
				if (strncmp(e, "iface ", 6) == 0)
					break;
				next = strchr(e, '\n');
				next = next != NULL ? next + 1 : e + strlen(e);
			}
			if ((size_t)(e - p) >= SECTION_MAX)
				return -1;
			*sec = p;
			*len = (size_t)(e - p);
			cur_pos = e;
			return 0;
		}
		next = strchr(p, '\n');
		p = next != NULL ? next + 1 : p + strlen(p);
	}
	return -1;
}

/* "BITS VALUE" of a counter line. */
static int
counter_parse(const char *text, int *bits, uint64_t *v)
{
	char *end;
	unsigned long long x;

	if (strncmp(text, "32 ", 3) == 0)
		*bits = 32;
	else if (strncmp(text, "64 ", 3) == 0)
		*bits = 64;
	else
		return -1;
	if (text[3] < '0' || text[3] > '9')
		return -1;
	errno = 0;
	x = strtoull(text + 3, &end, 10);
	if (*end != '\0' || errno != 0 || (*bits == 32 && x > 0xffffffffULL))
		return -1;
	*v = x;
	return 0;
}

/*
 * The previous sample of f from the state data; 0 if usable.  One pass
 * over the section's "key value" lines (the first of a key counts, as
 * rate_kv_get() has it); the clock's lines go to rate_clock_parse().
 */
static int
sample_parse(const char *data, struct iface *f)
{
	char val[sizeof(f->prev_id)], clock[3 * 40];
	const char *p, *end, *e, *sp;
	struct strbuf cb;
	size_t klen, vlen;
	unsigned seen = 0;	/* bit s: slot s; NSLOTS: id; NSLOTS+1: hc */
	uint64_t hc = 2;
	int s;

	memset(&f->prev, 0, sizeof(f->prev));
	if (section_find(data, f->idx, &f->prev_text, &f->prev_len) < 0)
		return -1;
	sb_init(&cb, clock, sizeof(clock));
	end = f->prev_text + f->prev_len;
	for (p = f->prev_text; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		if ((sp = memchr(p, ' ', (size_t)(e - p))) == NULL)
			continue;
		klen = (size_t)(sp - p);
		vlen = (size_t)(e - sp - 1);
		if ((klen == 4 && memcmp(p, "time", 4) == 0) ||
		    (klen == 6 && memcmp(p, "uptime", 6) == 0) ||
		    (klen == 5 && memcmp(p, "boots", 5) == 0)) {
			sb_addn(&cb, p, (size_t)(e - p) + 1);
			continue;
		}
		if (vlen >= sizeof(val))
			continue;	/* no line of ours is that long */
		memcpy(val, sp + 1, vlen);
		val[vlen] = '\0';
		if (klen == 2 && memcmp(p, "id", 2) == 0) {
			if (!(seen & 1U << NSLOTS))
				memcpy(f->prev_id, val, vlen + 1);
			seen |= 1U << NSLOTS;
			continue;
		}
		if (klen == 2 && memcmp(p, "hc", 2) == 0) {
			if (!(seen & 1U << (NSLOTS + 1)) &&
			    (strcmp(val, "0") == 0 || strcmp(val, "1") == 0))
				hc = (uint64_t)(val[0] - '0');
			seen |= 1U << (NSLOTS + 1);
			continue;
		}
		for (s = 0; s < NSLOTS; s++) {
			if (strlen(slots[s].name) != klen ||
			    memcmp(p, slots[s].name, klen) != 0)
				continue;
			if (!(seen & 1U << s) && counter_parse(val,
			    &f->prev.bits[s], &f->prev.v[s]) < 0)
				return -1;
			seen |= 1U << s;
			break;
		}
	}
	if (cb.truncated || rate_clock_parse(clock, &f->prev.clock) !=
	    SNMP_OK || !(seen & 1U << NSLOTS) || hc > 1)
		return -1;
	f->prev.hc = (int)hc;
	return 0;
}

/* The packets of a direction between the samples (those counted). */
static int
packets(const int *has, const uint64_t *delta, int d, double *out)
{
	static const int in[] = { S_IN_UCAST, S_IN_MCAST, S_IN_BCAST,
	    S_IN_NUCAST };
	static const int outs[] = { S_OUT_UCAST, S_OUT_MCAST, S_OUT_BCAST,
	    S_OUT_NUCAST };
	const int *sl = d == D_IN ? in : outs;
	size_t i;

	if (!has[sl[0]])
		return -1;
	*out = 0;
	for (i = 0; i < 4; i++) {
		if (has[sl[i]])
			*out += (double)delta[sl[i]];
	}
	return 0;
}

/*
 * Rates between f->prev and f->cur: the interval from the agent's clock,
 * the identity and counter width checks, then each counter's delta.
 */
static void
rates(struct iface *f)
{
	static const int oct[NDIRS] = { S_IN_OCT, S_OUT_OCT };
	static const int err[NDIRS] = { S_IN_ERR, S_OUT_ERR };
	static const int disc[NDIRS] = { S_IN_DISC, S_OUT_DISC };
	char id[sizeof(f->prev_id)];
	uint64_t delta[NSLOTS];
	int has[NSLOTS], s, d, wrapped, m, sl;
	double secs, up, wall, pk, maxps;
	size_t n;

	memset(has, 0, sizeof(has));
	memset(delta, 0, sizeof(delta));
	if (!f->have_prev) {
		f->rate = RATE_FIRST;
		return;
	}
	identity(f, id, sizeof(id));
	if (strcmp(id, f->prev_id) != 0) {
		f->rate = RATE_RESET;
		snprintf(f->why, sizeof(f->why), "ifIndex %lu now names "
		    "another interface (its ifDescr, ifName or ifPhysAddress "
		    "changed)", (unsigned long)f->idx);
		return;
	}
	if (f->prev.hc != f->cur.hc) {
		f->rate = RATE_RESET;
		snprintf(f->why, sizeof(f->why), "the counters now come from "
		    "%s", f->cur.hc ? "ifXTable (64 bits)" :
		    "ifTable (32 bits)");
		return;
	}
	f->rate = rate_interval(&f->prev.clock, &f->cur.clock, &secs, f->why,
	    sizeof(f->why));
	if (f->rate != RATE_OK)
		return;
	/*
	 * An agent that restarted and has been up longer than the interval
	 * since: its clock advanced far less than ours (the sysUpTime check
	 * in rate_interval cannot see it).
	 */
	if (f->prev.clock.has_uptime && f->cur.clock.has_uptime) {
		up = secs;
		wall = (double)(f->cur.clock.wall_ms - f->prev.clock.wall_ms) /
		    1000;
		if (wall - up > WALL_SLACK_S + wall / 10) {
			f->rate = RATE_RESET;
			snprintf(f->why, sizeof(f->why), "the agent restarted "
			    "(its sysUpTime advanced %.0f s in %.0f s)", up,
			    wall);
			return;
		}
	}
	for (s = 0; s < NSLOTS; s++) {
		if (f->prev.bits[s] == 0 || f->cur.bits[s] == 0)
			continue;
		if (f->prev.bits[s] != f->cur.bits[s]) {
			f->rate = RATE_RESET;
			snprintf(f->why, sizeof(f->why), "%s changed from "
			    "%d to %d bits", slots[s].name, f->prev.bits[s],
			    f->cur.bits[s]);
			return;
		}
		/* a 32-bit wrap is plausible only below the line rate */
		maxps = (double)f->speed[slots[s].dir] / 8;
		if (rate_delta(f->prev.v[s], f->cur.v[s], f->cur.bits[s], secs,
		    maxps, &delta[s], &wrapped, f->why, sizeof(f->why)) !=
		    RATE_OK) {
			f->rate = RATE_RESET;
			snprintf(id, sizeof(id), "%s: %s", slots[s].name,
			    f->why);
			n = strlen(id) < sizeof(f->why) ? strlen(id) :
			    sizeof(f->why) - 1;
			memcpy(f->why, id, n);
			f->why[n] = '\0';
			return;
		}
		has[s] = 1;
		f->wrapped |= wrapped;
	}
	f->secs = secs;
	for (d = 0; d < NDIRS; d++) {
		if (has[oct[d]]) {
			f->has[M_TRAFFIC][d] = 1;
			f->val[M_TRAFFIC][d] = (double)delta[oct[d]] * 8 / secs;
			if (f->speed[d] > 0) {
				f->has_pct[M_TRAFFIC][d] = 1;
				f->pct[M_TRAFFIC][d] = f->val[M_TRAFFIC][d] *
				    100 / (double)f->speed[d];
			}
		}
		for (m = M_ERRORS; m <= M_DISCARDS; m++) {
			sl = m == M_ERRORS ? err[d] : disc[d];
			if (!has[sl])
				continue;
			f->has[m][d] = 1;
			f->val[m][d] = (double)delta[sl] / secs;
			if (packets(has, delta, d, &pk) == 0) {
				f->has_pct[m][d] = 1;
				/* none arrived: all that did were bad */
				f->pct[m][d] = pk > 0 ? (double)delta[sl] *
				    100 / pk : delta[sl] > 0 ? 100 : 0;
			}
		}
	}
}

/* Status of an interface from ifAdminStatus and ifOperStatus. */
static int
status_state(const struct ctx *c, struct iface *f)
{
	if (f->admin == 0 || f->oper == 0)
		return STATE_UNKNOWN;
	if (f->admin == 2) {
		if (c->admin_down == ADMIN_IGNORE) {
			f->ignored = 1;
			return STATE_OK;
		}
		return c->admin_down;
	}
	return c->oper_map[f->oper];
}

static int
limit_alert(const struct limit *l, double v)
{
	struct num n;

	num_from_double(&n, v);
	return range_alert(&l->r, &n);
}

/* Thresholds of one metric and direction. */
static int
metric_state(const struct ctx *c, struct iface *f, int m, int d)
{
	const struct limit *l;
	int w, st = STATE_OK, k;

	for (w = CRIT; w >= WARN; w--) {
		l = limit_of(c, m, d, w);
		if (!l->given)
			continue;
		if (!f->has[m][d]) {
			snprintf(f->mwhy[m][d], sizeof(f->mwhy[m][d]), "no %s "
			    "%s counter", dir_name[d], metric_name[m]);
			return STATE_UNKNOWN;
		}
		if (l->kind == LIMIT_PCT && !f->has_pct[m][d]) {
			if (m == M_TRAFFIC) {
				f->pct_skipped = 1;
				continue;
			}
			snprintf(f->mwhy[m][d], sizeof(f->mwhy[m][d]), "no "
			    "packet counters for %s %% of packets",
			    metric_name[m]);
			return STATE_UNKNOWN;
		}
		k = limit_alert(l, l->kind == LIMIT_PCT ? f->pct[m][d] :
		    f->val[m][d]);
		if (k && st == STATE_OK)
			st = w == CRIT ? STATE_CRITICAL : STATE_WARNING;
	}
	return st;
}

static void
evaluate(const struct ctx *c, struct iface *f, int counters)
{
	int m, d;

	f->status_state = status_state(c, f);
	f->state = f->status_state;
	if (f->ignored || !counters)
		return;
	if (f->cur.bits[S_IN_OCT] == 0 || f->cur.bits[S_OUT_OCT] == 0) {
		/* no octet counters at all: a value we did not get */
		f->state = state_worst(f->state, STATE_UNKNOWN);
		return;
	}
	if (f->rate != RATE_OK)
		return;
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			f->mstate[m][d] = metric_state(c, f, m, d);
			f->state = state_worst(f->state, f->mstate[m][d]);
		}
}

static void
status_text(struct strbuf *sb, const struct iface *f)
{
	if (f->admin == 0 || f->oper == 0) {
		sb_printf(sb, "%s missing or invalid", f->admin == 0 ?
		    "ifAdminStatus" : "ifOperStatus");
		return;
	}
	if (f->admin == 2) {
		sb_add(sb, "admin down");
		if (f->ignored)
			sb_add(sb, " (ignored)");
		return;
	}
	sb_add(sb, oper_names[f->oper]);
	if (f->admin == 3)
		sb_add(sb, " (admin testing)");
}

/* "in 114 Mb/s (11.4%)" and the like for metric m, direction d. */
static void
metric_text(struct strbuf *sb, const struct iface *f, int m, int d)
{
	char a[32], b[32];

	sb_add(sb, dir_name[d]);
	sb_add(sb, " ");
	if (m == M_TRAFFIC)
		fmt_bps(a, sizeof(a), f->val[m][d]);
	else {
		sb_add(sb, metric_name[m]);
		sb_add(sb, " ");
		fmt_small(a, sizeof(a), f->val[m][d]);
	}
	sb_add(sb, a);
	if (m != M_TRAFFIC)
		sb_add(sb, "/s");
	if (f->has_pct[m][d]) {
		fmt_small(b, sizeof(b), f->pct[m][d]);
		sb_add(sb, " (");
		sb_add(sb, b);
		sb_add(sb, "%)");
	}
}

/* Why there is no rate this time. */
static void
rate_note(struct strbuf *sb, const struct iface *f)
{
	switch (f->rate) {
	case RATE_FIRST:
		sb_printf(sb, "collecting data (%s), rates from the next run",
		    f->why);
		break;
	case RATE_TOO_SOON:
		sb_printf(sb, "no rate yet: %s", f->why);
		break;
	case RATE_RESET:
		sb_printf(sb, "counters reset: %s; no rate this time", f->why);
		break;
	}
}

/* The interface's line for the long output (all), or its problems. */
static void
iface_text(struct strbuf *sb, const struct iface *f, int counters,
    int problems)
{
	size_t start = sb->len;
	int m, d, quiet = 1;

	if (!problems || f->status_state != STATE_OK)
		status_text(sb, f);
	if (f->ignored || !counters)
		return;
	if (f->cur.bits[S_IN_OCT] == 0 || f->cur.bits[S_OUT_OCT] == 0) {
		sb_printf(sb, "%sno octet counters (ifInOctets/ifOutOctets "
		    "missing)", sb->len > start ? ", " : "");
		return;
	}
	if (f->rate != RATE_OK) {
		if (!problems) {
			sb_add(sb, ", ");
			rate_note(sb, f);
		}
		return;
	}
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			if (m != M_TRAFFIC && f->has[m][d] && f->val[m][d] > 0)
				quiet = 0;
		}
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			/* problems: the alerts; else traffic, errors seen */
			if (problems ? f->mstate[m][d] == STATE_OK :
			    m != M_TRAFFIC && f->mstate[m][d] == STATE_OK &&
			    (!f->has[m][d] || f->val[m][d] == 0))
				continue;
			if (sb->len > start)
				sb_add(sb, ", ");
			if (f->mwhy[m][d][0] != '\0')
				sb_add(sb, f->mwhy[m][d]);
			else if (f->has[m][d])
				metric_text(sb, f, m, d);
			else
				sb_printf(sb, "%s %s n/a", dir_name[d],
				    metric_name[m]);
		}
	if (!problems && quiet && (f->has[M_ERRORS][D_IN] ||
	    f->has[M_ERRORS][D_OUT]))
		sb_add(sb, ", no errors or discards");
	if (!problems && f->pct_skipped)
		sb_add(sb, " (speed unknown: % thresholds not applied, see "
		    "--speed)");
}

/* A range scaled by factor, as perfdata text (% of speed -> bits/s). */
static void
range_scaled(const struct range *r, double factor, char *out, size_t cap)
{
	struct strbuf sb;
	struct num n;
	char a[NUM_TEXT_MAX], b[NUM_TEXT_MAX];

	a[0] = b[0] = '\0';
	if (r->has_start) {
		num_from_double(&n, num_to_double(&r->start) * factor);
		num_format(&n, a, sizeof(a));
	}
	if (r->has_end) {
		num_from_double(&n, num_to_double(&r->end) * factor);
		num_format(&n, b, sizeof(b));
	}
	sb_init(&sb, out, cap);
	if (r->inside)
		sb_add(&sb, "@");
	if (r->has_start && r->has_end && num_cmp(&r->start, &r->end) <= 0 &&
	    num_to_double(&r->start) == 0 && !r->inside)
		sb_add(&sb, b);
	else if (r->has_start && r->has_end)
		sb_printf(&sb, "%s:%s", a, b);
	else if (r->has_start)
		sb_printf(&sb, "%s:", a);
	else
		sb_printf(&sb, "~:%s", b);
}

/* Perfdata thresholds for a value of kind `kind' (ABS or PCT). */
static void
perf_th(const struct ctx *c, const struct iface *f, int m, int d, int kind,
    struct threshold *t)
{
	const struct limit *l;
	char *txt;
	int w;

	memset(t, 0, sizeof(*t));
	for (w = WARN; w <= CRIT; w++) {
		l = limit_of(c, m, d, w);
		if (!l->given)
			continue;
		txt = w == WARN ? t->warn.text : t->crit.text;
		if (l->kind == kind)
			snprintf(txt, RANGE_TEXT_MAX, "%s", l->r.text);
		else if (m == M_TRAFFIC && f->speed[d] > 0)
			range_scaled(&l->r, kind == LIMIT_ABS ?
			    (double)f->speed[d] / 100 :
			    100 / (double)f->speed[d], txt, RANGE_TEXT_MAX);
		else
			continue;
		if (w == WARN)
			t->has_warn = 1;
		else
			t->has_crit = 1;
	}
}

static void
perf_double(struct output *o, const char *label, double v, int decimals,
    const char *uom, const struct threshold *t, const struct num *min,
    const struct num *max)
{
	char buf[NUM_TEXT_MAX];

	num_fixed(buf, sizeof(buf), v, decimals, 1);
	output_perf_text(o, label, buf, uom, t, min, max);
}

/* "label_dir_what" for perfdata (no stdio: 5,000 of them on a big switch) */
static void
perf_label(char *buf, size_t cap, const char *label, const char *dir,
    const char *what)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	sb_add(&sb, label);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, dir);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, what);
}

/* One interface's perfdata into o (a scratch output). */
static void
perf(const struct ctx *c, const struct iface *f, struct output *o)
{
	static const int oct[NDIRS] = { S_IN_OCT, S_OUT_OCT };
	static const char *const ms[NMETRICS] = { "bps", "errors_ps",
	    "discards_ps" };
	struct threshold t;
	struct num zero, max, hundred;
	char label[TEXT_MAX + 64];
	int d, m;

	num_from_uint(&zero, 0);
	num_from_uint(&hundred, 100);
	for (d = 0; d < NDIRS; d++) {
		if (!f->has[M_TRAFFIC][d])
			continue;
		num_from_uint(&max, f->speed[d]);
		perf_th(c, f, M_TRAFFIC, d, LIMIT_ABS, &t);
		perf_label(label, sizeof(label), f->label, dir_name[d], "bps");
		perf_double(o, label, f->val[M_TRAFFIC][d], 2, "", &t, &zero,
		    f->speed[d] > 0 ? &max : NULL);
	}
	for (d = 0; d < NDIRS; d++) {
		if (!f->has_pct[M_TRAFFIC][d])
			continue;
		perf_th(c, f, M_TRAFFIC, d, LIMIT_PCT, &t);
		perf_label(label, sizeof(label), f->label, dir_name[d], "util");
		perf_double(o, label, f->pct[M_TRAFFIC][d], 2, "%", &t, &zero,
		    &hundred);
	}
	for (m = M_ERRORS; m <= M_DISCARDS; m++)
		for (d = 0; d < NDIRS; d++) {
			if (!f->has[m][d])
				continue;
			perf_th(c, f, m, d, LIMIT_ABS, &t);
			perf_label(label, sizeof(label), f->label, dir_name[d],
			    ms[m]);
			perf_double(o, label, f->val[m][d], 4, "", &t, &zero,
			    NULL);
		}
	for (d = 0; d < NDIRS; d++) {
		if (f->cur.bits[oct[d]] == 0)
			continue;
		num_from_uint(&max, f->cur.v[oct[d]]);
		perf_label(label, sizeof(label), f->label, dir_name[d],
		    "octets");
		output_perf(o, label, &max, "c", NULL, &zero, NULL);
	}
}

/* By label, then by position in the array (the old pairwise order). */
static int
label_cmp(const void *a, const void *b)
{
	const struct iface *f = *(struct iface *const *)a;
	const struct iface *g = *(struct iface *const *)b;
	int r = strcmp(f->label, g->label);

	return r != 0 ? r : (f > g) - (f < g);
}

/*
 * Labels: ifName, else ifDescr, else the index.  Where several interfaces
 * share a label, each gets "#ifIndex" (sorted, so 500 interfaces cost a
 * few thousand comparisons, not 250,000).
 */
static void
set_labels(struct iface *ifs, size_t n)
{
	struct strbuf sb;
	struct iface *f, **ord;
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		sb_init(&sb, ifs[i].label, sizeof(ifs[i].label));
		if (ifs[i].name[0] != '\0')
			sb_add(&sb, ifs[i].name);
		else if (ifs[i].descr[0] != '\0')
			sb_add(&sb, ifs[i].descr);
		else {
			sb_add(&sb, "ifIndex ");
			sb_u64(&sb, ifs[i].idx);
		}
	}
	if (n < 2)
		return;
	if ((ord = calloc(n, sizeof(struct iface *))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++)
		ord[i] = &ifs[i];
	qsort(ord, n, sizeof(struct iface *), label_cmp);
	for (k = 0; k < n; k = i) {
		/* the group ord[k..i) shares one label */
		for (i = k + 1; i < n && strcmp(ord[k]->label,
		    ord[i]->label) == 0; i++)
			;
		for (j = k; i - k > 1 && j < i; j++) {
			f = ord[j];
			sb_init(&sb, f->label + strlen(f->label),
			    sizeof(f->label) - strlen(f->label));
			sb_addn(&sb, "#", 1);
			sb_u64(&sb, f->idx);
		}
	}
	free(ord);
}

/*
 * The state key: who is asked, as whom, for which interfaces; hashed by
 * store_open.  The label repeats it without the community or user.
 */
static void
open_state(struct store *st, const struct ctx *c,
    const struct snmp_opts *o, int64_t deadline)
{
	char key[4096], label[512];
	int rc;
	const char *host = o->walkfile != NULL && o->host == NULL ?
	    "walk-file" : o->host;
	struct strbuf kb, lb;

	sb_init(&kb, key, sizeof(key));
	sb_printf(&kb, "%zu:%s|%d|%d|", strlen(host), host, o->port,
	    o->version);
	if (o->version == SNMP_V3)
		sb_printf(&kb, "u%zu:%s|c%zu:%s|", strlen(o->user ? o->user :
		    ""), o->user ? o->user : "", strlen(o->context ?
		    o->context : ""), o->context ? o->context : "");
	else
		sb_printf(&kb, "c%zu:%s|", strlen(o->community),
		    o->community);
	sb_add(&kb, c->selection);
	/* a --32bit run's samples are not the 64-bit counters' */
	if (c->force32)
		sb_add(&kb, " 32bit");
	sb_init(&lb, label, sizeof(label));
	sb_printf(&lb, "%s:%d v%s %s", host, o->port, o->version == SNMP_V1 ?
	    "1" : o->version == SNMP_V3 ? "3" : "2c", c->selection);
	if (kb.truncated)
		die(STATE_UNKNOWN, "The selection is too long for a state file "
		    "key");
	if ((rc = store_open(st, store_dir(c->state_dir), PLUGIN_NAME, key,
	    kb.len, label, deadline)) != SNMP_OK)
		die(rc == SNMP_E_TIMEOUT ? o->timeout_state : STATE_UNKNOWN,
		    "Cannot keep samples for rates: %s; --sample and "
		    "--status-only need no state file", st->err);
}

static void
add_perf(struct output *out, const struct ctx *c, const struct iface *f,
    struct output *scratch, size_t *dropped)
{
	output_init(scratch);
	perf(c, f, scratch);
	if (scratch->perf.len == 0)
		return;
	/* whole items only: a cut one would corrupt the perfdata */
	if (scratch->perf.truncated || out->perf.len + scratch->perf.len + 2 >=
	    out->perf.cap) {
		(*dropped)++;
		return;
	}
	if (out->perf.len > 0)
		sb_add(&out->perf, " ");
	sb_add(&out->perf, scratch->perf.buf);
}

/*
 * "; collecting data (...)" when it concerns every interface checked,
 * else "; eth0 and 3 more: counters reset: ...".
 */
static void
summary_note(struct output *out, const struct iface *f, size_t count,
    size_t all)
{
	sb_add(&out->summary, "; ");
	if (count < all) {
		sb_add(&out->summary, f->label);
		if (count > 1)
			sb_printf(&out->summary, " and %zu more", count - 1);
		sb_add(&out->summary, ": ");
	}
	rate_note(&out->summary, f);
}

/*
 * The busiest interface: the highest % of its speed when every interface
 * with rates has a speed, else the highest bits/s (a % and a rate without
 * a speed cannot be compared).
 */
static const struct iface *
busiest(const struct iface *ifs, size_t n)
{
	const struct iface *best = NULL;
	double bv = -1, v;
	size_t i;
	int d, by_pct = 1;

	for (i = 0; i < n; i++) {
		if (ifs[i].ignored || ifs[i].rate != RATE_OK)
			continue;
		for (d = 0; d < NDIRS; d++) {
			if (ifs[i].has[M_TRAFFIC][d] &&
			    !ifs[i].has_pct[M_TRAFFIC][d])
				by_pct = 0;
		}
	}
	for (i = 0; i < n; i++) {
		if (ifs[i].ignored || ifs[i].rate != RATE_OK)
			continue;
		for (d = 0; d < NDIRS; d++) {
			if (!ifs[i].has[M_TRAFFIC][d])
				continue;
			v = by_pct ? ifs[i].pct[M_TRAFFIC][d] :
			    ifs[i].val[M_TRAFFIC][d];
			if (v > bv) {
				best = &ifs[i];
				bv = v;
			}
		}
	}
	return best;
}

static void
report(const struct ctx *c, struct iface *ifs, size_t n, int counters,
    struct output *out, int verbose)
{
	struct output *scratch;
	struct strbuf sb;
	const struct iface *top;
	char line[4096];
	size_t i, nchk = 0, nup = 0, nign = 0, nprob = 0, nfirst = 0;
	size_t nreset = 0, dropped = 0;
	const struct iface *firstf = NULL, *resetf = NULL;
	int d, want;

	if ((scratch = malloc(sizeof(*scratch))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		struct iface *f = &ifs[i];

		output_state(out, f->state);
		sb_init(&sb, line, sizeof(line));
		iface_text(&sb, f, counters, 0);
		sb_printf(&out->longout, "[%s] %s (ifIndex %lu", state_name(
		    f->state), f->label, (unsigned long)f->idx);
		if (f->alias[0] != '\0')
			sb_printf(&out->longout, ", alias '%s'", f->alias);
		sb_printf(&out->longout, "): %s\n", line);
		if (verbose >= 1 && counters && !f->ignored) {
			sb_printf(&out->longout, "  counters from %s, speed ",
			    f->cur.hc ? "ifXTable (64 bits)" :
			    "ifTable (32 bits)");
			for (d = 0; d < NDIRS; d++) {
				fmt_speed(line, sizeof(line), f->speed[d]);
				sb_printf(&out->longout, "%s %s%s", dir_name[d],
				    line, d == D_IN ? ", " : "");
			}
			if (f->rate == RATE_OK)
				sb_printf(&out->longout, ", interval %.2f s "
				    "(%s clock)%s", f->secs,
				    f->cur.clock.has_uptime &&
				    f->prev.clock.has_uptime ? "the agent's" :
				    "this host's", f->wrapped ? ", a Counter32 "
				    "wrapped" : "");
			sb_add(&out->longout, "\n");
		}
		if (f->ignored) {
			nign++;
			continue;
		}
		nchk++;
		want = c->expect_down ? f->oper != OPER_UP : f->oper == OPER_UP;
		if (want)
			nup++;
		if (f->state != STATE_OK)
			nprob++;
		if (counters && f->cur.bits[S_IN_OCT] != 0 &&
		    f->cur.bits[S_OUT_OCT] != 0) {
			if (f->rate == RATE_FIRST || f->rate == RATE_TOO_SOON) {
				if (nfirst++ == 0)
					firstf = f;
			} else if (f->rate == RATE_RESET) {
				if (nreset++ == 0)
					resetf = f;
			}
		}
		add_perf(out, c, f, scratch, &dropped);
	}
	free(scratch);
	if (nfirst > 0)
		output_state(out, c->first_state);
	if (nreset > 0)
		output_state(out, c->reset_state);
	if (nchk == 0) {
		sb_printf(&out->summary, "No interface to check: %zu admin "
		    "down (ignored)", nign);
		return;
	}
	/* one interface: its whole line; several: counts, problems */
	if (nchk == 1 && nign == 0) {
		for (i = 0; ifs[i].ignored; i++)
			;
		sb_printf(&out->summary, "%s ", ifs[i].label);
		iface_text(&out->summary, &ifs[i], counters, 0);
	} else {
		sb_printf(&out->summary, "%zu of %zu %s", nup, nchk,
		    c->expect_down ? "down" : "up");
		if (nign > 0)
			sb_printf(&out->summary, " (%zu admin down, ignored)",
			    nign);
		for (i = 0; i < n; i++) {
			if (ifs[i].ignored || ifs[i].state == STATE_OK)
				continue;
			sb_printf(&out->summary, "; %s ", ifs[i].label);
			iface_text(&out->summary, &ifs[i], counters, 1);
		}
		if (nprob == 0 && (top = busiest(ifs, n)) != NULL) {
			sb_printf(&out->summary, "; busiest %s ", top->label);
			for (d = 0; d < NDIRS; d++) {
				if (!top->has[M_TRAFFIC][d])
					continue;
				if (d == D_OUT && top->has[M_TRAFFIC][D_IN])
					sb_add(&out->summary, ", ");
				metric_text(&out->summary, top, M_TRAFFIC, d);
			}
		}
		if (nfirst > 0)
			summary_note(out, firstf, nfirst, nchk);
		if (nreset > 0)
			summary_note(out, resetf, nreset, nchk);
	}
	if (dropped > 0)
		sb_printf(&out->longout, "perfdata of %zu interface%s left out: "
		    "the perfdata buffer is full\n", dropped, dropped == 1 ?
		    "" : "s");
}

/* The interfaces of --index, or those the selection walk finds. */
static struct iface *
select_ifaces(struct session *s, const struct snmp_opts *o, struct ctx *c,
    size_t *n, size_t *total, int *name_from_descr)
{
	struct iface *ifs = NULL;
	size_t i, k, cap = 0;

	*n = 0;
	*name_from_descr = 0;
	if (c->nidx == 0)
		return select_walk(s, o, c, n, total, name_from_descr);
	/* an index selection needs no walk: the GET tells what exists */
	for (i = 0; i < c->nidx; i++) {
		for (k = 0; k < *n && ifs[k].idx != c->idx[i]; k++)
			;
		if (k == *n)
			add_iface(&ifs, n, &cap, c->idx[i]);
	}
	*total = *n;
	return ifs;
}

/*
 * Open and lock the state file (before the GET, so that concurrent runs
 * store their samples in the order they took them) and find each
 * interface's previous sample.
 */
static void
state_load(struct store *st, const struct ctx *c,
    const struct snmp_opts *o, int64_t deadline, struct iface *ifs,
    size_t n)
{
	static char prev[STATE_BUF];
	size_t i, len;

	open_state(st, c, o, deadline);
	if (store_read(st, prev, sizeof(prev), &len) != SNMP_OK)
		prev[0] = '\0';
	for (i = 0; i < n; i++) {
		ifs[i].have_prev = prev[0] != '\0' &&
		    sample_parse(prev, &ifs[i]) == 0;
		if (!ifs[i].have_prev)
			snprintf(ifs[i].why, sizeof(ifs[i].why), "%s",
			    prev[0] == '\0' ? st->err :
			    "no previous sample of this interface");
		else if (!ifs[i].prev.hc)
			ifs[i].want_hc = 0;	/* no 64-bit probe each run */
	}
}

/* This run's samples, or the older one where it came too soon. */
static void
state_store(struct store *st, const struct iface *ifs, size_t n)
{
	static char data[STATE_BUF];
	struct strbuf sb;
	size_t i;

	sb_init(&sb, data, sizeof(data));
	for (i = 0; i < n; i++) {
		if (ifs[i].rate == RATE_TOO_SOON) {
			sb_add(&sb, "iface ");
			sb_u64(&sb, ifs[i].idx);
			sb_addn(&sb, "\n", 1);
			sb_addn(&sb, ifs[i].prev_text, ifs[i].prev_len);
		} else
			sample_format(&sb, &ifs[i]);
	}
	if (sb.truncated)
		die(STATE_UNKNOWN, "Too many interfaces for one state file "
		    "(%zu)", n);
	if (store_write(st, data, sb.len) != SNMP_OK)
		die(STATE_UNKNOWN, "Cannot keep samples for rates: %s",
		    st->err);
	store_close(st);
}

/*
 * --sample: this sample becomes the previous one, then another, SECONDS
 * later.  The wait is cut short when the second sample would not fit in
 * -t (the first one took long): the rate then spans a shorter interval,
 * measured like any other; under RATE_MIN_INTERVAL there is no room left.
 */
static void
sample_again(struct session *s, const struct snmp_opts *o, long secs,
    int64_t started, int64_t deadline, struct iface *ifs,
    struct iface **lst, size_t n)
{
	int64_t now = snmp_now_ms(), took = now - started, wait;
	struct timespec ts;
	size_t i;

	/* room for a second sample as slow as the first, and a margin */
	wait = deadline - now - took - took / 2 - 100;
	if (wait > secs * 1000)
		wait = secs * 1000;
	if (wait < (int64_t)(RATE_MIN_INTERVAL * 1000))
		die(o->timeout_state, "No time left for the second sample of "
		    "--sample %ld within -t %.1f s: the first took %.2f s; "
		    "raise -t", secs, (double)o->timeout_ms / 1000,
		    (double)took / 1000);
	for (i = 0; i < n; i++) {
		ifs[i].prev = ifs[i].cur;
		identity(&ifs[i], ifs[i].prev_id, sizeof(ifs[i].prev_id));
		ifs[i].have_prev = 1;
	}
	ts.tv_sec = (time_t)(wait / 1000);
	ts.tv_nsec = (long)(wait % 1000) * 1000000;
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
	fetch(s, o, lst, n, 0, 1);
}

/*
 * Drop the interfaces the agent does not have (listed in missing) and,
 * for --index, those the other criteria leave out; the number kept.  An
 * interface the walk selected whose name or type, read again by the GET,
 * no longer matches was renumbered or renamed while the check ran: listed
 * in changed, never reported under a selection it does not meet.
 */
static size_t
keep_selected(const struct ctx *c, struct iface *ifs, size_t n,
    struct strbuf *missing, struct strbuf *changed)
{
	const char *now;
	size_t i, k;

	for (i = k = 0; i < n; i++) {
		if (!ifs[i].exists) {
			sb_printf(missing, "%s%lu", missing->len ? ", " : "",
			    (unsigned long)ifs[i].idx);
			continue;
		}
		if (!type_selected(c, ifs[i].type) ||
		    !text_selected(c, &ifs[i])) {
			if (c->nidx == 0) {
				now = ifs[i].name[0] != '\0' ? ifs[i].name :
				    ifs[i].descr;
				sb_printf(changed, "%sifIndex %lu now '",
				    changed->len ? ", " : "",
				    (unsigned long)ifs[i].idx);
				output_put_text(changed,
				    (const unsigned char *)now, strlen(now));
				sb_add(changed, "'");
			}
			continue;
		}
		if (k != i)
			ifs[k] = ifs[i];
		k++;
	}
	return k;
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct plugin_info pi = {
		PLUGIN_NAME,
		"Check network interfaces: status, traffic, errors and "
		"discards from IF-MIB ifTable and ifXTable.",
		"-H HOST [--index N | -n NAME | -r REGEX] [-E REGEX] [-T TYPE] "
		"[-w RANGE] [-c RANGE] [options]",
		if_opts, notes, handle, &c, SERVICE
	};
	struct snmp_opts o;
	struct session *s;
	struct output *out;
	struct store st;
	struct iface *ifs = NULL, **lst = NULL;
	struct strbuf missing, changed;
	char mbuf[512], cbuf[1024];
	int64_t deadline, started;
	size_t n, total, i, nsel;
	int name_from_descr, use_state, counters;

	c.first_state = STATE_OK;
	c.reset_state = STATE_OK;
	c.nomatch_state = STATE_UNKNOWN;
	c.admin_down = ADMIN_IGNORE;
	plugin_options(&o, &pi, argc, argv);
	deadline = plugin_deadline(&o);
	started = snmp_now_ms();
	setup(&c, &o);
	counters = !c.status_only;
	use_state = counters && c.sample == 0;
	if ((out = malloc(sizeof(*out))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	s = plugin_session(&o, deadline);
	output_init(out);
	sb_init(&missing, mbuf, sizeof(mbuf));
	sb_init(&changed, cbuf, sizeof(cbuf));
	if (c.list) {
		list(s, &o, &c, out);
		goto done;
	}
	ifs = select_ifaces(s, &o, &c, &n, &total, &name_from_descr);
	if (n == 0) {
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "No interface matches the selection "
		    "(%zu interface%s, see --list)", total, total == 1 ? "" :
		    "s");
		goto done;
	}
	if ((lst = calloc(n, sizeof(struct iface *))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	for (i = 0; i < n; i++) {
		lst[i] = &ifs[i];
		ifs[i].want_hc = o.version != SNMP_V1 && !c.force32;
	}
	if (use_state)
		state_load(&st, &c, &o, deadline, ifs, n);
	if (counters)
		fetch_counters(s, &o, lst, n, 1);
	else
		fetch(s, &o, lst, n, 1, 0);
	if (counters && c.sample > 0)
		sample_again(s, &o, c.sample, started, deadline, ifs, lst, n);
	nsel = keep_selected(&c, ifs, n, &missing, &changed);
	set_labels(ifs, nsel);
	for (i = 0; i < nsel; i++) {
		set_speed(&c, &ifs[i]);
		if (counters)
			rates(&ifs[i]);
		evaluate(&c, &ifs[i], counters);
	}
	if (use_state)
		state_store(&st, ifs, nsel);
	if (nsel > 0)
		report(&c, ifs, nsel, counters, out, o.verbose);
	if (missing.len > 0 && c.nidx > 0) {
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "%s interface with ifIndex %s on %s "
		    "(see --list)", nsel > 0 ? "; no" : "No", mbuf,
		    session_peer(s));
	} else if (missing.len > 0) {
		/* the walk listed them, the GET found nothing */
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "%sifIndex %s gone since the walk: "
		    "the interface table changed during the check (see "
		    "--list)", out->summary.len > 0 ? "; " : "", mbuf);
	}
	if (changed.len > 0) {
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "%s%s: the interface table changed "
		    "during the check (see --list)", out->summary.len > 0 ?
		    "; " : "", cbuf);
	}
	if (missing.len == 0 && changed.len == 0 && nsel == 0) {
		output_state(out, c.nomatch_state);
		sb_printf(&out->summary, "No interface matches the selection "
		    "(%zu interface%s, see --list)", n, n == 1 ? "" : "s");
	}
	if (o.verbose >= 1 && name_from_descr)
		sb_add(&out->longout, "no ifName on the agent: names matched "
		    "against ifDescr\n");
	if (o.verbose >= 1 && o.walkfile == NULL)
		sb_printf(&out->longout, "%u request%s sent\n", session_requests(s),
		    session_requests(s) == 1 ? "" : "s");
done:
	session_free(s);
	free(lst);
	free(ifs);
	select_free(&c.sel);
	options_free(&o);
	plugin_exit(out, SERVICE);
}
