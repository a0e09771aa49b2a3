/* SPDX-License-Identifier: ISC */
/*
 * The clocks that say how long a host (HOST-RESOURCES-MIB hrSystemUptime,
 * RFC 2790 §4), its SNMP agent (SNMPv2-MIB sysUpTime, RFC 3418) or its
 * SNMP engine (SNMP-FRAMEWORK-MIB snmpEngineTime and snmpEngineBoots,
 * RFC 3411 §5) has been up, read in one GET and checked for type and
 * range; the TimeTicks wrap (32-bit hundredths of a second, RFC 2578
 * §7.1.8: every 497.1 days) undone with snmpEngineTime (seconds up to
 * 2^31-1, RFC 3414 §2.2.1) where it can be; uptimes, and ranges of them
 * in seconds with units, in words.
 */
#ifndef SYSCLOCK_H
#define SYSCLOCK_H

#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "num.h"
#include "session.h"
#include "strbuf.h"
#include "threshold.h"

/* The objects read, in request order: the TimeTicks first. */
enum sysclock_obj {
	SYSCLOCK_SYS,		/* sysUpTime.0 */
	SYSCLOCK_HR,		/* hrSystemUptime.0 */
	SYSCLOCK_ETIME,		/* snmpEngineTime.0 */
	SYSCLOCK_EBOOTS,	/* snmpEngineBoots.0 */
	SYSCLOCK_N,
	SYSCLOCK_AUTO = SYSCLOCK_N	/* the first clock there is */
};

/* One object as the agent answered it. */
struct sysclock {
	int		 have;		/* a usable value */
	int		 type;		/* the exception, for messages */
	uint64_t	 h;		/* TimeTicks: hundredths; engine: as is */
	char		 bad[128];	/* why a present value is unusable */
};

/*
 * The four objects into clk[SYSCLOCK_N]: SNMP_OK or the session's error.
 * A missing object is merely absent; one of another type or out of range
 * is a broken agent (bad says so).
 */
int	sysclock_read(struct session *, struct sysclock *clk);
/* --source's word ("auto", "hrsystem" ...) as enum sysclock_obj; -1. */
int	sysclock_source_parse(const char *);
/* The MIB object's name: "sysUpTime". */
const char *sysclock_name(int obj);
/* Whole seconds of a clock that has a value, as it reads. */
uint64_t sysclock_seconds(const struct sysclock *clk, int obj);
/*
 * The clock to report: source, or with SYSCLOCK_AUTO the first there is
 * of hrSystemUptime, sysUpTime, snmpEngineTime (*why then names the ones
 * missing: "; no hrSystemUptime"): its index (enum sysclock_obj).  A
 * broken clock is an error, not a reason to fall back: SNMP_E_INVAL
 * with what is wrong with it in err, as when there is none to report.
 */
int	sysclock_choose(const struct sysclock *clk, int source,
	    const char **why, char *err, size_t errlen);
/*
 * The seconds of obj (SYSCLOCK_SYS or SYSCLOCK_HR; snmpEngineTime as
 * is), TimeTicks wraps undone with snmpEngineTime where they can be; sb
 * gets a line on what was done, or a note on what could not be.
 */
uint64_t sysclock_unwrap(const struct sysclock *clk, int obj,
	    struct strbuf *sb);
/*
 * A line per clock the agent has: "hrSystemUptime.0: 23 days 04:51:07
 * (the host, since boot)".
 */
void	sysclock_lines(struct strbuf *, const struct sysclock *clk);
/*
 * "host up 23 days 04:51:07 (hrSystemUptime" and what was read beside it,
 * for obj read as secs.
 */
void	sysclock_summary(struct strbuf *, const struct sysclock *clk, int obj,
	    uint64_t secs);
/*
 * Object obj as --list shows it: "sysuptime sysUpTime.0 Timeticks 1234 =
 * 00:00:12.34: the SNMP agent's uptime, since it (re)started"; 1 if it
 * is a clock with a value.
 */
int	sysclock_list_row(struct strbuf *, const struct sysclock *clk, int obj);
/* "hrsystem sysuptime": the --source words of the clocks there are. */
void	sysclock_sources(struct strbuf *, const struct sysclock *clk);
/* Object obj as the members of a JSON row, as --list shows it. */
void	sysclock_json(struct json *, const struct sysclock *clk, int obj);
/*
 * A range in seconds, each number with an optional unit s, m, h, d or w,
 * into the critical half of th when crit, else the warning half; NULL
 * text leaves th alone.  SNMP_E_RANGE or SNMP_E_SYNTAX with "Invalid
 * warning range '...': ..." in err.
 */
int	sysclock_range(struct threshold *th, const char *text, int crit,
	    char *err, size_t errlen);
/* Why uptime v raised an alert for range r: "less than 15m". */
void	sysclock_alert_text(struct strbuf *, const struct range *r,
	    const struct num *v);
/* Seconds as "23 days 04:51:07", "1 day 00:00:00", "00:02:26". */
void	sysclock_duration(uint64_t s, char *, size_t);

#endif
