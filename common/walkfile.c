/* SPDX-License-Identifier: ISC */
/*
 * Offline agent over a recorded walk.  Two formats are read, told apart by
 * the first line that is neither blank nor a '#' comment: "OID|TAG|VALUE"
 * is an snmpsim .snmprec file, anything else net-snmp snmpwalk output
 * (net-snmp 5.9 sprint_realloc_by_type() forms).  A file that starts with
 * gzip's magic octets is decompressed first (inflate.c), whatever its name.
 *
 * Every value is turned back into the BER contents octets an agent would
 * have sent and handed to pdu_decode_value(), so a plugin sees exactly the
 * struct snmp_value the network path would give it (RFC 2578 §7.1 types,
 * RFC 3416 §3 exceptions, the net-snmp Opaque float and double).
 *
 * Decisions:
 * - A malformed record is skipped, as snmpsim skips it, and the rest is
 *   served.  It is not forgotten: when its OID can be read it keeps its
 *   place, and a GET of that OID, or a GETNEXT that reaches it, fails with
 *   "FILE:LINE: unreadable record of OID: why" (snmpsim answers
 *   noSuchInstance and endOfMibView there, which would make a needed object
 *   look absent).  Lines whose OID cannot be read are counted, and the
 *   file's name in messages says so ("FILE (2 unreadable lines: -vv lists
 *   them)").  The first WALKFILE_SKIPS_LISTED are listed for -vv.
 * - When an OID is recorded twice the last record wins, as it would on an
 *   agent whose value changed while the walk ran; a skipped record too.
 * - A file without a single object is an error ("FILE: no objects", with
 *   the first skipped line): a plugin pointed at it could only ever report
 *   noSuchObject.  Neither a file nor its decompressed text may pass
 *   WALKFILE_SIZE_MAX.
 * - Recorded exceptions (noSuchObject, noSuchInstance, endOfMibView, and
 *   snmpsim tags 128..130) are how a GET or walk reported absence; they
 *   are skipped, never stored as objects.
 * - snmprec follows snmpsim 0.4 (grammar/snmprec.py, record/snmprec.py):
 *   the line is stripped; a value without a suffix is its raw octets for
 *   every type ("64|J}M}" is 74.125.77.125), 'x' is hex, 'e' Python
 *   escapes, both for the octet types only; numbers are read as Python's
 *   int() reads them, within pysnmp's ranges (INTEGER is Integer32).  Two
 *   departures: an odd number of hex digits and an escape cut short by the
 *   end of the value are damage, where pyasn1 pads and snmpsim drops.
 * - net-snmp OIDs: numeric (-On) or under a root name ("iso.3.6..."),
 *   names of the built-in table (oid.h) as "MODULE::name.instance",
 *   "name.instance" (-Os), full or partial paths (-Of, -Ou, where an OID
 *   that starts with a number above 2 is relative to mib-2), -OX indexes
 *   in brackets.  A name the table lacks, or a quoted index, needs a MIB:
 *   the line is skipped, telling to record with -On.
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
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ber.h"
#include "inflate.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "walkfile.h"

#define WF_CHUNK	((size_t)64 * 1024)
#define WF_SHOW		48	/* at most this much of a bad token in err */
#define WF_NUM_MAX	400	/* longest decimal float text we copy */
#define WF_BITS_RING	91	/* bit numbers 10..99, plus one */

struct wf_chunk {
	struct wf_chunk	*next;
	size_t		 used;
	size_t		 cap;
	uint64_t	 data[];	/* uint64_t keeps the arcs aligned */
};

struct wf_entry {
	uint32_t		*arcs;
	size_t			 narcs;
	size_t			 seq;	/* file order, for "last one wins" */
	const char		*bad;	/* a skipped record: why */
	size_t			 line;	/* of a skipped record */
	struct snmp_value	 val;
};

struct wf_skip {
	size_t		 line;
	const char	*why;
};

struct walkfile {
	struct wf_entry	*ent;
	size_t		 n;
	size_t		 cap;
	size_t		 ngood;		/* entries that are not skipped records */
	size_t		 nskipped;	/* malformed records */
	size_t		 nunplaced;	/* ... of which the OID is unknown */
	struct wf_skip	 skips[WALKFILE_SKIPS_LISTED];
	const char	*file;
	const char	*name;		/* file, with a note on unplaced ones */
	struct wf_chunk	*chunks;
};

struct wf_parser {
	struct walkfile	*wf;
	const char	*name;
	const char	*p;		/* start of the next unread line */
	const char	*end;
	size_t		 line;		/* number of the last line read */
	int		 crlf;
	char		*err;
	size_t		 errlen;
	char		 msg[256];	/* why the current record is skipped */
	struct oid	 rec;		/* the current record's OID ... */
	int		 have_rec;	/* ... when it could be read */
	uint8_t		*buf;		/* octets of the value being read */
	size_t		 len;
	size_t		 bufcap;
};

static const uint8_t wf_empty[1];

/* Why the current record is skipped (the caller adds FILE:LINE). */
static int
wf_err(struct wf_parser *pp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(pp->msg, sizeof(pp->msg), fmt, ap);
	va_end(ap);
	return SNMP_E_SYNTAX;
}

static int
wf_nomem(struct wf_parser *pp)
{
	if (pp->errlen > 0)
		snprintf(pp->err, pp->errlen, "%s: out of memory", pp->name);
	return SNMP_E_NOMEM;
}

/* Length of a token for messages, so one bad line cannot flood err. */
static int
wf_show(const char *s, const char *e)
{
	return e - s > WF_SHOW ? WF_SHOW : (int)(e - s);
}

/*
 * Arena for OIDs and value octets: everything lives until walkfile_close().
 * A block of a quarter chunk or more gets a chunk of its own behind the
 * current one, so big values do not waste what is left of it.
 */
static void *
wf_alloc(struct walkfile *wf, size_t n)
{
	struct wf_chunk *c;
	size_t cap;

	if (n > SIZE_MAX - sizeof(*c) - 8)
		return NULL;
	n = (n + 7) & ~(size_t)7;
	if ((c = wf->chunks) != NULL && c->cap - c->used >= n) {
		c->used += n;
		return (uint8_t *)c->data + c->used - n;
	}
	cap = n >= WF_CHUNK / 4 ? n : WF_CHUNK;
	if ((c = malloc(sizeof(*c) + cap)) == NULL)
		return NULL;
	c->cap = cap;
	c->used = n;
	if (n >= WF_CHUNK / 4 && wf->chunks != NULL) {
		c->next = wf->chunks->next;
		wf->chunks->next = c;
	} else {
		c->next = wf->chunks;
		wf->chunks = c;
	}
	return c->data;
}

static int
wf_put(struct wf_parser *pp, const void *b, size_t n)
{
	uint8_t *nb;
	size_t cap;

	if (n == 0)
		return SNMP_OK;
	if (pp->bufcap - pp->len < n) {
		cap = pp->bufcap > 0 ? pp->bufcap : 256;
		while (cap - pp->len < n) {
			if (cap > SIZE_MAX / 2)
				return wf_nomem(pp);
			cap *= 2;
		}
		if ((nb = realloc(pp->buf, cap)) == NULL)
			return wf_nomem(pp);
		pp->buf = nb;
		pp->bufcap = cap;
	}
	memcpy(pp->buf + pp->len, b, n);
	pp->len += n;
	return SNMP_OK;
}

/* Store one object: its OID and the contents octets of its value. */
static int
wf_add(struct wf_parser *pp, const struct oid *o, uint8_t tag,
    const uint8_t *b, size_t n)
{
	struct walkfile *wf = pp->wf;
	struct wf_entry *e, *ne;
	const uint8_t *vb = wf_empty;
	uint8_t *dst;
	size_t cap;

	if (wf->n == wf->cap) {
		cap = wf->cap > 0 ? wf->cap * 2 : 256;
		if (cap > SIZE_MAX / sizeof(*ne) ||
		    (ne = realloc(wf->ent, cap * sizeof(*ne))) == NULL)
			return wf_nomem(pp);
		wf->ent = ne;
		wf->cap = cap;
	}
	e = &wf->ent[wf->n];
	if ((e->arcs = wf_alloc(wf, o->len * sizeof(uint32_t))) == NULL)
		return wf_nomem(pp);
	memcpy(e->arcs, o->arcs, o->len * sizeof(uint32_t));
	e->narcs = o->len;
	e->seq = wf->n;
	e->bad = NULL;
	e->line = 0;
	if (tag == 0) {
		/* a skipped record: no value, why it was skipped */
		if ((dst = wf_alloc(wf, n + 1)) == NULL)
			return wf_nomem(pp);
		memcpy(dst, b, n);
		dst[n] = '\0';
		e->bad = (const char *)dst;
		e->line = pp->line;
		memset(&e->val, 0, sizeof(e->val));
		wf->n++;
		return SNMP_OK;
	}
	if (n > 0) {
		if ((dst = wf_alloc(wf, n)) == NULL)
			return wf_nomem(pp);
		memcpy(dst, b, n);
		vb = dst;
	}
	if (pdu_decode_value(tag, vb, n, &e->val) != SNMP_OK)
		return wf_err(pp, "%s value does not decode",
		    value_type_name(tag));
	wf->n++;
	return SNMP_OK;
}

static int
wf_add_int(struct wf_parser *pp, const struct oid *o, uint8_t tag,
    int64_t v, int is_unsigned, uint64_t u)
{
	struct ber_writer w;
	struct ber_reader r;
	struct ber_elem e;
	uint8_t tmp[16];
	int n;

	ber_writer_init(&w, tmp, sizeof(tmp));
	if (is_unsigned)
		ber_put_uint(&w, tag, u);
	else
		ber_put_int(&w, tag, v);
	if ((n = ber_writer_result(&w)) < 0)
		return wf_err(pp, "cannot encode the value");
	ber_reader_init(&r, tmp, (size_t)n);
	if (ber_read(&r, &e) != SNMP_OK)
		return wf_err(pp, "cannot encode the value");
	return wf_add(pp, o, tag, e.val, e.len);
}

/*
 * Next line as [*ls, *le) without its line end; 0 at the end of input.
 */
static int
wf_next_line(struct wf_parser *pp, const char **ls, const char **le)
{
	const char *nl;

	if (pp->p >= pp->end)
		return 0;
	*ls = pp->p;
	if ((nl = memchr(pp->p, '\n', (size_t)(pp->end - pp->p))) == NULL) {
		*le = pp->end;
		pp->p = pp->end;
	} else {
		*le = nl;
		pp->p = nl + 1;
	}
	if (*le > *ls && (*le)[-1] == '\r')
		(*le)--;
	pp->line++;
	return 1;
}

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

static int
wf_blank_or_comment(const char *s, const char *e)
{
	s = wf_skip_space(s, e);
	return s == e || *s == '#';
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

/* Whole span of decimal digits as a number no greater than max. */
static int
wf_parse_u64(const char *s, const char *e, uint64_t max, uint64_t *out)
{
	uint64_t v = 0, d;
	const char *p;

	if (s == e)
		return SNMP_E_SYNTAX;
	for (p = s; p < e; p++) {
		if (*p < '0' || *p > '9')
			return SNMP_E_SYNTAX;
	}
	for (p = s; p < e; p++) {
		d = (uint64_t)(*p - '0');
		if (d > max || v > (max - d) / 10)
			return SNMP_E_RANGE;
		v = v * 10 + d;
	}
	*out = v;
	return SNMP_OK;
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

static int
wf_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
wf_is_hex_pair(const char *s, const char *e)
{
	return e - s == 2 && wf_hexval((unsigned char)s[0]) >= 0 &&
	    wf_hexval((unsigned char)s[1]) >= 0;
}

static uint8_t
wf_hex_octet(const char *s)
{
	/* only after wf_is_hex_pair(): both digits are valid (>= 0) */
	return (uint8_t)((unsigned)wf_hexval((unsigned char)s[0]) << 4 |
	    (unsigned)wf_hexval((unsigned char)s[1]));
}

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

/* Numeric OID text with an optional leading dot (-On, snmprec). */
static int
wf_numeric_oid(struct oid *o, const char *s, const char *e)
{
	char buf[OID_TEXT_MAX + 8];
	size_t n = (size_t)(e - s);

	if (n >= sizeof(buf) || memchr(s, '\0', n) != NULL)
		return SNMP_E_OID;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return oid_parse_numeric(o, buf);
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
wf_add_oid_value(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e, int names)
{
	struct oid v;
	uint8_t b[OID_MAX_ARCS * 5];
	char why[160];
	int n;

	why[0] = '\0';
	if ((names ? wf_text_oid(&v, s, e, why, sizeof(why)) :
	    wf_numeric_oid(&v, s, e)) != SNMP_OK)
		return wf_err(pp, "bad OID value '%.*s'%s%s", wf_show(s, e), s,
		    why[0] != '\0' ? ": " : "", why);
	if ((n = oid_to_ber(&v, b, sizeof(b))) < 0)
		return wf_err(pp, "bad OID value '%.*s'", wf_show(s, e), s);
	return wf_add(pp, o, BER_OID, b, (size_t)n);
}

/* Dotted quad, each part 0..255. */
static int
wf_parse_ipv4(const char *s, const char *e, uint8_t ip[4])
{
	const char *t;
	uint64_t v;
	int i;

	for (i = 0; i < 4; i++) {
		for (t = s; t < e && *t != '.'; t++)
			;
		if (t - s > 3 || wf_parse_u64(s, t, 255, &v) != SNMP_OK)
			return SNMP_E_SYNTAX;
		ip[i] = (uint8_t)v;
		if (i < 3) {
			if (t == e)
				return SNMP_E_SYNTAX;
			t++;
		}
		s = t;
	}
	return s == e ? SNMP_OK : SNMP_E_SYNTAX;
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
wf_num_err(struct wf_parser *pp, int rc, const char *what, const char *s,
    const char *e)
{
	if (rc == SNMP_E_RANGE)
		return wf_err(pp, "%s value out of range", what);
	return wf_err(pp, "bad %s value '%.*s'", what, wf_show(s, e), s);
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
 * net-snmp's Opaque wrappers (ASN_OPAQUE_TAG1 0x9f, then 0x78 float,
 * 0x79 double, 0x76 counter64, 0x7a int64, 0x7b uint64).
 */
static int
wf_walk_opaque(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	static const struct {
		const char	*label;
		uint8_t		 tag;
	} ints[] = {
		{ "Counter64: ", 0x76 },
		{ "Int64: ", 0x7a },
		{ "UInt64: ", 0x7b }
	};
	struct ber_writer w;
	struct ber_reader r;
	struct ber_elem el;
	uint8_t b[16], tmp[16];
	const char *v, *t;
	uint64_t bits, u;
	int64_t i64;
	uint32_t fbits;
	double d;
	float f;
	size_t i;
	int rc, n, is_float = 0;

	if ((v = wf_prefix(s, e, "Float: ")) != NULL)
		is_float = 1;
	else if ((v = wf_prefix(s, e, "Double: ")) != NULL)
		is_float = 0;
	if (v != NULL) {
		t = wf_number_token(v, e);
		if ((rc = wf_parse_double(v, t, &d)) != SNMP_OK)
			return wf_num_err(pp, rc, is_float ? "Float" : "Double",
			    v, t);
		b[0] = 0x9f;
		if (is_float) {
			f = (float)d;
			if (!isfinite(f))
				return wf_err(pp, "Float value out of range");
			memcpy(&fbits, &f, sizeof(fbits));
			b[1] = 0x78;
			b[2] = 4;
			for (i = 0; i < 4; i++)
				b[3 + i] = (uint8_t)(fbits >> (24 - 8 * i));
			return wf_add(pp, o, BER_OPAQUE, b, 7);
		}
		memcpy(&bits, &d, sizeof(bits));
		b[1] = 0x79;
		b[2] = 8;
		for (i = 0; i < 8; i++)
			b[3 + i] = (uint8_t)(bits >> (56 - 8 * i));
		return wf_add(pp, o, BER_OPAQUE, b, 11);
	}
	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		if ((v = wf_prefix(s, e, ints[i].label)) == NULL)
			continue;
		t = wf_number_token(v, e);
		ber_writer_init(&w, tmp, sizeof(tmp));
		if (ints[i].tag == 0x7a) {
			if ((rc = wf_parse_i64(v, t, &i64)) != SNMP_OK)
				return wf_num_err(pp, rc, "Opaque Int64", v, t);
			ber_put_int(&w, BER_INTEGER, i64);
		} else {
			if ((rc = wf_parse_u64(v, t, UINT64_MAX, &u)) != SNMP_OK)
				return wf_num_err(pp, rc, "Opaque 64-bit", v,
				    t);
			ber_put_uint(&w, BER_INTEGER, u);
		}
		if ((n = ber_writer_result(&w)) < 0)
			return wf_err(pp, "cannot encode the value");
		ber_reader_init(&r, tmp, (size_t)n);
		if (ber_read(&r, &el) != SNMP_OK)
			return wf_err(pp, "cannot encode the value");
		b[0] = 0x9f;
		b[1] = ints[i].tag;
		b[2] = (uint8_t)el.len;
		memcpy(b + 3, el.val, el.len);
		return wf_add(pp, o, BER_OPAQUE, b, 3 + el.len);
	}
	pp->len = 0;
	if ((rc = wf_hex_tokens(pp, s, e)) != SNMP_OK)
		return rc;
	if ((rc = wf_hex_continuation(pp)) != SNMP_OK)
		return rc;
	return wf_add(pp, o, BER_OPAQUE, pp->buf, pp->len);
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
	int rc;

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
	    (e - s == 11 && memcmp(s, "Hex-STRING:", 11) == 0)) {
		pp->len = 0;
		if (v != NULL && (rc = wf_hex_tokens(pp, v, e)) != SNMP_OK)
			return rc;
		if ((rc = wf_hex_continuation(pp)) != SNMP_OK)
			return rc;
		return wf_add(pp, o, BER_OCTET_STRING, pp->buf, pp->len);
	}
	if ((v = wf_prefix(s, e, "OID: ")) != NULL)
		return wf_add_oid_value(pp, o, v, wf_token_end(v, e), 1);
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

static int
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

/* Python's str.strip() on the ASCII octets (snmpsim strips each line). */
static int
wf_py_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
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

	while (s < e && wf_py_space((unsigned char)*s))
		s++;
	while (e > s && wf_py_space((unsigned char)e[-1]))
		e--;
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
		return wf_add_oid_value(pp, &pp->rec, v, e, 0);
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

/*
 * snmpsim's grammar (snmpsim/grammar/snmprec.py, record/snmprec.py): the
 * line stripped, OID|TAG|VALUE split at the first two '|', TAG the BER tag
 * in decimal with an optional encoding suffix.
 */
static int
wf_snmprec_line(struct wf_parser *pp, const char *ls, const char *le)
{
	const char *b1, *b2, *ts, *te;
	uint64_t tag;
	int enc = 0;

	while (ls < le && wf_py_space((unsigned char)*ls))
		ls++;
	while (le > ls && wf_py_space((unsigned char)le[-1]))
		le--;
	if ((b1 = memchr(ls, '|', (size_t)(le - ls))) == NULL)
		return wf_err(pp, "expected OID|TAG|VALUE");
	if (wf_numeric_oid(&pp->rec, ls, b1) != SNMP_OK)
		return wf_err(pp, "bad OID '%.*s'", wf_show(ls, b1), ls);
	pp->have_rec = 1;
	if ((b2 = memchr(b1 + 1, '|', (size_t)(le - b1 - 1))) == NULL)
		return wf_err(pp, "expected OID|TAG|VALUE");
	ts = b1 + 1;
	te = b2;
	if (memchr(ts, ':', (size_t)(te - ts)) != NULL)
		return wf_err(pp, "snmpsim variation module '%.*s' not "
		    "supported", wf_show(ts, te), ts);
	if (te > ts && (te[-1] == 'x' || te[-1] == 'e'))
		enc = (unsigned char)*--te;
	if (wf_parse_u64(ts, te, 255, &tag) != SNMP_OK)
		return wf_err(pp, "bad snmprec tag '%.*s'", wf_show(ts, b2), ts);
	return wf_snmprec_value(pp, (int)tag, enc, b2 + 1, le);
}

/* "digits and dots|digit": the first record of an snmprec file. */
static int
wf_is_snmprec(const char *s, const char *e)
{
	const char *p;

	while (s < e && wf_py_space((unsigned char)*s))
		s++;
	p = s;
	while (p < e && ((*p >= '0' && *p <= '9') || *p == '.'))
		p++;
	return p > s && p + 1 < e && *p == '|' && p[1] >= '0' && p[1] <= '9';
}

static int
wf_entry_cmp_arcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t i, n = na < nb ? na : nb;

	for (i = 0; i < n; i++) {
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	if (na != nb)
		return na < nb ? -1 : 1;
	return 0;
}

static int
wf_entry_cmp(const void *pa, const void *pb)
{
	const struct wf_entry *a = pa, *b = pb;
	int c;

	if ((c = wf_entry_cmp_arcs(a->arcs, a->narcs, b->arcs, b->narcs)) != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void
wf_sort(struct walkfile *wf)
{
	size_t i, j;

	if (wf->n == 0)
		return;
	qsort(wf->ent, wf->n, sizeof(wf->ent[0]), wf_entry_cmp);
	/* Of equal OIDs the last recorded sorts last and is kept. */
	for (i = 0, j = 0; i < wf->n; i++) {
		if (i + 1 < wf->n && wf_entry_cmp_arcs(wf->ent[i].arcs,
		    wf->ent[i].narcs, wf->ent[i + 1].arcs,
		    wf->ent[i + 1].narcs) == 0)
			continue;
		wf->ent[j++] = wf->ent[i];
	}
	wf->n = j;
}

/*
 * The record that starts on line `line` is malformed (pp->msg says why):
 * listed for -vv, and kept in its OID's place when its OID could be read,
 * so that a request for it says so instead of finding nothing.
 */
static int
wf_skip(struct wf_parser *pp, size_t line)
{
	struct walkfile *wf = pp->wf;
	size_t n = strlen(pp->msg);
	char *why;

	if (wf->nskipped < WALKFILE_SKIPS_LISTED) {
		if ((why = wf_alloc(wf, n + 1)) == NULL)
			return wf_nomem(pp);
		memcpy(why, pp->msg, n + 1);
		wf->skips[wf->nskipped].line = line;
		wf->skips[wf->nskipped].why = why;
	}
	wf->nskipped++;
	if (!pp->have_rec) {
		wf->nunplaced++;
		return SNMP_OK;
	}
	if (wf_add(pp, &pp->rec, 0, (const uint8_t *)pp->msg, n) != SNMP_OK)
		return SNMP_E_NOMEM;
	wf->ent[wf->n - 1].line = line;
	return SNMP_OK;
}

/* The file's name for messages, and what "no objects" means. */
static int
wf_finish(struct wf_parser *pp)
{
	struct walkfile *wf = pp->wf;
	size_t i, n;
	char *name;

	for (i = 0; i < wf->n; i++)
		wf->ngood += wf->ent[i].bad == NULL;
	if (wf->ngood == 0) {
		if (pp->errlen > 0 && wf->nskipped == 0)
			snprintf(pp->err, pp->errlen, "%s: no objects",
			    pp->name);
		else if (pp->errlen > 0)
			snprintf(pp->err, pp->errlen, "%s: no objects: %zu "
			    "record%s skipped, the first %s:%zu: %s", pp->name,
			    wf->nskipped, wf->nskipped == 1 ? "" : "s",
			    pp->name, wf->skips[0].line, wf->skips[0].why);
		return SNMP_E_SYNTAX;
	}
	n = strlen(pp->name) + 64;
	if ((name = wf_alloc(wf, n)) == NULL)
		return wf_nomem(pp);
	if (wf->nunplaced == 0)
		snprintf(name, n, "%s", pp->name);
	else
		snprintf(name, n, "%s (%zu unreadable line%s: -vv lists them)",
		    pp->name, wf->nunplaced, wf->nunplaced == 1 ? "" : "s");
	wf->name = name;
	if ((name = wf_alloc(wf, n)) == NULL)
		return wf_nomem(pp);
	snprintf(name, n, "%s", pp->name);
	wf->file = name;
	return SNMP_OK;
}

int
walkfile_parse(struct walkfile **wfp, const char *name, const char *text,
    size_t len, char *err, size_t errlen)
{
	struct wf_parser *pp;
	struct walkfile *wf;
	const char *ls, *le, *nl;
	size_t line;
	int rc = SNMP_OK, snmprec = -1;

	*wfp = NULL;
	if (errlen > 0)
		err[0] = '\0';
	if ((pp = calloc(1, sizeof(*pp))) == NULL ||
	    (wf = calloc(1, sizeof(*wf))) == NULL) {
		free(pp);
		if (errlen > 0)
			snprintf(err, errlen, "%s: out of memory", name);
		return SNMP_E_NOMEM;
	}
	pp->name = name;
	pp->p = text;
	pp->end = text + len;
	pp->err = err;
	pp->errlen = errlen;
	pp->wf = wf;
	if (len > 0 && (nl = memchr(text, '\n', len)) != NULL && nl > text &&
	    nl[-1] == '\r')
		pp->crlf = 1;
	while (wf_next_line(pp, &ls, &le)) {
		if (wf_blank_or_comment(ls, le))
			continue;
		if (snmprec < 0)
			snmprec = wf_is_snmprec(ls, le);
		line = pp->line;
		pp->have_rec = 0;
		if (snmprec)
			rc = wf_snmprec_line(pp, ls, le);
		else
			rc = wf_walk_line(pp, ls, le);
		if (rc == SNMP_E_SYNTAX)
			rc = wf_skip(pp, line);
		if (rc != SNMP_OK)
			goto done;
	}
	wf_sort(wf);
	rc = wf_finish(pp);
done:
	free(pp->buf);
	free(pp);
	if (rc != SNMP_OK)
		walkfile_close(wf);
	else
		*wfp = wf;
	return rc;
}

/* The whole file into *buf, refusing more than WALKFILE_SIZE_MAX octets. */
static int
wf_read(const char *path, char **buf, size_t *len, char *err, size_t errlen)
{
	struct stat st;
	char *nb;
	size_t cap = (size_t)64 * 1024;
	ssize_t n;
	int fd;

	*buf = NULL;
	*len = 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		goto fail;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size <= WALKFILE_SIZE_MAX)
		cap = (size_t)st.st_size + 1;
	for (;;) {
		if (*len == cap || *buf == NULL) {
			if (*buf != NULL)
				cap *= 2;
			if ((nb = realloc(*buf, cap)) == NULL) {
				snprintf(err, errlen, "%s: out of memory", path);
				close(fd);
				free(*buf);
				*buf = NULL;
				return SNMP_E_NOMEM;
			}
			*buf = nb;
		}
		if ((n = read(fd, *buf + *len, cap - *len)) == -1) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		if (n == 0)
			break;
		*len += (size_t)n;
		if (*len > WALKFILE_SIZE_MAX) {
			snprintf(err, errlen, "%s: larger than %zu MiB, the "
			    "most a walk file may have", path,
			    WALKFILE_SIZE_MAX >> 20);
			close(fd);
			free(*buf);
			*buf = NULL;
			return SNMP_E_FILE;
		}
	}
	close(fd);
	return SNMP_OK;
fail:
	if (errlen > 0)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	if (fd != -1)
		close(fd);
	free(*buf);
	*buf = NULL;
	return SNMP_E_FILE;
}

int
walkfile_open(struct walkfile **wfp, const char *path, char *err,
    size_t errlen)
{
	uint8_t *text;
	const char *why;
	char *buf;
	size_t len, tlen;
	int rc;

	*wfp = NULL;
	if ((rc = wf_read(path, &buf, &len, err, errlen)) != SNMP_OK)
		return rc;
	if (!inflate_is_gzip((const uint8_t *)buf, len)) {
		rc = walkfile_parse(wfp, path, buf, len, err, errlen);
		free(buf);
		return rc;
	}
	/* Recognised by content, not by name: "x.walk.gz" or "x.walk". */
	rc = inflate_gzip((const uint8_t *)buf, len, WALKFILE_SIZE_MAX, &text,
	    &tlen, &why);
	free(buf);
	if (rc == SNMP_E_NOMEM || rc == SNMP_E_NOSPACE) {
		if (errlen > 0)
			snprintf(err, errlen, rc == SNMP_E_NOMEM ? "%s: out of "
			    "memory" : "%s: larger than %zu MiB once "
			    "decompressed, the most a walk file may have", path,
			    WALKFILE_SIZE_MAX >> 20);
		return rc == SNMP_E_NOMEM ? rc : SNMP_E_FILE;
	}
	if (rc != SNMP_OK) {
		if (errlen > 0)
			snprintf(err, errlen, "%s: %s gzip stream: %s", path,
			    rc == SNMP_E_TRUNC ? "truncated" : "corrupt", why);
		return SNMP_E_SYNTAX;
	}
	rc = walkfile_parse(wfp, path, (const char *)text, tlen, err, errlen);
	free(text);
	return rc;
}

void
walkfile_close(struct walkfile *wf)
{
	struct wf_chunk *c;

	if (wf == NULL)
		return;
	while ((c = wf->chunks) != NULL) {
		wf->chunks = c->next;
		free(c);
	}
	free(wf->ent);
	free(wf);
}

size_t
walkfile_count(const struct walkfile *wf)
{
	return wf->ngood;
}

/* First entry not less than (strict: greater than) the key. */
static size_t
wf_search(const struct walkfile *wf, const uint32_t *arcs, size_t n,
    int strict)
{
	size_t lo = 0, hi = wf->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = wf_entry_cmp_arcs(wf->ent[mid].arcs, wf->ent[mid].narcs,
		    arcs, n);
		if (c < 0 || (strict && c == 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
walkfile_get(const struct walkfile *wf, const struct oid *o,
    struct snmp_value *v)
{
	const struct wf_entry *e;
	size_t i, plen;

	i = wf_search(wf, o->arcs, o->len, 0);
	if (i < wf->n && wf_entry_cmp_arcs(wf->ent[i].arcs, wf->ent[i].narcs,
	    o->arcs, o->len) == 0) {
		if (wf->ent[i].bad == NULL) {
			*v = wf->ent[i].val;
			return SNMP_OK;
		}
		memset(v, 0, sizeof(*v));
		v->type = VAL_NOSUCHINSTANCE;
		return SNMP_E_SYNTAX;
	}
	memset(v, 0, sizeof(*v));
	v->type = VAL_NOSUCHOBJECT;
	if (o->len < 2)
		return SNMP_OK;
	/* Other instances of the same object: the parent has descendants. */
	plen = o->len - 1;
	i = wf_search(wf, o->arcs, plen, 1);
	if (i < wf->n) {
		e = &wf->ent[i];
		if (e->narcs > plen && memcmp(e->arcs, o->arcs,
		    plen * sizeof(uint32_t)) == 0)
			v->type = VAL_NOSUCHINSTANCE;
	}
	return SNMP_OK;
}

int
walkfile_getnext(const struct walkfile *wf, const struct oid *o,
    struct varbind *vb)
{
	const struct wf_entry *e;
	size_t i;

	i = wf_search(wf, o->arcs, o->len, 1);
	if (i >= wf->n) {
		if (&vb->oid != o)
			vb->oid = *o;
		memset(&vb->val, 0, sizeof(vb->val));
		vb->val.type = VAL_ENDOFMIBVIEW;
		return SNMP_OK;
	}
	e = &wf->ent[i];
	vb->oid.len = e->narcs;
	memcpy(vb->oid.arcs, e->arcs, e->narcs * sizeof(uint32_t));
	if (e->bad == NULL) {
		vb->val = e->val;
		return SNMP_OK;
	}
	/* snmpsim ends the view at a record it cannot read */
	memset(&vb->val, 0, sizeof(vb->val));
	vb->val.type = VAL_ENDOFMIBVIEW;
	return SNMP_E_SYNTAX;
}

void
walkfile_why(const struct walkfile *wf, const struct oid *o, char *buf,
    size_t len)
{
	char a[OID_TEXT_MAX];
	size_t i;

	if (len == 0)
		return;
	oid_format(o, a, sizeof(a));
	i = wf_search(wf, o->arcs, o->len, 0);
	if (i < wf->n && wf->ent[i].bad != NULL &&
	    wf_entry_cmp_arcs(wf->ent[i].arcs, wf->ent[i].narcs, o->arcs,
	    o->len) == 0)
		snprintf(buf, len, "%s:%zu: unreadable record of %s: %s",
		    wf->file, wf->ent[i].line, a, wf->ent[i].bad);
	else
		snprintf(buf, len, "%s: the record of %s is readable", wf->file,
		    a);
}

const char *
walkfile_name(const struct walkfile *wf)
{
	return wf->name;
}

size_t
walkfile_skipped(const struct walkfile *wf)
{
	return wf->nskipped;
}

int
walkfile_skipped_line(const struct walkfile *wf, size_t i, char *buf,
    size_t len)
{
	if (i >= wf->nskipped || i >= WALKFILE_SKIPS_LISTED)
		return -1;
	if (len > 0)
		snprintf(buf, len, "%s:%zu: %s", wf->file, wf->skips[i].line,
		    wf->skips[i].why);
	return 0;
}
