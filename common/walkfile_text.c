/* SPDX-License-Identifier: ISC */
/*
 * One record of net-snmp snmpwalk output, "OID = TYPE: VALUE", as net-snmp
 * 5.9's sprint_realloc_by_type() prints it, into the walk file's store
 * (walkfile.c).
 *
 * Decisions:
 * - OIDs: numeric (-On) or under a root name ("iso.3.6..."), names of the
 *   built-in table (oid.h) as "MODULE::name.instance", "name.instance"
 *   (-Os), full or partial paths (-Of, -Ou, where an OID that starts with a
 *   number above 2 is relative to mib-2), -OX indexes in brackets.  A name
 *   the table lacks, or a quoted index, needs a MIB: the line is skipped,
 *   telling to record with -On.
 * - net-snmp escapes only '"' and '\' inside a quoted STRING; any other
 *   backslash is kept as it is.  A quoted STRING may span lines; in a file
 *   with CRLF line ends the CR before each embedded newline is dropped.
 * - Values net-snmp rendered through a MIB (DISPLAY-HINT strings, enum
 *   labels, units) are read as far as the raw value can be recovered:
 *   "up(1)" gives 1, a trailing unit word is ignored, a hinted STRING is
 *   kept as its text.  A value without a type (-Oq, -OQ, -Ov, -Ot with a
 *   MIB) cannot be told apart from another type: its record is skipped.
 * - A v1 walk's closing "End of MIB" line is ignored.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ber.h"
#include "oid.h"
#include "snmp.h"
#include "walkfile_int.h"

#define WF_NUM_MAX	400	/* longest decimal float text we copy */
#define WF_BITS_RING	91	/* bit numbers 10..99, plus one */

static int
wf_is_space(int c)
{
	return c == ' ' || c == '\t';
}

static const char *
wf_skip_space(const char *s, const char *e)
{
	while (s < e && wf_is_space((unsigned char)*s))
		s++;
	return s;
}

static const char *
wf_trim_end(const char *s, const char *e)
{
	while (e > s && wf_is_space((unsigned char)e[-1]))
		e--;
	return e;
}

/* If [s, e) starts with lit, the rest; else NULL. */
static const char *
wf_prefix(const char *s, const char *e, const char *lit)
{
	size_t n = strlen(lit);

	if ((size_t)(e - s) < n || memcmp(s, lit, n) != 0)
		return NULL;
	return s + n;
}

static const char *
wf_token_end(const char *s, const char *e)
{
	while (s < e && !wf_is_space((unsigned char)*s))
		s++;
	return s;
}

static int
wf_parse_i64(const char *s, const char *e, int64_t *out)
{
	uint64_t u;
	int rc;

	if (s < e && *s == '-') {
		if ((rc = wf_parse_u64(s + 1, e, (uint64_t)INT64_MAX + 1,
		    &u)) != SNMP_OK)
			return rc;
		*out = u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u;
		return SNMP_OK;
	}
	if ((rc = wf_parse_u64(s, e, INT64_MAX, &u)) != SNMP_OK)
		return rc;
	*out = (int64_t)u;
	return SNMP_OK;
}

/* [-]digits[.digits], as net-snmp prints a float or double with "%f". */
static int
wf_parse_double(const char *s, const char *e, double *out)
{
	char buf[WF_NUM_MAX + 1];
	const char *p = s;
	char *end;
	int digits = 0;

	if (p < e && *p == '-')
		p++;
	while (p < e && *p >= '0' && *p <= '9') {
		p++;
		digits++;
	}
	if (p < e && *p == '.') {
		p++;
		while (p < e && *p >= '0' && *p <= '9') {
			p++;
			digits++;
		}
	}
	if (p != e || digits == 0)
		return SNMP_E_SYNTAX;
	if ((size_t)(e - s) > WF_NUM_MAX)
		return SNMP_E_RANGE;
	memcpy(buf, s, (size_t)(e - s));
	buf[e - s] = '\0';
	*out = strtod(buf, &end);
	if (*end != '\0' || !isfinite(*out))
		return SNMP_E_RANGE;
	return SNMP_OK;
}

/* Space-separated hex octets ("00 1A 2B ", net-snmp) appended to pp->buf. */
static int
wf_hex_tokens(struct wf_parser *pp, const char *s, const char *e)
{
	const char *t;
	uint8_t b;
	int rc;

	for (s = wf_skip_space(s, e); s < e; s = wf_skip_space(t, e)) {
		t = wf_token_end(s, e);
		if (!wf_is_hex_pair(s, t))
			return wf_err(pp, "expected a pair of hex digits, "
			    "found '%.*s'", wf_show(s, t), s);
		b = wf_hex_octet(s);
		if ((rc = wf_put(pp, &b, 1)) != SNMP_OK)
			return rc;
	}
	return SNMP_OK;
}

static int
wf_is_hex_line(const char *s, const char *e)
{
	const char *t;

	s = wf_skip_space(s, e);
	if (s == e)
		return 0;
	for (; s < e; s = wf_skip_space(t, e)) {
		t = wf_token_end(s, e);
		if (!wf_is_hex_pair(s, t))
			return 0;
	}
	return 1;
}

/*
 * net-snmp breaks a long hex string after every 16 octets; the following
 * lines hold nothing but hex pairs.
 */
static int
wf_hex_continuation(struct wf_parser *pp)
{
	const char *save_p, *ls, *le;
	size_t save_line;
	int rc;

	for (;;) {
		save_p = pp->p;
		save_line = pp->line;
		if (!wf_next_line(pp, &ls, &le))
			return SNMP_OK;
		if (!wf_is_hex_line(ls, le)) {
			pp->p = save_p;
			pp->line = save_line;
			return SNMP_OK;
		}
		if ((rc = wf_hex_tokens(pp, ls, le)) != SNMP_OK)
			return rc;
	}
}

/*
 * One label of an OID path: a root that the table of names does not hold,
 * or a name from the built-in table (oid.h); a module given with it is
 * tried first, then the name alone, since net-snmp may print a name under
 * another module than the table has (HOST-RESOURCES-TYPES).
 */
static int
wf_label(struct oid *t, const char *mod, size_t modlen, const char *l,
    size_t n)
{
	static const struct {
		const char	*name;
		uint32_t	 arc;
		size_t		 len;
	} roots[] = {
		/* the roots of X.660, not in the table of names */
		{ "ccitt", 0, 1 },
		{ "iso", 1, 1 },
		{ "joint-iso-ccitt", 2, 1 },
		{ "zeroDotZero", 0, 2 }		/* SNMPv2-SMI, as a value */
	};
	char buf[160];
	size_t i;

	if (n == 0 || n + modlen + 3 > sizeof(buf))
		return SNMP_E_NAME;
	for (i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
		if (strlen(roots[i].name) == n &&
		    memcmp(roots[i].name, l, n) == 0) {
			t->len = roots[i].len;
			t->arcs[0] = roots[i].arc;
			t->arcs[1] = 0;
			return SNMP_OK;
		}
	}
	if (modlen > 0) {
		snprintf(buf, sizeof(buf), "%.*s::%.*s", (int)modlen, mod,
		    (int)n, l);
		if (oid_parse(t, buf) == SNMP_OK)
			return SNMP_OK;
	}
	snprintf(buf, sizeof(buf), "%.*s", (int)n, l);
	return oid_parse(t, buf) == SNMP_OK ? SNMP_OK : SNMP_E_NAME;
}

/*
 * -OX indexes: "ifDescr[2]" and "ipAdEntAddr[127.0.0.1]" read as ".2" and
 * ".127.0.0.1"; a quoted index needs the MIB to be encoded.
 */
static int
wf_brackets(char *buf, size_t *len, char *why, size_t whylen)
{
	size_t i, j = 0;
	char c;

	for (i = 0; i < *len; i++) {
		c = buf[i];
		if (c == '"') {
			snprintf(why, whylen, "a quoted index needs the MIB to "
			    "be read (record the walk with -On)");
			return SNMP_E_NAME;
		}
		if (c == '[')
			c = '.';
		else if (c == ']') {
			if (i + 1 < *len && buf[i + 1] != '[' &&
			    buf[i + 1] != '.')
				return SNMP_E_OID;
			continue;
		}
		buf[j++] = c;
	}
	*len = j;
	buf[j] = '\0';
	return SNMP_OK;
}

/*
 * An OID as net-snmp prints it: numeric (-On), under a root name
 * ("iso.3.6.1...", ".iso.3..." with -Of and no MIBs), a name of the
 * built-in table with module and instance ("SNMPv2-MIB::sysDescr.0";
 * "sysDescr.0" with -Os), a full or partial path of names (-Of
 * ".iso.org.dod.internet.mgmt.mib-2.system.sysDescr.0", -Ou
 * "system.sysDescr.0", and "49.1.0" relative to mib-2), -OX indexes in
 * brackets.  Each name must be the
 * child of the path before it.  SNMP_E_NAME with why for a name or index
 * that needs a MIB, SNMP_E_OID for anything else that is wrong.
 */
static int
wf_text_oid(struct oid *o, const char *s, const char *e, char *why,
    size_t whylen)
{
	char buf[OID_TEXT_MAX + 256];
	const char *p, *l, *mod = NULL, *colons;
	size_t n, len, modlen = 0;
	struct oid t;
	uint64_t v;
	int rc, dot;

	dot = s < e && *s == '.';
	s += dot;
	for (p = s; p < e && *p >= '0' && *p <= '9'; p++)
		;
	/*
	 * -Ou prints what lies under mib-2 relative to it ("OID: 49" is
	 * mib-2.49); an absolute OID never starts with an arc above 2.
	 */
	if (!dot && p > s && (p - s > 1 || *s > '2') &&
	    wf_parse_u64(s, p, UINT32_MAX, &v) == SNMP_OK && v > 2) {
		if ((size_t)(e - s) + 12 >= sizeof(buf))
			return SNMP_E_OID;
		snprintf(buf, sizeof(buf), "1.3.6.1.2.1.%.*s", (int)(e - s), s);
		return oid_parse_numeric(o, buf);
	}
	if (s < e && *s >= '0' && *s <= '9')
		return wf_numeric_oid(o, s, e);
	len = (size_t)(e - s);
	if (len == 0 || len >= sizeof(buf) || memchr(s, '\0', len) != NULL)
		return SNMP_E_OID;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if ((rc = wf_brackets(buf, &len, why, whylen)) != SNMP_OK)
		return rc;
	p = buf;
	if ((colons = strstr(buf, "::")) != NULL) {
		mod = buf;
		modlen = (size_t)(colons - buf);
		p = colons + 2;
	}
	o->len = 0;
	for (;;) {
		for (l = p; *l != '\0' && *l != '.'; l++)
			;
		n = (size_t)(l - p);
		if (n > 0 && wf_parse_u64(p, l, UINT32_MAX, &v) == SNMP_OK) {
			if (o->len == 0 || oid_append(o, (uint32_t)v) != SNMP_OK)
				return SNMP_E_OID;
		} else if (wf_label(&t, mod, o->len == 0 ? modlen : 0, p, n) !=
		    SNMP_OK) {
			snprintf(why, whylen, "unknown object name '%.*s' (no "
			    "MIB files are read: record the walk with -On)",
			    (int)(n > WF_SHOW ? WF_SHOW : n), p);
			return SNMP_E_NAME;
		} else if (o->len > 0 && (t.len != o->len + 1 ||
		    !oid_is_prefix(o, &t)))
			return SNMP_E_OID;
		else
			*o = t;
		if (*l == '\0')
			break;
		p = l + 1;
	}
	/* the rules of a numeric OID (X.690 §8.19.4) */
	oid_format(o, buf, sizeof(buf));
	return oid_parse_numeric(o, buf);
}

static int
wf_walk_oid(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	struct oid v;
	char why[160];

	why[0] = '\0';
	if (wf_text_oid(&v, s, e, why, sizeof(why)) != SNMP_OK)
		return wf_err(pp, "bad OID value '%.*s'%s%s", wf_show(s, e), s,
		    why[0] != '\0' ? ": " : "", why);
	return wf_add_oid(pp, o, &v, s, e);
}

/* "7F:00:00:01", net-snmp's rendering of a v1 NetworkAddress. */
static int
wf_parse_netaddr(const char *s, const char *e, uint8_t ip[4])
{
	int i;

	if (e - s != 11)
		return SNMP_E_SYNTAX;
	for (i = 0; i < 4; i++, s += 3) {
		if (!wf_is_hex_pair(s, s + 2) || (i < 3 && s[2] != ':'))
			return SNMP_E_SYNTAX;
		ip[i] = wf_hex_octet(s);
	}
	return SNMP_OK;
}

/*
 * End of the number that starts a net-snmp value; what follows it can only
 * be the unit words of the MIB's UNITS clause ("42 kB"), which are ignored.
 */
static const char *
wf_number_token(const char *s, const char *e)
{
	return wf_token_end(s, e);
}

static int
wf_walk_unsigned(struct wf_parser *pp, const struct oid *o, uint8_t tag,
    const char *what, uint64_t max, const char *s, const char *e)
{
	const char *t = wf_number_token(s, e);
	uint64_t u;
	int rc;

	if ((rc = wf_parse_u64(s, t, max, &u)) != SNMP_OK)
		return wf_num_err(pp, rc, what, s, t);
	return wf_add_int(pp, o, tag, 0, 1, u);
}

static int
wf_walk_integer(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	const char *t = wf_number_token(s, e), *lp, *ns = s, *ne = t;
	int64_t v;
	int rc;

	/* Enum label form "up(1)": the number is in the parentheses. */
	if (t > s && t[-1] == ')' &&
	    (lp = memchr(s, '(', (size_t)(t - s))) != NULL && lp > s) {
		ns = lp + 1;
		ne = t - 1;
	}
	if ((rc = wf_parse_i64(ns, ne, &v)) != SNMP_OK)
		return wf_num_err(pp, rc, "INTEGER", s, t);
	return wf_add_int(pp, o, BER_INTEGER, v, 0, 0);
}

static int
wf_walk_timeticks(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	const char *ns = s, *ne;
	uint64_t u;
	int rc;

	/* "(123456) 0:20:34.56", or the bare number. */
	if (s < e && *s == '(') {
		ns = s + 1;
		for (ne = ns; ne < e && *ne != ')'; ne++)
			;
		if (ne == e)
			return wf_err(pp, "bad Timeticks value: no ')'");
	} else
		ne = wf_number_token(s, e);
	if ((rc = wf_parse_u64(ns, ne, UINT32_MAX, &u)) != SNMP_OK)
		return wf_num_err(pp, rc, "Timeticks", ns, ne);
	return wf_add_int(pp, o, BER_TIMETICKS, 0, 1, u);
}

/*
 * net-snmp's Opaque wrappers (asn1.h ASN_OPAQUE_*): the first octet, then
 * the type, the length and the value's octets.
 */
enum wf_opaque {
	WF_OPAQUE_TAG1 = 0x9f,
	WF_OPAQUE_COUNTER64 = 0x76,
	WF_OPAQUE_FLOAT = 0x78,
	WF_OPAQUE_DOUBLE = 0x79,
	WF_OPAQUE_I64 = 0x7a,
	WF_OPAQUE_U64 = 0x7b
};

/* "Float: 1.5" or "Double: 1.5": IEEE 754 octets, most significant first. */
static int
wf_opaque_float(struct wf_parser *pp, const struct oid *o, const char *v,
    const char *e, int is_float)
{
	const char *t = wf_number_token(v, e);
	uint8_t b[16];
	uint64_t bits;
	uint32_t fbits;
	double d;
	float f;
	size_t i, n;
	int rc;

	if ((rc = wf_parse_double(v, t, &d)) != SNMP_OK)
		return wf_num_err(pp, rc, is_float ? "Float" : "Double", v, t);
	if (is_float) {
		f = (float)d;
		if (!isfinite(f))
			return wf_err(pp, "Float value out of range");
		memcpy(&fbits, &f, sizeof(fbits));
		bits = fbits;
		n = sizeof(fbits);
	} else {
		memcpy(&bits, &d, sizeof(bits));
		n = sizeof(bits);
	}
	b[0] = WF_OPAQUE_TAG1;
	b[1] = is_float ? WF_OPAQUE_FLOAT : WF_OPAQUE_DOUBLE;
	b[2] = (uint8_t)n;
	for (i = 0; i < n; i++)
		b[3 + i] = (uint8_t)(bits >> (8 * (n - 1 - i)));
	return wf_add(pp, o, BER_OPAQUE, b, 3 + n);
}

/* A 64-bit integer under its wrapper type: an INTEGER's contents octets. */
static int
wf_opaque_int(struct wf_parser *pp, const struct oid *o, uint8_t type,
    const char *v, const char *e)
{
	const char *t = wf_number_token(v, e);
	uint8_t b[3 + WF_INT_OCTETS];
	uint64_t u = 0;
	int64_t i64 = 0;
	size_t n;
	int rc;

	if (type == WF_OPAQUE_I64) {
		if ((rc = wf_parse_i64(v, t, &i64)) != SNMP_OK)
			return wf_num_err(pp, rc, "Opaque Int64", v, t);
	} else if ((rc = wf_parse_u64(v, t, UINT64_MAX, &u)) != SNMP_OK)
		return wf_num_err(pp, rc, "Opaque 64-bit", v, t);
	if ((rc = wf_int_octets(pp, i64, type != WF_OPAQUE_I64, u, b + 3,
	    &n)) != SNMP_OK)
		return rc;
	b[0] = WF_OPAQUE_TAG1;
	b[1] = type;
	b[2] = (uint8_t)n;
	return wf_add(pp, o, BER_OPAQUE, b, 3 + n);
}

/*
 * Hex octets that net-snmp breaks after every 16, the following lines
 * holding nothing but hex pairs: a Hex-STRING, or an Opaque it has no
 * wrapper for.
 */
static int
wf_walk_hex(struct wf_parser *pp, const struct oid *o, uint8_t tag,
    const char *s, const char *e)
{
	int rc;

	pp->len = 0;
	if ((rc = wf_hex_tokens(pp, s, e)) != SNMP_OK)
		return rc;
	if ((rc = wf_hex_continuation(pp)) != SNMP_OK)
		return rc;
	return wf_add(pp, o, tag, pp->buf, pp->len);
}

static int
wf_walk_opaque(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	static const struct {
		const char	*label;
		uint8_t		 type;
	} ints[] = {
		{ "Counter64: ", WF_OPAQUE_COUNTER64 },
		{ "Int64: ", WF_OPAQUE_I64 },
		{ "UInt64: ", WF_OPAQUE_U64 }
	};
	const char *v;
	size_t i;

	if ((v = wf_prefix(s, e, "Float: ")) != NULL)
		return wf_opaque_float(pp, o, v, e, 1);
	if ((v = wf_prefix(s, e, "Double: ")) != NULL)
		return wf_opaque_float(pp, o, v, e, 0);
	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		if ((v = wf_prefix(s, e, ints[i].label)) != NULL)
			return wf_opaque_int(pp, o, ints[i].type, v, e);
	}
	return wf_walk_hex(pp, o, BER_OPAQUE, s, e);
}

/* Do the words after the octets name exactly the bits they set? */
static int
wf_bits_match(const uint8_t *b, size_t n, const char *s, const char *e)
{
	const char *t, *lp;
	uint64_t v;
	size_t i;
	int j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < 8; j++) {
			if (!(b[i] & (0x80 >> j)))
				continue;
			s = wf_skip_space(s, e);
			t = wf_token_end(s, e);
			if (t > s && t[-1] == ')' &&
			    (lp = memchr(s, '(', (size_t)(t - s))) != NULL) {
				if (wf_parse_u64(lp + 1, t - 1, SIZE_MAX,
				    &v) != SNMP_OK)
					return 0;
			} else if (wf_parse_u64(s, t, SIZE_MAX, &v) != SNMP_OK)
				return 0;
			if (v != i * 8 + (size_t)j)
				return 0;
			s = t;
		}
	}
	return wf_skip_space(s, e) == e;
}

/*
 * "BITS: 80 00 0 " or "BITS: 40 linkUp(1) ": the octets in hex, then the
 * number or label of every set bit.  A two-digit bit number looks like a
 * hex octet, so take the longest run of octets whose set bits are exactly
 * the words that follow; failing that, every leading hex pair.
 */
static int
wf_walk_bits(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	const char *after[WF_BITS_RING], *t;
	size_t k, n = 0, lo;
	uint8_t b;
	int rc;

	pp->len = 0;
	s = wf_skip_space(s, e);
	after[0] = s;
	for (; s < e; s = wf_skip_space(t, e)) {
		t = wf_token_end(s, e);
		if (!wf_is_hex_pair(s, t))
			break;
		b = wf_hex_octet(s);
		if ((rc = wf_put(pp, &b, 1)) != SNMP_OK)
			return rc;
		n++;
		after[n % WF_BITS_RING] = t;
	}
	if (n == 0)
		return wf_err(pp, "expected hex octets after BITS");
	/* Only the bit numbers 10..99 look like octets. */
	lo = n > WF_BITS_RING - 1 ? n - (WF_BITS_RING - 1) : 1;
	for (k = n; k >= lo; k--) {
		if (wf_bits_match(pp->buf, k, after[k % WF_BITS_RING], e))
			return wf_add(pp, o, BER_OCTET_STRING, pp->buf, k);
	}
	return wf_add(pp, o, BER_OCTET_STRING, pp->buf, n);
}

/*
 * A quoted STRING from the opening quote at q; it may run over several
 * lines.  On success [*rs, *re) is what follows the closing quote on its
 * line and pp->p the start of the next line.
 */
static int
wf_quoted(struct wf_parser *pp, const char *q, const char **rs,
    const char **re)
{
	const char *c = q + 1, *nl;
	size_t start = pp->line;
	int rc;

	pp->len = 0;
	for (;;) {
		const char *run = c;

		while (c < pp->end && *c != '"' && *c != '\\' && *c != '\n' &&
		    *c != '\r')
			c++;
		if ((rc = wf_put(pp, run, (size_t)(c - run))) != SNMP_OK)
			return rc;
		if (c >= pp->end) {
			pp->line = start;
			return wf_err(pp, "unterminated quoted string");
		}
		if (*c == '"')
			break;
		if (*c == '\\') {
			/* net-snmp escapes only '"' and '\'. */
			if (c + 1 < pp->end && (c[1] == '"' || c[1] == '\\'))
				c++;
			if ((rc = wf_put(pp, c, 1)) != SNMP_OK)
				return rc;
			c++;
			continue;
		}
		if (*c == '\r') {
			if (!(pp->crlf && c + 1 < pp->end && c[1] == '\n') &&
			    (rc = wf_put(pp, c, 1)) != SNMP_OK)
				return rc;
			c++;
			continue;
		}
		pp->line++;
		if ((rc = wf_put(pp, c, 1)) != SNMP_OK)
			return rc;
		c++;
	}
	*rs = c + 1;
	if ((nl = memchr(*rs, '\n', (size_t)(pp->end - *rs))) == NULL) {
		*re = pp->end;
		pp->p = pp->end;
	} else {
		*re = nl;
		pp->p = nl + 1;
	}
	if (*re > *rs && (*re)[-1] == '\r')
		(*re)--;
	return SNMP_OK;
}

static int
wf_walk_string(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	const char *rs = NULL, *re = NULL;
	int rc;

	if (s == e || *s != '"') {
		/* Unquoted: a DISPLAY-HINT rendering, kept as text. */
		return wf_add(pp, o, BER_OCTET_STRING, (const uint8_t *)s,
		    (size_t)(e - s));
	}
	if ((rc = wf_quoted(pp, s, &rs, &re)) != SNMP_OK)
		return rc;
	/* After the closing quote only a unit word may follow. */
	if (rs < re && !wf_is_space((unsigned char)*rs))
		return wf_err(pp, "unexpected text after the closing quote");
	return wf_add(pp, o, BER_OCTET_STRING, pp->buf, pp->len);
}

static int
wf_walk_value(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e, int nested)
{
	const char *v, *t;
	uint8_t ip[4];

	if ((v = wf_prefix(s, e, "STRING: ")) != NULL)
		return wf_walk_string(pp, o, v, e);
	e = wf_trim_end(s, e);
	if (e - s == 2 && memcmp(s, "\"\"", 2) == 0)
		return wf_add(pp, o, BER_OCTET_STRING, NULL, 0);
	if ((v = wf_prefix(s, e, "INTEGER: ")) != NULL)
		return wf_walk_integer(pp, o, v, e);
	if ((v = wf_prefix(s, e, "Counter32: ")) != NULL)
		return wf_walk_unsigned(pp, o, BER_COUNTER32, "Counter32",
		    UINT32_MAX, v, e);
	if ((v = wf_prefix(s, e, "Gauge32: ")) != NULL)
		return wf_walk_unsigned(pp, o, BER_GAUGE32, "Gauge32",
		    UINT32_MAX, v, e);
	if ((v = wf_prefix(s, e, "Counter64: ")) != NULL)
		return wf_walk_unsigned(pp, o, BER_COUNTER64, "Counter64",
		    UINT64_MAX, v, e);
	if ((v = wf_prefix(s, e, "Timeticks: ")) != NULL)
		return wf_walk_timeticks(pp, o, v, e);
	if ((v = wf_prefix(s, e, "Hex-STRING: ")) != NULL ||
	    (e - s == 11 && memcmp(s, "Hex-STRING:", 11) == 0))
		return wf_walk_hex(pp, o, BER_OCTET_STRING, v != NULL ? v : e,
		    e);
	if ((v = wf_prefix(s, e, "OID: ")) != NULL)
		return wf_walk_oid(pp, o, v, wf_token_end(v, e));
	if ((v = wf_prefix(s, e, "IpAddress: ")) != NULL) {
		t = wf_token_end(v, e);
		if (wf_parse_ipv4(v, t, ip) != SNMP_OK)
			return wf_err(pp, "bad IpAddress value '%.*s'",
			    wf_show(v, t), v);
		return wf_add(pp, o, BER_IPADDRESS, ip, 4);
	}
	if ((v = wf_prefix(s, e, "Network Address: ")) != NULL) {
		if (wf_parse_netaddr(v, e, ip) != SNMP_OK)
			return wf_err(pp, "bad Network Address value '%.*s'",
			    wf_show(v, e), v);
		return wf_add(pp, o, BER_IPADDRESS, ip, 4);
	}
	if (e - s == 4 && memcmp(s, "NULL", 4) == 0)
		return wf_add(pp, o, BER_NULL, NULL, 0);
	if ((v = wf_prefix(s, e, "Opaque: ")) != NULL ||
	    (v = wf_prefix(s, e, "OPAQUE: ")) != NULL)
		return wf_walk_opaque(pp, o, v, e);
	if ((v = wf_prefix(s, e, "BITS: ")) != NULL)
		return wf_walk_bits(pp, o, v, e);
	if (wf_prefix(s, e, "No Such Object available") != NULL ||
	    wf_prefix(s, e, "No Such Instance currently exists") != NULL ||
	    wf_prefix(s, e, "No more variables left in this MIB View") != NULL)
		return SNMP_OK;
	if (!nested && (v = wf_prefix(s, e, "Wrong Type (should be ")) != NULL) {
		/* The agent's type differs from the MIB's; its value follows. */
		for (t = v; t + 2 < e && memcmp(t, "): ", 3) != 0; t++)
			;
		if (t + 2 >= e)
			return wf_err(pp, "expected '): ' after 'Wrong Type'");
		return wf_walk_value(pp, o, t + 3, e, 1);
	}
	for (t = s; t < e && *t != ':' && *t != '"' && *t != '='; t++)
		;
	if (t < e && t > s && *t == ':')
		return wf_err(pp, "unknown type '%.*s'", wf_show(s, t), s);
	return wf_err(pp, "value without a type (record the walk without "
	    "-Oq, -OQ or -Ot)");
}

/* The OID at the start of a line ends at a blank outside quotes. */
static const char *
wf_oid_end(const char *s, const char *e)
{
	int q = 0;

	for (; s < e; s++) {
		if (q && *s == '\\' && s + 1 < e)
			s++;
		else if (*s == '"')
			q = !q;
		else if (!q && wf_is_space((unsigned char)*s))
			break;
	}
	return s;
}

int
wf_walk_line(struct wf_parser *pp, const char *ls, const char *le)
{
	char why[160];
	const char *t;
	int rc;

	if (le - ls == 10 && memcmp(ls, "End of MIB", 10) == 0)
		return SNMP_OK;
	t = wf_oid_end(ls, le);
	why[0] = '\0';
	if ((rc = wf_text_oid(&pp->rec, ls, t, why, sizeof(why))) == SNMP_OK)
		pp->have_rec = 1;
	if ((size_t)(le - t) < 2 || memcmp(t, " =", 2) != 0 ||
	    (le - t > 2 && t[2] != ' '))
		return wf_err(pp, rc == SNMP_OK && le - t > 1 && t[1] != '=' ?
		    "no ' = ' after the OID: a value without a type (record "
		    "the walk without -Oq)" : "expected ' = ' after the OID");
	if (rc != SNMP_OK)
		return wf_err(pp, "bad OID '%.*s'%s%s", wf_show(ls, t), ls,
		    why[0] != '\0' ? ": " : "", why);
	if (le - t <= 3)
		return wf_err(pp, "no value after ' = '");
	return wf_walk_value(pp, &pp->rec, t + 3, le, 0);
}
