/* SPDX-License-Identifier: ISC */
/*
 * AES-128/192/256 (FIPS 197), forward cipher only: CFB mode (RFC 3826)
 * never needs the inverse cipher.  NOT constant time: the S-box is a table
 * lookup indexed by secret data, so cache timing can leak key material to
 * code sharing the CPU.  A plugin process lives milliseconds and encrypts
 * a few hundred octets; the trade-off is documented, not hidden.
 */
#ifndef CRYPTO_AES_H
#define CRYPTO_AES_H

#include <stddef.h>
#include <stdint.h>

#define AES_BLOCK_LEN	16

struct aes_ctx {
	uint32_t	rk[60];		/* round keys, 4 words per round */
	int		rounds;
};

/* 16, 24 or 32 octet keys; -1 for any other length. */
int	aes_init(struct aes_ctx *, const uint8_t *, size_t);
void	aes_encrypt_block(const struct aes_ctx *, const uint8_t *, uint8_t *);

#endif
