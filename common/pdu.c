/* SPDX-License-Identifier: ISC */
/*
 * v1 and v2c messages: Message ::= SEQUENCE { version, community, PDU }
 * (RFC 1157 §4, RFC 1901 §3), PDUs and varbinds (RFC 3416 §3), value types
 * (RFC 2578 §7.1, RFC 2856 for Counter64 via RFC 2578).  Decoding checks
 * the whole message before handing out a single value.
 */
#include <math.h>
#include <string.h>

#include "ber.h"
#include "num.h"
#include "pdu.h"
#include "snmp.h"

int
value_is_exception(const struct snmp_value *v)
{
	return v->type == VAL_NOSUCHOBJECT || v->type == VAL_NOSUCHINSTANCE ||
	    v->type == VAL_ENDOFMIBVIEW || v->type == VAL_NOSUCHNAME;
}

int
value_is_numeric(const struct snmp_value *v)
{
	switch (v->type) {
	case VAL_INTEGER:
	case VAL_COUNTER32:
	case VAL_GAUGE32:
	case VAL_TIMETICKS:
	case VAL_COUNTER64:
	case VAL_FLOAT:
	case VAL_DOUBLE:
		return 1;
	}
	return 0;
}

const char *
value_type_name(int t)
{
	switch (t) {
	case VAL_INTEGER:
		return "INTEGER";
	case VAL_OCTET_STRING:
		return "STRING";
	case VAL_NULL:
		return "NULL";
	case VAL_OID:
		return "OID";
	case VAL_IPADDRESS:
		return "IpAddress";
	case VAL_COUNTER32:
		return "Counter32";
	case VAL_GAUGE32:
		return "Gauge32";
	case VAL_TIMETICKS:
		return "Timeticks";
	case VAL_OPAQUE:
		return "Opaque";
	case VAL_COUNTER64:
		return "Counter64";
	case VAL_NOSUCHOBJECT:
		return "noSuchObject";
	case VAL_NOSUCHINSTANCE:
		return "noSuchInstance";
	case VAL_ENDOFMIBVIEW:
		return "endOfMibView";
	case VAL_FLOAT:
		return "Opaque Float";
	case VAL_DOUBLE:
		return "Opaque Double";
	case VAL_NOSUCHNAME:
		return "noSuchName";
	}
	return "unknown type";
}

const char *
pdu_errstat_name(int e)
{
	static const char *const names[] = {
		"noError", "tooBig", "noSuchName", "badValue", "readOnly",
		"genErr", "noAccess", "wrongType", "wrongLength",
		"wrongEncoding", "wrongValue", "noCreation",
		"inconsistentValue", "resourceUnavailable", "commitFailed",
		"undoFailed", "authorizationError", "notWritable",
		"inconsistentName"
	};

	if (e < 0 || (size_t)e >= sizeof(names) / sizeof(names[0]))
		return "unknown error-status";
	return names[e];
}

static void	put_pdu(struct ber_writer *, int, int32_t, int, int,
		    const struct oid *, size_t);

int
pdu_encode_request(uint8_t *buf, size_t cap, int version, const char *comm,
    size_t commlen, int type, int32_t reqid, int e1, int e2,
    const struct oid *oids, size_t n, size_t *comm_off)
{
	struct ber_writer w;
	struct ber_reader r, msg;
	struct ber_elem e;
	int len;

	ber_writer_init(&w, buf, cap);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, version);
	ber_put_bytes(&w, BER_OCTET_STRING, comm, commlen);
	put_pdu(&w, type, reqid, e1, e2, oids, n);
	ber_end(&w);
	len = ber_writer_result(&w);
	/*
	 * Where the community ended up, read back: the outer length is only
	 * known (and may grow) when the message is complete.
	 */
	if (comm_off != NULL) {
		*comm_off = 0;
		ber_reader_init(&r, buf, len > 0 ? (size_t)len : 0);
		if (len > 0 && ber_enter(&r, BER_SEQUENCE, &msg) == SNMP_OK &&
		    ber_expect(&msg, BER_INTEGER, &e) == SNMP_OK &&
		    ber_expect(&msg, BER_OCTET_STRING, &e) == SNMP_OK)
			*comm_off = (size_t)(e.val - buf);
	}
	return len;
}

static int
decode_opaque(const uint8_t *p, size_t len, struct snmp_value *v)
{
	uint32_t f;
	uint64_t d;
	float fl;
	size_t i;

	v->type = VAL_OPAQUE;
	/*
	 * net-snmp wraps floats in Opaque with the ASN.1 application tags
	 * 0x9f78 (float, 4 octets) and 0x9f79 (double, 8 octets).
	 */
	if (len == 7 && p[0] == 0x9f && p[1] == 0x78 && p[2] == 4) {
		f = (uint32_t)p[3] << 24 | (uint32_t)p[4] << 16 |
		    (uint32_t)p[5] << 8 | p[6];
		memcpy(&fl, &f, sizeof(fl));
		v->type = VAL_FLOAT;
		v->d = fl;
	} else if (len == 11 && p[0] == 0x9f && p[1] == 0x79 && p[2] == 8) {
		d = 0;
		for (i = 0; i < 8; i++)
			d = d << 8 | p[3 + i];
		memcpy(&v->d, &d, sizeof(v->d));
		v->type = VAL_DOUBLE;
	}
	/*
	 * NaN and the infinities are no measurement: no threshold can judge
	 * them and perfdata has no spelling for them, so they stay Opaque
	 * (shown as bytes, refused where a number is needed).
	 */
	if (v->type != VAL_OPAQUE && !isfinite(v->d))
		v->type = VAL_OPAQUE;
	return SNMP_OK;
}

int
pdu_decode_value(uint8_t tag, const uint8_t *p, size_t len,
    struct snmp_value *v)
{
	struct oid o;
	int rc;

	memset(v, 0, sizeof(*v));
	v->type = tag;
	v->bytes = p;
	v->len = len;
	switch (tag) {
	case BER_INTEGER:
		return ber_decode_int(p, len, &v->i);
	case BER_OCTET_STRING:
		return SNMP_OK;
	case BER_NULL:
	case BER_NOSUCHOBJECT:
	case BER_NOSUCHINSTANCE:
	case BER_ENDOFMIBVIEW:
		/* X.690 §8.8.2, RFC 3416 §3: no contents octets. */
		return len == 0 ? SNMP_OK : SNMP_E_BER;
	case BER_OID:
		return oid_from_ber(&o, p, len);
	case BER_IPADDRESS:
		return len == 4 ? SNMP_OK : SNMP_E_BER;
	case BER_COUNTER32:
	case BER_GAUGE32:
	case BER_TIMETICKS:
		if ((rc = ber_decode_uint(p, len, &v->u)) != SNMP_OK)
			return rc;
		return v->u <= UINT32_MAX ? SNMP_OK : SNMP_E_RANGE;
	case BER_COUNTER64:
		return ber_decode_uint(p, len, &v->u);
	case BER_OPAQUE:
		return decode_opaque(p, len, v);
	}
	return SNMP_E_BER;
}

static int
decode_varbinds(struct ber_reader *r, struct pdu *pdu)
{
	struct ber_reader list, vb;
	struct ber_elem e;
	struct varbind *v;
	int rc;

	if ((rc = ber_enter(r, BER_SEQUENCE, &list)) != SNMP_OK)
		return rc;
	pdu->nvb = 0;
	while (!ber_at_end(&list)) {
		if (pdu->nvb >= pdu->maxvb)
			return SNMP_E_NOSPACE;
		v = &pdu->vb[pdu->nvb];
		if ((rc = ber_enter(&list, BER_SEQUENCE, &vb)) != SNMP_OK)
			return rc;
		if ((rc = ber_expect(&vb, BER_OID, &e)) != SNMP_OK)
			return rc;
		if ((rc = oid_from_ber(&v->oid, e.val, e.len)) != SNMP_OK)
			return rc;
		if ((rc = ber_read(&vb, &e)) != SNMP_OK)
			return rc;
		if ((rc = pdu_decode_value(e.tag, e.val, e.len, &v->val)) != SNMP_OK)
			return rc;
		if (!ber_at_end(&vb))
			return SNMP_E_BER;
		pdu->nvb++;
	}
	return SNMP_OK;
}

/* The PDU element: tag, request-id, error-status/index, varbinds. */
static int
read_pdu(struct ber_reader *msg, struct pdu *pdu)
{
	struct ber_reader p;
	struct ber_elem e;
	int64_t v;
	int rc;

	if ((rc = ber_read(msg, &e)) != SNMP_OK)
		return rc;
	if (e.tag < PDU_GET || e.tag > PDU_REPORT || e.tag == PDU_TRAPV1)
		return SNMP_E_PDU;
	pdu->type = e.tag;
	p.p = e.val;
	p.end = e.val + e.len;
	p.depth = msg->depth + 1;
	if ((rc = ber_read_int(&p, BER_INTEGER, &v)) != SNMP_OK)
		return rc;
	if (v < INT32_MIN || v > INT32_MAX)
		return SNMP_E_RANGE;
	pdu->reqid = (int32_t)v;
	if ((rc = ber_read_int(&p, BER_INTEGER, &v)) != SNMP_OK)
		return rc;
	if (v < 0 || v > INT32_MAX)
		return SNMP_E_RANGE;
	pdu->errstat = (int)v;
	if ((rc = ber_read_int(&p, BER_INTEGER, &v)) != SNMP_OK)
		return rc;
	if (v < 0 || v > INT32_MAX)
		return SNMP_E_RANGE;
	pdu->errindex = (int)v;
	if ((rc = decode_varbinds(&p, pdu)) != SNMP_OK)
		return rc;
	return ber_at_end(&p) ? SNMP_OK : SNMP_E_BER;
}

/* The message SEQUENCE, with nothing after it, and its version field. */
static int
enter_message(const uint8_t *buf, size_t len, struct ber_reader *msg,
    int64_t *version)
{
	struct ber_reader r;
	int rc;

	ber_reader_init(&r, buf, len);
	if ((rc = ber_enter(&r, BER_SEQUENCE, msg)) != SNMP_OK)
		return rc;
	if (!ber_at_end(&r))
		return SNMP_E_BER;
	return ber_read_int(msg, BER_INTEGER, version);
}

int
pdu_decode(const uint8_t *buf, size_t len, struct snmp_msg *m)
{
	struct ber_reader msg;
	struct ber_elem e;
	int64_t v;
	int rc;

	if ((rc = enter_message(buf, len, &msg, &v)) != SNMP_OK)
		return rc;
	if (v != SNMP_V1 && v != SNMP_V2C)
		return SNMP_E_VERSION;
	m->version = (int)v;
	if ((rc = ber_expect(&msg, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	m->community = e.val;
	m->community_len = e.len;
	if ((rc = read_pdu(&msg, &m->pdu)) != SNMP_OK)
		return rc;
	return ber_at_end(&msg) ? SNMP_OK : SNMP_E_BER;
}

static void
put_pdu(struct ber_writer *w, int type, int32_t reqid, int e1, int e2,
    const struct oid *oids, size_t n)
{
	uint8_t ob[OID_MAX_ARCS * 5], hd[4];
	size_t i;
	int len;

	ber_begin(w, (uint8_t)type);
	ber_put_int(w, BER_INTEGER, reqid);
	ber_put_int(w, BER_INTEGER, e1);
	ber_put_int(w, BER_INTEGER, e2);
	ber_begin(w, BER_SEQUENCE);
	for (i = 0; i < n; i++) {
		if ((len = oid_to_ber(&oids[i], ob, sizeof(ob))) < 0) {
			w->err = len;
			return;
		}
		if (len <= 0x7f - 4) {
			/* the usual varbind, all lengths short: at once */
			hd[0] = BER_SEQUENCE;
			hd[1] = (uint8_t)(len + 4);
			hd[2] = BER_OID;
			hd[3] = (uint8_t)len;
			ber_put_raw(w, hd, sizeof(hd));
			ber_put_raw(w, ob, (size_t)len);
			ber_put_raw(w, "\x05\x00", 2);	/* NULL */
			continue;
		}
		ber_begin(w, BER_SEQUENCE);
		ber_put_bytes(w, BER_OID, ob, (size_t)len);
		ber_put_null(w, BER_NULL);
		ber_end(w);
	}
	ber_end(w);
	ber_end(w);
}

int
pdu_encode_scoped(uint8_t *buf, size_t cap, const struct v3_scope *sc,
    int type, int32_t reqid, int e1, int e2, const struct oid *oids, size_t n)
{
	struct ber_writer w;

	ber_writer_init(&w, buf, cap);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OCTET_STRING, sc->engine, sc->engine_len);
	ber_put_bytes(&w, BER_OCTET_STRING, sc->context, sc->context_len);
	put_pdu(&w, type, reqid, e1, e2, oids, n);
	ber_end(&w);
	return ber_writer_result(&w);
}

int
pdu_decode_scoped(const uint8_t *buf, size_t len, struct v3_scope *sc,
    struct pdu *pdu, size_t *used)
{
	struct ber_reader r, s;
	struct ber_elem e;
	int rc;

	ber_reader_init(&r, buf, len);
	if ((rc = ber_enter(&r, BER_SEQUENCE, &s)) != SNMP_OK)
		return rc;
	*used = (size_t)(r.p - buf);
	if ((rc = ber_expect(&s, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	sc->engine = e.val;
	sc->engine_len = e.len;
	if ((rc = ber_expect(&s, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	sc->context = e.val;
	sc->context_len = e.len;
	if ((rc = read_pdu(&s, pdu)) != SNMP_OK)
		return rc;
	return ber_at_end(&s) ? SNMP_OK : SNMP_E_BER;
}

int
pdu_encode_v3(uint8_t *buf, size_t cap, const struct v3_header *h,
    const uint8_t *data, size_t datalen)
{
	struct ber_writer w, sp;
	uint8_t spbuf[256], zero[48];
	int splen;

	memset(zero, 0, sizeof(zero));
	/* RFC 3414 §2.4: UsmSecurityParameters, BER inside an OCTET STRING */
	ber_writer_init(&sp, spbuf, sizeof(spbuf));
	ber_begin(&sp, BER_SEQUENCE);
	ber_put_bytes(&sp, BER_OCTET_STRING, h->engine, h->engine_len);
	ber_put_int(&sp, BER_INTEGER, h->boots);
	ber_put_int(&sp, BER_INTEGER, h->time);
	ber_put_bytes(&sp, BER_OCTET_STRING, h->user, h->user_len);
	ber_put_bytes(&sp, BER_OCTET_STRING, zero, h->auth_len);
	ber_put_bytes(&sp, BER_OCTET_STRING, h->priv, h->priv_len);
	ber_end(&sp);
	if ((splen = ber_writer_result(&sp)) < 0)
		return splen;
	/* RFC 3412 §6: SNMPv3Message */
	ber_writer_init(&w, buf, cap);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, SNMP_V3);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, h->msgid);
	ber_put_int(&w, BER_INTEGER, h->max_size);
	ber_put_bytes(&w, BER_OCTET_STRING, &h->flags, 1);
	ber_put_int(&w, BER_INTEGER, 3);	/* USM, RFC 3411 §5 */
	ber_end(&w);
	ber_put_bytes(&w, BER_OCTET_STRING, spbuf, (size_t)splen);
	if (h->flags & V3_FLAG_PRIV)
		ber_put_bytes(&w, BER_OCTET_STRING, data, datalen);
	else
		ber_put_raw(&w, data, datalen);
	ber_end(&w);
	return ber_writer_result(&w);
}

static int
read_u31(struct ber_reader *r, int64_t *v)
{
	int rc;

	if ((rc = ber_read_int(r, BER_INTEGER, v)) != SNMP_OK)
		return rc;
	return *v >= 0 && *v <= INT32_MAX ? SNMP_OK : SNMP_E_RANGE;
}

/* msgGlobalData (RFC 3412 §6): protocol-notes.md, USM incoming, step 1 */
static int
decode_v3_global(struct ber_reader *msg, struct v3_header *h)
{
	struct ber_reader g;
	struct ber_elem e;
	int64_t v;
	int rc;

	if ((rc = ber_enter(msg, BER_SEQUENCE, &g)) != SNMP_OK)
		return rc;
	if ((rc = read_u31(&g, &v)) != SNMP_OK)
		return rc;
	h->msgid = (int32_t)v;
	if ((rc = read_u31(&g, &v)) != SNMP_OK)
		return rc;
	if (v < 484)
		return SNMP_E_RANGE;
	h->max_size = (int32_t)v;
	if ((rc = ber_expect(&g, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	if (e.len != 1)
		return SNMP_E_PDU;
	h->flags = e.val[0];
	if ((h->flags & V3_FLAG_PRIV) && !(h->flags & V3_FLAG_AUTH))
		return SNMP_E_PDU;
	if ((rc = ber_read_int(&g, BER_INTEGER, &v)) != SNMP_OK)
		return rc;
	if (v != 3 || !ber_at_end(&g))
		return SNMP_E_PDU;
	return SNMP_OK;
}

/*
 * Step 2: the security parameters, UsmSecurityParameters (RFC 3414 §2.4)
 * in an OCTET STRING; buf is the whole message, for the MAC's offset.
 */
static int
decode_v3_usm(const uint8_t *buf, struct ber_reader *msg, struct v3_header *h)
{
	struct ber_reader sp, spr;
	struct ber_elem e;
	int64_t v;
	int rc;

	if ((rc = ber_expect(msg, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	ber_reader_init(&sp, e.val, e.len);
	sp.depth = msg->depth + 1;
	if ((rc = ber_enter(&sp, BER_SEQUENCE, &spr)) != SNMP_OK)
		return rc;
	if (!ber_at_end(&sp))
		return SNMP_E_BER;
	if ((rc = ber_expect(&spr, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	if (e.len > 32)
		return SNMP_E_RANGE;
	h->engine = e.val;
	h->engine_len = e.len;
	if ((rc = read_u31(&spr, &v)) != SNMP_OK)
		return rc;
	h->boots = (int32_t)v;
	if ((rc = read_u31(&spr, &v)) != SNMP_OK)
		return rc;
	h->time = (int32_t)v;
	if ((rc = ber_expect(&spr, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	if (e.len > 32)
		return SNMP_E_RANGE;
	h->user = e.val;
	h->user_len = e.len;
	if ((rc = ber_expect(&spr, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	/* the MAC is found by its parsed offset, never by searching */
	h->auth_off = (size_t)(e.val - buf);
	h->auth_len = e.len;
	if ((rc = ber_expect(&spr, BER_OCTET_STRING, &e)) != SNMP_OK)
		return rc;
	h->priv = e.val;
	h->priv_len = e.len;
	if (!ber_at_end(&spr))
		return SNMP_E_BER;
	if (!(h->flags & V3_FLAG_AUTH) && h->auth_len != 0)
		return SNMP_E_PDU;
	if ((h->flags & V3_FLAG_PRIV) && h->priv_len != 8)
		return SNMP_E_PDU;
	return SNMP_OK;
}

/* msgData: plaintext scopedPDU or encryptedPDU, as the flags say */
static int
decode_v3_data(struct ber_reader *msg, struct v3_header *h)
{
	struct ber_elem e;
	int rc;

	if ((rc = ber_read(msg, &e)) != SNMP_OK)
		return rc;
	if (h->flags & V3_FLAG_PRIV) {
		if (e.tag != BER_OCTET_STRING)
			return SNMP_E_PDU;
		h->data = e.val;
		h->data_len = e.len;
	} else {
		if (e.tag != BER_SEQUENCE)
			return SNMP_E_PDU;
		h->data = e.start;
		h->data_len = (size_t)(e.val + e.len - e.start);
	}
	return SNMP_OK;
}

int
pdu_decode_v3(const uint8_t *buf, size_t len, struct v3_header *h)
{
	struct ber_reader msg;
	int64_t v;
	int rc;

	memset(h, 0, sizeof(*h));
	if ((rc = enter_message(buf, len, &msg, &v)) != SNMP_OK)
		return rc;
	if (v != SNMP_V3)
		return SNMP_E_VERSION;
	if ((rc = decode_v3_global(&msg, h)) != SNMP_OK ||
	    (rc = decode_v3_usm(buf, &msg, h)) != SNMP_OK ||
	    (rc = decode_v3_data(&msg, h)) != SNMP_OK)
		return rc;
	return ber_at_end(&msg) ? SNMP_OK : SNMP_E_BER;
}

int
value_to_num(const struct snmp_value *v, struct num *n)
{
	switch (v->type) {
	case VAL_INTEGER:
		num_from_int(n, v->i);
		return SNMP_OK;
	case VAL_COUNTER32:
	case VAL_GAUGE32:
	case VAL_TIMETICKS:
	case VAL_COUNTER64:
		num_from_uint(n, v->u);
		return SNMP_OK;
	case VAL_FLOAT:
	case VAL_DOUBLE:
		num_from_double(n, v->d);
		return SNMP_OK;
	}
	return SNMP_E_INVAL;
}
