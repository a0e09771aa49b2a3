/* SPDX-License-Identifier: ISC */
/*
 * SNMP messages (RFC 1157 v1, RFC 1901 / RFC 3416 v2c): request encoding,
 * response decoding, and the typed varbind values every plugin reads.
 */
#ifndef PDU_H
#define PDU_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "oid.h"

enum snmp_version {
	SNMP_V1 = 0,		/* RFC 1157 */
	SNMP_V2C = 1,		/* RFC 1901 */
	SNMP_V3 = 3		/* RFC 3412 */
};

/* PDU tags (RFC 3416 §3). */
enum pdu_type {
	PDU_GET = 0xa0,
	PDU_GETNEXT = 0xa1,
	PDU_RESPONSE = 0xa2,
	PDU_SET = 0xa3,
	PDU_TRAPV1 = 0xa4,
	PDU_GETBULK = 0xa5,
	PDU_INFORM = 0xa6,
	PDU_TRAP = 0xa7,
	PDU_REPORT = 0xa8
};

/* error-status (RFC 3416 §3, RFC 1157 §4.1.1). */
enum pdu_errstat {
	ERR_NOERROR = 0,
	ERR_TOOBIG = 1,
	ERR_NOSUCHNAME = 2,
	ERR_BADVALUE = 3,
	ERR_READONLY = 4,
	ERR_GENERR = 5,
	ERR_NOACCESS = 6,
	ERR_WRONGTYPE = 7,
	ERR_WRONGLENGTH = 8,
	ERR_WRONGENCODING = 9,
	ERR_WRONGVALUE = 10,
	ERR_NOCREATION = 11,
	ERR_INCONSISTENTVALUE = 12,
	ERR_RESOURCEUNAVAILABLE = 13,
	ERR_COMMITFAILED = 14,
	ERR_UNDOFAILED = 15,
	ERR_AUTHORIZATIONERROR = 16,
	ERR_NOTWRITABLE = 17,
	ERR_INCONSISTENTNAME = 18
};

/*
 * Value types: the BER tags of RFC 2578 / RFC 3416, plus the net-snmp
 * Opaque-wrapped float and double (decoded as numbers) and v1 noSuchName,
 * which is not a tag but the same "no such object" answer.
 */
enum value_type {
	VAL_INTEGER = 0x02,
	VAL_OCTET_STRING = 0x04,
	VAL_NULL = 0x05,
	VAL_OID = 0x06,
	VAL_IPADDRESS = 0x40,
	VAL_COUNTER32 = 0x41,
	VAL_GAUGE32 = 0x42,
	VAL_TIMETICKS = 0x43,
	VAL_OPAQUE = 0x44,
	VAL_COUNTER64 = 0x46,
	VAL_NOSUCHOBJECT = 0x80,
	VAL_NOSUCHINSTANCE = 0x81,
	VAL_ENDOFMIBVIEW = 0x82,
	VAL_FLOAT = 0x178,	/* Opaque 9f 78 */
	VAL_DOUBLE = 0x179,	/* Opaque 9f 79 */
	VAL_NOSUCHNAME = 0x200	/* v1 error-status noSuchName */
};

struct snmp_value {
	int		 type;
	int64_t		 i;		/* INTEGER */
	uint64_t	 u;		/* unsigned types */
	double		 d;		/* FLOAT, DOUBLE */
	const uint8_t	*bytes;		/* OCTET STRING, IpAddress, Opaque, OID contents */
	size_t		 len;
};

struct varbind {
	struct oid		oid;
	struct snmp_value	val;
};

struct pdu {
	int		 type;
	int32_t		 reqid;
	int		 errstat;	/* non-repeaters for GETBULK */
	int		 errindex;	/* max-repetitions for GETBULK */
	size_t		 nvb;
	struct varbind	*vb;		/* caller's array */
	size_t		 maxvb;
};

struct snmp_msg {
	int		 version;
	const uint8_t	*community;
	size_t		 community_len;
	struct pdu	 pdu;
};

/* 1 for the three v2 exceptions and v1 noSuchName. */
int	value_is_exception(const struct snmp_value *);
/* 1 for numeric types; the value as signed/unsigned 64-bit kind. */
int	value_is_numeric(const struct snmp_value *);
const char *value_type_name(int);
/* The value as a number; SNMP_E_INVAL for types that are not numbers. */
int	value_to_num(const struct snmp_value *, struct num *);
const char *pdu_errstat_name(int);

/*
 * Encode a v1/v2c request.  For GETBULK e1/e2 are non-repeaters and
 * max-repetitions, else 0.  Returns the length; *comm_off gets the offset
 * of the community octets (for redacted dumps).
 */
int	pdu_encode_request(uint8_t *, size_t, int, const char *, size_t, int,
	    int32_t, int, int, const struct oid *, size_t, size_t *);
/*
 * Decode a v1/v2c message.  Every varbind is validated before the call
 * returns; values are views into the buffer.  Returns SNMP_E_NOSPACE when
 * the message holds more varbinds than msg->pdu.maxvb.
 */
int	pdu_decode(const uint8_t *, size_t, struct snmp_msg *);
/* msgFlags (RFC 3412 §6.4). */
#define V3_FLAG_AUTH		0x01
#define V3_FLAG_PRIV		0x02
#define V3_FLAG_REPORTABLE	0x04

/* An SNMPv3 message header with USM security parameters (RFC 3412 §6, RFC 3414 §2.4). */
struct v3_header {
	int32_t		 msgid;
	int32_t		 max_size;
	uint8_t		 flags;
	const uint8_t	*engine;
	size_t		 engine_len;
	int32_t		 boots;
	int32_t		 time;
	const uint8_t	*user;
	size_t		 user_len;
	size_t		 auth_off;	/* offset of the MAC in the message */
	size_t		 auth_len;
	const uint8_t	*priv;		/* privParameters (salt) */
	size_t		 priv_len;
	const uint8_t	*data;		/* scopedPDU element, or ciphertext */
	size_t		 data_len;
};

struct v3_scope {
	const uint8_t	*engine;	/* contextEngineID */
	size_t		 engine_len;
	const uint8_t	*context;	/* contextName */
	size_t		 context_len;
};

/*
 * Encode an SNMPv3 message: auth_len zero octets stand for the MAC, data
 * is the scopedPDU element (or, with V3_FLAG_PRIV, the ciphertext).
 */
int	pdu_encode_v3(uint8_t *, size_t, const struct v3_header *,
	    const uint8_t *, size_t);
/* Decode and check the header fields (protocol-notes.md steps 1 and 2). */
int	pdu_decode_v3(const uint8_t *, size_t, struct v3_header *);
int	pdu_encode_scoped(uint8_t *, size_t, const struct v3_scope *, int,
	    int32_t, int, int, const struct oid *, size_t);
/* Decode one scopedPDU element; *used gets its length (DES pads after it). */
int	pdu_decode_scoped(const uint8_t *, size_t, struct v3_scope *,
	    struct pdu *, size_t *);
/* Decode one varbind value element; exposed for v3 and walk files. */
int	pdu_decode_value(uint8_t, const uint8_t *, size_t, struct snmp_value *);

#endif
