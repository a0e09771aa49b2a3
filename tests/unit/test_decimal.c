/* SPDX-License-Identifier: ISC */
/*
 * Exact decimals: the text of raw x 10^exp (RFC 3433 scale and precision,
 * yocto to yotta), strict parsing, exact comparison and Nagios ranges on
 * them.  Expected texts are worked out by hand (the walks' .md files).
 */
#include <check.h>

#include "decimal.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	int64_t		 raw;
	int		 exp;
	const char	*text;
} texts[] = {
	{ 12020, -3, "12.020" },		/* milli volts, cisco-isr */
	{ 0, -1, "0.0" },
	{ 0, 0, "0" },
	{ 0, 3, "0" },
	{ -52, -1, "-5.2" },			/* dBm, cisco-catalyst */
	{ 184, -4, "0.0184" },			/* milli, precision 1 */
	{ -5, -3, "-0.005" },
	{ 5, -24, "0.000000000000000000000005" },	/* yocto */
	{ 3, 24, "3000000000000000000000000" },		/* yotta */
	{ 7, 12, "7000000000000" },		/* exa (14), precision 3 */
	{ 123456789, -9, "0.123456789" },	/* precision 9 */
	{ 1000000000, -33, "0.000000000000000000000001000000000" },
	{ -62000, -3, "-62.000" },		/* LM-SENSORS mC */
	{ INT64_MIN, 0, "-9223372036854775808" },
	{ INT64_MAX, -19, "0.9223372036854775807" },
	{ 1, -40, "0.0000000000000000000000000000000000000001" }
};

START_TEST(text)
{
	char buf[DEC_TEXT_MAX];
	size_t n;

	n = dec_text(buf, sizeof(buf), texts[_i].raw, texts[_i].exp);
	ck_assert_str_eq(buf, texts[_i].text);
	ck_assert_uint_eq(n, strlen(texts[_i].text));
}
END_TEST

START_TEST(text_cut)
{
	char buf[5];

	ck_assert_uint_eq(dec_text(buf, sizeof(buf), 12020, -3), 6);
	ck_assert_str_eq(buf, "12.0");
}
END_TEST

/* Parsed texts and what they are: digits, exponent, sign. */
static const struct {
	const char	*in;
	int		 rc;
	const char	*digits;
	int		 exp;
	int		 neg;
} parses[] = {
	{ "0", SNMP_OK, "", 0, 0 },
	{ "-0.000", SNMP_OK, "", 0, 0 },
	{ "1.50", SNMP_OK, "15", -1, 0 },
	{ "+3", SNMP_OK, "3", 0, 0 },
	{ ".5", SNMP_OK, "5", -1, 0 },
	{ "5.", SNMP_OK, "5", 0, 0 },
	{ "-19.8", SNMP_OK, "198", -1, 1 },
	{ "3000000000000000000000000", SNMP_OK, "3", 24, 0 },
	{ "0.000000000000000000000005", SNMP_OK, "5", -24, 0 },
	{ "0012.0200", SNMP_OK, "1202", -2, 0 },
	{ "1234567890123456789012345678901234567890", SNMP_OK,
	  "123456789012345678901234567890123456789", 1, 0 },
	{ "12345678901234567890123456789012345678901", SNMP_E_RANGE, "", 0,
	  0 },
	{ "", SNMP_E_SYNTAX, "", 0, 0 },
	{ "-", SNMP_E_SYNTAX, "", 0, 0 },
	{ ".", SNMP_E_SYNTAX, "", 0, 0 },
	{ "1e3", SNMP_E_SYNTAX, "", 0, 0 },
	{ "1.2.3", SNMP_E_SYNTAX, "", 0, 0 },
	{ " 1", SNMP_E_SYNTAX, "", 0, 0 },
	{ "0x10", SNMP_E_SYNTAX, "", 0, 0 },
	{ "--1", SNMP_E_SYNTAX, "", 0, 0 }
};

START_TEST(parse)
{
	struct dec d;

	ck_assert_int_eq(dec_parse(&d, parses[_i].in), parses[_i].rc);
	if (parses[_i].rc != SNMP_OK)
		return;
	ck_assert_uint_eq(d.n, strlen(parses[_i].digits));
	ck_assert(memcmp(d.d, parses[_i].digits, d.n) == 0);
	ck_assert_int_eq(d.exp, parses[_i].exp);
	ck_assert_int_eq(d.neg, parses[_i].neg);
}
END_TEST

/* a against b: -1, 0, 1, exactly (b is text, a raw x 10^exp). */
static const struct {
	int64_t		 raw;
	int		 exp;
	const char	*b;
	int		 cmp;
} cmps[] = {
	{ 67250, -3, "67.25", 0 },
	{ 67250, -3, "60", 1 },
	{ 67250, -3, "70", -1 },
	{ 0, -1, "-0", 0 },
	{ 1, 0, "1.0000000000000000000000000000001", -1 },
	{ 5, -24, "0", 1 },
	{ 5, -24, "0.000000000000000000000004999", 1 },
	{ 5, -24, "0.000000000000000000000005", 0 },
	{ 3, 24, "2999999999999999999999999.9999", 1 },
	{ 3, 24, "3000000000000000000000000.0001", -1 },
	{ -198, -1, "-19.0", -1 },
	{ -198, -1, "-23", 1 },
	{ -11904, -3, "-11.4", -1 },
	{ -11904, -3, "-12.6", 1 },
	{ 100, 0, "99.999", 1 },
	{ -1, 0, "1", -1 },
	{ 1, 0, "-1", 1 },
	/* beyond double: 2^53 + 1 against 2^53 */
	{ 9007199254740993LL, 0, "9007199254740992", 1 }
};

START_TEST(compare)
{
	struct dec a, b;

	dec_from_raw(&a, cmps[_i].raw, cmps[_i].exp);
	ck_assert_int_eq(dec_parse(&b, cmps[_i].b), SNMP_OK);
	ck_assert_int_eq(dec_cmp(&a, &b), cmps[_i].cmp);
	ck_assert_int_eq(dec_cmp(&b, &a), -cmps[_i].cmp);
	ck_assert_int_eq(dec_cmp(&a, &a), 0);
}
END_TEST

/* Ranges: the value (text) and whether it alerts; ok 0: a bad range. */
static const struct {
	const char	*range;
	const char	*value;
	int		 alert;
	int		 ok;
} ranges[] = {
	{ "~:45", "45.0", 0, 1 },
	{ "~:45", "45.000000000000000000000001", 1, 1 },
	{ "10", "-0.0001", 1, 1 },	/* 0:10: a negative reading alerts */
	{ "10", "10", 0, 1 },
	{ "10:", "9.999", 1, 1 },
	{ "@3:3", "3", 1, 1 },
	{ "@3:3", "3.0001", 0, 1 },
	{ "3:3", "2.9", 1, 1 },
	{ "1:1", "0", 1, 1 },		/* a truthvalue false */
	{ "-12.6:-11.4", "-11.904", 0, 1 },
	{ "0.1:69.9", "69.95", 1, 1 },
	{ "-18.9:-1.1", "-19.8", 1, 1 },
	{ "300:", "0", 1, 1 },
	{ "~:0.000000000000000000000005", "0.000000000000000000000006", 1,
	  1 },
	{ "20:10", "", 0, 0 },
	/* equal in binary, not in decimal */
	{ "1.00000000000000000001:1", "", 0, 0 },
	{ "", "", 0, 0 },
	{ "~", "", 0, 0 },
	{ "1:2:3", "", 0, 0 },
	{ "5C", "", 0, 0 }
};

START_TEST(range)
{
	struct dec_range r;
	struct dec v;

	ck_assert_int_eq(dec_range_parse(&r, ranges[_i].range),
	    ranges[_i].ok ? SNMP_OK : SNMP_E_SYNTAX);
	if (!ranges[_i].ok)
		return;
	ck_assert_str_eq(r.text, ranges[_i].range);
	ck_assert_int_eq(dec_parse(&v, ranges[_i].value), SNMP_OK);
	ck_assert_int_eq(dec_range_alert(&r, &v), ranges[_i].alert);
}
END_TEST

static Suite *
decimal_suite(void)
{
	Suite *s = suite_create("decimal");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, text, 0, (int)(sizeof(texts) /
	    sizeof(texts[0])));
	tcase_add_test(tc, text_cut);
	tcase_add_loop_test(tc, parse, 0, (int)(sizeof(parses) /
	    sizeof(parses[0])));
	tcase_add_loop_test(tc, compare, 0, (int)(sizeof(cmps) /
	    sizeof(cmps[0])));
	tcase_add_loop_test(tc, range, 0, (int)(sizeof(ranges) /
	    sizeof(ranges[0])));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(decimal_suite)
