/* SPDX-License-Identifier: ISC */
/*
 * fuzz_ber: the bounded BER reader (common/ber.h) on arbitrary octets.
 * Every element is walked, constructed ones through sub-readers down to
 * BER_MAX_DEPTH; every primitive one is read as INTEGER, as unsigned, as
 * OID and as an SNMP value.  Properties: an element never reaches past its
 * parent, what decodes re-encodes to the same value (and to the same
 * octets when the input was minimal), and the writer rebuilds the whole
 * tree octet for octet when every length was in its shortest form.
 */
#include "ber.h"
#include "num.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"

#include "fuzz.h"

struct walk {
	struct ber_writer	 w;
	int			 minimal;	/* every length in shortest form */
};

/* X.690 §8.1.3: the shortest header for this length. */
static size_t
header_len(size_t len)
{
	return len < 0x80 ? 2 : len <= 0xff ? 3 : len <= 0xffff ? 4 :
	    len <= 0xffffff ? 5 : 6;
}

static void
check_int(const struct ber_elem *e, const struct ber_reader *at)
{
	uint8_t buf[16];
	struct ber_writer w;
	struct ber_reader r;
	struct ber_elem back;
	int64_t i, j;
	uint64_t u, v;
	int rc, minimal;

	rc = ber_decode_int(e->val, e->len, &i);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_BER);
	/* ber_read_int() on the same element says the same */
	r = *at;
	if (ber_read_int(&r, e->tag, &j) == SNMP_OK)
		FUZZ_CHECK(rc == SNMP_OK && i == j);
	else
		FUZZ_CHECK(rc != SNMP_OK);
	if (rc == SNMP_OK) {
		ber_writer_init(&w, buf, sizeof(buf));
		ber_put_int(&w, BER_INTEGER, i);
		FUZZ_CHECK(ber_writer_result(&w) > 0);
		ber_reader_init(&r, buf, w.len);
		FUZZ_CHECK(ber_read_int(&r, BER_INTEGER, &j) == SNMP_OK);
		FUZZ_CHECK(i == j && ber_at_end(&r));
		/* X.690 §8.3.2: no redundant leading 0x00 or 0xff octet */
		minimal = e->len == 1 || !((e->val[0] == 0x00 &&
		    !(e->val[1] & 0x80)) || (e->val[0] == 0xff &&
		    (e->val[1] & 0x80)));
		if (minimal)
			FUZZ_CHECK(w.len == 2 + e->len &&
			    memcmp(buf + 2, e->val, e->len) == 0);
	}
	rc = ber_decode_uint(e->val, e->len, &u);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_BER || rc == SNMP_E_RANGE);
	if (rc == SNMP_OK) {
		ber_writer_init(&w, buf, sizeof(buf));
		ber_put_uint(&w, BER_COUNTER64, u);
		FUZZ_CHECK(ber_writer_result(&w) > 0);
		ber_reader_init(&r, buf, w.len);
		FUZZ_CHECK(ber_expect(&r, BER_COUNTER64, &back) == SNMP_OK);
		FUZZ_CHECK(ber_decode_uint(back.val, back.len, &v) == SNMP_OK);
		FUZZ_CHECK(u == v);
	}
}

static void
check_oid(const struct ber_elem *e)
{
	struct oid o, p;
	uint8_t buf[OID_MAX_ARCS * 5];
	char text[OID_TEXT_MAX];
	size_t n;
	int len;

	if (oid_from_ber(&o, e->val, e->len) != SNMP_OK)
		return;
	FUZZ_CHECK(o.len >= 2 && o.len <= OID_MAX_ARCS);
	/* X.690 §8.19: the encoding is canonical, so it comes back */
	len = oid_to_ber(&o, buf, sizeof(buf));
	FUZZ_CHECK(len > 0 && (size_t)len == e->len &&
	    memcmp(buf, e->val, e->len) == 0);
	n = oid_format(&o, text, sizeof(text));
	FUZZ_CHECK(n == strlen(text) && n + 1 < sizeof(text));
	FUZZ_CHECK(oid_parse_numeric(&p, text) == SNMP_OK);
	FUZZ_CHECK(oid_cmp(&o, &p) == 0);
}

static void
check_value(const struct ber_elem *e)
{
	struct snmp_value v;
	struct num n;
	char buf[64];
	int rc;

	rc = pdu_decode_value(e->tag, e->val, e->len, &v);
	if (rc != SNMP_OK)
		return;
	FUZZ_CHECK(v.bytes == e->val && v.len == e->len);
	FUZZ_CHECK(value_type_name(v.type) != NULL);
	if (value_is_numeric(&v)) {
		FUZZ_CHECK(value_to_num(&v, &n) == SNMP_OK);
		num_format(&n, buf, sizeof(buf));
	} else
		FUZZ_CHECK(value_to_num(&v, &n) == SNMP_E_INVAL);
}

static void
walk(struct walk *wk, struct ber_reader *r)
{
	struct ber_reader at, sub, e2;
	struct ber_elem e;
	int rc;

	while (!ber_at_end(r)) {
		at = *r;
		if ((rc = ber_read(r, &e)) != SNMP_OK) {
			FUZZ_CHECK(rc == SNMP_E_BER || rc == SNMP_E_TRUNC);
			wk->minimal = 0;	/* the writer will not see it */
			return;
		}
		/* the element lies inside its parent, and the cursor moved */
		FUZZ_CHECK(e.start == at.p && e.val >= e.start + 2 &&
		    e.val <= e.start + 6);
		FUZZ_CHECK(e.len <= (size_t)(at.end - e.val));
		FUZZ_CHECK(r->p == e.val + e.len && r->p > at.p);
		FUZZ_CHECK(e.tag == at.p[0]);
		if ((size_t)(e.val - e.start) != header_len(e.len))
			wk->minimal = 0;
		if (e.tag & 0x20) {
			*r = at;
			rc = ber_enter(r, e.tag, &sub);
			if (rc != SNMP_OK) {
				FUZZ_CHECK(rc == SNMP_E_BER &&
				    at.depth + 1 > BER_MAX_DEPTH);
				wk->minimal = 0;
				*r = at;
				FUZZ_CHECK(ber_read(r, &e) == SNMP_OK);
				continue;
			}
			FUZZ_CHECK(sub.p == e.val && sub.end == e.val + e.len &&
			    sub.depth == at.depth + 1 && r->p == sub.end);
			ber_begin(&wk->w, e.tag);
			walk(wk, &sub);
			ber_end(&wk->w);
		} else {
			/* a primitive element cannot be entered */
			sub = at;
			FUZZ_CHECK(ber_enter(&sub, e.tag, &e2) == SNMP_E_BER);
			check_int(&e, &at);
			check_oid(&e);
			check_value(&e);
			ber_put_bytes(&wk->w, e.tag, e.val, e.len);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ber_reader r;
	struct walk wk;
	uint8_t *out;
	int len;

	if ((out = malloc(size + 16)) == NULL)
		return 0;
	ber_writer_init(&wk.w, out, size + 16);
	wk.minimal = 1;
	ber_reader_init(&r, data, size);
	walk(&wk, &r);
	len = ber_writer_result(&wk.w);
	if (wk.minimal) {
		FUZZ_CHECK(len >= 0 && (size_t)len == size);
		FUZZ_CHECK(size == 0 || memcmp(out, data, size) == 0);
	}
	free(out);
	return 0;
}
