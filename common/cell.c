/* SPDX-License-Identifier: ISC */
/*
 * Cells as the plugins read them (cell.h).  Agents send counts in
 * whichever integer type they like (an hrStorageSize as Gauge32, an
 * ifSpeed as INTEGER): a cell is a number when its value fits what the
 * MIB means, whatever the tag.
 */
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "output.h"

int
cell_int(const struct snmp_value *v, int64_t *out)
{
	if (v->type == VAL_INTEGER) {
		*out = v->i;
		return 0;
	}
	if (v->type == VAL_GAUGE32 || v->type == VAL_COUNTER32 ||
	    v->type == VAL_COUNTER64 || v->type == VAL_TIMETICKS) {
		if (v->u > (uint64_t)INT64_MAX)
			return -1;
		*out = (int64_t)v->u;
		return 0;
	}
	return -1;
}

int
cell_uint(const struct snmp_value *v, uint64_t *out)
{
	if (v->type == VAL_GAUGE32 || v->type == VAL_COUNTER32 ||
	    v->type == VAL_COUNTER64 || v->type == VAL_TIMETICKS) {
		*out = v->u;
		return 0;
	}
	if (v->type == VAL_INTEGER && v->i >= 0) {
		*out = (uint64_t)v->i;
		return 0;
	}
	return -1;
}

int
cell_unwrap32(int64_t v, uint64_t *out, int *wrapped)
{
	if (v < -4294967296LL / 2 || v >= 4294967296LL)
		return -1;
	if (v < 0) {
		*out = (uint64_t)(v + 4294967296LL);
		*wrapped = 1;
	} else
		*out = (uint64_t)v;
	return 0;
}

int
cell_enum(const struct snmp_value *v)
{
	if (v->type == VAL_INTEGER && v->i >= 0 && v->i <= 0x7fffffff)
		return (int)v->i;
	return -1;
}

/* The length without trailing NULs. */
static size_t
text_len(const struct snmp_value *v)
{
	size_t n = v->len;

	while (n > 0 && v->bytes[n - 1] == '\0')
		n--;
	return n;
}

int
cell_text(const struct snmp_value *v, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	if (v->type != VAL_OCTET_STRING)
		return 0;
	output_put_text(&sb, v->bytes, text_len(v));
	return 1;
}

char *
cell_strdup(const struct snmp_value *v)
{
	size_t n;
	char *s;

	if (v->type != VAL_OCTET_STRING)
		return NULL;
	n = text_len(v);
	if ((s = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(s, v->bytes, n);
	s[n] = '\0';
	return s;
}
