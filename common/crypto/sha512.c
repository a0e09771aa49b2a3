/* SPDX-License-Identifier: ISC */
/*
 * SHA-384 and SHA-512 (FIPS 180-4 §6.4, §6.5): padding with the 128-bit
 * length, and the block function with the rounds unrolled by eight and
 * the message schedule in a 16-word ring.  Used by SNMPv3
 * usmHMAC256SHA384AuthProtocol and usmHMAC384SHA512AuthProtocol (RFC 7860).
 */
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "repeat.h"
#include "sha512.h"
#include "wipe.h"

static const uint64_t K[80] = {
	0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
	0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
	0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
	0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
	0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
	0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
	0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
	0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
	0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
	0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
	0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
	0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
	0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
	0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
	0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
	0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
	0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
	0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
	0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
	0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
	0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
	0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
	0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
	0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
	0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
	0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
	0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL
};

/* §4.1.3 */
#define CH(x, y, z)	((((y) ^ (z)) & (x)) ^ (z))
#define MAJ(x, y, z)	(((x) & (y)) | (((x) | (y)) & (z)))
#define BSIG0(x)	(rotr64((x), 28) ^ rotr64((x), 34) ^ rotr64((x), 39))
#define BSIG1(x)	(rotr64((x), 14) ^ rotr64((x), 18) ^ rotr64((x), 41))
#define SSIG0(x)	(rotr64((x), 1) ^ rotr64((x), 8) ^ ((x) >> 7))
#define SSIG1(x)	(rotr64((x), 19) ^ rotr64((x), 61) ^ ((x) >> 6))
/* §6.4.2 step 1 for t >= 16, in a ring of 16 words */
#define W(t)		(w[(t) & 15] += SSIG1(w[((t) + 14) & 15]) +	\
	w[((t) + 9) & 15] + SSIG0(w[((t) + 1) & 15]))
#define R(a, b, c, d, e, f, g, h, t, x) do {				\
	uint64_t t1_ = (h) + BSIG1(e) + CH((e), (f), (g)) + K[t] + (x);	\
	(d) += t1_;							\
	(h) = t1_ + BSIG0(a) + MAJ((a), (b), (c));			\
} while (0)
#define R8(t, x0, x1, x2, x3, x4, x5, x6, x7) do {			\
	R(a, b, c, d, e, f, g, h, (t), x0);				\
	R(h, a, b, c, d, e, f, g, (t) + 1, x1);				\
	R(g, h, a, b, c, d, e, f, (t) + 2, x2);				\
	R(f, g, h, a, b, c, d, e, (t) + 3, x3);				\
	R(e, f, g, h, a, b, c, d, (t) + 4, x4);				\
	R(d, e, f, g, h, a, b, c, (t) + 5, x5);				\
	R(c, d, e, f, g, h, a, b, (t) + 6, x6);				\
	R(b, c, d, e, f, g, h, a, (t) + 7, x7);				\
} while (0)

static void
sha512_block(uint64_t s[8], const uint8_t *p)
{
	uint64_t w[16], a, b, c, d, e, f, g, h;
	int i, t;

	for (i = 0; i < 16; i++)
		w[i] = load_be64(p + 8 * i);
	a = s[0];
	b = s[1];
	c = s[2];
	d = s[3];
	e = s[4];
	f = s[5];
	g = s[6];
	h = s[7];
	R8(0, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
	R8(8, w[8], w[9], w[10], w[11], w[12], w[13], w[14], w[15]);
	for (t = 16; t < 80; t += 16) {
		R8(t, W(t), W(t + 1), W(t + 2), W(t + 3), W(t + 4), W(t + 5),
		    W(t + 6), W(t + 7));
		R8(t + 8, W(t + 8), W(t + 9), W(t + 10), W(t + 11), W(t + 12),
		    W(t + 13), W(t + 14), W(t + 15));
	}
	s[0] += a;
	s[1] += b;
	s[2] += c;
	s[3] += d;
	s[4] += e;
	s[5] += f;
	s[6] += g;
	s[7] += h;
}

void
sha384_init(struct sha512_ctx *ctx)
{
	static const uint64_t iv[8] = {		/* §5.3.4 */
		0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL,
		0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
		0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
		0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL
	};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->count = 0;
}

void
sha512_init(struct sha512_ctx *ctx)
{
	static const uint64_t iv[8] = {		/* §5.3.5 */
		0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
		0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
		0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
		0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL
	};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->count = 0;
}

void
sha512_update(struct sha512_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t used = (size_t)(ctx->count % SHA512_BLOCK_LEN), k;

	ctx->count += len;
	if (used > 0) {
		k = SHA512_BLOCK_LEN - used < len ? SHA512_BLOCK_LEN - used :
		    len;
		memcpy(ctx->buf + used, p, k);
		p += k;
		len -= k;
		if (used + k < SHA512_BLOCK_LEN)
			return;
		sha512_block(ctx->h, ctx->buf);
	}
	for (; len >= SHA512_BLOCK_LEN; p += SHA512_BLOCK_LEN,
	    len -= SHA512_BLOCK_LEN)
		sha512_block(ctx->h, p);
	if (len > 0)
		memcpy(ctx->buf, p, len);
}

void
sha384_update(struct sha512_ctx *ctx, const void *data, size_t len)
{
	sha512_update(ctx, data, len);
}

/* §5.1.2 padding, then the first `words' words of the state (§6.5: 6). */
static void
finish(const struct sha512_ctx *ctx, uint8_t *out, size_t words)
{
	struct sha512_ctx c = *ctx;
	uint8_t pad[SHA512_BLOCK_LEN + 16] = { 0x80 };
	size_t used = (size_t)(c.count % SHA512_BLOCK_LEN), padlen, i;

	padlen = used < 112 ? 112 - used : 240 - used;
	/* the 128-bit bit length: count is in octets, so 67 bits suffice */
	store_be64(pad + padlen, c.count >> 61);
	store_be64(pad + padlen + 8, c.count << 3);
	sha512_update(&c, pad, padlen + 16);
	for (i = 0; i < words; i++)
		store_be64(out + 8 * i, c.h[i]);
	crypto_wipe(&c, sizeof(c));
}

void
sha384_final(const struct sha512_ctx *ctx, uint8_t out[SHA384_DIGEST_LEN])
{
	finish(ctx, out, SHA384_DIGEST_LEN / 8);
}

void
sha512_final(const struct sha512_ctx *ctx, uint8_t out[SHA512_DIGEST_LEN])
{
	finish(ctx, out, SHA512_DIGEST_LEN / 8);
}

static void
vt_init384(void *ctx)
{
	sha384_init(ctx);
}

static void
vt_init512(void *ctx)
{
	sha512_init(ctx);
}

static void
vt_update(void *ctx, const void *data, size_t len)
{
	sha512_update(ctx, data, len);
}

static void
vt_final384(const void *ctx, uint8_t *out)
{
	sha384_final(ctx, out);
}

static void
vt_final512(const void *ctx, uint8_t *out)
{
	sha512_final(ctx, out);
}

/* No schedule to precompute that would pay: the pattern as it comes. */
static void
vt_repeat(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	repeat_plain(vt_update, ctx, pat, patlen, n);
}

const struct hash_desc hash_sha384 = {
	"SHA-384", SHA384_DIGEST_LEN, SHA512_BLOCK_LEN,
	sizeof(struct sha512_ctx), vt_init384, vt_update, vt_final384,
	vt_repeat, NULL
};

const struct hash_desc hash_sha512 = {
	"SHA-512", SHA512_DIGEST_LEN, SHA512_BLOCK_LEN,
	sizeof(struct sha512_ctx), vt_init512, vt_update, vt_final512,
	vt_repeat, NULL
};
