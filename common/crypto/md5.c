/* SPDX-License-Identifier: ISC */
/*
 * MD5 (RFC 1321 §3): the four rounds of §3.4 unrolled, little-endian
 * words, padding and length of §3.1-3.2.  Used by SNMPv3
 * usmHMACMD5AuthProtocol and its password-to-key (RFC 3414 §6, A.2.1).
 */
#include <string.h>

#include "endian.h"
#include "hash.h"
#include "repeat.h"
#include "md5.h"
#include "wipe.h"

#define F(x, y, z)	((((y) ^ (z)) & (x)) ^ (z))
#define G(x, y, z)	((((x) ^ (y)) & (z)) ^ (y))
#define H(x, y, z)	((x) ^ (y) ^ (z))
#define I(x, y, z)	((y) ^ ((x) | ~(z)))
#define STEP(f, a, b, c, d, x, k, s) do {				\
	(a) += f((b), (c), (d)) + (x) + (uint32_t)(k);			\
	(a) = rotl32((a), (s)) + (b);					\
} while (0)

static void
md5_block(uint32_t h[4], const uint8_t *p)
{
	uint32_t m[16], a, b, c, d;
	int i;

	for (i = 0; i < 16; i++)
		m[i] = load_le32(p + 4 * i);
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	/* Round 1 (RFC 1321 §3.4) */
	STEP(F, a, b, c, d, m[0], 0xd76aa478, 7);
	STEP(F, d, a, b, c, m[1], 0xe8c7b756, 12);
	STEP(F, c, d, a, b, m[2], 0x242070db, 17);
	STEP(F, b, c, d, a, m[3], 0xc1bdceee, 22);
	STEP(F, a, b, c, d, m[4], 0xf57c0faf, 7);
	STEP(F, d, a, b, c, m[5], 0x4787c62a, 12);
	STEP(F, c, d, a, b, m[6], 0xa8304613, 17);
	STEP(F, b, c, d, a, m[7], 0xfd469501, 22);
	STEP(F, a, b, c, d, m[8], 0x698098d8, 7);
	STEP(F, d, a, b, c, m[9], 0x8b44f7af, 12);
	STEP(F, c, d, a, b, m[10], 0xffff5bb1, 17);
	STEP(F, b, c, d, a, m[11], 0x895cd7be, 22);
	STEP(F, a, b, c, d, m[12], 0x6b901122, 7);
	STEP(F, d, a, b, c, m[13], 0xfd987193, 12);
	STEP(F, c, d, a, b, m[14], 0xa679438e, 17);
	STEP(F, b, c, d, a, m[15], 0x49b40821, 22);
	/* Round 2 */
	STEP(G, a, b, c, d, m[1], 0xf61e2562, 5);
	STEP(G, d, a, b, c, m[6], 0xc040b340, 9);
	STEP(G, c, d, a, b, m[11], 0x265e5a51, 14);
	STEP(G, b, c, d, a, m[0], 0xe9b6c7aa, 20);
	STEP(G, a, b, c, d, m[5], 0xd62f105d, 5);
	STEP(G, d, a, b, c, m[10], 0x02441453, 9);
	STEP(G, c, d, a, b, m[15], 0xd8a1e681, 14);
	STEP(G, b, c, d, a, m[4], 0xe7d3fbc8, 20);
	STEP(G, a, b, c, d, m[9], 0x21e1cde6, 5);
	STEP(G, d, a, b, c, m[14], 0xc33707d6, 9);
	STEP(G, c, d, a, b, m[3], 0xf4d50d87, 14);
	STEP(G, b, c, d, a, m[8], 0x455a14ed, 20);
	STEP(G, a, b, c, d, m[13], 0xa9e3e905, 5);
	STEP(G, d, a, b, c, m[2], 0xfcefa3f8, 9);
	STEP(G, c, d, a, b, m[7], 0x676f02d9, 14);
	STEP(G, b, c, d, a, m[12], 0x8d2a4c8a, 20);
	/* Round 3 */
	STEP(H, a, b, c, d, m[5], 0xfffa3942, 4);
	STEP(H, d, a, b, c, m[8], 0x8771f681, 11);
	STEP(H, c, d, a, b, m[11], 0x6d9d6122, 16);
	STEP(H, b, c, d, a, m[14], 0xfde5380c, 23);
	STEP(H, a, b, c, d, m[1], 0xa4beea44, 4);
	STEP(H, d, a, b, c, m[4], 0x4bdecfa9, 11);
	STEP(H, c, d, a, b, m[7], 0xf6bb4b60, 16);
	STEP(H, b, c, d, a, m[10], 0xbebfbc70, 23);
	STEP(H, a, b, c, d, m[13], 0x289b7ec6, 4);
	STEP(H, d, a, b, c, m[0], 0xeaa127fa, 11);
	STEP(H, c, d, a, b, m[3], 0xd4ef3085, 16);
	STEP(H, b, c, d, a, m[6], 0x04881d05, 23);
	STEP(H, a, b, c, d, m[9], 0xd9d4d039, 4);
	STEP(H, d, a, b, c, m[12], 0xe6db99e5, 11);
	STEP(H, c, d, a, b, m[15], 0x1fa27cf8, 16);
	STEP(H, b, c, d, a, m[2], 0xc4ac5665, 23);
	/* Round 4 */
	STEP(I, a, b, c, d, m[0], 0xf4292244, 6);
	STEP(I, d, a, b, c, m[7], 0x432aff97, 10);
	STEP(I, c, d, a, b, m[14], 0xab9423a7, 15);
	STEP(I, b, c, d, a, m[5], 0xfc93a039, 21);
	STEP(I, a, b, c, d, m[12], 0x655b59c3, 6);
	STEP(I, d, a, b, c, m[3], 0x8f0ccc92, 10);
	STEP(I, c, d, a, b, m[10], 0xffeff47d, 15);
	STEP(I, b, c, d, a, m[1], 0x85845dd1, 21);
	STEP(I, a, b, c, d, m[8], 0x6fa87e4f, 6);
	STEP(I, d, a, b, c, m[15], 0xfe2ce6e0, 10);
	STEP(I, c, d, a, b, m[6], 0xa3014314, 15);
	STEP(I, b, c, d, a, m[13], 0x4e0811a1, 21);
	STEP(I, a, b, c, d, m[4], 0xf7537e82, 6);
	STEP(I, d, a, b, c, m[11], 0xbd3af235, 10);
	STEP(I, c, d, a, b, m[2], 0x2ad7d2bb, 15);
	STEP(I, b, c, d, a, m[9], 0xeb86d391, 21);
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

void
md5_init(struct md5_ctx *ctx)
{
	ctx->h[0] = 0x67452301;		/* §3.3 */
	ctx->h[1] = 0xefcdab89;
	ctx->h[2] = 0x98badcfe;
	ctx->h[3] = 0x10325476;
	ctx->count = 0;
}

void
md5_update(struct md5_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t used = (size_t)(ctx->count % MD5_BLOCK_LEN), k;

	ctx->count += len;
	if (used > 0) {
		k = MD5_BLOCK_LEN - used < len ? MD5_BLOCK_LEN - used : len;
		memcpy(ctx->buf + used, p, k);
		p += k;
		len -= k;
		if (used + k < MD5_BLOCK_LEN)
			return;
		md5_block(ctx->h, ctx->buf);
	}
	for (; len >= MD5_BLOCK_LEN; p += MD5_BLOCK_LEN, len -= MD5_BLOCK_LEN)
		md5_block(ctx->h, p);
	if (len > 0)
		memcpy(ctx->buf, p, len);
}

void
md5_final(const struct md5_ctx *ctx, uint8_t out[MD5_DIGEST_LEN])
{
	struct md5_ctx c = *ctx;
	uint8_t pad[MD5_BLOCK_LEN + 8] = { 0x80 };
	size_t used = (size_t)(c.count % MD5_BLOCK_LEN), padlen, i;
	uint64_t bits = c.count << 3;

	/* §3.1-3.2: 0x80, zeros to 56 mod 64, the bit length little-endian */
	padlen = used < 56 ? 56 - used : 120 - used;
	store_le64(pad + padlen, bits);
	md5_update(&c, pad, padlen + 8);
	for (i = 0; i < 4; i++)
		store_le32(out + 4 * i, c.h[i]);
	crypto_wipe(&c, sizeof(c));
}

static void
vt_init(void *ctx)
{
	md5_init(ctx);
}

static void
vt_update(void *ctx, const void *data, size_t len)
{
	md5_update(ctx, data, len);
}

static void
vt_final(const void *ctx, uint8_t *out)
{
	md5_final(ctx, out);
}

/* No schedule to precompute that would pay: the pattern as it comes. */
static void
vt_repeat(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	repeat_plain(vt_update, ctx, pat, patlen, n);
}

const struct hash_desc hash_md5 = {
	"MD5", MD5_DIGEST_LEN, MD5_BLOCK_LEN, sizeof(struct md5_ctx),
	vt_init, vt_update, vt_final, vt_repeat, NULL
};
