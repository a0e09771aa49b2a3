/* SPDX-License-Identifier: ISC */
/*
 * A v1/v2c agent for the integration tests that serves a walk file (the
 * plugins' own walkfile reader answers GET and GETNEXT, GETBULK is GETNEXT
 * repeated) and can lie about it the way broken devices do, one lie per
 * option:
 *
 *   -g K	rows vanish: a GET of a table cell whose last arc (the index)
 *		is above K answers noSuchInstance, while walks still list
 *		the row (the table changed between the walk and the GET)
 *   -s		sysUpTime.0 is answered as an OCTET STRING to GETs
 *   -n		GETs of ifDescr and ifName (IF-MIB) answer "renamed-INDEX":
 *		the rows were renumbered between the walk and the GET
 *
 * usage: walk_agent [-p PORT] [-g K] [-s] [-n] WALKFILE
 * Prints the bound port on stdout, then serves 127.0.0.1 until SIGTERM.
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
#include <unistd.h>

#include "ber.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "walkfile.h"

#define MAXVB		256	/* varbinds read from one request */
#define MAXREPLY	1024	/* varbinds in one reply */

static volatile sig_atomic_t stop;

static const uint32_t sys_uptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };
static const uint32_t if_entry[] = { 1, 3, 6, 1, 2, 1, 2, 2, 1 };
static const uint32_t ifx_entry[] = { 1, 3, 6, 1, 2, 1, 31, 1, 1, 1 };

struct lies {
	long	vanish;		/* -g K, -1 off */
	int	clock_string;	/* -s */
	int	rename;		/* -n */
};

static void
on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static void
usage(void)
{
	fprintf(stderr, "usage: walk_agent [-p PORT] [-g K] [-s] [-n] "
	    "WALKFILE\n");
	exit(2);
}

/* 1 if o is prefix[0..n) followed by exactly a column and an index. */
static int
cell_of(const struct oid *o, const uint32_t *prefix, size_t n)
{
	return o->len == n + 2 && memcmp(o->arcs, prefix, n * sizeof(*prefix))
	    == 0;
}

static int
is_oid(const struct oid *o, const uint32_t *arcs, size_t n)
{
	return o->len == n && memcmp(o->arcs, arcs, n * sizeof(*arcs)) == 0;
}

/* A GET's answer for o, lies included; text holds a made-up string. */
static void
get_value(const struct walkfile *wf, const struct lies *l,
    const struct oid *o, struct snmp_value *v, char *text, size_t cap)
{
	int table = cell_of(o, if_entry, 9) || cell_of(o, ifx_entry, 10);
	uint32_t col = o->len >= 2 ? o->arcs[o->len - 2] : 0;

	walkfile_get(wf, o, v);
	if (l->vanish >= 0 && table && o->arcs[o->len - 1] > l->vanish) {
		memset(v, 0, sizeof(*v));
		v->type = VAL_NOSUCHINSTANCE;
		return;
	}
	if (l->clock_string && is_oid(o, sys_uptime0, 9)) {
		memset(v, 0, sizeof(*v));
		v->type = VAL_OCTET_STRING;
		snprintf(text, cap, "up for a while");
		v->bytes = (const uint8_t *)text;
		v->len = strlen(text);
		return;
	}
	if (l->rename && !value_is_exception(v) &&
	    ((cell_of(o, if_entry, 9) && col == 2) ||
	    (cell_of(o, ifx_entry, 10) && col == 1))) {
		memset(v, 0, sizeof(*v));
		v->type = VAL_OCTET_STRING;
		snprintf(text, cap, "renamed-%lu",
		    (unsigned long)o->arcs[o->len - 1]);
		v->bytes = (const uint8_t *)text;
		v->len = strlen(text);
	}
}

static void
put_value(struct ber_writer *w, const struct snmp_value *v)
{
	/* Opaque floats keep their Opaque tag on the wire */
	uint8_t tag = v->type == VAL_FLOAT || v->type == VAL_DOUBLE ?
	    BER_OPAQUE : (uint8_t)v->type;

	ber_put_bytes(w, tag, v->bytes, v->len);
}

/* The reply to one request into buf; its length, or -1 to stay silent. */
static int
answer(const struct walkfile *wf, const struct lies *l, const uint8_t *in,
    size_t inlen, uint8_t *buf, size_t cap)
{
	static struct varbind req[MAXVB], rep;
	static char text[MAXREPLY][32];
	struct snmp_msg m;
	struct snmp_value v;
	struct ber_writer w;
	struct oid cur;
	uint8_t ob[OID_MAX_ARCS * 5];
	size_t i, k, nonrep, reps, n = 0;
	int len, errstat = 0, errindex = 0;

	memset(&m, 0, sizeof(m));
	m.pdu.vb = req;
	m.pdu.maxvb = MAXVB;
	if (pdu_decode(in, inlen, &m) != SNMP_OK)
		return -1;
	if (m.pdu.type != PDU_GET && m.pdu.type != PDU_GETNEXT &&
	    m.pdu.type != PDU_GETBULK)
		return -1;
	ber_writer_init(&w, buf, cap);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, m.version);
	ber_put_bytes(&w, BER_OCTET_STRING, m.community, m.community_len);
	ber_begin(&w, PDU_RESPONSE);
	ber_put_int(&w, BER_INTEGER, m.pdu.reqid);
	/* v1 noSuchName is decided before writing: look ahead */
	if (m.version == SNMP_V1) {
		for (i = 0; i < m.pdu.nvb && errstat == 0; i++) {
			if (m.pdu.type == PDU_GET)
				get_value(wf, l, &req[i].oid, &v, text[0],
				    sizeof(text[0]));
			else {
				walkfile_getnext(wf, &req[i].oid, &rep);
				v = rep.val;
			}
			if (value_is_exception(&v)) {
				errstat = 2;
				errindex = (int)i + 1;
			}
		}
	}
	ber_put_int(&w, BER_INTEGER, errstat);
	ber_put_int(&w, BER_INTEGER, errindex);
	ber_begin(&w, BER_SEQUENCE);
	nonrep = m.pdu.type == PDU_GETBULK ? (size_t)m.pdu.errstat : 0;
	reps = m.pdu.type == PDU_GETBULK ? (size_t)m.pdu.errindex : 1;
	if (nonrep > m.pdu.nvb)
		nonrep = m.pdu.nvb;
	/*
	 * RFC 3416 §4.2.3: the non-repeaters once, then repetition k of
	 * every repeater in turn; GET and GETNEXT are one "repetition".
	 */
	for (k = 0; k < reps && n < MAXREPLY; k++) {
		for (i = k == 0 ? 0 : nonrep; i < m.pdu.nvb && n < MAXREPLY;
		    i++) {
			cur = req[i].oid;
			if (errstat != 0) {
				memset(&v, 0, sizeof(v));
				v.type = BER_NULL;
			} else if (m.pdu.type == PDU_GET)
				get_value(wf, l, &cur, &v, text[n],
				    sizeof(text[n]));
			else {
				walkfile_getnext(wf, &cur, &rep);
				cur = rep.oid;
				v = rep.val;
				req[i].oid = cur;	/* the next repetition */
			}
			if ((len = oid_to_ber(&cur, ob, sizeof(ob))) < 0)
				return -1;
			ber_begin(&w, BER_SEQUENCE);
			ber_put_bytes(&w, BER_OID, ob, (size_t)len);
			put_value(&w, &v);
			ber_end(&w);
			n++;
		}
		if (nonrep >= m.pdu.nvb)
			break;
	}
	ber_end(&w);
	ber_end(&w);
	ber_end(&w);
	return ber_writer_result(&w);
}

int
main(int argc, char *argv[])
{
	static uint8_t in[65536], out[65536];
	struct lies l = { -1, 0, 0 };
	struct walkfile *wf;
	struct sockaddr_in sin, peer;
	struct sigaction sa;
	socklen_t plen;
	char err[512], *end;
	ssize_t got;
	long port = 0;
	int fd, c, len;

	while ((c = getopt(argc, argv, "p:g:sn")) != -1) {
		switch (c) {
		case 'p':
			port = strtol(optarg, &end, 10);
			if (*end != '\0' || port < 0 || port > 65535)
				usage();
			break;
		case 'g':
			l.vanish = strtol(optarg, &end, 10);
			if (*end != '\0' || l.vanish < 0)
				usage();
			break;
		case 's':
			l.clock_string = 1;
			break;
		case 'n':
			l.rename = 1;
			break;
		default:
			usage();
		}
	}
	if (optind != argc - 1)
		usage();
	if (walkfile_open(&wf, argv[optind], err, sizeof(err)) != SNMP_OK) {
		fprintf(stderr, "walk_agent: %s\n", err);
		return 1;
	}
	if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0) {
		perror("walk_agent: socket");
		return 1;
	}
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	plen = sizeof(sin);
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sin, &plen) < 0) {
		perror("walk_agent: bind");
		return 1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	printf("%u\n", (unsigned)ntohs(sin.sin_port));
	fflush(stdout);
	while (!stop) {
		plen = sizeof(peer);
		got = recvfrom(fd, in, sizeof(in), 0, (struct sockaddr *)&peer,
		    &plen);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			perror("walk_agent: recvfrom");
			break;
		}
		len = answer(wf, &l, in, (size_t)got, out, sizeof(out));
		if (len < 0) {
			fprintf(stderr, "walk_agent: ignored a datagram\n");
			continue;
		}
		(void)!sendto(fd, out, (size_t)len, 0,
		    (const struct sockaddr *)&peer, plen);
	}
	walkfile_close(wf);
	close(fd);
	return 0;
}
