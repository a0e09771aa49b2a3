/* SPDX-License-Identifier: ISC */
/*
 * UCD-SNMP-MIB dskTable rows and memory objects over walk files: the
 * 64-bit columns first, the 32-bit ones read back unsigned, clamped
 * values refused with the reason.
 */
#include <check.h>

#include "snmp.h"
#include "testutil.h"
#include "walktest.h"
#include "ucd.h"

/* net-snmp 5.9: the 64-bit halves. */
START_TEST(disk_64bit)
{
	struct session *s = open_file("tests/data/linux-host.walk");
	struct ucd_disk *d;
	size_t n;

	ck_assert_int_eq(ucd_disk_walk(s, &d, &n), SNMP_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(d[0].index, 1);
	ck_assert_str_eq(d[0].path, "/");
	ck_assert(d[0].valid);
	ck_assert_uint_eq(d[0].size, 264212084ull * 1024);
	ck_assert_uint_eq(d[3].index, 17);
	ck_assert_str_eq(d[3].path, "/dev/shm");
	free(d);
	session_free(s);
}
END_TEST

/* An old agent: 32-bit KB, wrapped and clamped. */
START_TEST(disk_32bit)
{
	struct session *s = open_file("tests/data/storage-edge.walk");
	struct ucd_disk *d;
	size_t n;

	ck_assert_int_eq(ucd_disk_walk(s, &d, &n), SNMP_OK);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(d[0].device, "/dev/sda1");
	ck_assert(d[0].valid && !d[0].wrapped);
	ck_assert_uint_eq(d[0].size, 10485760ull * 1024);
	ck_assert_uint_eq(d[0].avail, 2097152ull * 1024);
	ck_assert_uint_eq(d[0].used, 7864320ull * 1024);
	ck_assert_int_eq(d[0].inode, 40);
	ck_assert(d[1].valid && d[1].wrapped);
	ck_assert_uint_eq(d[1].size, 4294967295ull * 1024);
	ck_assert_uint_eq(d[1].used, 3221225471ull * 1024);
	ck_assert_int_eq(d[1].inode, -1);
	ck_assert(!d[2].valid);
	ck_assert_str_eq(d[2].why, "dskTotal is 2147483647: the agent clamped "
	    "a larger value and has no 64-bit columns");
	free(d);
	session_free(s);
}
END_TEST

START_TEST(disk_none)
{
	struct session *s = open_file("tests/data/uptime-none.walk");
	struct ucd_disk *d;
	size_t n;

	ck_assert_int_eq(ucd_disk_walk(s, &d, &n), SNMP_OK);
	ck_assert_uint_eq(n, 0);
	free(d);
	session_free(s);
}
END_TEST

/* The 64-bit twins win; memSysAvail has no 32-bit object. */
START_TEST(mem_twins)
{
	struct session *s = open_file("tests/data/linux-host.walk");
	struct ucd_mem m;

	ck_assert_int_eq(ucd_mem_get(s, &m), SNMP_OK);
	ck_assert(m.any);
	ck_assert(m.have[UCD_TOTALREAL]);
	ck_assert_uint_eq(m.kb[UCD_TOTALREAL], 24683652);
	ck_assert_int_eq(m.raw[UCD_TOTALREAL].type, VAL_COUNTER64);
	ck_assert(m.have[UCD_SYSAVAIL]);
	ck_assert_uint_eq(m.kb[UCD_SYSAVAIL], 24342292);
	ck_assert_str_eq(ucd_mem_name(UCD_SYSAVAIL), "memSysAvail");
	session_free(s);
}
END_TEST

/* 32-bit objects only; a missing one is no value at all. */
START_TEST(mem_32bit)
{
	struct session *s = open_file("tests/data/memory-broken.walk");
	struct ucd_mem m;

	ck_assert_int_eq(ucd_mem_get(s, &m), SNMP_OK);
	ck_assert(m.any);
	ck_assert(m.have[UCD_TOTALREAL]);
	ck_assert_uint_eq(m.kb[UCD_TOTALREAL], 8388608);
	ck_assert_int_eq(m.raw[UCD_TOTALREAL].type, VAL_INTEGER);
	ck_assert(!m.have[UCD_AVAILREAL]);
	ck_assert(value_is_exception(&m.raw[UCD_AVAILREAL]));
	session_free(s);
	s = open_file("tests/data/uptime-none.walk");
	ck_assert_int_eq(ucd_mem_get(s, &m), SNMP_OK);
	ck_assert(!m.any);
	session_free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("ucd");
	TCase *tc = tcase_create("objects");

	tcase_add_test(tc, disk_64bit);
	tcase_add_test(tc, disk_32bit);
	tcase_add_test(tc, disk_none);
	tcase_add_test(tc, mem_twins);
	tcase_add_test(tc, mem_32bit);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
