/* SPDX-License-Identifier: ISC */
/*
 * Block cipher modes for USM privacy: AES in CFB128 (NIST SP 800-38A
 * §6.3; RFC 3826 §3.1.3) and DES in CBC (SP 800-38A §6.2; RFC 3414
 * §8.1.1).  in and out may be the same buffer but must not otherwise
 * overlap.  The iv is not changed.
 */
#ifndef CRYPTO_MODES_H
#define CRYPTO_MODES_H

#include <stddef.h>
#include <stdint.h>

#include "aes.h"
#include "des.h"

/* Any length: CFB needs no padding, a final partial block is allowed. */
void	aes_cfb128_encrypt(const struct aes_ctx *ctx,
	    const uint8_t iv[AES_BLOCK_LEN], const uint8_t *in, uint8_t *out,
	    size_t len);
void	aes_cfb128_decrypt(const struct aes_ctx *ctx,
	    const uint8_t iv[AES_BLOCK_LEN], const uint8_t *in, uint8_t *out,
	    size_t len);
/* 0, or -1 (and nothing written) if len is not a multiple of 8. */
int	des_cbc_encrypt(const struct des_ctx *ctx,
	    const uint8_t iv[DES_BLOCK_LEN], const uint8_t *in, uint8_t *out,
	    size_t len);
int	des_cbc_decrypt(const struct des_ctx *ctx,
	    const uint8_t iv[DES_BLOCK_LEN], const uint8_t *in, uint8_t *out,
	    size_t len);

#endif
