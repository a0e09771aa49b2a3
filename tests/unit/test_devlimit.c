/* SPDX-License-Identifier: ISC */
/*
 * Device thresholds: which entSensorThresholdTable rows count, their
 * exact evaluation on the raw value, and the Nagios ranges and words they
 * become.  The sets are those of tests/data/cisco-catalyst.walk.md,
 * cisco-isr.walk.md and sensor-hostile.walk.md, worked out there by hand.
 */
#include <check.h>

#include "devlimit.h"
#include "state.h"
#include "testutil.h"

#define MAXROWS	5

/* A row: severity, relation, value; NOVALUE: the value is missing. */
#define NOVALUE	INT64_MIN
struct row {
	int		 sev;
	int		 rel;
	int64_t		 value;
};

static size_t
rows(struct devlimit *l, const struct row *r)
{
	size_t n;

	for (n = 0; n < MAXROWS && r[n].sev != 0; n++) {
		memset(&l[n], 0, sizeof(l[n]));
		l[n].sensor = 1011;
		l[n].index = (uint32_t)n + 1;
		l[n].severity = r[n].sev;
		l[n].relation = r[n].rel;
		l[n].has_value = r[n].value != NOVALUE;
		l[n].value = r[n].value;
		l[n].evaluation = -1;
		l[n].owned = 1;
		devlimit_check(&l[n]);
	}
	return n;
}

/* A set of rows on a sensor with exponent exp and unit. */
static const struct {
	struct row	 r[MAXROWS];
	int		 exp;
	const char	*unit;
	const char	*warn;
	const char	*crit;
	const char	*words;
} sets[] = {
	/* cisco-catalyst 1011, DOM temperature, precision 1 */
	{ { { 20, 4, 750 }, { 10, 4, 700 }, { 10, 2, 0 }, { 20, 2, -50 } },
	  -1, "C", "0.1:69.9", "-4.9:74.9",
	  "warning outside 0.1..69.9 C, critical outside -4.9..74.9 C" },
	/* 1013: milli amperes, precision 1 */
	{ { { 20, 4, 700 }, { 10, 4, 650 }, { 10, 2, 30 }, { 20, 2, 20 } },
	  -4, "A", "0.0031:0.0649", "0.0021:0.0699",
	  "warning outside 0.0031..0.0649 A, critical outside "
	  "0.0021..0.0699 A" },
	/* 1015: Rx power */
	{ { { 20, 4, 10 }, { 10, 4, -10 }, { 10, 2, -190 }, { 20, 2, -230 } },
	  -1, "dBm", "-18.9:-1.1", "-22.9:0.9",
	  "warning outside -18.9..-1.1 dBm, critical outside -22.9..0.9 dBm" },
	/* cisco-isr 1010: major and critical both critical, the earlier wins */
	{ { { 10, 4, 45 }, { 20, 4, 55 }, { 30, 4, 65 } }, 0, "C", "~:44",
	  "~:54", "warning above 44 C, critical above 54 C" },
	/* 1012: greaterThan is OK up to the value itself */
	{ { { 10, 4, 85 }, { 20, 3, 95 } }, 0, "C", "~:84", "~:95",
	  "warning above 84 C, critical above 95 C" },
	/* 1020: milli volts, lessThan and greaterThan */
	{ { { 10, 1, 11400 }, { 10, 3, 12600 }, { 20, 1, 10800 },
	    { 20, 3, 13200 } }, -3, "V", "11.400:12.600", "10.800:13.200",
	  "warning outside 11.400..12.600 V, critical outside 10.800..13.200 V" },
	/* 1040: a warning only */
	{ { { 10, 1, 2000 } }, 0, "rpm", "2000:", "",
	  "warning below 2000 rpm" },
	/* sensor-hostile 1001: four rows ignored */
	{ { { 10, 4, 40 }, { 5, 4, 30 }, { 20, 9, 30 }, { 20, 4, NOVALUE },
	    { 1, 4, 35 } }, 0, "C", "~:39", "", "warning above 39 C" },
	/* 1002: equalTo */
	{ { { 20, 5, 3 } }, 0, "", "", "@3:3", "critical at 3" },
	/* 1003: no single interval with the notEqualTo row */
	{ { { 10, 1, 4750 }, { 10, 3, 5250 }, { 10, 6, 5000 } }, -3, "V", "",
	  "", "warning below 4.750 or above 5.250 or other than 5.000 V" },
	/* notEqualTo alone */
	{ { { 10, 6, 1 } }, 0, "", "1:1", "", "warning other than 1" },
	/* bounds that cross */
	{ { { 20, 1, 13200 }, { 20, 3, 10800 } }, -3, "V", "", "",
	  "critical below 13.200 or above 10.800 V" },
	/* ENVMON's shutdown temperature */
	{ { { 30, 3, 60 } }, 0, "C", "", "~:60", "critical above 60 C" },
	/* lessOrEqual at the edge of int64 */
	{ { { 10, 2, INT64_MAX } }, 0, "", "", "",
	  "warning at or below 9223372036854775807" },
	/* nothing usable */
	{ { { 1, 4, 35 } }, 0, "C", "", "", "" }
};

START_TEST(ranges)
{
	struct devlimit l[MAXROWS];
	struct devlimit_ranges r;
	size_t n = rows(l, sets[_i].r);

	devlimit_ranges(l, n, sets[_i].exp, sets[_i].unit, &r);
	ck_assert_str_eq(r.warn, sets[_i].warn);
	ck_assert_str_eq(r.crit, sets[_i].crit);
	ck_assert_str_eq(r.words, sets[_i].words);
}
END_TEST

/* Raw values against sets[set]: the state the rows give. */
static const struct {
	size_t		 set;
	int64_t		 raw;
	int		 state;
} evals[] = {
	{ 2, -198, STATE_WARNING },	/* -198 <= -190, not <= -230 */
	{ 2, -230, STATE_CRITICAL },
	{ 2, -189, STATE_OK },
	{ 2, -11, STATE_OK },
	{ 2, -10, STATE_WARNING },
	{ 2, 10, STATE_CRITICAL },
	{ 0, 312, STATE_OK },
	{ 0, 700, STATE_WARNING },
	{ 0, 699, STATE_OK },
	{ 4, 95, STATE_WARNING },	/* > 95 is critical, 95 is not */
	{ 4, 96, STATE_CRITICAL },
	{ 7, 41, STATE_WARNING },	/* only the usable row counts */
	{ 8, 3, STATE_CRITICAL },
	{ 8, 4, STATE_OK },
	{ 9, 4990, STATE_WARNING },	/* != 5000 */
	{ 9, 5000, STATE_OK },
	{ 9, 4749, STATE_WARNING },
	{ 14, 100, STATE_OK }
};

START_TEST(evaluate)
{
	struct devlimit l[MAXROWS];
	size_t n = rows(l, sets[evals[_i].set].r);

	ck_assert_int_eq(devlimit_state(l, n, evals[_i].raw),
	    evals[_i].state);
}
END_TEST

START_TEST(check)
{
	struct devlimit l[MAXROWS];

	rows(l, sets[7].r);
	ck_assert_int_eq(l[0].state, STATE_WARNING);
	ck_assert_ptr_null(l[0].why);
	ck_assert_int_eq(l[1].state, -1);
	ck_assert_str_eq(l[1].why, "severity not defined by "
	    "CISCO-ENTITY-SENSOR-MIB");
	ck_assert_str_eq(l[2].why, "relation not defined by "
	    "CISCO-ENTITY-SENSOR-MIB");
	ck_assert_str_eq(l[3].why, "no entSensorThresholdValue");
	ck_assert_str_eq(l[4].why, "severity other(1) names no state");
	rows(l, sets[3].r);
	ck_assert_int_eq(l[1].state, STATE_CRITICAL);
	ck_assert_int_eq(l[2].state, STATE_CRITICAL);
}
END_TEST

START_TEST(text)
{
	struct devlimit l[MAXROWS];
	char buf[256];

	rows(l, sets[0].r);
	l[0].evaluation = 2;
	devlimit_text(&l[0], -1, buf, sizeof(buf));
	ck_assert_str_eq(buf, "1011.1 major greaterOrEqual 750 (75.0) "
	    "evaluation false");
	rows(l, sets[7].r);
	devlimit_text(&l[1], 0, buf, sizeof(buf));
	ck_assert_str_eq(buf, "1011.2 severity 5 greaterOrEqual 30 (30), "
	    "ignored: severity not defined by CISCO-ENTITY-SENSOR-MIB");
	devlimit_text(&l[3], 0, buf, sizeof(buf));
	ck_assert_str_eq(buf, "1011.4 major greaterOrEqual no value, "
	    "ignored: no entSensorThresholdValue");
	l[0].owned = 0;
	l[0].sensor = 4242;
	devlimit_text(&l[0], 0, buf, sizeof(buf));
	ck_assert_str_eq(buf, "4242.1 minor greaterOrEqual 40 (40), ignored: "
	    "sensor 4242 does not exist");
}
END_TEST

START_TEST(fires)
{
	static const int64_t raws[] = { -1, 0, 1 };
	static const int want[6][3] = {
		{ 1, 0, 0 }, { 1, 1, 0 }, { 0, 0, 1 }, { 0, 1, 1 },
		{ 0, 1, 0 }, { 1, 0, 1 }
	};
	struct devlimit l;
	int rel;
	size_t i;

	memset(&l, 0, sizeof(l));
	l.has_value = 1;
	for (rel = DL_LT; rel <= DL_NE; rel++) {
		l.relation = rel;
		for (i = 0; i < 3; i++)
			ck_assert_int_eq(devlimit_fires(&l, raws[i]),
			    want[rel - 1][i]);
	}
}
END_TEST

static Suite *
devlimit_suite(void)
{
	Suite *s = suite_create("devlimit");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, ranges, 0, (int)(sizeof(sets) /
	    sizeof(sets[0])));
	tcase_add_loop_test(tc, evaluate, 0, (int)(sizeof(evals) /
	    sizeof(evals[0])));
	tcase_add_test(tc, check);
	tcase_add_test(tc, text);
	tcase_add_test(tc, fires);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(devlimit_suite)
