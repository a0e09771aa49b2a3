/* SPDX-License-Identifier: ISC */
/*
 * AES-128/192/256 (FIPS 197): key expansion and the forward cipher only,
 * which is all CFB mode (RFC 3826) needs.  The context is caller-allocated
 * and holds the round keys: crypto_wipe() it when done.
 *
 * NOT constant time: SubBytes is a lookup in a 256-octet table indexed by
 * key- and data-dependent bytes, so cache timing can leak key material to
 * code sharing the CPU.  A plugin process lives milliseconds and encrypts
 * a few hundred octets per message; the trade-off is stated, not hidden.
 */
#ifndef CRYPTO_AES_H
#define CRYPTO_AES_H

#include <stddef.h>
#include <stdint.h>

#define AES_BLOCK_LEN		16
#define AES_MAX_ROUNDS		14

struct aes_ctx {
	unsigned int	rounds;			/* 10, 12 or 14 */
	uint8_t		rk[AES_MAX_ROUNDS + 1][AES_BLOCK_LEN];
};

/* keylen 16, 24 or 32; -1 for any other length (ctx then unusable). */
int	aes_init(struct aes_ctx *ctx, const uint8_t *key, size_t keylen);
/* in and out may be the same buffer. */
void	aes_encrypt_block(const struct aes_ctx *ctx,
	    const uint8_t in[AES_BLOCK_LEN], uint8_t out[AES_BLOCK_LEN]);

#endif
