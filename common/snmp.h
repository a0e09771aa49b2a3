/* SPDX-License-Identifier: ISC */
/*
 * Shared definitions of the snmp-plugins library: error codes returned by
 * every common/ function, the one source of randomness (getrandom(2)), the
 * monotonic clock that all deadlines are measured on.  Secrets are wiped
 * with crypto_wipe() (crypto/wipe.h).
 */
#ifndef SNMP_H
#define SNMP_H

#include <stddef.h>
#include <stdint.h>

/*
 * For a function called once per run whose locals are large: keeps them out
 * of its caller's frame, so that the stack a GET reaches stays a few pages
 * deep (each page first touched is a page fault).
 */
#define SNMP_NOINLINE	__attribute__((noinline))

enum snmp_err {
	SNMP_OK = 0,
	SNMP_E_BER = -1,	/* malformed BER encoding */
	SNMP_E_TRUNC = -2,	/* element runs past the end of its parent */
	SNMP_E_NOSPACE = -3,	/* caller buffer too small */
	SNMP_E_RANGE = -4,	/* number out of range for its type */
	SNMP_E_OID = -5,	/* invalid object identifier */
	SNMP_E_NAME = -6,	/* unknown object name */
	SNMP_E_VERSION = -7,	/* unexpected SNMP version */
	SNMP_E_PDU = -8,	/* unexpected or malformed PDU */
	SNMP_E_NOMEM = -9,
	SNMP_E_TIMEOUT = -10,
	SNMP_E_REFUSED = -11,	/* ICMP port unreachable */
	SNMP_E_NET = -12,	/* socket error, see errno */
	SNMP_E_RESOLVE = -13,	/* host name does not resolve */
	SNMP_E_ADDR = -14,	/* malformed host or port */
	SNMP_E_AGENT = -15,	/* agent answered with an error-status */
	SNMP_E_MISMATCH = -16,	/* reply does not match the request */
	SNMP_E_FILE = -17,	/* walk file cannot be read */
	SNMP_E_SYNTAX = -18,	/* walk file or text malformed */
	SNMP_E_INVAL = -19,	/* invalid argument */
	SNMP_E_RANDOM = -20,	/* getrandom() failed */
	SNMP_E_UNSUPPORTED = -21,
	SNMP_E_AUTH = -22,	/* SNMPv3 MAC wrong or of the wrong length */
	SNMP_E_WINDOW = -23,	/* SNMPv3 message outside the time window */
	SNMP_E_DECRYPT = -24	/* SNMPv3 ciphertext does not decrypt */
};

const char	*snmp_strerror(int);

/* Fill buf with random bytes from getrandom(2). */
int		 snmp_random(void *, size_t);
/* A random non-zero 31-bit identifier (request-id, msgID). */
int32_t		 snmp_random_id(void);
/* Milliseconds on the monotonic clock. */
int64_t		 snmp_now_ms(void);
/* Milliseconds since the epoch (across processes, e.g. v3cache.h). */
int64_t		 snmp_wall_ms(void);
/*
 * An array p of *cap elements of size bytes, grown to twice its size (or
 * to first when empty): the new array and *cap, or NULL (out of memory,
 * or the size would overflow) with p and *cap unchanged.
 */
void		*snmp_grow(void *p, size_t *cap, size_t size, size_t first);

#endif
