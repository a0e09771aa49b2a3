/* SPDX-License-Identifier: ISC */
/*
 * A hostile SNMPv1/v2c agent for the integration tests.  It answers GET,
 * GETNEXT and GETBULK requests on a loopback UDP port with crafted replies,
 * one scenario per run (see usage()), so that the tests can check how the
 * plugins treat silence, strays, lies and malformed BER.  It parses its
 * input with the same bounded reader discipline as the plugins and ignores
 * whatever it cannot parse.  Self-contained: libc only.
 *
 * usage: hostile_agent [-6g] [-m N] [-p PORT] [-r TABLE-OID] SCENARIO
 * Prints the bound port on stdout, then serves until SIGTERM.  The wire
 * scenarios (see wires[]) craft one part of the reply each; -g and -m
 * apply to them only.
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
	size_t	seq[8];		/* where the first SEQUENCEs' contents start */
	size_t	nseq;
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

/*
 * Wire scenarios (protocol-notes.md, "Hostile inputs every decoder must
 * survive", the items a v1/v2c reply can carry): the reply to a GET with
 * one part replaced by the octets given in hex.  Tokens are separated by
 * spaces: "XX" one octet, "XX*N" N copies, "len" the true length of the
 * outer SEQUENCE's contents in two octets ("len+1": one more), "id" the
 * request-id in four octets; in W_HEAD, what follows '|' goes after the
 * message.  Every value is INTEGER 666 unless replaced, so a plugin that
 * took the datagram would show it.  With -g the correct reply (INTEGER
 * 42, or with -r the virtual table's page) follows every hostile
 * datagram; with -m N the first N-1 requests get only the correct reply.
 */
enum wpart {
	W_RAW,		/* the whole datagram */
	W_HEAD,		/* the outer SEQUENCE's tag and length | after it */
	W_TAIL,		/* octets after the message */
	W_VERSION,	/* the version TLV */
	W_COMMUNITY,	/* the community TLV */
	W_PDUTAG,	/* the PDU's tag octet */
	W_REQID,	/* the request-id TLV */
	W_ERRORS,	/* the error-status and error-index TLVs */
	W_COUNT,	/* hex is the decimal number of varbinds */
	W_VB,		/* every varbind */
	W_NAME,		/* every varbind's name */
	W_NAME1,	/* the first varbind's name */
	W_VALUE,	/* every varbind's value */
	W_SWAP,		/* the names in reverse order */
	W_CUT,		/* the correct reply cut at every offset, in turn */
	W_CUTFIX,	/* the same with the enclosing lengths fitted to the cut */
	W_FROMPORT,	/* sent from another port of 127.0.0.1 */
	W_FROMADDR,	/* sent from 127.0.0.2, the agent's port */
	W_LATE		/* try 1 answered only when try 2 arrives */
};

struct wire {
	const char	*name;
	int		 part;
	const char	*hex;
};

#define NEST10	"30 14 30 12 30 10 30 0e 30 0c 30 0a 30 08 30 06 30 04 " \
		"30 02 05 00"

static const struct wire wires[] = {
	/* 1: lengths */
	{ "len-indefinite", W_HEAD, "30 80 | 00 00" },
	{ "len-reserved", W_HEAD, "30 ff" },
	{ "len-5-octets", W_HEAD, "30 85 00 00 00 len" },
	{ "len-past-end", W_HEAD, "30 82 len+1" },
	{ "len-huge", W_HEAD, "30 88 7f ff ff ff ff ff ff ee" },
	{ "len-4g", W_HEAD, "30 84 ff ff ff ff" },
	{ "len-long-form", W_HEAD, "30 84 00 00 len" },
	{ "trailing-octet", W_TAIL, "00" },
	{ "value-len-indefinite", W_VALUE, "02 80 2a 00 00" },
	{ "value-len-reserved", W_VALUE, "02 ff 2a" },
	{ "value-len-5-octets", W_VALUE, "02 85 00 00 00 00 01 2a" },
	{ "value-len-past-end", W_VALUE, "02 02 2a" },
	{ "value-len-into-next", W_VALUE, "02 05 2a" },
	{ "value-len-huge", W_VALUE, "02 88 7f ff ff ff ff ff ff ee 2a" },
	{ "value-len-4g", W_VALUE, "02 84 ff ff ff ff 2a" },
	{ "value-len-long-form", W_VALUE, "02 82 00 02 02 9a" },
	{ "varbind-len-past-end", W_VB, "30 7f 06 08 2b 06 01 02 01 01 03 00 "
	    "02 01 2a" },
	/* 2: truncation */
	{ "cut-every", W_CUT, "" },
	{ "cut-every-fitted", W_CUTFIX, "" },
	{ "empty", W_RAW, "" },
	{ "one-octet", W_RAW, "30" },
	{ "empty-sequence", W_RAW, "30 00" },
	/* 3: contents of primitive types */
	{ "int-empty", W_VALUE, "02 00" },
	{ "null-content", W_VALUE, "05 01 00" },
	{ "int-9-octets", W_VALUE, "02 09 00 ff ff ff ff ff ff ff ff" },
	{ "int-8-octets", W_VALUE, "02 08 80 00 00 00 00 00 00 00" },
	{ "int-padded", W_VALUE, "02 04 00 00 02 9a" },
	{ "counter32-2^32", W_VALUE, "41 05 01 00 00 00 00" },
	{ "counter32-padded", W_VALUE, "41 05 00 ff ff ff ff" },
	{ "gauge32-no-zero", W_VALUE, "42 04 ff ff ff ff" },
	{ "timeticks-2^32", W_VALUE, "43 05 01 00 00 00 00" },
	{ "counter64-empty", W_VALUE, "46 00" },
	{ "counter64-10-octets", W_VALUE, "46 0a 00 00 ff ff ff ff ff ff ff ff" },
	{ "version-empty", W_VERSION, "02 00" },
	{ "reqid-empty", W_REQID, "02 00" },
	{ "errstat-empty", W_ERRORS, "02 00 02 01 00" },
	/* 4: object identifiers */
	{ "oid-first-2^32", W_NAME, "06 05 90 80 80 80 00" },
	{ "oid-arc-2^32", W_NAME, "06 0c 2b 06 01 02 01 01 03 90 80 80 80 00" },
	{ "oid-unterminated", W_NAME, "06 02 2b 81" },
	{ "oid-empty", W_NAME, "06 00" },
	{ "oid-129-arcs", W_NAME, "06 81 80 2b 01*127" },
	{ "oid-leading-80", W_NAME, "06 03 2b 80 01" },
	{ "value-oid-unterminated", W_VALUE, "06 02 2b 81" },
	/* 5: tags and nesting */
	{ "value-constructed-string", W_VALUE, "24 03 04 01 41" },
	{ "value-constructed-int", W_VALUE, "22 03 02 01 2a" },
	{ "value-high-tag", W_VALUE, "1f 81 00 01 2a" },
	{ "value-bare-float", W_VALUE, "9f 78 04 00 00 00 00" },
	{ "name-constructed", W_NAME, "26 0a 06 08 2b 06 01 02 01 01 03 00" },
	{ "name-as-string", W_NAME, "04 08 2b 06 01 02 01 01 03 00" },
	{ "pdu-primitive", W_PDUTAG, "82" },
	{ "message-primitive", W_HEAD, "10 82 len" },
	{ "value-nested-10", W_VALUE, NEST10 },
	{ "varbind-nested-10", W_VB, NEST10 },
	/* 6: varbind lists */
	{ "vb-none", W_COUNT, "0" },
	{ "vb-one", W_COUNT, "1" },
	{ "vb-three", W_COUNT, "3" },
	{ "vb-600", W_COUNT, "600" },
	{ "name-other", W_NAME1, "06 08 2b 06 01 02 01 01 04 00" },
	{ "names-swapped", W_SWAP, "" },
	/* 7: value types */
	{ "ip-3-octets", W_VALUE, "40 03 c0 00 02" },
	{ "ip-5-octets", W_VALUE, "40 05 c0 00 02 01 00" },
	{ "ip-empty", W_VALUE, "40 00" },
	{ "ip-good", W_VALUE, "40 04 c0 00 02 01" },
	{ "nosuchobject-content", W_VALUE, "80 01 00" },
	{ "endofmibview-content", W_VALUE, "82 02 00 00" },
	{ "endofmibview", W_VALUE, "82 00" },
	{ "nosuchobject", W_VALUE, "80 00" },
	{ "counter64-2^63", W_VALUE, "46 09 00 80 00 00 00 00 00 00 00" },
	{ "counter64-2^63-no-zero", W_VALUE, "46 08 80 00 00 00 00 00 00 00" },
	{ "counter64-9-octets", W_VALUE, "46 09 01 00 00 00 00 00 00 00 00" },
	/* 8: matching */
	{ "version-3", W_VERSION, "02 01 03" },
	{ "version-negative", W_VERSION, "02 01 ff" },
	{ "version-2^32+1", W_VERSION, "02 05 01 00 00 00 01" },
	{ "community-nul", W_COMMUNITY, "04 07 70 75 62 6c 69 63 00" },
	{ "community-case", W_COMMUNITY, "04 06 50 75 62 6c 69 63" },
	{ "pdu-report", W_PDUTAG, "a8" },
	{ "pdu-trap", W_PDUTAG, "a4" },
	{ "pdu-v2trap", W_PDUTAG, "a7" },
	{ "pdu-a9", W_PDUTAG, "a9" },
	{ "reqid-zero", W_REQID, "02 01 00" },
	{ "reqid-2^32", W_REQID, "02 05 01 id" },
	{ "reqid-padded", W_REQID, "02 05 00 id" },
	{ "from-port", W_FROMPORT, "" },
	{ "from-addr", W_FROMADDR, "" },
	{ "late-try", W_LATE, "" },
	/* 9: error-status and error-index */
	{ "errstat-99", W_ERRORS, "02 01 63 02 01 00" },
	{ "errstat-negative", W_ERRORS, "02 01 ff 02 01 00" },
	{ "errstat-2^31", W_ERRORS, "02 05 00 80 00 00 00 02 01 00" },
	{ "errindex-negative", W_ERRORS, "02 01 05 02 01 ff" },
	{ "nosuchname-index-0", W_ERRORS, "02 01 02 02 01 00" },
	{ "nosuchname-index-1", W_ERRORS, "02 01 02 02 01 01" },
	{ "nosuchname-index-200", W_ERRORS, "02 01 02 02 02 00 c8" },
	{ "generr-index-0", W_ERRORS, "02 01 05 02 01 00" },
	{ "generr-index-1", W_ERRORS, "02 01 05 02 01 01" },
	{ "generr-index-200", W_ERRORS, "02 01 05 02 02 00 c8" },
	{ "toobig-one", W_ERRORS, "02 01 01 02 01 00" },
	{ "noerror-index-5", W_ERRORS, "02 01 00 02 01 05" },
	/* 14: strings */
	{ "string-binary", W_VALUE, "04 06 61 00 62 ff 7c 0a" },
	{ NULL, 0, NULL }
};
static int		 then_good;	/* -g */
static unsigned		 wire_from = 1;	/* -m */
static int		 tablemode;	/* -r */

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

	fprintf(stderr, "usage: hostile_agent [-6g] [-m N] [-p PORT] "
	    "[-r TABLE-OID] SCENARIO\n"
	    "  -g  after each hostile datagram, the correct reply (wire)\n"
	    "  -m  hostile from the Nth request on (wire; default 1)\n"
	    "  -r  the virtual table's root (table, walk-*, and wire: the "
	    "correct reply)\n"
	    "scenarios:");
	for (i = 0; scenarios[i] != NULL; i++)
		fprintf(stderr, " %s", scenarios[i]);
	fprintf(stderr, "\nwire scenarios:");
	for (i = 0; wires[i].name != NULL; i++)
		fprintf(stderr, " %s", wires[i].name);
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
	if (o->nseq < sizeof(o->seq) / sizeof(o->seq[0]))
		o->seq[o->nseq++] = o->len;
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

	o->len = o->nseq = 0;
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
	o->len = o->nseq = 0;
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

/* "address:port" of a bound socket, for the log. */
static const char *
bound_name(int fd)
{
	static char buf[INET6_ADDRSTRLEN + 8];
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char ip[INET6_ADDRSTRLEN] = "?";

	if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0)
		inet_ntop(ss.ss_family, ss.ss_family == AF_INET6 ?
		    (void *)&((struct sockaddr_in6 *)&ss)->sin6_addr :
		    (void *)&((struct sockaddr_in *)&ss)->sin_addr, ip,
		    sizeof(ip));
	snprintf(buf, sizeof(buf), "%s:%d", ip, bound_port(fd));
	return buf;
}

/*
 * Octets from a wire scenario's text (see wires[]); stops at '|' or the
 * end, and sets *rest after the '|' or to NULL.
 */
static size_t
unhex(const char *s, uint8_t *b, size_t cap, size_t len, int32_t id,
    const char **rest)
{
	unsigned long v, rep, k;
	size_t n = 0;
	char *e;

	*rest = NULL;
	for (;;) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		if (*s == '|') {
			*rest = s + 1;
			break;
		}
		if (strncmp(s, "len", 3) == 0) {
			v = len;
			s += 3;
			if (*s == '+') {
				v += strtoul(s + 1, &e, 10);
				s = e;
			}
			if (n + 2 <= cap) {
				b[n++] = (uint8_t)(v >> 8);
				b[n++] = (uint8_t)v;
			}
			continue;
		}
		if (strncmp(s, "id", 2) == 0) {
			s += 2;
			for (k = 0; k < 4 && n < cap; k++)
				b[n++] = (uint8_t)((uint32_t)id >> (24 - 8 * k));
			continue;
		}
		v = strtoul(s, &e, 16);
		if (e == s)
			break;		/* not ours: the table is wrong */
		rep = *e == '*' ? strtoul(e + 1, &e, 10) : 1;
		for (k = 0; k < rep && n < cap; k++)
			b[n++] = (uint8_t)v;
		s = e;
	}
	return n;
}

/* If the scenario replaces this part, write its octets and return 1. */
static int
lie(struct out *o, const struct wire *w, int part, const struct req *r)
{
	uint8_t b[1024];
	const char *rest;

	if (w->part != part)
		return 0;
	put(o, b, unhex(w->hex, b, sizeof(b), 0, r->reqid, &rest));
	return 1;
}

/* The reply to a GET with the scenario's part replaced. */
static void
wire_reply(struct out *o, const struct req *r, const struct wire *w)
{
	static const uint8_t v666[] = { 0x02, 0x02, 0x02, 0x9a };
	uint8_t h[64], t[64];
	size_t msg, pdu, list, vb, i, k, n, hl, tl, nvb = r->n;
	const char *rest;

	o->len = o->nseq = 0;
	if (lie(o, w, W_RAW, r))
		return;
	if (w->part == W_COUNT)
		nvb = (size_t)strtoul(w->hex, NULL, 10);
	msg = open_seq(o, 0x30);
	if (!lie(o, w, W_VERSION, r))
		put_int(o, r->version);
	if (!lie(o, w, W_COMMUNITY, r))
		put_tlv(o, 0x04, r->comm, r->commlen);
	pdu = open_seq(o, 0xa2);
	if (w->part == W_PDUTAG)
		o->buf[pdu - 4] = (uint8_t)strtoul(w->hex, NULL, 16);
	if (!lie(o, w, W_REQID, r))
		put_int(o, r->reqid);
	if (!lie(o, w, W_ERRORS, r)) {
		put_int(o, 0);
		put_int(o, 0);
	}
	list = open_seq(o, 0x30);
	for (i = 0; i < nvb; i++) {
		if (lie(o, w, W_VB, r))
			continue;
		k = w->part == W_SWAP ? r->n - 1 - i % r->n : i % r->n;
		vb = open_seq(o, 0x30);
		if (!lie(o, w, W_NAME, r) && !(i == 0 && lie(o, w, W_NAME1, r)))
			put_tlv(o, 0x06, r->oid[k], r->oidlen[k]);
		if (!lie(o, w, W_VALUE, r))
			put(o, v666, sizeof(v666));
		close_seq(o, vb);
	}
	close_seq(o, list);
	close_seq(o, pdu);
	close_seq(o, msg);
	if (w->part == W_HEAD) {
		/* the contents stay, behind another tag and length */
		n = o->len - msg;
		hl = unhex(w->hex, h, sizeof(h), n, r->reqid, &rest);
		tl = rest != NULL ? unhex(rest, t, sizeof(t), n, r->reqid,
		    &rest) : 0;
		if (hl + n + tl > sizeof(o->buf))
			return;
		memmove(o->buf + hl, o->buf + msg, n);
		memcpy(o->buf, h, hl);
		memcpy(o->buf + hl + n, t, tl);
		o->len = hl + n + tl;
	}
	lie(o, w, W_TAIL, r);
}

/* The reply cut to k octets, the SEQUENCEs around the cut ending there. */
static void
cut(struct out *c, const struct out *o, size_t k, int fit)
{
	size_t i, s;

	memcpy(c->buf, o->buf, k);
	c->len = k;
	for (i = 0; fit && i < o->nseq; i++) {
		s = o->seq[i];
		if (s > k)
			continue;
		c->buf[s - 2] = (uint8_t)((k - s) >> 8);
		c->buf[s - 1] = (uint8_t)(k - s);
	}
}

static void
wire_serve(int fd, int other, const struct wire *w, const uint8_t *in,
    size_t inlen, const struct req *r, const struct sockaddr_storage *peer,
    socklen_t plen, unsigned count)
{
	static struct out o, c;
	static uint8_t first[65536];
	static size_t firstlen;
	struct req r1;
	size_t k;

	if (count >= wire_from) {
		switch (w->part) {
		case W_LATE:
			/* keep try 1; answer it when try 2 has come */
			if (count == wire_from) {
				memcpy(first, in, inlen);
				firstlen = inlen;
			} else if (count == wire_from + 1 &&
			    parse(first, firstlen, &r1) == 0) {
				good(&o, &r1, V_INT42);
				send_to(fd, &o, peer, plen);
			}
			return;
		case W_CUT:
		case W_CUTFIX:
			good(&o, r, V_INT42);
			for (k = 0; k < o.len; k++) {
				cut(&c, &o, k, w->part == W_CUTFIX);
				send_to(fd, &c, peer, plen);
			}
			fprintf(stderr, "hostile %s: sent %zu cuts\n", w->name,
			    o.len);
			break;
		case W_FROMPORT:
		case W_FROMADDR:
			/* the log proves it left; the test, that it was not taken */
			wire_reply(&o, r, w);
			if (sendto(other, o.buf, o.len, 0,
			    (const struct sockaddr *)peer, plen) < 0)
				perror("hostile_agent: sendto");
			else
				fprintf(stderr, "hostile %s: sent %zu octets "
				    "from %s\n", w->name, o.len,
				    bound_name(other));
			break;
		default:
			wire_reply(&o, r, w);
			send_to(fd, &o, peer, plen);
		}
		if (!then_good)
			return;
	}
	if (tablemode)
		walk_reply(&o, r, "table");
	else
		good(&o, r, V_INT42);
	send_to(fd, &o, peer, plen);
}

static void
serve(int fd, int other, const char *sc, const struct wire *w,
    const uint8_t *in, size_t inlen, const struct sockaddr_storage *peer,
    socklen_t plen, unsigned count)
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
	if (w != NULL) {
		wire_serve(fd, other, w, in, inlen, &r, peer, plen, count);
		return;
	}
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

/* A socket on ::1 or 127.0.0.1 (second: 127.0.0.2, loopback too). */
static int
bind_loopback(int family, int second, int port)
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
		sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK + (second ? 1 : 0));
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
	const struct wire *w = NULL;
	const char *sc;
	char *end;

	while ((c = getopt(argc, argv, "6gm:p:r:")) != -1) {
		switch (c) {
		case '6':
			family = AF_INET6;
			break;
		case 'g':
			then_good = 1;
			break;
		case 'm':
			wire_from = (unsigned)strtoul(optarg, NULL, 10);
			break;
		case 'p':
			port = (int)strtol(optarg, NULL, 10);
			break;
		case 'r':
			/* the virtual table's root, e.g. ifXEntry */
			tablemode = 1;
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
	if (scenarios[i] == NULL) {
		for (w = wires; w->name != NULL && strcmp(w->name, sc) != 0;
		    w++)
			;
		if (w->name == NULL)
			usage();
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	fd = bind_loopback(family, 0, port);
	if (w != NULL && w->part == W_FROMADDR) {
		if (family != AF_INET) {
			fprintf(stderr, "hostile_agent: from-addr is IPv4 "
			    "only\n");
			exit(2);
		}
		other = bind_loopback(family, 1, bound_port(fd));
	} else
		other = bind_loopback(family, 0, 0);
	printf("%d\n", bound_port(fd));
	fflush(stdout);
	while (!stop) {
		plen = sizeof(peer);
		n = recvfrom(fd, in, sizeof(in), 0, (struct sockaddr *)&peer,
		    &plen);
		if (n < 0)
			continue;
		serve(fd, other, sc, w, in, (size_t)n, &peer, plen, ++count);
	}
	return 0;
}
