/* SPDX-License-Identifier: ISC */
/*
 * HMAC (RFC 2104) over any hash of hash.h, with the output truncated to
 * the USM MAC lengths (RFC 3414 §6.3, §7.3: 12 octets; RFC 7860: 16, 24,
 * 32, 48).  The context is caller-allocated and holds key-derived state:
 * hmac_wipe() it when done.  Constant time as the hashes are.
 */
#ifndef CRYPTO_HMAC_H
#define CRYPTO_HMAC_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

struct hmac_ctx {
	const struct hash_desc	*desc;
	union hash_ctx		 inner;	/* H(K ^ ipad || message so far) */
	union hash_ctx		 outer;	/* H(K ^ opad) */
};

/* A key longer than the hash's block is hashed first (RFC 2104 §2). */
void	hmac_init(struct hmac_ctx *ctx, const struct hash_desc *desc,
	    const void *key, size_t keylen);
void	hmac_update(struct hmac_ctx *ctx, const void *data, size_t len);
/*
 * Write the first outlen octets of the MAC; outlen above the digest
 * length is taken as the digest length.  The context is not changed:
 * more data may follow.
 */
void	hmac_final(const struct hmac_ctx *ctx, uint8_t *out, size_t outlen);
void	hmac_wipe(struct hmac_ctx *ctx);

#endif
