/* SPDX-License-Identifier: ISC */
/*
 * The requester (RFC 3416 §4.2, RFC 3412 §7.2.10 for matching).  One
 * request-id per request, kept across its retries so that a late reply to
 * an earlier try still counts; each try waits its share of the budget and
 * never past the deadline.  Datagrams that do not match are dropped and
 * counted; their last reason goes into the timeout message.  One retry
 * loop (session_transact) serves every version: SNMPv1/v2c plug in their
 * community messages here, SNMPv3 its USM messages in session_v3.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ber.h"
#include "session_int.h"
#include "session_v3.h"
#include "snmp.h"
#include "walkfile.h"

#define MIN_TRY_MS	100
/* Requests of up to this many objects keep their lists on the stack. */
#define REQUEST_FEW	8

/*
 * Values outlive the receive buffer in blocks the session frees at close:
 * small ones share blocks of KEEP_BLOCK octets (a 500-row table is 10,000
 * values; one malloc each cost more than decoding them).
 */
#define KEEP_BLOCK	16384
struct session_block {
	struct session_block	*next;
	size_t			 cap;
	size_t			 used;
	uint8_t			 data[];
};

void
session_seterr(struct session *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof(s->err), fmt, ap);
	va_end(ap);
}

void
session_trace(struct session *s, int level, const uint8_t *pkt, size_t len,
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

void
session_ignore(struct session *s, const char *fmt, ...)
{
	va_list ap;

	s->ignored++;
	va_start(ap, fmt);
	vsnprintf(s->ignored_why, sizeof(s->ignored_why), fmt, ap);
	va_end(ap);
	session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
	    "ignored a datagram: %s", s->ignored_why);
}

const char *
session_error(const struct session *s)
{
	return s->err;
}

const char *
session_peer(struct session *s)
{
	return s->wf != NULL ? walkfile_name(s->wf) : net_text(&s->conn);
}

int
session_offline(const struct session *s)
{
	return s->wf != NULL;
}

int
session_version(const struct session *s)
{
	return s->o.version;
}

unsigned
session_requests(const struct session *s)
{
	return s->requests;
}

/*
 * A plugin opens one session: it lives here, and a run that needs no
 * other allocation makes none.  Any session beyond it comes from the heap.
 */
static struct session	first;
static enum { FIRST_FRESH, FIRST_BUSY, FIRST_FREED } first_state;

struct session *
session_new(void)
{
	struct session *s;

	if (first_state != FIRST_BUSY) {
		s = &first;
		first_state = FIRST_BUSY;
	} else if ((s = malloc(sizeof(*s))) == NULL)
		return NULL;
	/*
	 * Cleared even when fresh: written first, the pages of the fields
	 * cost one fault each, where a field read first costs two.
	 */
	memset(s, 0, offsetof(struct session, sbuf));
	s->conn.udp.fd = -1;
	return s;
}

int
session_open(struct session *s, const struct session_opts *o)
{
	char why[SESSION_ERR_MAX];
	size_t i;
	int rc;

	s->o = *o;
	if (o->version == SNMP_V3 && (rc = session_v3_open(s)) != SNMP_OK)
		return rc;
	if (o->walkfile != NULL) {
		rc = walkfile_open(&s->wf, o->walkfile, why, sizeof(why));
		if (rc != SNMP_OK)
			session_seterr(s, "%s", why);
		for (i = 0; rc == SNMP_OK &&
		    walkfile_skipped_line(s->wf, i, why, sizeof(why)) == 0; i++)
			session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
			    "%s (record skipped)", why);
		return rc;
	}
	if ((rc = net_open(&s->conn, o->target, o->deadline)) != SNMP_OK) {
		if (rc == SNMP_E_RESOLVE)
			session_seterr(s, "cannot resolve host name '%s': %s",
			    o->target->host, s->conn.why);
		else if (rc == SNMP_E_TIMEOUT)
			session_seterr(s, "cannot resolve host name '%s' "
			    "within the time budget (%.1f s): %s",
			    o->target->host, (double)o->budget_ms / 1000,
			    s->conn.why);
		else if (rc == SNMP_E_ADDR)
			session_seterr(s, "invalid address '%s'",
			    o->target->host);
		else
			session_seterr(s, "cannot open a socket to %s: %m",
			    o->target->host);
	}
	return rc;
}

void
session_free(struct session *s)
{
	struct session_block *b;

	if (s == NULL)
		return;
	if (s->wf != NULL)
		walkfile_close(s->wf);
	udp_close(&s->conn.udp);
	while ((b = s->blocks) != NULL) {
		s->blocks = b->next;
		free(b);
	}
	session_v3_close(s);
	if (s == &first)
		first_state = FIRST_FREED;
	else
		free(s);
}

/*
 * A GETBULK that goes unanswered may be too large for the agent or the
 * path (fragments dropped): each further try halves max-repetitions, and
 * these halvings come on top of the retries.
 */
static int
bulk_shrinks(const struct session *s, int type)
{
	int n = 0, m;

	if (type != PDU_GETBULK)
		return 0;
	for (m = s->maxrep; m > 1; m /= 2)
		n++;
	return n;
}

/*
 * Each try waits its share of the budget, but never less than three times
 * the round trip the agent has shown in this run: retrying sooner only
 * queues duplicates at a slow agent (most answer one request at a time).
 */
static int64_t
try_wait(const struct session *s, int tries)
{
	int64_t per_try = s->o.budget_ms / tries;

	if (per_try < MIN_TRY_MS)
		per_try = MIN_TRY_MS;
	if (s->rtt_ms > 0 && per_try < 3 * s->rtt_ms)
		per_try = 3 * s->rtt_ms;
	return per_try;
}

/* A reply to a try sent at sent: the smoothed round trip (RFC 6298). */
static void
rtt_sample(struct session *s, int64_t sent)
{
	int64_t r = snmp_now_ms() - sent;

	if (r < 1)
		r = 1;
	s->rtt_ms = s->rtt_ms == 0 ? r : (7 * s->rtt_ms + r) / 8;
}

const char *
session_pdu_name(int type)
{
	return type == PDU_GET ? "GET" : type == PDU_GETNEXT ? "GETNEXT" :
	    "GETBULK";
}

const char *
session_maxrep_text(struct session *s, int type)
{
	if (type != PDU_GETBULK)
		return "";
	snprintf(s->tracebuf, sizeof(s->tracebuf), " x %d repetitions",
	    s->maxrep);
	return s->tracebuf;
}

int
session_keep(struct session *s, struct snmp_value *v)
{
	struct session_block *b = s->fill;
	size_t cap;

	if (v->len == 0 || v->bytes == NULL)
		return SNMP_OK;
	if (b == NULL && sizeof(s->keep) - s->keep_used >= v->len) {
		memcpy(s->keep + s->keep_used, v->bytes, v->len);
		v->bytes = s->keep + s->keep_used;
		s->keep_used += v->len;
		return SNMP_OK;
	}
	if (b == NULL || b->cap - b->used < v->len) {
		cap = v->len > KEEP_BLOCK / 4 ? v->len : KEEP_BLOCK;
		if ((b = malloc(sizeof(*b) + cap)) == NULL)
			return SNMP_E_NOMEM;
		b->cap = cap;
		b->used = 0;
		b->next = s->blocks;
		s->blocks = b;
		/* a big value has a block of its own: the last one stays open */
		if (cap != v->len || s->fill == NULL)
			s->fill = b;
	}
	memcpy(b->data + b->used, v->bytes, v->len);
	v->bytes = b->data + b->used;
	b->used += v->len;
	return SNMP_OK;
}

/* The timeout message: what was sent, what was ignored, the likely causes. */
static int
no_response(struct session *s, const char *causes)
{
	const char *peer = net_text(&s->conn);

	if (s->ignored > 0)
		session_seterr(s, "No valid response from %s within %.1f s (%u "
		    "request%s sent; %u datagram%s ignored, last: %s)",
		    peer, (double)s->o.budget_ms / 1000, s->requests,
		    s->requests == 1 ? "" : "s", s->ignored,
		    s->ignored == 1 ? "" : "s", s->ignored_why);
	else if (s->answered > 0)
		/* it did answer earlier in the run: not down, too slow */
		session_seterr(s, "No response from %s within %.1f s (%u "
		    "requests sent, %u answered): the agent stopped answering "
		    "before the run was done (slow or busy; raise -t)",
		    peer, (double)s->o.budget_ms / 1000, s->requests,
		    s->answered);
	else
		session_seterr(s, "No response from %s within %.1f s (%u "
		    "request%s sent): %s", peer,
		    (double)s->o.budget_ms / 1000, s->requests,
		    s->requests == 1 ? "" : "s", causes);
	return SNMP_E_TIMEOUT;
}

static int
net_failed(struct session *s, int rc)
{
	if (rc == SNMP_E_REFUSED)
		session_seterr(s, "Connection refused by %s: no SNMP agent "
		    "listens on that port (ICMP port unreachable)",
		    net_text(&s->conn));
	else
		session_seterr(s, "Network error talking to %s: %m",
		    net_text(&s->conn));
	return rc;
}

/* Check a matched reply against the request (RFC 3416 §4.2.1-4.2.2). */
static int
check_reply(struct session *s, int type, const struct oid *oids, size_t n,
    const struct pdu *p)
{
	char a[OID_TEXT_MAX];
	size_t i;

	/* GETBULK: the walk checks the order; here only the count */
	if (type == PDU_GETBULK && p->errstat == ERR_NOERROR) {
		if (p->nvb == 0) {
			session_ignore(s, "GETBULK reply without varbinds and "
			    "without an error");
			return SNMP_E_MISMATCH;
		}
		if (p->nvb > n * (size_t)s->maxrep) {
			session_ignore(s, "GETBULK reply holds %zu varbinds, at "
			    "most %zu x %d were asked for", p->nvb, n,
			    s->maxrep);
			return SNMP_E_MISMATCH;
		}
		return SNMP_OK;
	}
	if (p->errstat != ERR_NOERROR) {
		if (p->errstat == ERR_TOOBIG)
			return SNMP_OK;
		/* RFC 1157 §4.1.2: error-index is 1-based into our list. */
		if (p->errstat == ERR_NOSUCHNAME &&
		    (p->errindex < 1 || (size_t)p->errindex > n)) {
			session_ignore(s, "noSuchName with error-index %d out "
			    "of range 1..%zu", p->errindex, n);
			return SNMP_E_MISMATCH;
		}
		return SNMP_OK;
	}
	if (p->nvb != n) {
		session_ignore(s, "reply holds %zu varbind%s for %zu requested",
		    p->nvb, p->nvb == 1 ? "" : "s", n);
		return SNMP_E_MISMATCH;
	}
	for (i = 0; i < n; i++) {
		if (type == PDU_GET && oid_cmp(&p->vb[i].oid, &oids[i]) != 0) {
			oid_format(&p->vb[i].oid, a, sizeof(a));
			session_ignore(s, "reply names %s where %zu. requested "
			    "object was expected", a, i + 1);
			return SNMP_E_MISMATCH;
		}
		if (type == PDU_GETNEXT &&
		    p->vb[i].val.type != VAL_ENDOFMIBVIEW &&
		    oid_cmp(&p->vb[i].oid, &oids[i]) <= 0) {
			session_ignore(s, "GETNEXT reply does not advance");
			return SNMP_E_MISMATCH;
		}
		if (s->o.version == SNMP_V1 &&
		    value_is_exception(&p->vb[i].val)) {
			session_ignore(s, "v2c exception in a v1 reply");
			return SNMP_E_MISMATCH;
		}
	}
	return SNMP_OK;
}

/*
 * check_reply() for a reply to try k, which asked for its own
 * max-repetitions (a late reply answers its own try's size); the session
 * keeps that size if the reply passes.
 */
int
session_check_reply(struct session *s, const struct xact *x, int k)
{
	int saved = s->maxrep;

	s->maxrep = x->reps[k];
	if (check_reply(s, x->type, x->oids, x->n, x->reply) == SNMP_OK)
		return SNMP_OK;
	s->maxrep = saved;
	return SNMP_E_MISMATCH;
}

/* One try's wait: its share of the budget, the last one to the deadline. */
static int64_t
try_until(const struct session *s, int try, int tries, int64_t now,
    int64_t per_try)
{
	int64_t until = try + 1 == tries ? s->o.deadline : now + per_try;

	return until > s->o.deadline ? s->o.deadline : until;
}

/* Datagrams for try `try' until `until': SNMP_OK, SNMP_E_TIMEOUT or error. */
static int
collect(struct session *s, const struct xact_ops *ops, struct xact *x,
    int64_t until)
{
	int rlen, k;

	for (;;) {
		rlen = udp_recv(&s->conn.udp, s->rbuf, sizeof(s->rbuf), until);
		if (rlen == SNMP_E_TIMEOUT)
			return rlen;
		if (rlen == SNMP_E_NOSPACE) {
			session_ignore(s, "datagram larger than %d octets",
			    SESSION_BUF);
			continue;
		}
		if (rlen < 0)
			return net_failed(s, rlen);
		switch (ops->accept(s, x, (size_t)rlen, &k)) {
		case XACT_DONE:
			rtt_sample(s, x->sent[k]);
			return SNMP_OK;
		case XACT_ANSWER:
			if (session_check_reply(s, x, k) != SNMP_OK)
				continue;
			rtt_sample(s, x->sent[k]);
			s->answered++;
			return SNMP_OK;
		}
	}
}

/*
 * One request with its retries, whatever the version: each try built by
 * ops->build and sent, every datagram until the try's time is up offered
 * to ops->accept; a reply to any try of the request counts.
 */
int
session_transact(struct session *s, const struct xact_ops *ops,
    struct xact *x)
{
	char causes[512];
	int64_t now, until, per_try;
	int len, rc, try, tries = s->o.retries + 1;

	/* discovery carries no varbinds: nothing to shrink */
	if (!x->discovery)
		tries += bulk_shrinks(s, x->type);
	if (tries > SESSION_MAX_TRIES)
		tries = SESSION_MAX_TRIES;
	per_try = try_wait(s, tries);
	x->tries = tries;
	for (try = 0; try < tries; try++) {
		now = snmp_now_ms();
		if (now >= s->o.deadline)
			break;
		/* a large GETBULK that went unanswered is retried smaller */
		x->shrunk = try > 0 && !x->discovery &&
		    x->type == PDU_GETBULK && s->maxrep > 1;
		if (x->shrunk)
			s->maxrep /= 2;
		until = try_until(s, try, tries, now, per_try);
		if ((len = ops->build(s, x, try, now, until)) < 0)
			return len;
		s->requests++;
		if ((rc = udp_send(&s->conn.udp, s->sbuf, (size_t)len)) !=
		    SNMP_OK)
			return net_failed(s, rc);
		if ((rc = collect(s, ops, x, until)) != SNMP_E_TIMEOUT)
			return rc;
	}
	/* protocol-notes.md: silence is ambiguous; name the causes */
	ops->causes(s, x, causes, sizeof(causes));
	return no_response(s, causes);
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

/*
 * SNMPv1/v2c (RFC 1157, RFC 3416): one request-id per request, a new one
 * only when a GETBULK is retried smaller (another request); the message
 * is encoded again only then.
 */
static int
v2_build(struct session *s, struct xact *x, int try, int64_t now,
    int64_t until)
{
	if (x->shrunk)
		x->reqid = snmp_random_id();	/* another request */
	if (x->nids == 0 || x->ids[x->nids - 1] != x->reqid) {
		x->ids[x->nids] = x->reqid;
		x->sent[x->nids] = now;	/* a GET's retries: the first */
		x->reps[x->nids++] = s->maxrep;
	}
	if (try == 0 || x->type == PDU_GETBULK) {
		x->len = pdu_encode_request(s->sbuf, sizeof(s->sbuf),
		    s->o.version, s->o.community, s->o.community_len, x->type,
		    x->reqid, 0, x->type == PDU_GETBULK ? s->maxrep : 0,
		    x->oids, x->n, s->o.trace != NULL ? &x->coff : NULL);
		if (x->len < 0) {
			session_seterr(s, "cannot encode the request: %s",
			    snmp_strerror(x->len));
			return x->len;
		}
	}
	/* tested here: the arguments would name the agent for nothing */
	if (s->o.trace != NULL)
		session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
		    "%s request-id %d, %zu object%s%s, to %s (try %d of %d, "
		    "waiting %lld ms)", session_pdu_name(x->type), x->reqid,
		    x->n, x->n == 1 ? "" : "s", session_maxrep_text(s,
		    x->type), net_text(&s->conn), try + 1, x->tries,
		    (long long)(until - now));
	session_trace(s, TRACE_PACKET, s->sbuf, (size_t)x->len, x->coff,
	    s->o.community_len, "sent %d octets", x->len);
	return x->len;
}

/* One datagram: a Response to one of the request's ids, or ignored. */
static int
v2_accept(struct session *s, struct xact *x, size_t rlen, int *k)
{
	struct snmp_msg *m = x->arg;
	size_t roff, rclen;
	int rc;

	/* where the community is, for the trace to redact: with -vv only */
	if (s->o.trace != NULL) {
		community_span(s->rbuf, rlen, &roff, &rclen);
		session_trace(s, TRACE_PACKET, s->rbuf, rlen, roff, rclen,
		    "received %zu octets", rlen);
	}
	memset(m, 0, sizeof(*m));
	m->pdu.vb = s->vb;
	m->pdu.maxvb = SESSION_REPLY_VB;
	rc = pdu_decode(s->rbuf, rlen, m);
	if (rc == SNMP_E_NOSPACE) {
		/* decoding stopped there: no request asks as many */
		session_ignore(s, "reply holds more than %d varbinds",
		    SESSION_REPLY_VB);
		return XACT_IGNORE;
	}
	if (rc != SNMP_OK) {
		session_ignore(s, "malformed reply: %s", snmp_strerror(rc));
		return XACT_IGNORE;
	}
	/* protocol-notes.md, matching replies to requests. */
	if (m->version != s->o.version) {
		session_ignore(s, "reply with SNMP version %s",
		    m->version == SNMP_V1 ? "1" : "2c");
		return XACT_IGNORE;
	}
	if (m->community_len != s->o.community_len || (m->community_len > 0 &&
	    memcmp(m->community, s->o.community, m->community_len) != 0)) {
		session_ignore(s, "reply with another community");
		return XACT_IGNORE;
	}
	if (m->pdu.type != PDU_RESPONSE) {
		session_ignore(s, "PDU type 0x%02x is not a Response",
		    m->pdu.type);
		return XACT_IGNORE;
	}
	/* any try of this request: a late reply counts */
	for (*k = 0; *k < x->nids && x->ids[*k] != m->pdu.reqid; (*k)++)
		;
	if (*k == x->nids) {
		session_ignore(s, "request-id %d, expected %d", m->pdu.reqid,
		    x->reqid);
		return XACT_IGNORE;
	}
	x->reply = &m->pdu;
	return XACT_ANSWER;
}

static void
v2_causes(const struct session *s, const struct xact *x, char *buf,
    size_t cap)
{
	(void)s;
	(void)x;
	snprintf(buf, cap, "host down or unreachable, wrong community, or a "
	    "reply too large for the agent to send");
}

static const struct xact_ops v2_ops = { v2_build, v2_accept, v2_causes };

int
session_request(struct session *s, int type, const struct oid *oids,
    size_t n, struct snmp_msg *m)
{
	struct xact x;

	if (s->v3 != NULL)
		return session_v3_request(s, type, oids, n, m);
	memset(&x, 0, sizeof(x));
	x.type = type;
	x.oids = oids;
	x.n = n;
	x.reqid = snmp_random_id();
	x.arg = m;
	return session_transact(s, &v2_ops, &x);
}

static int	request(struct session *, int, const struct oid *,
		    const size_t *, size_t, struct varbind *);

/* The objects idx[0..n) asked in two requests, half of them each. */
static int
request_halves(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, struct varbind *out)
{
	size_t half = n / 2;
	int rc;

	if ((rc = request(s, type, oids, idx, half, out)) != SNMP_OK)
		return rc;
	return request(s, type, oids, idx + half, n - half, out);
}

/* The reply's values, kept beyond the receive buffer. */
static int
request_values(struct session *s, const size_t *idx, size_t n,
    struct varbind *out, const struct pdu *p)
{
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		out[idx[i]] = p->vb[i];
		if ((rc = session_keep(s, &out[idx[i]].val)) != SNMP_OK)
			return rc;
	}
	return SNMP_OK;
}

/*
 * Room for n elements of size: few (REQUEST_FEW of them, on the caller's
 * stack) when they fit, else the heap (NULL, with the error, if not).
 */
static void *
scratch(struct session *s, void *few, size_t n, size_t size)
{
	void *p;

	if (n <= REQUEST_FEW)
		return few;
	if ((p = malloc(n * size)) == NULL)
		session_seterr(s, "out of memory");
	return p;
}

/* protocol-notes.md: tooBig splits, down to one object at a time. */
static SNMP_NOINLINE int
request_toobig(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, struct varbind *out)
{
	char a[OID_TEXT_MAX];

	if (n == 1) {
		oid_format(&oids[idx[0]], a, sizeof(a));
		session_seterr(s, "The agent at %s cannot send %s: the value "
		    "is larger than its maximum message size (tooBig)",
		    net_text(&s->conn), a);
		return SNMP_E_AGENT;
	}
	session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
	    "tooBig: splitting %zu objects", n);
	return request_halves(s, type, oids, idx, n, out);
}

/*
 * RFC 1157 §4.1.2.3: a noSuchName for object k failed the whole request;
 * k is noSuchName, the rest is asked again.
 */
static SNMP_NOINLINE int
request_without(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, size_t k, struct varbind *out)
{
	size_t *rest, rest_few[REQUEST_FEW] = { 0 }, i, j;
	int rc;

	memset(&out[idx[k]], 0, sizeof(out[idx[k]]));
	out[idx[k]].oid = oids[idx[k]];
	out[idx[k]].val.type = VAL_NOSUCHNAME;
	if ((rest = scratch(s, rest_few, n, sizeof(*rest))) == NULL)
		return SNMP_E_NOMEM;
	for (i = j = 0; i < n; i++) {
		if (i != k)
			rest[j++] = idx[i];
	}
	rc = request(s, type, oids, rest, j, out);
	if (rest != rest_few)
		free(rest);
	return rc;
}

/* Any other error-status ends the run, naming the object it points at. */
static SNMP_NOINLINE int
request_failed(struct session *s, const struct oid *oids, const size_t *idx,
    size_t n, const struct pdu *p)
{
	const char *peer = net_text(&s->conn);
	char a[OID_TEXT_MAX];

	if (p->errindex >= 1 && (size_t)p->errindex <= n) {
		oid_format(&oids[idx[p->errindex - 1]], a, sizeof(a));
		session_seterr(s, "The agent at %s answered %s (error-status "
		    "%d) for %s", peer, pdu_errstat_name(p->errstat),
		    p->errstat, a);
	} else
		session_seterr(s, "The agent at %s answered %s (error-status "
		    "%d)", peer, pdu_errstat_name(p->errstat),
		    p->errstat);
	return SNMP_E_AGENT;
}

/*
 * The objects oids[idx[0..n)], not consecutive, sent from a copy: its own
 * frame, so that the copy's room is on the stack only when it is needed.
 */
static SNMP_NOINLINE int
request_scattered(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, struct snmp_msg *m)
{
	struct oid *copy, copy_few[REQUEST_FEW] = { { 0 } };
	size_t i;
	int rc;

	if ((copy = scratch(s, copy_few, n, sizeof(*copy))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < n; i++)
		copy[i] = oids[idx[i]];
	rc = session_request(s, type, copy, n, m);
	if (copy != copy_few)
		free(copy);
	return rc;
}

/*
 * The objects oids[idx[0..n)] into out[idx[...]]: one request per
 * SESSION_MAX_VB of them, then as the reply's error-status says.
 */
static int
request(struct session *s, int type, const struct oid *oids,
    const size_t *idx, size_t n, struct varbind *out)
{
	struct snmp_msg m;
	size_t i;
	int rc;

	memset(&m, 0, sizeof(m));
	m.pdu.vb = s->vb;
	m.pdu.maxvb = SESSION_REPLY_VB;
	if (n == 0)
		return SNMP_OK;
	if (n > SESSION_MAX_VB)
		return request_halves(s, type, oids, idx, n, out);
	/* consecutive objects (a first request's always are): no copy */
	for (i = 1; i < n && idx[i] == idx[0] + i; i++)
		;
	rc = i < n ? request_scattered(s, type, oids, idx, n, &m) :
	    session_request(s, type, oids + idx[0], n, &m);
	if (rc != SNMP_OK)
		return rc;
	/* check_reply() passed it, error-index included, in either path */
	switch (m.pdu.errstat) {
	case ERR_NOERROR:
		return request_values(s, idx, n, out, &m.pdu);
	case ERR_TOOBIG:
		return request_toobig(s, type, oids, idx, n, out);
	case ERR_NOSUCHNAME:
		return request_without(s, type, oids, idx, n,
		    (size_t)m.pdu.errindex - 1, out);
	default:
		return request_failed(s, oids, idx, n, &m.pdu);
	}
}

int
session_run(struct session *s, int type, const struct oid *oids, size_t n,
    struct varbind *out)
{
	size_t *idx, idx_few[REQUEST_FEW] = { 0 }, i;
	int rc;

	if (s->wf != NULL) {
		for (i = 0; i < n; i++) {
			if (type == PDU_GET) {
				out[i].oid = oids[i];
				rc = walkfile_get(s->wf, &oids[i], &out[i].val);
			} else
				rc = walkfile_getnext(s->wf, &oids[i], &out[i]);
			if (rc != SNMP_OK) {
				/* the record is in the file, but malformed */
				walkfile_why(s->wf, &out[i].oid, s->err,
				    sizeof(s->err));
				return rc;
			}
			if (s->o.version == SNMP_V1 &&
			    value_is_exception(&out[i].val))
				out[i].val.type = VAL_NOSUCHNAME;
		}
		return SNMP_OK;
	}
	if ((idx = scratch(s, idx_few, n, sizeof(*idx))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < n; i++)
		idx[i] = i;
	rc = request(s, type, oids, idx, n, out);
	if (idx != idx_few)
		free(idx);
	return rc;
}

int
session_get(struct session *s, const struct oid *oids, size_t n,
    struct varbind *out)
{
	return session_run(s, PDU_GET, oids, n, out);
}

int
session_getnext(struct session *s, const struct oid *oids, size_t n,
    struct varbind *out)
{
	return session_run(s, PDU_GETNEXT, oids, n, out);
}
