/* SPDX-License-Identifier: ISC */
/*
 * Single DES (FIPS 46-3), provided only for SNMPv3 usmDESPrivProtocol
 * (RFC 3414 §8), which agents still offer.  56-bit DES is broken (its key
 * can be searched exhaustively) and must not be chosen for anything new.
 * NOT constant time: the S-boxes are table lookups indexed by key- and
 * data-dependent bits.  The context holds the subkeys: crypto_wipe() it
 * when done.
 */
#ifndef CRYPTO_DES_H
#define CRYPTO_DES_H

#include <stdint.h>

#define DES_BLOCK_LEN	8
#define DES_KEY_LEN	8

struct des_ctx {
	uint64_t	sk[16];		/* the 48-bit round subkeys K1..K16 */
};

/* The parity bits (the low bit of each key octet) are ignored. */
void	des_init(struct des_ctx *ctx, const uint8_t key[DES_KEY_LEN]);
/* in and out may be the same buffer. */
void	des_encrypt_block(const struct des_ctx *ctx,
	    const uint8_t in[DES_BLOCK_LEN], uint8_t out[DES_BLOCK_LEN]);
void	des_decrypt_block(const struct des_ctx *ctx,
	    const uint8_t in[DES_BLOCK_LEN], uint8_t out[DES_BLOCK_LEN]);

#endif
