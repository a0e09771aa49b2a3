/* SPDX-License-Identifier: ISC */
/*
 * Cells as the plugins read them (cell.h).  Agents send counts in
 * whichever integer type they like (an hrStorageSize as Gauge32, an
 * ifSpeed as INTEGER): a cell is a number when its value fits what the
 * MIB means, whatever the tag.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "oid.h"
#include "output.h"
#include "snmp.h"

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
cell_int32(const struct snmp_value *v, int64_t *out)
{
	uint64_t u;

	if (v->type == VAL_INTEGER && v->i >= INT32_MIN && v->i <= INT32_MAX) {
		*out = v->i;
		return 0;
	}
	if (cell_uint(v, &u) < 0 || u > 0xffffffffULL)
		return -1;
	*out = u >= 0x80000000ULL ? (int64_t)u - 0x100000000LL : (int64_t)u;
	return 0;
}

void
cell_brief(const struct snmp_value *v, char *buf, size_t cap)
{
	int64_t i;

	if (cell_int(v, &i) == 0)
		snprintf(buf, cap, "%lld", (long long)i);
	else
		snprintf(buf, cap, "of type %s", value_type_name(v->type));
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

int
cell_name(const struct snmp_value *v, char *buf, size_t cap)
{
	size_t n, lead = 0;

	if (cap == 0 || !cell_text(v, buf, cap))
		return 0;
	n = strlen(buf);
	while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t'))
		n--;
	while (lead < n && (buf[lead] == ' ' || buf[lead] == '\t'))
		lead++;
	memmove(buf, buf + lead, n - lead);
	buf[n - lead] = '\0';
	return buf[0] != '\0';
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

/* net-snmp's Timeticks: "(123456) 0:20:34.56", "(8640000) 1 day, 0:00:00.00". */
static void
ticks_text(struct strbuf *sb, uint64_t t)
{
	uint64_t d = t / 8640000;

	sb_add(sb, "(");
	sb_u64(sb, t);
	sb_add(sb, ") ");
	if (d > 0) {
		sb_u64(sb, d);
		sb_add(sb, d == 1 ? " day, " : " days, ");
	}
	sb_printf(sb, "%u:%02u:%02u.%02u", (unsigned)(t / 360000 % 24),
	    (unsigned)(t / 6000 % 60), (unsigned)(t / 100 % 60),
	    (unsigned)(t % 100));
}

/* net-snmp's test for STRING: every octet isprint() or isspace() in C. */
static int
netsnmp_printable(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!((p[i] >= 0x20 && p[i] < 0x7f) || (p[i] >= 9 && p[i] <= 13)))
			return 0;
	}
	return 1;
}

void
cell_netsnmp(const struct oid *o, const struct snmp_value *v, int mib,
    struct strbuf *sb)
{
	char buf[OID_TEXT_MAX + 64];
	struct oid id;
	size_t i;

	switch (v->type) {
	case VAL_OCTET_STRING:
		if (v->len == 0)
			sb_add(sb, "\"\"");
		else if (netsnmp_printable(v->bytes, v->len)) {
			sb_add(sb, "STRING: \"");
			sb_addn(sb, (const char *)v->bytes, v->len);
			sb_add(sb, "\"");
		} else {
			sb_add(sb, "Hex-STRING: ");
			for (i = 0; i < v->len; i++)
				sb_printf(sb, "%02X ", v->bytes[i]);
		}
		return;
	case VAL_TIMETICKS:
		sb_add(sb, "Timeticks: ");
		ticks_text(sb, v->u);
		return;
	case VAL_OID:
		if (oid_from_ber(&id, v->bytes, v->len) == SNMP_OK)
			oid_format_netsnmp(&id, mib, buf, sizeof(buf));
		else
			buf[0] = '\0';
		sb_printf(sb, "OID: %s", buf);
		return;
	case VAL_NULL:
		sb_add(sb, "NULL");
		return;
	}
	/* the rest as shown, after the type: "INTEGER: up(1)", "Gauge32: 5" */
	sb_printf(sb, "%s: ", value_type_name(v->type));
	cell_show(o, v, mib, sb);
}

int
cell_match(const struct oid *o, const struct snmp_value *v, int mib,
    const char *shown, int (*match)(const char *, const void *), const void *arg)
{
	char line[4096], label[64], alt[96];
	const char *val;
	struct strbuf sb;

	if (match(shown, arg))
		return 1;
	sb_init(&sb, line, sizeof(line));
	cell_netsnmp(o, v, mib, &sb);
	/* check_snmp's -s saw the value as it showed it, -r the whole line */
	val = strstr(line, ": ");
	val = val == NULL || v->type == VAL_TIMETICKS ? line : val + 2;
	if (match(line, arg) || match(val, arg))
		return 1;
	if (v->type != VAL_INTEGER ||
	    !oid_enum_label(o, v->i, label, sizeof(label)))
		return 0;
	snprintf(alt, sizeof(alt), "%s(%lld)", label, (long long)v->i);
	if (match(label, arg) || match(alt, arg))
		return 1;
	snprintf(alt, sizeof(alt), "%lld", (long long)v->i);
	return match(alt, arg);
}

int
cell_string_num(const struct snmp_value *v, struct num *n)
{
	char buf[64], *p, *e;
	size_t len = v->len;

	if (v->type != VAL_OCTET_STRING || len == 0 || len >= sizeof(buf))
		return -1;
	memcpy(buf, v->bytes, len);
	buf[len] = '\0';
	if (memchr(buf, '\0', len) != NULL)
		return -1;
	for (p = buf; *p == ' ' || *p == '\t'; p++)
		;
	for (e = buf + strlen(buf); e > p && (e[-1] == ' ' || e[-1] == '\t' ||
	    e[-1] == '\n' || e[-1] == '\r'); e--)
		;
	*e = '\0';
	if ((e = strchr(p, ' ')) != NULL) {
		*e++ = '\0';
		while (*e == ' ')
			e++;
		if (*e == '\0')
			return -1;
		for (; *e != '\0'; e++) {
			if (!((*e >= 'a' && *e <= 'z') ||
			    (*e >= 'A' && *e <= 'Z') || *e == '%'))
				return -1;
		}
	}
	return num_parse(n, p) == 0 ? 0 : -1;
}

void
cell_show(const struct oid *o, const struct snmp_value *v, int mib,
    struct strbuf *sb)
{
	char buf[OID_TEXT_MAX];
	struct num n;
	struct oid id;

	switch (v->type) {
	case VAL_OCTET_STRING:
	case VAL_OPAQUE:
		output_put_text(sb, v->bytes, v->len);
		return;
	case VAL_OID:
		if (oid_from_ber(&id, v->bytes, v->len) == SNMP_OK) {
			oid_format(&id, buf, sizeof(buf));
			sb_add(sb, buf);
		}
		return;
	case VAL_IPADDRESS:
		sb_printf(sb, "%u.%u.%u.%u", v->bytes[0], v->bytes[1],
		    v->bytes[2], v->bytes[3]);
		return;
	case VAL_INTEGER:
		/* net-snmp with MIBs: "up(1)" */
		if (mib && oid_enum_label(o, v->i, buf, sizeof(buf)))
			sb_printf(sb, "%s(%lld)", buf, (long long)v->i);
		else
			sb_i64(sb, v->i);
		return;
	}
	if (value_to_num(v, &n) == SNMP_OK) {
		num_format(&n, buf, sizeof(buf));
		sb_add(sb, buf);
	} else
		sb_add(sb, v->type == VAL_NULL ? "NULL" :
		    value_type_name(v->type));
}
