/* SPDX-License-Identifier: ISC */
/*
 * Offline agent over a recorded walk.  Two formats are read, told apart by
 * the first line that is neither blank nor a '#' comment: "OID|TAG|VALUE"
 * is an snmpsim .snmprec file, anything else net-snmp snmpwalk output
 * (net-snmp 5.9 sprint_realloc_by_type() forms, best recorded with -On).
 *
 * Every value is turned back into the BER contents octets an agent would
 * have sent and handed to pdu_decode_value(), so a plugin sees exactly the
 * struct snmp_value the network path would give it (RFC 2578 §7.1 types,
 * RFC 3416 §3 exceptions, the net-snmp Opaque float and double).
 *
 * Decisions:
 * - When an OID is recorded twice the last record wins, as it would on an
 *   agent whose value changed while the walk ran.
 * - A file without a single object is an error ("FILE: no objects"): a
 *   plugin pointed at it could only ever report noSuchObject.
 * - Recorded exceptions (noSuchObject, noSuchInstance, endOfMibView, and
 *   snmpsim tags 128..130) are how a GET or walk reported absence; they
 *   are skipped, never stored as objects.
 * - net-snmp escapes only '"' and '\' inside a quoted STRING; any other
 *   backslash is kept as it is.  A quoted STRING may span lines; in a file
 *   with CRLF line ends the CR before each embedded newline is dropped.
 * - Values net-snmp rendered through a MIB (DISPLAY-HINT strings, enum
 *   labels, units) are read as far as the raw value can be recovered:
 *   "up(1)" gives 1, a trailing unit word is ignored, a hinted STRING is
 *   kept as its text.  Symbolic OIDs other than iso/ccitt/joint-iso-ccitt
 *   are rejected: record with -On.
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
	struct snmp_value	 val;
};

struct walkfile {
	struct wf_entry	*ent;
	size_t		 n;
	size_t		 cap;
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
	uint8_t		*buf;		/* octets of the value being read */
	size_t		 len;
	size_t		 bufcap;
};

static const uint8_t wf_empty[1];

static int
wf_err(struct wf_parser *pp, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (pp->errlen > 0)
		snprintf(pp->err, pp->errlen, "%s:%zu: %s", pp->name, pp->line,
		    msg);
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

/*
 * Numeric OID text with an optional leading dot; net-snmp without -On
 * writes the first arc as its name.
 */
static int
wf_text_oid(struct oid *o, const char *s, const char *e)
{
	static const struct {
		const char	*name;
		const char	*arc;
	} roots[] = {
		{ "iso", "1" },
		{ "ccitt", "0" },
		{ "joint-iso-ccitt", "2" }
	};
	char buf[OID_TEXT_MAX + 8];
	size_t i, n, off = 0;

	if (s < e && *s == '.')
		s++;
	for (i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
		n = strlen(roots[i].name);
		if ((size_t)(e - s) >= n && memcmp(s, roots[i].name, n) == 0 &&
		    ((size_t)(e - s) == n || s[n] == '.')) {
			buf[0] = roots[i].arc[0];
			off = 1;
			s += n;
			break;
		}
	}
	n = (size_t)(e - s);
	if (n >= sizeof(buf) - off || memchr(s, '\0', n) != NULL)
		return SNMP_E_OID;
	memcpy(buf + off, s, n);
	buf[off + n] = '\0';
	return oid_parse_numeric(o, buf);
}

static int
wf_add_oid_value(struct wf_parser *pp, const struct oid *o, const char *s,
    const char *e)
{
	struct oid v;
	uint8_t b[OID_MAX_ARCS * 5];
	int n;

	if (wf_text_oid(&v, s, e) != SNMP_OK)
		return wf_err(pp, "bad OID value '%.*s'%s", wf_show(s, e), s,
		    s == e || *s == '.' || (*s >= '0' && *s <= '9') ? "" :
		    " (record the walk with -On)");
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
		return wf_add_oid_value(pp, o, v, wf_token_end(v, e));
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

static int
wf_walk_line(struct wf_parser *pp, const char *ls, const char *le)
{
	struct oid o;
	const char *t;

	if (le - ls == 10 && memcmp(ls, "End of MIB", 10) == 0)
		return SNMP_OK;
	t = wf_token_end(ls, le);
	if ((size_t)(le - t) < 2 || memcmp(t, " =", 2) != 0 ||
	    (le - t > 2 && t[2] != ' '))
		return wf_err(pp, "expected ' = ' after the OID");
	if (wf_text_oid(&o, ls, t) != SNMP_OK)
		return wf_err(pp, "bad OID '%.*s'", wf_show(ls, t), ls);
	if (le - t <= 3)
		return wf_err(pp, "no value after ' = '");
	return wf_walk_value(pp, &o, t + 3, le, 0);
}

/* snmpsim tags (snmpsim grammar/snmprec.py): the BER tag in decimal. */
static int
wf_snmprec_line(struct wf_parser *pp, const char *ls, const char *le)
{
	struct oid o;
	const char *b1, *b2, *ts, *te, *v;
	uint64_t tag, u;
	int64_t i;
	uint8_t ip[4];
	int rc, hex = 0;

	if ((b1 = memchr(ls, '|', (size_t)(le - ls))) == NULL ||
	    (b2 = memchr(b1 + 1, '|', (size_t)(le - b1 - 1))) == NULL)
		return wf_err(pp, "expected OID|TAG|VALUE");
	if (wf_text_oid(&o, ls, b1) != SNMP_OK)
		return wf_err(pp, "bad OID '%.*s'", wf_show(ls, b1), ls);
	ts = b1 + 1;
	te = b2;
	v = b2 + 1;
	if (memchr(ts, ':', (size_t)(te - ts)) != NULL)
		return wf_err(pp, "unsupported snmprec variation module '%.*s'",
		    wf_show(ts, te), ts);
	if (te > ts && te[-1] == 'x') {
		hex = 1;
		te--;
	}
	if (wf_parse_u64(ts, te, 255, &tag) != SNMP_OK)
		return wf_err(pp, "bad snmprec tag '%.*s'", wf_show(ts, b2), ts);
	if (hex && tag != BER_OCTET_STRING && tag != BER_IPADDRESS &&
	    tag != BER_OPAQUE)
		return wf_err(pp, "hex value not supported for tag %d",
		    (int)tag);
	pp->len = 0;
	switch (tag) {
	case BER_INTEGER:
		if ((rc = wf_parse_i64(v, le, &i)) != SNMP_OK)
			return wf_num_err(pp, rc, "INTEGER", v, le);
		return wf_add_int(pp, &o, BER_INTEGER, i, 0, 0);
	case BER_OCTET_STRING:
		if (!hex)
			return wf_add(pp, &o, BER_OCTET_STRING,
			    (const uint8_t *)v, (size_t)(le - v));
		if ((rc = wf_hex_run(pp, v, le)) != SNMP_OK)
			return rc;
		return wf_add(pp, &o, BER_OCTET_STRING, pp->buf, pp->len);
	case BER_NULL:
		if (v != le)
			return wf_err(pp, "NULL with a value");
		return wf_add(pp, &o, BER_NULL, NULL, 0);
	case BER_OID:
		return wf_add_oid_value(pp, &o, v, le);
	case BER_IPADDRESS:
		if (hex) {
			if ((rc = wf_hex_run(pp, v, le)) != SNMP_OK)
				return rc;
			if (pp->len != 4)
				return wf_err(pp, "IpAddress is not 4 octets");
			return wf_add(pp, &o, BER_IPADDRESS, pp->buf, 4);
		}
		if (wf_parse_ipv4(v, le, ip) != SNMP_OK)
			return wf_err(pp, "bad IpAddress value '%.*s'",
			    wf_show(v, le), v);
		return wf_add(pp, &o, BER_IPADDRESS, ip, 4);
	case BER_COUNTER32:
	case BER_GAUGE32:
	case BER_TIMETICKS:
		if ((rc = wf_parse_u64(v, le, UINT32_MAX, &u)) != SNMP_OK)
			return wf_num_err(pp, rc, value_type_name((int)tag),
			    v, le);
		return wf_add_int(pp, &o, (uint8_t)tag, 0, 1, u);
	case BER_COUNTER64:
		if ((rc = wf_parse_u64(v, le, UINT64_MAX, &u)) != SNMP_OK)
			return wf_num_err(pp, rc, "Counter64", v, le);
		return wf_add_int(pp, &o, BER_COUNTER64, 0, 1, u);
	case BER_OPAQUE:
		/* snmpsim always records Opaque in hex, with or without 'x'. */
		if ((rc = wf_hex_run(pp, v, le)) != SNMP_OK)
			return rc;
		/*
		 * pp->buf stays owned by the parser (freed in walkfile_parse);
		 * clang-analyzer loses it across wf_put()'s realloc.
		 */
		return wf_add(pp, &o, BER_OPAQUE, pp->buf, pp->len); /* NOLINT(clang-analyzer-unix.Malloc) */
	case BER_NOSUCHOBJECT:
	case BER_NOSUCHINSTANCE:
	case BER_ENDOFMIBVIEW:
		return SNMP_OK;
	}
	return wf_err(pp, "unknown snmprec tag %d", (int)tag);
}

/* "digits and dots|digit": the first record of an snmprec file. */
static int
wf_is_snmprec(const char *s, const char *e)
{
	const char *p = s;

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

int
walkfile_parse(struct walkfile **wfp, const char *name, const char *text,
    size_t len, char *err, size_t errlen)
{
	struct wf_parser pp;
	struct walkfile *wf;
	const char *ls, *le, *nl;
	int rc = SNMP_OK, snmprec = -1;

	*wfp = NULL;
	if (errlen > 0)
		err[0] = '\0';
	memset(&pp, 0, sizeof(pp));
	pp.name = name;
	pp.p = text;
	pp.end = text + len;
	pp.err = err;
	pp.errlen = errlen;
	if ((wf = calloc(1, sizeof(*wf))) == NULL)
		return wf_nomem(&pp);
	pp.wf = wf;
	if (len > 0 && (nl = memchr(text, '\n', len)) != NULL && nl > text &&
	    nl[-1] == '\r')
		pp.crlf = 1;
	while (wf_next_line(&pp, &ls, &le)) {
		if (wf_blank_or_comment(ls, le))
			continue;
		if (snmprec < 0)
			snmprec = wf_is_snmprec(ls, le);
		if (snmprec)
			rc = wf_snmprec_line(&pp, ls, le);
		else
			rc = wf_walk_line(&pp, ls, le);
		if (rc != SNMP_OK)
			goto done;
	}
	if (wf->n == 0) {
		if (errlen > 0)
			snprintf(err, errlen, "%s: no objects", name);
		rc = SNMP_E_SYNTAX;
		goto done;
	}
	wf_sort(wf);
done:
	free(pp.buf);
	if (rc != SNMP_OK)
		walkfile_close(wf);
	else
		*wfp = wf;
	return rc;
}

int
walkfile_open(struct walkfile **wfp, const char *path, char *err,
    size_t errlen)
{
	struct stat st;
	char *buf = NULL, *nb;
	size_t len = 0, cap;
	ssize_t n;
	int fd, rc;

	*wfp = NULL;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		goto fail;
	cap = (size_t)64 * 1024;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size < SIZE_MAX - 1)
		cap = (size_t)st.st_size + 1;
	for (;;) {
		if (len == cap || buf == NULL) {
			if (buf != NULL)
				cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
			if ((nb = realloc(buf, cap)) == NULL) {
				free(buf);
				close(fd);
				snprintf(err, errlen, "%s: out of memory", path);
				return SNMP_E_NOMEM;
			}
			buf = nb;
		}
		if ((n = read(fd, buf + len, cap - len)) == -1) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	rc = walkfile_parse(wfp, path, buf, len, err, errlen);
	free(buf);
	return rc;
fail:
	if (errlen > 0)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	if (fd != -1)
		close(fd);
	free(buf);
	return SNMP_E_FILE;
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
	return wf->n;
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

void
walkfile_get(const struct walkfile *wf, const struct oid *o,
    struct snmp_value *v)
{
	const struct wf_entry *e;
	size_t i, plen;

	i = wf_search(wf, o->arcs, o->len, 0);
	if (i < wf->n && wf_entry_cmp_arcs(wf->ent[i].arcs, wf->ent[i].narcs,
	    o->arcs, o->len) == 0) {
		*v = wf->ent[i].val;
		return;
	}
	memset(v, 0, sizeof(*v));
	v->type = VAL_NOSUCHOBJECT;
	if (o->len < 2)
		return;
	/* Other instances of the same object: the parent has descendants. */
	plen = o->len - 1;
	i = wf_search(wf, o->arcs, plen, 1);
	if (i < wf->n) {
		e = &wf->ent[i];
		if (e->narcs > plen && memcmp(e->arcs, o->arcs,
		    plen * sizeof(uint32_t)) == 0)
			v->type = VAL_NOSUCHINSTANCE;
	}
}

void
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
		return;
	}
	e = &wf->ent[i];
	vb->oid.len = e->narcs;
	memcpy(vb->oid.arcs, e->arcs, e->narcs * sizeof(uint32_t));
	vb->val = e->val;
}
