/* SPDX-License-Identifier: ISC */
/*
 * SHA-1 and SHA-256 block functions (FIPS 180-4 §6.1.2, §6.2.2) with the
 * x86 SHA extensions: SHA1RNDS4/SHA1NEXTE/SHA1MSG1/SHA1MSG2 and
 * SHA256RNDS2/SHA256MSG1/SHA256MSG2, four message words per vector, the
 * schedule of the next words interleaved with the rounds of the current
 * ones (the arrangement of Intel's "New Instructions Supporting the
 * Secure Hash Algorithm on Intel Architecture Processors", 2013).  The
 * functions carry target attributes, so the build needs no -m flags; the
 * callers (sha1.c, sha256.c) use them only when sha_ni_usable() is true.
 *
 * Dispatch state: the CPUID answer is cached in one static int, written
 * once on first use (with the value every later call would compute, so a
 * race between threads is harmless) and only read afterwards.  CPUID is
 * not cheap, a VM exit under most hypervisors, and
 * __builtin_cpu_supports("sha") is unknown to clang before version 16.
 */
#include "sha_ni.h"

#if SHA_NI_BUILT
#include <cpuid.h>
#include <immintrin.h>

int
sha_ni_usable(void)
{
	static int usable = -1;
	unsigned int a, b, c, d;

	if (usable >= 0)
		return usable;
	usable = 0;
	/* leaf 1 ECX: SSSE3 (bit 9, PSHUFB) and SSE4.1 (bit 19, PBLENDW) */
	if (__get_cpuid(1, &a, &b, &c, &d) && (c & 1u << 9) &&
	    (c & 1u << 19) && __get_cpuid_count(7, 0, &a, &b, &c, &d))
		usable = (int)(b >> 29 & 1);	/* leaf 7 EBX bit 29: SHA */
	return usable;
}

#define NEXTE(e, m)	((e) = _mm_sha1nexte_epu32((e), (m)))
#define RNDS4(e, f)	(abcd = _mm_sha1rnds4_epu32(abcd, (e), (f)))
#define MSG1(x, y)	((x) = _mm_sha1msg1_epu32((x), (y)))
#define MSG2(x, y)	((x) = _mm_sha1msg2_epu32((x), (y)))
#define XOR(x, y)	((x) = _mm_xor_si128((x), (y)))
/*
 * Rounds 4g..4g+3 on the words in m0 (group g); then m1 is finished as
 * group g+1 with MSG2 (its MSG1 and XOR were done earlier), m3 (group
 * g-1) gets MSG1 with m0 towards group g+3, and m2 (group g-2, after its
 * MSG1) gets the XOR with m0 towards group g+2.
 */
#define G1(e, eo, f, m0, m1, m2, m3) do {				\
	NEXTE(e, m0);							\
	(eo) = abcd;							\
	MSG2(m1, m0);							\
	RNDS4(e, f);							\
	MSG1(m3, m0);							\
	XOR(m2, m0);							\
} while (0)

__attribute__((target("sha,sse4.1")))
void
sha1_compress_ni(uint32_t h[5], const uint8_t *p, size_t blocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0001020304050607LL,
	    0x08090a0b0c0d0e0fLL);
	__m128i abcd, abcd0, e0, e1, esave, m0, m1, m2, m3;

	/* a in the high lane, e alone in the high lane of its register */
	abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0x1b);
	e0 = _mm_set_epi32((int)h[4], 0, 0, 0);
	for (; blocks > 0; blocks--, p += 64) {
		abcd0 = abcd;
		esave = e0;
		m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)p),
		    bswap);
		m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 16)), bswap);
		m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 32)), bswap);
		m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 48)), bswap);
		/* rounds 0-15: the first four groups, the schedule starting */
		e0 = _mm_add_epi32(e0, m0);
		e1 = abcd;
		RNDS4(e0, 0);
		NEXTE(e1, m1);
		e0 = abcd;
		RNDS4(e1, 0);
		MSG1(m0, m1);
		NEXTE(e0, m2);
		e1 = abcd;
		RNDS4(e0, 0);
		MSG1(m1, m2);
		XOR(m0, m2);
		G1(e1, e0, 0, m3, m0, m1, m2);
		/* rounds 16-67 */
		G1(e0, e1, 0, m0, m1, m2, m3);
		G1(e1, e0, 1, m1, m2, m3, m0);
		G1(e0, e1, 1, m2, m3, m0, m1);
		G1(e1, e0, 1, m3, m0, m1, m2);
		G1(e0, e1, 1, m0, m1, m2, m3);
		G1(e1, e0, 1, m1, m2, m3, m0);
		G1(e0, e1, 2, m2, m3, m0, m1);
		G1(e1, e0, 2, m3, m0, m1, m2);
		G1(e0, e1, 2, m0, m1, m2, m3);
		G1(e1, e0, 2, m1, m2, m3, m0);
		G1(e0, e1, 2, m2, m3, m0, m1);
		G1(e1, e0, 3, m3, m0, m1, m2);
		G1(e0, e1, 3, m0, m1, m2, m3);
		/* rounds 68-79: the schedule winding down */
		NEXTE(e1, m1);
		e0 = abcd;
		MSG2(m2, m1);
		RNDS4(e1, 3);
		XOR(m3, m1);
		NEXTE(e0, m2);
		e1 = abcd;
		MSG2(m3, m2);
		RNDS4(e0, 3);
		NEXTE(e1, m3);
		e0 = abcd;
		RNDS4(e1, 3);
		/* e += rol30(a of round 76); abcd += the saved state */
		NEXTE(e0, esave);
		abcd = _mm_add_epi32(abcd, abcd0);
	}
	_mm_storeu_si128((__m128i *)h, _mm_shuffle_epi32(abcd, 0x1b));
	h[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

/*
 * Rounds 4g..4g+3 on the words in m0 (group g), two at a time; between
 * them m1 is finished as group g+1 (W[t-7] taken from m3:m0 with PALIGNR),
 * then m3 (group g-1) gets MSG1 with m0 towards group g+3.
 */
#define RNDS2X2(g, m0) do {						\
	k = _mm_add_epi32((m0), _mm_loadu_si128((const __m128i *)	\
	    (sha256_k + 4 * (g))));					\
	cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);			\
} while (0)
#define RNDS2_HI() do {							\
	k = _mm_shuffle_epi32(k, 0x0e);					\
	abef = _mm_sha256rnds2_epu32(abef, cdgh, k);			\
} while (0)
#define G2(g, m0, m1, m2, m3) do {					\
	RNDS2X2(g, m0);							\
	(m1) = _mm_sha256msg2_epu32(_mm_add_epi32((m1),			\
	    _mm_alignr_epi8((m0), (m3), 4)), (m0));			\
	RNDS2_HI();							\
	(m3) = _mm_sha256msg1_epu32((m3), (m0));			\
} while (0)

__attribute__((target("sha,sse4.1")))
void
sha256_compress_ni(uint32_t h[8], const uint8_t *p, size_t blocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL,
	    0x0405060700010203LL);
	__m128i abef, cdgh, abef0, cdgh0, t, k, m0, m1, m2, m3;

	/* the state as the instructions want it: ABEF and CDGH */
	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0xb1);
	cdgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(h + 4)),
	    0x1b);
	abef = _mm_alignr_epi8(t, cdgh, 8);
	cdgh = _mm_blend_epi16(cdgh, t, 0xf0);
	for (; blocks > 0; blocks--, p += 64) {
		abef0 = abef;
		cdgh0 = cdgh;
		m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)p),
		    bswap);
		m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 16)), bswap);
		m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 32)), bswap);
		m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (p + 48)), bswap);
		/* rounds 0-11: the schedule starting */
		RNDS2X2(0, m0);
		RNDS2_HI();
		RNDS2X2(1, m1);
		RNDS2_HI();
		m0 = _mm_sha256msg1_epu32(m0, m1);
		RNDS2X2(2, m2);
		RNDS2_HI();
		m1 = _mm_sha256msg1_epu32(m1, m2);
		/* rounds 12-51 */
		G2(3, m3, m0, m1, m2);
		G2(4, m0, m1, m2, m3);
		G2(5, m1, m2, m3, m0);
		G2(6, m2, m3, m0, m1);
		G2(7, m3, m0, m1, m2);
		G2(8, m0, m1, m2, m3);
		G2(9, m1, m2, m3, m0);
		G2(10, m2, m3, m0, m1);
		G2(11, m3, m0, m1, m2);
		G2(12, m0, m1, m2, m3);
		/* rounds 52-63: the schedule winding down */
		RNDS2X2(13, m1);
		m2 = _mm_sha256msg2_epu32(_mm_add_epi32(m2,
		    _mm_alignr_epi8(m1, m0, 4)), m1);
		RNDS2_HI();
		RNDS2X2(14, m2);
		m3 = _mm_sha256msg2_epu32(_mm_add_epi32(m3,
		    _mm_alignr_epi8(m2, m1, 4)), m2);
		RNDS2_HI();
		RNDS2X2(15, m3);
		RNDS2_HI();
		abef = _mm_add_epi32(abef, abef0);
		cdgh = _mm_add_epi32(cdgh, cdgh0);
	}
	t = _mm_shuffle_epi32(abef, 0x1b);		/* FEBA */
	cdgh = _mm_shuffle_epi32(cdgh, 0xb1);		/* DCHG */
	_mm_storeu_si128((__m128i *)h, _mm_blend_epi16(t, cdgh, 0xf0));
	_mm_storeu_si128((__m128i *)(h + 4), _mm_alignr_epi8(cdgh, t, 8));
}
#else
int
sha_ni_usable(void)
{
	return 0;
}
#endif
