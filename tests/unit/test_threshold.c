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
	"", "10:abc", "abc", "10:20:30", "20:10", "@", ":", ":10", "1e3",
	"10 ", " 10", "~", "@~", "10,20", "0x10", "--5",
	"1234567890123456789012345678901234567890123456789012345678901234567890",
};

START_TEST(test_bad)
{
	struct range r;

	ck_assert_msg(range_parse(&r, bad[_i]) == SNMP_E_SYNTAX, "accepted '%s'",
	    bad[_i]);
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

static Suite *
threshold_suite(void)
{
	Suite *s = suite_create("threshold");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_eval, 0, sizeof(eval) / sizeof(eval[0]));
	tcase_add_loop_test(tc, test_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_state);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(threshold_suite)
