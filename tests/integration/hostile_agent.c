/* SPDX-License-Identifier: ISC */
/*
 * A hostile SNMPv1/v2c agent for the integration tests.  It answers GET,
 * GETNEXT and GETBULK requests on a loopback UDP port with crafted replies,
 * one scenario per run (see usage()), so that the tests can check how the
 * plugins treat silence, strays, lies and malformed BER.  It parses its
 * input with the same bounded reader discipline as the plugins and ignores
 * whatever it cannot parse.  Self-contained: libc only.
 *
 * usage: hostile_agent [-6] [-p PORT] [-r TABLE-OID] SCENARIO
 * Prints the bound port on stdout, then serves until SIGTERM.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAXVB	64

struct req {
	int		version;
	uint8_t		comm[256];
	size_t		commlen;
	uint8_t		type;
	int32_t		reqid;
	long		nonrep;		/* GETBULK; error-status otherwise */
	long		maxrep;		/* GETBULK; error-index otherwise */
	const uint8_t	*oid[MAXVB];
	size_t		oidlen[MAXVB];
	size_t		n;
};

struct out {
	uint8_t	buf[65536 + 512];
	size_t	len;
};

static const char *scenarios[] = {
	"good", "silent", "otherport", "wrongid", "wrongcommunity",
	"wrongversion", "notresponse", "truncated", "malformed",
	"garbage-then-good", "duplicate", "late", "toobig", "nosuchname",
	"badindex", "extra-varbinds", "empty-varbinds", "exception-nonzero",
	"counter64-max", "negative", "evil-string", "bigvalue", "slow",
	"table", "table-toobig", "table-bigsilent", "walk-loop",
	"walk-endless", "walk-overfull", NULL
};

static volatile sig_atomic_t stop;

static void
on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static void
usage(void)
{
	int i;

	fprintf(stderr, "usage: hostile_agent [-6] [-p PORT] [-r TABLE-OID] "
	    "SCENARIO\n"
	    "scenarios:");
	for (i = 0; scenarios[i] != NULL; i++)
		fprintf(stderr, " %s", scenarios[i]);
	fprintf(stderr, "\n");
	exit(2);
}

static void
nap(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR && !stop)
		;
}

/* Bounded TLV read: returns 0 and the contents, or -1. */
static int
tlv(const uint8_t **p, const uint8_t *end, uint8_t *tag, const uint8_t **val,
    size_t *len)
{
	const uint8_t *q = *p;
	size_t l, n, i;

	if (end - q < 2)
		return -1;
	*tag = q[0];
	if (q[1] < 0x80) {
		l = q[1];
		q += 2;
	} else {
		n = q[1] & 0x7f;
		if (n == 0 || n > 3 || (size_t)(end - q) < 2 + n)
			return -1;
		for (l = 0, i = 0; i < n; i++)
			l = l << 8 | q[2 + i];
		q += 2 + n;
	}
	if (l > (size_t)(end - q))
		return -1;
	*val = q;
	*len = l;
	*p = q + l;
	return 0;
}

static int
getint(const uint8_t **p, const uint8_t *end, long *v)
{
	const uint8_t *val;
	uint8_t tag;
	size_t len, i;
	long x;

	if (tlv(p, end, &tag, &val, &len) < 0 || tag != 0x02 || len == 0 ||
	    len > 4)
		return -1;
	x = (val[0] & 0x80) ? -1 : 0;
	for (i = 0; i < len; i++)
		x = (long)((unsigned long)x << 8 | val[i]);
	*v = x;
	return 0;
}

static int
parse(const uint8_t *buf, size_t len, struct req *r)
{
	const uint8_t *p = buf, *end = buf + len, *msg, *pdu, *val, *vbl, *vb;
	const uint8_t *mend, *pend, *lend, *vend;
	uint8_t tag;
	size_t l;
	long v;

	if (tlv(&p, end, &tag, &msg, &l) < 0 || tag != 0x30)
		return -1;
	mend = msg + l;
	if (getint(&msg, mend, &v) < 0 || (v != 0 && v != 1))
		return -1;
	r->version = (int)v;
	if (tlv(&msg, mend, &tag, &val, &l) < 0 || tag != 0x04 ||
	    l > sizeof(r->comm))
		return -1;
	memcpy(r->comm, val, l);
	r->commlen = l;
	if (tlv(&msg, mend, &tag, &pdu, &l) < 0 ||
	    (tag != 0xa0 && tag != 0xa1 && tag != 0xa5))
		return -1;
	r->type = tag;
	pend = pdu + l;
	if (getint(&pdu, pend, &v) < 0)
		return -1;
	r->reqid = (int32_t)v;
	if (getint(&pdu, pend, &r->nonrep) < 0 ||
	    getint(&pdu, pend, &r->maxrep) < 0)
		return -1;
	if (tlv(&pdu, pend, &tag, &vbl, &l) < 0 || tag != 0x30)
		return -1;
	lend = vbl + l;
	for (r->n = 0; vbl < lend && r->n < MAXVB; r->n++) {
		if (tlv(&vbl, lend, &tag, &vb, &l) < 0 || tag != 0x30)
			return -1;
		vend = vb + l;
		if (tlv(&vb, vend, &tag, &val, &l) < 0 || tag != 0x06)
			return -1;
		r->oid[r->n] = val;
		r->oidlen[r->n] = l;
	}
	return 0;
}

/* Writer with back-patched lengths (always 3-octet long form for SEQs). */
static void
put(struct out *o, const void *p, size_t n)
{
	if (n > sizeof(o->buf) - o->len)
		n = sizeof(o->buf) - o->len;
	if (n == 0)
		return;		/* memcpy() from NULL is undefined even for 0 */
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

static size_t
open_seq(struct out *o, uint8_t tag)
{
	uint8_t h[4] = { tag, 0x82, 0, 0 };

	put(o, h, 4);
	return o->len;
}

static void
close_seq(struct out *o, size_t start)
{
	size_t l = o->len - start;

	o->buf[start - 2] = (uint8_t)(l >> 8);
	o->buf[start - 1] = (uint8_t)l;
}

static void
put_tlv(struct out *o, uint8_t tag, const void *val, size_t len)
{
	uint8_t h[4];

	h[0] = tag;
	if (len < 0x80) {
		h[1] = (uint8_t)len;
		put(o, h, 2);
	} else {
		h[1] = 0x82;
		h[2] = (uint8_t)(len >> 8);
		h[3] = (uint8_t)len;
		put(o, h, 4);
	}
	put(o, val, len);
}

static void
put_int(struct out *o, long v)
{
	uint8_t b[4];

	b[0] = (uint8_t)(v >> 24);
	b[1] = (uint8_t)(v >> 16);
	b[2] = (uint8_t)(v >> 8);
	b[3] = (uint8_t)v;
	put_tlv(o, 0x02, b, 4);
}

enum valkind {
	V_INT42, V_NULL, V_NONZERO_EXC, V_C64MAX, V_NEG, V_EVIL, V_BIG
};

static void
reply(struct out *o, const struct req *r, int version, const uint8_t *comm,
    size_t commlen, uint8_t type, int32_t reqid, int errstat, int errindex,
    size_t nvb, int kind)
{
	static uint8_t big[60000];
	static const uint8_t c64[] = { 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	    0xff, 0xff };
	static const char evil[] = "ok|x=1\nSNMP OK - forged";
	size_t msg, pdu, list, vb, i;
	uint8_t b;

	o->len = 0;
	msg = open_seq(o, 0x30);
	put_int(o, version);
	put_tlv(o, 0x04, comm, commlen);
	pdu = open_seq(o, type);
	put_int(o, reqid);
	put_int(o, errstat);
	put_int(o, errindex);
	list = open_seq(o, 0x30);
	for (i = 0; i < nvb; i++) {
		vb = open_seq(o, 0x30);
		put_tlv(o, 0x06, r->oid[i % r->n], r->oidlen[i % r->n]);
		switch (kind) {
		case V_INT42:
			b = 42;
			put_tlv(o, 0x02, &b, 1);
			break;
		case V_NULL:
			put_tlv(o, 0x05, NULL, 0);
			break;
		case V_NONZERO_EXC:
			b = 0;
			put_tlv(o, 0x81, &b, 1);
			break;
		case V_C64MAX:
			put_tlv(o, 0x46, c64, sizeof(c64));
			break;
		case V_NEG:
			b = 0xfb;
			put_tlv(o, 0x02, &b, 1);
			break;
		case V_EVIL:
			put_tlv(o, 0x04, evil, sizeof(evil) - 1);
			break;
		case V_BIG:
			memset(big, 'A', sizeof(big));
			put_tlv(o, 0x04, big, sizeof(big));
			break;
		}
		close_seq(o, vb);
	}
	close_seq(o, list);
	close_seq(o, pdu);
	close_seq(o, msg);
}

static void
good(struct out *o, const struct req *r, int kind)
{
	reply(o, r, r->version, r->comm, r->commlen, 0xa2, r->reqid, 0, 0,
	    r->n, kind);
}

static void
send_to(int fd, const struct out *o, const struct sockaddr_storage *peer,
    socklen_t plen)
{
	(void)!sendto(fd, o->buf, o->len, 0, (const struct sockaddr *)peer,
	    plen);
}

/*
 * Walk scenarios: a virtual table under TABLE (= 1.3.6.1.4.1.99999.1),
 * columns 1..TCOLS, rows 1..TROWS, each cell INTEGER column * 1000 + row.
 * GETNEXT and GETBULK answer as an agent holding it would (the next
 * column after a column's last row, endOfMibView or v1 noSuchName after
 * the last cell); the scenarios then lie in one way each.
 */
#define TCOLS	5
#define TROWS	30
static uint32_t table[16] = { 1, 3, 6, 1, 4, 1, 99999, 1 };
static size_t TLEN = 8;		/* -r ROOT replaces the table's OID */

static size_t
oid_decode(const uint8_t *b, size_t len, uint32_t *arcs, size_t max)
{
	size_t n = 0, i;
	uint32_t v = 0;

	if (len == 0)
		return 0;
	arcs[n++] = b[0] / 40;
	arcs[n++] = b[0] % 40;
	for (i = 1; i < len && n < max; i++) {
		v = v << 7 | (b[i] & 0x7f);
		if (!(b[i] & 0x80)) {
			arcs[n++] = v;
			v = 0;
		}
	}
	return n;
}

static size_t
oid_encode(const uint32_t *arcs, size_t n, uint8_t *b)
{
	size_t len = 0, i;
	uint8_t tmp[5];
	int k;
	uint32_t v;

	b[len++] = (uint8_t)(arcs[0] * 40 + arcs[1]);
	for (i = 2; i < n; i++) {
		v = arcs[i];
		k = 0;
		do {
			tmp[k++] = (uint8_t)(v & 0x7f);
			v >>= 7;
		} while (v != 0);
		while (k > 0) {
			k--;
			b[len++] = (uint8_t)(tmp[k] | (k > 0 ? 0x80 : 0));
		}
	}
	return len;
}

/*
 * The object after arcs[0..n) in the table: sets the column and row, or returns
 * -1 at the end of the MIB view.  Endless: rows never end.
 */
static int
table_next(const uint32_t *a, size_t n, int endless, uint32_t *col,
    uint32_t *row)
{
	size_t i;
	int c;

	for (i = 0; i < TLEN && i < n; i++) {
		if (a[i] != table[i])
			break;
	}
	if (i < TLEN) {
		/* before the table, or after it */
		c = i < n && a[i] > table[i] ? 1 : -1;
		if (c > 0)
			return -1;
		*col = 1;
		*row = 1;
		return 0;
	}
	if (n == TLEN || a[TLEN] == 0) {
		*col = 1;
		*row = 1;
		return 0;
	}
	*col = a[TLEN];
	*row = n > TLEN + 1 ? a[TLEN + 1] + 1 : 1;
	if (*col > TCOLS)
		return -1;
	if (*row > TROWS && !endless) {
		if (*col == TCOLS)
			return -1;
		(*col)++;
		*row = 1;
	}
	return 0;
}

static void
walk_reply(struct out *o, const struct req *r, const char *sc)
{
	uint32_t arcs[140], col, row;
	uint8_t ob[600];
	size_t msg, pdu, list, vb, i, k, n, reps, olen;
	int endless = strcmp(sc, "walk-endless") == 0, end;
	long val;
	uint8_t b[4];

	reps = r->type == 0xa5 ? (size_t)(r->maxrep > 0 ? r->maxrep : 1) : 1;
	if (reps > 500)
		reps = 500;
	if (strcmp(sc, "table-toobig") == 0 && r->type == 0xa5 &&
	    reps * r->n > 20) {
		reply(o, r, r->version, r->comm, r->commlen, 0xa2, r->reqid, 1,
		    0, 0, V_INT42);
		return;
	}
	if (strcmp(sc, "walk-overfull") == 0)
		reps++;
	o->len = 0;
	msg = open_seq(o, 0x30);
	put_int(o, r->version);
	put_tlv(o, 0x04, r->comm, r->commlen);
	pdu = open_seq(o, 0xa2);
	put_int(o, r->reqid);
	put_int(o, 0);
	put_int(o, 0);
	list = open_seq(o, 0x30);
	for (k = 0; k < reps; k++) {
		for (i = 0; i < r->n; i++) {
			/* repetition k of column i: k steps past the request */
			n = oid_decode(r->oid[i], r->oidlen[i], arcs, 130);
			end = 0;
			for (row = 0; row <= k && !end; row++) {
				if (table_next(arcs, n, endless, &col,
				    &arcs[TLEN + 1]) < 0) {
					end = 1;
					break;
				}
				memcpy(arcs, table, TLEN * sizeof(table[0]));
				arcs[TLEN] = col;
				n = TLEN + 2;
				/* the loop: row 10 is followed by row 5 */
				if (strcmp(sc, "walk-loop") == 0 &&
				    arcs[TLEN + 1] == 11)
					arcs[TLEN + 1] = 5;
			}
			vb = open_seq(o, 0x30);
			if (end) {
				olen = oid_encode(arcs, n > 1 ? n : 2, ob);
				put_tlv(o, 0x06, ob, olen);
				if (r->version == 0) {
					/* v1: noSuchName for the request */
					o->len = 0;
					reply(o, r, r->version, r->comm,
					    r->commlen, 0xa2, r->reqid, 2,
					    (int)i + 1, r->n, V_NULL);
					return;
				}
				put_tlv(o, 0x82, NULL, 0);
			} else {
				olen = oid_encode(arcs, n, ob);
				put_tlv(o, 0x06, ob, olen);
				val = (long)arcs[TLEN] * 1000 +
				    (long)arcs[TLEN + 1];
				b[0] = (uint8_t)(val >> 24);
				b[1] = (uint8_t)(val >> 16);
				b[2] = (uint8_t)(val >> 8);
				b[3] = (uint8_t)val;
				put_tlv(o, 0x02, b, 4);
			}
			close_seq(o, vb);
		}
	}
	close_seq(o, list);
	close_seq(o, pdu);
	close_seq(o, msg);
}

static void
serve(int fd, int other, const char *sc, const uint8_t *in, size_t inlen,
    const struct sockaddr_storage *peer, socklen_t plen, unsigned count)
{
	static struct out o;
	struct req r;
	size_t i, k;

	if (parse(in, inlen, &r) < 0 || r.n == 0) {
		fprintf(stderr, "hostile: ignored an unparsable datagram\n");
		return;
	}
	fprintf(stderr, "hostile %s: request %u, id %d, %zu varbinds\n", sc,
	    count, r.reqid, r.n);
	if (strcmp(sc, "silent") == 0)
		return;
	if (strncmp(sc, "table", 5) == 0 || strncmp(sc, "walk-", 5) == 0) {
		if (strcmp(sc, "table-bigsilent") == 0 && r.type == 0xa5 &&
		    r.maxrep > 6)
			return;
		walk_reply(&o, &r, sc);
		send_to(fd, &o, peer, plen);
		return;
	}
	if (strcmp(sc, "otherport") == 0) {
		good(&o, &r, V_INT42);
		send_to(other, &o, peer, plen);
	} else if (strcmp(sc, "wrongid") == 0) {
		reply(&o, &r, r.version, r.comm, r.commlen, 0xa2, r.reqid + 1,
		    0, 0, r.n, V_INT42);
		send_to(fd, &o, peer, plen);
		nap(50);
		good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "wrongcommunity") == 0) {
		reply(&o, &r, r.version, (const uint8_t *)"wrong", 5, 0xa2,
		    r.reqid, 0, 0, r.n, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "wrongversion") == 0) {
		reply(&o, &r, !r.version, r.comm, r.commlen, 0xa2, r.reqid, 0,
		    0, r.n, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "notresponse") == 0) {
		reply(&o, &r, r.version, r.comm, r.commlen, 0xa0, r.reqid, 0,
		    0, r.n, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "truncated") == 0) {
		good(&o, &r, V_INT42);
		o.len /= 2;
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "malformed") == 0) {
		good(&o, &r, V_INT42);
		o.buf[3] += 10;		/* outer length claims more */
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "garbage-then-good") == 0) {
		(void)!sendto(fd, "\x30", 1, 0, (const struct sockaddr *)peer,
		    plen);
		good(&o, &r, V_INT42);
		o.buf[1] = 0x80;	/* indefinite length */
		send_to(fd, &o, peer, plen);
		nap(50);
		good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "duplicate") == 0) {
		good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "late") == 0) {
		if (count == 1)
			return;
		good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "toobig") == 0) {
		if (r.n > 1)
			reply(&o, &r, r.version, r.comm, r.commlen, 0xa2,
			    r.reqid, 1, 0, 0, V_INT42);
		else
			good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "nosuchname") == 0) {
		/* the first OID whose last subidentifier octet is 99 */
		for (k = 0, i = 0; i < r.n && k == 0; i++) {
			if (r.oid[i][r.oidlen[i] - 1] == 99)
				k = i + 1;
		}
		if (k > 0)
			reply(&o, &r, r.version, r.comm, r.commlen, 0xa2,
			    r.reqid, 2, (int)k, r.n, V_NULL);
		else
			good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "badindex") == 0) {
		reply(&o, &r, r.version, r.comm, r.commlen, 0xa2, r.reqid, 2,
		    200, r.n, V_NULL);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "extra-varbinds") == 0) {
		reply(&o, &r, r.version, r.comm, r.commlen, 0xa2, r.reqid, 0,
		    0, r.n + 1, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "empty-varbinds") == 0) {
		reply(&o, &r, r.version, r.comm, r.commlen, 0xa2, r.reqid, 0,
		    0, 0, V_INT42);
		send_to(fd, &o, peer, plen);
	} else if (strcmp(sc, "slow") == 0) {
		nap(700);
		good(&o, &r, V_INT42);
		send_to(fd, &o, peer, plen);
	} else {
		good(&o, &r, strcmp(sc, "exception-nonzero") == 0 ?
		    V_NONZERO_EXC : strcmp(sc, "counter64-max") == 0 ? V_C64MAX :
		    strcmp(sc, "negative") == 0 ? V_NEG :
		    strcmp(sc, "evil-string") == 0 ? V_EVIL :
		    strcmp(sc, "bigvalue") == 0 ? V_BIG : V_INT42);
		send_to(fd, &o, peer, plen);
	}
}

static int
bind_loopback(int family, int port)
{
	struct sockaddr_storage ss;
	struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
	socklen_t len;
	int fd;

	memset(&ss, 0, sizeof(ss));
	if (family == AF_INET6) {
		sin6->sin6_family = AF_INET6;
		sin6->sin6_addr = in6addr_loopback;
		sin6->sin6_port = htons((uint16_t)port);
		len = sizeof(*sin6);
	} else {
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		sin->sin_port = htons((uint16_t)port);
		len = sizeof(*sin);
	}
	if ((fd = socket(family, SOCK_DGRAM, 0)) < 0 ||
	    bind(fd, (struct sockaddr *)&ss, len) < 0) {
		perror("hostile_agent: bind");
		exit(1);
	}
	return fd;
}

static int
bound_port(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	getsockname(fd, (struct sockaddr *)&ss, &len);
	return ntohs(ss.ss_family == AF_INET6 ?
	    ((struct sockaddr_in6 *)&ss)->sin6_port :
	    ((struct sockaddr_in *)&ss)->sin_port);
}

int
main(int argc, char *argv[])
{
	static uint8_t in[65536];
	struct sockaddr_storage peer;
	struct sigaction sa;
	socklen_t plen;
	ssize_t n;
	unsigned count = 0;
	int c, family = AF_INET, port = 0, fd, other, i;
	const char *sc;
	char *end;

	while ((c = getopt(argc, argv, "6p:r:")) != -1) {
		switch (c) {
		case '6':
			family = AF_INET6;
			break;
		case 'p':
			port = (int)strtol(optarg, NULL, 10);
			break;
		case 'r':
			/* the virtual table's root, e.g. ifXEntry */
			for (TLEN = 0; *optarg != '\0' && TLEN < 12; TLEN++) {
				table[TLEN] = (uint32_t)strtoul(optarg, &end,
				    10);
				optarg = *end == '.' ? end + 1 : end;
			}
			break;
		default:
			usage();
		}
	}
	if (optind + 1 != argc)
		usage();
	sc = argv[optind];
	for (i = 0; scenarios[i] != NULL && strcmp(scenarios[i], sc) != 0; i++)
		;
	if (scenarios[i] == NULL)
		usage();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	fd = bind_loopback(family, port);
	other = bind_loopback(family, 0);
	printf("%d\n", bound_port(fd));
	fflush(stdout);
	while (!stop) {
		plen = sizeof(peer);
		n = recvfrom(fd, in, sizeof(in), 0, (struct sockaddr *)&peer,
		    &plen);
		if (n < 0)
			continue;
		serve(fd, other, sc, in, (size_t)n, &peer, plen, ++count);
	}
	return 0;
}
