/* SPDX-License-Identifier: ISC */
/*
 * Ranges of the Nagios plugin guidelines, each form evaluated at and around
 * its edges, and the inputs monitoring-plugins 2.3.3 wrongly accepted.
 */
#include "snmp.h"
#include "testutil.h"
#include "threshold.h"

static const struct {
	const char	*range;
	const char	*value;
	int		 alert;
} eval[] = {
	{ "10", "-1", 1 }, { "10", "0", 0 }, { "10", "10", 0 },
	{ "10", "11", 1 }, { "10", "10.5", 1 },
	{ "10:", "9", 1 }, { "10:", "10", 0 },
	{ "10:", "18446744073709551615", 0 },
	{ "~:10", "-1000", 0 }, { "~:10", "11", 1 },
	{ "10:20", "9.99", 1 }, { "10:20", "15", 0 }, { "10:20", "20", 0 },
	{ "10:20", "21", 1 },
	{ "@10:20", "9", 0 }, { "@10:20", "10", 1 }, { "@10:20", "20", 1 },
	{ "@10:20", "21", 0 },
	{ "-5:-1", "-3", 0 }, { "-5:-1", "0", 1 },
	{ "0.5:1.5", "1", 0 }, { "0.5:1.5", "0.4", 1 },
	/* exact above 2^53 */
	{ "9007199254740992", "9007199254740993", 1 },
	{ "18446744073709551614", "18446744073709551615", 1 },
	{ "18446744073709551615:", "18446744073709551615", 0 },
	{ "~:", "5", 0 },
	{ "10:10", "10", 0 }, { "10:10", "11", 1 },
};

/*
 * What monitoring-plugins' utils_base (strtod) reads and check_snmp 2.3.3
 * was seen to do (-w :1 on 42 and on -5: WARNING; -w ~:1e3 on 42: OK):
 * an empty START is 0, exponents are numbers.  The text for perfdata is
 * rewritten without exponents.
 */
static const struct {
	const char	*range;
	const char	*value;
	int		 alert;
	const char	*text;
} compat[] = {
	{ ":1", "42", 1, "0:1" }, { ":1", "-5", 1, "0:1" },
	{ ":1", "0", 0, "0:1" }, { ":1", "1", 0, "0:1" },
	{ "@:1", "-5", 0, "@0:1" }, { "@:1", "1", 1, "@0:1" },
	{ ":", "-1", 1, "0:" }, { ":", "99", 0, "0:" },
	{ ":18446744073709551614", "18446744073709551614", 0,
	    "0:18446744073709551614" },
	{ ":18446744073709551614", "18446744073709551615", 1,
	    "0:18446744073709551614" },
	{ "~:1e3", "42", 0, "~:1000" }, { "~:1e3", "1001", 1, "~:1000" },
	{ "~:1e3", "-5", 0, "~:1000" },
	{ "1e1", "42", 1, "10" }, { "4.2e1", "42", 0, "42" },
	{ "1E1:", "9", 1, "10:" }, { "1.5e+1", "15", 0, "15" },
	{ "1e-1:1", "0.1", 0, "0.1:1" }, { "1e-1:1", "0.09", 1, "0.1:1" },
	{ "-1e2:1e2", "-100", 0, "-100:100" },
	{ "@2.5e-3:1", "0.0025", 1, "@0.0025:1" },
	{ "1.8446744073709551614e19", "18446744073709551615", 1,
	    "18446744073709551614" },
	{ "~:", "5", 0, "~:" },
};

START_TEST(test_compat)
{
	struct range r;
	struct num v;

	ck_assert_msg(range_parse(&r, compat[_i].range) == SNMP_OK, "%s",
	    compat[_i].range);
	ck_assert_int_eq(num_parse(&v, compat[_i].value), SNMP_OK);
	ck_assert_msg(range_alert(&r, &v) == compat[_i].alert, "%s with %s",
	    compat[_i].range, compat[_i].value);
	ck_assert_str_eq(r.text, compat[_i].text);
}
END_TEST

/* check_snmp 2.3.3 only: "50:10" alerts inside, as "@10:50". */
static const struct {
	const char	*range;
	int		 rc;
	const char	*text;
} swapped[] = {
	{ "50:10", SNMP_OK, "@10:50" }, { "10:20", SNMP_OK, "10:20" },
	{ "2e1:1e1", SNMP_OK, "@10:20" }, { "@50:10", SNMP_E_SYNTAX, NULL },
	{ "10:abc", SNMP_E_SYNTAX, NULL }, { "abc:10", SNMP_E_SYNTAX, NULL },
	{ "-1:-5", SNMP_OK, "@-5:-1" },
};

START_TEST(test_check_snmp)
{
	struct range r;
	struct num v;

	ck_assert_int_eq(range_parse(&r, "50:10"), SNMP_E_SYNTAX);
	ck_assert_int_eq(range_parse_check_snmp(&r, swapped[_i].range),
	    swapped[_i].rc);
	if (swapped[_i].rc != SNMP_OK)
		return;
	ck_assert_str_eq(r.text, swapped[_i].text);
	if (_i == 0) {
		num_from_int(&v, 42);
		ck_assert_int_eq(range_alert(&r, &v), 1);
		num_from_int(&v, 51);
		ck_assert_int_eq(range_alert(&r, &v), 0);
	}
}
END_TEST

START_TEST(test_eval)
{
	struct range r;
	struct num v;

	ck_assert_int_eq(range_parse(&r, eval[_i].range), SNMP_OK);
	ck_assert_int_eq(num_parse(&v, eval[_i].value), SNMP_OK);
	ck_assert_msg(range_alert(&r, &v) == eval[_i].alert, "%s with %s",
	    eval[_i].range, eval[_i].value);
	ck_assert_str_eq(r.text, eval[_i].range);
}
END_TEST

static const char *const bad[] = {
	"", "10:abc", "abc", "10:20:30", "20:10", "@", "e3", "1e", "1e+",
	"1ee3", "1e3.5", ".e3", "1.2.3e1", "1e3:1", "10 ", " 10", "~", "@~",
	"10,20", "0x10", "--5", "inf", "nan",
	"1234567890123456789012345678901234567890123456789012345678901234567890",
};

START_TEST(test_bad)
{
	struct range r;

	ck_assert_msg(range_parse(&r, bad[_i]) == SNMP_E_SYNTAX, "accepted '%s'",
	    bad[_i]);
	ck_assert_int_eq(range_parse(&r, "1e400"), SNMP_E_RANGE);
	ck_assert_int_eq(range_parse(&r, "1e-400"), SNMP_E_RANGE);
	/* the exponent alone overflows a long when added */
	ck_assert_int_eq(range_parse(&r, "9e9223372036854775807"), SNMP_E_RANGE);
	ck_assert_int_eq(range_parse(&r, "-92E4744444444562000688"), SNMP_E_RANGE);
	/* 0. and 38 zeros and 10 digits: longer than a plain form may be */
	ck_assert_int_eq(range_parse(&r, "8608948781e-48"), SNMP_E_RANGE);
	ck_assert_int_eq(range_parse(&r, "8608948781e-28"), SNMP_OK);
}
END_TEST

START_TEST(test_state)
{
	struct threshold t;
	struct num v;

	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(range_parse(&t.warn, "80"), SNMP_OK);
	ck_assert_int_eq(range_parse(&t.crit, "90"), SNMP_OK);
	t.has_warn = t.has_crit = 1;
	num_from_int(&v, 50);
	ck_assert_int_eq(threshold_state(&t, &v), 0);
	num_from_int(&v, 85);
	ck_assert_int_eq(threshold_state(&t, &v), 1);
	num_from_int(&v, 95);
	ck_assert_int_eq(threshold_state(&t, &v), 2);
	t.has_warn = 0;
	num_from_int(&v, 85);
	ck_assert_int_eq(threshold_state(&t, &v), 0);
}
END_TEST


/* Ranges with units: converted to the base unit, text rewritten. */
static const struct {
	const char	*in;
	int		 seconds;	/* units_seconds, else units_bytes */
	int		 rc;
	const char	*text;
	unsigned	 used;
} units[] = {
	{ "10GB:", 0, SNMP_OK, "10737418240:", 1u << 8 },
	{ "10gb:", 0, SNMP_OK, "10737418240:", 1u << 8 },
	{ "1.5G", 0, SNMP_OK, "1610612736", 1u << 7 },
	{ "~:500MiB", 0, SNMP_OK, "~:524288000", 1u << 6 },
	{ "@1K:2KB", 0, SNMP_OK, "@1024:2048", 1u << 1 | 1u << 2 },
	{ "100", 0, SNMP_OK, "100", 0 },
	{ "2TiB:3T", 0, SNMP_OK, "2199023255552:3298534883328",
	    1u << 12 | 1u << 10 },
	{ "16384P", 0, SNMP_E_RANGE, NULL, 0 },
	{ "10XB", 0, SNMP_E_SYNTAX, NULL, 0 },
	{ "10%", 0, SNMP_E_SYNTAX, NULL, 0 },
	{ "GB", 0, SNMP_E_SYNTAX, NULL, 0 },
	{ "1:2:3", 0, SNMP_E_SYNTAX, NULL, 0 },
	{ "15m:", 1, SNMP_OK, "900:", 1u << 2 },
	{ "5min:", 1, SNMP_OK, "300:", 1u << 3 },
	{ "1d:1w", 1, SNMP_OK, "86400:604800", 1u << 5 | 1u << 6 },
	{ "2h", 1, SNMP_OK, "7200", 1u << 4 },
	{ "3y", 1, SNMP_E_SYNTAX, NULL, 0 },
	{ "2d:1h", 1, SNMP_E_SYNTAX, NULL, 0 },
	{ "1e1GB", 0, SNMP_OK, "10737418240", 1u << 8 },
	{ ":1h", 1, SNMP_OK, "0:3600", 1u << 4 },
};

START_TEST(test_units)
{
	struct range r;
	unsigned used = 0;
	int rc;

	rc = range_parse_units(&r, units[_i].in, units[_i].seconds ?
	    units_seconds : units_bytes, &used);
	ck_assert_msg(rc == units[_i].rc, "%s: rc %d, expected %d",
	    units[_i].in, rc, units[_i].rc);
	if (rc != SNMP_OK)
		return;
	ck_assert_str_eq(r.text, units[_i].text);
	ck_assert_uint_eq(used, units[_i].used);
}
END_TEST

/*
 * Issue 18: a range refused because its start is above its end says so;
 * any other refusal leaves the reason to the grammar.
 */
static const struct {
	const char	*in;
	int		 units;		/* 0 none, 1 seconds, 2 bytes */
	int		 reversed;
} whys[] = {
	{ "10:5", 0, 1 },
	{ "20:10", 0, 1 },
	{ "@10:5", 0, 1 },
	{ "-1:-2", 0, 1 },
	{ "18446744073709551615:1", 0, 1 },
	{ "2d:1h", 1, 1 },
	{ "2GB:1GB", 2, 1 },
	{ "90%:80%", 2, 1 },
	{ "5:10", 0, 0 },
	{ "10:abc", 0, 0 },
	{ "abc:10", 0, 0 },
	{ "~:5", 0, 0 },
	{ "10:", 0, 0 },
	{ "10", 0, 0 },
	{ ":5", 0, 0 },
	{ "1:2:3", 0, 0 },
	{ "3:2:1", 0, 0 },
	{ "@", 0, 0 },
	{ "", 0, 0 },
	{ "2x:1x", 1, 0 },
	{ "2d:1h", 0, 0 },
	{ "99999999999999999999999999999999999999999999999999999999999999:1",
	    0, 0 },
};

START_TEST(test_why)
{
	const struct unit *u = whys[_i].units == 1 ? units_seconds :
	    whys[_i].units == 2 ? units_bytes : NULL;

	ck_assert_str_eq(range_why(whys[_i].in, u), whys[_i].reversed ?
	    "its start is greater than its end; " : "");
}
END_TEST

static Suite *
threshold_suite(void)
{
	Suite *s = suite_create("threshold");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_eval, 0, sizeof(eval) / sizeof(eval[0]));
	tcase_add_loop_test(tc, test_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_loop_test(tc, test_compat, 0,
	    sizeof(compat) / sizeof(compat[0]));
	tcase_add_loop_test(tc, test_check_snmp, 0,
	    sizeof(swapped) / sizeof(swapped[0]));
	tcase_add_test(tc, test_state);
	tcase_add_loop_test(tc, test_units, 0, sizeof(units) / sizeof(units[0]));
	tcase_add_loop_test(tc, test_why, 0, sizeof(whys) / sizeof(whys[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(threshold_suite)
