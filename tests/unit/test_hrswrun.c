/* SPDX-License-Identifier: ISC */
/*
 * hrSWRunTable and hrSWRunPerfTable rows over walk files: the columns
 * asked for, holes of processes that came and went, columns the agent
 * lacks, and the messages that name them.
 */
#include <check.h>
#include <string.h>
#include <unistd.h>

#include "hrswrun.h"
#include "snmp.h"
#include "testutil.h"
#include "walktest.h"

#define ALL	((1u << HRSW_NCOLS) - 1)
#define COL(k)	(1u << (k))

static const struct hrswrun_row *
row(const struct hrswrun *sw, uint32_t pid)
{
	size_t i;

	for (i = 0; i < sw->nrows; i++) {
		if (sw->rows[i].pid == pid)
			return &sw->rows[i];
	}
	ck_abort_msg("no row %u", (unsigned)pid);
	return NULL;
}

/* Every column: rows with holes are incomplete, figures in their units. */
START_TEST(churn_all_columns)
{
	struct session *s = open_file("tests/data/process-churn.walk");
	const struct hrswrun_row *r;
	struct hrswrun sw;

	ck_assert_int_eq(hrswrun_walk(s, ALL, &sw), SNMP_OK);
	ck_assert_uint_eq(sw.nrows, 11);
	ck_assert_uint_eq(sw.absent, 0);
	r = row(&sw, 100);
	ck_assert_str_eq(r->name, "daemon");
	ck_assert_str_eq(r->path, "/usr/sbin/daemon");
	ck_assert_str_eq(r->params, "--foreground");
	ck_assert_int_eq(r->status, HRSW_RUNNING);
	ck_assert_int_eq(r->type, 4);
	ck_assert(r->has_cpu && r->cpu == 12345);
	ck_assert(r->has_mem && r->mem == 524288ull * 1024);
	ck_assert(r->complete);
	/* name only: ended during the walk */
	r = row(&sw, 101);
	ck_assert_str_eq(r->name, "daemon");
	ck_assert_int_eq(r->status, 0);
	ck_assert(!r->complete);
	/* no perf row */
	r = row(&sw, 102);
	ck_assert(!r->complete && !r->has_cpu && !r->has_mem);
	ck_assert_uint_eq(r->missing, COL(HRSW_CPU) | COL(HRSW_MEM));
	/* a perf row only: no name */
	r = row(&sw, 107);
	ck_assert_ptr_null(r->name);
	ck_assert(!r->complete);
	/* out-of-range status kept as it is */
	ck_assert_int_eq(row(&sw, 108)->status, 7);
	ck_assert_uint_eq(sw.have[HRSW_NAME], 9);
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

/* Only the columns asked for: a row without perf cells is then whole. */
START_TEST(churn_some_columns)
{
	struct session *s = open_file("tests/data/process-churn.walk");
	struct hrswrun sw;

	ck_assert_int_eq(hrswrun_walk(s, COL(HRSW_NAME) | COL(HRSW_STATUS),
	    &sw), SNMP_OK);
	ck_assert_uint_eq(sw.cols, COL(HRSW_NAME) | COL(HRSW_STATUS));
	ck_assert(row(&sw, 102)->complete);
	ck_assert_ptr_null(row(&sw, 102)->path);
	ck_assert(!row(&sw, 102)->has_mem);
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

/* A column no row has is absent, not a hole; lacking() names it. */
START_TEST(lacking_perf_table)
{
	struct session *s = open_file("tests/data/process-noperf.walk");
	struct hrswrun sw;
	char err[512];
	size_t i;

	ck_assert_int_eq(hrswrun_walk(s, COL(HRSW_NAME) | COL(HRSW_STATUS) |
	    COL(HRSW_MEM), &sw), SNMP_OK);
	ck_assert_uint_eq(sw.nrows, 3);
	ck_assert_uint_eq(sw.absent, COL(HRSW_MEM));
	for (i = 0; i < sw.nrows; i++)
		ck_assert(sw.rows[i].complete);
	ck_assert_int_eq(hrswrun_lacking(&sw, COL(HRSW_NAME), "PEER", err,
	    sizeof(err)), 0);
	ck_assert_int_eq(hrswrun_lacking(&sw, COL(HRSW_MEM), "PEER", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "The agent at PEER has no hrSWRunPerfMem "
	    "(1.3.6.1.2.1.25.5.1.1.2) for its 3 processes: hrSWRunPerfTable "
	    "is not implemented");
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

START_TEST(lacking_status)
{
	struct session *s = open_file("tests/data/process-nostatus.walk");
	struct hrswrun sw;
	char err[512];

	ck_assert_int_eq(hrswrun_walk(s, ALL, &sw), SNMP_OK);
	ck_assert_uint_eq(sw.absent, COL(HRSW_STATUS) | COL(HRSW_PATH) |
	    COL(HRSW_PARAMS) | COL(HRSW_TYPE));
	ck_assert_int_eq(hrswrun_lacking(&sw, COL(HRSW_NAME) |
	    COL(HRSW_STATUS), "PEER", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "The agent at PEER has no hrSWRunStatus "
	    "(1.3.6.1.2.1.25.4.2.1.7) for its 2 processes");
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

/* Cells of the wrong type: present, never usable. */
START_TEST(unusable_column)
{
	static const char walk[] =
	    ".1.3.6.1.2.1.25.4.2.1.2.5 = STRING: \"a\"\n"
	    ".1.3.6.1.2.1.25.4.2.1.2.6 = STRING: \"b\"\n"
	    ".1.3.6.1.2.1.25.4.2.1.7.5 = STRING: \"running\"\n"
	    ".1.3.6.1.2.1.25.4.2.1.7.6 = INTEGER: -1\n";
	char path[] = "/tmp/test_hrswrun.XXXXXX", err[512];
	struct session *s;
	struct hrswrun sw;
	int fd;

	ck_assert_int_ge(fd = mkstemp(path), 0);
	ck_assert_int_eq(write(fd, walk, sizeof(walk) - 1),
	    (ssize_t)sizeof(walk) - 1);
	close(fd);
	s = open_file(path);
	ck_assert_int_eq(hrswrun_walk(s, COL(HRSW_NAME) | COL(HRSW_STATUS),
	    &sw), SNMP_OK);
	unlink(path);
	ck_assert_uint_eq(sw.have[HRSW_STATUS], 2);
	ck_assert_int_eq(hrswrun_lacking(&sw, COL(HRSW_STATUS), "PEER", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "The agent at PEER sends no usable "
	    "hrSWRunStatus (1.3.6.1.2.1.25.4.2.1.7): not one of its 2 values "
	    "is a non-negative number");
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

START_TEST(texts)
{
	char buf[32];

	ck_assert_str_eq(hrswrun_status_text(HRSW_NOTRUNNABLE, buf,
	    sizeof(buf)), "notRunnable");
	ck_assert_str_eq(hrswrun_status_text(0, buf, sizeof(buf)), "-");
	ck_assert_str_eq(hrswrun_status_text(999, buf, sizeof(buf)),
	    "status 999");
	ck_assert_str_eq(hrswrun_type_text(0), "-");
	ck_assert_str_eq(hrswrun_type_text(4), "application");
}
END_TEST

/* --status lists: names in any case, numbers, all; anything else fails. */
START_TEST(status_mask)
{
	static const struct {
		const char	*text;
		unsigned	 mask;	/* 0: refused */
	} v[] = {
		{ "running", 0x02 },
		{ "Runnable, notrunnable", 0x0c },
		{ "4,1", 0x12 },
		{ "+3", 0x08 },
		{ "all", 0x1e },
		{ "", 0 },
		{ ",,", 0 },
		{ "5", 0 },
		{ "running,sleeping", 0 },
		{ "1 ", 0 }
	};
	unsigned m;
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		m = 0x80;
		ck_assert_int_eq(hrswrun_status_mask(v[i].text, &m),
		    v[i].mask != 0 ? SNMP_OK : SNMP_E_SYNTAX);
		ck_assert_uint_eq(m, v[i].mask != 0 ? v[i].mask : 0x80);
	}
}
END_TEST

/* What a selection compares: the directory path gets the name. */
START_TEST(match_texts)
{
	struct hrswrun_row r = { 7, "svchost.exe", "C:\\Windows\\", "-k x",
	    1, 4, 0, 0, 0, 0, 0, 1 };
	struct hrswrun_texts t;

	ck_assert_uint_eq(hrswrun_target_cols(HRSW_BY_ARGS),
	    COL(HRSW_NAME) | COL(HRSW_PATH) | COL(HRSW_PARAMS));
	ck_assert_int_eq(hrswrun_texts(&t, &r, HRSW_BY_NAME), SNMP_OK);
	ck_assert(t.text[0] == r.name && t.text[1] == NULL);
	hrswrun_texts_free(&t);
	ck_assert_int_eq(hrswrun_texts(&t, &r, HRSW_BY_PATH), SNMP_OK);
	ck_assert_str_eq(t.text[0], "C:\\Windows\\");
	ck_assert_str_eq(t.text[1], "C:\\Windows\\svchost.exe");
	hrswrun_texts_free(&t);
	ck_assert_int_eq(hrswrun_texts(&t, &r, HRSW_BY_ARGS), SNMP_OK);
	ck_assert_str_eq(t.text[0], "svchost.exe -k x");
	ck_assert_str_eq(t.text[1], "C:\\Windows\\svchost.exe -k x");
	hrswrun_texts_free(&t);
	r.params = NULL;
	ck_assert_int_eq(hrswrun_texts(&t, &r, HRSW_BY_ARGS), SNMP_OK);
	ck_assert(t.text[0] == NULL && t.text[1] == NULL);
	hrswrun_texts_free(&t);
}
END_TEST

/* The figures of the churn walk's processes, and their texts. */
START_TEST(tally_and_lines)
{
	struct session *s = open_file("tests/data/process-churn.walk");
	struct hrswrun_tally t;
	struct hrswrun sw;
	struct strbuf sb;
	char buf[512];
	size_t i;

	ck_assert_int_eq(hrswrun_walk(s, ALL, &sw), SNMP_OK);
	memset(&t, 0, sizeof(t));
	for (i = 0; i < sw.nrows; i++)
		hrswrun_tally_add(&t, &sw.rows[i], COL(HRSW_RUNNING));
	ck_assert_uint_eq(t.matched, 11);
	ck_assert_uint_eq(t.matched, t.counted + t.changed + t.status[0] +
	    t.status[1] + t.status[2] + t.status[3] + t.status[4]);
	ck_assert_uint_eq(t.status[HRSW_RUNNING], 0);
	sb_init(&sb, buf, sizeof(buf));
	hrswrun_item(&sb, row(&sw, 100));
	hrswrun_item_where(&sb, row(&sw, 100), 1, 5);
	ck_assert_str_eq(buf, "PID 100 daemon: running, memory 512.00 MiB, "
	    "CPU 123.45 s, path /usr/sbin/daemon, args --for...");
	sb_init(&sb, buf, sizeof(buf));
	hrswrun_list_line(&sb, row(&sw, 101));
	ck_assert_str_eq(buf, "101 - - 'daemon' path '-' args '-' memory - "
	    "CPU - (started or ended during the walk)");
	ck_assert_ptr_null(hrswrun_cut_name(&sw, "daemon-with-a-long-name",
	    0));
	hrswrun_free(&sw);
	session_free(s);
}
END_TEST

/* Names cut at 15 characters are found for the whole name asked. */
START_TEST(cut_name)
{
	struct hrswrun_row rows[2] = {
		{ 1, "short", NULL, NULL, 1, 4, 0, 0, 0, 0, 0, 1 },
		{ 2, "Kworker-thread-", NULL, NULL, 1, 4, 0, 0, 0, 0, 0, 1 }
	};
	struct hrswrun sw;
	struct hrswrun_tally t;
	char buf[128];
	struct strbuf sb;

	memset(&sw, 0, sizeof(sw));
	sw.rows = rows;
	sw.nrows = 2;
	ck_assert_ptr_null(hrswrun_cut_name(&sw, "kworker-thread-pool", 0));
	ck_assert_str_eq(hrswrun_cut_name(&sw, "kworker-thread-pool", 1),
	    "Kworker-thread-");
	ck_assert_ptr_null(hrswrun_cut_name(&sw, "Kworker-thread-", 0));
	memset(&t, 0, sizeof(t));
	rows[0].status = 3;
	rows[1].status = 999;
	ck_assert_int_eq(hrswrun_tally_add(&t, &rows[0], 0x1e & ~0x08), 0);
	ck_assert_int_eq(hrswrun_tally_add(&t, &rows[1], 0x1e), 0);
	sb_init(&sb, buf, sizeof(buf));
	hrswrun_tally_uncounted(&sb, &t);
	ck_assert_str_eq(buf, ", not counted: 1 notRunnable, 1 with an "
	    "unknown status");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("hrswrun");
	TCase *tc = tcase_create("rows");

	tcase_add_test(tc, churn_all_columns);
	tcase_add_test(tc, churn_some_columns);
	tcase_add_test(tc, lacking_perf_table);
	tcase_add_test(tc, lacking_status);
	tcase_add_test(tc, unusable_column);
	tcase_add_test(tc, texts);
	tcase_add_test(tc, status_mask);
	tcase_add_test(tc, match_texts);
	tcase_add_test(tc, tally_and_lines);
	tcase_add_test(tc, cut_name);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
