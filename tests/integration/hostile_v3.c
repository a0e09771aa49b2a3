/* SPDX-License-Identifier: ISC */
/*
 * A hostile SNMPv3 agent for the integration tests.  It is an
 * authoritative engine (RFC 3414 §3.2, §4) with a fixed engineID, boots 7
 * (-b: another, as after a restart) and a clock that starts at 1000 s, and
 * one USM user: it answers engine discovery with a Report usmStatsUnknownEngineIDs, a request outside its
 * time window with an authenticated Report usmStatsNotInTimeWindows, and a
 * GET (any PDU) with INTEGER 42 for every object asked.  It reads requests
 * with the plugins' own pdu_decode_v3() and USM, and builds its replies
 * field by field with their BER writer (pdu_encode_v3() cannot spoil a
 * header) and secures them with their USM: genuine first, then spoiled in
 * exactly one way per scenario (see usage()), so that the tests can check
 * on the wire how the plugins treat each hostile input of protocol-notes.md
 * that applies to SNMPv3.  With -g the genuine
 * reply follows the spoiled one 50 ms later: the spoiled datagram must be
 * ignored and leave nothing behind, and the genuine answer accepted.
 * Spoiled Responses carry 666, so that taking one for an answer shows.
 *
 * usage: hostile_v3 [-g] [-b BOOTS] [-p PORT] [-u USER]
 *                   [-a AUTH -A PASSWORD]
 *                   [-x PRIV -X PASSWORD] SCENARIO
 * The user is u_sha256_aes, SHA-256 and AES with the password maplesyrup
 * unless the options say otherwise; -a none makes a noAuthNoPriv user, no
 * -x an authNoPriv one.  Prints the bound port on stdout, then serves on
 * 127.0.0.1 until SIGTERM, logging each datagram on stderr.
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

#include "ber.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "usm.h"

#define BOOTS		7
#define TIME_BASE	1000
#define MAXREQVB	16
#define MSGMAX		16384

/* An RFC 3411 §5 text-format engineID, and the one after a "reinstall". */
static const uint8_t engine_a[] = {
	0x80, 0x00, 0x1f, 0x88, 0x04, 'h', 'o', 's', 't', 'i', 'l', 'e',
	'-', 'v', '3'
};
static const uint8_t engine_b[] = {
	0x80, 0x00, 0x1f, 0x88, 0x04, 'h', 'o', 's', 't', 'i', 'l', 'e',
	'-', 'v', '3', '-', 'b'
};

/* Report OIDs (RFC 3414 §5 usmStats, RFC 3411 snmpUnknownContexts). */
static const char r_seclevel[] = "1.3.6.1.6.3.15.1.1.1.0";
static const char r_notintime[] = "1.3.6.1.6.3.15.1.1.2.0";
static const char r_unknownuser[] = "1.3.6.1.6.3.15.1.1.3.0";
static const char r_unknownengine[] = "1.3.6.1.6.3.15.1.1.4.0";
static const char r_wrongdigest[] = "1.3.6.1.6.3.15.1.1.5.0";
static const char r_decrypt[] = "1.3.6.1.6.3.15.1.1.6.0";
static const char r_context[] = "1.3.6.1.6.3.12.1.5.0";
static const char r_private[] = "1.3.6.1.4.1.99999.1.0";

/* What the agent is answering. */
enum phase {
	P_DISC,		/* engine discovery: Report unknownEngineIDs */
	P_SYNC,		/* authentic, outside the window: Report notInTimeWindows */
	P_GET,		/* in time, genuine: Response */
	P_ANY		/* (scenarios) every phase */
};

enum scenario {
	S_GOOD, S_DISC_SILENT, S_DISC_GARBAGE, S_DISC_RESPONSE,
	S_DISC_REPORT_USER, S_DISC_EMPTY_ENGINE, S_DISC_ENGINE_33,
	S_SYNC_UNAUTH, S_SYNC_BOOTS_MAX, S_SYNC_ENGINE, S_SYNC_TWICE,
	S_SILENT, S_OTHERPORT, S_OTHERADDR, S_DUPLICATE, S_LATE, S_WRONG_MSGID,
	S_WRONG_REQID, S_WRONG_PDU, S_WRONG_VERSION, S_MAXSIZE_SMALL,
	S_MSGID_RANGE, S_SECMODEL, S_FLAGS_LEN0, S_FLAGS_LEN2, S_PRIV_NOAUTH,
	S_ENGINE_33, S_USER_33, S_BOOTS_RANGE, S_TIME_RANGE, S_BOOTS_MAX,
	S_BOOTS_OLD, S_TIME_OLD, S_AUTH_LEN0, S_AUTH_LEN1, S_AUTH_LEN_WRONG,
	S_MAC_FLIP, S_SPOOF, S_PRIV_LEN0, S_PRIV_LEN7, S_PRIV_LEN9, S_DES_CUT,
	S_WRONG_KEY, S_GARBAGE_PLAIN, S_TRUNC_SCOPED, S_PLAINTEXT,
	S_NOAUTH_REPLY, S_PRIV_REPLY, S_ECHO_USER, S_ECHO_ENGINE,
	S_ECHO_CONTEXT, S_ECHO_CTXENGINE, S_REPORT_EMPTY, S_REPORT_PRIVATE,
	S_REPORT_UNKNOWNUSER, S_REPORT_WRONGDIGEST, S_REPORT_DECRYPT,
	S_REPORT_SECLEVEL, S_REPORT_CONTEXT, S_REPORT_UNKNOWNENGINE,
	S_REPORT_UNAUTH_TIME, S_ENGINE_CHANGE, S_TRUNCATED, S_EMPTY,
	S_ONE_BYTE, S_BER_INDEF, S_BER_RESERVED, S_BER_LONGLEN,
	S_BER_PASTEND, S_BER_HUGE, S_INT_EMPTY, S_NULL_CONTENT, S_INT_WIDE,
	S_OID_OVERFLOW, S_OID_UNTERMINATED, S_OID_EMPTY, S_OID_129,
	S_BER_CONSTRUCTED, S_BER_HIGHTAG, S_BER_DEEP, S_VB_ZERO, S_VB_EXTRA, S_VB_MANY,
	S_VB_OTHERNAME, S_IPADDR_5, S_EXC_NONZERO, S_COUNTER64_MAX,
	S_ERRSTAT_RANGE, S_ERRINDEX_RANGE, S_ERRINDEX_ZERO, S_EVIL_STRING,
	S_COUNT
};

static const struct {
	const char	*name;
	int		 phase;
	const char	*what;
} scenarios[S_COUNT] = {
	{ "good", P_ANY, "genuine replies only" },
	{ "disc-silent", P_DISC, "discovery never answered" },
	{ "disc-garbage", P_DISC, "discovery answered by noise" },
	{ "disc-response", P_DISC, "discovery answered by a Response" },
	{ "disc-report-user", P_DISC, "discovery answered by Report "
	    "usmStatsUnknownUserNames" },
	{ "disc-empty-engine", P_DISC, "discovery Report with an empty "
	    "engineID" },
	{ "disc-engine-33", P_DISC, "discovery Report with a 33-octet "
	    "engineID" },
	{ "sync-unauth", P_SYNC, "notInTimeWindows Report unauthenticated, "
	    "boots 99999" },
	{ "sync-boots-max", P_SYNC, "notInTimeWindows Report with boots "
	    "2^31-1" },
	{ "sync-engine", P_SYNC, "notInTimeWindows Report from another "
	    "engine" },
	{ "sync-twice", P_GET, "notInTimeWindows even in time" },
	{ "silent", P_GET, "GET never answered" },
	{ "otherport", P_GET, "Response from another port" },
	{ "otheraddr", P_GET, "Response from 127.0.0.2" },
	{ "duplicate", P_ANY, "every reply twice" },
	{ "late", P_GET, "first GET answered only after the second "
	    "arrived" },
	{ "wrong-msgid", P_GET, "msgID + 1" },
	{ "wrong-reqid", P_GET, "request-id + 1" },
	{ "wrong-pdu", P_GET, "GetRequest PDU tag in the reply" },
	{ "wrong-version", P_GET, "msgVersion 1" },
	{ "maxsize-small", P_GET, "msgMaxSize 483" },
	{ "msgid-range", P_GET, "msgID 2^31" },
	{ "secmodel", P_GET, "msgSecurityModel 2" },
	{ "flags-len0", P_GET, "msgFlags of 0 octets" },
	{ "flags-len2", P_GET, "msgFlags of 2 octets" },
	{ "priv-noauth", P_GET, "msgFlags priv without auth" },
	{ "engine-33", P_GET, "engineID of 33 octets" },
	{ "user-33", P_GET, "userName of 33 octets" },
	{ "boots-range", P_GET, "boots 2^31" },
	{ "time-range", P_GET, "time -1" },
	{ "boots-max", P_GET, "boots 2^31-1, MAC genuine" },
	{ "boots-old", P_GET, "boots - 1, MAC genuine" },
	{ "time-old", P_GET, "time 200 s behind, MAC genuine" },
	{ "auth-len0", P_GET, "authParameters of 0 octets" },
	{ "auth-len1", P_GET, "authParameters of 1 octet" },
	{ "auth-len-wrong", P_GET, "authParameters of another protocol's "
	    "length" },
	{ "mac-flip", P_GET, "one MAC bit flipped" },
	{ "spoof", P_GET, "forged MAC, boots + 1000, time + 100000" },
	{ "priv-len0", P_GET, "privParameters of 0 octets" },
	{ "priv-len7", P_GET, "privParameters of 7 octets" },
	{ "priv-len9", P_GET, "privParameters of 9 octets" },
	{ "des-cut", P_GET, "ciphertext 3 octets short (DES)" },
	{ "wrong-key", P_GET, "encrypted with another key" },
	{ "garbage-plain", P_GET, "noise encrypted with the right key" },
	{ "trunc-scoped", P_GET, "scopedPDU cut by 5 octets" },
	{ "plaintext", P_GET, "authNoPriv Response to any request" },
	{ "noauth-reply", P_GET, "noAuthNoPriv Response to any request" },
	{ "priv-reply", P_GET, "authPriv Response to any request" },
	{ "echo-user", P_GET, "another userName" },
	{ "echo-engine", P_GET, "another msgAuthoritativeEngineID" },
	{ "echo-context", P_GET, "another contextName" },
	{ "echo-ctxengine", P_GET, "another contextEngineID" },
	{ "report-empty", P_GET, "Report without varbinds" },
	{ "report-private", P_GET, "Report 1.3.6.1.4.1.99999.1.0, "
	    "authenticated" },
	{ "report-unknownuser", P_GET, "Report usmStatsUnknownUserNames" },
	{ "report-wrongdigest", P_GET, "Report usmStatsWrongDigests" },
	{ "report-decrypt", P_GET, "Report usmStatsDecryptionErrors" },
	{ "report-seclevel", P_GET, "Report usmStatsUnsupportedSecLevels" },
	{ "report-context", P_GET, "Report snmpUnknownContexts" },
	{ "report-unknownengine", P_GET, "Report usmStatsUnknownEngineIDs "
	    "to every GET" },
	{ "report-unauth-time", P_GET, "unauthenticated notInTimeWindows "
	    "to a GET in time" },
	{ "engine-change", P_GET, "first GET: Report unknownEngineIDs, "
	    "then a new engineID" },
	{ "truncated", P_GET, "the Response cut in half" },
	{ "empty", P_GET, "an empty datagram" },
	{ "one-byte", P_GET, "a one-octet datagram" },
	{ "ber-indef", P_GET, "varbind 30 80" },
	{ "ber-reserved", P_GET, "varbind 30 ff" },
	{ "ber-longlen", P_GET, "varbind length in 5 octets" },
	{ "ber-pastend", P_GET, "value 02 02 01" },
	{ "ber-huge", P_GET, "varbind 30 88 7f ff ff ff ff ff ff ee" },
	{ "int-empty", P_GET, "value 02 00" },
	{ "null-content", P_GET, "value 05 01 00" },
	{ "int-wide", P_GET, "INTEGER of 9 octets" },
	{ "oid-overflow", P_GET, "name 06 05 90 80 80 80 00" },
	{ "oid-unterminated", P_GET, "name 06 02 2b 81" },
	{ "oid-empty", P_GET, "name 06 00" },
	{ "oid-129", P_GET, "name of 129 arcs" },
	{ "ber-constructed", P_GET, "constructed OCTET STRING value" },
	{ "ber-hightag", P_GET, "high-tag-number value" },
	{ "ber-deep", P_GET, "value nested 12 deep" },
	{ "vb-zero", P_GET, "no varbinds" },
	{ "vb-extra", P_GET, "one varbind more than asked" },
	{ "vb-many", P_GET, "600 varbinds" },
	{ "vb-othername", P_GET, "sysName.0 instead of the object asked" },
	{ "ipaddr-5", P_GET, "IpAddress of 5 octets" },
	{ "exc-nonzero", P_GET, "noSuchInstance with content" },
	{ "counter64-max", P_GET, "Counter64 2^64-1 (valid)" },
	{ "errstat-range", P_GET, "error-status 99" },
	{ "errindex-range", P_GET, "noSuchName, error-index 200" },
	{ "errindex-zero", P_GET, "noSuchName, error-index 0" },
	{ "evil-string", P_GET, "string with | and a newline (valid)" },
};

struct user {
	char		 name[33];
	int		 auth;
	int		 priv;
	int		 level;		/* 0 noAuthNoPriv .. 2 authPriv */
	uint8_t		 ku_auth[USM_MAX_KEY];
	uint8_t		 ku_priv[USM_MAX_KEY];
};

/* The user's keys localized to one engine (RFC 3414 §2.6). */
struct keys {
	uint8_t		 kul[USM_MAX_KEY];
	uint8_t		 priv[32];
};

/* What a request said. */
struct req {
	int32_t		 msgid;
	int		 level;
	uint8_t		 user[33];
	size_t		 user_len;
	uint8_t		 context[33];
	size_t		 context_len;
	int32_t		 reqid;
	struct oid	 oids[MAXREQVB];
	size_t		 n;
};

/* Everything an outgoing message holds, one field per thing to spoil. */
struct spec {
	int64_t		 version, msgid, maxsize, model;
	uint8_t		 flags[2];
	size_t		 flags_len;
	uint8_t		 engine[40];
	size_t		 engine_len;
	int64_t		 boots, time;
	uint8_t		 user[40];
	size_t		 user_len;
	size_t		 auth_len;
	int		 mac;		/* MAC_GOOD, MAC_FLIP, MAC_FORGED */
	size_t		 priv_len;
	int		 encrypt;
	int		 wrong_key;
	size_t		 cipher_cut;	/* octets cut from the ciphertext */
	size_t		 plain_cut;	/* octets cut from the scopedPDU */
	int		 garbage_plain;
	uint8_t		 cengine[40];
	size_t		 cengine_len;
	uint8_t		 context[40];
	size_t		 context_len;
	int		 type;
	int64_t		 reqid, errstat, errindex;
	uint8_t		 vbl[MSGMAX - 512];	/* varbind list contents */
	size_t		 vbl_len;
	const struct keys *keys;
};

enum { MAC_GOOD, MAC_FLIP, MAC_FORGED };

/* What to do with a request, once the replies are built. */
enum action {
	A_GENUINE,	/* the genuine reply */
	A_SPOILED,	/* the spoiled one */
	A_NONE,		/* nothing */
	A_OTHER,	/* the genuine one from another port */
	A_OTHERADDR,	/* the genuine one from 127.0.0.2 */
	A_RAW		/* the octets in agent.raw */
};

struct agent {
	int		 fd;
	int		 other;		/* a second socket: another port */
	int		 otheraddr;	/* a third one on 127.0.0.2 */
	int		 sc;
	int		 genuine_too;	/* -g */
	int32_t		 boots;		/* -b, else BOOTS */
	struct user	 u;
	const uint8_t	*engine;
	size_t		 engine_len;
	struct keys	 keys;
	int64_t		 start;
	unsigned	 gets;		/* in-time requests seen */
	struct req	 saved;		/* late: the first one */
	struct sockaddr_storage peer;
	socklen_t	 plen;
	uint8_t		 raw[MSGMAX];	/* A_RAW */
	size_t		 raw_len;
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

	fprintf(stderr, "usage: hostile_v3 [-g] [-b BOOTS] [-p PORT] "
	    "[-u USER] "
	    "[-a AUTH -A PASSWORD] [-x PRIV -X PASSWORD] SCENARIO\n"
	    "  default user u_sha256_aes, SHA-256/AES, password maplesyrup; "
	    "-a none: noAuthNoPriv\n"
	    "  -g: the genuine reply 50 ms after the spoiled one\n"
	    "  -b: engine boots (default 7: a restart shows as another)\n"
	    "scenarios:\n");
	for (i = 0; i < S_COUNT; i++)
		fprintf(stderr, "  %-22s %s\n", scenarios[i].name,
		    scenarios[i].what);
	exit(2);
}

static void
nap(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR && !stop)
		;
}

static int32_t
engine_time(const struct agent *a)
{
	return (int32_t)(TIME_BASE + (snmp_now_ms() - a->start) / 1000);
}

static int
level_flags(int level)
{
	return level == 2 ? V3_FLAG_AUTH | V3_FLAG_PRIV :
	    level == 1 ? V3_FLAG_AUTH : 0;
}

static void
keys_for(const struct user *u, const uint8_t *engine, size_t elen,
    struct keys *k)
{
	uint8_t kul[USM_MAX_KEY];

	memset(k, 0, sizeof(*k));
	if (u->level == 0)
		return;
	usm_localize(u->auth, u->ku_auth, engine, elen, k->kul);
	if (u->level < 2)
		return;
	usm_localize(u->auth, u->ku_priv, engine, elen, kul);
	usm_priv_key(u->auth, u->priv, kul, usm_key_len(u->auth), engine,
	    elen, k->priv);
}

static void
use_engine(struct agent *a, const uint8_t *engine, size_t elen)
{
	a->engine = engine;
	a->engine_len = elen;
	keys_for(&a->u, engine, elen, &a->keys);
}

/* Varbind lists: one SEQUENCE { name, value } per call. */
/* Octets from a literal: binary data, no string (hence no memcpy there). */
static void
octets(uint8_t *dst, const char *src, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = (uint8_t)src[i];
}

static void
vb_raw(struct spec *s, const void *p, size_t len)
{
	if (len > sizeof(s->vbl) - s->vbl_len)
		len = sizeof(s->vbl) - s->vbl_len;
	memcpy(s->vbl + s->vbl_len, p, len);
	s->vbl_len += len;
}

static void
vb_add(struct spec *s, const struct oid *o, const void *val, size_t vlen)
{
	struct ber_writer w;
	uint8_t ob[OID_MAX_ARCS * 5];
	int olen, len;

	olen = oid_to_ber(o, ob, sizeof(ob));
	ber_writer_init(&w, s->vbl + s->vbl_len, sizeof(s->vbl) - s->vbl_len);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OID, ob, olen > 0 ? (size_t)olen : 0);
	ber_put_raw(&w, val, vlen);
	ber_end(&w);
	if ((len = ber_writer_result(&w)) > 0)
		s->vbl_len += (size_t)len;
}

/* INTEGER v, minimally encoded (X.690 §8.3.2). */
static void
vb_int(struct spec *s, const struct oid *o, int v)
{
	uint8_t val[4] = { BER_INTEGER, 1, (uint8_t)v, 0 };

	if (v > 127) {
		val[1] = 2;
		val[2] = (uint8_t)(v >> 8);
		val[3] = (uint8_t)v;
	}
	vb_add(s, o, val, 2 + (size_t)val[1]);
}

/* A varbind SEQUENCE around n raw octets. */
static void
vb_wrap(struct spec *s, const uint8_t *b, size_t n)
{
	uint8_t h[3] = { BER_SEQUENCE, 0x81, (uint8_t)n };

	if (n < 0x80) {
		h[1] = (uint8_t)n;
		vb_raw(s, h, 2);
	} else
		vb_raw(s, h, 3);
	vb_raw(s, b, n);
}

#define V42	42	/* the answer */
#define V666	666	/* what a spoiled Response says */

static void
vb_answer(struct spec *s, const struct req *q, int v)
{
	size_t i;

	s->vbl_len = 0;
	for (i = 0; i < q->n; i++)
		vb_int(s, &q->oids[i], v);
}

static void
report(struct spec *s, const char *oid)
{
	static const uint8_t one[] = { BER_COUNTER32, 1, 1 };
	struct oid o;

	oid_parse_numeric(&o, oid);
	s->type = PDU_REPORT;
	s->errstat = s->errindex = 0;
	s->vbl_len = 0;
	vb_add(s, &o, one, sizeof(one));
}

static void
set_level(struct spec *s, const struct agent *a, int level)
{
	s->flags[0] = (uint8_t)level_flags(level);
	s->auth_len = level >= 1 ? usm_mac_len(a->u.auth) : 0;
	s->priv_len = level == 2 ? 8 : 0;
	s->encrypt = level == 2;
}

/* The genuine reply to q at the given security level. */
static void
genuine(const struct agent *a, const struct req *q, int level, struct spec *s)
{
	memset(s, 0, sizeof(*s));
	s->version = SNMP_V3;
	s->msgid = q->msgid;
	s->maxsize = 65507;
	s->flags_len = 1;
	s->model = 3;
	memcpy(s->engine, a->engine, a->engine_len);
	s->engine_len = a->engine_len;
	s->boots = a->boots;
	s->time = engine_time(a);
	memcpy(s->user, q->user, q->user_len);
	s->user_len = q->user_len;
	set_level(s, a, level);
	memcpy(s->cengine, a->engine, a->engine_len);
	s->cengine_len = a->engine_len;
	memcpy(s->context, q->context, q->context_len);
	s->context_len = q->context_len;
	s->type = PDU_RESPONSE;
	s->reqid = q->reqid;
	s->keys = &a->keys;
	vb_answer(s, q, V42);
}

/* Where the authParameters contents are, read leniently; 0 if lost. */
static size_t
auth_offset(const uint8_t *msg, size_t len)
{
	struct ber_reader r, m, sp, spr;
	struct ber_elem e;
	int i;

	ber_reader_init(&r, msg, len);
	if (ber_enter(&r, BER_SEQUENCE, &m) != SNMP_OK ||
	    ber_read(&m, &e) != SNMP_OK || ber_read(&m, &e) != SNMP_OK ||
	    ber_expect(&m, BER_OCTET_STRING, &e) != SNMP_OK)
		return 0;
	ber_reader_init(&sp, e.val, e.len);
	if (ber_enter(&sp, BER_SEQUENCE, &spr) != SNMP_OK)
		return 0;
	for (i = 0; i < 4; i++) {
		if (ber_read(&spr, &e) != SNMP_OK)
			return 0;
	}
	if (ber_expect(&spr, BER_OCTET_STRING, &e) != SNMP_OK)
		return 0;
	return (size_t)(e.val - msg);
}

/*
 * Encode s into out (RFC 3412 §6, RFC 3414 §2.4), encrypt and MAC it as
 * an agent does (RFC 3414 §3.1); returns the length, 0 on failure.
 */
static size_t
build(const struct agent *a, const struct spec *s, uint8_t *out, size_t cap)
{
	static uint32_t counter;
	uint8_t plain[MSGMAX], data[MSGMAX + 16], sp[512], zero[64];
	uint8_t salt[16], key[32], mac[USM_MAX_MAC];
	struct ber_writer w;
	size_t plen, dlen, off, n;
	int len, i;

	memset(zero, 0, sizeof(zero));
	ber_writer_init(&w, plain, sizeof(plain));
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OCTET_STRING, s->cengine, s->cengine_len);
	ber_put_bytes(&w, BER_OCTET_STRING, s->context, s->context_len);
	ber_begin(&w, (uint8_t)s->type);
	ber_put_int(&w, BER_INTEGER, s->reqid);
	ber_put_int(&w, BER_INTEGER, s->errstat);
	ber_put_int(&w, BER_INTEGER, s->errindex);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_raw(&w, s->vbl, s->vbl_len);
	ber_end(&w);
	ber_end(&w);
	ber_end(&w);
	if ((len = ber_writer_result(&w)) < 0)
		return 0;
	plen = (size_t)len;
	if (s->garbage_plain) {
		for (n = 0; n < plen; n++)
			plain[n] = (uint8_t)(n * 37 + 11);
	}
	plen -= s->plain_cut < plen ? s->plain_cut : plen;
	/* RFC 3414 §8.1.1.1: DES salt = boots || counter; AES: a counter */
	counter++;
	memset(salt, 0, sizeof(salt));
	if (a->u.priv == USM_PRIV_DES) {
		for (i = 0; i < 4; i++)
			salt[i] = (uint8_t)((uint64_t)s->boots >> (24 - 8 * i));
	}
	for (i = 0; i < 4; i++)
		salt[4 + i] = (uint8_t)(counter >> (24 - 8 * i));
	if (s->encrypt) {
		memcpy(key, s->keys->priv, sizeof(key));
		if (s->wrong_key)
			key[0] ^= 0x80;	/* 0x01 is a DES parity bit */
		len = usm_encrypt(a->u.priv, key, (uint32_t)s->boots,
		    (uint32_t)s->time, salt, plain, plen, data);
		if (len < 0)
			return 0;
		dlen = (size_t)len;
		dlen -= s->cipher_cut < dlen ? s->cipher_cut : dlen;
	} else {
		memcpy(data, plain, plen);
		dlen = plen;
	}
	ber_writer_init(&w, sp, sizeof(sp));
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OCTET_STRING, s->engine, s->engine_len);
	ber_put_int(&w, BER_INTEGER, s->boots);
	ber_put_int(&w, BER_INTEGER, s->time);
	ber_put_bytes(&w, BER_OCTET_STRING, s->user, s->user_len);
	ber_put_bytes(&w, BER_OCTET_STRING, zero, s->auth_len);
	ber_put_bytes(&w, BER_OCTET_STRING, salt, s->priv_len);
	ber_end(&w);
	if ((len = ber_writer_result(&w)) < 0)
		return 0;
	n = (size_t)len;
	ber_writer_init(&w, out, cap);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, s->version);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_int(&w, BER_INTEGER, s->msgid);
	ber_put_int(&w, BER_INTEGER, s->maxsize);
	ber_put_bytes(&w, BER_OCTET_STRING, s->flags, s->flags_len);
	ber_put_int(&w, BER_INTEGER, s->model);
	ber_end(&w);
	ber_put_bytes(&w, BER_OCTET_STRING, sp, n);
	if (s->encrypt)
		ber_put_bytes(&w, BER_OCTET_STRING, data, dlen);
	else
		ber_put_raw(&w, data, dlen);
	ber_end(&w);
	if ((len = ber_writer_result(&w)) < 0)
		return 0;
	/* RFC 3414 §6.3.1: the MAC over the whole message, field zeroed */
	if (s->flags_len > 0 && (s->flags[0] & V3_FLAG_AUTH) &&
	    s->auth_len > 0 && a->u.level >= 1 &&
	    (off = auth_offset(out, (size_t)len)) > 0) {
		usm_mac(a->u.auth, s->keys->kul, out, (size_t)len, mac);
		n = usm_mac_len(a->u.auth);
		if (s->mac == MAC_FORGED) {
			for (i = 0; i < (int)n; i++)
				mac[i] = (uint8_t)(0x5a ^ i * 29);
		}
		memcpy(out + off, mac, s->auth_len < n ? s->auth_len : n);
		if (s->mac == MAC_FLIP)
			out[off + n - 1] ^= 0x01;
	}
	return (size_t)len;
}

static void
send_spec(struct agent *a, int fd, const struct spec *s)
{
	static uint8_t msg[MSGMAX + 512];
	size_t len;

	if ((len = build(a, s, msg, sizeof(msg))) == 0) {
		fprintf(stderr, "hostile_v3: cannot encode a reply\n");
		return;
	}
	(void)!sendto(fd, msg, len, 0, (const struct sockaddr *)&a->peer,
	    a->plen);
}

/*
 * Read a request as an authoritative engine (RFC 3414 §3.2): its phase,
 * or the Report it earns (*report), or -1 to drop it.
 */
static int
parse_req(struct agent *a, uint8_t *msg, size_t len, struct req *q,
    const char **report)
{
	static uint8_t plain[MSGMAX];
	struct v3_header h;
	struct v3_scope sc;
	struct varbind vb[MAXREQVB];
	struct pdu p;
	uint8_t mac[USM_MAX_MAC], got[USM_MAX_MAC];
	const uint8_t *data;
	size_t used, maclen, i;
	int rc;

	*report = NULL;
	if ((rc = pdu_decode_v3(msg, len, &h)) != SNMP_OK) {
		fprintf(stderr, "hostile_v3: dropped a datagram: %s\n",
		    snmp_strerror(rc));
		return -1;
	}
	memset(q, 0, sizeof(*q));
	q->msgid = h.msgid;
	q->level = (h.flags & V3_FLAG_PRIV) ? 2 :
	    (h.flags & V3_FLAG_AUTH) ? 1 : 0;
	memcpy(q->user, h.user, h.user_len);
	q->user_len = h.user_len;
	data = h.data;
	if ((h.flags & V3_FLAG_AUTH) && a->u.level >= 1 &&
	    h.user_len == strlen(a->u.name) &&
	    memcmp(h.user, a->u.name, h.user_len) == 0) {
		maclen = usm_mac_len(a->u.auth);
		if (h.auth_len != maclen) {
			*report = r_wrongdigest;
		} else {
			memcpy(got, msg + h.auth_off, maclen);
			memset(msg + h.auth_off, 0, maclen);
			usm_mac(a->u.auth, a->keys.kul, msg, len, mac);
			memcpy(msg + h.auth_off, got, maclen);
			if (memcmp(mac, got, maclen) != 0)
				*report = r_wrongdigest;
		}
	}
	if ((h.flags & V3_FLAG_PRIV) && *report == NULL && a->u.level == 2) {
		if (h.data_len > sizeof(plain) ||
		    usm_decrypt(a->u.priv, a->keys.priv, (uint32_t)h.boots,
		    (uint32_t)h.time, h.priv, h.data, h.data_len, plain) < 0)
			*report = r_decrypt;
		data = plain;
	}
	memset(&p, 0, sizeof(p));
	p.vb = vb;
	p.maxvb = MAXREQVB;
	if (!(h.flags & V3_FLAG_PRIV) || data == plain) {
		if (pdu_decode_scoped(data, h.data_len, &sc, &p, &used) ==
		    SNMP_OK) {
			q->reqid = p.reqid;
			q->n = p.nvb;
			for (i = 0; i < p.nvb; i++)
				q->oids[i] = vb[i].oid;
			if (sc.context_len <= 32) {
				memcpy(q->context, sc.context, sc.context_len);
				q->context_len = sc.context_len;
			}
		} else if (data == plain && *report == NULL)
			*report = r_decrypt;
	}
	/* RFC 3414 §3.2 steps 3-8, in their order */
	if (h.engine_len == 0)
		return P_DISC;
	if (h.engine_len != a->engine_len ||
	    memcmp(h.engine, a->engine, h.engine_len) != 0) {
		*report = r_unknownengine;
		return P_GET;
	}
	if (h.user_len != strlen(a->u.name) ||
	    memcmp(h.user, a->u.name, h.user_len) != 0) {
		*report = r_unknownuser;
		return P_GET;
	}
	if (q->level > a->u.level) {
		*report = r_seclevel;
		return P_GET;
	}
	if (*report != NULL)
		return P_GET;
	if (q->level >= 1 && (h.boots != a->boots ||
	    h.time > engine_time(a) + 150 || h.time < engine_time(a) - 150))
		return P_SYNC;
	return P_GET;
}

/* RFC 3414 §3.1, §4: the genuine answer to each phase. */
static void
answer(struct agent *a, const struct req *q, int phase, const char *why,
    struct spec *s)
{
	switch (phase) {
	case P_DISC:
		genuine(a, q, 0, s);
		report(s, r_unknownengine);
		break;
	case P_SYNC:
		genuine(a, q, 1, s);	/* §3.2 step 7b: authNoPriv */
		report(s, r_notintime);
		break;
	default:
		if (why != NULL) {
			/* USM errors go back unauthenticated (§3.2) */
			genuine(a, q, 0, s);
			report(s, why);
		} else
			genuine(a, q, q->level, s);
		break;
	}
}

static void
raw(struct agent *a, const void *p, size_t len)
{
	memcpy(a->raw, p, len);
	a->raw_len = len;
}

/* Items 1, 3, 4, 5, 7 and 14: the varbinds of s, one value each. */
static void
spoil_varbinds(const struct agent *a, const struct req *q, struct spec *s)
{
	static const uint8_t name[] = { 0x06, 0x08, 0x2b, 0x06, 0x01, 0x02,
	    0x01, 0x01, 0x03, 0x00 };	/* sysUpTime.0 */
	static const uint8_t c64[] = { BER_COUNTER64, 9, 0, 0xff, 0xff, 0xff,
	    0xff, 0xff, 0xff, 0xff, 0xff };
	static const char evil[] = "ok|x=1\nSNMP OK - forged";
	static const struct {
		int		 sc;
		const char	*val;	/* the value after each name */
		size_t		 len;
	} values[] = {
		{ S_INT_EMPTY, "\x02\x00", 2 },
		{ S_NULL_CONTENT, "\x05\x01\x00", 3 },
		{ S_INT_WIDE, "\x02\x09\x01\x02\x03\x04\x05\x06\x07\x08\x09",
		    11 },
		{ S_IPADDR_5, "\x40\x05\x7f\x00\x00\x01\x01", 7 },
		{ S_EXC_NONZERO, "\x81\x01\x00", 3 },
		{ S_BER_CONSTRUCTED, "\x24\x03\x04\x01\x41", 5 },
		{ S_BER_HIGHTAG, "\x1f\x81\x00\x01\x2a", 5 },
		{ S_COUNTER64_MAX, (const char *)c64, sizeof(c64) },
	};
	uint8_t b[512];
	size_t i, n = 0;

	s->vbl_len = 0;
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		if (values[i].sc != a->sc)
			continue;
		for (n = 0; n < q->n; n++)
			vb_add(s, &q->oids[n], values[i].val, values[i].len);
		return;
	}
	switch (a->sc) {
	case S_EVIL_STRING:
		b[0] = BER_OCTET_STRING;
		b[1] = sizeof(evil) - 1;
		memcpy(b + 2, evil, sizeof(evil) - 1);
		for (i = 0; i < q->n; i++)
			vb_add(s, &q->oids[i], b, sizeof(evil) + 1);
		return;
	case S_BER_DEEP:
		/* twelve SEQUENCEs, each holding the next, then 42 */
		for (i = 0; i < 12; i++) {
			b[2 * i] = BER_SEQUENCE;
			b[2 * i + 1] = (uint8_t)(2 * (11 - i) + 3);
		}
		octets(b + 24, "\x02\x01\x2a", 3);
		for (i = 0; i < q->n; i++)
			vb_add(s, &q->oids[i], b, 27);
		return;
	case S_BER_INDEF:
		vb_raw(s, "\x30\x80", 2);
		vb_raw(s, name, sizeof(name));
		vb_raw(s, "\x02\x01\x2a\x00\x00", 5);
		return;
	case S_BER_RESERVED:
		vb_raw(s, "\x30\xff", 2);
		vb_raw(s, name, sizeof(name));
		vb_raw(s, "\x02\x01\x2a", 3);
		return;
	case S_BER_LONGLEN:
		vb_raw(s, "\x30\x85\x00\x00\x00\x00\x0d", 7);
		vb_raw(s, name, sizeof(name));
		vb_raw(s, "\x02\x01\x2a", 3);
		return;
	case S_BER_PASTEND:
		vb_raw(s, "\x30\x0d", 2);
		vb_raw(s, name, sizeof(name));
		vb_raw(s, "\x02\x02\x01", 3);
		return;
	case S_BER_HUGE:
		vb_raw(s, "\x30\x88\x7f\xff\xff\xff\xff\xff\xff\xee", 10);
		return;
	case S_OID_OVERFLOW:
		octets(b, "\x06\x05\x90\x80\x80\x80\x00", 7);
		n = 7;
		break;
	case S_OID_UNTERMINATED:
		octets(b, "\x06\x02\x2b\x81", 4);
		n = 4;
		break;
	case S_OID_EMPTY:
		octets(b, "\x06\x00", 2);
		n = 2;
		break;
	case S_OID_129:
		/* 1.3 and 127 arcs of 1: 128 octets */
		octets(b, "\x06\x81\x80\x2b", 4);
		memset(b + 4, 1, 127);
		n = 131;
		break;
	}
	octets(b + n, "\x02\x01\x2a", 3);
	vb_wrap(s, b, n + 3);
}

/* Spoil s, the reply to q in this phase, as the scenario says. */
static int
spoil(struct agent *a, const struct req *q, int phase, struct spec *s)
{
	struct oid o;
	uint8_t b[40];
	size_t i;

	if (scenarios[a->sc].phase != P_ANY &&
	    scenarios[a->sc].phase != phase)
		return A_GENUINE;
	if (phase == P_GET && s->type == PDU_RESPONSE)
		vb_answer(s, q, V666);
	switch (a->sc) {
	case S_GOOD:
	case S_DUPLICATE:
		return A_GENUINE;
	case S_DISC_SILENT:
	case S_SILENT:
		return A_NONE;
	case S_OTHERPORT:
		return A_OTHER;
	case S_OTHERADDR:
		return A_OTHERADDR;
	case S_LATE:
		/* the first try waits for the second, then is answered */
		if (a->gets == 1)
			a->saved = *q;
		if (a->gets != 2)
			return A_NONE;
		answer(a, &a->saved, phase, NULL, s);
		return A_SPOILED;
	case S_DISC_GARBAGE:
		for (i = 0; i < sizeof(b); i++)
			b[i] = (uint8_t)(i * 73 + 5);
		raw(a, b, sizeof(b));
		return A_RAW;
	case S_DISC_RESPONSE:
		s->type = PDU_RESPONSE;
		vb_answer(s, q, V42);
		break;
	case S_DISC_REPORT_USER:
		report(s, r_unknownuser);
		break;
	case S_DISC_EMPTY_ENGINE:
		s->engine_len = 0;
		break;
	case S_DISC_ENGINE_33:
	case S_ENGINE_33:
		memset(s->engine + s->engine_len, 'x', 33 - s->engine_len);
		s->engine_len = 33;
		break;
	case S_SYNC_UNAUTH:
		set_level(s, a, 0);
		s->boots = 99999;
		s->time = 1;
		break;
	case S_SYNC_BOOTS_MAX:
	case S_BOOTS_MAX:
		s->boots = INT32_MAX;
		break;
	case S_SYNC_ENGINE:
	case S_ECHO_ENGINE:
		memcpy(s->engine, engine_b, sizeof(engine_b));
		s->engine_len = sizeof(engine_b);
		break;
	case S_SYNC_TWICE:
		answer(a, q, P_SYNC, NULL, s);
		break;
	case S_WRONG_MSGID:
		s->msgid++;
		break;
	case S_WRONG_REQID:
		s->reqid++;
		break;
	case S_WRONG_PDU:
		s->type = PDU_GET;
		break;
	case S_WRONG_VERSION:
		s->version = SNMP_V2C;
		break;
	case S_MAXSIZE_SMALL:
		s->maxsize = 483;
		break;
	case S_MSGID_RANGE:
		s->msgid = (int64_t)INT32_MAX + 1;
		break;
	case S_SECMODEL:
		s->model = 2;
		break;
	case S_FLAGS_LEN0:
		s->flags_len = 0;
		break;
	case S_FLAGS_LEN2:
		s->flags_len = 2;
		s->flags[1] = 0;
		break;
	case S_PRIV_NOAUTH:
		s->flags[0] = V3_FLAG_PRIV;
		s->auth_len = 0;
		break;
	case S_USER_33:
		memset(s->user, 'u', 33);
		s->user_len = 33;
		break;
	case S_BOOTS_RANGE:
		s->boots = (int64_t)INT32_MAX + 1;
		break;
	case S_TIME_RANGE:
		s->time = -1;
		break;
	case S_BOOTS_OLD:
		s->boots = a->boots - 1;
		break;
	case S_TIME_OLD:
		s->time -= 200;
		break;
	case S_AUTH_LEN0:
		s->auth_len = 0;
		break;
	case S_AUTH_LEN1:
		s->auth_len = 1;
		break;
	case S_AUTH_LEN_WRONG:
		s->auth_len = s->auth_len == 12 ? 16 : 12;
		break;
	case S_MAC_FLIP:
		s->mac = MAC_FLIP;
		break;
	case S_SPOOF:
		s->mac = MAC_FORGED;
		s->boots += 1000;
		s->time += 100000;
		break;
	case S_PRIV_LEN0:
		s->priv_len = 0;
		break;
	case S_PRIV_LEN7:
		s->priv_len = 7;
		break;
	case S_PRIV_LEN9:
		s->priv_len = 9;
		break;
	case S_DES_CUT:
		s->cipher_cut = 3;
		break;
	case S_WRONG_KEY:
		s->wrong_key = 1;
		break;
	case S_GARBAGE_PLAIN:
		s->garbage_plain = 1;
		break;
	case S_TRUNC_SCOPED:
		s->plain_cut = 5;
		break;
	case S_PLAINTEXT:
		set_level(s, a, 1);
		break;
	case S_NOAUTH_REPLY:
		set_level(s, a, 0);
		break;
	case S_PRIV_REPLY:
		set_level(s, a, 2);
		break;
	case S_ECHO_USER:
		memcpy(s->user, "mallory", 7);
		s->user_len = 7;
		break;
	case S_ECHO_CONTEXT:
		memcpy(s->context, "vlan-12", 7);
		s->context_len = 7;
		break;
	case S_ECHO_CTXENGINE:
		memcpy(s->cengine, engine_b, sizeof(engine_b));
		s->cengine_len = sizeof(engine_b);
		break;
	case S_REPORT_EMPTY:
		report(s, r_private);
		s->vbl_len = 0;
		break;
	case S_REPORT_PRIVATE:
		report(s, r_private);	/* at the request's level */
		break;
	case S_REPORT_CONTEXT:
		report(s, r_context);	/* at the request's level */
		break;
	case S_REPORT_UNKNOWNUSER:
		answer(a, q, P_GET, r_unknownuser, s);
		break;
	case S_REPORT_WRONGDIGEST:
		answer(a, q, P_GET, r_wrongdigest, s);
		break;
	case S_REPORT_DECRYPT:
		answer(a, q, P_GET, r_decrypt, s);
		break;
	case S_REPORT_SECLEVEL:
		answer(a, q, P_GET, r_seclevel, s);
		break;
	case S_REPORT_UNKNOWNENGINE:
		answer(a, q, P_GET, r_unknownengine, s);
		break;
	case S_REPORT_UNAUTH_TIME:
		answer(a, q, P_GET, r_notintime, s);
		break;
	case S_ENGINE_CHANGE:
		if (a->engine == engine_b)
			return A_GENUINE;
		use_engine(a, engine_b, sizeof(engine_b));
		answer(a, q, P_GET, r_unknownengine, s);
		break;
	case S_TRUNCATED:
		a->raw_len = build(a, s, a->raw, sizeof(a->raw)) / 2;
		return A_RAW;
	case S_EMPTY:
		a->raw_len = 0;
		return A_RAW;
	case S_ONE_BYTE:
		raw(a, "\x30", 1);
		return A_RAW;
	case S_VB_ZERO:
		s->vbl_len = 0;
		break;
	case S_VB_EXTRA:
		vb_int(s, &q->oids[0], V42);
		break;
	case S_VB_MANY:
		for (i = 1; i < 600; i++)
			vb_int(s, &q->oids[0], V666);
		break;
	case S_VB_OTHERNAME:
		oid_parse_numeric(&o, "1.3.6.1.2.1.1.5.0");
		s->vbl_len = 0;
		for (i = 0; i < q->n; i++)
			vb_int(s, &o, V42);
		break;
	case S_ERRSTAT_RANGE:
		s->errstat = 99;
		break;
	case S_ERRINDEX_RANGE:
	case S_ERRINDEX_ZERO:
		s->errstat = ERR_NOSUCHNAME;
		s->errindex = a->sc == S_ERRINDEX_RANGE ? 200 : 0;
		break;
	default:
		spoil_varbinds(a, q, s);
		break;
	}
	return A_SPOILED;
}

static void
serve(struct agent *a, uint8_t *in, size_t len)
{
	static const char *const names[] = { "discovery", "time sync",
	    "request" };
	struct spec s, g;
	struct req q;
	const char *why;
	int phase, act;

	if ((phase = parse_req(a, in, len, &q, &why)) < 0)
		return;
	if (phase == P_GET && why == NULL)
		a->gets++;
	fprintf(stderr, "hostile_v3 %s: %s, msgID %d, level %d%s%s\n",
	    scenarios[a->sc].name, names[phase], q.msgid, q.level,
	    why != NULL ? ", Report " : "", why != NULL ? why : "");
	answer(a, &q, phase, why, &g);
	s = g;
	act = why != NULL ? A_GENUINE : spoil(a, &q, phase, &s);
	switch (act) {
	case A_GENUINE:
		send_spec(a, a->fd, &g);
		if (a->sc == S_DUPLICATE)
			send_spec(a, a->fd, &g);
		return;
	case A_NONE:
		return;
	case A_OTHER:
		send_spec(a, a->other, &g);
		break;
	case A_OTHERADDR:
		send_spec(a, a->otheraddr, &g);
		break;
	case A_RAW:
		(void)!sendto(a->fd, a->raw, a->raw_len, 0,
		    (const struct sockaddr *)&a->peer, a->plen);
		break;
	case A_SPOILED:
		send_spec(a, a->fd, &s);
		break;
	}
	if (a->genuine_too) {
		nap(50);
		send_spec(a, a->fd, &g);
	}
}

static int
bind_loopback(uint32_t addr, int port)
{
	struct sockaddr_in sin;
	int fd;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(addr);
	sin.sin_port = htons((uint16_t)port);
	if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0 ||
	    bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0) {
		perror("hostile_v3: bind");
		exit(1);
	}
	return fd;
}

static int
bound_port(int fd)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);

	getsockname(fd, (struct sockaddr *)&sin, &len);
	return ntohs(sin.sin_port);
}

static void
password(int auth, const char *pw, uint8_t *ku)
{
	if (usm_password_to_key(auth, pw, strlen(pw), ku) != SNMP_OK) {
		fprintf(stderr, "hostile_v3: bad password\n");
		exit(2);
	}
}

int
main(int argc, char *argv[])
{
	static struct agent a;
	static uint8_t in[65536];
	struct sigaction sa;
	const char *apw = "maplesyrup", *ppw = "maplesyrup";
	ssize_t n;
	int c, port = 0;

	a.u.auth = USM_AUTH_SHA256;
	a.u.priv = USM_PRIV_AES128;
	strcpy(a.u.name, "u_sha256_aes");
	a.boots = BOOTS;
	while ((c = getopt(argc, argv, "gb:p:u:a:A:x:X:")) != -1) {
		switch (c) {
		case 'g':
			a.genuine_too = 1;
			break;
		case 'b':
			a.boots = (int32_t)strtol(optarg, NULL, 10);
			break;
		case 'p':
			port = (int)strtol(optarg, NULL, 10);
			break;
		case 'u':
			if (strlen(optarg) > 32)
				usage();
			memcpy(a.u.name, optarg, strlen(optarg) + 1);
			break;
		case 'a':
			a.u.auth = strcmp(optarg, "none") == 0 ?
			    USM_AUTH_NONE : usm_auth_parse(optarg);
			if (a.u.auth < 0)
				usage();
			a.u.priv = USM_PRIV_NONE;
			break;
		case 'A':
			apw = optarg;
			break;
		case 'x':
			if ((a.u.priv = usm_priv_parse(optarg)) < 0)
				usage();
			break;
		case 'X':
			ppw = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind + 1 != argc)
		usage();
	for (a.sc = 0; a.sc < S_COUNT &&
	    strcmp(scenarios[a.sc].name, argv[optind]) != 0; a.sc++)
		;
	if (a.sc == S_COUNT)
		usage();
	if (a.u.auth == USM_AUTH_NONE)
		a.u.priv = USM_PRIV_NONE;
	a.u.level = a.u.auth == USM_AUTH_NONE ? 0 :
	    a.u.priv == USM_PRIV_NONE ? 1 : 2;
	if (a.u.level >= 1)
		password(a.u.auth, apw, a.u.ku_auth);
	if (a.u.level == 2)
		password(a.u.auth, ppw, a.u.ku_priv);
	use_engine(&a, engine_a, sizeof(engine_a));
	a.start = snmp_now_ms();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	a.fd = bind_loopback(INADDR_LOOPBACK, port);
	a.other = bind_loopback(INADDR_LOOPBACK, 0);
	a.otheraddr = bind_loopback(INADDR_LOOPBACK + 1, 0);
	printf("%d\n", bound_port(a.fd));
	fflush(stdout);
	while (!stop) {
		a.plen = sizeof(a.peer);
		n = recvfrom(a.fd, in, sizeof(in), 0,
		    (struct sockaddr *)&a.peer, &a.plen);
		if (n < 0)
			continue;
		serve(&a, in, (size_t)n);
	}
	return 0;
}
