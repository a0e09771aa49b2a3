/* SPDX-License-Identifier: ISC */
/*
 * Ranges per position (check_load's -w 4,3,2): one for all, one each with
 * empty fields, the wrong number of fields, and the messages.
 */
#include <check.h>
#include <string.h>

#include "rangelist.h"
#include "snmp.h"
#include "testutil.h"

static const char *const names[3] = { "1-minute load", "5-minute load",
    "15-minute load" };

static const struct {
	const char	*list;
	int		 rc;
	const char	*set;		/* which positions get a range */
	const char	*err;
} vectors[] = {
	{ "4,3,2", SNMP_OK, "111", "" },
	{ "4", SNMP_OK, "111", "" },
	{ ",3,", SNMP_OK, "010", "" },
	{ ",,", SNMP_OK, "000", "" },
	{ "1,2", SNMP_E_RANGE, "000", "" },
	{ "1,2,3,4", SNMP_E_RANGE, "000", "" },
	{ "", SNMP_E_SYNTAX, "000", "Empty warning threshold" },
	{ "1,,x", SNMP_E_SYNTAX, "100", "Invalid warning (15-minute load) "
	  "range 'x': expected [@][START:][END] with decimal numbers, ~ for "
	  "minus infinity" }
};

START_TEST(vector)
{
	struct threshold th[3];
	char err[256] = "";
	size_t i;

	memset(th, 0, sizeof(th));
	ck_assert_int_eq(rangelist_set(th, 3, 0, vectors[_i].list, "warning",
	    names, err, sizeof(err)), vectors[_i].rc);
	ck_assert_str_eq(err, vectors[_i].err);
	for (i = 0; i < 3; i++) {
		ck_assert_int_eq(th[i].has_warn, vectors[_i].set[i] == '1');
		ck_assert_int_eq(th[i].has_crit, 0);
	}
	if (vectors[_i].rc == SNMP_OK && vectors[_i].set[2] == '1')
		ck_assert_str_eq(th[2].warn.text, strrchr(vectors[_i].list,
		    ',') != NULL ? "2" : "4");
}
END_TEST

/* The critical halves; no list leaves them alone; too many positions. */
START_TEST(critical)
{
	struct threshold th[3];
	char err[64] = "";

	memset(th, 0, sizeof(th));
	ck_assert_int_eq(rangelist_set(th, 3, 1, "8,6,4", "critical", names,
	    err, sizeof(err)), SNMP_OK);
	ck_assert_int_eq(th[1].has_crit, 1);
	ck_assert_str_eq(th[1].crit.text, "6");
	ck_assert_int_eq(th[1].has_warn, 0);
	memset(th, 0, sizeof(th));
	ck_assert_int_eq(rangelist_set(th, 3, 1, NULL, "critical", names,
	    err, sizeof(err)), SNMP_OK);
	ck_assert_int_eq(th[0].has_crit, 0);
	ck_assert_int_eq(rangelist_set(th, RANGELIST_MAX + 1, 1, "1",
	    "critical", names, err, sizeof(err)), SNMP_E_INVAL);
	ck_assert_str_eq(err, "17 critical thresholds: 1 to 16");
}
END_TEST

static Suite *
rangelist_suite(void)
{
	Suite *s = suite_create("rangelist");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, vector, 0,
	    (int)(sizeof(vectors) / sizeof(vectors[0])));
	tcase_add_test(tc, critical);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(rangelist_suite)
