/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "json.h"
#include "num.h"
#include "output.h"
#include "snmp.h"

void
json_init(struct json *j)
{
	memset(j, 0, sizeof(*j));
}

void
json_free(struct json *j)
{
	free(j->buf);
	memset(j, 0, sizeof(*j));
}

static void
put(struct json *j, const char *s, size_t n)
{
	size_t cap;
	char *p;

	if (j->err != 0)
		return;
	if (n > JSON_MAX_SIZE - j->len - 2) {	/* room for "\n\0" */
		j->err = SNMP_E_NOSPACE;
		return;
	}
	if (j->len + n + 2 > j->cap) {
		cap = j->cap ? j->cap : 4096;
		while (cap < j->len + n + 2)
			cap *= 2;
		if ((p = realloc(j->buf, cap)) == NULL) {
			j->err = SNMP_E_NOMEM;
			return;
		}
		j->buf = p;
		j->cap = cap;
	}
	memcpy(j->buf + j->len, s, n);
	j->len += n;
}

static void
puts_(struct json *j, const char *s)
{
	put(j, s, strlen(s));
}

/* A string's contents, escaped; the octets are valid UTF-8 or ours. */
static void
escaped(struct json *j, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char u[6] = { '\\', 'u', '0', '0', 0, 0 };
	const unsigned char *p = (const unsigned char *)s;
	size_t i, run;

	for (i = 0; i < n; i += run) {
		for (run = 0; i + run < n && p[i + run] >= 0x20 &&
		    p[i + run] != '"' && p[i + run] != '\\' &&
		    !(p[i + run] == 0xe2 && i + run + 2 < n &&
		    p[i + run + 1] == 0x80 && (p[i + run + 2] == 0xa8 ||
		    p[i + run + 2] == 0xa9)); run++)
			;
		if (run > 0) {
			put(j, s + i, run);
			continue;
		}
		run = 1;
		if (p[i] == '"' || p[i] == '\\') {
			u[1] = (char)p[i];
			put(j, u, 2);
			u[1] = 'u';
		} else if (p[i] == '\n' || p[i] == '\r' || p[i] == '\t') {
			u[1] = p[i] == '\n' ? 'n' : p[i] == '\r' ? 'r' : 't';
			put(j, u, 2);
			u[1] = 'u';
		} else if (p[i] == 0xe2) {	/* U+2028, U+2029 */
			put(j, p[i + 2] == 0xa8 ? "\\u2028" : "\\u2029", 6);
			run = 3;
		} else {
			u[4] = hex[p[i] >> 4];
			u[5] = hex[p[i] & 15];
			put(j, u, 6);
		}
	}
}

/* Before a value: the comma, the key, and the check that it belongs. */
static int
member(struct json *j, const char *key)
{
	int in_array;

	if (j->err != 0)
		return -1;
	if (j->done) {
		j->err = SNMP_E_INVAL;	/* a second top-level value */
		return -1;
	}
	in_array = j->depth == 0 || j->array[j->depth - 1];
	if ((key != NULL) == in_array) {
		j->err = SNMP_E_INVAL;	/* a key in an array, none in an object */
		return -1;
	}
	if (j->depth > 0) {
		if (j->items[j->depth - 1])
			put(j, ",", 1);
		j->items[j->depth - 1] = 1;
	}
	if (key != NULL) {
		put(j, "\"", 1);
		escaped(j, key, strlen(key));
		put(j, "\":", 2);
	}
	return j->err != 0 ? -1 : 0;
}

/* After a value: at depth 0 the document is complete. */
static void
after(struct json *j)
{
	if (j->depth == 0)
		j->done = 1;
}

static void
open_(struct json *j, const char *key, int array)
{
	if (member(j, key) < 0)
		return;
	if (j->depth >= JSON_MAX_DEPTH) {
		j->err = SNMP_E_INVAL;
		return;
	}
	j->array[j->depth] = (unsigned char)array;
	j->items[j->depth] = 0;
	j->depth++;
	put(j, array ? "[" : "{", 1);
}

void
json_object(struct json *j, const char *key)
{
	open_(j, key, 0);
}

void
json_array(struct json *j, const char *key)
{
	open_(j, key, 1);
}

void
json_close(struct json *j)
{
	if (j->err != 0)
		return;
	if (j->depth == 0) {
		j->err = SNMP_E_INVAL;
		return;
	}
	j->depth--;
	put(j, j->array[j->depth] ? "]" : "}", 1);
	after(j);
}

void
json_text(struct json *j, const char *key, const void *v, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = v;
	char x[3];
	size_t i, k, run;

	if (member(j, key) < 0)
		return;
	put(j, "\"", 1);
	if (output_is_binary(p, n)) {
		for (i = 0; i < n; i++) {
			x[0] = hex[p[i] >> 4];
			x[1] = hex[p[i] & 15];
			x[2] = ' ';
			put(j, x, i + 1 < n ? 3 : 2);
		}
	} else {
		if (n > 0 && p[n - 1] == '\0')
			n--;
		for (i = 0; i < n; i += run) {
			/* a run of valid UTF-8, then '?' for a bad octet */
			for (run = 0; i + run < n && (k = output_utf8_len(p +
			    i + run, n - i - run)) > 0; run += k)
				;
			if (run > 0) {
				escaped(j, (const char *)p + i, run);
				continue;
			}
			put(j, "?", 1);
			run = 1;
		}
	}
	put(j, "\"", 1);
	after(j);
}

void
json_str(struct json *j, const char *key, const char *s)
{
	if (member(j, key) < 0)
		return;
	put(j, "\"", 1);
	escaped(j, s, strlen(s));
	put(j, "\"", 1);
	after(j);
}

void
json_int(struct json *j, const char *key, int64_t v)
{
	char t[NUM_INT_TEXT_MAX];

	if (member(j, key) < 0)
		return;
	put(j, t, num_i64_text(t, v));
	after(j);
}

void
json_uint(struct json *j, const char *key, uint64_t v)
{
	char t[NUM_INT_TEXT_MAX];

	if (member(j, key) < 0)
		return;
	put(j, t, num_u64_text(t, v));
	after(j);
}

void
json_double(struct json *j, const char *key, double v, int decimals)
{
	char t[NUM_TEXT_MAX];

	if (member(j, key) < 0)
		return;
	if (!isfinite(v))
		puts_(j, "null");
	else
		put(j, t, num_fixed(t, sizeof(t), v, decimals, 1));
	after(j);
}

void
json_decimal(struct json *j, const char *key, int64_t raw, int exp)
{
	char t[DEC_TEXT_MAX];

	if (member(j, key) < 0)
		return;
	/* dec_text()'s digits, sign and point are a JSON number's */
	put(j, t, dec_text(t, sizeof(t), raw, exp));
	after(j);
}

void
json_bool(struct json *j, const char *key, int v)
{
	if (member(j, key) < 0)
		return;
	puts_(j, v ? "true" : "false");
	after(j);
}

void
json_null(struct json *j, const char *key)
{
	if (member(j, key) < 0)
		return;
	puts_(j, "null");
	after(j);
}

const char *
json_done(struct json *j, size_t *len, int *rc)
{
	if (j->err == 0 && (!j->done || j->depth != 0))
		j->err = SNMP_E_INVAL;
	if (j->err != 0) {
		*rc = j->err;
		return NULL;
	}
	/* put() kept room for these two */
	j->buf[j->len] = '\n';
	j->buf[j->len + 1] = '\0';
	*len = j->len + 1;
	*rc = SNMP_OK;
	return j->buf;
}
