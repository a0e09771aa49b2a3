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
void	sha1_final(const struct sha1_ctx *ctx, uint8_t out[SHA1_DIGEST_LEN]);

#endif
