/* SPDX-License-Identifier: ISC */
/*
 * Secret hygiene: a wipe the compiler cannot elide and a comparison whose
 * time does not depend on where the inputs differ (for MACs).
 */
#ifndef CRYPTO_WIPE_H
#define CRYPTO_WIPE_H

#include <stddef.h>

void	crypto_wipe(void *, size_t);
/* 1 if equal; constant time in the contents for a given length. */
int	crypto_memeq(const void *, const void *, size_t);

#endif
