/* SPDX-License-Identifier: ISC */
/* Threshold option ranges: which half is set, and the one message. */
#include <check.h>

#include "rangeopt.h"
#include "testutil.h"

static const struct {
	const char	*text;
	int		 crit;
	int		 ok;
} vectors[] = {
	{ "10", 0, 1 },
	{ "10:", 1, 1 },
	{ "~:10", 0, 1 },
	{ "@10:20", 1, 1 },
	{ "1.5", 0, 1 },
	{ "", 0, 0 },
	{ "x", 1, 0 },
	{ "20:10", 0, 0 },
	{ "10,20", 0, 0 },
	{ "10 ", 1, 0 }
};

START_TEST(vector)
{
	struct threshold th;
	char err[256];
	int rc;

	memset(&th, 0, sizeof(th));
	err[0] = '\0';
	rc = rangeopt_set(&th, vectors[_i].crit, vectors[_i].text, "core "
	    "warning", err, sizeof(err));
	ck_assert_int_eq(rc, vectors[_i].ok ? 0 : -1);
	ck_assert_int_eq(th.has_crit, vectors[_i].ok && vectors[_i].crit);
	ck_assert_int_eq(th.has_warn, vectors[_i].ok && !vectors[_i].crit);
	if (vectors[_i].ok) {
		ck_assert_str_eq(err, "");
		ck_assert_str_eq(vectors[_i].crit ? th.crit.text :
		    th.warn.text, vectors[_i].text);
	}
}
END_TEST

START_TEST(message)
{
	struct threshold th;
	char err[256];

	memset(&th, 0, sizeof(th));
	ck_assert_int_eq(rangeopt_set(&th, 1, "9x", "core critical", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid core critical range '9x': expected "
	    "[@][START:][END] with decimal numbers, ~ for minus infinity");
	/* issue 18: a start above the end is named as the reason */
	ck_assert_int_eq(rangeopt_set(&th, 0, "10:5", "warning", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid warning range '10:5': its start is "
	    "greater than its end; expected [@][START:][END] with decimal "
	    "numbers, ~ for minus infinity");
}
END_TEST

START_TEST(not_given)
{
	struct threshold th;
	char err[8] = "";

	memset(&th, 0, sizeof(th));
	ck_assert_int_eq(rangeopt_set(&th, 0, NULL, "warning", err,
	    sizeof(err)), 0);
	ck_assert_int_eq(th.has_warn, 0);
	ck_assert_int_eq(th.has_crit, 0);
	ck_assert_str_eq(err, "");
}
END_TEST

static Suite *
rangeopt_suite(void)
{
	Suite *s = suite_create("rangeopt");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, vector, 0,
	    (int)(sizeof(vectors) / sizeof(vectors[0])));
	tcase_add_test(tc, message);
	tcase_add_test(tc, not_given);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(rangeopt_suite)
