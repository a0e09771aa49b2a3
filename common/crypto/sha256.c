/* SPDX-License-Identifier: ISC */
/*
 * SHA-224 and SHA-256 (FIPS 180-4 §6.2, §6.3).  Used by the SNMPv3
 * usmHMAC128SHA224AuthProtocol and usmHMAC192SHA256AuthProtocol (RFC 7860).
 */
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "sha_ni.h"

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static void
sha256_block(uint32_t *h, const uint8_t *p)
{
	uint32_t w[64], s[8], t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(p + 4 * i);
	for (; i < 64; i++)
		w[i] = w[i - 16] + w[i - 7] +
		    (ROTR32(w[i - 15], 7) ^ ROTR32(w[i - 15], 18) ^
		    (w[i - 15] >> 3)) +
		    (ROTR32(w[i - 2], 17) ^ ROTR32(w[i - 2], 19) ^
		    (w[i - 2] >> 10));
	memcpy(s, h, sizeof(s));
	for (i = 0; i < 64; i++) {
		t1 = s[7] + (ROTR32(s[4], 6) ^ ROTR32(s[4], 11) ^
		    ROTR32(s[4], 25)) + ((s[4] & s[5]) ^ (~s[4] & s[6])) +
		    K[i] + w[i];
		t2 = (ROTR32(s[0], 2) ^ ROTR32(s[0], 13) ^ ROTR32(s[0], 22)) +
		    ((s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]));
		memmove(s + 1, s, 7 * sizeof(s[0]));
		s[4] += t1;
		s[0] = t1 + t2;
	}
	for (i = 0; i < 8; i++)
		h[i] += s[i];
}

void
sha256_compress_portable(uint32_t *h, const uint8_t *p, size_t blocks)
{
	for (; blocks > 0; blocks--, p += 64)
		sha256_block(h, p);
}

static void
pick(void *vctx)
{
	struct sha256_ctx *c = vctx;

	if ((c->compress = sha256_compress_ni()) == NULL)
		c->compress = sha256_compress_portable;
}

void
sha224_init(void *vctx)
{
	static const uint32_t iv[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17,
	    0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
	struct sha256_ctx *c = vctx;

	memcpy(c->h, iv, sizeof(iv));
	c->len = 0;
	pick(c);
}

void
sha256_init(void *vctx)
{
	static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372,
	    0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	struct sha256_ctx *c = vctx;

	memcpy(c->h, iv, sizeof(iv));
	c->len = 0;
	pick(c);
}

void
sha256_update(void *vctx, const void *data, size_t n)
{
	struct sha256_ctx *c = vctx;
	const uint8_t *p = data;
	size_t used = (size_t)(c->len & 63), k;

	c->len += n;
	if (used > 0) {
		k = 64 - used < n ? 64 - used : n;
		memcpy(c->buf + used, p, k);
		p += k;
		n -= k;
		if (used + k < 64)
			return;
		c->compress(c->h, c->buf, 1);
	}
	if (n >= 64) {
		c->compress(c->h, p, n / 64);
		p += n / 64 * 64;
		n %= 64;
	}
	memcpy(c->buf, p, n);
}

static void
finish(const void *vctx, uint8_t *out, size_t words)
{
	struct sha256_ctx c = *(const struct sha256_ctx *)vctx;
	uint8_t pad[72] = { 0x80 };
	size_t used = (size_t)(c.len & 63), padlen, i;

	padlen = used < 56 ? 56 - used : 120 - used;
	store_be64(pad + padlen, c.len * 8);
	sha256_update(&c, pad, padlen + 8);
	for (i = 0; i < words; i++)
		store_be32(out + 4 * i, c.h[i]);
}

void
sha224_final(const void *vctx, uint8_t *out)
{
	finish(vctx, out, 7);
}

void
sha256_final(const void *vctx, uint8_t *out)
{
	finish(vctx, out, 8);
}

const struct hash_desc hash_sha224 = {
	"SHA-224", SHA224_DIGEST_LEN, 64, sha224_init, sha256_update,
	sha224_final
};

const struct hash_desc hash_sha256 = {
	"SHA-256", SHA256_DIGEST_LEN, 64, sha256_init, sha256_update,
	sha256_final
};
