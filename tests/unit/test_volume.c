/* SPDX-License-Identifier: ISC */
/*
 * Storage volumes in bytes: hrStorage rows (free = size - used) and
 * dskTable rows (free = dskAvail), their usage text, the sum of several,
 * labels made unique and the --list line.
 */
#include <check.h>
#include <string.h>

#include "snmp.h"
#include "testutil.h"
#include "volume.h"

#define GIB	1073741824ull

/* Two rows named "/", one of 100 GiB with 25 used, one of 10 with 9. */
static void
two_roots(struct hrstorage_row *rows)
{
	memset(rows, 0, 2 * sizeof(*rows));
	rows[0].index = 31;
	rows[0].type = HRS_FIXED;
	snprintf(rows[0].typetext, sizeof(rows[0].typetext), "fixedDisk");
	snprintf(rows[0].descr, sizeof(rows[0].descr), "/");
	rows[0].valid = 1;
	rows[0].size = 100 * GIB;
	rows[0].used = 25 * GIB;
	rows[1] = rows[0];
	rows[1].index = 36;
	rows[1].size = 10 * GIB;
	rows[1].used = 9 * GIB;
}

START_TEST(hr_text_sum_labels)
{
	struct hrstorage_row rows[2];
	struct volume *v, sum;
	struct strbuf sb;
	char buf[256];

	two_roots(rows);
	ck_assert_int_eq(volume_from_hr(rows, 2, &v), SNMP_OK);
	ck_assert_uint_eq(v[0].free, 75 * GIB);
	ck_assert_int_eq(v[0].inode, -1);
	sb_init(&sb, buf, sizeof(buf));
	volume_text(&sb, "/", &v[0]);
	ck_assert_str_eq(buf, "/: 25.00% used (25.00 GiB of 100.00 GiB, "
	    "75.00 GiB free)");
	/* 34 of 110 GiB: 30.91 % */
	volume_sum(v, 2, &sum);
	ck_assert_int_eq(sum.r.valid, 1);
	ck_assert_uint_eq(sum.r.size, 110 * GIB);
	ck_assert_uint_eq(sum.free, 76 * GIB);
	ck_assert_int_eq((int)(volume_pct(&sum) * 100 + 0.5), 3091);
	ck_assert_int_eq(volume_labels(v, 2), SNMP_OK);
	ck_assert_str_eq(v[0].label, "/ #31");
	ck_assert_str_eq(v[1].label, "/ #36");
	v[1].selected = 1;
	sb_init(&sb, buf, sizeof(buf));
	volume_list_line(&sb, &v[1], 0);
	ck_assert_str_eq(buf, "* 36 fixedDisk '/' size 10737418240 B "
	    "(10.00 GiB) used 9663676416 B (9.00 GiB) 90.00%\n");
	free(v);
}
END_TEST

/* A volume whose figures are lost spoils the sum, and says which. */
START_TEST(sum_unusable)
{
	struct hrstorage_row rows[2];
	struct volume *v, sum;
	struct strbuf sb;
	char buf[256];

	two_roots(rows);
	rows[1].valid = 0;
	snprintf(rows[1].descr, sizeof(rows[1].descr), "/home");
	snprintf(rows[1].why, sizeof(rows[1].why), "hrStorageSize missing");
	ck_assert_int_eq(volume_from_hr(rows, 2, &v), SNMP_OK);
	volume_sum(v, 2, &sum);
	ck_assert_int_eq(sum.r.valid, 0);
	ck_assert_str_eq(sum.r.why, "cannot add up: /home: hrStorageSize "
	    "missing");
	sb_init(&sb, buf, sizeof(buf));
	volume_text(&sb, "sum", &sum);
	ck_assert_str_eq(buf, "sum: cannot add up: /home: hrStorageSize "
	    "missing");
	/* names differ: no index added */
	ck_assert_int_eq(volume_labels(v, 2), SNMP_OK);
	ck_assert_str_eq(v[0].label, "/");
	ck_assert_str_eq(v[1].label, "/home");
	free(v);
}
END_TEST

/* dskTable: free is dskAvail, the device is kept, inodes are shown. */
START_TEST(ucd_rows)
{
	struct ucd_disk d;
	struct volume *v;
	struct strbuf sb;
	char buf[256];

	memset(&d, 0, sizeof(d));
	d.index = 1;
	snprintf(d.path, sizeof(d.path), "/");
	snprintf(d.device, sizeof(d.device), "/dev/sda1");
	d.valid = 1;
	d.size = 8 * GIB;
	d.used = 4 * GIB;
	d.avail = 3 * GIB;
	d.inode = 12;
	ck_assert_int_eq(volume_from_ucd(&d, 1, &v), SNMP_OK);
	ck_assert_str_eq(v->r.typetext, "dskEntry");
	sb_init(&sb, buf, sizeof(buf));
	volume_text(&sb, "/", v);
	ck_assert_str_eq(buf, "/: 50.00% used (4.00 GiB of 8.00 GiB, "
	    "3.00 GiB free), inodes 12% used");
	sb_init(&sb, buf, sizeof(buf));
	volume_list_line(&sb, v, 1);
	ck_assert_str_eq(buf, "  1 /dev/sda1 '/' size 8589934592 B "
	    "(8.00 GiB) used 4294967296 B (4.00 GiB) 50.00% inodes 12%\n");
	free(v);
}
END_TEST

static Suite *
volume_suite(void)
{
	Suite *s = suite_create("volume");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, hr_text_sum_labels);
	tcase_add_test(tc, sum_unusable);
	tcase_add_test(tc, ucd_rows);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(volume_suite)
