/* SPDX-License-Identifier: ISC */
/*
 * A sensor's state: the user's [TYPE=]RANGE options, a typed range
 * winning over an untyped one, the device's condition and thresholds,
 * and the summary of several items.
 */
#include <check.h>

#include "sensorstate.h"
#include "state.h"
#include "testutil.h"

static const struct {
	const char	*arg;
	int		 ok;
	const char	*err;		/* how the message begins */
} ranges[] = {
	{ "~:70", 1, "" },
	{ "temperature=~:70", 1, "" },
	{ "temp=60", 1, "" },
	{ "fan=600:", 1, "" },
	{ "bogus=1", 0, "Invalid -c 'bogus=1': unknown type 'bogus'" },
	{ "x", 0, "Invalid -c range 'x': expected [TYPE=]" },
	{ "fan=", 0, "Invalid -c range 'fan=': expected" }
};

START_TEST(range)
{
	struct sensorstate_rules r;
	char err[512] = "";

	memset(&r, 0, sizeof(r));
	ck_assert_int_eq(sensorstate_range(&r, 1, ranges[_i].arg, err,
	    sizeof(err)), ranges[_i].ok ? 0 : -1);
	ck_assert_msg(strncmp(err, ranges[_i].err, strlen(ranges[_i].err)) ==
	    0, "%s", err);
}
END_TEST

START_TEST(twice)
{
	struct sensorstate_rules r;
	char err[512];

	memset(&r, 0, sizeof(r));
	ck_assert_int_eq(sensorstate_range(&r, 0, "temp=50", err,
	    sizeof(err)), 0);
	ck_assert_int_eq(sensorstate_range(&r, 0, "temperature=60", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid -w 'temperature=60': a range for "
	    "temperature was given before");
	ck_assert_int_eq(sensorstate_range(&r, 0, "1", err, sizeof(err)), 0);
	ck_assert_int_eq(sensorstate_range(&r, 0, "2", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid -w '2': a range for every type was "
	    "given before");
}
END_TEST

/* A numeric sensor of type and value raw (exponent 0), its state cond. */
static void
sensor(struct sensor *x, int type, int64_t raw, int cond)
{
	memset(x, 0, sizeof(*x));
	snprintf(x->name, sizeof(x->name), "s%lld", (long long)raw);
	snprintf(x->base, sizeof(x->base), "%s", x->name);
	x->type = type;
	x->unit = type == SENSOR_TEMPERATURE ? UNIT_C : UNIT_RPM;
	x->numeric = 1;
	x->has_value = 1;
	x->raw = raw;
	x->cond = cond;
}

START_TEST(judge)
{
	struct sensorstate_rules r;
	struct sensorstate it[3];
	struct devlimit thr[1];
	struct sensor_set set;
	struct sensor x[3];
	struct threshold t;
	char err[256], buf[512];
	struct strbuf sb;

	memset(&r, 0, sizeof(r));
	memset(&set, 0, sizeof(set));
	memset(thr, 0, sizeof(thr));
	set.thr = thr;
	r.absent_state = STATE_WARNING;
	ck_assert_int_eq(sensorstate_range(&r, 1, "~:70", err, sizeof(err)),
	    0);
	ck_assert_int_eq(sensorstate_range(&r, 1, "temp=~:40", err,
	    sizeof(err)), 0);
	/* the typed range wins: 50 C is critical, 50 rpm is not */
	sensor(&x[0], SENSOR_TEMPERATURE, 50, COND_OK);
	sensor(&x[1], SENSOR_FAN, 50, COND_OK);
	sensor(&x[2], SENSOR_FAN, 0, COND_ABSENT);
	x[2].has_value = 0;
	x[2].devstate = "notPresent";
	ck_assert_int_eq(sensorstate_judge(&it[0], &r, &set, &x[0]),
	    STATE_CRITICAL);
	ck_assert_int_eq(it[0].by_value, 1);
	ck_assert_int_eq(sensorstate_judge(&it[1], &r, &set, &x[1]), STATE_OK);
	ck_assert_int_eq(sensorstate_judge(&it[2], &r, &set, &x[2]),
	    STATE_WARNING);
	sensorstate_threshold(&it[0], &t);
	ck_assert_int_eq(t.has_warn, 0);
	ck_assert_int_eq(t.has_crit, 1);
	ck_assert_str_eq(t.crit.text, "~:40");
	sb_init(&sb, buf, sizeof(buf));
	sensorstate_summary(&sb, it, 3);
	ck_assert_str_eq(buf, "s50: *50 C*; s0: notPresent");
	sb_init(&sb, buf, sizeof(buf));
	sensorstate_summary(&sb, &it[1], 1);
	ck_assert_str_eq(buf, "s50: 50 rpm");
	sb_init(&sb, buf, sizeof(buf));
	sensorstate_line(&sb, &set, &it[0], 0);
	ck_assert_str_eq(buf, "[CRITICAL] s50: 50 C\n");
}
END_TEST

static Suite *
sensorstate_suite(void)
{
	Suite *s = suite_create("sensorstate");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, range, 0,
	    (int)(sizeof(ranges) / sizeof(ranges[0])));
	tcase_add_test(tc, twice);
	tcase_add_test(tc, judge);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(sensorstate_suite)
