/* SPDX-License-Identifier: ISC */
/*
 * Secret hygiene: a wipe the compiler cannot remove, and a comparison
 * whose time does not depend on the contents (for MACs).
 */
#ifndef CRYPTO_WIPE_H
#define CRYPTO_WIPE_H

#include <stddef.h>

/* Set n octets at p to zero, even if p is never read again. */
void	crypto_wipe(void *p, size_t n);
/*
 * 1 if the n octets at a and b are equal, else 0; the time taken depends
 * on n only, not on where or whether they differ.
 */
int	crypto_memeq(const void *a, const void *b, size_t n);

#endif
