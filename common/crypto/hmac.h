/* SPDX-License-Identifier: ISC */
/*
 * HMAC (RFC 2104) over any hash of hash.h, with output truncation for the
 * USM MACs (RFC 3414 §6.3, §7.3: 12 octets; RFC 7860: 16, 24, 32, 48).
 * Constant time as the underlying hash is.
 */
#ifndef CRYPTO_HMAC_H
#define CRYPTO_HMAC_H

#include "hash.h"

struct hmac_ctx {
	const struct hash_desc	*desc;
	union hash_ctx		 inner;
	union hash_ctx		 outer;
};

void	hmac_init(struct hmac_ctx *, const struct hash_desc *, const void *,
	    size_t);
void	hmac_update(struct hmac_ctx *, const void *, size_t);
/* Write the first outlen (<= digest length) octets of the MAC. */
void	hmac_final(const struct hmac_ctx *, uint8_t *, size_t);
void	hmac_wipe(struct hmac_ctx *);

#endif
