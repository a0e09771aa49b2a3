/* SPDX-License-Identifier: ISC */
/*
 * SNMPv3 for the session (RFC 3412 §7.2, RFC 3414 §3.2) following
 * protocol-notes.md: the user's keys derived once (RFC 3414 §A.2) and
 * localized to the engine (§2.6), discovery by an empty noAuthNoPriv
 * request, time synchronisation from an authenticated notInTimeWindows
 * Report, a new msgID per transmission, and the incoming checks in their
 * order.  The retry loop is session.c's (session_transact).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/sha256.h"
#include "crypto/wipe.h"
#include "session_int.h"
#include "session_v3.h"
#include "snmp.h"
#include "usm.h"
#include "usmcache.h"

#define REPORT_PREFIX	"1.3.6.1.6.3.15.1.1"
/* An engine clock this far from the cached one is written back. */
#define CACHE_SLACK_S	10

enum {
	R_UNSUPPORTED_LEVEL = 1, R_NOT_IN_TIME = 2, R_UNKNOWN_USER = 3,
	R_UNKNOWN_ENGINE = 4, R_WRONG_DIGEST = 5, R_DECRYPTION = 6
};

static int
report_kind(const struct oid *o)
{
	static const uint32_t usm[] = { 1, 3, 6, 1, 6, 3, 15, 1, 1 };
	static const uint32_t ctx[] = { 1, 3, 6, 1, 6, 3, 12, 1, 5 };
	size_t i;

	if (o->len >= 10) {
		for (i = 0; i < 9 && o->arcs[i] == usm[i]; i++)
			;
		if (i == 9 && o->arcs[9] >= 1 && o->arcs[9] <= 6)
			return (int)o->arcs[9];
		for (i = 0; i < 9 && o->arcs[i] == ctx[i]; i++)
			;
		if (i == 9)
			return 100;	/* snmpUnknownContexts */
	}
	return 0;
}

static int
level_flags(int level)
{
	return level == 2 ? V3_FLAG_AUTH | V3_FLAG_PRIV :
	    level == 1 ? V3_FLAG_AUTH : 0;
}

static int32_t
engine_time(const struct session_v3 *v)
{
	int64_t t = v->etime + (snmp_now_ms() - v->etime_at) / 1000;

	return t > INT32_MAX ? INT32_MAX : (int32_t)t;
}

/*
 * Ku from the passwords, or the localized keys as given.  Password to key
 * costs a 1 MiB hash, so equal auth and privacy passwords (both use the
 * auth hash) derive once.
 */
static int
user_keys(struct session_v3 *v)
{
	const struct session_usm *u = v->u;
	int rc = SNMP_OK;

	v->have_ku = 1;
	/* two passwords: their streams hashed side by side */
	if (u->level >= 2 && u->auth_key == NULL && u->priv_key == NULL &&
	    strcmp(u->auth_pass, u->priv_pass) != 0)
		return usm_passwords_to_keys(u->auth, u->auth_pass,
		    strlen(u->auth_pass), v->auth_ku, u->priv_pass,
		    strlen(u->priv_pass), v->priv_ku);
	if (u->level >= 1) {
		if (u->auth_key != NULL)
			memcpy(v->auth_ku, u->auth_key, u->auth_key_len);
		else
			rc = usm_password_to_key(u->auth, u->auth_pass,
			    strlen(u->auth_pass), v->auth_ku);
	}
	if (rc != SNMP_OK || u->level < 2)
		return rc;
	if (u->priv_key != NULL) {
		memcpy(v->priv_ku, u->priv_key, u->priv_key_len);
		v->priv_ku_len = u->priv_key_len;
	} else if (u->auth_key == NULL &&
	    strcmp(u->auth_pass, u->priv_pass) == 0)
		memcpy(v->priv_ku, v->auth_ku, sizeof(v->priv_ku));
	else
		rc = usm_password_to_key(u->auth, u->priv_pass,
		    strlen(u->priv_pass), v->priv_ku);
	return rc;
}

/* Keys for the discovered engine (RFC 3414 §2.6). */
static int
engine_keys(struct session_v3 *v)
{
	const struct session_usm *u = v->u;
	uint8_t kul[64];
	size_t klen = usm_key_len(u->auth);
	int rc;

	if (u->level == 0)
		return SNMP_OK;
	/* a warm cache had the keys: derive the user's now, for a new engine */
	if (!v->have_ku && (rc = user_keys(v)) != SNMP_OK)
		return rc;
	if (u->auth_key != NULL)
		memcpy(v->kul, v->auth_ku, klen);
	else if ((rc = usm_localize(u->auth, v->auth_ku, v->engine,
	    v->engine_len, v->kul)) != SNMP_OK)
		return rc;
	if (u->level < 2)
		return SNMP_OK;
	if (u->priv_key != NULL)
		rc = usm_priv_key(u->auth, u->priv, v->priv_ku, v->priv_ku_len,
		    v->engine, v->engine_len, v->privkey);
	else if ((rc = usm_localize(u->auth, v->priv_ku, v->engine,
	    v->engine_len, kul)) == SNMP_OK)
		rc = usm_priv_key(u->auth, u->priv, kul, klen, v->engine,
		    v->engine_len, v->privkey);
	crypto_wipe(kul, sizeof(kul));
	return rc;
}

/* The user's keys and, for a known engine (--secengineid), the engine's. */
static int
v3_keys(struct session *s)
{
	struct session_v3 *v = s->v3;
	int rc;

	if ((rc = user_keys(v)) == SNMP_OK && v->u->sec_engine_len > 0) {
		memcpy(v->engine, v->u->sec_engine, v->u->sec_engine_len);
		v->engine_len = v->u->sec_engine_len;
		v->etime_at = snmp_now_ms();
		rc = engine_keys(v);
	}
	if (rc != SNMP_OK)
		session_seterr(s, "cannot derive SNMPv3 keys: %s",
		    snmp_strerror(rc));
	return rc;
}

/*
 * With a cache the keys wait for the first request, where a warm cache
 * entry makes them unnecessary (v3_cache_load()).
 */
int
session_v3_open(struct session *s)
{
	struct session_v3 *v;

	if ((v = s->v3 = calloc(1, sizeof(*v))) == NULL) {
		session_seterr(s, "out of memory");
		return SNMP_E_NOMEM;
	}
	v->u = s->o.usm;
	if (v->u->cache != NULL && v->u->level >= 1) {
		v->cache_pending = 1;
		return SNMP_OK;
	}
	return v3_keys(s);
}

/* A field of the cache key: its length (two octets), then its octets. */
static void
key_field(struct sha256_ctx *c, const void *p, size_t n)
{
	uint8_t len[2];

	len[0] = (uint8_t)(n >> 8);
	len[1] = (uint8_t)n;
	sha256_update(c, len, sizeof(len));
	if (n > 0)	/* p may be NULL then (no key, or no password) */
		sha256_update(c, p, n);
}

/*
 * The cache key: a SHA-256 of the agent's address and port, the user,
 * the protocols and the credentials; label: the same without secrets,
 * which the file repeats.
 */
static void
cache_key(struct session *s, uint8_t key[SHA256_DIGEST_LEN],
    char *label, size_t cap)
{
	const struct session_usm *u = s->v3->u;
	struct sha256_ctx c;
	const char *peer = net_text(&s->conn);
	uint8_t proto[3];

	proto[0] = (uint8_t)u->level;
	proto[1] = (uint8_t)u->auth;
	proto[2] = (uint8_t)(u->level == 2 ? u->priv : 0);
	sha256_init(&c);
	key_field(&c, peer, strlen(peer));
	key_field(&c, u->user, strlen(u->user));
	key_field(&c, proto, sizeof(proto));
	key_field(&c, u->auth_pass, u->auth_key != NULL ? 0 :
	    strlen(u->auth_pass));
	key_field(&c, u->auth_key, u->auth_key_len);
	if (u->level == 2) {
		key_field(&c, u->priv_pass, u->priv_key != NULL ? 0 :
		    strlen(u->priv_pass));
		key_field(&c, u->priv_key, u->priv_key_len);
	}
	sha256_final(&c, key);
	crypto_wipe(&c, sizeof(c));
	snprintf(label, cap, "snmpv3 %s@%s %s %s", u->user, peer,
	    usm_auth_name(u->auth), u->level == 2 ? usm_priv_name(u->priv) :
	    "-");
}

/* An entry that fits the user's protocols and --secengineid, or why not. */
static const char *
cache_unfit(const struct session_v3 *v, const struct v3cache *e)
{
	const struct session_usm *u = v->u;

	if (e->authkey_len != usm_key_len(u->auth) || e->privkey_len !=
	    (u->level == 2 ? usm_priv_key_len(u->priv) : 0))
		return "keys of the wrong length: ignored";
	if (u->sec_engine_len > 0 && (e->engine_len != u->sec_engine_len ||
	    memcmp(e->engine, u->sec_engine, e->engine_len) != 0))
		return "for another engine ID than --secengineid: ignored";
	return NULL;
}

/* Take the engine and keys from a cache entry; its clock if plausible. */
static void
cache_take(struct session_v3 *v, const struct v3cache *e)
{
	int64_t elapsed = snmp_wall_ms() - e->seen_ms;

	memcpy(v->engine, e->engine, e->engine_len);
	v->engine_len = e->engine_len;
	memcpy(v->kul, e->authkey, e->authkey_len);
	memcpy(v->privkey, e->privkey, e->privkey_len);
	/*
	 * Sent, not trusted: an authentic reply with any clock replaces it
	 * (an agent whose boots went back would otherwise be refused for
	 * good).  The local clock went back: the time is unknown, sync it.
	 */
	v->boots = e->boots;
	v->etime = e->etime;
	v->hint = elapsed >= 0;
	v->etime_at = snmp_now_ms() - (elapsed >= 0 ? elapsed : 0);
}

/*
 * Before the first request: the engine and keys from the cache, else the
 * user's keys as without one (discovery follows).
 */
static int
v3_cache_load(struct session *s)
{
	struct session_v3 *v = s->v3;
	struct v3cache e;
	uint8_t key[SHA256_DIGEST_LEN];
	char label[256], why[USMCACHE_WHY_MAX];
	const char *unfit = NULL;
	int rc;

	v->cache_pending = 0;
	cache_key(s, key, label, sizeof(label));
	rc = v->u->cache->load(v->u->cache_dir, key, sizeof(key), label,
	    s->o.deadline, &e, why, sizeof(why));
	crypto_wipe(key, sizeof(key));
	if (rc == SNMP_OK && (unfit = cache_unfit(v, &e)) == NULL) {
		cache_take(v, &e);
		session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0, "SNMPv3 cache: "
		    "engine of %s and its keys from %s, boots %d%s",
		    net_text(&s->conn), v->u->cache_dir, (int)v->boots,
		    v->hint ? "" : " (the local clock went back: time "
		    "unknown)");
	} else
		session_trace(s, TRACE_NOTE, NULL, 0, 0, 0, "SNMPv3 cache "
		    "in %s: %s", v->u->cache_dir, unfit != NULL ? unfit : why);
	crypto_wipe(&e, sizeof(e));
	return v->engine_len > 0 ? SNMP_OK : v3_keys(s);
}

/* After an authenticated Response that taught something: write it. */
static void
v3_cache_save(struct session *s)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;
	struct v3cache e;
	uint8_t key[SHA256_DIGEST_LEN];
	char label[256], why[USMCACHE_WHY_MAX];

	v->dirty = 0;
	memset(&e, 0, sizeof(e));
	memcpy(e.engine, v->engine, v->engine_len);
	e.engine_len = v->engine_len;
	e.boots = v->boots;
	e.etime = v->etime;
	e.seen_ms = snmp_wall_ms() - (snmp_now_ms() - v->etime_at);
	e.authkey_len = usm_key_len(u->auth);
	memcpy(e.authkey, v->kul, e.authkey_len);
	e.privkey_len = u->level == 2 ? usm_priv_key_len(u->priv) : 0;
	memcpy(e.privkey, v->privkey, e.privkey_len);
	cache_key(s, key, label, sizeof(label));
	u->cache->check(key, sizeof(key), e.check);
	if (u->cache->save(u->cache_dir, key, sizeof(key), label, s->o.deadline, &e,
	    why, sizeof(why)) != SNMP_OK)
		session_trace(s, TRACE_NOTE, NULL, 0, 0, 0, "SNMPv3 cache not "
		    "written: %s", why);
	crypto_wipe(key, sizeof(key));
	crypto_wipe(&e, sizeof(e));
}

/*
 * The keys and what pbuf held, not the whole 64 KiB buffer: wiping that
 * cost more than a warm-cache request (bench/README.md).
 */
void
session_v3_close(struct session *s)
{
	if (s->v3 == NULL)
		return;
	crypto_wipe(s->v3->pbuf, s->v3->pbuf_hi);
	crypto_wipe(s->v3, offsetof(struct session_v3, pbuf));
	free(s->v3);
	s->v3 = NULL;
}

int
session_boots(const struct session *s, int32_t *boots)
{
	if (s->v3 == NULL || !s->v3->timed)
		return 0;
	*boots = s->v3->boots;
	return 1;
}

/* pbuf held n octets: close wipes as far as the most it held. */
static void
pbuf_used(struct session_v3 *v, size_t n)
{
	if (n > v->pbuf_hi)
		v->pbuf_hi = n;
}

/* Build one transmission; returns its length. */
static int
v3_build(struct session *s, int discovery, int type, const struct oid *oids,
    size_t n, int32_t reqid, int32_t msgid)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;
	struct v3_header h;
	struct v3_scope sc;
	struct v3_header back;
	uint8_t salt[8], mac[USM_MAX_MAC];
	int plen, len, lvl = discovery ? 0 : u->level;
	uint32_t ctr;

	memset(&h, 0, sizeof(h));
	memset(&sc, 0, sizeof(sc));
	if (!discovery) {
		sc.engine = u->ctx_engine_len > 0 ? u->ctx_engine : v->engine;
		sc.engine_len = u->ctx_engine_len > 0 ? u->ctx_engine_len :
		    v->engine_len;
		sc.context = (const uint8_t *)u->context;
		sc.context_len = strlen(u->context);
	}
	plen = pdu_encode_scoped(v->pbuf, sizeof(v->pbuf) - 16, &sc, type,
	    reqid, 0, type == PDU_GETBULK ? s->maxrep : 0, oids,
	    discovery ? 0 : n);
	pbuf_used(v, plen < 0 ? sizeof(v->pbuf) : (size_t)plen);
	if (plen < 0)
		return plen;
	h.msgid = msgid;
	h.max_size = SESSION_BUF;
	h.flags = (uint8_t)(level_flags(lvl) | V3_FLAG_REPORTABLE);
	if (!discovery) {
		h.engine = v->engine;
		h.engine_len = v->engine_len;
		h.boots = v->boots;
		h.time = v->timed || v->hint ? engine_time(v) : 0;
		h.user = (const uint8_t *)u->user;
		h.user_len = strlen(u->user);
	}
	if (lvl >= 1)
		h.auth_len = usm_mac_len(u->auth);
	if (lvl == 2) {
		/* a unique salt per message (RFC 3414 §8.1.1.1, RFC 3826 §3.1.2.1) */
		ctr = ++v->salt_counter;
		if (u->priv == USM_PRIV_DES) {
			salt[0] = (uint8_t)((uint32_t)h.boots >> 24);
			salt[1] = (uint8_t)((uint32_t)h.boots >> 16);
			salt[2] = (uint8_t)((uint32_t)h.boots >> 8);
			salt[3] = (uint8_t)h.boots;
		} else if (snmp_random(salt, 4) != SNMP_OK)
			return SNMP_E_RANDOM;
		salt[4] = (uint8_t)(ctr >> 24);
		salt[5] = (uint8_t)(ctr >> 16);
		salt[6] = (uint8_t)(ctr >> 8);
		salt[7] = (uint8_t)ctr;
		h.priv = salt;
		h.priv_len = 8;
		plen = usm_encrypt(u->priv, v->privkey, (uint32_t)h.boots,
		    (uint32_t)h.time, salt, v->pbuf, (size_t)plen, v->pbuf);
		if (plen < 0)
			return plen;
		pbuf_used(v, (size_t)plen);	/* DES pads */
	}
	len = pdu_encode_v3(s->sbuf, sizeof(s->sbuf), &h, v->pbuf,
	    (size_t)plen);
	if (len < 0 || lvl == 0)
		return len;
	/* The MAC covers the whole message with its own field zeroed. */
	if (pdu_decode_v3(s->sbuf, (size_t)len, &back) != SNMP_OK)
		return SNMP_E_INVAL;
	usm_mac(u->auth, v->kul, s->sbuf, (size_t)len, mac);
	memcpy(s->sbuf + back.auth_off, mac, back.auth_len);
	return len;
}

/* The user and the engine that the session's keys are for. */
static int
same_user_engine(const struct session_v3 *v, const struct v3_header *h)
{
	return h->user_len == strlen(v->u->user) &&
	    memcmp(h->user, v->u->user, h->user_len) == 0 &&
	    h->engine_len == v->engine_len &&
	    memcmp(h->engine, v->engine, h->engine_len) == 0;
}

/* Steps 1-2: a well-formed header answering one of msgids; rep->try. */
static int
v3_match(struct session *s, const int32_t *msgids, int nmsgids,
    const uint8_t *msg, size_t len, struct v3_header *h,
    struct v3_reply *rep)
{
	int i, rc;

	if ((rc = pdu_decode_v3(msg, len, h)) != SNMP_OK) {
		session_ignore(s, "malformed SNMPv3 message: %s", snmp_strerror(rc));
		return rc;
	}
	for (i = 0; i < nmsgids && msgids[i] != h->msgid; i++)
		;
	if (i == nmsgids) {
		session_ignore(s, "msgID %d matches no request", h->msgid);
		return SNMP_E_MISMATCH;
	}
	memset(rep, 0, sizeof(*rep));
	rep->try = i;
	return SNMP_OK;
}

/* Step 4: timeliness (RFC 3414 §3.2 step 7); a later clock is adopted. */
static int
v3_timely(struct session *s, const struct v3_header *h)
{
	struct session_v3 *v = s->v3;

	if (h->boots == INT32_MAX) {
		session_ignore(s, "engine boots at its maximum");
		return SNMP_E_WINDOW;
	}
	if (v->timed && (h->boots < v->boots || (h->boots == v->boots &&
	    h->time < engine_time(v) - 150))) {
		session_ignore(s, "reply outside the time window");
		return SNMP_E_WINDOW;
	}
	if (!v->timed || h->boots > v->boots || h->time > engine_time(v)) {
		/* a clock other than the cached one is written back */
		v->dirty |= !(v->timed || v->hint) || h->boots != v->boots ||
		    llabs((int64_t)h->time - engine_time(v)) > CACHE_SLACK_S;
		v->boots = h->boots;
		v->etime = h->time;
		v->etime_at = snmp_now_ms();
		v->timed = 1;
	}
	return SNMP_OK;
}

/*
 * Step 3 for a message flagged authenticated: our user and engine, then
 * the MAC over msg with its own field zeroed (restored after); step 4.
 */
static int
v3_authenticate(struct session *s, int lvl, const struct v3_header *h,
    uint8_t *msg, size_t len, struct v3_reply *rep)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;
	uint8_t mac[USM_MAX_MAC], got[USM_MAX_MAC];
	size_t maclen = usm_mac_len(u->auth);

	if (lvl == 0 || !same_user_engine(v, h)) {
		session_ignore(s, "authenticated reply for another user or "
		    "engine");
		return SNMP_E_MISMATCH;
	}
	if (h->auth_len != maclen) {
		session_ignore(s, "authParameters of %zu octet%s, %s gives %zu",
		    h->auth_len, h->auth_len == 1 ? "" : "s",
		    usm_auth_name(u->auth), maclen);
		return SNMP_E_AUTH;
	}
	memcpy(got, msg + h->auth_off, maclen);
	memset(msg + h->auth_off, 0, maclen);
	usm_mac(u->auth, v->kul, msg, len, mac);
	memcpy(msg + h->auth_off, got, maclen);
	if (!crypto_memeq(mac, got, maclen)) {
		session_ignore(s, "reply with a wrong MAC");
		return SNMP_E_AUTH;
	}
	rep->authenticated = 1;
	return v3_timely(s, h);
}

/* Step 5 for a message flagged encrypted: the plaintext into v->pbuf. */
static int
v3_decrypt(struct session *s, int lvl, const struct v3_header *h)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;

	if (lvl < 2) {
		session_ignore(s, "encrypted reply to a plaintext request");
		return SNMP_E_MISMATCH;
	}
	if (u->priv == USM_PRIV_DES && h->data_len % 8 != 0) {
		session_ignore(s, "DES ciphertext not a multiple of 8 octets");
		return SNMP_E_DECRYPT;
	}
	if (h->data_len > sizeof(v->pbuf)) {
		session_ignore(s, "ciphertext larger than a datagram");
		return SNMP_E_DECRYPT;
	}
	pbuf_used(v, h->data_len);
	usm_decrypt(u->priv, v->privkey, (uint32_t)h->boots, (uint32_t)h->time,
	    h->priv, h->data, h->data_len, v->pbuf);
	return SNMP_OK;
}

/* Step 5: the scopedPDU, decrypted first when encrypted, into *sc, rep. */
static int
v3_scoped(struct session *s, int lvl, const struct v3_header *h,
    struct v3_scope *sc, struct v3_reply *rep)
{
	const uint8_t *data = h->data;
	size_t used, datalen = h->data_len;
	int rc, priv = (h->flags & V3_FLAG_PRIV) != 0;

	if (priv) {
		if ((rc = v3_decrypt(s, lvl, h)) != SNMP_OK)
			return rc;
		data = s->v3->pbuf;
	}
	rep->pdu.vb = s->vb;
	rep->pdu.maxvb = SESSION_REPLY_VB;
	rc = pdu_decode_scoped(data, datalen, sc, &rep->pdu, &used);
	/*
	 * After an encrypted scopedPDU, padding: DES pads to its 8-octet
	 * block (RFC 3414 §8.1.1.2), and some agents (pysnmp) pad AES, which
	 * needs none (RFC 3826 §3.1.3), with up to a whole 16-octet block.
	 */
	if (rc != SNMP_OK || (priv ? datalen - used >
	    (s->v3->u->priv == USM_PRIV_DES ? 8u : 16u) : used != datalen)) {
		session_ignore(s, "%s", priv ? "cannot decrypt the reply: "
		    "wrong privacy protocol or password" : "malformed scopedPDU");
		return priv ? SNMP_E_DECRYPT : SNMP_E_PDU;
	}
	return SNMP_OK;
}

/* Reports are matched by msgID; a Report names its cause. */
static int
v3_report(struct session *s, struct v3_reply *rep)
{
	if (rep->pdu.nvb < 1) {
		session_ignore(s, "empty Report");
		return SNMP_E_MISMATCH;
	}
	rep->report = 1;
	rep->oid = rep->pdu.vb[0].oid;
	rep->count = (uint32_t)rep->pdu.vb[0].val.u;
	return SNMP_OK;
}

/* Step 6: the Response's security matches the request's. */
static int
v3_same_security(struct session *s, int discovery, int lvl,
    const struct v3_header *h, const struct v3_scope *sc)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;
	const uint8_t *ctx;
	size_t ctxlen;

	if ((h->flags & (V3_FLAG_AUTH | V3_FLAG_PRIV)) != level_flags(lvl) ||
	    sc->context_len != strlen(u->context) ||
	    memcmp(sc->context, u->context, sc->context_len) != 0) {
		session_ignore(s, "Response at another security level or context");
		return SNMP_E_MISMATCH;
	}
	/* at every level, the user, the engine and the contextEngineID */
	ctx = u->ctx_engine_len > 0 ? u->ctx_engine : v->engine;
	ctxlen = u->ctx_engine_len > 0 ? u->ctx_engine_len : v->engine_len;
	if (!discovery && !same_user_engine(v, h)) {
		session_ignore(s, "Response for another user or engine");
		return SNMP_E_MISMATCH;
	}
	if (!discovery && (sc->engine_len != ctxlen ||
	    memcmp(sc->engine, ctx, ctxlen) != 0)) {
		session_ignore(s, "Response for another contextEngineID");
		return SNMP_E_MISMATCH;
	}
	return SNMP_OK;
}

/*
 * protocol-notes.md "USM, incoming": steps 1-6 for one datagram, in this
 * order, which decides what a hostile datagram is reported as.  The
 * checks of steps 3-5 have their own codes (SNMP_E_AUTH, SNMP_E_WINDOW,
 * SNMP_E_DECRYPT); anything else that is not ours is SNMP_E_MISMATCH.
 */
int
session_v3_accept(struct session *s, int discovery, int32_t reqid,
    const int32_t *msgids, int nmsgids, uint8_t *msg, size_t len,
    struct v3_reply *rep)
{
	struct v3_header h;
	struct v3_scope sc;
	int rc, lvl = discovery ? 0 : s->v3->u->level;

	if ((rc = v3_match(s, msgids, nmsgids, msg, len, &h, rep)) != SNMP_OK)
		return rc;
	/* step 3: authenticate before anything else */
	if ((h.flags & V3_FLAG_AUTH) &&
	    (rc = v3_authenticate(s, lvl, &h, msg, len, rep)) != SNMP_OK)
		return rc;
	if ((rc = v3_scoped(s, lvl, &h, &sc, rep)) != SNMP_OK)
		return rc;
	memcpy(rep->engine, h.engine, h.engine_len);
	rep->engine_len = h.engine_len;
	rep->boots = h.boots;
	rep->etime = h.time;
	if (rep->pdu.type == PDU_REPORT)
		return v3_report(s, rep);
	if (rep->pdu.type != PDU_RESPONSE || rep->pdu.reqid != reqid) {
		session_ignore(s, "not a Response to request-id %d", reqid);
		return SNMP_E_MISMATCH;
	}
	return v3_same_security(s, discovery, lvl, &h, &sc);
}

/* One transmission: a new msgID per try (RFC 3412 §6.2), rebuilt. */
static int
v3_try(struct session *s, struct xact *x, int try, int64_t now,
    int64_t until)
{
	int len;

	(void)until;
	x->reps[try] = s->maxrep;
	x->ids[try] = snmp_random_id();
	x->sent[try] = now;
	x->nids = try + 1;
	len = v3_build(s, x->discovery, x->type, x->oids, x->n, x->reqid,
	    x->ids[try]);
	if (len < 0) {
		session_seterr(s, "cannot encode the SNMPv3 request: %s",
		    snmp_strerror(len));
		return len;
	}
	/* tested here: the arguments would name the agent for nothing */
	if (s->o.trace != NULL)
		session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0, "SNMPv3 %s%s "
		    "msgID %d to %s (try %d of %d)", x->discovery ?
		    "engine discovery" : session_pdu_name(x->type),
		    x->discovery ? "" : session_maxrep_text(s, x->type),
		    x->ids[try], net_text(&s->conn), try + 1, x->tries);
	session_trace(s, TRACE_PACKET, s->sbuf, (size_t)len, 0, 0,
	    "sent %d octets", len);
	return len;
}

static int
v3_take(struct session *s, struct xact *x, size_t rlen, int *k)
{
	struct v3_reply *rep = x->arg;

	session_trace(s, TRACE_PACKET, s->rbuf, rlen, 0, 0,
	    "received %zu octets", rlen);
	if (session_v3_accept(s, x->discovery, x->reqid, x->ids, x->nids,
	    s->rbuf, rlen, rep) != SNMP_OK)
		return XACT_IGNORE;
	*k = rep->try;
	/* protocol-notes.md: notInTimeWindows is taken only authenticated */
	if (rep->report && !x->discovery && s->v3->u->level > 0 &&
	    !rep->authenticated && report_kind(&rep->oid) == R_NOT_IN_TIME) {
		session_ignore(s, "unauthenticated notInTimeWindows Report");
		return XACT_IGNORE;
	}
	if (rep->report || x->discovery)
		return XACT_DONE;
	x->reply = &rep->pdu;
	return XACT_ANSWER;
}

static void
v3_causes(const struct session *s, const struct xact *x, char *buf,
    size_t cap)
{
	const struct session_usm *u = s->v3->u;
	int d = x->discovery;

	snprintf(buf, cap, "%shost down or unreachable%s%s%s%s%s, or a reply "
	    "too large for the agent to send",
	    d ? "SNMPv3 engine discovery unanswered: " : "",
	    d ? ", no SNMPv3 agent at this address" : "",
	    !d && u->level == 2 ? ", wrong privacy password or protocol (the "
	    "agent drops what it cannot decrypt)" : "",
	    !d && u->context[0] != '\0' ? ", unknown context '" : "",
	    !d ? u->context : "",
	    !d && u->context[0] != '\0' ? "'" : "");
}

static const struct xact_ops v3_ops = { v3_try, v3_take, v3_causes };

static int
v3_transact(struct session *s, int discovery, int type,
    const struct oid *oids, size_t n, struct v3_reply *rep)
{
	struct xact x;

	memset(&x, 0, sizeof(x));
	x.type = type;
	x.oids = oids;
	x.n = n;
	x.discovery = discovery;
	x.reqid = snmp_random_id();
	x.arg = rep;
	return session_transact(s, &v3_ops, &x);
}

static int
v3_report_error(struct session *s, const struct v3_reply *rep)
{
	const struct session_usm *u = s->v3->u;
	const char *peer = net_text(&s->conn);
	char o[OID_TEXT_MAX];

	switch (report_kind(&rep->oid)) {
	case R_UNKNOWN_USER:
		session_seterr(s, "SNMPv3 unknown user '%s' on %s", u->user,
		    peer);
		break;
	case R_WRONG_DIGEST:
		session_seterr(s, "SNMPv3 authentication failure for user '%s' on %s: "
		    "wrong auth password or protocol (%s)", u->user,
		    peer, usm_auth_name(u->auth));
		break;
	case R_DECRYPTION:
		session_seterr(s, "SNMPv3 decryption error for user '%s' on %s: wrong "
		    "privacy protocol or password (%s), or the user has no "
		    "privacy", u->user, peer, usm_priv_name(u->priv));
		break;
	case R_UNSUPPORTED_LEVEL:
		session_seterr(s, "SNMPv3 security level %s not allowed for user '%s' "
		    "on %s", u->level == 2 ? "authPriv" : u->level == 1 ?
		    "authNoPriv" : "noAuthNoPriv", u->user, peer);
		break;
	case R_UNKNOWN_ENGINE:
		session_seterr(s, "SNMPv3 engine ID of %s changed during the run",
		    peer);
		break;
	case R_NOT_IN_TIME:
		session_seterr(s, "SNMPv3 time synchronisation with %s failed "
		    "(notInTimeWindows twice)", peer);
		break;
	case 100:
		session_seterr(s, "SNMPv3 unknown context '%s' on %s", u->context,
		    peer);
		break;
	default:
		oid_format(&rep->oid, o, sizeof(o));
		session_seterr(s, "SNMPv3 agent %s sent a Report %s", peer, o);
		break;
	}
	return SNMP_E_AGENT;
}

/* One v3 request: discovery and time sync as needed, Reports as errors. */
int
session_v3_request(struct session *s, int type, const struct oid *oids, size_t n,
    struct snmp_msg *m)
{
	struct session_v3 *v = s->v3;
	const struct session_usm *u = v->u;
	struct v3_reply rep;
	int rc, attempt, kind, synced = 0, rediscovered = 0;

	if (v->cache_pending && (rc = v3_cache_load(s)) != SNMP_OK)
		return rc;
	memset(&rep, 0, sizeof(rep));
	rep.pdu.vb = s->vb;
	rep.pdu.maxvb = SESSION_REPLY_VB;
	/* discover, sync, rediscover once, sync again, the request */
	for (attempt = 0; attempt < 5; attempt++) {
		if (v->engine_len == 0) {
			rc = v3_transact(s, 1, type, oids, n, &rep);
			if (rc != SNMP_OK)
				return rc;
			if (!rep.report || report_kind(&rep.oid) !=
			    R_UNKNOWN_ENGINE || rep.engine_len == 0) {
				session_seterr(s, "SNMPv3 engine discovery "
				    "with %s failed: unexpected reply",
				    net_text(&s->conn));
				return SNMP_E_AGENT;
			}
			memcpy(v->engine, rep.engine, rep.engine_len);
			v->engine_len = rep.engine_len;
			/* unauthenticated: only a starting point for noAuth */
			v->boots = u->level == 0 ? rep.boots : 0;
			v->etime = u->level == 0 ? rep.etime : 0;
			v->etime_at = snmp_now_ms();
			v->timed = u->level == 0;
			v->hint = 0;
			if ((rc = engine_keys(v)) != SNMP_OK) {
				session_seterr(s, "cannot derive SNMPv3 keys: %s",
				    snmp_strerror(rc));
				return rc;
			}
		}
		if ((rc = v3_transact(s, 0, type, oids, n, &rep)) != SNMP_OK)
			return rc;
		if (!rep.report) {
			/* authenticated: the Response is at the user's level */
			if (v->dirty && u->cache != NULL && u->level >= 1)
				v3_cache_save(s);
			memset(m, 0, sizeof(*m));
			m->version = SNMP_V3;
			m->pdu = rep.pdu;
			return SNMP_OK;
		}
		kind = report_kind(&rep.oid);
		if (kind == R_NOT_IN_TIME && rep.authenticated && !synced) {
			synced = 1;	/* adopted boots/time: resend once */
			continue;
		}
		if (kind == R_UNKNOWN_ENGINE && !rediscovered &&
		    u->sec_engine_len == 0) {
			rediscovered = 1;	/* rediscover once */
			synced = 0;
			v->engine_len = 0;
			continue;
		}
		return v3_report_error(s, &rep);
	}
	return v3_report_error(s, &rep);
}
