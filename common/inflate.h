/* SPDX-License-Identifier: ISC */
/*
 * DEFLATE (RFC 1951) and gzip (RFC 1952) decoding, whole buffer to whole
 * buffer, with a hard limit on the output: compressed walk files are read
 * without zlib.
 */
#ifndef INFLATE_H
#define INFLATE_H

#include <stddef.h>
#include <stdint.h>

/* 1 if the octets start like a gzip member: ID1, ID2 (RFC 1952 §2.3.1). */
int		inflate_is_gzip(const uint8_t *, size_t);
/*
 * inflate_gzip(in, inlen, max, &out, &outlen, &why): every member of a
 * gzip file, decoded into a buffer of at most max octets that the function
 * allocates (free() it; *out is NULL on error).  Each member's CRC-32 and
 * ISIZE are checked.  Returns SNMP_OK; SNMP_E_TRUNC for a stream that ends
 * early; SNMP_E_SYNTAX for one that is corrupt, fails its CRC-32 or ISIZE
 * or is followed by other data; SNMP_E_NOSPACE when the output would pass
 * max; SNMP_E_NOMEM.  On error *why (if why is not NULL) is a static text
 * saying what is wrong.
 */
int		inflate_gzip(const uint8_t *, size_t, size_t, uint8_t **,
		    size_t *, const char **);
/*
 * inflate_raw(in, inlen, &used, out, cap, &outlen, &why): one raw DEFLATE
 * stream into out[0..cap); *used is the number of input octets it took
 * (its last block ends inside the last one).  The same errors, with
 * SNMP_E_NOSPACE when cap is too small.
 */
int		inflate_raw(const uint8_t *, size_t, size_t *, uint8_t *,
		    size_t, size_t *, const char **);
/* CRC-32 of ISO 3309 / ITU-T V.42 as gzip uses it; start with crc 0. */
uint32_t	inflate_crc32(uint32_t, const uint8_t *, size_t);

#endif
