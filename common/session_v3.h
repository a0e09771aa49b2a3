/* SPDX-License-Identifier: ISC */
/*
 * Private to session.c and its unit suite: one incoming SNMPv3 datagram
 * checked against the session's request (protocol-notes.md "USM,
 * incoming", RFC 3414 §3.2).
 */
#ifndef SESSION_V3_H
#define SESSION_V3_H

#include <stddef.h>
#include <stdint.h>

#include "oid.h"
#include "pdu.h"

struct session;

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
