/* SPDX-License-Identifier: ISC */
/*
 * A DEFLATE decoder (RFC 1951) and the gzip file format around it
 * (RFC 1952), written from the RFCs for walk files shipped compressed.
 * Whole buffer to whole buffer: the output is the window, so a distance
 * reaches anywhere back into what was decoded.  Every read is bounded:
 * input past the end reads as zero bits and is then reported as a
 * truncated stream; the output never grows past the caller's limit.
 *
 * Decisions:
 * - A Huffman code that is over-subscribed is corrupt; an incomplete one
 *   is accepted only as a single code of one bit (RFC 1951 §3.2.7 allows
 *   one distance code; zlib accepts the same), or as a distance code with
 *   no codes at all (a block of literals only).
 * - Every gzip member is decoded (gzip(1) writes several with "cat a.gz
 *   b.gz" or "gzip -c >>"); anything else after the last member is an
 *   error, so a damaged file is never half read without a word.
 */
#include <stdlib.h>
#include <string.h>

#include "inflate.h"
#include "snmp.h"

#define INF_MAXBITS	15	/* §3.2.7: code lengths 0..15 */
#define INF_FAST	9	/* bits looked up in one step */
#define INF_NLEN	288	/* literal/length symbols, 286 and 287 unused */
#define INF_NDIST	32	/* distance symbols, 30 and 31 unused */
#define INF_NCL		19	/* code length symbols */

/* RFC 1952 §2.3.1 */
enum {
	GZ_ID1 = 0x1f,
	GZ_ID2 = 0x8b,
	GZ_CM_DEFLATE = 8,
	GZ_FHCRC = 0x02,
	GZ_FEXTRA = 0x04,
	GZ_FNAME = 0x08,
	GZ_FCOMMENT = 0x10,
	GZ_FRESERVED = 0xe0
};

struct huff {
	uint16_t	count[INF_MAXBITS + 1];	/* codes of each length */
	uint16_t	symbol[INF_NLEN];	/* symbols in code order */
	uint16_t	fast[1 << INF_FAST];	/* len << 12 | symbol, 0: longer */
	int		empty;			/* no codes at all */
};

struct inf {
	const uint8_t	*in;
	size_t		 inlen;
	size_t		 pos;		/* next input octet */
	uint64_t	 bits;		/* LSB first (§3.1.1) */
	unsigned	 nbits;
	unsigned	 padbits;	/* zero bits fed past the end */
	uint8_t		*out;
	size_t		 len;
	size_t		 cap;
	size_t		 max;
	int		 grow;		/* out is ours to realloc */
	int		 err;
	const char	*why;
};

static int
fail(struct inf *s, int err, const char *why)
{
	if (s->err == SNMP_OK) {
		s->err = err;
		s->why = why;
	}
	return s->err;
}

/* At least n (<= 57) bits in the buffer; past the end, zeros. */
static void
need(struct inf *s, unsigned n)
{
	uint64_t b;

	while (s->nbits < n) {
		if (s->pos < s->inlen)
			b = s->in[s->pos++];
		else {
			b = 0;
			s->padbits += 8;
		}
		s->bits |= b << s->nbits;
		s->nbits += 8;
	}
}

static void
drop(struct inf *s, unsigned n)
{
	if (n > s->nbits - s->padbits)
		fail(s, SNMP_E_TRUNC, "the compressed data ends early");
	s->bits >>= n;
	s->nbits -= n;
	if (s->padbits > s->nbits)
		s->padbits = s->nbits;
}

static unsigned
getbits(struct inf *s, unsigned n)
{
	unsigned v;

	if (n == 0)
		return 0;
	need(s, n);
	v = (unsigned)(s->bits & (((uint64_t)1 << n) - 1));
	drop(s, n);
	return v;
}

static unsigned
reverse(unsigned code, unsigned len)
{
	unsigned r = 0;

	while (len-- > 0) {
		r = r << 1 | (code & 1);
		code >>= 1;
	}
	return r;
}

/*
 * The canonical code of §3.2.2 from code lengths: 0, or SNMP_E_SYNTAX for
 * an over-subscribed code or an incomplete one that is not allowed.
 */
static int
build(struct huff *h, const uint8_t *lens, unsigned n)
{
	uint16_t offs[INF_MAXBITS + 2], next[INF_MAXBITS + 1];
	unsigned sym, len, code, i, step;
	int left = 1;

	memset(h->count, 0, sizeof(h->count));
	memset(h->fast, 0, sizeof(h->fast));
	for (sym = 0; sym < n; sym++)
		h->count[lens[sym]]++;
	h->empty = h->count[0] == n;
	if (h->empty)
		return 0;
	for (len = 1; len <= INF_MAXBITS; len++) {
		left = left * 2 - h->count[len];
		if (left < 0)
			return SNMP_E_SYNTAX;
	}
	if (left > 0 && !(h->count[1] == 1 && h->count[0] == n - 1))
		return SNMP_E_SYNTAX;
	offs[1] = 0;
	for (len = 1; len <= INF_MAXBITS; len++)
		offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
	/* §3.2.2 step 2; count[0] holds the unused symbols, not codes */
	for (len = 1, code = 0; len <= INF_MAXBITS; len++) {
		code = (code + (len > 1 ? h->count[len - 1] : 0u)) << 1;
		next[len] = (uint16_t)code;
	}
	for (sym = 0; sym < n; sym++) {
		if ((len = lens[sym]) == 0)
			continue;
		h->symbol[offs[len]++] = (uint16_t)sym;
		code = next[len]++;
		if (len > INF_FAST)
			continue;
		step = 1u << len;
		for (i = reverse(code, len); i < (1u << INF_FAST); i += step)
			h->fast[i] = (uint16_t)(len << 12 | sym);
	}
	return 0;
}

/* The next symbol of code h, or -1 (s->err set). */
static int
decode(struct inf *s, const struct huff *h)
{
	unsigned len, e, code = 0, first = 0, index = 0, count;

	if (h->empty) {
		fail(s, SNMP_E_SYNTAX, "a distance in a block without "
		    "distance codes");
		return -1;
	}
	need(s, INF_MAXBITS);
	if ((e = h->fast[s->bits & ((1u << INF_FAST) - 1)]) != 0) {
		drop(s, e >> 12);
		return s->err == SNMP_OK ? (int)(e & 0xfff) : -1;
	}
	/* §3.2.2: codes of one length are consecutive integers */
	for (len = 1; len <= INF_MAXBITS; len++) {
		code |= (unsigned)(s->bits >> (len - 1)) & 1;
		count = h->count[len];
		if (code - first < count) {
			drop(s, len);
			if (s->err != SNMP_OK)
				return -1;
			return h->symbol[index + code - first];
		}
		index += count;
		first = (first + count) << 1;
		code <<= 1;
	}
	fail(s, SNMP_E_SYNTAX, "an invalid Huffman code");
	return -1;
}

/* Room for n more octets of output. */
static int
room(struct inf *s, size_t n)
{
	uint8_t *nb;
	size_t cap;

	if (n <= s->cap - s->len)
		return 0;
	if (n > s->max - s->len || !s->grow)
		return fail(s, SNMP_E_NOSPACE, "the decompressed data is "
		    "larger than the limit");
	cap = s->cap > 0 ? s->cap : 65536;
	while (cap - s->len < n)
		cap = cap > s->max / 2 ? s->max : cap * 2;
	if (cap > s->max)
		cap = s->max;
	if ((nb = realloc(s->out, cap)) == NULL)
		return fail(s, SNMP_E_NOMEM, "out of memory");
	s->out = nb;
	s->cap = cap;
	return 0;
}

/* §3.2.4: a stored block. */
static int
stored(struct inf *s)
{
	size_t n;

	/* back to the octet boundary, and return the whole octets read ahead */
	s->bits >>= s->nbits & 7;
	s->nbits -= s->nbits & 7;
	if (s->padbits > s->nbits)
		s->padbits = s->nbits;
	s->pos -= (s->nbits - s->padbits) / 8;
	s->bits = 0;
	s->nbits = 0;
	s->padbits = 0;
	if (s->inlen - s->pos < 4)
		return fail(s, SNMP_E_TRUNC, "the compressed data ends early");
	n = (size_t)s->in[s->pos] | (size_t)s->in[s->pos + 1] << 8;
	if ((n ^ 0xffff) != ((size_t)s->in[s->pos + 2] |
	    (size_t)s->in[s->pos + 3] << 8))
		return fail(s, SNMP_E_SYNTAX, "a stored block whose length "
		    "does not match its complement");
	s->pos += 4;
	if (s->inlen - s->pos < n)
		return fail(s, SNMP_E_TRUNC, "the compressed data ends early");
	if (n == 0)
		return 0;
	if (room(s, n) != 0)
		return s->err;
	memcpy(s->out + s->len, s->in + s->pos, n);
	s->len += n;
	s->pos += n;
	return 0;
}

/* §3.2.5: lengths 3..258 and distances 1..32768. */
static const uint16_t len_base[29] = {
	3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258
};
static const uint8_t len_extra[29] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
	3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
};
static const uint16_t dist_base[30] = {
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
	8193, 12289, 16385, 24577
};
static const uint8_t dist_extra[30] = {
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
	7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
};

/* The symbols of one Huffman-coded block, up to its end-of-block. */
static int
codes(struct inf *s, const struct huff *lc, const struct huff *dc)
{
	size_t n, dist, i;
	uint8_t *o;
	int sym;

	for (;;) {
		if ((sym = decode(s, lc)) < 0)
			return s->err;
		if (sym < 256) {
			if (room(s, 1) != 0)
				return s->err;
			s->out[s->len++] = (uint8_t)sym;
			continue;
		}
		if (sym == 256)
			return 0;
		if ((sym -= 257) >= 29)
			return fail(s, SNMP_E_SYNTAX, "an invalid length code");
		n = len_base[sym] + getbits(s, len_extra[sym]);
		if ((sym = decode(s, dc)) < 0)
			return s->err;
		if (sym >= 30)
			return fail(s, SNMP_E_SYNTAX, "an invalid distance "
			    "code");
		dist = dist_base[sym] + getbits(s, dist_extra[sym]);
		if (s->err != SNMP_OK)
			return s->err;
		if (dist > s->len)
			return fail(s, SNMP_E_SYNTAX, "a distance too far back");
		if (room(s, n) != 0)
			return s->err;
		/* byte by byte: the source may overlap what is written */
		o = s->out + s->len;
		for (i = 0; i < n; i++)
			o[i] = o[(ptrdiff_t)i - (ptrdiff_t)dist];
		s->len += n;
	}
}

/* §3.2.6 */
static int
fixed(struct inf *s)
{
	struct huff lc, dc;
	uint8_t lens[INF_NLEN];
	unsigned i;

	for (i = 0; i < 144; i++)
		lens[i] = 8;
	for (; i < 256; i++)
		lens[i] = 9;
	for (; i < 280; i++)
		lens[i] = 7;
	for (; i < INF_NLEN; i++)
		lens[i] = 8;
	build(&lc, lens, INF_NLEN);
	memset(lens, 5, INF_NDIST);
	build(&dc, lens, INF_NDIST);
	return codes(s, &lc, &dc);
}

/* §3.2.7: the code lengths of a dynamic block, then its symbols. */
static int
dynamic(struct inf *s)
{
	static const uint8_t order[INF_NCL] = {
		16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
	};
	struct huff lc, dc;
	uint8_t lens[INF_NLEN + INF_NDIST];
	unsigned nlen, ndist, ncode, i, rep, val;
	int sym;

	nlen = getbits(s, 5) + 257;
	ndist = getbits(s, 5) + 1;
	ncode = getbits(s, 4) + 4;
	if (s->err != SNMP_OK)
		return s->err;
	if (nlen > 286 || ndist > 30)
		return fail(s, SNMP_E_SYNTAX, "too many length or distance "
		    "codes");
	memset(lens, 0, sizeof(lens));
	for (i = 0; i < ncode; i++)
		lens[order[i]] = (uint8_t)getbits(s, 3);
	if (s->err != SNMP_OK)
		return s->err;
	if (build(&lc, lens, INF_NCL) != 0 || lc.empty)
		return fail(s, SNMP_E_SYNTAX, "an invalid code length code");
	for (i = 0; i < nlen + ndist;) {
		if ((sym = decode(s, &lc)) < 0)
			return s->err;
		if (sym < 16) {
			lens[i++] = (uint8_t)sym;
			continue;
		}
		val = 0;
		if (sym == 16) {
			if (i == 0)
				return fail(s, SNMP_E_SYNTAX, "a repeat with "
				    "no length before it");
			val = lens[i - 1];
			rep = 3 + getbits(s, 2);
		} else if (sym == 17)
			rep = 3 + getbits(s, 3);
		else
			rep = 11 + getbits(s, 7);
		if (s->err != SNMP_OK)
			return s->err;
		if (i + rep > nlen + ndist)
			return fail(s, SNMP_E_SYNTAX, "code lengths past the "
			    "last code");
		while (rep-- > 0)
			lens[i++] = (uint8_t)val;
	}
	if (lens[256] == 0)
		return fail(s, SNMP_E_SYNTAX, "a block without an "
		    "end-of-block code");
	if (build(&lc, lens, nlen) != 0 || lc.empty)
		return fail(s, SNMP_E_SYNTAX, "an invalid literal/length "
		    "code");
	if (build(&dc, lens + nlen, ndist) != 0)
		return fail(s, SNMP_E_SYNTAX, "an invalid distance code");
	return codes(s, &lc, &dc);
}

/* One DEFLATE stream from s->pos; leaves s->pos after its last octet. */
static int
deflate_stream(struct inf *s)
{
	unsigned last, type;

	s->bits = 0;
	s->nbits = 0;
	s->padbits = 0;
	do {
		last = getbits(s, 1);
		type = getbits(s, 2);
		if (s->err != SNMP_OK)
			return s->err;
		switch (type) {
		case 0:
			stored(s);
			break;
		case 1:
			fixed(s);
			break;
		case 2:
			dynamic(s);
			break;
		default:
			fail(s, SNMP_E_SYNTAX, "an invalid block type");
			break;
		}
		if (s->err != SNMP_OK)
			return s->err;
	} while (!last);
	/* the rest of the last octet is padding; whole octets go back */
	s->pos -= (s->nbits - s->padbits) / 8;
	return 0;
}

int
inflate_raw(const uint8_t *in, size_t inlen, size_t *used, uint8_t *out,
    size_t cap, size_t *outlen, const char **why)
{
	struct inf s;

	memset(&s, 0, sizeof(s));
	s.in = in;
	s.inlen = inlen;
	s.out = out;
	s.cap = cap;
	s.max = cap;
	deflate_stream(&s);
	*used = s.pos;
	*outlen = s.len;
	if (why != NULL)
		*why = s.why;
	return s.err;
}

static void
crc_table(uint32_t t[256])
{
	uint32_t c;
	unsigned i, k;

	for (i = 0; i < 256; i++) {
		c = i;
		for (k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
		t[i] = c;
	}
}

static uint32_t
crc_update(const uint32_t t[256], uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n-- > 0)
		crc = t[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

uint32_t
inflate_crc32(uint32_t crc, const uint8_t *p, size_t n)
{
	uint32_t t[256];

	crc_table(t);
	return crc_update(t, crc, p, n);
}

int
inflate_is_gzip(const uint8_t *p, size_t n)
{
	return n >= 2 && p[0] == GZ_ID1 && p[1] == GZ_ID2;
}

static uint32_t
le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* §2.3: a member's header up to its compressed data. */
static int
gz_header(struct inf *s, const uint32_t crc[256])
{
	size_t start = s->pos, n;
	const uint8_t *end;
	unsigned flg;

	if (s->pos == s->inlen)
		return fail(s, SNMP_E_TRUNC, "the gzip header ends early");
	if (s->in[s->pos] != GZ_ID1 ||
	    (s->inlen - s->pos > 1 && s->in[s->pos + 1] != GZ_ID2))
		return fail(s, SNMP_E_SYNTAX, start == 0 ? "not a gzip "
		    "stream" : "other data after the gzip stream");
	if (s->inlen - s->pos < 10)
		return fail(s, SNMP_E_TRUNC, "the gzip header ends early");
	if (s->in[s->pos + 2] != GZ_CM_DEFLATE)
		return fail(s, SNMP_E_SYNTAX, "a gzip compression method "
		    "other than deflate");
	flg = s->in[s->pos + 3];
	if (flg & GZ_FRESERVED)
		return fail(s, SNMP_E_SYNTAX, "reserved gzip flags set");
	s->pos += 10;		/* MTIME, XFL and OS are not checked */
	if (flg & GZ_FEXTRA) {
		if (s->inlen - s->pos < 2)
			return fail(s, SNMP_E_TRUNC, "the gzip header ends "
			    "early");
		n = (size_t)s->in[s->pos] | (size_t)s->in[s->pos + 1] << 8;
		s->pos += 2;
		if (s->inlen - s->pos < n)
			return fail(s, SNMP_E_TRUNC, "the gzip header ends "
			    "early");
		s->pos += n;
	}
	for (n = 0; n < 2; n++) {
		if (!(flg & (n == 0 ? GZ_FNAME : GZ_FCOMMENT)))
			continue;
		if ((end = memchr(s->in + s->pos, '\0',
		    s->inlen - s->pos)) == NULL)
			return fail(s, SNMP_E_TRUNC, "the gzip header ends "
			    "early");
		s->pos = (size_t)(end - s->in) + 1;
	}
	if (flg & GZ_FHCRC) {
		if (s->inlen - s->pos < 2)
			return fail(s, SNMP_E_TRUNC, "the gzip header ends "
			    "early");
		/* §2.3.1: the two least significant octets of its CRC-32 */
		if ((crc_update(crc, 0, s->in + start, s->pos - start) &
		    0xffff) != ((unsigned)s->in[s->pos] |
		    (unsigned)s->in[s->pos + 1] << 8))
			return fail(s, SNMP_E_SYNTAX, "the gzip header CRC "
			    "does not match");
		s->pos += 2;
	}
	return 0;
}

int
inflate_gzip(const uint8_t *in, size_t inlen, size_t max, uint8_t **out,
    size_t *outlen, const char **why)
{
	struct inf s;
	uint32_t crc[256];
	size_t start;

	memset(&s, 0, sizeof(s));
	s.in = in;
	s.inlen = inlen;
	s.max = max;
	s.grow = 1;
	crc_table(crc);
	do {
		start = s.len;
		if (gz_header(&s, crc) != 0 || deflate_stream(&s) != 0)
			break;
		if (s.inlen - s.pos < 8) {
			fail(&s, SNMP_E_TRUNC, "the gzip trailer is missing");
			break;
		}
		/* §2.3.1: CRC32 and ISIZE (the length modulo 2^32) */
		if (le32(s.in + s.pos) != crc_update(crc, 0, s.len > start ?
		    s.out + start : NULL, s.len - start)) {
			fail(&s, SNMP_E_SYNTAX, "the CRC-32 does not match: "
			    "the data is corrupt");
			break;
		}
		if (le32(s.in + s.pos + 4) != (uint32_t)(s.len - start)) {
			fail(&s, SNMP_E_SYNTAX, "the length (ISIZE) does not "
			    "match");
			break;
		}
		s.pos += 8;
	} while (s.pos < s.inlen);
	if (s.err != SNMP_OK) {
		free(s.out);
		s.out = NULL;
		s.len = 0;
	} else if (s.out == NULL && (s.out = malloc(1)) == NULL)
		fail(&s, SNMP_E_NOMEM, "out of memory");
	*out = s.out;
	*outlen = s.len;
	if (why != NULL)
		*why = s.why;
	return s.err;
}
