/* SPDX-License-Identifier: ISC */
/*
 * Two-lane SHA-1 and SHA-256 rounds (lanes.h): lane 0 of every register
 * carries the first stream's state and words, lane 1 the second's (lanes
 * 2 and 3 compute what nobody reads).  The rounds are FIPS 180-4's
 * (§6.1.2 step 4, §6.2.2 step 3) on words that already hold W[t] + K[t],
 * written as sha1.c's and sha256.c's scalar ones are.  AVX only for its
 * three-operand forms; the dispatch state is cached as in sha_ni.c.
 */
#include "lanes.h"

#if LANES_BUILT
#include <cpuid.h>
#include <immintrin.h>

int
lanes_usable(void)
{
	static int usable = -1;
	unsigned int a, b, c, d, lo, hi;

	if (usable >= 0)
		return usable;
	usable = 0;
	/* leaf 1 ECX: OSXSAVE (bit 27), AVX (bit 28); then XCR0 must say
	 * the kernel saves the SSE and AVX state (bits 1 and 2) */
	if (__get_cpuid(1, &a, &b, &c, &d) && (c & 1u << 27) &&
	    (c & 1u << 28)) {
		__asm__ volatile ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
		(void)hi;
		usable = (lo & 6u) == 6u;
	}
	return usable;
}

typedef __m128i	v32;

#define ADD(x, y)	_mm_add_epi32((x), (y))
#define XOR(x, y)	_mm_xor_si128((x), (y))
#define AND(x, y)	_mm_and_si128((x), (y))
#define OR(x, y)	_mm_or_si128((x), (y))
#define ROTL(x, n)	OR(_mm_slli_epi32((x), (n)), _mm_srli_epi32((x), 32 - (n)))
#define ROTR(x, n)	OR(_mm_srli_epi32((x), (n)), _mm_slli_epi32((x), 32 - (n)))
/* word t of each stream, side by side */
#define PAIR(t)		_mm_insert_epi32(_mm_cvtsi32_si128((int)wk1[t]),	\
	(int)wk2[t], 1)
#define LOAD(h1, h2, i)	_mm_insert_epi32(_mm_cvtsi32_si128((int)(h1)[i]),	\
	(int)(h2)[i], 1)
#define STORE(x, h1, h2, i) do {					\
	(h1)[i] += (uint32_t)_mm_cvtsi128_si32(x);			\
	(h2)[i] += (uint32_t)_mm_extract_epi32((x), 1);			\
} while (0)

/* SHA-1 (sha1.c): Ch, Parity, Maj */
#define F1(b, c, d)	XOR(AND(XOR((c), (d)), (b)), (d))
#define F2(b, c, d)	XOR(XOR((b), (c)), (d))
#define F3(b, c, d)	OR(AND((b), (c)), AND(OR((b), (c)), (d)))
#define R1(a, b, c, d, e, f, t) do {					\
	(e) = ADD(ADD((e), ROTL((a), 5)), ADD(f((b), (c), (d)), PAIR(t)));	\
	(b) = ROTL((b), 30);						\
} while (0)
#define R5(f, t) do {							\
	R1(a, b, c, d, e, f, (t));					\
	R1(e, a, b, c, d, f, (t) + 1);					\
	R1(d, e, a, b, c, f, (t) + 2);					\
	R1(c, d, e, a, b, f, (t) + 3);					\
	R1(b, c, d, e, a, f, (t) + 4);					\
} while (0)

__attribute__((target("avx")))
void
sha1_rounds2(uint32_t h1[5], uint32_t h2[5], const uint32_t *wk1,
    const uint32_t *wk2)
{
	v32 a = LOAD(h1, h2, 0), b = LOAD(h1, h2, 1), c = LOAD(h1, h2, 2),
	    d = LOAD(h1, h2, 3), e = LOAD(h1, h2, 4);
	int t;

	for (t = 0; t < 20; t += 5)
		R5(F1, t);
	for (; t < 40; t += 5)
		R5(F2, t);
	for (; t < 60; t += 5)
		R5(F3, t);
	for (; t < 80; t += 5)
		R5(F2, t);
	STORE(a, h1, h2, 0);
	STORE(b, h1, h2, 1);
	STORE(c, h1, h2, 2);
	STORE(d, h1, h2, 3);
	STORE(e, h1, h2, 4);
}

/* SHA-256 (sha256.c): nested-rotation Σ, Maj from the carried a ^ b */
#define CH(x, y, z)	XOR(AND(XOR((y), (z)), (x)), (z))
#define BSIG0(x)	ROTR(XOR((x), ROTR(XOR((x), ROTR((x), 9)), 11)), 2)
#define BSIG1(x)	ROTR(XOR((x), ROTR(XOR((x), ROTR((x), 14)), 5)), 6)
#define RK(a, b, c, d, e, f, g, h, t, ab, bc) do {			\
	v32 t1_ = ADD(ADD((h), BSIG1(e)), ADD(CH((e), (f), (g)), PAIR(t)));	\
	(ab) = XOR((a), (b));						\
	(d) = ADD((d), t1_);						\
	(h) = ADD(ADD(t1_, BSIG0(a)), XOR(AND((ab), (bc)), (b)));	\
} while (0)

__attribute__((target("avx")))
void
sha256_rounds2(uint32_t s1[8], uint32_t s2[8], const uint32_t *wk1,
    const uint32_t *wk2)
{
	v32 a = LOAD(s1, s2, 0), b = LOAD(s1, s2, 1), c = LOAD(s1, s2, 2),
	    d = LOAD(s1, s2, 3), e = LOAD(s1, s2, 4), f = LOAD(s1, s2, 5),
	    g = LOAD(s1, s2, 6), h = LOAD(s1, s2, 7), p = XOR(b, c), q;
	int t;

	for (t = 0; t < 64; t += 8) {
		RK(a, b, c, d, e, f, g, h, t, q, p);
		RK(h, a, b, c, d, e, f, g, t + 1, p, q);
		RK(g, h, a, b, c, d, e, f, t + 2, q, p);
		RK(f, g, h, a, b, c, d, e, t + 3, p, q);
		RK(e, f, g, h, a, b, c, d, t + 4, q, p);
		RK(d, e, f, g, h, a, b, c, t + 5, p, q);
		RK(c, d, e, f, g, h, a, b, t + 6, q, p);
		RK(b, c, d, e, f, g, h, a, t + 7, p, q);
	}
	STORE(a, s1, s2, 0);
	STORE(b, s1, s2, 1);
	STORE(c, s1, s2, 2);
	STORE(d, s1, s2, 3);
	STORE(e, s1, s2, 4);
	STORE(f, s1, s2, 5);
	STORE(g, s1, s2, 6);
	STORE(h, s1, s2, 7);
}

#else

int
lanes_usable(void)
{
	return 0;
}

#endif
