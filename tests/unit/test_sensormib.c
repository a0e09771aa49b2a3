/* SPDX-License-Identifier: ISC */
/*
 * The sensor MIBs' rows: RFC 3433 scale and precision, every row a device
 * should not send (tests/data/sensor-hostile.walk.md), LM-SENSORS-MIB and
 * CISCO-ENVMON-MIB values sent as Gauge32, the state words cut from
 * ENVMON descriptions.
 */
#include <check.h>

#include "sensor.h"
#include "sensormib.h"
#include "snmp.h"
#include "testutil.h"

#define MISSING		INT64_MAX	/* a cell the agent does not have */
#define STRING42	(INT64_MAX - 1)	/* OCTET STRING "42" */

static const struct {
	int	 scale;
	int	 precision;
	int	 rc;
	int	 exp;
} exps[] = {
	{ 9, 0, 0, 0 }, { 8, 0, 0, -3 }, { 10, 3, 0, 0 }, { 1, 0, 0, -24 },
	{ 17, 0, 0, 24 },
	{ 14, 3, 0, 12 },	/* "exa" in the RFC's comment, 10^15 */
	{ 15, 0, 0, 18 },
	{ 8, 1, 0, -4 }, { 9, -2, 0, 0 }, { 9, -8, 0, 0 }, { 9, 9, 0, -9 },
	{ 1, 9, 0, -33 },
	{ 18, 0, -1, 0 }, { 0, 0, -1, 0 }, { 9, 10, -1, 0 }, { 9, -9, -1, 0 }
};

START_TEST(exponent)
{
	int e = 99;

	ck_assert_int_eq(sensormib_exponent(exps[_i].scale,
	    exps[_i].precision, &e), exps[_i].rc);
	if (exps[_i].rc == 0)
		ck_assert_int_eq(e, exps[_i].exp);
}
END_TEST

static const struct {
	const char	*descr;
	const char	*name;
} envnames[] = {
	{ "SW#1, Sensor#1, GREEN", "SW#1, Sensor#1" },
	{ "Sw1, PS1 Normal, RPS NotExist", "Sw1, PS1" },
	{ "Switch 1 - FAN 1, Normal", "Switch 1 - FAN 1" },
	{ "Switch#1, Fan#1, Status is Normal", "Switch#1, Fan#1" },
	{ "PS2 Not Present", "PS2" },
	{ "Fan 3: faulty", "Fan 3" },
	{ "Redundant Power", "Redundant Power" },	/* Red, not RED */
	{ "Temp: Inlet 1 R0/0", "Temp: Inlet 1 R0/0" },
	{ "Normal", "Normal" },			/* nothing left */
	{ "", "" }
};

START_TEST(envmon_name)
{
	char buf[64];

	sensormib_envmon_name(envnames[_i].descr, buf, sizeof(buf));
	ck_assert_str_eq(buf, envnames[_i].name);
}
END_TEST

/* One row of one table, its cells by column OID; the sensor it gives. */
struct cell {
	const char	*col;
	int64_t		 v;
	int		 type;	/* 0: INTEGER */
};

static struct sensor_set set;

static const struct sensor *
row(unsigned sources, uint32_t index, const struct cell *cells, size_t n)
{
	static struct sensormib_build b;
	static struct snmp_value vals[SENSORMIB_TABLES * SENSORMIB_COLS];
	static uint32_t idx[1];
	struct oid cols[SENSORMIB_TABLES * SENSORMIB_COLS], o;
	struct table_row r;
	size_t ncols, i, k;

	sensor_free(&set);
	memset(&b, 0, sizeof(b));
	b.set = &set;
	b.owner = SENSORMIB_NOT_WALKED;
	ncols = sensormib_columns(&b, sources, 0, cols);
	for (i = 0; i < ncols; i++)
		vals[i].type = VAL_NOSUCHINSTANCE;
	for (k = 0; k < n; k++) {
		ck_assert_int_eq(oid_parse_numeric(&o, cells[k].col), SNMP_OK);
		for (i = 0; i < ncols && oid_cmp(&o, &cols[i]) != 0; i++)
			;
		ck_assert_msg(i < ncols, "column %s not walked", cells[k].col);
		memset(&vals[i], 0, sizeof(vals[i]));
		vals[i].type = cells[k].type ? cells[k].type : VAL_INTEGER;
		vals[i].i = cells[k].v;
		vals[i].u = (uint64_t)cells[k].v;
		if (cells[k].v == STRING42) {
			vals[i].type = VAL_OCTET_STRING;
			vals[i].bytes = (const uint8_t *)"42";
			vals[i].len = 2;
		}
	}
	idx[0] = index;
	r.index = idx;
	r.index_len = 1;
	r.val = vals;
	ck_assert_int_eq(sensormib_row(&b, &r), SNMP_OK);
	ck_assert_uint_ge(set.n, 1);
	return &set.rows[0];
}

/* ENTITY-SENSOR-MIB rows: type, scale, precision, value, status. */
static const struct {
	int64_t		 c[5];
	int		 cond;
	const char	*text;		/* the value, or why */
} ents[] = {
	{ { 8, 1, 0, 5, 1 }, COND_OK, "0.000000000000000000000005" },
	{ { 6, 17, 0, 3, 1 }, COND_OK, "3000000000000000000000000" },
	{ { 4, 9, 9, 123456789, 1 }, COND_OK, "0.123456789" },
	{ { 6, 14, 3, 7, 1 }, COND_OK, "7000000000000" },
	{ { 8, 8, 0, 67250, 1 }, COND_OK, "67.250" },
	{ { 10, 9, -2, 8600, 1 }, COND_OK, "8600" },
	{ { 12, 9, 0, 2, 1 }, COND_OK, "false" },
	{ { 12, 9, 0, 1, 1 }, COND_OK, "true" },
	{ { 9, 9, 1, 1000, 1 }, COND_OK, "100.0" },
	{ { 8, 9, 0, INT32_MIN, 1 }, COND_INVALID,
	  "value -2147483648 is outside the range of ENTITY-SENSOR-MIB" },
	{ { 8, 9, 0, 1500000000, 1 }, COND_INVALID,
	  "value 1500000000 is outside the range of ENTITY-SENSOR-MIB" },
	{ { 8, 9, 0, 1000000000, 1 }, COND_INVALID, "overflow" },
	{ { 8, 9, 0, -1000000000, 1 }, COND_INVALID, "underflow" },
	{ { 8, 9, 0, MISSING, 1 }, COND_INVALID, "no entPhySensorValue" },
	{ { 8, MISSING, 0, 40, 1 }, COND_INVALID, "no entPhySensorScale" },
	{ { MISSING, 9, 0, 40, 1 }, COND_INVALID, "no entPhySensorType" },
	{ { 8, 9, 0, 40, MISSING }, COND_INVALID,
	  "no entPhySensorOperStatus" },
	{ { 8, 18, 0, 40, 1 }, COND_INVALID, "scale 18 is not defined" },
	{ { 8, 9, 10, 40, 1 }, COND_INVALID, "precision 10 is not defined" },
	{ { 8, 9, -9, 40, 1 }, COND_INVALID, "precision -9 is not defined" },
	{ { 13, 9, 0, 40, 1 }, COND_INVALID,
	  "type 13 is not defined by ENTITY-SENSOR-MIB" },
	{ { 8, 9, 0, 40, 4 }, COND_INVALID, "oper status 4 is not defined" },
	{ { 8, 9, 0, STRING42, 1 }, COND_INVALID,
	  "entPhySensorValue is not an INTEGER" },
	{ { 12, 9, 0, 3, 1 }, COND_INVALID,
	  "truthvalue 3 is neither true(1) nor false(2)" },
	{ { 9, 9, 0, 120, 1 }, COND_INVALID,
	  "percentRH 120 is outside 0..100" },
	{ { 9, 9, 1, 1001, 1 }, COND_INVALID,
	  "percentRH 100.1 is outside 0..100" },
	{ { 8, 9, 1, 0, 2 }, COND_UNAVAILABLE, "unavailable" },
	{ { 4, 8, 0, 0, 3 }, COND_UNAVAILABLE, "nonoperational" }
};

START_TEST(entity)
{
	static const char *const cols[] = { "1.3.6.1.2.1.99.1.1.1.1",
	    "1.3.6.1.2.1.99.1.1.1.2", "1.3.6.1.2.1.99.1.1.1.3",
	    "1.3.6.1.2.1.99.1.1.1.4", "1.3.6.1.2.1.99.1.1.1.5" };
	struct cell cells[5];
	const struct sensor *x;
	char text[64];
	size_t i, n = 0;

	for (i = 0; i < 5; i++) {
		if (ents[_i].c[i] == MISSING)
			continue;
		cells[n].col = cols[i];
		cells[n].v = ents[_i].c[i];
		cells[n++].type = 0;
	}
	x = row(1u << SENSOR_ENTITY, 27, cells, n);
	ck_assert_int_eq(x->cond, ents[_i].cond);
	ck_assert_int_eq(x->has_value, ents[_i].cond == COND_OK);
	if (x->has_value)
		sensor_value_text(x, 0, text, sizeof(text));
	ck_assert_str_eq(x->has_value ? text : x->why, ents[_i].text);
	ck_assert_uint_eq(x->index[0], 27);
}
END_TEST

START_TEST(cisco)
{
	struct cell c[] = {
		{ "1.3.6.1.4.1.9.9.91.1.1.1.1.1", 14, 0 },
		{ "1.3.6.1.4.1.9.9.91.1.1.1.1.2", 9, 0 },
		{ "1.3.6.1.4.1.9.9.91.1.1.1.1.3", 1, 0 },
		{ "1.3.6.1.4.1.9.9.91.1.1.1.1.4", -198, 0 },
		{ "1.3.6.1.4.1.9.9.91.1.1.1.1.5", 1, 0 }
	};
	const struct sensor *x;
	char text[64];

	x = row(1u << SENSOR_CISCO, 1015, c, 5);
	ck_assert_int_eq(x->type, SENSOR_OPTICAL);
	ck_assert_str_eq(sensor_unit_text(x->unit), "dBm");
	sensor_value_text(x, 0, text, sizeof(text));
	ck_assert_str_eq(text, "-19.8");
	c[0].v = 16;
	x = row(1u << SENSOR_CISCO, 1015, c, 5);
	ck_assert_str_eq(x->why, "type 16 is not defined by "
	    "CISCO-ENTITY-SENSOR-MIB");
	c[0].v = 13;
	c[4].v = 4;
	x = row(1u << SENSOR_CISCO, 1015, c, 5);
	ck_assert_int_eq(x->type, SENSOR_STATE);
	ck_assert_str_eq(x->why, "status 4 is not defined");
}
END_TEST

START_TEST(lm_negative)
{
	const struct cell c[] = {
		{ "1.3.6.1.4.1.2021.13.16.2.1.3", 4294905296LL, VAL_GAUGE32 },
		{ "1.3.6.1.4.1.2021.13.16.4.1.3", 4294955392LL, VAL_GAUGE32 }
	};
	const struct sensor *x;
	char text[64];

	x = row(1u << SENSOR_LM, 11, c, 2);
	ck_assert_uint_eq(set.n, 2);
	ck_assert_int_eq(x->type, SENSOR_TEMPERATURE);
	sensor_value_text(x, 0, text, sizeof(text));
	ck_assert_str_eq(text, "-62.000");
	sensor_value_text(&set.rows[1], 0, text, sizeof(text));
	ck_assert_str_eq(text, "-11.904");
	ck_assert_int_eq(set.rows[1].type, SENSOR_VOLTAGE);
}
END_TEST

START_TEST(envmon)
{
	const struct cell t[] = {
		{ "1.3.6.1.4.1.9.9.13.1.3.1.3", 4294967286LL, VAL_GAUGE32 },
		{ "1.3.6.1.4.1.9.9.13.1.3.1.4", 60, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.3.1.6", 1, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.3.1.7", -11, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.2.1.3", 12100, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.2.1.4", 13200, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.2.1.5", 10800, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.2.1.7", 1, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.4.1.3", 6, 0 },
		{ "1.3.6.1.4.1.9.9.13.1.5.1.3", 6, 0 }
	};
	const struct sensor *x;
	size_t i;

	x = row(1u << SENSOR_ENVMON, 2, t, 10);
	ck_assert_uint_eq(set.n, 4);
	for (i = 0; i < set.n; i++) {
		x = &set.rows[i];
		if (x->type == SENSOR_TEMPERATURE) {
			/* StatusValueRev1 wins over the Gauge32 */
			ck_assert_int_eq(x->raw, -11);
			ck_assert_uint_eq(x->nthr, 1);
		} else if (x->type == SENSOR_VOLTAGE) {
			ck_assert_int_eq(x->raw, 12100);
			ck_assert_int_eq(x->exp, -3);
			ck_assert_uint_eq(x->nthr, 0);
			ck_assert_str_eq(x->note, "thresholds ignored: low "
			    "13200 mV is above high 10800 mV");
		} else
			/* notFunctioning: a fan or supply that does not work */
			ck_assert_int_eq(x->cond, COND_FAILED);
	}
}
END_TEST

START_TEST(envmon_gauge)
{
	const struct cell t[] = {
		{ "1.3.6.1.4.1.9.9.13.1.3.1.2", 0, VAL_NOSUCHINSTANCE },
		{ "1.3.6.1.4.1.9.9.13.1.3.1.3", 4294967286LL, VAL_GAUGE32 },
		{ "1.3.6.1.4.1.9.9.13.1.3.1.6", 1, 0 }
	};
	const struct sensor *x = row(1u << SENSOR_ENVMON, 2, t + 1, 2);

	ck_assert_int_eq(x->raw, -10);
	ck_assert_int_eq(x->cond, COND_OK);
	x = row(1u << SENSOR_ENVMON, 2, t + 2, 1);
	ck_assert_int_eq(x->has_value, 0);
	ck_assert_str_eq(x->why, "no ciscoEnvMonTemperatureStatusValue");
}
END_TEST

static void
teardown(void)
{
	sensor_free(&set);
}

static Suite *
sensormib_suite(void)
{
	Suite *s = suite_create("sensormib");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_loop_test(tc, exponent, 0, (int)(sizeof(exps) /
	    sizeof(exps[0])));
	tcase_add_loop_test(tc, envmon_name, 0, (int)(sizeof(envnames) /
	    sizeof(envnames[0])));
	tcase_add_loop_test(tc, entity, 0, (int)(sizeof(ents) /
	    sizeof(ents[0])));
	tcase_add_test(tc, cisco);
	tcase_add_test(tc, lm_negative);
	tcase_add_test(tc, envmon);
	tcase_add_test(tc, envmon_gauge);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(sensormib_suite)
