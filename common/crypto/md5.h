/* SPDX-License-Identifier: ISC */
/*
 * MD5 (RFC 1321) with a caller-allocated context.  md5_final() does not
 * change the context: a running hash can be finished and continued.
 * Constant time (no secret-dependent branches or table lookups).  MD5 is
 * broken for collisions; it is here for usmHMACMD5AuthProtocol (RFC 3414).
 */
#ifndef CRYPTO_MD5_H
#define CRYPTO_MD5_H

#include <stddef.h>
#include <stdint.h>

#define MD5_DIGEST_LEN	16
#define MD5_BLOCK_LEN	64

struct md5_ctx {
	uint32_t	h[4];
	uint64_t	count;			/* octets hashed so far */
	uint8_t		buf[MD5_BLOCK_LEN];	/* count % 64 of them pending */
};

void	md5_init(struct md5_ctx *ctx);
void	md5_update(struct md5_ctx *ctx, const void *data, size_t len);
void	md5_final(const struct md5_ctx *ctx, uint8_t out[MD5_DIGEST_LEN]);

#endif
