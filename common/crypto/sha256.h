/* SPDX-License-Identifier: ISC */
/*
 * SHA-224 and SHA-256 (FIPS 180-4) with a caller-allocated context; both
 * use struct sha256_ctx.  The final functions do not change the context:
 * a running hash can be finished and continued.  Constant time.  On
 * x86-64 the block function uses the SHA extensions when the CPU has them
 * (see sha_ni.h); the result is the same.
 */
#ifndef CRYPTO_SHA256_H
#define CRYPTO_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA224_DIGEST_LEN	28
#define SHA256_DIGEST_LEN	32
#define SHA256_BLOCK_LEN	64	/* also SHA-224 */

struct sha256_ctx {
	uint32_t	h[8];
	uint64_t	count;			/* octets hashed so far */
	uint8_t		buf[SHA256_BLOCK_LEN];	/* count % 64 of them pending */
};

void	sha224_init(struct sha256_ctx *ctx);
void	sha224_update(struct sha256_ctx *ctx, const void *data, size_t len);
void	sha224_final(const struct sha256_ctx *ctx,
	    uint8_t out[SHA224_DIGEST_LEN]);
void	sha256_init(struct sha256_ctx *ctx);
void	sha256_update(struct sha256_ctx *ctx, const void *data, size_t len);
void	sha256_final(const struct sha256_ctx *ctx,
	    uint8_t out[SHA256_DIGEST_LEN]);
/*
 * Hash n octets of the endless repetition of pat[0..patlen) (also for
 * SHA-224): the USM password-to-key stream (RFC 3414 A.2.1, RFC 7860).
 * The same result as feeding the repetition to sha256_update(), faster
 * where the SHA extensions are absent: each distinct block's schedule is
 * expanded once (crypto/repeat.h).  Constant time for a given patlen and n.
 */
void	sha256_update_repeat(struct sha256_ctx *ctx, const uint8_t *pat,
	    size_t patlen, uint64_t n);
/* Two contexts, two patterns, n octets each: as sha1_update_repeat2(). */
void	sha256_update_repeat2(struct sha256_ctx *c1, const uint8_t *pat1,
	    size_t len1, struct sha256_ctx *c2, const uint8_t *pat2,
	    size_t len2, uint64_t n);

#endif
