/* SPDX-License-Identifier: ISC */
/*
 * --rate for any objects: the store key, the "values" section written by
 * one run and read back by the next, a first run, per-second figures
 * over the agent's clock for counters, gauges, INTEGERs and numbers in
 * strings, a Counter32 wrap, a Counter64 that went back, a run too soon
 * that keeps the older sample, and stored text that is damaged or of
 * another type refused.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "objrate.h"
#include "options.h"
#include "snmp.h"
#include "testopts.h"
#include "testutil.h"

static char dir[256];
static struct snmp_opts opts;
static struct session *sess;

/* -H 192.0.2.1, the defaults filled; a scratch state directory. */
static void
setup(void)
{
	test_parse_opts(&opts, "-H 192.0.2.1");
	test_mkscratch(dir, sizeof(dir), "objrate-test");
	/* a v2c session: no snmpEngineBoots */
	ck_assert_ptr_nonnull(sess = session_new());
}

static void
teardown(void)
{
	session_free(sess);
	options_free(&opts);
	test_rmscratch(dir);
}

static void
open_store(struct rate_store *rs)
{
	ck_assert_int_eq(rate_open(rs, &opts, "check_test", "1.3.6.1.2.1.1.1,",
	    dir, snmp_now_ms() + 30000), SNMP_OK);
}

static void
set_u(struct varbind *vb, int type, uint64_t u)
{
	memset(vb, 0, sizeof(*vb));
	vb->val.type = type;
	vb->val.u = u;
}

static void
set_i(struct varbind *vb, int64_t i)
{
	memset(vb, 0, sizeof(*vb));
	vb->val.type = VAL_INTEGER;
	vb->val.i = i;
}

static void
set_s(struct varbind *vb, const char *s)
{
	memset(vb, 0, sizeof(*vb));
	vb->val.type = VAL_OCTET_STRING;
	vb->val.bytes = (const uint8_t *)s;
	vb->val.len = strlen(s);
}

/* One run: the values vb[0..n) at sysUpTime ticks. */
static int
sample(struct objrate *r, const struct varbind *vb, size_t n,
    uint64_t ticks)
{
	struct rate_store rs;
	struct varbind up;

	set_u(&up, VAL_TIMETICKS, ticks);
	open_store(&rs);
	return objrate_sample(r, &rs, vb, n, &up, sess);
}

/* The store's rest after the clock's "time" line. */
static const char *
after_time(const char *data)
{
	ck_assert_int_eq(strncmp(data, "time ", 5), 0);
	ck_assert_ptr_nonnull(strchr(data, '\n'));
	return strchr(data, '\n') + 1;
}

START_TEST(what)
{
	struct oid o[2];
	char buf[64];

	ck_assert_int_eq(oid_parse(&o[0], "ifInOctets.1"), SNMP_OK);
	ck_assert_int_eq(oid_parse(&o[1], ".1.3.6.1.2.1.1.3.0"), SNMP_OK);
	ck_assert_int_eq(objrate_what(buf, sizeof(buf), o, 2), 0);
	ck_assert_str_eq(buf, "1.3.6.1.2.1.2.2.1.10.1,1.3.6.1.2.1.1.3.0,");
	ck_assert_int_eq(objrate_what(buf, sizeof(buf), o, 0), 0);
	ck_assert_str_eq(buf, "");
	/* 41 octets and the NUL do not fit in 41 */
	ck_assert_int_eq(objrate_what(buf, 41, o, 2), SNMP_E_NOSPACE);
	ck_assert_int_eq(objrate_what(buf, 42, o, 2), 0);
}
END_TEST

/*
 * A first run stores the section; the second, 10 s later by sysUpTime,
 * reads it back as written and gives each value's change per second.
 */
START_TEST(first_then_second)
{
	static struct objrate r, r2;
	static char first[1024];
	struct varbind vb[5];

	set_u(&vb[0], VAL_COUNTER32, 1000);
	set_u(&vb[1], VAL_COUNTER64, 5000000000ull);
	set_u(&vb[2], VAL_GAUGE32, 50);
	set_i(&vb[3], -5);
	set_s(&vb[4], "0.25 kW");
	ck_assert_int_eq(sample(&r, vb, 5, 100000), RATE_FIRST);
	ck_assert_str_eq(r.why, "no previous sample");
	ck_assert_str_eq(after_time(r.data), "uptime 100000\n"
	    "v0 65 1000\nv1 70 5000000000\nv2 66 50\nv3 2 -5\nv4 4 0.25\n");
	ck_assert_uint_lt(strlen(r.data), sizeof(first));
	strcpy(first, r.data);

	set_u(&vb[0], VAL_COUNTER32, 6000);
	set_u(&vb[1], VAL_COUNTER64, 5000001000ull);
	set_u(&vb[2], VAL_GAUGE32, 30);
	set_i(&vb[3], 15);
	set_s(&vb[4], "0.75 kW");
	ck_assert_int_eq(sample(&r2, vb, 5, 101000), RATE_OK);
	/* the first run's section, as it wrote it */
	ck_assert_str_eq(r2.prev, first);
	ck_assert_str_eq(r2.why, "");
	ck_assert_double_eq(r2.secs, 10);
	ck_assert_int_eq(objrate_values(&r2, vb, 5, 1), RATE_OK);
	/* +5000, +1000, -20, +20, +0.5 over 10 s */
	ck_assert_int_eq(vb[0].val.type, VAL_DOUBLE);
	ck_assert_double_eq(vb[0].val.d, 500);
	ck_assert_double_eq(vb[1].val.d, 100);
	ck_assert_int_eq(vb[2].val.type, VAL_DOUBLE);
	ck_assert_double_eq(vb[2].val.d, -2);
	ck_assert_double_eq(vb[3].val.d, 2);
	ck_assert_int_eq(vb[4].val.type, VAL_DOUBLE);
	ck_assert_ptr_null(vb[4].val.bytes);
	ck_assert_uint_eq(vb[4].val.len, 0);
	ck_assert_double_eq_tol(vb[4].val.d, 0.05, 1e-12);
}
END_TEST

/*
 * A Counter32 from 4294967000 to 704: one wrap, 1000 in 10 s; and
 * TimeTicks as a 32-bit counter; --rate-multiplier 8.
 */
START_TEST(counter32_wrap)
{
	static struct objrate r;
	struct varbind vb[2];

	set_u(&vb[0], VAL_COUNTER32, 4294967000ull);
	set_u(&vb[1], VAL_TIMETICKS, 4294967200ull);
	ck_assert_int_eq(sample(&r, vb, 2, 5000), RATE_FIRST);
	set_u(&vb[0], VAL_COUNTER32, 704);
	set_u(&vb[1], VAL_TIMETICKS, 904);
	ck_assert_int_eq(sample(&r, vb, 2, 6000), RATE_OK);
	ck_assert_double_eq(r.secs, 10);
	ck_assert_int_eq(objrate_values(&r, vb, 2, 8), RATE_OK);
	ck_assert_double_eq(vb[0].val.d, 800);
	ck_assert_double_eq(vb[1].val.d, 800);
}
END_TEST

/* A Counter64 that went back is a reset, never a wrap. */
START_TEST(counter64_reset)
{
	static struct objrate r;
	struct varbind vb[2];

	set_u(&vb[0], VAL_COUNTER32, 10);
	set_u(&vb[1], VAL_COUNTER64, 5000);
	ck_assert_int_eq(sample(&r, vb, 2, 5000), RATE_FIRST);
	set_u(&vb[0], VAL_COUNTER32, 20);
	set_u(&vb[1], VAL_COUNTER64, 4000);
	ck_assert_int_eq(sample(&r, vb, 2, 6000), RATE_OK);
	ck_assert_int_eq(objrate_values(&r, vb, 2, 1), RATE_RESET);
	ck_assert_uint_eq(r.bad, 1);
	ck_assert_str_eq(r.why, "the counter went back from 5000 to 4000 "
	    "(reset)");
	/* the new values are stored: the next run has a rate again */
	set_u(&vb[0], VAL_COUNTER32, 30);
	set_u(&vb[1], VAL_COUNTER64, 4500);
	ck_assert_int_eq(sample(&r, vb, 2, 6500), RATE_OK);
	ck_assert_double_eq(r.secs, 5);
	ck_assert_int_eq(objrate_values(&r, vb, 2, 1), RATE_OK);
	ck_assert_double_eq(vb[0].val.d, 2);
	ck_assert_double_eq(vb[1].val.d, 100);
}
END_TEST

/* Under a second: no rate, and the older sample stays for the next run. */
START_TEST(too_soon)
{
	static struct objrate r;
	struct varbind vb;

	set_u(&vb, VAL_COUNTER32, 100);
	ck_assert_int_eq(sample(&r, &vb, 1, 5000), RATE_FIRST);
	set_u(&vb, VAL_COUNTER32, 150);
	ck_assert_int_eq(sample(&r, &vb, 1, 5050), RATE_TOO_SOON);
	ck_assert_str_eq(r.why, "the last sample is only 0.50 s old");
	/* 20 s after the first, not 19.5 after the second */
	set_u(&vb, VAL_COUNTER32, 300);
	ck_assert_int_eq(sample(&r, &vb, 1, 7000), RATE_OK);
	ck_assert_double_eq(r.secs, 20);
	ck_assert_str_eq(after_time(r.prev), "uptime 5000\nv0 65 100\n");
	ck_assert_int_eq(objrate_values(&r, &vb, 1, 1), RATE_OK);
	ck_assert_double_eq(vb.val.d, 10);
}
END_TEST

/* A value that is no number: OBJRATE_NAN at it, nothing stored. */
START_TEST(not_a_number)
{
	static struct objrate r;
	struct rate_store rs;
	struct varbind vb[2], up;

	set_u(&vb[0], VAL_COUNTER32, 1);
	set_s(&vb[1], "up");
	set_u(&up, VAL_TIMETICKS, 5000);
	open_store(&rs);
	ck_assert_int_eq(objrate_sample(&r, &rs, vb, 2, &up, sess),
	    OBJRATE_NAN);
	ck_assert_uint_eq(r.bad, 1);
	rate_close(&rs);
	set_s(&vb[1], "12");
	ck_assert_int_eq(sample(&r, vb, 2, 5000), RATE_FIRST);
	ck_assert_str_eq(r.why, "no previous sample");
}
END_TEST

/*
 * Stored text that is damaged, or of another type than the value now:
 * (values stored under the "values" item, the clock 10 s before).
 */
static const struct {
	const char	*stored;	/* after "time NOW\n" */
	int		 sample, values;
	size_t		 bad;
} damaged[] = {
	/* good: 110 - 10 over 10 s */
	{ "uptime 1000\nv0 65 10\n", RATE_OK, RATE_OK, 0 },
	/* no clock: the whole section refused */
	{ NULL, RATE_FIRST, -1, 0 },
	{ "uptime 1000\nv0 65 abc\n", RATE_OK, RATE_FIRST, 0 },
	{ "uptime 1000\nv0 65\n", RATE_OK, RATE_FIRST, 0 },
	{ "uptime 1000\nv0 65 \n", RATE_OK, RATE_FIRST, 0 },
	{ "uptime 1000\nv0 65 1e3\n", RATE_OK, RATE_FIRST, 0 },
	/* a Gauge32 then, a Counter32 now */
	{ "uptime 1000\nv0 66 10\n", RATE_OK, RATE_FIRST, 0 },
	{ "uptime 1000\nv0 x 10\n", RATE_OK, RATE_FIRST, 0 },
	/* the second object has no value stored */
	{ "uptime 1000\nv0 65 10\nv2 65 10\n", RATE_OK, RATE_FIRST, 1 },
};

START_TEST(damaged_text)
{
	static struct objrate r;
	struct rate_store rs;
	struct varbind vb[2];
	char text[256];

	open_store(&rs);
	if (damaged[_i].stored != NULL)
		snprintf(text, sizeof(text), "time %lld\n%s",
		    (long long)rate_wall_ms(), damaged[_i].stored);
	else
		snprintf(text, sizeof(text), "uptime 1000\nv0 65 10\n");
	rate_add(&rs, "values", text, strlen(text));
	ck_assert_int_eq(rate_commit(&rs), SNMP_OK);

	set_u(&vb[0], VAL_COUNTER32, 110);
	set_u(&vb[1], VAL_COUNTER32, 110);
	ck_assert_int_eq(sample(&r, vb, 2, 2000), damaged[_i].sample);
	if (damaged[_i].sample != RATE_OK) {
		ck_assert_str_eq(r.why, "no previous sample");
		return;
	}
	ck_assert_str_eq(r.prev, text);
	ck_assert_double_eq(r.secs, 10);
	ck_assert_int_eq(objrate_values(&r, vb, damaged[_i].bad == 0 &&
	    damaged[_i].values == RATE_OK ? 1 : 2, 1), damaged[_i].values);
	if (damaged[_i].values == RATE_OK)
		ck_assert_double_eq(vb[0].val.d, 10);
	else
		ck_assert_uint_eq(r.bad, damaged[_i].bad);
}
END_TEST

static Suite *
objrate_suite(void)
{
	Suite *s = suite_create("objrate");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, what);
	tcase_add_test(tc, first_then_second);
	tcase_add_test(tc, counter32_wrap);
	tcase_add_test(tc, counter64_reset);
	tcase_add_test(tc, too_soon);
	tcase_add_test(tc, not_a_number);
	tcase_add_loop_test(tc, damaged_text, 0, sizeof(damaged) /
	    sizeof(damaged[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(objrate_suite)
