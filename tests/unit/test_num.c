/* SPDX-License-Identifier: ISC */
/* Numbers: strict parsing, exact comparison across kinds, formatting. */
#include "num.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*in;
	int		 ok;
	const char	*out;	/* num_format of the result */
} parse[] = {
	{ "0", 1, "0" },
	{ "-5", 1, "-5" },
	{ "+7", 1, "7" },
	{ "18446744073709551615", 1, "18446744073709551615" },
	{ "9223372036854775808", 1, "9223372036854775808" },
	{ "-9223372036854775808", 1, "-9223372036854775808" },
	{ "1.5", 1, "1.5" },
	{ "-0.25", 1, "-0.25" },
	{ ".5", 1, "0.5" },
	{ "0.07", 1, "0.07" },
	{ "18446744073709551616", 1, "18446744073709551616" },	/* as double */
	{ "", 0, NULL },
	{ "-", 0, NULL },
	{ ".", 0, NULL },
	{ "1e5", 0, NULL },
	{ "abc", 0, NULL },
	{ "10abc", 0, NULL },
	{ " 1", 0, NULL },
	{ "1 ", 0, NULL },
	{ "0x10", 0, NULL },
	{ "nan", 0, NULL },
	{ "inf", 0, NULL },
	{ "1.2.3", 0, NULL },
};

START_TEST(test_parse)
{
	struct num n;
	char buf[64];
	int rc = num_parse(&n, parse[_i].in);

	ck_assert_msg((rc == SNMP_OK) == parse[_i].ok, "'%s': rc %d",
	    parse[_i].in, rc);
	if (!parse[_i].ok)
		return;
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, parse[_i].out);
}
END_TEST

static const struct {
	const char	*a;
	const char	*b;
	int		 cmp;
} cmps[] = {
	{ "1", "2", -1 },
	{ "-1", "18446744073709551615", -1 },
	{ "18446744073709551615", "18446744073709551614", 1 },
	{ "9223372036854775808", "9223372036854775807", 1 },
	/* above 2^53 a double would round these to equal */
	{ "9007199254740993", "9007199254740992", 1 },
	{ "18446744073709551615", "18446744073709551615.0", -1 },
	{ "1.5", "1", 1 },
	{ "1.5", "2", -1 },
	{ "-1.5", "-1", -1 },
	{ "2.0", "2", 0 },
	{ "0.07", "0.07", 0 },
	{ "-9223372036854775808", "-9223372036854775807", -1 },
	{ "9223372036854775808.0", "9223372036854775807", 1 },
};

START_TEST(test_cmp)
{
	struct num a, b;

	ck_assert_int_eq(num_parse(&a, cmps[_i].a), SNMP_OK);
	ck_assert_int_eq(num_parse(&b, cmps[_i].b), SNMP_OK);
	ck_assert_msg(num_cmp(&a, &b) == cmps[_i].cmp, "%s vs %s",
	    cmps[_i].a, cmps[_i].b);
	ck_assert_int_eq(num_cmp(&b, &a), -cmps[_i].cmp);
}
END_TEST

START_TEST(test_from_value)
{
	struct snmp_value v;
	struct num n;
	char buf[64];

	memset(&v, 0, sizeof(v));
	v.type = VAL_COUNTER64;
	v.u = UINT64_MAX;
	ck_assert_int_eq(num_from_value(&n, &v), SNMP_OK);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "18446744073709551615");
	v.type = VAL_INTEGER;
	v.i = INT64_MIN;
	ck_assert_int_eq(num_from_value(&n, &v), SNMP_OK);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "-9223372036854775808");
	v.type = VAL_OCTET_STRING;
	ck_assert_int_eq(num_from_value(&n, &v), SNMP_E_INVAL);
	num_from_double(&n, 1e20);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "100000000000000000000");	/* no exponent */
	num_from_double(&n, -0.0000001);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "0");
}
END_TEST

static Suite *
num_suite(void)
{
	Suite *s = suite_create("num");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_parse, 0, sizeof(parse) / sizeof(parse[0]));
	tcase_add_loop_test(tc, test_cmp, 0, sizeof(cmps) / sizeof(cmps[0]));
	tcase_add_test(tc, test_from_value);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(num_suite)
