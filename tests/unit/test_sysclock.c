/* SPDX-License-Identifier: ISC */
/*
 * The uptime clocks: durations, the TimeTicks wrap undone with
 * snmpEngineTime (and when it is not), the clock chosen, ranges in
 * seconds with units and their alerts in words.
 */
#include <check.h>

#include "snmp.h"
#include "sysclock.h"
#include "testutil.h"

#define WRAP	4294967296ull		/* TimeTicks period, hundredths */

static const struct {
	uint64_t	 s;
	const char	*text;
} durations[] = {
	{ 0, "00:00:00" },
	{ 146, "00:02:26" },
	{ 86399, "23:59:59" },
	{ 86400, "1 day 00:00:00" },
	{ 2004667, "23 days 04:51:07" },
	{ 42949672, "497 days 02:27:52" }
};

START_TEST(duration)
{
	char buf[64];

	sysclock_duration(durations[_i].s, buf, sizeof(buf));
	ck_assert_str_eq(buf, durations[_i].text);
}
END_TEST

/* A clock set: the ticks of sysUpTime and hrSystemUptime, engine seconds. */
static void
clocks(struct sysclock *clk, uint64_t sys, uint64_t hr, int64_t etime)
{
	memset(clk, 0, SYSCLOCK_N * sizeof(*clk));
	clk[SYSCLOCK_SYS].have = 1;
	clk[SYSCLOCK_SYS].h = sys;
	clk[SYSCLOCK_HR].have = 1;
	clk[SYSCLOCK_HR].h = hr;
	clk[SYSCLOCK_ETIME].have = etime >= 0;
	clk[SYSCLOCK_ETIME].h = etime >= 0 ? (uint64_t)etime : 0;
}

static const struct {
	int		 obj;
	uint64_t	 ticks;		/* of obj */
	int64_t		 etime;		/* -1: none */
	uint64_t	 secs;
	const char	*line;		/* the long output begins so */
} unwraps[] = {
	{ SYSCLOCK_SYS, 12300, 123, 123, "" },
	{ SYSCLOCK_SYS, 100, 42949673, 42949673, "sysUpTime (00:00:01) "
	  "wrapped 1 time: corrected" },
	{ SYSCLOCK_SYS, 100, 80000000, 1, "note: snmpEngineTime" },
	{ SYSCLOCK_SYS, 100, -1, 1, "note: sysUpTime wraps" },
	{ SYSCLOCK_HR, 100, 43000000, 42949673, "hrSystemUptime (00:00:01) "
	  "is less than snmpEngineTime" },
	{ SYSCLOCK_HR, 500000, 10, 5000, "note: hrSystemUptime wraps" },
	{ SYSCLOCK_ETIME, 0, 777, 777, "" }
};

START_TEST(unwrap)
{
	struct sysclock clk[SYSCLOCK_N];
	struct strbuf sb;
	char buf[512];
	int obj = unwraps[_i].obj;

	clocks(clk, obj == SYSCLOCK_SYS ? unwraps[_i].ticks : 0,
	    obj == SYSCLOCK_HR ? unwraps[_i].ticks : 0, unwraps[_i].etime);
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_uint_eq(sysclock_unwrap(clk, obj, &sb), unwraps[_i].secs);
	ck_assert_msg(strncmp(buf, unwraps[_i].line,
	    strlen(unwraps[_i].line)) == 0, "%s", buf);
	if (unwraps[_i].line[0] == '\0')
		ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(choose)
{
	struct sysclock clk[SYSCLOCK_N];
	const char *why = NULL;
	char err[512];

	clocks(clk, 100, 200, 3);
	ck_assert_int_eq(sysclock_choose(clk, SYSCLOCK_AUTO, &why, err,
	    sizeof(err)), SYSCLOCK_HR);
	ck_assert_str_eq(why, "");
	clk[SYSCLOCK_HR].have = 0;
	ck_assert_int_eq(sysclock_choose(clk, SYSCLOCK_AUTO, &why, err,
	    sizeof(err)), SYSCLOCK_SYS);
	ck_assert_str_eq(why, "; no hrSystemUptime");
	/* a broken clock is an error, not a reason to fall back */
	snprintf(clk[SYSCLOCK_SYS].bad, sizeof(clk[0].bad), "broken");
	clk[SYSCLOCK_SYS].have = 0;
	ck_assert_int_eq(sysclock_choose(clk, SYSCLOCK_AUTO, &why, err,
	    sizeof(err)), SNMP_E_INVAL);
	ck_assert_str_eq(err, "broken");
	ck_assert_int_eq(sysclock_choose(clk, SYSCLOCK_ETIME, &why, err,
	    sizeof(err)), SYSCLOCK_ETIME);
	clk[SYSCLOCK_HR].type = VAL_NOSUCHOBJECT;
	ck_assert_int_eq(sysclock_choose(clk, SYSCLOCK_HR, &why, err,
	    sizeof(err)), SNMP_E_INVAL);
	ck_assert_msg(strncmp(err, "No hrSystemUptime.0 (", 21) == 0, "%s",
	    err);
}
END_TEST

START_TEST(source)
{
	ck_assert_int_eq(sysclock_source_parse("auto"), SYSCLOCK_AUTO);
	ck_assert_int_eq(sysclock_source_parse("HRsystem"), SYSCLOCK_HR);
	ck_assert_int_eq(sysclock_source_parse("sysuptime"), SYSCLOCK_SYS);
	ck_assert_int_eq(sysclock_source_parse("engine"), SYSCLOCK_ETIME);
	ck_assert_int_eq(sysclock_source_parse("boots"), -1);
	ck_assert_str_eq(sysclock_name(SYSCLOCK_ETIME), "snmpEngineTime");
}
END_TEST

static const struct {
	const char	*range;
	uint64_t	 v;
	const char	*text;		/* NULL: no alert; "": does not parse */
} alerts[] = {
	{ "15m:", 60, "less than 15m" },
	{ "15m:", 900, NULL },
	{ "365d", 31536001, "more than 365d" },
	{ "1.5h", 5401, "more than 1h30m" },
	{ "@1h:2h", 5400, "between 1h and 2h" },
	{ "@1d:", 90000, "at least 1d" },
	{ "@~:0.5s", 0, "at most 0.5s" },
	{ "@~:", 7, "any uptime" },
	{ "10:1m", 3, "less than 10s" },
	{ "5x", 0, "" },
	{ "", 0, "" }
};

START_TEST(alert)
{
	struct threshold th;
	struct strbuf sb;
	struct num v;
	char buf[128], err[256];
	int rc;

	memset(&th, 0, sizeof(th));
	rc = sysclock_range(&th, alerts[_i].range, 1, err, sizeof(err));
	if (alerts[_i].text != NULL && alerts[_i].text[0] == '\0') {
		ck_assert_int_ne(rc, SNMP_OK);
		ck_assert_int_eq(th.has_crit, 0);
		ck_assert_msg(strncmp(err, "Invalid critical range '", 24) ==
		    0, "%s", err);
		return;
	}
	ck_assert_int_eq(rc, SNMP_OK);
	ck_assert_int_eq(th.has_crit, 1);
	num_from_uint(&v, alerts[_i].v);
	ck_assert_int_eq(threshold_state(&th, &v), alerts[_i].text != NULL ?
	    2 : 0);
	if (alerts[_i].text == NULL)
		return;
	sb_init(&sb, buf, sizeof(buf));
	sysclock_alert_text(&sb, &th.crit, &v);
	ck_assert_str_eq(buf, alerts[_i].text);
}
END_TEST

START_TEST(list_row)
{
	static const char sys[] = "sysuptime sysUpTime.0 Timeticks 1234 = "
	    "00:00:12.34: the SNMP agent's uptime";
	struct sysclock clk[SYSCLOCK_N];
	struct strbuf sb;
	char buf[512];

	clocks(clk, 1234, 0, -1);
	clk[SYSCLOCK_HR].have = 0;
	clk[SYSCLOCK_HR].type = VAL_NOSUCHOBJECT;
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_int_eq(sysclock_list_row(&sb, clk, SYSCLOCK_SYS), 1);
	ck_assert_int_eq(sysclock_list_row(&sb, clk, SYSCLOCK_HR), 0);
	ck_assert_msg(strncmp(buf, sys, strlen(sys)) == 0, "%s", buf);
	ck_assert_msg(strstr(buf, "\nhrsystem hrSystemUptime.0 missing (")
	    != NULL, "%s", buf);
	sb_init(&sb, buf, sizeof(buf));
	sysclock_sources(&sb, clk);
	ck_assert_str_eq(buf, " sysuptime");
}
END_TEST

static Suite *
sysclock_suite(void)
{
	Suite *s = suite_create("sysclock");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, duration, 0,
	    (int)(sizeof(durations) / sizeof(durations[0])));
	tcase_add_loop_test(tc, unwrap, 0,
	    (int)(sizeof(unwraps) / sizeof(unwraps[0])));
	tcase_add_loop_test(tc, alert, 0,
	    (int)(sizeof(alerts) / sizeof(alerts[0])));
	tcase_add_test(tc, choose);
	tcase_add_test(tc, source);
	tcase_add_test(tc, list_row);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(sysclock_suite)
