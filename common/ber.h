/* SPDX-License-Identifier: ISC */
/*
 * The subset of BER (X.690) that SNMP uses: a bounded reader that hands out
 * views into the input and sub-readers for constructed elements, and a
 * writer that encodes into a caller buffer.
 */
#ifndef BER_H
#define BER_H

#include <stddef.h>
#include <stdint.h>

/* Universal and SNMP application tags (X.690 §8, RFC 2578 §7.1, RFC 3416 §3). */
enum ber_tag {
	BER_INTEGER = 0x02,
	BER_OCTET_STRING = 0x04,
	BER_NULL = 0x05,
	BER_OID = 0x06,
	BER_SEQUENCE = 0x30,
	BER_IPADDRESS = 0x40,
	BER_COUNTER32 = 0x41,
	BER_GAUGE32 = 0x42,
	BER_TIMETICKS = 0x43,
	BER_OPAQUE = 0x44,
	BER_COUNTER64 = 0x46,
	BER_NOSUCHOBJECT = 0x80,
	BER_NOSUCHINSTANCE = 0x81,
	BER_ENDOFMIBVIEW = 0x82
};

#define BER_MAX_DEPTH	8	/* nesting deeper than this is rejected */

struct ber_reader {
	const uint8_t	*p;
	const uint8_t	*end;
	int		 depth;
};

struct ber_elem {
	uint8_t		 tag;
	const uint8_t	*start;		/* first octet of the tag */
	const uint8_t	*val;		/* first octet of the contents */
	size_t		 len;		/* length of the contents */
};

void	ber_reader_init(struct ber_reader *, const void *, size_t);
int	ber_at_end(const struct ber_reader *);
/* Read one element (tag, length, contents view). */
int	ber_read(struct ber_reader *, struct ber_elem *);
/* Read one element that must carry the given tag. */
int	ber_expect(struct ber_reader *, uint8_t, struct ber_elem *);
/* Read a constructed element with the given tag and open a reader on it. */
int	ber_enter(struct ber_reader *, uint8_t, struct ber_reader *);
/* Read an INTEGER-encoded element with the given tag. */
int	ber_read_int(struct ber_reader *, uint8_t, int64_t *);
int	ber_decode_int(const uint8_t *, size_t, int64_t *);
int	ber_decode_uint(const uint8_t *, size_t, uint64_t *);

struct ber_writer {
	uint8_t	*buf;
	size_t	 cap;
	size_t	 len;
	int	 err;
	int	 depth;
	size_t	 open[BER_MAX_DEPTH];
};

void	ber_writer_init(struct ber_writer *, void *, size_t);
void	ber_begin(struct ber_writer *, uint8_t);
void	ber_end(struct ber_writer *);
void	ber_put_int(struct ber_writer *, uint8_t, int64_t);
void	ber_put_uint(struct ber_writer *, uint8_t, uint64_t);
void	ber_put_bytes(struct ber_writer *, uint8_t, const void *, size_t);
void	ber_put_null(struct ber_writer *, uint8_t);
/* Append already encoded octets. */
void	ber_put_raw(struct ber_writer *, const void *, size_t);
/* Length written so far, or the first error. */
int	ber_writer_result(const struct ber_writer *);

#endif
