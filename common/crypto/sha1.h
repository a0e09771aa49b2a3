/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 (FIPS 180-4) with a caller-allocated context.  sha1_final() does
 * not change the context: a running hash can be finished and continued.
 * Constant time.  On x86-64 the block function uses the SHA extensions
 * when the CPU has them (see sha_ni.h); the result is the same.
 */
#ifndef CRYPTO_SHA1_H
#define CRYPTO_SHA1_H

#include <stddef.h>
#include <stdint.h>

#define SHA1_DIGEST_LEN	20
#define SHA1_BLOCK_LEN	64

struct sha1_ctx {
	uint32_t	h[5];
	uint64_t	count;			/* octets hashed so far */
	uint8_t		buf[SHA1_BLOCK_LEN];	/* count % 64 of them pending */
};

void	sha1_init(struct sha1_ctx *ctx);
void	sha1_update(struct sha1_ctx *ctx, const void *data, size_t len);
/*
 * Hash n octets of the endless repetition of pat[0..patlen): the USM
 * password-to-key stream (RFC 3414 A.2.1).  The same result as feeding
 * the repetition to sha1_update(), faster where the SHA extensions are
 * absent: the 64-octet blocks of the stream repeat every
 * lcm(patlen, 64) octets, so the message schedule of each distinct block
 * is expanded once, when there are at most SHA1_REPEAT_MAX_PERIOD of
 * them (every pattern up to 64 octets).  Uses up to 25 KiB of stack.
 * Constant time for a given patlen and n.
 */
#define SHA1_REPEAT_MAX_PERIOD	64
void	sha1_update_repeat(struct sha1_ctx *ctx, const uint8_t *pat,
	    size_t patlen, uint64_t n);
/*
 * sha1_update_repeat() of n octets into two contexts, each with its own
 * pattern: both streams' blocks at once where the CPU has AVX and not the
 * SHA extensions (crypto/lanes.h).  Up to 40 KiB of stack.
 */
void	sha1_update_repeat2(struct sha1_ctx *c1, const uint8_t *pat1,
	    size_t len1, struct sha1_ctx *c2, const uint8_t *pat2, size_t len2,
	    uint64_t n);
void	sha1_final(const struct sha1_ctx *ctx, uint8_t out[SHA1_DIGEST_LEN]);

#endif
