/* SPDX-License-Identifier: ISC */
/* Item selection: exact names, include and exclude patterns. */
#include <check.h>

#include "select.h"
#include "snmp.h"
#include "testutil.h"

START_TEST(nothing_given_selects_all)
{
	struct select s;

	select_init(&s, 0);
	ck_assert_int_eq(select_has_include(&s), 0);
	ck_assert_int_eq(select_match(&s, "/"), 1);
	ck_assert_int_eq(select_match(&s, ""), 1);
	select_free(&s);
}
END_TEST

START_TEST(exact_include_exclude)
{
	struct select s;
	char err[256];

	select_init(&s, 0);
	ck_assert_int_eq(select_add_exact(&s, "/", err, sizeof(err)),
	    SNMP_OK);
	ck_assert_int_eq(select_add_include(&s, "^/var", err, sizeof(err)),
	    SNMP_OK);
	ck_assert_int_eq(select_add_exclude(&s, "^/var/tmp$", err,
	    sizeof(err)), SNMP_OK);
	ck_assert_int_eq(select_has_include(&s), 1);
	ck_assert_int_eq(select_match(&s, "/"), 1);
	ck_assert_int_eq(select_match(&s, "/boot"), 0);	/* not exact */
	ck_assert_int_eq(select_match(&s, "/var/log"), 1);
	ck_assert_int_eq(select_match(&s, "/var/tmp"), 0);
	ck_assert_int_eq(select_match(&s, "/VAR"), 0);
	select_free(&s);
}
END_TEST

START_TEST(icase)
{
	struct select s;
	char err[256];

	select_init(&s, 1);
	ck_assert_int_eq(select_add_exact(&s, "Physical Memory", err,
	    sizeof(err)), SNMP_OK);
	ck_assert_int_eq(select_add_include(&s, "^c:", err, sizeof(err)),
	    SNMP_OK);
	ck_assert_int_eq(select_match(&s, "physical memory"), 1);
	ck_assert_int_eq(select_match(&s, "C:\\ Label:System"), 1);
	select_free(&s);
}
END_TEST

START_TEST(any_of_several_texts)
{
	struct select s;
	char err[256];
	const char *t1[] = { "sshd", "/usr/sbin/sshd", NULL };
	const char *t2[] = { "bash", "/bin/bash" };

	select_init(&s, 0);
	ck_assert_int_eq(select_add_include(&s, "sbin", err, sizeof(err)),
	    SNMP_OK);
	ck_assert_int_eq(select_match_any(&s, t1, 3), 1);
	ck_assert_int_eq(select_match_any(&s, t2, 2), 0);
	ck_assert_int_eq(select_add_exclude(&s, "^sshd$", err, sizeof(err)),
	    SNMP_OK);
	ck_assert_int_eq(select_match_any(&s, t1, 3), 0);
	select_free(&s);
}
END_TEST

START_TEST(bad_pattern_named)
{
	struct select s;
	char err[256];
	int i;

	select_init(&s, 0);
	ck_assert_int_eq(select_add_include(&s, "([a-", err, sizeof(err)),
	    SNMP_E_SYNTAX);
	ck_assert_msg(strstr(err, "invalid regular expression '([a-'") ==
	    err, "message: %s", err);
	for (i = 0; i < SELECT_MAX; i++)
		ck_assert_int_eq(select_add_exclude(&s, "x", err, sizeof(err)),
		    SNMP_OK);
	ck_assert_int_eq(select_add_exclude(&s, "x", err, sizeof(err)),
	    SNMP_E_RANGE);
	select_free(&s);
}
END_TEST

static Suite *
select_suite(void)
{
	Suite *s = suite_create("select");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, nothing_given_selects_all);
	tcase_add_test(tc, exact_include_exclude);
	tcase_add_test(tc, icase);
	tcase_add_test(tc, any_of_several_texts);
	tcase_add_test(tc, bad_pattern_named);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(select_suite)
