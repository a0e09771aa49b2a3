/* SPDX-License-Identifier: ISC */
/*
 * Private to the session floor and its unit suite: the SNMPv3 side of a
 * session (RFC 3412, RFC 3414): the user's keys, the agent's engine and
 * clock, and one incoming datagram checked against the request
 * (protocol-notes.md "USM, incoming", RFC 3414 §3.2).
 */
#ifndef SESSION_V3_H
#define SESSION_V3_H

#include <stddef.h>
#include <stdint.h>

#include "oid.h"
#include "pdu.h"
#include "session.h"

struct session;

/* The engine a session talks to, and the keys for it. */
struct session_v3 {
	const struct session_usm *u;		/* the user as given */
	uint8_t		 auth_ku[64];		/* Ku, or Kul when localized */
	uint8_t		 priv_ku[64];		/* Ku, or Kul when localized */
	size_t		 priv_ku_len;		/* for a localized priv key */
	uint8_t		 engine[32];
	size_t		 engine_len;		/* 0: not discovered yet */
	int32_t		 boots;
	int32_t		 etime;
	int64_t		 etime_at;		/* snmp_now_ms() when learned */
	int		 timed;			/* boots/time authenticated */
	int		 hint;			/* boots/time cached: sent only */
	int		 have_ku;		/* auth_ku, priv_ku derived */
	int		 cache_pending;		/* the cache not read yet */
	int		 dirty;			/* the cache needs writing */
	uint8_t		 kul[64];		/* localized auth key */
	uint8_t		 privkey[32];		/* localized privacy key */
	uint32_t	 salt_counter;
	size_t		 pbuf_hi;		/* of pbuf, used: wiped at close */
	uint8_t		 pbuf[SESSION_BUF];	/* scoped PDU */
};

/* What an accepted datagram said. */
struct v3_reply {
	int		 report;	/* a Report: oid says which */
	struct oid	 oid;
	uint32_t	 count;		/* the Report's counter value */
	struct pdu	 pdu;
	int		 authenticated;
	uint8_t		 engine[32];
	size_t		 engine_len;
	int32_t		 boots;
	int32_t		 etime;
	int		 try;		/* msgids[try] matched */
};

/*
 * The user's keys from its passwords (or as given, localized) and, for a
 * known engine (--secengineid), the keys localized to it.
 */
int	session_v3_open(struct session *);
/* Wipe the keys, free the SNMPv3 side (none: nothing to do). */
void	session_v3_close(struct session *);
/* One request: discovery and time sync as needed, Reports as errors. */
int	session_v3_request(struct session *, int type, const struct oid *,
	    size_t, struct snmp_msg *);
/*
 * Check msg[0..len) (the MAC field is zeroed and restored in place) as the
 * reply to request reqid sent with one of msgids[0..nmsgids), at the
 * session's security level (none when discovery).  SNMP_OK: *rep is
 * filled, values point into the session.  Otherwise the datagram is not
 * ours or not genuine and the session is unchanged:
 *   SNMP_E_BER, SNMP_E_TRUNC...  header malformed (pdu_decode_v3())
 *   SNMP_E_AUTH     authParameters of the wrong length, or a wrong MAC
 *   SNMP_E_WINDOW   authentic but outside the time window
 *   SNMP_E_DECRYPT  DES ciphertext not a multiple of 8, or the plaintext
 *                   is not one scopedPDU (wrong privacy key or protocol)
 *   SNMP_E_PDU      plaintext scopedPDU malformed
 *   SNMP_E_MISMATCH another msgID, user, engine, level, context or
 *                   request-id, or an encrypted reply to plaintext
 */
int	session_v3_accept(struct session *s, int discovery, int32_t reqid,
	    const int32_t *msgids, int nmsgids, uint8_t *msg, size_t len,
	    struct v3_reply *rep);

#endif
