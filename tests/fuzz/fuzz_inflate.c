/* SPDX-License-Identifier: ISC */
/*
 * fuzz_inflate: the gzip and DEFLATE decoder of compressed walk files
 * (common/inflate.h).  The first input octet selects, the rest is data:
 *   0  the data as a gzip file: inflate_gzip() with a 1 MiB limit
 *   1  the data as raw DEFLATE: inflate_raw() into 64 KiB, then again into
 *      exactly the room it needed (the same output) and one octet less
 *      (SNMP_E_NOSPACE)
 *   2  a round trip: the data is compressed here (stored blocks and fixed
 *      Huffman blocks with LZ77 matches, chosen by the selector's upper
 *      bits and by the data), wrapped as gzip with its CRC-32 and ISIZE,
 *      and must decode to itself; every shorter prefix must fail
 *   3  as 2, and one bit of the stream flipped (at an offset taken from
 *      the data): an error, or the same output
 * Properties besides the sanitizers: an error leaves no buffer and names
 * its reason; an output never passes the limit; what decodes once decodes
 * the same into a buffer of its exact size.
 */
#include "inflate.h"
#include "snmp.h"

#include "fuzz.h"

#define GZ_LIMIT	((size_t)1 << 20)
#define RAW_CAP		65536

struct bw {
	uint8_t		*p;
	size_t		 n;
	size_t		 cap;
	uint64_t	 acc;
	unsigned	 nacc;
};

static void
put(struct bw *w, unsigned v, unsigned n)
{
	w->acc |= (uint64_t)v << w->nacc;
	w->nacc += n;
	while (w->nacc >= 8) {
		FUZZ_CHECK(w->n < w->cap);
		w->p[w->n++] = (uint8_t)w->acc;
		w->acc >>= 8;
		w->nacc -= 8;
	}
}

static void
flush(struct bw *w)
{
	if (w->nacc > 0)
		put(w, 0, 8 - w->nacc);
}

/* A Huffman code goes out most significant bit first (RFC 1951 §3.1.1). */
static void
huff(struct bw *w, unsigned code, unsigned len)
{
	while (len-- > 0)
		put(w, code >> len & 1, 1);
}

/* §3.2.6 fixed literal/length code */
static void
fixed_sym(struct bw *w, unsigned sym)
{
	if (sym < 144)
		huff(w, 0x30 + sym, 8);
	else if (sym < 256)
		huff(w, 0x190 + sym - 144, 9);
	else if (sym < 280)
		huff(w, sym - 256, 7);
	else
		huff(w, 0xc0 + sym - 280, 8);
}

static const uint16_t lbase[29] = {
	3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258
};
static const uint8_t lextra[29] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
	3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
};
static const uint16_t dbase[30] = {
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
	8193, 12289, 16385, 24577
};
static const uint8_t dextra[30] = {
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
	7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
};

static void
match(struct bw *w, unsigned len, unsigned dist)
{
	unsigned i;

	for (i = 28; lbase[i] > len; i--)
		;
	fixed_sym(w, 257 + i);
	put(w, len - lbase[i], lextra[i]);
	for (i = 29; dbase[i] > dist; i--)
		;
	huff(w, i, 5);
	put(w, dist - dbase[i], dextra[i]);
}

/* One fixed-Huffman block of d[from..to), matching back from 0. */
static void
fixed_block(struct bw *w, const uint8_t *d, size_t from, size_t to,
    int last)
{
	size_t i, j, best, bestd, k, n;

	put(w, (unsigned)last, 1);
	put(w, 1, 2);
	for (i = from; i < to;) {
		best = 0;
		bestd = 0;
		/* a few candidates are enough to reach every length code */
		for (k = 1; k <= 64 && k <= i; k++) {
			n = to - i < 258 ? to - i : 258;
			for (j = 0; j < n && d[i + j] == d[i + j - k]; j++)
				;
			if (j > best) {
				best = j;
				bestd = k;
			}
		}
		if (best >= 3) {
			match(w, (unsigned)best, (unsigned)bestd);
			i += best;
		} else
			fixed_sym(w, d[i++]);
	}
	fixed_sym(w, 256);
}

static void
stored_block(struct bw *w, const uint8_t *d, size_t from, size_t to,
    int last)
{
	size_t n = to - from;

	put(w, (unsigned)last, 1);
	put(w, 0, 2);
	flush(w);
	put(w, (unsigned)n, 16);
	put(w, (unsigned)n ^ 0xffff, 16);
	FUZZ_CHECK(w->cap - w->n >= n);
	memcpy(w->p + w->n, d + from, n);
	w->n += n;
}

/* gzip of d[0..n): blocks of 1 to 512 octets, stored or fixed. */
static size_t
compress(const uint8_t *d, size_t n, unsigned sel, uint8_t *out, size_t cap)
{
	static const uint8_t hdr[10] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 };
	struct bw w = { out, 0, cap, 0, 0 };
	size_t from = 0, to, b = 0;
	uint32_t crc = inflate_crc32(0, d, n);
	int last;

	memcpy(out, hdr, sizeof(hdr));
	w.n = sizeof(hdr);
	do {
		to = from + 1 + (n > 0 ? (d[(from * 7 + sel) % n] * 2u) : 0);
		if (to > n)
			to = n;
		last = to == n;
		if (sel >> (2 + b % 6) & 1)
			stored_block(&w, d, from, to, last);
		else
			fixed_block(&w, d, from, to, last);
		from = to;
		b++;
	} while (!last);
	flush(&w);
	put(&w, crc & 0xffff, 16);
	put(&w, crc >> 16, 16);
	put(&w, (unsigned)(n & 0xffff), 16);
	put(&w, (unsigned)(n >> 16 & 0xffff), 16);
	return w.n;
}

static void
check_gzip(const uint8_t *in, size_t n, size_t limit)
{
	uint8_t *out = (uint8_t *)&out;
	size_t outlen = 1;
	const char *why = NULL;
	int rc;

	rc = inflate_gzip(in, n, limit, &out, &outlen, &why);
	if (rc != SNMP_OK) {
		FUZZ_CHECK(out == NULL && outlen == 0 && why != NULL);
		FUZZ_CHECK(rc == SNMP_E_TRUNC || rc == SNMP_E_SYNTAX ||
		    rc == SNMP_E_NOSPACE || rc == SNMP_E_NOMEM);
		return;
	}
	FUZZ_CHECK(out != NULL && outlen <= limit);
	free(out);
}

static void
check_raw(const uint8_t *in, size_t n)
{
	uint8_t *out, *again;
	size_t used, outlen, used2, outlen2;
	const char *why = NULL;
	int rc;

	if ((out = malloc(RAW_CAP)) == NULL)
		abort();
	rc = inflate_raw(in, n, &used, out, RAW_CAP, &outlen, &why);
	FUZZ_CHECK(used <= n && outlen <= RAW_CAP);
	if (rc != SNMP_OK) {
		FUZZ_CHECK(why != NULL);
		free(out);
		return;
	}
	FUZZ_CHECK(why == NULL);
	if ((again = malloc(outlen > 0 ? outlen : 1)) == NULL)
		abort();
	FUZZ_CHECK(inflate_raw(in, n, &used2, again, outlen, &outlen2,
	    &why) == SNMP_OK);
	FUZZ_CHECK(used2 == used && outlen2 == outlen &&
	    memcmp(out, again, outlen) == 0);
	if (outlen > 0)
		FUZZ_CHECK(inflate_raw(in, n, &used2, again, outlen - 1,
		    &outlen2, &why) == SNMP_E_NOSPACE);
	free(again);
	free(out);
}

static void
round_trip(const uint8_t *d, size_t n, unsigned sel, int flip)
{
	size_t cap = 64 + 8 * n, len, outlen, cut, bit;
	uint8_t *gz, *out;
	int rc;

	if ((gz = malloc(cap)) == NULL)
		abort();
	len = compress(d, n, sel, gz, cap);
	if (flip) {
		bit = n > 0 ? ((size_t)d[0] << 8 | d[n - 1]) % (len * 8) : 0;
		gz[bit / 8] ^= (uint8_t)(1u << (bit % 8));
	}
	rc = inflate_gzip(gz, len, GZ_LIMIT, &out, &outlen, NULL);
	if (flip && rc != SNMP_OK) {
		FUZZ_CHECK(out == NULL);
		free(gz);
		return;
	}
	FUZZ_CHECK(rc == SNMP_OK && outlen == n);
	FUZZ_CHECK(n == 0 || memcmp(out, d, n) == 0);
	free(out);
	if (!flip) {
		/* a few prefixes, each one an error */
		for (cut = len > 16 ? len - 16 : 0; cut < len; cut++)
			FUZZ_CHECK(inflate_gzip(gz, cut, GZ_LIMIT, &out,
			    &outlen, NULL) != SNMP_OK && out == NULL);
	}
	free(gz);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *copy;
	size_t n;
	unsigned sel;

	if (size == 0)
		return 0;
	sel = data[0];
	n = size - 1;
	/* an exact-size copy: a read past its end is an ASan report */
	if ((copy = malloc(n > 0 ? n : 1)) == NULL)
		abort();
	if (n > 0)
		memcpy(copy, data + 1, n);
	switch (sel & 3) {
	case 0:
		check_gzip(copy, n, GZ_LIMIT);
		check_gzip(copy, n, n / 2);
		break;
	case 1:
		check_raw(copy, n);
		break;
	case 2:
		round_trip(copy, n, sel, 0);
		break;
	default:
		round_trip(copy, n, sel, 1);
		break;
	}
	free(copy);
	return 0;
}
