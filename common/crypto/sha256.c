/* SPDX-License-Identifier: ISC */
/*
 * SHA-224 and SHA-256 (FIPS 180-4 §6.2, §6.3): padding, length and the
 * portable block function (the message schedule with the constants
 * added, then the rounds unrolled by eight), dispatching to the x86 SHA
 * extension block function (sha_ni.c) when the CPU has it.  Used by SNMPv3
 * usmHMAC128SHA224AuthProtocol and usmHMAC192SHA256AuthProtocol (RFC 7860).
 */
#include <stddef.h>
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "lanes.h"
#include "repeat.h"
#include "sha256.h"
#include "sha_ni.h"
#include "wipe.h"

const uint32_t sha256_k[64] = {
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

/* §4.1.2 */
#define CH(x, y, z)	((((y) ^ (z)) & (x)) ^ (z))
/* Σ0 and Σ1 as nested rotations: ROTR6(x ^ ROTR5(x ^ ROTR14(x))) is
 * ROTR6(x) ^ ROTR11(x) ^ ROTR25(x), with fewer copies of x */
#define BSIG0(x)	rotr32((x) ^ rotr32((x) ^ rotr32((x), 9), 11), 2)
#define BSIG1(x)	rotr32((x) ^ rotr32((x) ^ rotr32((x), 14), 5), 6)
#define SSIG0(x)	(rotr32((x), 7) ^ rotr32((x), 18) ^ ((x) >> 3))
#define SSIG1(x)	(rotr32((x), 17) ^ rotr32((x), 19) ^ ((x) >> 10))
/*
 * The schedule of one block with the round constants added, wk[t] =
 * W[t] + K[t] (§6.2.2 step 1), and the rounds on it.  The password-to-key
 * stream's blocks repeat, and each distinct one is scheduled once
 * (repeat.h); any other block is scheduled, then run.
 */
static void
sha256_schedule_wk(const uint8_t *p, uint32_t *wk)
{
	int t;

	for (t = 0; t < 16; t++)
		wk[t] = load_be32(p + 4 * t);
	for (; t < 64; t++)
		wk[t] = SSIG1(wk[t - 2]) + wk[t - 7] + SSIG0(wk[t - 15]) +
		    wk[t - 16];
	for (t = 0; t < 64; t++)
		wk[t] += sha256_k[t];
}

/*
 * The rounds on a scheduled block, with Maj(a, b, c) as ((a ^ b) &
 * (b ^ c)) ^ b: this round's a ^ b is the next round's b ^ c (ab and bc
 * take turns).
 */
#define RK(a, b, c, d, e, f, g, h, kx, ab, bc) do {			\
	uint32_t t1_ = (h) + BSIG1(e) + CH((e), (f), (g)) + (kx);	\
	(ab) = (a) ^ (b);						\
	(d) += t1_;							\
	(h) = t1_ + BSIG0(a) + (((ab) & (bc)) ^ (b));			\
} while (0)

static void
sha256_block_wk(uint32_t s[8], const uint32_t *wk)
{
	uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5],
	    g = s[6], h = s[7], p = b ^ c, q;
	const uint32_t *x;

	for (x = wk; x < wk + 64; x += 8) {
		RK(a, b, c, d, e, f, g, h, x[0], q, p);
		RK(h, a, b, c, d, e, f, g, x[1], p, q);
		RK(g, h, a, b, c, d, e, f, x[2], q, p);
		RK(f, g, h, a, b, c, d, e, x[3], p, q);
		RK(e, f, g, h, a, b, c, d, x[4], q, p);
		RK(d, e, f, g, h, a, b, c, x[5], p, q);
		RK(c, d, e, f, g, h, a, b, x[6], q, p);
		RK(b, c, d, e, f, g, h, a, x[7], p, q);
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

static void
sha256_block(uint32_t s[8], const uint8_t *p)
{
	uint32_t wk[64];

	sha256_schedule_wk(p, wk);
	sha256_block_wk(s, wk);
}

void
sha256_compress_portable(uint32_t h[8], const uint8_t *p, size_t blocks)
{
	for (; blocks > 0; blocks--, p += SHA256_BLOCK_LEN)
		sha256_block(h, p);
}

static void
compress(uint32_t h[8], const uint8_t *p, size_t blocks)
{
#if SHA_NI_BUILT
	if (sha_ni_usable()) {
		sha256_compress_ni(h, p, blocks);
		return;
	}
#endif
	sha256_compress_portable(h, p, blocks);
}

void
sha224_init(struct sha256_ctx *ctx)
{
	static const uint32_t iv[8] = {		/* §5.3.2 */
		0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
		0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4
	};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->count = 0;
}

void
sha256_init(struct sha256_ctx *ctx)
{
	static const uint32_t iv[8] = {		/* §5.3.3 */
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->count = 0;
}

void
sha256_update(struct sha256_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t used = (size_t)(ctx->count % SHA256_BLOCK_LEN), k;

	ctx->count += len;
	if (used > 0) {
		k = SHA256_BLOCK_LEN - used < len ? SHA256_BLOCK_LEN - used :
		    len;
		memcpy(ctx->buf + used, p, k);
		p += k;
		len -= k;
		if (used + k < SHA256_BLOCK_LEN)
			return;
		compress(ctx->h, ctx->buf, 1);
	}
	if (len >= SHA256_BLOCK_LEN) {
		compress(ctx->h, p, len / SHA256_BLOCK_LEN);
		p += len / SHA256_BLOCK_LEN * SHA256_BLOCK_LEN;
		len %= SHA256_BLOCK_LEN;
	}
	if (len > 0)
		memcpy(ctx->buf, p, len);
}

void
sha224_update(struct sha256_ctx *ctx, const void *data, size_t len)
{
	sha256_update(ctx, data, len);
}

static void vt_update(void *ctx, const void *data, size_t len);

#if LANES_BUILT
#define ROUNDS2	sha256_rounds2
#else
#define ROUNDS2	NULL
#endif

static const struct repeat_hash sha256_repeat = {
	64, sha256_schedule_wk, sha256_block_wk, vt_update, ROUNDS2,
	offsetof(struct sha256_ctx, h), offsetof(struct sha256_ctx, count)
};

void
sha256_update_repeat_portable(struct sha256_ctx *ctx, const uint8_t *pat,
    size_t patlen, uint64_t n)
{
	repeat_update(&sha256_repeat, ctx, ctx->h, &ctx->count, pat, patlen,
	    n);
}

void
sha256_update_repeat(struct sha256_ctx *ctx, const uint8_t *pat,
    size_t patlen, uint64_t n)
{
	/* the SHA extensions beat the precomputed schedule (repeat.h) */
	repeat_update_best(&sha256_repeat, ctx, ctx->h, &ctx->count, pat,
	    patlen, n);
}

void
sha256_update_repeat2(struct sha256_ctx *c1, const uint8_t *pat1,
    size_t len1, struct sha256_ctx *c2, const uint8_t *pat2, size_t len2,
    uint64_t n)
{
	repeat_update2(&sha256_repeat, c1, pat1, len1, c2, pat2, len2, n);
}

/* §5.1.1 padding, then the first `words' words of the state (§6.3: 7). */
static void
finish(const struct sha256_ctx *ctx, uint8_t *out, size_t words)
{
	struct sha256_ctx c = *ctx;
	uint8_t pad[SHA256_BLOCK_LEN + 8] = { 0x80 };
	size_t used = (size_t)(c.count % SHA256_BLOCK_LEN), padlen, i;

	padlen = used < 56 ? 56 - used : 120 - used;
	store_be64(pad + padlen, c.count << 3);
	sha256_update(&c, pad, padlen + 8);
	for (i = 0; i < words; i++)
		store_be32(out + 4 * i, c.h[i]);
	crypto_wipe(&c, sizeof(c));
}

void
sha224_final(const struct sha256_ctx *ctx, uint8_t out[SHA224_DIGEST_LEN])
{
	finish(ctx, out, SHA224_DIGEST_LEN / 4);
}

void
sha256_final(const struct sha256_ctx *ctx, uint8_t out[SHA256_DIGEST_LEN])
{
	finish(ctx, out, SHA256_DIGEST_LEN / 4);
}

static void
vt_init224(void *ctx)
{
	sha224_init(ctx);
}

static void
vt_init256(void *ctx)
{
	sha256_init(ctx);
}

static void
vt_update(void *ctx, const void *data, size_t len)
{
	sha256_update(ctx, data, len);
}

static void
vt_final224(const void *ctx, uint8_t *out)
{
	sha224_final(ctx, out);
}

static void
vt_final256(const void *ctx, uint8_t *out)
{
	sha256_final(ctx, out);
}

static void
vt_repeat(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	sha256_update_repeat(ctx, pat, patlen, n);
}

static void
vt_repeat2(void *c1, const uint8_t *pat1, size_t len1, void *c2,
    const uint8_t *pat2, size_t len2, uint64_t n)
{
	sha256_update_repeat2(c1, pat1, len1, c2, pat2, len2, n);
}

const struct hash_desc hash_sha224 = {
	"SHA-224", SHA224_DIGEST_LEN, SHA256_BLOCK_LEN,
	sizeof(struct sha256_ctx), vt_init224, vt_update, vt_final224,
	vt_repeat, vt_repeat2
};

const struct hash_desc hash_sha256 = {
	"SHA-256", SHA256_DIGEST_LEN, SHA256_BLOCK_LEN,
	sizeof(struct sha256_ctx), vt_init256, vt_update, vt_final256,
	vt_repeat, vt_repeat2
};
