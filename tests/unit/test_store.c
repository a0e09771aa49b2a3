/* SPDX-License-Identifier: ISC */
/*
 * The state store (private directory, atomic writes, the lock, foreign and
 * corrupt files) and the rate arithmetic (agent clock, restarts, wraps,
 * resets).
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "rate.h"
#include "snmp.h"
#include "store.h"
#include "testutil.h"

static char dir[256];

static int
open_store(struct store *s, const char *d, const char *key)
{
	/* a generous budget: under valgrind 50 writers queue for the lock */
	return store_open(s, d, "check_test", key, strlen(key),
	    "agent 127.0.0.1:161 item eth0", snmp_now_ms() + 30000);
}

START_TEST(round_trip_and_modes)
{
	struct store s;
	struct stat st;
	char sub[300], buf[512];
	size_t len;

	test_mkscratch(dir, sizeof(dir), "state-test");
	snprintf(sub, sizeof(sub), "%s/new", dir);
	ck_assert_int_eq(open_store(&s, sub, "public@127.0.0.1:161/eth0"),
	    SNMP_OK);
	ck_assert_int_eq(stat(sub, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	ck_assert_int_eq(store_read(&s, buf, sizeof(buf), &len), SNMP_E_FILE);
	ck_assert_str_eq(s.err, "no previous sample");
	ck_assert_int_eq(store_write(&s, "in 5\n", 5), SNMP_OK);
	ck_assert_int_eq(store_read(&s, buf, sizeof(buf), &len), SNMP_OK);
	ck_assert_str_eq(buf, "in 5\n");
	ck_assert_uint_eq(len, 5);
	snprintf(buf, sizeof(buf), "%s/%s", sub, s.name);
	ck_assert_int_eq(stat(buf, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	/* the file name holds no part of the key (the community) */
	ck_assert_ptr_null(strstr(s.name, "public"));
	store_close(&s);
	test_rmscratch(dir);
}
END_TEST

START_TEST(foreign_and_corrupt)
{
	struct store s, t;
	char buf[256], path[600];
	size_t len;
	int fd;

	test_mkscratch(dir, sizeof(dir), "state-test");
	ck_assert_int_eq(open_store(&s, dir, "k1"), SNMP_OK);
	ck_assert_int_eq(store_write(&s, "x 1\n", 4), SNMP_OK);
	store_close(&s);
	/* the same file name under another label: not ours */
	ck_assert_int_eq(store_open(&t, dir, "check_test", "k1", 2,
	    "another label", snmp_now_ms() + 1000), SNMP_OK);
	ck_assert_int_eq(store_read(&t, buf, sizeof(buf), &len), SNMP_E_FILE);
	ck_assert_str_eq(t.err, "the state file belongs to another check: "
	    "ignored");
	/* garbage */
	snprintf(path, sizeof(path), "%s/%s", dir, t.name);
	fd = open(path, O_WRONLY | O_TRUNC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "\x01\x02garbage", 9), 9);
	close(fd);
	ck_assert_int_eq(store_read(&t, buf, sizeof(buf), &len), SNMP_E_FILE);
	ck_assert_str_eq(t.err, "the state file is corrupt or not ours: "
	    "ignored");
	/* a buffer too small for the file: ignored, not truncated */
	ck_assert_int_eq(store_write(&t, "y 123456789\n", 12), SNMP_OK);
	ck_assert_int_eq(store_read(&t, buf, 16, &len), SNMP_E_FILE);
	store_close(&t);
	test_rmscratch(dir);
}
END_TEST

START_TEST(symlinks_refused)
{
	struct store s;
	char link[512], target[300], buf[64];
	size_t len;

	test_mkscratch(dir, sizeof(dir), "state-test");
	/* a symlinked directory */
	snprintf(link, sizeof(link), "%s/link", dir);
	ck_assert_int_eq(symlink("/tmp", link), 0);
	ck_assert_int_eq(open_store(&s, link, "k"), SNMP_E_FILE);
	ck_assert_msg(strstr(s.err, "symbolic link is refused") != NULL,
	    "%s", s.err);
	/* a symlink in place of the state file */
	ck_assert_int_eq(open_store(&s, dir, "k"), SNMP_OK);
	snprintf(link, sizeof(link), "%s/%s", dir, s.name);
	snprintf(target, sizeof(target), "%s/elsewhere", dir);
	ck_assert_int_eq(symlink(target, link), 0);
	ck_assert_int_eq(store_read(&s, buf, sizeof(buf), &len), SNMP_E_FILE);
	ck_assert_int_eq(store_write(&s, "a 1\n", 4), SNMP_OK);
	/* rename replaced the link; the target was never created */
	ck_assert_int_eq(access(target, F_OK), -1);
	ck_assert_int_eq(store_read(&s, buf, sizeof(buf), &len), SNMP_OK);
	store_close(&s);
	test_rmscratch(dir);
}
END_TEST

START_TEST(open_directory_refused)
{
	struct store s;

	test_mkscratch(dir, sizeof(dir), "state-test");
	ck_assert_int_eq(chmod(dir, 0777), 0);
	ck_assert_int_eq(open_store(&s, dir, "k"), SNMP_E_FILE);
	ck_assert_msg(strstr(s.err, "writable by group or others") != NULL,
	    "%s", s.err);
	ck_assert_int_eq(chmod(dir, 0700), 0);
	test_rmscratch(dir);
}
END_TEST

/* 50 processes each add one under the lock: no update is lost. */
START_TEST(concurrent_runs_lose_nothing)
{
	struct store s;
	char buf[64];
	size_t len;
	uint64_t n;
	int i, status;
	pid_t pid;

	test_mkscratch(dir, sizeof(dir), "state-test");
	for (i = 0; i < 50; i++) {
		if ((pid = fork()) == 0) {
			if (open_store(&s, dir, "shared") != SNMP_OK)
				_exit(1);
			n = 0;
			if (store_read(&s, buf, sizeof(buf), &len) == SNMP_OK &&
			    rate_kv_u64(buf, "n", &n) != SNMP_OK)
				_exit(2);
			snprintf(buf, sizeof(buf), "n %llu\n",
			    (unsigned long long)n + 1);
			if (store_write(&s, buf, strlen(buf)) != SNMP_OK)
				_exit(3);
			store_close(&s);
			_exit(0);
		}
		ck_assert_int_gt(pid, 0);
	}
	for (i = 0; i < 50; i++) {
		ck_assert_int_gt(wait(&status), 0);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		    "a writer failed: status %d", status);
	}
	ck_assert_int_eq(open_store(&s, dir, "shared"), SNMP_OK);
	ck_assert_int_eq(store_read(&s, buf, sizeof(buf), &len), SNMP_OK);
	ck_assert_int_eq(rate_kv_u64(buf, "n", &n), SNMP_OK);
	ck_assert_uint_eq(n, 50);
	store_close(&s);
	test_rmscratch(dir);
}
END_TEST

START_TEST(lock_waits_then_gives_up)
{
	struct store a, b;

	test_mkscratch(dir, sizeof(dir), "state-test");
	ck_assert_int_eq(open_store(&a, dir, "k"), SNMP_OK);
	if (fork() == 0) {
		/* another process: the lock is held by the parent */
		_exit(store_open(&b, dir, "check_test", "k", 1,
		    "agent 127.0.0.1:161 item eth0", snmp_now_ms() + 200) ==
		    SNMP_E_TIMEOUT ? 0 : 1);
	}
	{
		int status;

		ck_assert_int_gt(wait(&status), 0);
		ck_assert_int_eq(WEXITSTATUS(status), 0);
	}
	store_close(&a);
	test_rmscratch(dir);
}
END_TEST

static struct rate_clock
clk(int64_t wall_s, int up, uint32_t ticks, int hb, int32_t boots)
{
	struct rate_clock c;

	c.wall_ms = wall_s * 1000;
	c.has_uptime = up;
	c.uptime = ticks;
	c.has_boots = hb;
	c.boots = boots;
	return c;
}

START_TEST(interval_from_agent_clock)
{
	struct rate_clock a = clk(1000, 1, 100000, 0, 0);
	struct rate_clock b = clk(1310, 1, 130000, 0, 0);
	char why[200];
	double secs;

	/* scheduler jitter: the wall clock says 310 s, the agent 300 s */
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq(secs, 300);
	/* no agent clock: the wall clock */
	a.has_uptime = 0;
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq(secs, 310);
	/* too soon */
	b = clk(1000, 1, 100050, 0, 0);
	a = clk(1000, 1, 100000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_TOO_SOON);
}
END_TEST

/*
 * A rate whose change equals the interval's ticks is exact: the soak found
 * sysUpTime's own rate, shown as 100, CRITICAL against -c 100:100 (123
 * ticks / 1.23 s is 99.99999999999999 in doubles).
 */
START_TEST(rate_per_second_exact)
{
	struct rate_clock a, b;
	char why[200];
	double secs;
	uint32_t t;
	int rc;

	for (t = 100; t < 100000; t += 7) {
		a = clk(1000, 1, 500000, 0, 0);
		b = clk(1000 + t / 100, 1, 500000 + t, 0, 0);
		rc = rate_interval(&a, &b, &secs, why, sizeof(why));
		loop_check_msg(rc == RATE_OK, "t %u: %s", t, why);
		loop_check_msg(rate_per_sec(t, secs) == 100 &&
		    rate_per_sec(0, secs) == 0 &&
		    rate_per_sec(3.0 * t, secs) == 300, "t %u: %.17g %.17g",
		    t, rate_per_sec(t, secs), rate_per_sec(3.0 * t, secs));
	}
	/* the wall clock's milliseconds */
	ck_assert_double_eq(rate_per_sec(1230, 1.23), 1000);
}
END_TEST

START_TEST(restart_and_uptime_wrap)
{
	struct rate_clock a, b;
	char why[200];
	double secs;

	/* uptime went back, 300 s later by the wall clock: a restart */
	a = clk(1000, 1, 5000000, 0, 0);
	b = clk(1300, 1, 1000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_RESET);
	ck_assert_str_eq(why, "the agent restarted (sysUpTime went back "
	    "from 50000.00 s to 10.00 s)");
	/* 497 days: the 32-bit Timeticks wrapped 300 s ago */
	a = clk(1000, 1, 4294967295u - 29999, 0, 0);
	b = clk(1300, 1, 0, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq_tol(secs, 300, 0.01);
	/* restarted 1000 s ago, last sample an hour ago */
	a = clk(1000, 1, 5000000, 0, 0);
	b = clk(4600, 1, 100000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_RESET);
	a = clk(1000, 1, 100000, 0, 0);
	b = clk(4600, 1, 200000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_RESET);
	ck_assert_str_eq(why, "the agent restarted (its sysUpTime advanced "
	    "1000.00 s while 3600.00 s passed)");
	/* issue 18: a sysUpTime that stands still is no restart */
	a = clk(1000, 1, 5000000, 0, 0);
	b = clk(1297, 1, 5000000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq(secs, 297);
	ck_assert_str_eq(why, "the agent's sysUpTime advanced 0.00 s while "
	    "297.00 s passed (frozen or cached, yet up 50000 s): the interval "
	    "is from this host's clock");
	/* ... nor too soon once a second passed by our clock */
	b = clk(1020, 1, 5000000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq(secs, 20);
	/* a lagging clock with snmpEngineBoots unchanged, even if up briefly */
	a = clk(1000, 1, 10000, 1, 7);
	b = clk(1300, 1, 10500, 1, 7);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_double_eq(secs, 300);
	ck_assert_ptr_nonnull(strstr(why, "snmpEngineBoots unchanged"));
	/* a normal interval leaves no note */
	a = clk(1000, 1, 100000, 0, 0);
	b = clk(1300, 1, 130000, 0, 0);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_OK);
	ck_assert_str_eq(why, "");
	/* snmpEngineBoots changed */
	a = clk(1000, 1, 100, 1, 4);
	b = clk(1300, 1, 90000, 1, 5);
	ck_assert_int_eq(rate_interval(&a, &b, &secs, why, sizeof(why)),
	    RATE_RESET);
	ck_assert_str_eq(why, "the agent restarted (snmpEngineBoots 4 -> 5)");
}
END_TEST

START_TEST(counter_deltas)
{
	uint64_t d;
	int w;
	char why[200];

	ck_assert_int_eq(rate_delta(100, 350, 32, 10, 0, &d, &w, why,
	    sizeof(why)), RATE_OK);
	ck_assert_uint_eq(d, 250);
	ck_assert_int_eq(w, 0);
	/* Counter32 wrap */
	ck_assert_int_eq(rate_delta(4294967000u, 704, 32, 10, 0, &d, &w, why,
	    sizeof(why)), RATE_OK);
	ck_assert_uint_eq(d, 1000);
	ck_assert_int_eq(w, 1);
	/* a wrap faster than the line can go: a reset (counters cleared) */
	ck_assert_int_eq(rate_delta(3000000000u, 5, 32, 10, 1e6, &d, &w,
	    why, sizeof(why)), RATE_RESET);
	/* Counter64 never wraps in practice: back means reset */
	ck_assert_int_eq(rate_delta(UINT64_C(1) << 40, 5, 64, 10, 0, &d, &w,
	    why, sizeof(why)), RATE_RESET);
	ck_assert_str_eq(why, "the counter went back from 1099511627776 to 5 "
	    "(reset)");
}
END_TEST

START_TEST(sample_text)
{
	struct rate_clock a = clk(1700000000, 1, 4294967295u, 1, 7), b;
	char text[256], v[16];
	struct strbuf sb;
	uint64_t u;

	sb_init(&sb, text, sizeof(text));
	rate_clock_format(&sb, &a);
	sb_add(&sb, "if.3.in 12345678901234\nif.3.id eth0 00:11:22\n");
	ck_assert_int_eq(rate_clock_parse(text, &b), SNMP_OK);
	ck_assert_int_eq(b.wall_ms, a.wall_ms);
	ck_assert_int_eq(b.has_uptime, 1);
	ck_assert_uint_eq(b.uptime, 4294967295u);
	ck_assert_int_eq(b.boots, 7);
	ck_assert_int_eq(rate_kv_u64(text, "if.3.in", &u), SNMP_OK);
	ck_assert_uint_eq(u, UINT64_C(12345678901234));
	ck_assert_int_eq(rate_kv_get(text, "if.3.id", v, sizeof(v)), SNMP_OK);
	ck_assert_str_eq(v, "eth0 00:11:22");
	ck_assert_int_eq(rate_kv_get(text, "if.3", v, sizeof(v)),
	    SNMP_E_SYNTAX);
	ck_assert_int_eq(rate_kv_u64("x -1\n", "x", &u), SNMP_E_SYNTAX);
	ck_assert_int_eq(rate_clock_parse("garbage", &b), SNMP_E_SYNTAX);
}
END_TEST

START_TEST(sample_option_and_fit)
{
	char err[256];
	long v = 0;

	ck_assert_int_eq(rate_sample_option("5", &v, err, sizeof(err)), 0);
	ck_assert_int_eq(v, 5);
	ck_assert_int_eq(rate_sample_option("0", &v, err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid --sample '0': expected whole seconds, "
	    "1 to 3600");
	ck_assert_int_eq(rate_sample_option("3601", &v, err, sizeof(err)),
	    -1);
	ck_assert_int_eq(rate_sample_check(5, 10000, NULL, err, sizeof(err)),
	    0);
	ck_assert_int_eq(rate_sample_check(10, 10000, NULL, err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "--sample 10 must be shorter than the time "
	    "budget (-t 10): both samples must fit in it; raise -t");
	ck_assert_int_eq(rate_sample_check(5, 10000, "x.walk", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "--sample needs a live agent: a walk file does "
	    "not change between the two samples");
}
END_TEST

START_TEST(notes)
{
	struct strbuf sb;
	char buf[128];

	sb_init(&sb, buf, sizeof(buf));
	rate_note(&sb, RATE_FIRST, "no state");
	ck_assert_str_eq(buf, "collecting data (no state), rates from the "
	    "next run");
	sb_init(&sb, buf, sizeof(buf));
	rate_note(&sb, RATE_TOO_SOON, "0.2 s");
	ck_assert_str_eq(buf, "no rate yet: 0.2 s");
	sb_init(&sb, buf, sizeof(buf));
	rate_note(&sb, RATE_RESET, "it went back");
	ck_assert_str_eq(buf, "counters reset: it went back; no rate this "
	    "time");
	sb_init(&sb, buf, sizeof(buf));
	rate_note(&sb, RATE_OK, "");
	ck_assert_str_eq(buf, "");
	/* of several items: led by the first one's name unless all */
	sb_init(&sb, buf, sizeof(buf));
	rate_note_items(&sb, "eth0", 4, 5, RATE_RESET, "x");
	ck_assert_str_eq(buf, "; eth0 and 3 more: counters reset: x; no rate "
	    "this time");
	sb_init(&sb, buf, sizeof(buf));
	rate_note_items(&sb, "eth0", 1, 2, RATE_TOO_SOON, "y");
	ck_assert_str_eq(buf, "; eth0: no rate yet: y");
	sb_init(&sb, buf, sizeof(buf));
	rate_note_items(&sb, "eth0", 2, 2, RATE_TOO_SOON, "y");
	ck_assert_str_eq(buf, "; no rate yet: y");
}
END_TEST

/*
 * A rate store larger than the chunk it holds in memory (RATE_CHUNK): the
 * sections go to the state file in pieces and read back whole, in order;
 * a store closed without its commit leaves the previous file as it was,
 * and no temporary file.
 */
static size_t
add_items(struct rate_store *rs, int n, const char *tag)
{
	char item[32], text[200];
	size_t total = 0;
	int i, k;

	for (i = 0; i < n; i++) {
		snprintf(item, sizeof(item), "eth%d", i);
		k = snprintf(text, sizeof(text), "%s in %d out %d time "
		    "1234567890123\n", tag, i * 7, i * 13);
		rate_add(rs, item, text, (size_t)k);
		total += 5 + strlen(item) + 1 + (size_t)k;
	}
	return total;
}

START_TEST(rate_store_in_pieces)
{
	struct snmp_opts o;
	struct rate_store rs;
	const char *text;
	char want[400], item[32];
	size_t len, total;
	int i, k;

	memset(&o, 0, sizeof(o));
	o.host = "192.0.2.7";
	o.port = 161;
	o.version = SNMP_V2C;
	o.community = "public";
	test_mkscratch(dir, sizeof(dir), "state-test");
	ck_assert_int_eq(rate_open(&rs, &o, "check_test", "if", dir,
	    snmp_now_ms() + 30000), SNMP_OK);
	total = add_items(&rs, 3000, "first");
	ck_assert_uint_gt(total, 2 * RATE_CHUNK);
	ck_assert_int_eq(rate_commit(&rs), SNMP_OK);
	/* read back: every section, in order */
	ck_assert_int_eq(rate_open(&rs, &o, "check_test", "if", dir,
	    snmp_now_ms() + 30000), SNMP_OK);
	ck_assert_str_eq(rate_none(&rs), "");
	for (i = 0; i < 3000; i++) {
		snprintf(item, sizeof(item), "eth%d", i);
		k = snprintf(want, sizeof(want), "first in %d out %d time "
		    "1234567890123\n", i * 7, i * 13);
		loop_check_msg(rate_find(&rs, item, &text, &len) == 0 &&
		    len == (size_t)k && memcmp(text, want, len) == 0,
		    "section %s", item);
	}
	/* a second run that writes past a chunk and never commits */
	add_items(&rs, 3000, "second");
	rate_close(&rs);
	ck_assert_int_eq(rate_open(&rs, &o, "check_test", "if", dir,
	    snmp_now_ms() + 30000), SNMP_OK);
	ck_assert_int_eq(rate_find(&rs, "eth2999", &text, &len), 0);
	ck_assert(strncmp(text, "first ", 6) == 0);
	rate_close(&rs);
	/* the directory holds the state file and its lock, nothing else */
	snprintf(want, sizeof(want), "ls -A '%s' | grep -c . | grep -qx 2", dir);
	ck_assert_int_eq(system(want), 0);
	test_rmscratch(dir);
}
END_TEST

static Suite *
state_suite(void)
{
	Suite *s = suite_create("state");
	TCase *tc = tcase_create("store");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, round_trip_and_modes);
	tcase_add_test(tc, foreign_and_corrupt);
	tcase_add_test(tc, symlinks_refused);
	tcase_add_test(tc, open_directory_refused);
	tcase_add_test(tc, concurrent_runs_lose_nothing);
	tcase_add_test(tc, lock_waits_then_gives_up);
	suite_add_tcase(s, tc);
	tc = tcase_create("rate");
	tcase_add_test(tc, interval_from_agent_clock);
	tcase_add_test(tc, rate_per_second_exact);
	tcase_add_test(tc, restart_and_uptime_wrap);
	tcase_add_test(tc, counter_deltas);
	tcase_add_test(tc, sample_text);
	tcase_add_test(tc, sample_option_and_fit);
	tcase_add_test(tc, notes);
	tcase_add_test(tc, rate_store_in_pieces);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(state_suite)
