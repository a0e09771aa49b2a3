/* SPDX-License-Identifier: ISC */
/*
 * Shared by the fuzz targets: a check that aborts (libFuzzer and the
 * replay driver both report an abort as a crash, with the input saved),
 * and the libFuzzer entry points every target defines.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int	LLVMFuzzerInitialize(int *, char ***);

/* A property of the code under test that must hold for every input. */
#define FUZZ_CHECK(c) do {						\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: property violated: %s\n",	\
		    __FILE__, __LINE__, #c);				\
		abort();						\
	}								\
} while (0)

/*
 * A property that a reported and not yet fixed bug violates (README.md,
 * "Findings"): checked as FUZZ_CHECK is, unless FUZZ_SKIP_KNOWN is set in
 * the environment, so that a long run can look for other bugs meanwhile.
 * The bug's reproducer in regress/ keeps failing until the fix.
 */
static inline int
fuzz_skip_known(void)
{
	static int skip = -1;

	if (skip < 0)
		skip = getenv("FUZZ_SKIP_KNOWN") != NULL;
	return skip;
}

#define FUZZ_KNOWN(c) do {						\
	if (!(c) && !fuzz_skip_known()) {				\
		fprintf(stderr, "%s:%d: property violated (known bug): "\
		    "%s\n", __FILE__, __LINE__, #c);			\
		abort();						\
	}								\
} while (0)

/* A NUL-terminated heap copy, so that ASan sees reads past its end. */
static inline char *
fuzz_cstr(const uint8_t *p, size_t n)
{
	char *s;

	if ((s = malloc(n + 1)) == NULL)
		abort();
	if (n > 0)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

#endif
