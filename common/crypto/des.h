/* SPDX-License-Identifier: ISC */
/*
 * Single DES (FIPS 46-3), provided only because SNMPv3 usmDESPrivProtocol
 * (RFC 3414 §8) still needs it: 56-bit DES is broken and should not be
 * chosen for anything new.  NOT constant time (S-box table lookups).
 */
#ifndef CRYPTO_DES_H
#define CRYPTO_DES_H

#include <stdint.h>

#define DES_BLOCK_LEN	8
#define DES_KEY_LEN	8

struct des_ctx {
	uint64_t	sk[16];		/* 48-bit subkeys */
};

/* The parity bits of the key are ignored. */
void	des_init(struct des_ctx *, const uint8_t *);
void	des_encrypt_block(const struct des_ctx *, const uint8_t *, uint8_t *);
void	des_decrypt_block(const struct des_ctx *, const uint8_t *, uint8_t *);

#endif
