/* SPDX-License-Identifier: ISC */
/*
 * Block cipher modes for USM privacy: AES in CFB128 (NIST SP 800-38A §6.3,
 * RFC 3826 §3.1.3) and DES in CBC (SP 800-38A §6.2, RFC 3414 §8.1.1).
 * in and out may be the same buffer.
 */
#ifndef CRYPTO_MODES_H
#define CRYPTO_MODES_H

#include <stddef.h>
#include <stdint.h>

#include "aes.h"
#include "des.h"

/* Any length: CFB needs no padding. */
void	aes_cfb128_encrypt(const struct aes_ctx *, const uint8_t *,
	    const uint8_t *, uint8_t *, size_t);
void	aes_cfb128_decrypt(const struct aes_ctx *, const uint8_t *,
	    const uint8_t *, uint8_t *, size_t);
/* len must be a multiple of 8, else -1. */
int	des_cbc_encrypt(const struct des_ctx *, const uint8_t *,
	    const uint8_t *, uint8_t *, size_t);
int	des_cbc_decrypt(const struct des_ctx *, const uint8_t *,
	    const uint8_t *, uint8_t *, size_t);

#endif
