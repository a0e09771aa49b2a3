/* SPDX-License-Identifier: ISC */
/*
 * fuzz_v3: SNMPv3 messages with USM as a reply reaches the session
 * (session_v3_accept(), protocol-notes.md "USM, incoming"), and the two
 * decoders under it, pdu_decode_v3() and pdu_decode_scoped(), directly.
 *
 * The first input octet is a selector, the rest is the datagram:
 *   bits 0-2  the session's user (cfgs[] below): SHA-1/AES-128 and MD5/DES
 *             as net-snmp's test agent has them, other auth/priv pairs,
 *             authNoPriv and noAuthNoPriv
 *   bits 3-4  0: the datagram as it is
 *             1: the harness writes the right MAC into authParameters
 *                (found through pdu_decode_v3()'s auth_off) first, so the
 *                fuzzer gets past authentication
 *             2: as 1, and before that msgData (an OCTET STRING holding a
 *                plaintext scopedPDU when the priv flag is set) is
 *                encrypted with the user's key, the message's salt and
 *                boots/time, so decryption yields what the fuzzer wrote
 *             3: only the direct decoder calls
 *   bit 5     discovery (the session's first request: no user yet)
 *   bit 6     the session has not learned the engine's clock yet
 * Every user has the engine ID, passwords ("maplesyrup") and names of
 * the net-snmp 5.9.3 capture (shared/reference), so the captured replies
 * authenticate as they are.  Properties: every view lies inside the
 * datagram; the datagram is restored after the MAC check; an
 * unauthenticated datagram never moves the engine clock; an accepted
 * Response matches the request's ids, level and context.
 */
#include "pdu.h"
#include "session.h"
#include "session_int.h"
#include "session_v3.h"
#include "snmp.h"
#include "usm.h"

#include "fuzz.h"

#define REQID	7

static const uint8_t engine[] = {
	0x80, 0x00, 0x1f, 0x88, 0x80, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
	0x00, 0x11
};
/* msgIDs of the capture's requests */
static const int32_t msgids[] = { 7, 1000, 21, 22 };

static const struct cfg {
	const char	*user;
	int		 level;
	int		 auth;
	int		 priv;
} cfgs[8] = {
	{ "u_sha_aes", 2, USM_AUTH_SHA1, USM_PRIV_AES128 },
	{ "u_md5_des", 2, USM_AUTH_MD5, USM_PRIV_DES },
	{ "u_sha_auth", 1, USM_AUTH_SHA1, USM_PRIV_NONE },
	{ "u_md5_auth", 1, USM_AUTH_MD5, USM_PRIV_NONE },
	{ "u_sha512_aes256c", 2, USM_AUTH_SHA512, USM_PRIV_AES256C },
	{ "u_sha224_aes192", 2, USM_AUTH_SHA224, USM_PRIV_AES192 },
	{ "u_sha256_aes256", 2, USM_AUTH_SHA256, USM_PRIV_AES256 },
	{ "u_none", 0, USM_AUTH_NONE, USM_PRIV_NONE }
};

static struct session_usm users[8];
static uint8_t kul[8][64], privkey[8][32];
static struct session sess;
static struct session_v3 sv;
static struct varbind vb[SESSION_REPLY_VB];

static void
keys(int i)
{
	const struct cfg *c = &cfgs[i];
	struct session_usm *u = &users[i];
	uint8_t ku[64], pkul[64];

	memset(u, 0, sizeof(*u));
	u->user = c->user;
	u->context = "";
	u->level = c->level;
	u->auth = c->auth == USM_AUTH_NONE ? USM_AUTH_SHA1 : c->auth;
	u->priv = c->priv == USM_PRIV_NONE ? USM_PRIV_AES128 : c->priv;
	if (c->level == 0)
		return;
	FUZZ_CHECK(usm_password_to_key(u->auth, "maplesyrup", 10, ku) ==
	    SNMP_OK);
	FUZZ_CHECK(usm_localize(u->auth, ku, engine, sizeof(engine),
	    kul[i]) == SNMP_OK);
	memcpy(pkul, kul[i], sizeof(pkul));	/* same password */
	if (c->level == 2)
		FUZZ_CHECK(usm_priv_key(u->auth, u->priv, pkul,
		    usm_key_len(u->auth), engine, sizeof(engine),
		    privkey[i]) == SNMP_OK);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int i;

	(void)argc;
	(void)argv;
	for (i = 0; i < 8; i++)
		keys(i);
	return 0;
}

static int
inside(const uint8_t *p, size_t n, const uint8_t *buf, size_t len)
{
	return p >= buf && p <= buf + len && n <= (size_t)(buf + len - p);
}

/* pdu_decode_v3() and, on what it calls msgData, pdu_decode_scoped(). */
static void
decode_direct(const uint8_t *msg, size_t len)
{
	struct v3_header h;
	struct v3_scope sc;
	struct pdu pdu;
	size_t used, i;
	int rc;

	rc = pdu_decode_v3(msg, len, &h);
	if (rc == SNMP_OK) {
		FUZZ_CHECK(h.engine_len <= 32 && h.user_len <= 32);
		FUZZ_CHECK(inside(h.engine, h.engine_len, msg, len));
		FUZZ_CHECK(inside(h.user, h.user_len, msg, len));
		FUZZ_CHECK(h.auth_off <= len && h.auth_len <= len - h.auth_off);
		FUZZ_CHECK(inside(h.priv, h.priv_len, msg, len));
		FUZZ_CHECK(inside(h.data, h.data_len, msg, len));
		FUZZ_CHECK(h.max_size >= 484 && h.msgid >= 0 && h.boots >= 0 &&
		    h.time >= 0);
		FUZZ_CHECK(!(h.flags & V3_FLAG_PRIV) ||
		    ((h.flags & V3_FLAG_AUTH) && h.priv_len == 8));
		FUZZ_CHECK((h.flags & V3_FLAG_AUTH) || h.auth_len == 0);
	}
	/* the scopedPDU decoder on the plaintext msgData, or on anything */
	if (rc == SNMP_OK && !(h.flags & V3_FLAG_PRIV)) {
		msg = h.data;
		len = h.data_len;
	}
	memset(&pdu, 0, sizeof(pdu));
	pdu.vb = vb;
	pdu.maxvb = SESSION_REPLY_VB;
	if (pdu_decode_scoped(msg, len, &sc, &pdu, &used) == SNMP_OK) {
		FUZZ_CHECK(used <= len);
		FUZZ_CHECK(inside(sc.engine, sc.engine_len, msg, used));
		FUZZ_CHECK(inside(sc.context, sc.context_len, msg, used));
		FUZZ_CHECK(pdu.nvb <= SESSION_REPLY_VB);
		for (i = 0; i < pdu.nvb; i++)
			FUZZ_CHECK(vb[i].val.len == 0 ||
			    inside(vb[i].val.bytes, vb[i].val.len, msg, used));
	}
}

/* Mode 2: encrypt msgData in place, as the agent would have. */
static void
encrypt(const struct cfg *c, const struct session_usm *u, int k, uint8_t *msg,
    size_t len)
{
	struct v3_header h;
	uint8_t *buf, *data;
	int n;

	if (pdu_decode_v3(msg, len, &h) != SNMP_OK ||
	    !(h.flags & V3_FLAG_PRIV) || c->level != 2)
		return;
	if (u->priv == USM_PRIV_DES && h.data_len % 8 != 0)
		return;		/* refused before decryption anyway */
	if ((buf = malloc(h.data_len + 8)) == NULL)
		abort();
	data = msg + (h.data - msg);
	n = usm_encrypt(u->priv, privkey[k], (uint32_t)h.boots,
	    (uint32_t)h.time, h.priv, data, h.data_len, buf);
	FUZZ_CHECK(n >= 0 && (size_t)n == h.data_len);
	memcpy(data, buf, h.data_len);
	free(buf);
}

/* Modes 1 and 2: the right MAC for this user into authParameters. */
static void
sign(const struct session_usm *u, int k, uint8_t *msg, size_t len)
{
	struct v3_header h;
	uint8_t mac[USM_MAX_MAC];
	size_t n;

	if (pdu_decode_v3(msg, len, &h) != SNMP_OK || !(h.flags & V3_FLAG_AUTH))
		return;
	memset(msg + h.auth_off, 0, h.auth_len);
	usm_mac(u->auth, kul[k], msg, len, mac);
	n = usm_mac_len(u->auth);
	memcpy(msg + h.auth_off, mac, h.auth_len < n ? h.auth_len : n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct cfg *c;
	struct session_usm *u;
	struct v3_reply rep;
	uint8_t *msg, *copy;
	int k, mode, discovery, untimed, rc;
	int32_t boots, etime;
	size_t len;

	if (size < 1)
		return 0;
	k = data[0] & 7;
	mode = (data[0] >> 3) & 3;
	discovery = (data[0] >> 5) & 1;
	untimed = (data[0] >> 6) & 1;
	c = &cfgs[k];
	u = &users[k];
	len = size - 1;
	/* exact-size heap copies: the session writes into the datagram */
	msg = malloc(len > 0 ? len : 1);
	copy = malloc(len > 0 ? len : 1);
	if (msg == NULL || copy == NULL)
		abort();
	if (len > 0)
		memcpy(msg, data + 1, len);

	decode_direct(msg, len);
	if (mode == 3)
		goto done;
	if (mode == 2)
		encrypt(c, u, k, msg, len);
	if (mode >= 1)
		sign(u, k, msg, len);

	/* the session after discovery (or before it) */
	sess.o.version = SNMP_V3;
	sess.o.usm = u;
	sess.o.trace = NULL;
	sess.v3 = &sv;
	sv.u = u;
	if (discovery) {
		sv.engine_len = 0;
	} else {
		memcpy(sv.engine, engine, sizeof(engine));
		sv.engine_len = sizeof(engine);
	}
	memcpy(sv.kul, kul[k], sizeof(sv.kul));
	memcpy(sv.privkey, privkey[k], sizeof(sv.privkey));
	sv.boots = untimed ? 0 : 1;
	sv.etime = 0;
	sv.etime_at = snmp_now_ms();
	sv.timed = !untimed;
	boots = sv.boots;
	etime = sv.etime;

	if (len > 0)
		memcpy(copy, msg, len);
	memset(&rep, 0, sizeof(rep));
	rc = session_v3_accept(&sess, discovery, REQID, msgids,
	    (int)(sizeof(msgids) / sizeof(msgids[0])), msg, len, &rep);
#ifdef FUZZ_DEBUG
	fprintf(stderr, "cfg %d mode %d disc %d untimed %d: %s (%s) auth %d "
	    "report %d nvb %zu\n", k, mode, discovery, untimed,
	    snmp_strerror(rc), sess.ignored_why, rep.authenticated, rep.report,
	    rep.pdu.nvb);
	sess.ignored_why[0] = '\0';
#endif
	/* the MAC field was zeroed and restored in place */
	FUZZ_CHECK(len == 0 || memcmp(copy, msg, len) == 0);
	if (!rep.authenticated || rc == SNMP_E_WINDOW)
		FUZZ_CHECK(sv.boots == boots && sv.etime == etime);
	if (rc == SNMP_OK) {
		FUZZ_CHECK(rep.engine_len <= sizeof(rep.engine));
		FUZZ_CHECK(rep.pdu.nvb <= SESSION_REPLY_VB);
		if (rep.report)
			FUZZ_CHECK(rep.pdu.type == PDU_REPORT &&
			    rep.pdu.nvb >= 1);
		else
			FUZZ_CHECK(rep.pdu.type == PDU_RESPONSE &&
			    rep.pdu.reqid == REQID);
		/* a genuine reply at our level is authenticated */
		if (!discovery && c->level >= 1 && !rep.report)
			FUZZ_CHECK(rep.authenticated);
	} else
		FUZZ_CHECK(rc < 0);
done:
	free(msg);
	free(copy);
	return 0;
}
