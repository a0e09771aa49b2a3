/* SPDX-License-Identifier: ISC */
/* MD5 (RFC 1321).  Used by SNMPv3 usmHMACMD5AuthProtocol (RFC 3414 §6). */
#include <string.h>

#include "endian.h"
#include "hash.h"

static const uint32_t K[64] = {
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
	0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
	0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
	0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
	0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
	0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
	0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
	0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
	0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
};

static const uint8_t S[64] = {
	7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
	5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
	4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
	6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
};

static void
md5_block(uint32_t h[4], const uint8_t *p)
{
	uint32_t m[16], a = h[0], b = h[1], c = h[2], d = h[3], f, t;
	int i, g;

	for (i = 0; i < 16; i++)
		m[i] = load_le32(p + 4 * i);
	for (i = 0; i < 64; i++) {
		if (i < 16) {
			f = (b & c) | (~b & d);
			g = i;
		} else if (i < 32) {
			f = (d & b) | (~d & c);
			g = (5 * i + 1) & 15;
		} else if (i < 48) {
			f = b ^ c ^ d;
			g = (3 * i + 5) & 15;
		} else {
			f = c ^ (b | ~d);
			g = (7 * i) & 15;
		}
		t = d;
		d = c;
		c = b;
		f += a + K[i] + m[g];
		b += ROTL32(f, S[i]);
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

void
md5_init(void *vctx)
{
	struct md5_ctx *c = vctx;

	c->h[0] = 0x67452301;
	c->h[1] = 0xefcdab89;
	c->h[2] = 0x98badcfe;
	c->h[3] = 0x10325476;
	c->len = 0;
}

void
md5_update(void *vctx, const void *data, size_t n)
{
	struct md5_ctx *c = vctx;
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
		md5_block(c->h, c->buf);
	}
	for (; n >= 64; p += 64, n -= 64)
		md5_block(c->h, p);
	memcpy(c->buf, p, n);
}

void
md5_final(const void *vctx, uint8_t *out)
{
	struct md5_ctx c = *(const struct md5_ctx *)vctx;
	uint8_t pad[72] = { 0x80 };
	uint64_t bits = c.len * 8;
	size_t used = (size_t)(c.len & 63), padlen, i;

	padlen = used < 56 ? 56 - used : 120 - used;
	for (i = 0; i < 8; i++)
		pad[padlen + i] = (uint8_t)(bits >> (8 * i));
	md5_update(&c, pad, padlen + 8);
	for (i = 0; i < 4; i++)
		store_le32(out + 4 * i, c.h[i]);
}

const struct hash_desc hash_md5 = {
	"MD5", MD5_DIGEST_LEN, 64, md5_init, md5_update, md5_final
};
