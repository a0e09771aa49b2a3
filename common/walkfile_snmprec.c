/* SPDX-License-Identifier: ISC */
/*
 * One record of an snmpsim .snmprec file, "OID|TAG|VALUE", into the walk
 * file's store (walkfile.c).
 *
 * snmprec follows snmpsim 0.4 (grammar/snmprec.py, record/snmprec.py): the
 * line is stripped; a value without a suffix is its raw octets for every
 * type ("64|J}M}" is 74.125.77.125), 'x' is hex, 'e' Python escapes, both
 * for the octet types only; numbers are read as Python's int() reads them,
 * within pysnmp's ranges (INTEGER is Integer32).  Two departures: an odd
 * number of hex digits and an escape cut short by the end of the value are
 * damage, where pyasn1 pads and snmpsim drops.  Tags 128..130, the
 * exceptions, are how a recording said an object was absent: no object.
 */
#include <stdint.h>
#include <string.h>

#include "ber.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "walkfile_int.h"

/* Contiguous hex digits ("00a1ff", snmpsim) appended to pp->buf. */
static int
wf_hex_run(struct wf_parser *pp, const char *s, const char *e)
{
	uint8_t b;
	int rc;

	if ((e - s) % 2 != 0)
		return wf_err(pp, "odd number of hex digits");
	for (; s < e; s += 2) {
		if (!wf_is_hex_pair(s, s + 2))
			return wf_err(pp, "bad hex digits '%.2s'", s);
		b = wf_hex_octet(s);
		if ((rc = wf_put(pp, &b, 1)) != SNMP_OK)
			return rc;
	}
	return SNMP_OK;
}

/* Python's str.strip() on the ASCII octets (snmpsim strips each line). */
static int
wf_py_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static void
wf_py_strip(const char **s, const char **e)
{
	while (*s < *e && wf_py_space((unsigned char)**s))
		(*s)++;
	while (*e > *s && wf_py_space((unsigned char)(*e)[-1]))
		(*e)--;
}

/*
 * A number as Python's int() reads it: blanks around, a sign, decimal
 * digits; then the range of the SNMP type (pysnmp's constraints).
 */
static int
wf_py_int(const char *s, const char *e, int64_t min, uint64_t max,
    int64_t *i, uint64_t *u)
{
	int neg = 0, rc;

	wf_py_strip(&s, &e);
	if (s < e && (*s == '+' || *s == '-'))
		neg = *s++ == '-';
	if ((rc = wf_parse_u64(s, e, UINT64_MAX, u)) != SNMP_OK)
		return rc;
	if (neg) {
		if (*u > (uint64_t)-(min + 1) + 1)
			return SNMP_E_RANGE;
		*i = *u == 0 ? 0 : -(int64_t)(*u - 1) - 1;
		return SNMP_OK;
	}
	if (*u > max)
		return SNMP_E_RANGE;
	*i = (int64_t)*u;
	return SNMP_OK;
}

/*
 * snmpsim's 'e' values: Python string escapes (\\ \' \" \a \b \f \n \r \t
 * \v \xHH), evaluated into octets in pp->buf.  snmpsim drops an escape cut
 * short by the end of the value; here that is a damaged record.
 */
static int
wf_py_unescape(struct wf_parser *pp, const char *s, const char *e)
{
	static const char from[] = "\\'\"abfnrtv", to[] = "\\'\"\a\b\f\n\r\t\v";
	const char *c;
	uint8_t b;
	int rc;

	pp->len = 0;
	for (; s < e; s++) {
		b = (uint8_t)*s;
		if (*s == '\\') {
			if (++s == e)
				return wf_err(pp, "an escape at the end of the "
				    "value");
			if (*s == 'x') {
				if (e - s < 3 || !wf_is_hex_pair(s + 1, s + 3))
					return wf_err(pp, "bad \\x escape");
				b = wf_hex_octet(s + 1);
				s += 2;
			} else if ((c = memchr(from, *s, sizeof(from) - 1)) !=
			    NULL)
				b = (uint8_t)to[c - from];
			else
				return wf_err(pp, "unknown escape '\\%c'", *s);
		}
		if ((rc = wf_put(pp, &b, 1)) != SNMP_OK)
			return rc;
	}
	return SNMP_OK;
}

/*
 * The octets of an OCTET STRING, IpAddress or Opaque value into pp->buf:
 * hex with 'x', Python escapes with 'e', else the raw octets as they are
 * (snmpsim: "J}M}" under tag 64 is 74.125.77.125).  An IpAddress of other
 * than four raw octets is a dotted quad, as pysnmp's IpAddress reads it.
 */
static int
wf_snmprec_octets(struct wf_parser *pp, int tag, int enc, const char *v,
    const char *e)
{
	uint8_t ip[4];
	int rc;

	pp->len = 0;
	if (enc == 'x')
		rc = wf_hex_run(pp, v, e);
	else if (enc == 'e')
		rc = wf_py_unescape(pp, v, e);
	else if (tag == BER_IPADDRESS && e - v != 4) {
		if (wf_parse_ipv4(v, e, ip) != SNMP_OK)
			return wf_err(pp, "bad IpAddress value '%.*s'",
			    wf_show(v, e), v);
		rc = wf_put(pp, ip, 4);
	} else
		rc = wf_put(pp, v, (size_t)(e - v));
	if (rc != SNMP_OK)
		return rc;
	if (tag == BER_IPADDRESS && pp->len != 4)
		return wf_err(pp, "IpAddress is not 4 octets");
	/*
	 * pp->buf stays owned by the parser (freed in walkfile_parse);
	 * clang-analyzer loses it across wf_put()'s realloc.
	 */
	return wf_add(pp, &pp->rec, (uint8_t)tag, pp->buf, pp->len); /* NOLINT(clang-analyzer-unix.Malloc) */
}

static int
wf_snmprec_oid(struct wf_parser *pp, const char *v, const char *e)
{
	struct oid val;

	if (wf_numeric_oid(&val, v, e) != SNMP_OK)
		return wf_err(pp, "bad OID value '%.*s'", wf_show(v, e), v);
	return wf_add_oid(pp, &pp->rec, &val, v, e);
}

/* The value of one record, tag and encoding ('x', 'e' or 0) known. */
static int
wf_snmprec_value(struct wf_parser *pp, int tag, int enc, const char *v,
    const char *e)
{
	uint64_t u, max = UINT32_MAX;
	int64_t i;
	int rc;

	if (enc != 0 && tag != BER_OCTET_STRING && tag != BER_IPADDRESS &&
	    tag != BER_OPAQUE)
		return wf_err(pp, "the '%c' encoding is not for tag %d", enc,
		    tag);
	switch (tag) {
	case BER_OCTET_STRING:
	case BER_IPADDRESS:
	case BER_OPAQUE:
		return wf_snmprec_octets(pp, tag, enc, v, e);
	case BER_INTEGER:
		/* pysnmp's Integer32 */
		if ((rc = wf_py_int(v, e, INT32_MIN, INT32_MAX, &i, &u)) !=
		    SNMP_OK)
			return wf_num_err(pp, rc, "INTEGER", v, e);
		return wf_add_int(pp, &pp->rec, BER_INTEGER, i, 0, 0);
	case BER_NULL:
		if (v != e)
			return wf_err(pp, "NULL with a value");
		return wf_add(pp, &pp->rec, BER_NULL, NULL, 0);
	case BER_OID:
		return wf_snmprec_oid(pp, v, e);
	case BER_COUNTER64:
		max = UINT64_MAX;
		/* FALLTHROUGH */
	case BER_COUNTER32:
	case BER_GAUGE32:
	case BER_TIMETICKS:
		if ((rc = wf_py_int(v, e, 0, max, &i, &u)) != SNMP_OK)
			return wf_num_err(pp, rc, value_type_name(tag), v, e);
		return wf_add_int(pp, &pp->rec, (uint8_t)tag, 0, 1, u);
	case BER_NOSUCHOBJECT:
	case BER_NOSUCHINSTANCE:
	case BER_ENDOFMIBVIEW:
		/* how a recording says the object was absent: no object */
		return SNMP_OK;
	}
	return wf_err(pp, "unknown snmprec tag %d", tag);
}

/* TAG: the BER tag in decimal, with an encoding suffix ('x', 'e') or not. */
static int
wf_snmprec_tag(struct wf_parser *pp, const char *ts, const char *te,
    int *tag, int *enc)
{
	const char *end = te;
	uint64_t v;

	if (memchr(ts, ':', (size_t)(te - ts)) != NULL)
		return wf_err(pp, "snmpsim variation module '%.*s' not "
		    "supported", wf_show(ts, te), ts);
	*enc = 0;
	if (te > ts && (te[-1] == 'x' || te[-1] == 'e'))
		*enc = (unsigned char)*--te;
	if (wf_parse_u64(ts, te, 255, &v) != SNMP_OK)
		return wf_err(pp, "bad snmprec tag '%.*s'", wf_show(ts, end),
		    ts);
	*tag = (int)v;
	return SNMP_OK;
}

/*
 * snmpsim's grammar (snmpsim/grammar/snmprec.py, record/snmprec.py): the
 * line stripped, OID|TAG|VALUE split at the first two '|'.
 */
int
wf_snmprec_line(struct wf_parser *pp, const char *ls, const char *le)
{
	const char *b1, *b2;
	/* set by wf_snmprec_tag(), which gcc -O2 does not see through */
	int tag = 0, enc = 0, rc;

	wf_py_strip(&ls, &le);
	if ((b1 = memchr(ls, '|', (size_t)(le - ls))) == NULL)
		return wf_err(pp, "expected OID|TAG|VALUE");
	if (wf_numeric_oid(&pp->rec, ls, b1) != SNMP_OK)
		return wf_err(pp, "bad OID '%.*s'", wf_show(ls, b1), ls);
	pp->have_rec = 1;
	if ((b2 = memchr(b1 + 1, '|', (size_t)(le - b1 - 1))) == NULL)
		return wf_err(pp, "expected OID|TAG|VALUE");
	if ((rc = wf_snmprec_tag(pp, b1 + 1, b2, &tag, &enc)) != SNMP_OK)
		return rc;
	return wf_snmprec_value(pp, tag, enc, b2 + 1, le);
}

/* "digits and dots|digit": the first record of an snmprec file. */
int
wf_is_snmprec(const char *s, const char *e)
{
	const char *p;

	wf_py_strip(&s, &e);
	p = s;
	while (p < e && ((*p >= '0' && *p <= '9') || *p == '.'))
		p++;
	return p > s && p + 1 < e && *p == '|' && p[1] >= '0' && p[1] <= '9';
}
