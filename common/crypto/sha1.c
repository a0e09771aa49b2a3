/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 (FIPS 180-4 §6.1).  Used by SNMPv3 usmHMACSHAAuthProtocol
 * (RFC 3414 §7) and the key derivation of the SHA-1 user profiles.
 */
#include <string.h>

#include "endian.h"
#include "hash.h"

static void
sha1_block(uint32_t h[5], const uint8_t *p)
{
	uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f, k, t;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(p + 4 * i);
	for (; i < 80; i++)
		w[i] = ROTL32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	for (i = 0; i < 80; i++) {
		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5a827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ed9eba1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8f1bbcdc;
		} else {
			f = b ^ c ^ d;
			k = 0xca62c1d6;
		}
		t = ROTL32(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = ROTL32(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

void
sha1_init(void *vctx)
{
	struct sha1_ctx *c = vctx;

	c->h[0] = 0x67452301;
	c->h[1] = 0xefcdab89;
	c->h[2] = 0x98badcfe;
	c->h[3] = 0x10325476;
	c->h[4] = 0xc3d2e1f0;
	c->len = 0;
}

void
sha1_update(void *vctx, const void *data, size_t n)
{
	struct sha1_ctx *c = vctx;
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
		sha1_block(c->h, c->buf);
	}
	for (; n >= 64; p += 64, n -= 64)
		sha1_block(c->h, p);
	memcpy(c->buf, p, n);
}

void
sha1_final(const void *vctx, uint8_t *out)
{
	struct sha1_ctx c = *(const struct sha1_ctx *)vctx;
	uint8_t pad[72] = { 0x80 };
	size_t used = (size_t)(c.len & 63), padlen, i;

	padlen = used < 56 ? 56 - used : 120 - used;
	store_be64(pad + padlen, c.len * 8);
	sha1_update(&c, pad, padlen + 8);
	for (i = 0; i < 5; i++)
		store_be32(out + 4 * i, c.h[i]);
}

const struct hash_desc hash_sha1 = {
	"SHA-1", SHA1_DIGEST_LEN, 64, sha1_init, sha1_update, sha1_final
};
