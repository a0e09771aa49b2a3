/* SPDX-License-Identifier: ISC */
/*
 * The unit suites under musl link Debian's libcheck.a, which is built
 * against glibc with _FORTIFY_SOURCE: it calls glibc's checked variants of
 * the printf family and of longjmp, glibc's cancellation hooks around
 * pthread_cleanup_push, and (for its subunit output, which the suites never
 * select) libsubunit.  Everything else it calls is the ordinary libc ABI,
 * which musl shares on Linux (FILE is opaque, jmp_buf, struct sigaction
 * and struct tm have the same layout).  This file gives those entry points
 * their plain meaning; it is linked into the musl build of the suites only.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int	__fprintf_chk(FILE *, int, const char *, ...);
int	__vfprintf_chk(FILE *, int, const char *, va_list);
int	__printf_chk(int, const char *, ...);
int	__snprintf_chk(char *, size_t, int, size_t, const char *, ...);
int	__vsnprintf_chk(char *, size_t, int, size_t, const char *, va_list);
void	__longjmp_chk(jmp_buf, int);
void	__pthread_register_cancel(void *);
void	__pthread_unregister_cancel(void *);
void	subunit_test_start(const char *);
void	subunit_test_pass(const char *);
void	subunit_test_fail(const char *, const char *);
void	subunit_test_error(const char *, const char *);

int
__fprintf_chk(FILE *f, int flag, const char *fmt, ...)
{
	va_list ap;
	int r;

	(void)flag;
	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int
__vfprintf_chk(FILE *f, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	return vfprintf(f, fmt, ap);
}

int
__printf_chk(int flag, const char *fmt, ...)
{
	va_list ap;
	int r;

	(void)flag;
	va_start(ap, fmt);
	r = vprintf(fmt, ap);
	va_end(ap);
	return r;
}

int
__snprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int r;

	(void)flag;
	if (n > slen)
		abort();
	va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

int
__vsnprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt,
    va_list ap)
{
	(void)flag;
	if (n > slen)
		abort();
	return vsnprintf(s, n, fmt, ap);
}

void
__longjmp_chk(jmp_buf env, int v)
{
	longjmp(env, v);
}

/* Check never cancels its threads: nothing to register. */
void
__pthread_register_cancel(void *buf)
{
	(void)buf;
}

void
__pthread_unregister_cancel(void *buf)
{
	(void)buf;
}

/* CK_SUBUNIT output is never selected by the suites. */
void
subunit_test_start(const char *name)
{
	(void)name;
	abort();
}

void
subunit_test_pass(const char *name)
{
	(void)name;
	abort();
}

void
subunit_test_fail(const char *name, const char *msg)
{
	(void)name;
	(void)msg;
	abort();
}

void
subunit_test_error(const char *name, const char *msg)
{
	(void)name;
	(void)msg;
	abort();
}
