/* SPDX-License-Identifier: ISC */
/* Helpers shared by the unit suites: hex decoding and a main() per suite. */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Checks inside loops of thousands: the condition first, Check's assertion
 * only when it fails.  Every ck_assert that holds writes Check's mark point
 * (a write(2) to its log): 1.3 million of them made test_walkfile spend
 * more time logging than parsing, 40 times more under valgrind.  A failure
 * ends the test as ck_assert_msg does, with the condition's text.
 */
#define loop_check(expr) do {						\
	if (!(expr))							\
		ck_assert_msg(0, "Assertion '%s' failed", #expr);	\
} while (0)
#define loop_check_msg(expr, ...) do {					\
	if (!(expr))							\
		ck_assert_msg(0, __VA_ARGS__);				\
} while (0)

/* Decode hex (spaces ignored) into buf; returns the length. */
static inline size_t
unhex(const char *s, uint8_t *buf, size_t cap)
{
	size_t n = 0;
	int hi = -1, v;

	for (; *s != '\0'; s++) {
		if (*s == ' ')
			continue;
		v = (*s >= '0' && *s <= '9') ? *s - '0' :
		    (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10 :
		    (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10 : -1;
		ck_assert_msg(v >= 0, "bad hex in test vector: %s", s);
		if (hi < 0)
			hi = v;
		else {
			ck_assert_msg(n < cap, "test vector too long");
			buf[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	ck_assert_msg(hi < 0, "odd hex digit count in test vector");
	return n;
}

/*
 * The count of a property loop or a scale test: N, or N / 10 when the
 * suite runs under valgrind memcheck (tests/valgrind.sh sets
 * SNMP_TEST_UNDER_VALGRIND), which looks for memory errors that the
 * tenth finds as well; the plain and sanitizer runs keep N.  Known-answer
 * vectors never use it.
 */
static inline long
test_scale(long n)
{
	const char *v = getenv("SNMP_TEST_UNDER_VALGRIND");

	return v != NULL && *v != '\0' ? n / 10 : n;
}

/* A fresh directory $TMPDIR/NAME.XXXXXX into dir, and its removal. */
static inline void
test_mkscratch(char *dir, size_t cap, const char *name)
{
	snprintf(dir, cap, "%s/%s.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", name);
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static inline void
test_rmscratch(const char *dir)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

#define TEST_MAIN(make_suite)						\
int									\
main(void)								\
{									\
	SRunner *sr = srunner_create(make_suite());			\
	int failed;							\
									\
	srunner_run_all(sr, CK_NORMAL);					\
	failed = srunner_ntests_failed(sr);				\
	srunner_free(sr);						\
	return failed == 0 ? 0 : 1;					\
}

#endif
