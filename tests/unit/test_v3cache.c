/* SPDX-License-Identifier: ISC */
/*
 * The SNMPv3 key and engine cache: the entry's text both ways, and every
 * file it must ignore (open mode, another owner, open directory, cut
 * short, corrupt, written for other credentials).
 */
#include <sys/stat.h>

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "snmp.h"
#include "store.h"
#include "testutil.h"
#include "v3cache.h"

#define LABEL	"snmpv3 u@127.0.0.1:161 SHA-1 AES-128"

static char dir[256];
static const char key[] = "127.0.0.1:161 u SHA AES secrets";

static void
entry(struct v3cache *e, const char *k)
{
	size_t i;

	memset(e, 0, sizeof(*e));
	memcpy(e->engine, "\x80\x00\x1f\x88\x80\x01\x02\x03", 8);
	e->engine_len = 8;
	e->boots = 7;
	e->etime = 123456;
	e->seen_ms = 1700000000123LL;
	e->authkey_len = 20;
	e->privkey_len = 16;
	for (i = 0; i < 20; i++)
		e->authkey[i] = (uint8_t)(0xa0 + i);
	for (i = 0; i < 16; i++)
		e->privkey[i] = (uint8_t)(0x10 + i);
	v3cache_check(k, strlen(k), e->check);
}

static int
load(struct v3cache *e, const char *k, char *why, size_t cap)
{
	return v3cache_load(dir, k, strlen(k), LABEL, snmp_now_ms() + 5000, e,
	    why, cap);
}

static int
save(const struct v3cache *e, const char *k)
{
	char why[STORE_ERR_MAX];

	return v3cache_save(dir, k, strlen(k), LABEL, snmp_now_ms() + 5000,
	    e, why, sizeof(why));
}

/* The path of the one entry file in dir (not the lock). */
static void
entry_path(char *path, size_t cap)
{
	struct dirent *d;
	DIR *dp;

	path[0] = '\0';
	ck_assert_ptr_nonnull(dp = opendir(dir));
	while ((d = readdir(dp)) != NULL) {
		if (strncmp(d->d_name, "snmpv3-", 7) == 0 &&
		    strstr(d->d_name, ".lock") == NULL)
			snprintf(path, cap, "%s/%s", dir, d->d_name);
	}
	closedir(dp);
	ck_assert(path[0] != '\0');
}

START_TEST(text_round_trip)
{
	struct v3cache e, back;
	char buf[V3CACHE_TEXT_MAX];
	int n;

	entry(&e, key);
	ck_assert_int_gt(n = v3cache_format(&e, buf, sizeof(buf)), 0);
	ck_assert_int_eq((int)strlen(buf), n);
	ck_assert_int_eq(strncmp(buf, "boots 7\ntime 123456\n"
	    "seen 1700000000123\nengine 80001f8880010203\n"
	    "authkey a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3\n"
	    "privkey 101112131415161718191a1b1c1d1e1f\ncheck ", 159), 0);
	ck_assert_int_eq(n, 159 + 64 + 1);
	ck_assert_int_eq(v3cache_parse(buf, &back), SNMP_OK);
	ck_assert_mem_eq(&back, &e, sizeof(e));
	ck_assert_int_eq(v3cache_format(&e, buf, (size_t)n), -1);
}
END_TEST

/* buf with the line of the same name as line replaced by it. */
static void
replace_line(const char *buf, const char *line, char *out, size_t cap)
{
	size_t k = strcspn(line, " ");
	const char *p = buf, *end;

	while (strncmp(p, line, k + 1) != 0) {
		ck_assert_ptr_nonnull(p = strchr(p, '\n'));
		p++;
	}
	end = strchr(p, '\n');
	snprintf(out, cap, "%.*s%s%s", (int)(p - buf), buf, line, end);
}

/* Every cut of a good entry, and each field spoiled, is refused. */
START_TEST(text_refused)
{
	static const char *const bad[] = {
		"boots x", "boots -1", "boots 2147483647", "time 2147483648",
		"seen 1e3", "engine 8g", "engine 800", "engine ",
		"authkey 00", "privkey 00112233445566778899aabbccddeeff00112233"
		"445566778899aabbccddeeff00", "check 00", "time 1 "
	};
	struct v3cache e, back;
	char buf[V3CACHE_TEXT_MAX], cut[V3CACHE_TEXT_MAX];
	size_t i;
	int n;

	entry(&e, key);
	n = v3cache_format(&e, buf, sizeof(buf));
	for (i = 0; i < (size_t)n; i++) {
		memcpy(cut, buf, i);
		cut[i] = '\0';
		ck_assert_int_eq(v3cache_parse(cut, &back), SNMP_E_FILE);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		replace_line(buf, bad[i], cut, sizeof(cut));
		ck_assert_msg(v3cache_parse(cut, &back) == SNMP_E_FILE,
		    "taken: %s", bad[i]);
	}
	replace_line(buf, "privkey ", cut, sizeof(cut));
	ck_assert_int_eq(v3cache_parse(cut, &back), SNMP_OK);
	ck_assert_uint_eq(back.privkey_len, 0);
	memcpy(cut, buf, (size_t)n);
	memcpy(cut + n, "extra\n", 7);
	ck_assert_int_eq(v3cache_parse(cut, &back), SNMP_E_FILE);
}
END_TEST

/* Saved 0600 in a 0700 directory, read back; then each fault ignored. */
START_TEST(files_checked)
{
	struct v3cache e, back;
	struct stat st;
	char path[600], why[STORE_ERR_MAX];

	test_mkscratch(dir, sizeof(dir), "v3cache-test");
	ck_assert_int_eq(rmdir(dir), 0);	/* created by the save */
	entry(&e, key);
	ck_assert_int_eq(save(&e, key), SNMP_OK);
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0700);
	entry_path(path, sizeof(path));
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0600);
	ck_assert_int_eq(load(&back, key, why, sizeof(why)), SNMP_OK);
	ck_assert_mem_eq(&back, &e, sizeof(e));

	/* other credentials: another file, none yet */
	ck_assert_int_eq(load(&back, "other", why, sizeof(why)), SNMP_E_FILE);
	ck_assert_str_eq(why, "no previous sample");

	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(load(&back, key, why, sizeof(why)), SNMP_E_FILE);
	ck_assert_ptr_nonnull(strstr(why, "mode 0640): ignored"));
	ck_assert_int_eq(chmod(path, 0600), 0);

	if (geteuid() == 0) {
		ck_assert_int_eq(chown(path, 12345, 0), 0);
		ck_assert_int_eq(load(&back, key, why, sizeof(why)),
		    SNMP_E_FILE);
		ck_assert_ptr_nonnull(strstr(why, "(uid 12345, mode 0600)"));
		ck_assert_int_eq(chown(path, 0, 0), 0);
	}

	ck_assert_int_eq(chmod(dir, 0750), 0);
	ck_assert_int_eq(load(&back, key, why, sizeof(why)), SNMP_E_FILE);
	ck_assert_ptr_nonnull(strstr(why, "open to group or others"));
	ck_assert_int_eq(save(&e, key), SNMP_E_FILE);
	ck_assert_int_eq(chmod(dir, 0700), 0);

	/* the right file name and label, written for other credentials */
	entry(&e, "other");
	ck_assert_int_eq(save(&e, key), SNMP_OK);
	ck_assert_int_eq(load(&back, key, why, sizeof(why)), SNMP_E_FILE);
	ck_assert_str_eq(why, "written for other credentials: ignored");

	/* cut short on disk */
	entry(&e, key);
	ck_assert_int_eq(save(&e, key), SNMP_OK);
	ck_assert_int_eq(truncate(path, 100), 0);
	ck_assert_int_eq(load(&back, key, why, sizeof(why)), SNMP_E_FILE);
	ck_assert_str_eq(why, "corrupt: ignored");

	test_rmscratch(dir);
}
END_TEST

static Suite *
v3cache_suite(void)
{
	Suite *s = suite_create("v3cache");
	TCase *tc = tcase_create("v3cache");

	tcase_add_test(tc, text_round_trip);
	tcase_add_test(tc, text_refused);
	tcase_add_test(tc, files_checked);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(v3cache_suite)
