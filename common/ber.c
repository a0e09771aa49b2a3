/* SPDX-License-Identifier: ISC */
/*
 * BER reader and writer for SNMP (X.690 §8.1-8.3, 8.7, 8.19; RFC 3416 §2).
 * The reader never trusts a length: every element must fit inside its
 * parent, lengths are definite, tags use the low-tag-number form, and
 * nesting is bounded.  The writer emits definite lengths, the short form
 * where possible.
 */
#include <string.h>

#include "ber.h"
#include "snmp.h"

void
ber_reader_init(struct ber_reader *r, const void *buf, size_t len)
{
	r->p = buf;
	r->end = r->p + len;
	r->depth = 0;
}

int
ber_at_end(const struct ber_reader *r)
{
	return r->p >= r->end;
}

int
ber_read(struct ber_reader *r, struct ber_elem *e)
{
	const uint8_t *p = r->p;
	size_t avail = (size_t)(r->end - p), len, n, i;

	if (avail < 2)
		return SNMP_E_TRUNC;
	e->start = p;
	e->tag = p[0];
	/* X.690 §8.1.2.4: high-tag-number form, never used by SNMP. */
	if ((e->tag & 0x1f) == 0x1f)
		return SNMP_E_BER;
	if (p[1] < 0x80) {
		len = p[1];
		p += 2;
	} else {
		n = p[1] & 0x7f;
		/* §8.1.3.6 indefinite form (0x80) and reserved 0xff. */
		if (n == 0 || p[1] == 0xff)
			return SNMP_E_BER;
		if (n > 4)
			return SNMP_E_BER;
		if (avail < 2 + n)
			return SNMP_E_TRUNC;
		/* Non-minimal long lengths are accepted: real agents send them. */
		len = 0;
		for (i = 0; i < n; i++)
			len = (len << 8) | p[2 + i];
		p += 2 + n;
	}
	if (len > (size_t)(r->end - p))
		return SNMP_E_TRUNC;
	e->val = p;
	e->len = len;
	r->p = p + len;
	return SNMP_OK;
}

int
ber_expect(struct ber_reader *r, uint8_t tag, struct ber_elem *e)
{
	int rc;

	if ((rc = ber_read(r, e)) != SNMP_OK)
		return rc;
	return e->tag == tag ? SNMP_OK : SNMP_E_BER;
}

int
ber_enter(struct ber_reader *r, uint8_t tag, struct ber_reader *sub)
{
	struct ber_elem e;
	int rc;

	if (r->depth + 1 > BER_MAX_DEPTH)
		return SNMP_E_BER;
	if ((rc = ber_expect(r, tag, &e)) != SNMP_OK)
		return rc;
	/* Only constructed tags can be entered (bit 6, X.690 §8.1.2.5). */
	if ((tag & 0x20) == 0)
		return SNMP_E_BER;
	sub->p = e.val;
	sub->end = e.val + e.len;
	sub->depth = r->depth + 1;
	return SNMP_OK;
}

int
ber_decode_int(const uint8_t *p, size_t len, int64_t *out)
{
	uint64_t v;
	size_t i;

	/* X.690 §8.3.1: at least one octet; we hold at most 64 bits. */
	if (len == 0 || len > 8)
		return SNMP_E_BER;
	v = (p[0] & 0x80) ? UINT64_MAX : 0;
	for (i = 0; i < len; i++)
		v = (v << 8) | p[i];
	memcpy(out, &v, sizeof(v));
	return SNMP_OK;
}

int
ber_decode_uint(const uint8_t *p, size_t len, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (len == 0)
		return SNMP_E_BER;
	/* A 9-octet value must carry the leading zero of a positive number. */
	if (len == 9) {
		if (p[0] != 0)
			return SNMP_E_RANGE;
		p++;
		len--;
	}
	if (len > 8)
		return SNMP_E_RANGE;
	/*
	 * Lenient: some agents omit the leading zero, so 0x80..0xff in the
	 * first octet is read as unsigned rather than rejected as negative.
	 */
	for (i = 0; i < len; i++)
		v = (v << 8) | p[i];
	*out = v;
	return SNMP_OK;
}

int
ber_read_int(struct ber_reader *r, uint8_t tag, int64_t *out)
{
	struct ber_elem e;
	int rc;

	if ((rc = ber_expect(r, tag, &e)) != SNMP_OK)
		return rc;
	return ber_decode_int(e.val, e.len, out);
}

void
ber_writer_init(struct ber_writer *w, void *buf, size_t cap)
{
	w->buf = buf;
	w->cap = cap;
	w->len = 0;
	w->err = 0;
	w->depth = 0;
}

static int
room(struct ber_writer *w, size_t n)
{
	if (w->err)
		return 0;
	if (n > w->cap - w->len) {
		w->err = SNMP_E_NOSPACE;
		return 0;
	}
	return 1;
}

static void
put_tl(struct ber_writer *w, uint8_t tag, size_t len)
{
	uint8_t hdr[6];
	size_t n = 0, i, nl;

	hdr[n++] = tag;
	if (len < 0x80)
		hdr[n++] = (uint8_t)len;
	else {
		nl = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
		hdr[n++] = (uint8_t)(0x80 | nl);
		for (i = nl; i > 0; i--)
			hdr[n++] = (uint8_t)(len >> (8 * (i - 1)));
	}
	if (!room(w, n))
		return;
	memcpy(w->buf + w->len, hdr, n);
	w->len += n;
}

void
ber_put_raw(struct ber_writer *w, const void *p, size_t n)
{
	if (!room(w, n))
		return;
	if (n > 0)
		memcpy(w->buf + w->len, p, n);
	w->len += n;
}

void
ber_put_bytes(struct ber_writer *w, uint8_t tag, const void *p, size_t n)
{
	put_tl(w, tag, n);
	ber_put_raw(w, p, n);
}

void
ber_put_null(struct ber_writer *w, uint8_t tag)
{
	put_tl(w, tag, 0);
}

void
ber_put_int(struct ber_writer *w, uint8_t tag, int64_t v)
{
	uint8_t b[8];
	size_t n = 1, i;

	/* X.690 §8.3.2: the fewest octets that hold v in two's complement. */
	while (n < 8 && (v < -((int64_t)1 << (8 * n - 1)) ||
	    v >= ((int64_t)1 << (8 * n - 1))))
		n++;
	for (i = 0; i < n; i++)
		b[i] = (uint8_t)((uint64_t)v >> (8 * (n - 1 - i)));
	ber_put_bytes(w, tag, b, n);
}

void
ber_put_uint(struct ber_writer *w, uint8_t tag, uint64_t v)
{
	uint8_t b[9];
	size_t n = 9, i;

	b[0] = 0;
	for (i = 0; i < 8; i++)
		b[1 + i] = (uint8_t)(v >> (56 - 8 * i));
	while (n > 1 && b[9 - n] == 0x00 && !(b[10 - n] & 0x80))
		n--;
	ber_put_bytes(w, tag, b + 9 - n, n);
}

void
ber_begin(struct ber_writer *w, uint8_t tag)
{
	if (w->err)
		return;
	if (w->depth >= BER_MAX_DEPTH) {
		w->err = SNMP_E_INVAL;
		return;
	}
	put_tl(w, tag, 0);
	w->open[w->depth++] = w->len;
}

void
ber_end(struct ber_writer *w)
{
	size_t start, len, extra, nl, i;

	if (w->err)
		return;
	if (w->depth == 0) {
		w->err = SNMP_E_INVAL;
		return;
	}
	start = w->open[--w->depth];
	len = w->len - start;
	if (len < 0x80) {
		w->buf[start - 1] = (uint8_t)len;
		return;
	}
	nl = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
	extra = nl;
	if (!room(w, extra))
		return;
	memmove(w->buf + start + extra, w->buf + start, len);
	w->buf[start - 1] = (uint8_t)(0x80 | nl);
	for (i = 0; i < nl; i++)
		w->buf[start + i] = (uint8_t)(len >> (8 * (nl - 1 - i)));
	w->len += extra;
}

int
ber_writer_result(const struct ber_writer *w)
{
	if (w->err)
		return w->err;
	if (w->depth != 0)
		return SNMP_E_INVAL;
	return (int)w->len;
}
