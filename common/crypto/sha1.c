/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 (FIPS 180-4 §6.1): padding, length and the portable block
 * function (rounds unrolled, the message schedule in a 16-word ring as in
 * §6.1.3), dispatching to the x86 SHA extension block function
 * (sha_ni.c) when the CPU has it.  Used by SNMPv3 usmHMACSHAAuthProtocol
 * and its password-to-key (RFC 3414 §7, A.2.2).
 */
#include <stddef.h>
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "lanes.h"
#include "repeat.h"
#include "sha1.h"
#include "sha_ni.h"
#include "wipe.h"

#define F1(b, c, d)	((((c) ^ (d)) & (b)) ^ (d))		/* Ch */
#define F2(b, c, d)	((b) ^ (c) ^ (d))			/* Parity */
#define F3(b, c, d)	(((b) & (c)) | (((b) | (c)) & (d)))	/* Maj */
#define W(t)		(w[(t) & 15] = rotl32(w[((t) + 13) & 15] ^	\
	w[((t) + 8) & 15] ^ w[((t) + 2) & 15] ^ w[(t) & 15], 1))
#define R(a, b, c, d, e, f, k, x) do {					\
	(e) += rotl32((a), 5) + f((b), (c), (d)) + (uint32_t)(k) + (x);	\
	(b) = rotl32((b), 30);						\
} while (0)
/* Five rounds rename a..e back to where they started. */
#define R5(f, k, x0, x1, x2, x3, x4) do {				\
	R(a, b, c, d, e, f, k, x0);					\
	R(e, a, b, c, d, f, k, x1);					\
	R(d, e, a, b, c, f, k, x2);					\
	R(c, d, e, a, b, f, k, x3);					\
	R(b, c, d, e, a, f, k, x4);					\
} while (0)
#define R5W(f, k, t)	R5(f, k, W(t), W((t) + 1), W((t) + 2),		\
	W((t) + 3), W((t) + 4))

static void
sha1_block(uint32_t h[5], const uint8_t *p)
{
	uint32_t w[16], a, b, c, d, e;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(p + 4 * i);
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	e = h[4];
	R5(F1, 0x5a827999, w[0], w[1], w[2], w[3], w[4]);
	R5(F1, 0x5a827999, w[5], w[6], w[7], w[8], w[9]);
	R5(F1, 0x5a827999, w[10], w[11], w[12], w[13], w[14]);
	R5(F1, 0x5a827999, w[15], W(16), W(17), W(18), W(19));
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
sha1_compress_portable(uint32_t h[5], const uint8_t *p, size_t blocks)
{
	for (; blocks > 0; blocks--, p += SHA1_BLOCK_LEN)
		sha1_block(h, p);
}

/*
 * The rounds alone, on a block whose schedule is already expanded and has
 * the round constants added: wk[t] = W[t] + K[t] (FIPS 180-4 §6.1.2).
 */
static void
sha1_block_wk(uint32_t h[5], const uint32_t wk[80])
{
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
	const uint32_t *x = wk;

	for (; x < wk + 20; x += 5)
		R5(F1, 0, x[0], x[1], x[2], x[3], x[4]);
	for (; x < wk + 40; x += 5)
		R5(F2, 0, x[0], x[1], x[2], x[3], x[4]);
	for (; x < wk + 60; x += 5)
		R5(F3, 0, x[0], x[1], x[2], x[3], x[4]);
	for (; x < wk + 80; x += 5)
		R5(F2, 0, x[0], x[1], x[2], x[3], x[4]);
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

static void
sha1_schedule_wk(const uint8_t *p, uint32_t wk[80])
{
	uint32_t w[80];
	int t;

	for (t = 0; t < 16; t++)
		w[t] = load_be32(p + 4 * t);
	for (; t < 80; t++)
		w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
	for (t = 0; t < 80; t++)
		wk[t] = w[t] + (t < 20 ? 0x5a827999u : t < 40 ? 0x6ed9eba1u :
		    t < 60 ? 0x8f1bbcdcu : 0xca62c1d6u);
	crypto_wipe(w, sizeof(w));
}

static void
compress(uint32_t h[5], const uint8_t *p, size_t blocks)
{
#if SHA_NI_BUILT
	if (sha_ni_usable()) {
		sha1_compress_ni(h, p, blocks);
		return;
	}
#endif
	sha1_compress_portable(h, p, blocks);
}

void
sha1_init(struct sha1_ctx *ctx)
{
	ctx->h[0] = 0x67452301;		/* §5.3.1 */
	ctx->h[1] = 0xefcdab89;
	ctx->h[2] = 0x98badcfe;
	ctx->h[3] = 0x10325476;
	ctx->h[4] = 0xc3d2e1f0;
	ctx->count = 0;
}

void
sha1_update(struct sha1_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t used = (size_t)(ctx->count % SHA1_BLOCK_LEN), k;

	ctx->count += len;
	if (used > 0) {
		k = SHA1_BLOCK_LEN - used < len ? SHA1_BLOCK_LEN - used : len;
		memcpy(ctx->buf + used, p, k);
		p += k;
		len -= k;
		if (used + k < SHA1_BLOCK_LEN)
			return;
		compress(ctx->h, ctx->buf, 1);
	}
	if (len >= SHA1_BLOCK_LEN) {
		compress(ctx->h, p, len / SHA1_BLOCK_LEN);
		p += len / SHA1_BLOCK_LEN * SHA1_BLOCK_LEN;
		len %= SHA1_BLOCK_LEN;
	}
	if (len > 0)
		memcpy(ctx->buf, p, len);
}

static void vt_update(void *ctx, const void *data, size_t len);

#if LANES_BUILT
#define ROUNDS2	sha1_rounds2
#else
#define ROUNDS2	NULL
#endif

static const struct repeat_hash sha1_repeat = {
	80, sha1_schedule_wk, sha1_block_wk, vt_update, ROUNDS2,
	offsetof(struct sha1_ctx, h), offsetof(struct sha1_ctx, count)
};

void
sha1_update_repeat_portable(struct sha1_ctx *ctx, const uint8_t *pat,
    size_t patlen, uint64_t n)
{
	repeat_update(&sha1_repeat, ctx, ctx->h, &ctx->count, pat, patlen, n);
}

void
sha1_update_repeat(struct sha1_ctx *ctx, const uint8_t *pat, size_t patlen,
    uint64_t n)
{
	/* the SHA extensions beat the precomputed schedule (repeat.h) */
	repeat_update_best(&sha1_repeat, ctx, ctx->h, &ctx->count, pat,
	    patlen, n);
}

void
sha1_update_repeat2(struct sha1_ctx *c1, const uint8_t *pat1,
    size_t len1, struct sha1_ctx *c2, const uint8_t *pat2, size_t len2,
    uint64_t n)
{
	repeat_update2(&sha1_repeat, c1, pat1, len1, c2, pat2, len2, n);
}

void
sha1_final(const struct sha1_ctx *ctx, uint8_t out[SHA1_DIGEST_LEN])
{
	struct sha1_ctx c = *ctx;
	uint8_t pad[SHA1_BLOCK_LEN + 8] = { 0x80 };
	size_t used = (size_t)(c.count % SHA1_BLOCK_LEN), padlen, i;

	/* §5.1.1: 0x80, zeros to 56 mod 64, the bit length big-endian */
	padlen = used < 56 ? 56 - used : 120 - used;
	store_be64(pad + padlen, c.count << 3);
	sha1_update(&c, pad, padlen + 8);
	for (i = 0; i < 5; i++)
		store_be32(out + 4 * i, c.h[i]);
	crypto_wipe(&c, sizeof(c));
}

static void
vt_init(void *ctx)
{
	sha1_init(ctx);
}

static void
vt_update(void *ctx, const void *data, size_t len)
{
	sha1_update(ctx, data, len);
}

static void
vt_final(const void *ctx, uint8_t *out)
{
	sha1_final(ctx, out);
}

static void
vt_repeat(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	sha1_update_repeat(ctx, pat, patlen, n);
}

static void
vt_repeat2(void *c1, const uint8_t *pat1, size_t len1, void *c2,
    const uint8_t *pat2, size_t len2, uint64_t n)
{
	sha1_update_repeat2(c1, pat1, len1, c2, pat2, len2, n);
}

const struct hash_desc hash_sha1 = {
	"SHA-1", SHA1_DIGEST_LEN, SHA1_BLOCK_LEN, sizeof(struct sha1_ctx),
	vt_init, vt_update, vt_final, vt_repeat, vt_repeat2
};
