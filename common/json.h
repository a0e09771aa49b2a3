/* SPDX-License-Identifier: ISC */
/*
 * A small JSON writer (RFC 8259) for --list --format json and discovery:
 * objects and arrays nested to JSON_MAX_DEPTH, strings from device octets,
 * exact 64-bit integers, finite doubles.  The document grows in memory
 * (a --list of a large switch is bigger than any fixed buffer) and is
 * handed to the plugin whole, which prints it; common/ never prints.
 *
 * Calls inside an object give a key, calls inside an array or at the top
 * give NULL.  A misuse (a key where none belongs, closing what is not
 * open, nesting too deep, a second top-level value) or running out of
 * memory makes json_done() fail; after the first error calls do nothing.
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>
#include <stdint.h>

#define JSON_MAX_DEPTH	16
#define JSON_MAX_SIZE	(64u << 20)	/* a runaway document stops here */

struct json {
	char		*buf;
	size_t		 len, cap;
	int		 depth;
	int		 err;		/* enum snmp_err, 0 while all is well */
	int		 done;		/* the top-level value is complete */
	unsigned char	 array[JSON_MAX_DEPTH];	/* 1: an array, 0: an object */
	unsigned char	 items[JSON_MAX_DEPTH];	/* it holds a member already */
};

void	json_init(struct json *);
void	json_free(struct json *);

void	json_object(struct json *, const char *key);
void	json_array(struct json *, const char *key);
void	json_close(struct json *);

/*
 * Octets from a device, shown as the text output shows them: an octet
 * string that is not text becomes net-snmp's hex ("62 C9 24 26"), a
 * trailing NUL is dropped, invalid UTF-8 becomes '?'; then escaped for
 * JSON (controls, '"', '\\', and U+2028/U+2029 as \u escapes).
 */
void	json_text(struct json *, const char *key, const void *, size_t);
/* A C string of our own (names, words): escaped, never shown as hex. */
void	json_str(struct json *, const char *key, const char *);
void	json_int(struct json *, const char *key, int64_t);
void	json_uint(struct json *, const char *key, uint64_t);
/* A finite double with up to `decimals` places, trailing zeros cut; NaN
 * and infinities are null (JSON has no such numbers). */
void	json_double(struct json *, const char *key, double, int decimals);
/* raw x 10^exp exactly, as dec_text() writes it (12020, -3: 12.020). */
void	json_decimal(struct json *, const char *key, int64_t raw, int exp);
void	json_bool(struct json *, const char *key, int);
void	json_null(struct json *, const char *key);

/*
 * The finished document (NUL-terminated, with a final newline) and its
 * length, or NULL with *rc set when anything went wrong or the top-level
 * value is not closed.  The text stays owned by the json.
 */
const char *json_done(struct json *, size_t *len, int *rc);

#endif
