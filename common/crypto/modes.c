/* SPDX-License-Identifier: ISC */
/*
 * CFB128 with AES and CBC with DES (NIST SP 800-38A §6.3, §6.2), over the
 * block functions of aes.c and des.c.  USM uses AES-CFB128 (RFC 3826
 * §3.1.3) and DES-CBC (RFC 3414 §8.1.1).
 */
#include <string.h>

#include "aes.h"
#include "des.h"
#include "modes.h"
#include "wipe.h"

/* §6.3: O = CIPH(C[j-1]), C[j] = P[j] ^ O; the last block may be short. */
static void
cfb128(const struct aes_ctx *ctx, const uint8_t *iv, const uint8_t *in,
    uint8_t *out, size_t len, int decrypt)
{
	uint8_t reg[AES_BLOCK_LEN], ks[AES_BLOCK_LEN], b;
	size_t i, n;

	memcpy(reg, iv, sizeof(reg));
	while (len > 0) {
		aes_encrypt_block(ctx, reg, ks);
		n = len < AES_BLOCK_LEN ? len : AES_BLOCK_LEN;
		for (i = 0; i < n; i++) {
			b = in[i];	/* out may be in */
			out[i] = b ^ ks[i];
			reg[i] = decrypt ? b : out[i];
		}
		in += n;
		out += n;
		len -= n;
	}
	crypto_wipe(ks, sizeof(ks));
	crypto_wipe(reg, sizeof(reg));
}

void
aes_cfb128_encrypt(const struct aes_ctx *ctx, const uint8_t iv[AES_BLOCK_LEN],
    const uint8_t *in, uint8_t *out, size_t len)
{
	cfb128(ctx, iv, in, out, len, 0);
}

void
aes_cfb128_decrypt(const struct aes_ctx *ctx, const uint8_t iv[AES_BLOCK_LEN],
    const uint8_t *in, uint8_t *out, size_t len)
{
	cfb128(ctx, iv, in, out, len, 1);
}

int
des_cbc_encrypt(const struct des_ctx *ctx, const uint8_t iv[DES_BLOCK_LEN],
    const uint8_t *in, uint8_t *out, size_t len)
{
	uint8_t x[DES_BLOCK_LEN];
	const uint8_t *chain = iv;
	size_t i, off;

	if (len % DES_BLOCK_LEN != 0)
		return -1;
	for (off = 0; off < len; off += DES_BLOCK_LEN) {
		for (i = 0; i < DES_BLOCK_LEN; i++)
			x[i] = in[off + i] ^ chain[i];
		des_encrypt_block(ctx, x, out + off);
		chain = out + off;
	}
	crypto_wipe(x, sizeof(x));
	return 0;
}

int
des_cbc_decrypt(const struct des_ctx *ctx, const uint8_t iv[DES_BLOCK_LEN],
    const uint8_t *in, uint8_t *out, size_t len)
{
	uint8_t chain[DES_BLOCK_LEN], next[DES_BLOCK_LEN], x[DES_BLOCK_LEN];
	size_t i, off;

	if (len % DES_BLOCK_LEN != 0)
		return -1;
	memcpy(chain, iv, sizeof(chain));
	for (off = 0; off < len; off += DES_BLOCK_LEN) {
		/* keep the ciphertext block: out may be in */
		memcpy(next, in + off, sizeof(next));
		des_decrypt_block(ctx, next, x);
		for (i = 0; i < DES_BLOCK_LEN; i++)
			out[off + i] = x[i] ^ chain[i];
		memcpy(chain, next, sizeof(chain));
	}
	crypto_wipe(x, sizeof(x));
	return 0;
}
