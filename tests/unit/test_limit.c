/* SPDX-License-Identifier: ISC */
/*
 * Limits in percent or in an amount: the state of a value against a
 * warning and a critical limit, also where the value has no percentage.
 */
#include <check.h>

#include "limit.h"
#include "num.h"
#include "state.h"
#include "testutil.h"

static const struct {
	const char	*warn, *crit;	/* NULL: not given */
	int		 has_pct;
	double		 pct, amount;
	int		 state, skipped;
} cases[] = {
	{ "80%", "90%", 1, 85, 850, STATE_WARNING, 0 },
	{ "80%", "90%", 1, 95, 950, STATE_CRITICAL, 0 },
	{ "80%", "90%", 1, 10, 100, STATE_OK, 0 },
	/* no percentage: the percentage limits are left out */
	{ "80%", "90%", 0, 0, 950, STATE_OK, 1 },
	{ "80%", "900", 0, 0, 950, STATE_CRITICAL, 1 },
	{ "800", "90%", 0, 0, 850, STATE_WARNING, 1 },
	{ "800", "900", 0, 0, 850, STATE_WARNING, 0 },
	{ NULL, "90%", 0, 0, 950, STATE_OK, 1 },
	{ NULL, NULL, 0, 0, 950, STATE_OK, 0 }
};

START_TEST(state_partial)
{
	struct limit w = { 0 }, c = { 0 };
	struct num n;
	int skipped = -1;

	if (cases[_i].warn != NULL)
		ck_assert_int_eq(limit_parse(&w, cases[_i].warn, NULL, 0), 0);
	if (cases[_i].crit != NULL)
		ck_assert_int_eq(limit_parse(&c, cases[_i].crit, NULL, 0), 0);
	num_from_double(&n, cases[_i].amount);
	ck_assert_int_eq(limit_state_partial(&w, &c, cases[_i].has_pct,
	    cases[_i].pct, &n, &skipped), cases[_i].state);
	ck_assert_int_eq(skipped, cases[_i].skipped);
	if (cases[_i].has_pct)
		ck_assert_int_eq(limit_state(&w, &c, cases[_i].pct, &n),
		    cases[_i].state);
}
END_TEST

static Suite *
limit_suite(void)
{
	Suite *s = suite_create("limit");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, state_partial, 0, sizeof(cases) /
	    sizeof(cases[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(limit_suite)
