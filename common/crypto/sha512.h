/* SPDX-License-Identifier: ISC */
/*
 * SHA-384 and SHA-512 (FIPS 180-4) with a caller-allocated context; both
 * use struct sha512_ctx.  The final functions do not change the context:
 * a running hash can be finished and continued.  Constant time.
 */
#ifndef CRYPTO_SHA512_H
#define CRYPTO_SHA512_H

#include <stddef.h>
#include <stdint.h>

#define SHA384_DIGEST_LEN	48
#define SHA512_DIGEST_LEN	64
#define SHA512_BLOCK_LEN	128	/* also SHA-384 */

struct sha512_ctx {
	uint64_t	h[8];
	uint64_t	count;			/* octets hashed so far */
	uint8_t		buf[SHA512_BLOCK_LEN];	/* count % 128 pending */
};

void	sha384_init(struct sha512_ctx *ctx);
void	sha384_update(struct sha512_ctx *ctx, const void *data, size_t len);
void	sha384_final(const struct sha512_ctx *ctx,
	    uint8_t out[SHA384_DIGEST_LEN]);
void	sha512_init(struct sha512_ctx *ctx);
void	sha512_update(struct sha512_ctx *ctx, const void *data, size_t len);
void	sha512_final(const struct sha512_ctx *ctx,
	    uint8_t out[SHA512_DIGEST_LEN]);

#endif
