/* SPDX-License-Identifier: ISC */
/*
 * Wiping secrets and comparing MACs in constant time.  The stores and
 * loads go through volatile pointers: the compiler must perform each one,
 * so a wipe of a buffer that is dead afterwards is not optimised away
 * (explicit_bzero() would do the same but is not in C99 or POSIX), and the
 * comparison cannot be turned into an early-exit loop.
 */
#include "wipe.h"

void
crypto_wipe(void *p, size_t n)
{
	volatile unsigned char *v = p;

	while (n-- > 0)
		*v++ = 0;
}

int
crypto_memeq(const void *a, const void *b, size_t n)
{
	const volatile unsigned char *x = a, *y = b;
	unsigned int d = 0;
	size_t i;

	for (i = 0; i < n; i++)
		d |= (unsigned int)(x[i] ^ y[i]);
	/* 1 iff d == 0, without a branch on d */
	return (int)(1 & ((d - 1) >> 8));
}
