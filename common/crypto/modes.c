/* SPDX-License-Identifier: ISC */
/* CFB128 and CBC (NIST SP 800-38A §6.2, §6.3). */
#include <string.h>

#include "modes.h"
#include "wipe.h"

static void
cfb(const struct aes_ctx *c, const uint8_t *iv, const uint8_t *in,
    uint8_t *out, size_t len, int decrypt)
{
	uint8_t reg[AES_BLOCK_LEN], ks[AES_BLOCK_LEN], b;
	size_t i, n;

	memcpy(reg, iv, sizeof(reg));
	while (len > 0) {
		aes_encrypt_block(c, reg, ks);
		n = len < AES_BLOCK_LEN ? len : AES_BLOCK_LEN;
		for (i = 0; i < n; i++) {
			b = in[i];
			out[i] = b ^ ks[i];
			/* the register takes the ciphertext */
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
aes_cfb128_encrypt(const struct aes_ctx *c, const uint8_t *iv,
    const uint8_t *in, uint8_t *out, size_t len)
{
	cfb(c, iv, in, out, len, 0);
}

void
aes_cfb128_decrypt(const struct aes_ctx *c, const uint8_t *iv,
    const uint8_t *in, uint8_t *out, size_t len)
{
	cfb(c, iv, in, out, len, 1);
}

int
des_cbc_encrypt(const struct des_ctx *c, const uint8_t *iv,
    const uint8_t *in, uint8_t *out, size_t len)
{
	uint8_t chain[DES_BLOCK_LEN], x[DES_BLOCK_LEN];
	size_t i, off;

	if (len % DES_BLOCK_LEN != 0)
		return -1;
	memcpy(chain, iv, sizeof(chain));
	for (off = 0; off < len; off += DES_BLOCK_LEN) {
		for (i = 0; i < DES_BLOCK_LEN; i++)
			x[i] = in[off + i] ^ chain[i];
		des_encrypt_block(c, x, out + off);
		memcpy(chain, out + off, sizeof(chain));
	}
	crypto_wipe(x, sizeof(x));
	return 0;
}

int
des_cbc_decrypt(const struct des_ctx *c, const uint8_t *iv,
    const uint8_t *in, uint8_t *out, size_t len)
{
	uint8_t chain[DES_BLOCK_LEN], next[DES_BLOCK_LEN], x[DES_BLOCK_LEN];
	size_t i, off;

	if (len % DES_BLOCK_LEN != 0)
		return -1;
	memcpy(chain, iv, sizeof(chain));
	for (off = 0; off < len; off += DES_BLOCK_LEN) {
		memcpy(next, in + off, sizeof(next));
		des_decrypt_block(c, next, x);
		for (i = 0; i < DES_BLOCK_LEN; i++)
			out[off + i] = x[i] ^ chain[i];
		memcpy(chain, next, sizeof(chain));
	}
	crypto_wipe(x, sizeof(x));
	return 0;
}
