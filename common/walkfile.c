/* SPDX-License-Identifier: ISC */
/*
 * Offline agent over a recorded walk: the store of objects that answers
 * GET and GETNEXT, the reading of a file, and the pieces of a record both
 * formats share.  Two formats are read, told apart by the first line that
 * is neither blank nor a '#' comment: "OID|TAG|VALUE" is an snmpsim
 * .snmprec file (walkfile_snmprec.c), anything else net-snmp snmpwalk
 * output (walkfile_text.c).  A file that starts with gzip's magic octets is
 * decompressed first (inflate.c), whatever its name.
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
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
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
#include "walkfile_int.h"

#define WF_CHUNK	((size_t)64 * 1024)

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

static const uint8_t wf_empty[1];

int
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

int
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

int
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

int
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

/*
 * Through ber.c's writer, so that the octets are the fewest that hold the
 * value (X.690 §8.3.2), with a leading zero before an unsigned value whose
 * top bit is set.
 */
int
wf_int_octets(struct wf_parser *pp, int64_t v, int is_unsigned, uint64_t u,
    uint8_t b[WF_INT_OCTETS], size_t *n)
{
	struct ber_writer w;
	struct ber_reader r;
	struct ber_elem e;
	uint8_t tmp[16];
	int len;

	/* clang-analyzer does not see that wf_err() never returns SNMP_OK */
	*n = 0;
	ber_writer_init(&w, tmp, sizeof(tmp));
	if (is_unsigned)
		ber_put_uint(&w, BER_INTEGER, u);
	else
		ber_put_int(&w, BER_INTEGER, v);
	if ((len = ber_writer_result(&w)) < 0)
		return wf_err(pp, "cannot encode the value");
	ber_reader_init(&r, tmp, (size_t)len);
	if (ber_read(&r, &e) != SNMP_OK || e.len > WF_INT_OCTETS)
		return wf_err(pp, "cannot encode the value");
	memcpy(b, e.val, e.len);
	*n = e.len;
	return SNMP_OK;
}

int
wf_add_int(struct wf_parser *pp, const struct oid *o, uint8_t tag,
    int64_t v, int is_unsigned, uint64_t u)
{
	uint8_t b[WF_INT_OCTETS];
	size_t n;
	int rc;

	if ((rc = wf_int_octets(pp, v, is_unsigned, u, b, &n)) != SNMP_OK)
		return rc;
	return wf_add(pp, o, tag, b, n);
}

int
wf_add_oid(struct wf_parser *pp, const struct oid *o, const struct oid *v,
    const char *s, const char *e)
{
	uint8_t b[OID_MAX_ARCS * 5];
	int n;

	if ((n = oid_to_ber(v, b, sizeof(b))) < 0)
		return wf_err(pp, "bad OID value '%.*s'", wf_show(s, e), s);
	return wf_add(pp, o, BER_OID, b, (size_t)n);
}

int
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
wf_blank_or_comment(const char *s, const char *e)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	return s == e || *s == '#';
}

int
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

int
wf_is_hex_pair(const char *s, const char *e)
{
	return e - s == 2 && wf_hexval((unsigned char)s[0]) >= 0 &&
	    wf_hexval((unsigned char)s[1]) >= 0;
}

uint8_t
wf_hex_octet(const char *s)
{
	/* only after wf_is_hex_pair(): both digits are valid (>= 0) */
	return (uint8_t)((unsigned)wf_hexval((unsigned char)s[0]) << 4 |
	    (unsigned)wf_hexval((unsigned char)s[1]));
}

int
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

int
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

int
wf_num_err(struct wf_parser *pp, int rc, const char *what, const char *s,
    const char *e)
{
	if (rc == SNMP_E_RANGE)
		return wf_err(pp, "%s value out of range", what);
	return wf_err(pp, "bad %s value '%.*s'", what, wf_show(s, e), s);
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
