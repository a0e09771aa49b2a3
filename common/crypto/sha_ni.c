/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 and SHA-256 block functions with the x86 SHA extensions (Intel
 * SHA-NI: SHA1RNDS4/SHA1NEXTE/SHA1MSG1/SHA1MSG2, SHA256RNDS2/SHA256MSG1/
 * SHA256MSG2), the message schedule written as the FIPS 180-4 recurrence
 * on groups of four words.  Compiled with per-function target attributes,
 * so the rest of the build needs no -m flags; selected only when CPUID
 * reports SHA, SSSE3 and SSE4.1.
 */
#include "sha_ni.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>

static int
have_sha_ni(void)
{
	unsigned int a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 9)) ||
	    !(c & (1u << 19)))
		return 0;	/* SSSE3, SSE4.1 */
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b >> 29) & 1;	/* SHA */
}

__attribute__((target("sha,sse4.1")))
static void
sha1_ni(uint32_t *h, const uint8_t *p, size_t blocks)
{
	const __m128i mask = _mm_set_epi64x(0x0001020304050607LL,
	    0x08090a0b0c0d0e0fLL);
	__m128i abcd, abcd_save, e0, e_save, ex, eprev, m[4];
	int g;

	abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0x1b);
	e0 = _mm_set_epi32((int)h[4], 0, 0, 0);
	for (; blocks > 0; blocks--, p += 64) {
		abcd_save = abcd;
		e_save = e0;
		for (g = 0; g < 4; g++)
			m[g] = _mm_shuffle_epi8(_mm_loadu_si128(
			    (const __m128i *)(p + 16 * g)), mask);
		eprev = e0;
		for (g = 0; g < 20; g++) {
			ex = g == 0 ? _mm_add_epi32(e0, m[0]) :
			    _mm_sha1nexte_epu32(eprev, m[g & 3]);
			eprev = abcd;
			switch (g / 5) {
			case 0:
				abcd = _mm_sha1rnds4_epu32(abcd, ex, 0);
				break;
			case 1:
				abcd = _mm_sha1rnds4_epu32(abcd, ex, 1);
				break;
			case 2:
				abcd = _mm_sha1rnds4_epu32(abcd, ex, 2);
				break;
			default:
				abcd = _mm_sha1rnds4_epu32(abcd, ex, 3);
				break;
			}
			/* W[g+4] = rol1(W[g] ^ W[g+2] ^ W[g+8] ^ W[g+13]) */
			if (g < 16)
				m[g & 3] = _mm_sha1msg2_epu32(_mm_xor_si128(
				    _mm_sha1msg1_epu32(m[g & 3], m[(g + 1) & 3]),
				    m[(g + 2) & 3]), m[(g + 3) & 3]);
		}
		e0 = _mm_sha1nexte_epu32(eprev, e_save);
		abcd = _mm_add_epi32(abcd, abcd_save);
	}
	_mm_storeu_si128((__m128i *)h, _mm_shuffle_epi32(abcd, 0x1b));
	h[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

static const uint32_t K256[64] = {
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

__attribute__((target("sha,sse4.1")))
static void
sha256_ni(uint32_t *h, const uint8_t *p, size_t blocks)
{
	const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bLL,
	    0x0405060700010203LL);
	__m128i s0, s1, t, abef_save, cdgh_save, msg, m[4];
	int g;

	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0xb1);
	s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(h + 4)),
	    0x1b);
	s0 = _mm_alignr_epi8(t, s1, 8);		/* ABEF */
	s1 = _mm_blend_epi16(s1, t, 0xf0);	/* CDGH */
	for (; blocks > 0; blocks--, p += 64) {
		abef_save = s0;
		cdgh_save = s1;
		for (g = 0; g < 4; g++)
			m[g] = _mm_shuffle_epi8(_mm_loadu_si128(
			    (const __m128i *)(p + 16 * g)), mask);
		for (g = 0; g < 16; g++) {
			msg = _mm_add_epi32(m[g & 3],
			    _mm_loadu_si128((const __m128i *)(K256 + 4 * g)));
			s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
			s0 = _mm_sha256rnds2_epu32(s0, s1,
			    _mm_shuffle_epi32(msg, 0x0e));
			/* W[g+4] = s1(W[g+3]) + W[g+2..] + s0(W[g+1]) + W[g] */
			if (g < 12)
				m[g & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(
				    _mm_sha256msg1_epu32(m[g & 3],
				    m[(g + 1) & 3]), _mm_alignr_epi8(
				    m[(g + 3) & 3], m[(g + 2) & 3], 4)),
				    m[(g + 3) & 3]);
		}
		s0 = _mm_add_epi32(s0, abef_save);
		s1 = _mm_add_epi32(s1, cdgh_save);
	}
	t = _mm_shuffle_epi32(s0, 0x1b);	/* FEBA */
	s1 = _mm_shuffle_epi32(s1, 0xb1);	/* DCHG */
	_mm_storeu_si128((__m128i *)h, _mm_blend_epi16(t, s1, 0xf0));
	_mm_storeu_si128((__m128i *)(h + 4), _mm_alignr_epi8(s1, t, 8));
}

sha_compress_fn *
sha1_compress_ni(void)
{
	return have_sha_ni() ? sha1_ni : NULL;
}

sha_compress_fn *
sha256_compress_ni(void)
{
	return have_sha_ni() ? sha256_ni : NULL;
}
#else
sha_compress_fn *
sha1_compress_ni(void)
{
	return NULL;
}

sha_compress_fn *
sha256_compress_ni(void)
{
	return NULL;
}
#endif
