/* SPDX-License-Identifier: ISC */
/* Numbers: strict parsing, exact comparison across kinds, formatting. */
#include <math.h>
#include <stdio.h>
#include <string.h>

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

START_TEST(test_format)
{
	struct num n;
	char buf[64];

	num_from_double(&n, 1e20);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "100000000000000000000");	/* no exponent */
	num_from_double(&n, -0.0000001);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "0");
}
END_TEST

/* snprintf's "%.*f", trimmed as num_format documents. */
static void
ref_fixed(char *buf, size_t cap, double x, int dec, int trim)
{
	char *p;

	snprintf(buf, cap, "%.*f", dec, x);
	if (trim && strchr(buf, '.') != NULL) {
		p = buf + strlen(buf) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
		if (strcmp(buf, "-0") == 0)
			strcpy(buf, "0");
	}
}

static uint64_t rng_state = 88172645463325252ULL;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/*
 * num_fixed() against snprintf: ties of every width, values around
 * rounding boundaries, random bit patterns and random decimals of every
 * magnitude, each with 0 to 6 decimals, trimmed and not.
 */
START_TEST(test_fixed)
{
	static const double fixed[] = { 0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125,
	    0.375, 1e-7, -1e-7, 4.9999995e-7, 5e-7, 0.9999995, 0.99999949,
	    999999.9999995, 123456789.125, 9007199254740991.0,
	    9007199254740992.0, 1e20, -1e300, 4294967295.0, 0.1, 0.7, 2.675,
	    1.005, 100, 93.25, 3597023.094532 };
	char got[NUM_TEXT_MAX], want[NUM_TEXT_MAX];
	double x;
	uint64_t bits;
	size_t i, len;
	int dec, trim;

	for (i = 0; i < (size_t)test_scale(100000); i++) {
		if (i < sizeof(fixed) / sizeof(fixed[0]))
			x = fixed[i];
		else if (i % 3 == 0) {
			/* any mantissa and sign, magnitudes 2^-40 to 2^60
			 * (beyond 2^53 all goes to snprintf anyway) */
			bits = rng() & 0x800fffffffffffffULL;
			bits |= (uint64_t)(1023 - 40 + rng() % 101) << 52;
			memcpy(&x, &bits, sizeof(x));
		} else if (i % 3 == 1) {
			/* n + k/2^m: ties and near-ties of the scaled part */
			x = (double)(rng() % 100000) +
			    (double)(rng() % 1024) / 1024.0;
			if (rng() & 1)
				x = -x;
		} else
			x = (double)(rng() % 10000000000ULL) /
			    (double)(1ULL << (rng() % 40));
		for (dec = 0; dec <= 6; dec++) {
			for (trim = 0; trim <= 1; trim++) {
				ref_fixed(want, sizeof(want), x, dec, trim);
				len = num_fixed(got, sizeof(got), x, dec, trim);
				/* no ck_assert per value: each one is a
				 * write to check's parent process */
				if (strcmp(got, want) != 0 ||
				    len != strlen(want))
					ck_abort_msg("%.17g with %d decimals%s: "
					    "got %s (%zu), want %s", x, dec,
					    trim ? " trimmed" : "", got, len,
					    want);
			}
		}
	}
	/* cut to the buffer like snprintf, never past it */
	len = num_fixed(got, 4, 12345.678, 2, 0);
	ck_assert_str_eq(got, "123");
	ck_assert_uint_eq(len, 3);
	ck_assert_uint_eq(num_fixed(got, 0, 1.0, 2, 0), 0);
}
END_TEST

START_TEST(test_int_text)
{
	char buf[NUM_INT_TEXT_MAX], want[32];
	uint64_t u;
	int64_t i;
	size_t k;

	ck_assert_uint_eq(num_u64_text(buf, 0), 1);
	ck_assert_str_eq(buf, "0");
	ck_assert_uint_eq(num_u64_text(buf, UINT64_MAX), 20);
	ck_assert_str_eq(buf, "18446744073709551615");
	ck_assert_uint_eq(num_i64_text(buf, INT64_MIN), 20);
	ck_assert_str_eq(buf, "-9223372036854775808");
	for (k = 0; k < (size_t)test_scale(100000); k++) {
		u = rng() >> (rng() % 64);
		snprintf(want, sizeof(want), "%llu", (unsigned long long)u);
		if (num_u64_text(buf, u) != strlen(want) ||
		    strcmp(buf, want) != 0)
			ck_abort_msg("%s: got %s", want, buf);
		i = (int64_t)rng() >> (rng() % 64);
		snprintf(want, sizeof(want), "%lld", (long long)i);
		if (num_i64_text(buf, i) != strlen(want) ||
		    strcmp(buf, want) != 0)
			ck_abort_msg("%s: got %s", want, buf);
	}
}
END_TEST

static Suite *
num_suite(void)
{
	Suite *s = suite_create("num");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_parse, 0, sizeof(parse) / sizeof(parse[0]));
	tcase_add_loop_test(tc, test_cmp, 0, sizeof(cmps) / sizeof(cmps[0]));
	tcase_add_test(tc, test_format);
	tcase_add_test(tc, test_fixed);
	tcase_add_test(tc, test_int_text);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(num_suite)
