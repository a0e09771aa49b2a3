/* SPDX-License-Identifier: ISC */
/*
 * The SNMPv3 incoming checks of the session (protocol-notes.md "USM,
 * incoming"): replies built here as an agent would build them, genuine
 * and then with one thing wrong each, must be accepted or rejected with
 * the right code, and a rejected datagram must leave the session as it
 * was.
 */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "pdu.h"
#include "session.h"
#include "session_int.h"
#include "session_v3.h"
#include "table.h"
#include "snmp.h"
#include "usm.h"
#include "testutil.h"

#define REQID	4242
#define MSGID	777
#define BOOTS	5
#define ETIME	100000

static const uint8_t engine[] = {
	0x80, 0x00, 0x1f, 0x88, 0x80, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc,
	0xde, 0xf0
};
static const char sysuptime[] = "1.3.6.1.2.1.1.3.0";

static struct session sess;
static struct session_v3 sv;
static struct session_usm user;
static struct session *fs;	/* over a walk file */

/* A session that has discovered the engine and is synchronised. */
static void
setup(int level, int auth, int priv)
{
	uint8_t ku[64], kul[64];
	size_t klen;

	memset(&sess, 0, sizeof(sess));
	memset(&sv, 0, sizeof(sv));
	memset(&user, 0, sizeof(user));
	user.user = "alice";
	user.context = "";
	sess.v3 = &sv;
	sv.u = &user;
	user.level = level;
	user.auth = auth;
	user.priv = priv;
	sess.o.version = 3;
	sess.o.usm = &user;
	memcpy(sv.engine, engine, sizeof(engine));
	sv.engine_len = sizeof(engine);
	sv.boots = BOOTS;
	sv.etime = ETIME;
	sv.etime_at = snmp_now_ms();
	sv.timed = 1;
	if (level == 0)
		return;
	klen = usm_key_len(auth);
	ck_assert_int_eq(usm_password_to_key(auth, "maplesyrup", 10, ku),
	    SNMP_OK);
	ck_assert_int_eq(usm_localize(auth, ku, engine, sizeof(engine),
	    sv.kul), SNMP_OK);
	if (level < 2)
		return;
	ck_assert_int_eq(usm_password_to_key(auth, "privpass1", 9, ku),
	    SNMP_OK);
	ck_assert_int_eq(usm_localize(auth, ku, engine, sizeof(engine), kul),
	    SNMP_OK);
	ck_assert_int_eq(usm_priv_key(auth, priv, kul, klen, engine,
	    sizeof(engine), sv.privkey), SNMP_OK);
}

/* What the agent puts in its reply; build() starts from the genuine one. */
struct reply {
	uint8_t		 flags;		/* V3_FLAG_AUTH | V3_FLAG_PRIV */
	int32_t		 msgid;
	int32_t		 reqid;
	int		 type;		/* PDU_RESPONSE or PDU_REPORT */
	const char	*user;
	const uint8_t	*engine;
	size_t		 engine_len;
	int32_t		 boots;
	int32_t		 time;
	const char	*context;
	size_t		 auth_len;	/* authParameters length sent */
	size_t		 priv_len;	/* privParameters length sent */
	int		 cut;		/* octets cut from the ciphertext */
	int		 pad;		/* zero octets after the scopedPDU */
	int		 wrong_priv_key;
	int		 flip_mac;	/* flip a bit of the MAC when set */
	size_t		 flip_at;	/* or of this octet of the message */
};

static void
genuine(struct reply *r)
{
	memset(r, 0, sizeof(*r));
	r->flags = (uint8_t)(user.level >= 1 ? V3_FLAG_AUTH : 0) |
	    (user.level == 2 ? V3_FLAG_PRIV : 0);
	r->msgid = MSGID;
	r->reqid = REQID;
	r->type = PDU_RESPONSE;
	r->user = user.user;
	r->engine = engine;
	r->engine_len = sizeof(engine);
	r->boots = BOOTS;
	r->time = ETIME + 2;
	r->context = "";
	r->auth_len = user.level >= 1 ? usm_mac_len(user.auth) : 0;
	r->priv_len = user.level == 2 ? 8 : 0;
}

static uint8_t msg[4096];

static size_t
build(const struct reply *r)
{
	static const uint8_t salt[16] = { 0, 0, 0, 5, 1, 2, 3, 4 };
	uint8_t plain[1024], data[1100], mac[64], key[32];
	struct v3_scope sc;
	struct v3_header h, back;
	struct oid o;
	int plen, len;

	ck_assert_int_eq(oid_parse(&o, sysuptime), SNMP_OK);
	memset(&sc, 0, sizeof(sc));
	sc.engine = engine;
	sc.engine_len = sizeof(engine);
	sc.context = (const uint8_t *)r->context;
	sc.context_len = strlen(r->context);
	plen = pdu_encode_scoped(plain, sizeof(plain), &sc, r->type, r->reqid,
	    0, 0, &o, 1);
	ck_assert_int_gt(plen, 0);
	ck_assert_int_le(plen + r->pad, (int)sizeof(plain));
	memset(plain + plen, 0, (size_t)r->pad);
	plen += r->pad;
	memset(&h, 0, sizeof(h));
	h.msgid = r->msgid;
	h.max_size = 65507;
	h.flags = r->flags;
	h.engine = r->engine;
	h.engine_len = r->engine_len;
	h.boots = r->boots;
	h.time = r->time;
	h.user = (const uint8_t *)r->user;
	h.user_len = strlen(r->user);
	h.auth_len = r->auth_len;
	h.priv = salt;
	h.priv_len = r->priv_len;
	if (r->flags & V3_FLAG_PRIV) {
		memcpy(key, sv.privkey, sizeof(key));
		if (r->wrong_priv_key)
			key[0] ^= 0x80;	/* 0x01 is a DES parity bit */
		plen = usm_encrypt(user.priv, key, (uint32_t)r->boots,
		    (uint32_t)r->time, salt, plain, (size_t)plen, data);
		ck_assert_int_gt(plen, r->cut);
		plen -= r->cut;
	} else
		memcpy(data, plain, (size_t)plen);
	len = pdu_encode_v3(msg, sizeof(msg), &h, data, (size_t)plen);
	ck_assert_int_gt(len, 0);
	/* a header our decoder refuses gets no MAC: it is refused anyway */
	if ((r->flags & V3_FLAG_AUTH) &&
	    pdu_decode_v3(msg, (size_t)len, &back) == SNMP_OK) {
		usm_mac(user.auth, sv.kul, msg, (size_t)len, mac);
		memcpy(msg + back.auth_off, mac, back.auth_len <
		    usm_mac_len(user.auth) ? back.auth_len :
		    usm_mac_len(user.auth));
		if (r->flip_mac)
			msg[back.auth_off + back.auth_len - 1] ^= 0x01;
	}
	if (r->flip_at > 0)
		msg[r->flip_at] ^= 0x80;
	return (size_t)len;
}

/*
 * Offer the reply.  The engine clock may only move on an authentic
 * message in the time window (RFC 3414 §3.2 step 7: even one that then
 * fails to decrypt); never on a forged, malformed or stale one.
 */
static int
offer(const struct reply *r, struct v3_reply *out)
{
	static const int32_t ids[] = { MSGID - 1, MSGID };
	int32_t boots = sv.boots, etime = sv.etime;
	size_t len = build(r);
	int rc;

	memset(out, 0, sizeof(*out));
	rc = session_v3_accept(&sess, 0, REQID, ids, 2, msg, len, out);
	if (!out->authenticated || rc == SNMP_E_WINDOW) {
		ck_assert_msg(sv.boots == boots && sv.etime == etime,
		    "a rejected or unauthenticated datagram changed the "
		    "engine clock");
	}
	return rc;
}

static const int levels[][3] = {
	{ 2, USM_AUTH_SHA1, USM_PRIV_AES128 },
	{ 2, USM_AUTH_MD5, USM_PRIV_DES },
	{ 2, USM_AUTH_SHA512, USM_PRIV_AES256C },
	{ 1, USM_AUTH_SHA256, USM_PRIV_NONE },
	{ 0, USM_AUTH_NONE, USM_PRIV_NONE },
};
#define NLEVELS	((int)(sizeof(levels) / sizeof(levels[0])))

START_TEST(genuine_reply_accepted)
{
	struct reply r;
	struct v3_reply out;

	setup(levels[_i][0], levels[_i][1], levels[_i][2]);
	genuine(&r);
	ck_assert_int_eq(offer(&r, &out), SNMP_OK);
	ck_assert_int_eq(out.report, 0);
	ck_assert_int_eq(out.authenticated, levels[_i][0] >= 1);
	ck_assert_int_eq(out.pdu.type, PDU_RESPONSE);
	ck_assert_int_eq(out.pdu.reqid, REQID);
	ck_assert_int_eq((int)out.pdu.nvb, 1);
	if (levels[_i][0] >= 1)
		ck_assert_int_eq(sv.etime, ETIME + 2);
}
END_TEST

START_TEST(flipped_mac_bit)
{
	struct reply r;
	struct v3_reply out;

	setup(levels[_i][0], levels[_i][1], levels[_i][2]);
	genuine(&r);
	r.flip_mac = 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_AUTH);
}
END_TEST

/* Any octet changed after the MAC was made: the last one, in the data. */
START_TEST(flipped_data_bit)
{
	struct reply r;
	struct v3_reply out;

	setup(levels[_i][0], levels[_i][1], levels[_i][2]);
	genuine(&r);
	r.flip_at = build(&r) - 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_AUTH);
}
END_TEST

START_TEST(auth_params_wrong_length)
{
	static const size_t lens[] = { 0, 1, 11, 13, 20, 48 };
	struct reply r;
	struct v3_reply out;
	size_t i, want;

	setup(levels[_i][0], levels[_i][1], levels[_i][2]);
	want = usm_mac_len(user.auth);
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		if (lens[i] == want)
			continue;
		genuine(&r);
		r.auth_len = lens[i];
		ck_assert_msg(offer(&r, &out) == SNMP_E_AUTH,
		    "authParameters of %zu octets for a %zu-octet MAC "
		    "accepted", lens[i], want);
	}
}
END_TEST

START_TEST(des_ciphertext_not_multiple_of_8)
{
	struct reply r;
	struct v3_reply out;
	int cut;

	setup(2, USM_AUTH_SHA1, USM_PRIV_DES);
	for (cut = 1; cut < 8; cut++) {
		genuine(&r);
		r.cut = cut;
		ck_assert_int_eq(offer(&r, &out), SNMP_E_DECRYPT);
	}
}
END_TEST

/*
 * Padding after an encrypted scopedPDU: up to a DES block (RFC 3414
 * §8.1.1.2) or an AES block (pysnmp pads AES too) is accepted, more is
 * not a scopedPDU that decrypted.  DES then pads to its block itself:
 * 1 octet of ours ends in 1 to 8 after the scopedPDU, 9 in 9 to 16.
 */
START_TEST(padding_after_scoped_pdu)
{
	static const struct { int priv, pad, rc; } cases[] = {
		{ USM_PRIV_DES, 1, SNMP_OK }, { USM_PRIV_DES, 9, SNMP_E_DECRYPT },
		{ USM_PRIV_AES128, 1, SNMP_OK }, { USM_PRIV_AES128, 16, SNMP_OK },
		{ USM_PRIV_AES128, 17, SNMP_E_DECRYPT },
		{ USM_PRIV_AES256C, 16, SNMP_OK }
	};
	struct reply r;
	struct v3_reply out;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		setup(2, USM_AUTH_SHA1, cases[i].priv);
		genuine(&r);
		r.pad = cases[i].pad;
		rc = offer(&r, &out);
		ck_assert_msg(rc == cases[i].rc, "priv %d, %d octets of "
		    "padding: %d", cases[i].priv, cases[i].pad, rc);
	}
}
END_TEST

/* Authentic, but encrypted with another key: the plaintext is noise. */
START_TEST(wrong_privacy_key)
{
	struct reply r;
	struct v3_reply out;

	setup(levels[_i][0], levels[_i][1], levels[_i][2]);
	genuine(&r);
	r.wrong_priv_key = 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_DECRYPT);
}
END_TEST

START_TEST(priv_params_not_8_octets)
{
	static const size_t lens[] = { 0, 7, 9, 16 };
	struct reply r;
	struct v3_reply out;
	size_t i;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		genuine(&r);
		r.priv_len = lens[i];
		ck_assert_int_eq(offer(&r, &out), SNMP_E_PDU);
	}
}
END_TEST

START_TEST(priv_without_auth)
{
	struct reply r;
	struct v3_reply out;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	r.flags = V3_FLAG_PRIV;
	r.auth_len = 0;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_PDU);
}
END_TEST

/* A plaintext Response to an authPriv request: a downgrade. */
START_TEST(plaintext_when_priv_asked)
{
	struct reply r;
	struct v3_reply out;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	r.flags = V3_FLAG_AUTH;
	r.priv_len = 0;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	genuine(&r);
	r.flags = 0;
	r.auth_len = 0;
	r.priv_len = 0;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
}
END_TEST

/* An encrypted reply to an authNoPriv request. */
START_TEST(priv_when_not_asked)
{
	struct reply r;
	struct v3_reply out;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	/* the reply is built with the privacy key, the request had none */
	user.level = 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
}
END_TEST

START_TEST(not_ours)
{
	static const uint8_t other_engine[] = { 0x80, 0, 0, 0, 1 };
	struct reply r;
	struct v3_reply out;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	r.msgid = MSGID + 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	genuine(&r);
	r.reqid = REQID + 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	genuine(&r);
	r.user = "bob";
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	genuine(&r);
	r.engine = other_engine;
	r.engine_len = sizeof(other_engine);
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	genuine(&r);
	r.context = "vlan-12";
	ck_assert_int_eq(offer(&r, &out), SNMP_E_MISMATCH);
	/* an earlier try's msgID is still ours */
	genuine(&r);
	r.msgid = MSGID - 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_OK);
}
END_TEST

START_TEST(time_window)
{
	struct reply r;
	struct v3_reply out;

	setup(1, USM_AUTH_SHA1, USM_PRIV_NONE);
	genuine(&r);
	r.boots = BOOTS - 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_WINDOW);
	genuine(&r);
	r.time = ETIME - 151;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_WINDOW);
	genuine(&r);
	r.boots = INT32_MAX;
	ck_assert_int_eq(offer(&r, &out), SNMP_E_WINDOW);
	/* 150 s behind is still inside; a later boot is adopted */
	genuine(&r);
	r.time = ETIME - 150;
	ck_assert_int_eq(offer(&r, &out), SNMP_OK);
	ck_assert_int_eq(sv.etime, ETIME);
	genuine(&r);
	r.boots = BOOTS + 1;
	r.time = 3;
	ck_assert_int_eq(offer(&r, &out), SNMP_OK);
	ck_assert_int_eq(sv.boots, BOOTS + 1);
	ck_assert_int_eq(sv.etime, 3);
}
END_TEST

/* An unauthenticated Report (unknown user) is read, and changes nothing. */
START_TEST(unauthenticated_report)
{
	struct reply r;
	struct v3_reply out;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	r.flags = 0;
	r.auth_len = 0;
	r.priv_len = 0;
	r.type = PDU_REPORT;
	r.boots = BOOTS + 7;
	r.time = 1;
	ck_assert_int_eq(offer(&r, &out), SNMP_OK);
	ck_assert_int_eq(out.report, 1);
	ck_assert_int_eq(out.authenticated, 0);
	ck_assert_int_eq(sv.boots, BOOTS);
}
END_TEST

/* Truncated anywhere: rejected, never read past the end. */
START_TEST(truncated_everywhere)
{
	static const int32_t ids[] = { MSGID };
	static uint8_t copy[4096];
	struct reply r;
	struct v3_reply out;
	size_t len, cut;

	setup(2, USM_AUTH_SHA1, USM_PRIV_AES128);
	genuine(&r);
	len = build(&r);
	for (cut = 0; cut < len; cut++) {
		memcpy(copy, msg, cut);
		ck_assert_int_ne(session_v3_accept(&sess, 0, REQID, ids, 1,
		    copy, cut, &out), SNMP_OK);
	}
}
END_TEST


/* Walks over a walk file: the same engine as over the network (GETNEXT). */
static void
open_file(const char *path)
{
	struct session_opts o;

	memset(&o, 0, sizeof(o));
	o.version = SNMP_V2C;
	o.walkfile = path;
	o.budget_ms = 5000;
	o.deadline = snmp_now_ms() + 5000;
	ck_assert_ptr_nonnull(fs = session_new());
	ck_assert_int_eq(session_open(fs, &o), SNMP_OK);
}

static struct oid
col(const char *text)
{
	struct oid o;

	ck_assert_int_eq(oid_parse(&o, text), SNMP_OK);
	return o;
}

START_TEST(table_joined_by_index)
{
	struct oid cols[4];
	struct table t;
	static const uint32_t nine = 9;

	open_file("tests/data/table-join.walk");
	cols[0] = col("1.3.6.1.2.1.25.2.3.1.3");	/* descr */
	cols[1] = col("1.3.6.1.2.1.25.2.3.1.5");	/* size */
	cols[2] = col("1.3.6.1.2.1.25.2.3.1.6");	/* used */
	cols[3] = col("1.3.6.1.2.1.25.2.3.1.4");	/* absent column */
	ck_assert_int_eq(table_walk(fs, cols, 4, &t), SNMP_OK);
	ck_assert_uint_eq(t.nrows, 4);
	ck_assert_uint_eq(t.rows[0].index_len, 1);
	ck_assert_uint_eq(t.rows[0].index[0], 1);
	ck_assert_int_eq(t.rows[0].val[0].type, VAL_OCTET_STRING);
	ck_assert_int_eq((int)t.rows[0].val[1].i, 100);
	ck_assert_int_eq((int)t.rows[0].val[2].i, 10);
	ck_assert_int_eq(t.rows[0].val[3].type, VAL_NOSUCHINSTANCE);
	/* row 3: no size */
	ck_assert_uint_eq(t.rows[1].index[0], 3);
	ck_assert_int_eq(t.rows[1].val[1].type, VAL_NOSUCHINSTANCE);
	ck_assert_int_eq((int)t.rows[1].val[2].i, 30);
	ck_assert_uint_eq(t.rows[2].index[0], 7);
	/* row 9: only a description */
	ck_assert_uint_eq(t.rows[3].index[0], 9);
	ck_assert_int_eq(t.rows[3].val[2].type, VAL_NOSUCHINSTANCE);
	ck_assert_ptr_eq(table_find(&t, &nine, 1), &t.rows[3]);
	ck_assert_ptr_null(table_find(&t, &nine, 0));
	ck_assert_uint_eq(session_requests(fs), 0);
	table_free(&t);
	session_free(fs);
}
END_TEST

/* Multi-arc indexes sort as OIDs do; a column ends where its subtree does. */
START_TEST(table_long_indexes)
{
	struct oid c;
	struct table t;

	open_file("tests/data/table-join.walk");
	c = col("1.3.6.1.4.1.9.9.1.1.10");
	ck_assert_int_eq(table_walk(fs, &c, 1, &t), SNMP_OK);
	ck_assert_uint_eq(t.nrows, 3);
	ck_assert_uint_eq(t.rows[0].index_len, 3);
	ck_assert_uint_eq(t.rows[1].index_len, 4);
	ck_assert_uint_eq(t.rows[2].index_len, 1);
	ck_assert_uint_eq(t.rows[2].index[0], 2);
	table_free(&t);
	/* nothing under it, and past the end of the file */
	c = col("1.3.6.1.4.1.9.9.1.1.12");
	ck_assert_int_eq(table_walk(fs, &c, 1, &t), SNMP_OK);
	ck_assert_uint_eq(t.nrows, 0);
	table_free(&t);
	c = col("1.3.6.1.2.1.25.3.2.1.1");
	ck_assert_int_eq(table_walk(fs, &c, 1, &t), SNMP_OK);
	ck_assert_uint_eq(t.nrows, 1);
	ck_assert_uint_eq(t.rows[0].index[0], 196608);
	table_free(&t);
	session_free(fs);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("session_v3");
	TCase *tc = tcase_create("incoming");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, genuine_reply_accepted, 0, NLEVELS);
	tcase_add_loop_test(tc, flipped_mac_bit, 0, NLEVELS - 1);
	tcase_add_loop_test(tc, flipped_data_bit, 0, NLEVELS - 1);
	tcase_add_loop_test(tc, auth_params_wrong_length, 0, NLEVELS - 1);
	tcase_add_loop_test(tc, wrong_privacy_key, 0, 3);
	tcase_add_test(tc, padding_after_scoped_pdu);
	tcase_add_test(tc, des_ciphertext_not_multiple_of_8);
	tcase_add_test(tc, priv_params_not_8_octets);
	tcase_add_test(tc, priv_without_auth);
	tcase_add_test(tc, plaintext_when_priv_asked);
	tcase_add_test(tc, priv_when_not_asked);
	tcase_add_test(tc, not_ours);
	tcase_add_test(tc, time_window);
	tcase_add_test(tc, unauthenticated_report);
	tcase_add_test(tc, truncated_everywhere);
	suite_add_tcase(s, tc);
	tc = tcase_create("walk");
	tcase_add_test(tc, table_joined_by_index);
	tcase_add_test(tc, table_long_indexes);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
