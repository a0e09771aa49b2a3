/* SPDX-License-Identifier: ISC */
/*
 * The requester (RFC 3416 §4.2, RFC 3412 §7.2.10 for matching).  One
 * request-id per request, kept across its retries so that a late reply to
 * an earlier try still counts; each try waits its share of the budget and
 * never past the deadline.  Datagrams that do not match are dropped and
 * counted; their last reason goes into the timeout message.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ber.h"
#include "session.h"
#include "snmp.h"
#include "walkfile.h"

#define MIN_TRY_MS	100

struct session_block {
	struct session_block	*next;
	size_t			 len;
	uint8_t			 data[];
};

static void
seterr(struct session *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
seterr(struct session *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof(s->err), fmt, ap);
	va_end(ap);
}

static void
trace(struct session *s, int level, const uint8_t *pkt, size_t len,
    size_t roff, size_t rlen, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void
trace(struct session *s, int level, const uint8_t *pkt, size_t len,
    size_t roff, size_t rlen, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (s->o.trace == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	s->o.trace(s->o.trace_arg, level, msg, pkt, len, roff, rlen);
}

static void
ignore(struct session *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
ignore(struct session *s, const char *fmt, ...)
{
	va_list ap;

	s->ignored++;
	va_start(ap, fmt);
	vsnprintf(s->ignored_why, sizeof(s->ignored_why), fmt, ap);
	va_end(ap);
	trace(s, TRACE_REQUEST, NULL, 0, 0, 0, "ignored a datagram: %s",
	    s->ignored_why);
}

const char *
session_error(const struct session *s)
{
	return s->err;
}

const char *
session_peer(const struct session *s)
{
	return s->wf != NULL ? s->o.walkfile : s->conn.text;
}

int
session_open(struct session *s, const struct session_opts *o)
{
	char why[SESSION_ERR_MAX];
	int rc;

	s->o = *o;
	s->wf = NULL;
	s->blocks = NULL;
	s->requests = s->ignored = 0;
	s->ignored_why[0] = s->err[0] = '\0';
	s->conn.fd = -1;
	s->conn.text[0] = '\0';
	if (o->walkfile != NULL) {
		rc = walkfile_open(&s->wf, o->walkfile, why, sizeof(why));
		if (rc != SNMP_OK)
			seterr(s, "%s", why);
		return rc;
	}
	if ((rc = net_open(&s->conn, o->target, o->deadline)) != SNMP_OK) {
		if (rc == SNMP_E_RESOLVE)
			seterr(s, "cannot resolve host name '%s'",
			    o->target->host);
		else if (rc == SNMP_E_TIMEOUT)
			seterr(s, "cannot resolve host name '%s' within the "
			    "time budget (%.1f s): the DNS servers of "
			    "/etc/resolv.conf do not answer", o->target->host,
			    (double)o->budget_ms / 1000);
		else if (rc == SNMP_E_ADDR)
			seterr(s, "invalid address '%s'", o->target->host);
		else
			seterr(s, "cannot open a socket to %s: %m",
			    o->target->host);
	}
	return rc;
}

void
session_close(struct session *s)
{
	struct session_block *b;

	if (s->wf != NULL)
		walkfile_close(s->wf);
	s->wf = NULL;
	net_close(&s->conn);
	while ((b = s->blocks) != NULL) {
		s->blocks = b->next;
		free(b);
	}
}

/* Copy a value's octets out of the receive buffer. */
static int
keep(struct session *s, struct snmp_value *v)
{
	struct session_block *b;

	if (v->len == 0 || v->bytes == NULL)
		return SNMP_OK;
	if ((b = malloc(sizeof(*b) + v->len)) == NULL)
		return SNMP_E_NOMEM;
	b->next = s->blocks;
	b->len = v->len;
	memcpy(b->data, v->bytes, v->len);
	s->blocks = b;
	v->bytes = b->data;
	return SNMP_OK;
}

/* Where the community of a (possibly malformed) message is, to redact it. */
static void
community_span(const uint8_t *buf, size_t len, size_t *off, size_t *clen)
{
	struct ber_reader r, msg;
	struct ber_elem e;

	*off = *clen = 0;
	ber_reader_init(&r, buf, len);
	if (ber_enter(&r, BER_SEQUENCE, &msg) != SNMP_OK ||
	    ber_expect(&msg, BER_INTEGER, &e) != SNMP_OK ||
	    ber_expect(&msg, BER_OCTET_STRING, &e) != SNMP_OK)
		return;
	*off = (size_t)(e.val - buf);
	*clen = e.len;
}

/* Check a matched reply against the request (RFC 3416 §4.2.1-4.2.2). */
static int
check_reply(struct session *s, int type, const struct oid *oids, size_t n,
    const struct pdu *p)
{
	char a[OID_TEXT_MAX];
	size_t i;

	if (p->errstat != ERR_NOERROR) {
		if (p->errstat == ERR_TOOBIG)
			return SNMP_OK;
		/* RFC 1157 §4.1.2: error-index is 1-based into our list. */
		if (p->errstat == ERR_NOSUCHNAME &&
		    (p->errindex < 1 || (size_t)p->errindex > n)) {
			ignore(s, "noSuchName with error-index %d out of "
			    "range 1..%zu", p->errindex, n);
			return SNMP_E_MISMATCH;
		}
		return SNMP_OK;
	}
	if (p->nvb != n) {
		ignore(s, "reply holds %zu varbinds for %zu requested",
		    p->nvb, n);
		return SNMP_E_MISMATCH;
	}
	for (i = 0; i < n; i++) {
		if (type == PDU_GET && oid_cmp(&p->vb[i].oid, &oids[i]) != 0) {
			oid_format(&p->vb[i].oid, a, sizeof(a));
			ignore(s, "reply names %s where %zu. requested object "
			    "was expected", a, i + 1);
			return SNMP_E_MISMATCH;
		}
		if (type == PDU_GETNEXT &&
		    p->vb[i].val.type != VAL_ENDOFMIBVIEW &&
		    oid_cmp(&p->vb[i].oid, &oids[i]) <= 0) {
			ignore(s, "GETNEXT reply does not advance");
			return SNMP_E_MISMATCH;
		}
		if (s->o.version == SNMP_V1 &&
		    value_is_exception(&p->vb[i].val)) {
			ignore(s, "v2c exception in a v1 reply");
			return SNMP_E_MISMATCH;
		}
	}
	return SNMP_OK;
}

/*
 * One request with its retries.  On success the reply is decoded in
 * s->rbuf / s->vb and *m describes it.
 */
static int
transact(struct session *s, int type, const struct oid *oids, size_t n,
    struct snmp_msg *m)
{
	char why[256];
	size_t coff, roff, rclen;
	int64_t now, until, per_try;
	int32_t reqid = snmp_random_id();
	int len, rlen, rc, try, tries = s->o.retries + 1;

	len = pdu_encode_request(s->sbuf, sizeof(s->sbuf), s->o.version,
	    s->o.community, s->o.community_len, type, reqid, 0, 0, oids, n,
	    &coff);
	if (len < 0) {
		seterr(s, "cannot encode the request: %s", snmp_strerror(len));
		return len;
	}
	per_try = s->o.budget_ms / tries;
	if (per_try < MIN_TRY_MS)
		per_try = MIN_TRY_MS;
	for (try = 0; try < tries; try++) {
		now = snmp_now_ms();
		if (now >= s->o.deadline)
			break;
		until = try + 1 == tries ? s->o.deadline : now + per_try;
		if (until > s->o.deadline)
			until = s->o.deadline;
		trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
		    "%s request-id %d, %zu object%s, to %s (try %d of %d, "
		    "waiting %lld ms)", type == PDU_GET ? "GET" : "GETNEXT",
		    reqid, n, n == 1 ? "" : "s", s->conn.text, try + 1, tries,
		    (long long)(until - now));
		trace(s, TRACE_PACKET, s->sbuf, (size_t)len, coff,
		    s->o.community_len, "sent %d octets", len);
		s->requests++;
		if ((rc = net_send(&s->conn, s->sbuf, (size_t)len)) != SNMP_OK)
			goto neterr;
		for (;;) {
			rlen = net_recv(&s->conn, s->rbuf, sizeof(s->rbuf),
			    until);
			if (rlen == SNMP_E_TIMEOUT)
				break;
			if (rlen == SNMP_E_NOSPACE) {
				ignore(s, "datagram larger than %d octets",
				    SESSION_BUF);
				continue;
			}
			if (rlen < 0) {
				rc = rlen;
				goto neterr;
			}
			community_span(s->rbuf, (size_t)rlen, &roff, &rclen);
			trace(s, TRACE_PACKET, s->rbuf, (size_t)rlen, roff,
			    rclen, "received %d octets", rlen);
			memset(m, 0, sizeof(*m));
			m->pdu.vb = s->vb;
			m->pdu.maxvb = SESSION_MAX_VB + 1;
			if ((rc = pdu_decode(s->rbuf, (size_t)rlen, m)) !=
			    SNMP_OK) {
				ignore(s, "malformed reply: %s",
				    snmp_strerror(rc));
				continue;
			}
			/* protocol-notes.md, matching replies to requests. */
			if (m->version != s->o.version) {
				ignore(s, "reply with SNMP version %s",
				    m->version == SNMP_V1 ? "1" : "2c");
				continue;
			}
			if (m->community_len != s->o.community_len ||
			    memcmp(m->community, s->o.community,
			    m->community_len) != 0) {
				ignore(s, "reply with another community");
				continue;
			}
			if (m->pdu.type != PDU_RESPONSE) {
				ignore(s, "PDU type 0x%02x is not a Response",
				    m->pdu.type);
				continue;
			}
			if (m->pdu.reqid != reqid) {
				ignore(s, "request-id %d, expected %d",
				    m->pdu.reqid, reqid);
				continue;
			}
			if (check_reply(s, type, oids, n, &m->pdu) != SNMP_OK)
				continue;
			return SNMP_OK;
		}
	}
	snprintf(why, sizeof(why), "host down or unreachable, wrong "
	    "community, or a reply too large for the agent to send");
	if (s->ignored > 0)
		seterr(s, "No valid response from %s within %.1f s (%u "
		    "request%s sent; %u datagram%s ignored, last: %s)",
		    s->conn.text, (double)s->o.budget_ms / 1000, s->requests,
		    s->requests == 1 ? "" : "s", s->ignored,
		    s->ignored == 1 ? "" : "s", s->ignored_why);
	else
		seterr(s, "No response from %s within %.1f s (%u request%s "
		    "sent): %s", s->conn.text,
		    (double)s->o.budget_ms / 1000, s->requests,
		    s->requests == 1 ? "" : "s", why);
	return SNMP_E_TIMEOUT;
neterr:
	if (rc == SNMP_E_REFUSED)
		seterr(s, "Connection refused by %s: no SNMP agent listens on "
		    "that port (ICMP port unreachable)", s->conn.text);
	else
		seterr(s, "Network error talking to %s: %m", s->conn.text);
	return rc;
}

static int
request(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, struct varbind *out)
{
	struct snmp_msg m;
	struct oid *sub;
	size_t *rest, i, j, k, half;
	char a[OID_TEXT_MAX];
	int rc;

	if (n == 0)
		return SNMP_OK;
	if (n > SESSION_MAX_VB) {
		half = n / 2;
		if ((rc = request(s, type, oids, idx, half, out)) != SNMP_OK)
			return rc;
		return request(s, type, oids, idx + half, n - half, out);
	}
	sub = malloc(n * sizeof(*sub));
	rest = malloc(n * sizeof(*rest));
	if (sub == NULL || rest == NULL) {
		rc = SNMP_E_NOMEM;
		seterr(s, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++)
		sub[i] = oids[idx[i]];
	if ((rc = transact(s, type, sub, n, &m)) != SNMP_OK)
		goto done;
	switch (m.pdu.errstat) {
	case ERR_NOERROR:
		for (i = 0; i < n; i++) {
			out[idx[i]] = m.pdu.vb[i];
			if ((rc = keep(s, &out[idx[i]].val)) != SNMP_OK)
				goto done;
		}
		break;
	case ERR_TOOBIG:
		/* protocol-notes.md: split, down to one object at a time. */
		if (n == 1) {
			oid_format(&sub[0], a, sizeof(a));
			seterr(s, "The agent at %s cannot send %s: the value "
			    "is larger than its maximum message size (tooBig)",
			    s->conn.text, a);
			rc = SNMP_E_AGENT;
			goto done;
		}
		trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
		    "tooBig: splitting %zu objects", n);
		half = n / 2;
		if ((rc = request(s, type, oids, idx, half, out)) == SNMP_OK)
			rc = request(s, type, oids, idx + half, n - half, out);
		break;
	case ERR_NOSUCHNAME:
		/* RFC 1157 §4.1.2.3: the whole request failed; retry the rest. */
		k = (size_t)m.pdu.errindex - 1;
		memset(&out[idx[k]], 0, sizeof(out[idx[k]]));
		out[idx[k]].oid = sub[k];
		out[idx[k]].val.type = VAL_NOSUCHNAME;
		for (i = j = 0; i < n; i++) {
			if (i != k)
				rest[j++] = idx[i];
		}
		rc = request(s, type, oids, rest, j, out);
		break;
	default:
		if (m.pdu.errindex >= 1 && (size_t)m.pdu.errindex <= n) {
			oid_format(&sub[m.pdu.errindex - 1], a, sizeof(a));
			seterr(s, "The agent at %s answered %s (error-status "
			    "%d) for %s", s->conn.text,
			    pdu_errstat_name(m.pdu.errstat), m.pdu.errstat, a);
		} else
			seterr(s, "The agent at %s answered %s (error-status "
			    "%d)", s->conn.text,
			    pdu_errstat_name(m.pdu.errstat), m.pdu.errstat);
		rc = SNMP_E_AGENT;
		break;
	}
done:
	free(sub);
	free(rest);
	return rc;
}

static int
run(struct session *s, int type, const struct oid *oids, size_t n,
    struct varbind *out)
{
	size_t *idx, i;
	int rc;

	if (s->wf != NULL) {
		for (i = 0; i < n; i++) {
			if (type == PDU_GET) {
				out[i].oid = oids[i];
				walkfile_get(s->wf, &oids[i], &out[i].val);
			} else
				walkfile_getnext(s->wf, &oids[i], &out[i]);
			if (s->o.version == SNMP_V1 &&
			    value_is_exception(&out[i].val))
				out[i].val.type = VAL_NOSUCHNAME;
		}
		return SNMP_OK;
	}
	if ((idx = malloc((n > 0 ? n : 1) * sizeof(*idx))) == NULL) {
		seterr(s, "out of memory");
		return SNMP_E_NOMEM;
	}
	for (i = 0; i < n; i++)
		idx[i] = i;
	rc = request(s, type, oids, idx, n, out);
	free(idx);
	return rc;
}

int
session_get(struct session *s, const struct oid *oids, size_t n,
    struct varbind *out)
{
	return run(s, PDU_GET, oids, n, out);
}

int
session_getnext(struct session *s, const struct oid *oids, size_t n,
    struct varbind *out)
{
	return run(s, PDU_GETNEXT, oids, n, out);
}
