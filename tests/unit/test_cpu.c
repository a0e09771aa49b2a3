/* SPDX-License-Identifier: ISC */
/*
 * laTable load averages and hrProcessorTable processors over walk files:
 * the fallbacks from laLoad to laLoadFloat and laLoadInt, processors known
 * only from hrDeviceTable, tables walked only when asked for.
 */
#include <check.h>

#include "cpu.h"
#include "snmp.h"
#include "testutil.h"

static struct session *
open_file(const char *path)
{
	struct session_opts o;
	struct session *s;

	memset(&o, 0, sizeof(o));
	o.version = SNMP_V2C;
	o.walkfile = path;
	o.budget_ms = 5000;
	o.deadline = snmp_now_ms() + 5000;
	ck_assert_ptr_nonnull(s = session_new());
	ck_assert_int_eq(session_open(s, &o), SNMP_OK);
	return s;
}

/* laLoad, else laLoadFloat, else laLoadInt; hundredths. */
START_TEST(load_fallbacks)
{
	struct session *s = open_file("tests/data/load-fallback.walk");
	const struct cpu_la *l;
	struct cpu c;

	ck_assert_int_eq(cpu_walk(s, CPU_LA, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 3);
	ck_assert_uint_eq(c.nproc, 0);
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 1));
	ck_assert_str_eq(l->src, "laLoadFloat");
	ck_assert_int_eq(l->h, 250);
	ck_assert_str_eq(l->name, "Load-1");
	ck_assert_str_eq(l->raw, "");
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 2));
	ck_assert_str_eq(l->src, "laLoadInt");
	ck_assert_int_eq(l->h, 150);
	ck_assert_str_eq(l->raw, "n/a");
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 3));
	ck_assert_str_eq(l->src, "laLoad");
	ck_assert_int_eq(l->h, 75);
	ck_assert_int_eq(l->cell[CPU_LAINT].type, VAL_NOSUCHINSTANCE);
	ck_assert_ptr_null(cpu_la_find(&c, 4));
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* A laLoad that is no number, and nothing to fall back on. */
START_TEST(load_unusable)
{
	struct session *s = open_file("tests/data/load-bad.walk");
	const struct cpu_la *l;
	struct cpu c;

	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_ptr_nonnull(l = cpu_la_find(&c, 1));
	ck_assert_ptr_null(l->src);
	ck_assert_str_eq(l->raw, "high");
	/* the processors join the la rows by index, read apart */
	ck_assert_uint_eq(c.nproc, 2);
	ck_assert_uint_eq(c.nlisted, 2);
	ck_assert_int_eq(c.proc[1].load.i, 150);
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* hrProcessorTable lists processors before it has their load. */
START_TEST(processors_listed)
{
	struct session *s = open_file("tests/data/load-fresh.walk");
	const char *how;
	struct cpu c;
	size_t n;

	ck_assert_int_eq(cpu_walk(s, CPU_HRPROC | CPU_HRDEV, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 0);
	ck_assert_uint_eq(c.nproc, 2);
	ck_assert_uint_eq(c.nlisted, 2);
	ck_assert(c.proc[0].is_device);
	ck_assert_uint_eq(c.proc[0].index, 196608);
	ck_assert_int_eq(c.proc[0].load.type, VAL_NOSUCHINSTANCE);
	ck_assert_int_eq(c.proc[0].descr.type, VAL_OCTET_STRING);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(how, "rows of hrProcessorTable");
	cpu_free(&c);
	session_free(s);
}
END_TEST

/* No hrProcessorTable: the hrDeviceProcessor devices count. */
START_TEST(processors_from_devices)
{
	struct session *s = open_file("tests/data/load-fallback.walk");
	const char *how;
	struct cpu c;
	size_t n;

	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_uint_eq(c.nlisted, 0);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_str_eq(how, "hrDeviceProcessor rows of hrDeviceTable");
	cpu_free(&c);
	/* walked with hrDeviceTable, they are processors of their own */
	ck_assert_int_eq(cpu_walk(s, CPU_HRDEV, &c), SNMP_OK);
	ck_assert_uint_eq(c.nproc, 4);
	ck_assert_uint_eq(c.nlisted, 0);
	ck_assert_uint_eq(c.proc[3].index, 771);
	cpu_free(&c);
	/* an agent without any: none */
	session_free(s);
	s = open_file("tests/data/load-nohr.walk");
	ck_assert_int_eq(cpu_walk(s, CPU_LA | CPU_HRPROC, &c), SNMP_OK);
	ck_assert_uint_eq(c.nla, 3);
	ck_assert_int_eq(cpu_count(s, &c, &n, &how), SNMP_OK);
	ck_assert_uint_eq(n, 0);
	cpu_free(&c);
	session_free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cpu");
	TCase *tc = tcase_create("tables");

	tcase_add_test(tc, load_fallbacks);
	tcase_add_test(tc, load_unusable);
	tcase_add_test(tc, processors_listed);
	tcase_add_test(tc, processors_from_devices);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
