/* SPDX-License-Identifier: ISC */
/*
 * Object identifier conversions (X.690 §8.19, RFC 2578 §3.5) and the table of
 * well-known names (SNMPv2-MIB, IF-MIB, HOST-RESOURCES-MIB, UCD-SNMP-MIB,
 * SNMP-FRAMEWORK-MIB) with the enumerations of those objects that have one.
 * No MIB files are read at run time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oid.h"
#include "snmp.h"

struct oid_name {
	const char	*module;
	const char	*name;
	const char	*oid;
};

static const struct oid_name oid_names[] = {
#include "oid_names.inc"
};

#define NNAMES	(sizeof(oid_names) / sizeof(oid_names[0]))

struct oid_enum {
	const char	*name;
	const char	*labels;	/* "up(1) down(2) ..." */
};

static const struct oid_enum oid_enums[] = {
#include "oid_enums.inc"
};

#define NENUMS	(sizeof(oid_enums) / sizeof(oid_enums[0]))

int
oid_from_ber(struct oid *o, const uint8_t *p, size_t len)
{
	uint64_t v;
	size_t i = 0;
	uint8_t c;

	o->len = 0;
	if (len == 0)
		return SNMP_E_OID;
	while (i < len) {
		c = p[i++];
		v = c & 0x7f;
		if (c & 0x80) {
			/* §8.19.2: the leading octet is never 0x80. */
			if (c == 0x80)
				return SNMP_E_OID;
			do {
				if (i == len)
					return SNMP_E_OID;	/* cut short */
				c = p[i++];
				v = (v << 7) | (c & 0x7f);
				if (v > UINT32_MAX)
					return SNMP_E_OID;
			} while (c & 0x80);
		}
		if (o->len == 0) {
			/* §8.19.4: the first subidentifier is X * 40 + Y. */
			o->arcs[0] = v < 40 ? 0 : v < 80 ? 1 : 2;
			o->arcs[1] = (uint32_t)(v - (uint64_t)o->arcs[0] * 40);
			o->len = 2;
		} else {
			if (o->len >= OID_MAX_ARCS)
				return SNMP_E_OID;
			o->arcs[o->len++] = (uint32_t)v;
		}
	}
	return SNMP_OK;
}

static size_t
put_arc(uint8_t *b, uint64_t v)
{
	uint8_t tmp[10];
	size_t n = 0, i;

	do {
		tmp[n++] = (uint8_t)(v & 0x7f);
		v >>= 7;
	} while (v != 0);
	for (i = 0; i < n; i++)
		b[i] = (uint8_t)(tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0));
	return n;
}

int
oid_to_ber(const struct oid *o, uint8_t *buf, size_t cap)
{
	uint8_t b[10];
	uint64_t first, v;
	size_t i, n, len = 0;

	if (o->len < 2 || o->len > OID_MAX_ARCS || o->arcs[0] > 2 ||
	    (o->arcs[0] < 2 && o->arcs[1] >= 40))
		return SNMP_E_OID;
	first = (uint64_t)o->arcs[0] * 40 + o->arcs[1];
	if (first > UINT32_MAX)
		return SNMP_E_OID;
	for (i = 1; i < o->len; i++) {
		v = i == 1 ? first : o->arcs[i];
		if (v < 0x80) {		/* most arcs: one octet */
			if (len == cap)
				return SNMP_E_NOSPACE;
			buf[len++] = (uint8_t)v;
			continue;
		}
		n = put_arc(b, v);
		if (n > cap - len)
			return SNMP_E_NOSPACE;
		memcpy(buf + len, b, n);
		len += n;
	}
	return (int)len;
}

/* Parse "n.n.n" (at least one arc) starting at s, appending to o. */
static int
parse_arcs(struct oid *o, const char *s)
{
	uint64_t v;

	if (*s == '\0')
		return SNMP_E_OID;
	for (;;) {
		if (*s < '0' || *s > '9')
			return SNMP_E_OID;
		v = 0;
		while (*s >= '0' && *s <= '9') {
			v = v * 10 + (uint64_t)(*s++ - '0');
			if (v > UINT32_MAX)
				return SNMP_E_OID;
		}
		if (o->len >= OID_MAX_ARCS)
			return SNMP_E_OID;
		o->arcs[o->len++] = (uint32_t)v;
		if (*s == '\0')
			return SNMP_OK;
		if (*s++ != '.')
			return SNMP_E_OID;
	}
}

static int
valid_root(const struct oid *o)
{
	if (o->len < 2 || o->arcs[0] > 2 ||
	    (o->arcs[0] < 2 && o->arcs[1] >= 40) ||
	    (uint64_t)o->arcs[0] * 40 + o->arcs[1] > UINT32_MAX)
		return 0;
	return 1;
}

int
oid_parse_numeric(struct oid *o, const char *s)
{
	int rc;

	o->len = 0;
	if (*s == '.')
		s++;
	if ((rc = parse_arcs(o, s)) != SNMP_OK)
		return rc;
	return valid_root(o) ? SNMP_OK : SNMP_E_OID;
}

static int
cmp_name(const void *key, const void *elem)
{
	const struct oid_name *n = elem;

	return strcmp(key, n->name);
}

int
oid_parse(struct oid *o, const char *s)
{
	const struct oid_name *n = NULL;
	const char *name = s, *colons, *p, *dot = NULL;
	struct oid up;
	char buf[128];
	size_t modlen = 0, len;
	int rc;

	if (*s == '.' || (*s >= '0' && *s <= '9'))
		return oid_parse_numeric(o, s);
	o->len = 0;
	if ((colons = strstr(s, "::")) != NULL) {
		modlen = (size_t)(colons - s);
		name = colons + 2;
	}
	/*
	 * "sysUpTime.0", or a path of names as net-snmp takes it too
	 * ("host.hrSystem.hrSystemProcesses.0", Debian's snmp.cfg): each name
	 * below the one before; then the numeric arcs.
	 */
	for (p = name; *p < '0' || *p > '9'; p = dot + 1) {
		dot = strchr(p, '.');
		len = dot != NULL ? (size_t)(dot - p) : strlen(p);
		if (len == 0 || len >= sizeof(buf))
			return o->len > 0 ? SNMP_E_OID : SNMP_E_NAME;
		memcpy(buf, p, len);
		buf[len] = '\0';
		up = *o;
		o->len = 0;
		if ((n = bsearch(buf, oid_names, NNAMES, sizeof(oid_names[0]),
		    cmp_name)) == NULL)
			return SNMP_E_NAME;
		if ((rc = parse_arcs(o, n->oid)) != SNMP_OK)
			return rc;
		if (up.len > 0 && !oid_is_prefix(&up, o))
			return SNMP_E_NAME;
		if (dot == NULL)
			break;
	}
	if (n == NULL)
		return SNMP_E_NAME;	/* "IF-MIB::1.3": a module, no name */
	if (modlen > 0 && (strlen(n->module) != modlen ||
	    strncmp(n->module, s, modlen) != 0))
		return SNMP_E_NAME;
	if (dot != NULL && (rc = parse_arcs(o, dot + 1)) != SNMP_OK)
		return rc;
	return valid_root(o) ? SNMP_OK : SNMP_E_OID;
}

/* The table entry of the longest known prefix of o, and its arcs. */
static const struct oid_name *
lookup(const struct oid *o, size_t *narcs)
{
	const struct oid_name *best = NULL;
	struct oid t;
	size_t i, bestlen = 0;

	for (i = 0; i < NNAMES; i++) {
		t.len = 0;
		if (parse_arcs(&t, oid_names[i].oid) != SNMP_OK)
			continue;
		if (t.len > bestlen && oid_is_prefix(&t, o)) {
			best = &oid_names[i];
			bestlen = t.len;
		}
	}
	*narcs = bestlen;
	return best;
}

const char *
oid_lookup_name(const struct oid *o, size_t *narcs)
{
	const struct oid_name *n = lookup(o, narcs);

	return n != NULL ? n->name : NULL;
}

static int
cmp_enum(const void *key, const void *elem)
{
	const struct oid_enum *e = elem;

	return strcmp(key, e->name);
}

int
oid_enum_label(const struct oid *o, int64_t v, char *buf, size_t cap)
{
	const struct oid_name *n;
	const struct oid_enum *e;
	const char *p, *open;
	char *end;
	size_t narcs;

	if ((n = lookup(o, &narcs)) == NULL || narcs >= o->len ||
	    (e = bsearch(n->name, oid_enums, NENUMS, sizeof(oid_enums[0]),
	    cmp_enum)) == NULL)
		return 0;
	for (p = e->labels; (open = strchr(p, '(')) != NULL; p = end + 2) {
		if (strtoll(open + 1, &end, 10) == v) {
			snprintf(buf, cap, "%.*s", (int)(open - p), p);
			return 1;
		}
		if (end[1] == '\0')
			break;
	}
	return 0;
}

/*
 * Arcs from..o->len of o as text in buf (cap > 0), a dot before each but
 * the OID's first, cut at an arc that does not fit; the length.
 */
static size_t
arcs_text(const struct oid *o, size_t from, char *buf, size_t cap)
{
	char tmp[12];
	size_t i, n, len = 0;
	uint32_t v;

	for (i = from; i < o->len; i++) {
		v = o->arcs[i];
		/* most arcs have one digit: straight in, no copy */
		if (v < 10 && len + (i > 0) + 1 < cap) {
			if (i > 0)
				buf[len++] = '.';
			buf[len++] = (char)('0' + v);
			continue;
		}
		n = sizeof(tmp);
		tmp[--n] = '\0';
		do {
			tmp[--n] = (char)('0' + v % 10);
			v /= 10;
		} while (v != 0);
		if (i > 0)
			tmp[--n] = '.';
		if (sizeof(tmp) - 1 - n >= cap - len)
			break;
		memcpy(buf + len, tmp + n, sizeof(tmp) - 1 - n);
		len += sizeof(tmp) - 1 - n;
	}
	buf[len] = '\0';
	return len;
}

/* net-snmp's names of the three roots (X.660), as it prints them. */
static const char *const roots[] = { "ccitt", "iso", "joint-iso-ccitt" };

/*
 * Appends s at buf[len], cut to fit cap with a NUL after it: the length
 * the text would have uncut (snprintf's contract, without stdio on a GET's
 * perfdata label).
 */
static size_t
cat(char *buf, size_t cap, size_t len, const char *s)
{
	size_t n = strlen(s);

	if (len < cap) {
		memcpy(buf + len, s, n < cap - len ? n : cap - len - 1);
		buf[n < cap - len ? len + n : cap - 1] = '\0';
	}
	return len + n;
}

size_t
oid_format_netsnmp(const struct oid *o, int mib, char *buf, size_t cap)
{
	const struct oid_name *n = NULL;
	char num[OID_TEXT_MAX];
	struct oid rest;
	size_t len, narcs = 0;

	if (cap > 0)
		buf[0] = '\0';
	if (mib)
		n = lookup(o, &narcs);
	/* "iso" is one of net-snmp's built-in roots, printed bare */
	if (n != NULL && strcmp(n->name, "iso") != 0) {
		rest.len = o->len - narcs;
		memcpy(rest.arcs, o->arcs + narcs, rest.len * sizeof(o->arcs[0]));
		oid_format(&rest, num, sizeof(num));
		len = cat(buf, cap, 0, n->module);
		len = cat(buf, cap, len, "::");
		len = cat(buf, cap, len, n->name);
		len = cat(buf, cap, len, rest.len > 0 ? "." : "");
		return cat(buf, cap, len, num);
	}
	if (o->len > 0 && o->arcs[0] <= 2 && cap >= OID_TEXT_MAX + 16) {
		/* room for any OID after any root: written in place */
		len = cat(buf, cap, 0, roots[o->arcs[0]]);
		return len + arcs_text(o, 1, buf + len, cap - len);
	}
	oid_format(o, num, sizeof(num));
	len = cat(buf, cap, 0, o->len > 0 && o->arcs[0] <= 2 ?
	    roots[o->arcs[0]] : "");
	return cat(buf, cap, len, o->len > 0 && o->arcs[0] <= 2 ?
	    num + strcspn(num, ".") : num);
}

size_t
oid_format(const struct oid *o, char *buf, size_t cap)
{
	if (cap == 0)
		return 0;
	return arcs_text(o, 0, buf, cap);
}

int
oid_cmp(const struct oid *a, const struct oid *b)
{
	size_t i, n = a->len < b->len ? a->len : b->len;

	for (i = 0; i < n; i++) {
		if (a->arcs[i] != b->arcs[i])
			return a->arcs[i] < b->arcs[i] ? -1 : 1;
	}
	if (a->len == b->len)
		return 0;
	return a->len < b->len ? -1 : 1;
}

int
oid_is_prefix(const struct oid *prefix, const struct oid *o)
{
	size_t i;

	if (prefix->len > o->len)
		return 0;
	for (i = 0; i < prefix->len; i++) {
		if (prefix->arcs[i] != o->arcs[i])
			return 0;
	}
	return 1;
}

int
oid_append(struct oid *o, uint32_t arc)
{
	if (o->len >= OID_MAX_ARCS)
		return SNMP_E_OID;
	o->arcs[o->len++] = arc;
	return SNMP_OK;
}
