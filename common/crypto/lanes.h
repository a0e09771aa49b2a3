/* SPDX-License-Identifier: ISC */
/*
 * Private to the hashes of 64-octet blocks (sha1.c, sha256.c) and the unit
 * suite: the rounds of SHA-1 and SHA-256 on the scheduled blocks of two
 * streams at once (repeat.h), one block in each of two 32-bit lanes of an
 * AVX register.  The two streams are the USM authentication and privacy
 * passwords' (RFC 3414 A.2.1: 1 MiB each, every run without a key
 * cache); without the SHA extensions, a round of both costs about a third
 * less than two scalar rounds.  Built when LANES_BUILT is 1; callable only
 * when lanes_usable() says so.
 */
#ifndef CRYPTO_LANES_H
#define CRYPTO_LANES_H

#include <stdint.h>

#if defined(__x86_64__) && defined(__GNUC__)
#define LANES_BUILT	1
#else
#define LANES_BUILT	0
#endif

/* 1 if the two-lane rounds are built and the CPU and kernel have AVX. */
int	lanes_usable(void);

#if LANES_BUILT
/* h1 += the rounds on wk1 (80 words), h2 on wk2: SHA-1 (sha1.c's wk). */
void	sha1_rounds2(uint32_t h1[5], uint32_t h2[5], const uint32_t *wk1,
	    const uint32_t *wk2);
/* The same for SHA-224 and SHA-256 (64 words each). */
void	sha256_rounds2(uint32_t s1[8], uint32_t s2[8], const uint32_t *wk1,
	    const uint32_t *wk2);
#endif

#endif
