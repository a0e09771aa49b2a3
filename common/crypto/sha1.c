/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 (FIPS 180-4 §6.1).  Used by SNMPv3 usmHMACSHAAuthProtocol
 * (RFC 3414 §7) and the key derivation of the SHA-1 user profiles.
 */
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "sha_ni.h"

/*
 * FIPS 180-4 §6.1.2 with the schedule kept in a 16-word ring (§6.1.3) and
 * the rounds unrolled: no branch depends on the round number.
 */
#define SHA1_W(t)	(w[(t) & 15] = ROTL32(w[((t) + 13) & 15] ^ \
	w[((t) + 8) & 15] ^ w[((t) + 2) & 15] ^ w[(t) & 15], 1))
#define SHA1_R(a, b, c, d, e, f, k, x) do {				\
	e += ROTL32(a, 5) + (f) + (k) + (x);				\
	b = ROTL32(b, 30);						\
} while (0)
#define F1(b, c, d)	(((c ^ d) & b) ^ d)
#define F2(b, c, d)	(b ^ c ^ d)
#define F3(b, c, d)	((b & c) | ((b | c) & d))
#define R5(f, k, t0, x0, x1, x2, x3, x4) do {				\
	SHA1_R(a, b, c, d, e, f(b, c, d), k, x0);			\
	SHA1_R(e, a, b, c, d, f(a, b, c), k, x1);			\
	SHA1_R(d, e, a, b, c, f(e, a, b), k, x2);			\
	SHA1_R(c, d, e, a, b, f(d, e, a), k, x3);			\
	SHA1_R(b, c, d, e, a, f(c, d, e), k, x4);			\
} while (0)
#define R5W(f, k, t)	R5(f, k, t, SHA1_W(t), SHA1_W((t) + 1),		\
	SHA1_W((t) + 2), SHA1_W((t) + 3), SHA1_W((t) + 4))

static void
sha1_block(uint32_t *h, const uint8_t *p)
{
	uint32_t w[16], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
	int i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(p + 4 * i);
	R5(F1, 0x5a827999, 0, w[0], w[1], w[2], w[3], w[4]);
	R5(F1, 0x5a827999, 5, w[5], w[6], w[7], w[8], w[9]);
	R5(F1, 0x5a827999, 10, w[10], w[11], w[12], w[13], w[14]);
	SHA1_R(a, b, c, d, e, F1(b, c, d), 0x5a827999, w[15]);
	SHA1_R(e, a, b, c, d, F1(a, b, c), 0x5a827999, SHA1_W(16));
	SHA1_R(d, e, a, b, c, F1(e, a, b), 0x5a827999, SHA1_W(17));
	SHA1_R(c, d, e, a, b, F1(d, e, a), 0x5a827999, SHA1_W(18));
	SHA1_R(b, c, d, e, a, F1(c, d, e), 0x5a827999, SHA1_W(19));
	R5W(F2, 0x6ed9eba1, 20);
	R5W(F2, 0x6ed9eba1, 25);
	R5W(F2, 0x6ed9eba1, 30);
	R5W(F2, 0x6ed9eba1, 35);
	R5W(F3, 0x8f1bbcdc, 40);
	R5W(F3, 0x8f1bbcdc, 45);
	R5W(F3, 0x8f1bbcdc, 50);
	R5W(F3, 0x8f1bbcdc, 55);
	R5W(F2, 0xca62c1d6, 60);
	R5W(F2, 0xca62c1d6, 65);
	R5W(F2, 0xca62c1d6, 70);
	R5W(F2, 0xca62c1d6, 75);
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

void
sha1_compress_portable(uint32_t *h, const uint8_t *p, size_t blocks)
{
	for (; blocks > 0; blocks--, p += 64)
		sha1_block(h, p);
}

static void
pick(void *vctx)
{
	struct sha1_ctx *c = vctx;

	if ((c->compress = sha1_compress_ni()) == NULL)
		c->compress = sha1_compress_portable;
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
	pick(c);
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
		c->compress(c->h, c->buf, 1);
	}
	if (n >= 64) {
		c->compress(c->h, p, n / 64);
		p += n / 64 * 64;
		n %= 64;
	}
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
