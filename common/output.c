/* SPDX-License-Identifier: ISC */
/*
 * Nagios plugin output (Nagios plugin development guidelines, "Plugin
 * output" and "Performance data"): one status line, optional long output,
 * perfdata with quoted labels and legal units of measurement only.
 */
#include <sys/uio.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "snmp.h"

void
output_init(struct output *o)
{
	o->state = STATE_OK;
	o->perf_dropped = 0;
	sb_init(&o->summary, o->sbuf, sizeof(o->sbuf));
	sb_init_unwritten(&o->perf, o->pbuf, sizeof(o->pbuf));
	sb_init_unwritten(&o->longout, o->lbuf, sizeof(o->lbuf));
}

void
output_state(struct output *o, int s)
{
	o->state = state_worst(o->state, s);
}

static const char hexdigit[] = "0123456789ABCDEF";

size_t
output_utf8_len(const unsigned char *p, size_t n)
{
	size_t len, i;
	unsigned int min, cp;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		min = 0x80;
		cp = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		min = 0x800;
		cp = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		min = 0x10000;
		cp = p[0] & 0x07;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

int
output_is_binary(const unsigned char *p, size_t n)
{
	size_t i, k;

	/* Many agents count a C string's terminating NUL into the length. */
	if (n > 0 && p[n - 1] == '\0')
		n--;
	for (i = 0; i < n; i += k) {
		k = 1;
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r') || p[i] == 0x7f)
			return 1;
		/*
		 * Not UTF-8 text: a MAC address, an engine ID, a Latin-1
		 * string.  net-snmp shows these as hex, and so do we.
		 */
		if (p[i] >= 0x80 && (k = output_utf8_len(p + i, n - i)) == 0)
			return 1;
	}
	return 0;
}

/*
 * Valid UTF-8 that still breaks a line: the C1 controls U+0080..U+009F
 * (NEL U+0085 among them) and U+2028/U+2029 (LINE and PARAGRAPH
 * SEPARATOR), which web front ends and terminals may honour.  Returns the
 * code point, or 0.
 */
static unsigned int
utf8_breaking(const unsigned char *p, size_t k)
{
	if (k == 2 && p[0] == 0xc2 && p[1] < 0xa0)
		return p[1];
	if (k == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0xa8 || p[2] == 0xa9))
		return 0x2000 | (p[2] & 0x3f);
	return 0;
}

/* Printable ASCII that goes out as it is: not a control, DEL or '|'. */
static size_t
plain_run(const unsigned char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n && p[k] >= 0x20 && p[k] < 0x7f && p[k] != '|'; k++)
		;
	return k;
}

/*
 * One piece of escaped text, whole or not at all: the rest of a cut escape
 * or UTF-8 sequence would be garbage at the end of the buffer.
 */
static int
put_piece(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->cap == 0 || n > sb->cap - 1 - sb->len) {
		sb->truncated = 1;
		return -1;
	}
	sb_addn(sb, s, n);
	return 0;
}

/* A code point as backslash, 'u' and four hex digits (as in the dump). */
static int
put_u_escape(struct strbuf *sb, unsigned int cp)
{
	char x[6];

	x[0] = '\\';
	x[1] = 'u';
	x[2] = hexdigit[cp >> 12 & 15];
	x[3] = hexdigit[cp >> 8 & 15];
	x[4] = hexdigit[cp >> 4 & 15];
	x[5] = hexdigit[cp & 15];
	return put_piece(sb, x, sizeof(x));
}

void
output_put_text(struct strbuf *sb, const unsigned char *p, size_t n)
{
	char x[3];
	size_t i, k;
	unsigned int cp;
	int rc;

	if (output_is_binary(p, n)) {
		for (i = 0; i < n; i++) {
			x[0] = hexdigit[p[i] >> 4];
			x[1] = hexdigit[p[i] & 15];
			x[2] = ' ';
			if (put_piece(sb, x, i + 1 < n ? 3 : 2) < 0)
				return;
		}
		return;
	}
	if (n > 0 && p[n - 1] == '\0')
		n--;
	for (i = 0; i < n; i += k) {
		if ((k = plain_run(p + i, n - i)) > 0) {
			/* ASCII may be cut anywhere */
			sb_addn(sb, (const char *)p + i, k);
			if (sb->truncated)
				return;
			continue;
		}
		k = 1;
		switch (p[i]) {
		case '|':
			rc = put_piece(sb, "/", 1);
			break;
		case '\n':
			rc = put_piece(sb, "\\n", 2);
			break;
		case '\r':
			rc = put_piece(sb, "\\r", 2);
			break;
		case '\t':
			rc = put_piece(sb, "\\t", 2);
			break;
		default:
			/* C0 and DEL made it binary above: '?' if one is here */
			if (p[i] < 0x80 || (k = output_utf8_len(p + i, n - i)) == 0) {
				k = 1;
				rc = put_piece(sb, "?", 1);
			} else if ((cp = utf8_breaking(p + i, k)) != 0)
				rc = put_u_escape(sb, cp);
			else
				rc = put_piece(sb, (const char *)p + i, k);
		}
		if (rc < 0)
			return;
	}
}

void
output_put_str(struct strbuf *sb, const char *s)
{
	output_put_text(sb, (const unsigned char *)s, strlen(s));
}

/*
 * A perfdata label as the guidelines allow it: no '=' (left out), a '
 * doubled ("to specify a quote character, use two single quotes"); no '|',
 * no control (C0, DEL, C1), no U+2028/U+2029 either: those are left out.
 * Invalid UTF-8 becomes '?', as in output_put_text(); so does a label left
 * empty.
 */
static int
label_plain(unsigned char c)
{
	/* printable ASCII but DEL: 0x20..0x7e in one unsigned comparison */
	return (unsigned char)(c - 0x20) < 0x5f && c != '\'' && c != '=' &&
	    c != '|';
}

static void
put_label(struct strbuf *sb, const char *label)
{
	const unsigned char *p = (const unsigned char *)label;
	size_t i, k, n = strlen(label), start = sb->len;

	for (i = 0; i < n; i += k) {
		/* the NUL at p[n] is no plain character: it ends a run */
		for (k = 0; label_plain(p[i + k]); k++)
			;
		if (k == 0 && p[i] == '\'') {
			sb_addn(sb, "''", 2);
			k = 1;
			continue;
		}
		if (k == 0 && p[i] < 0x80) {
			k = 1;		/* ASCII a label may not hold */
			continue;
		}
		if (k == 0 && (k = output_utf8_len(p + i, n - i)) == 0) {
			sb_addn(sb, "?", 1);	/* invalid UTF-8 */
			k = 1;
			continue;
		}
		if (p[i] >= 0x80 && utf8_breaking(p + i, k) != 0)
			continue;	/* C1, LS, PS */
		sb_addn(sb, label + i, k);	/* a run, or one character */
	}
	if (sb->len == start)
		sb_addn(sb, "?", 1);
}

void
output_perf(struct output *o, const char *label, const struct num *value,
    const char *uom, const struct threshold *t, const struct num *min,
    const struct num *max)
{
	char buf[NUM_TEXT_MAX];

	num_format(value, buf, sizeof(buf));
	output_perf_text(o, label, buf, uom, t, min, max);
}

void
output_perf_text(struct output *o, const char *label, const char *value,
    const char *uom, const struct threshold *t, const struct num *min,
    const struct num *max)
{
	struct strbuf *sb = &o->perf;
	const char *fields[4];
	char minbuf[NUM_TEXT_MAX], maxbuf[NUM_TEXT_MAX];
	size_t i, last = 0, start = sb->len;
	int was = sb->truncated;

	if (sb->len > 0)
		sb_addn(sb, " ", 1);
	sb_addn(sb, "'", 1);
	put_label(sb, label);
	sb_addn(sb, "'=", 2);
	sb_add(sb, value);
	sb_add(sb, uom);
	fields[0] = t != NULL && t->has_warn ? t->warn.text : "";
	fields[1] = t != NULL && t->has_crit ? t->crit.text : "";
	minbuf[0] = maxbuf[0] = '\0';
	if (min != NULL)
		num_format(min, minbuf, sizeof(minbuf));
	if (max != NULL)
		num_format(max, maxbuf, sizeof(maxbuf));
	fields[2] = minbuf;
	fields[3] = maxbuf;
	for (i = 0; i < 4; i++) {
		if (fields[i][0] != '\0')
			last = i + 1;
	}
	for (i = 0; i < last; i++) {
		sb_addn(sb, ";", 1);
		sb_add(sb, fields[i]);
	}
	if (sb->truncated && !was) {
		/* a cut item would be malformed perfdata: drop it whole */
		sb->len = start;
		sb->buf[start] = '\0';
		sb->truncated = 0;
		o->perf_dropped++;
	}
}

static void
piece(struct iovec *iov, size_t *n, const char *p, size_t len)
{
	iov[*n].iov_base = (void *)(uintptr_t)p;
	iov[(*n)++].iov_len = len;
}

size_t
output_pieces(const struct output *o, const char *service, struct iovec *iov)
{
	const char *state = state_name(o->state);
	size_t n = 0;

	piece(iov, &n, service, strlen(service));
	piece(iov, &n, " ", 1);
	piece(iov, &n, state, strlen(state));
	piece(iov, &n, " - ", 3);
	piece(iov, &n, o->summary.buf, o->summary.len);
	if (o->perf.len > 0) {
		piece(iov, &n, " | ", 3);
		piece(iov, &n, o->perf.buf, o->perf.len);
	}
	piece(iov, &n, "\n", 1);
	if (o->longout.len > 0) {
		piece(iov, &n, o->longout.buf, o->longout.len);
		if (o->longout.buf[o->longout.len - 1] != '\n')
			piece(iov, &n, "\n", 1);
	}
	return n;
}

size_t
output_render(const struct output *o, const char *service, char *buf,
    size_t cap)
{
	struct iovec iov[OUTPUT_PIECES];
	struct strbuf sb;
	size_t i, n = output_pieces(o, service, iov);

	sb_init(&sb, buf, cap);
	for (i = 0; i < n; i++)
		sb_addn(&sb, iov[i].iov_base, iov[i].iov_len);
	return sb.len;
}

void
output_bytes(char *buf, size_t cap, uint64_t b)
{
	static const char *const u[] = { "KiB", "MiB", "GiB", "TiB", "PiB",
	    "EiB" };
	double d = (double)b / 1024;
	int i = 0;

	if (b < 1024) {
		snprintf(buf, cap, "%llu B", (unsigned long long)b);
		return;
	}
	while (d >= 1024 && i < 5) {
		d /= 1024;
		i++;
	}
	snprintf(buf, cap, "%.2f %s", d, u[i]);
}

struct label_ref {
	char		*label;
	const char	*key;
	uint32_t	 index;
	size_t		 pos;
};

/* By label, then by position (the order of the items). */
static int
label_cmp(const void *a, const void *b)
{
	const struct label_ref *x = a, *y = b;
	int r = strcmp(x->label, y->label);

	return r != 0 ? r : (x->pos > y->pos) - (x->pos < y->pos);
}

/* The suffix of item i is keys[i] or, without keys, index[i]. */
static int
unique(char *const *labels, const uint32_t *index, const char *const *keys,
    size_t n, size_t cap, const char *sep)
{
	struct label_ref *ord;
	struct strbuf sb;
	size_t i, j, k, len;

	if (n < 2)
		return SNMP_OK;
	if ((ord = calloc(n, sizeof(*ord))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < n; i++) {
		ord[i].label = labels[i];
		ord[i].key = keys != NULL ? keys[i] : NULL;
		ord[i].index = index != NULL ? index[i] : 0;
		ord[i].pos = i;
	}
	qsort(ord, n, sizeof(*ord), label_cmp);
	for (k = 0; k < n; k = i) {
		/* the group ord[k..i) shares one label */
		for (i = k + 1; i < n &&
		    strcmp(ord[k].label, ord[i].label) == 0; i++)
			;
		for (j = k; i - k > 1 && j < i; j++) {
			len = strlen(ord[j].label);
			sb_init(&sb, ord[j].label + len, cap - len);
			sb_add(&sb, sep);
			if (ord[j].key != NULL)
				sb_add(&sb, ord[j].key);
			else
				sb_u64(&sb, ord[j].index);
		}
	}
	free(ord);
	return SNMP_OK;
}

int
output_unique_labels(char *const *labels, const uint32_t *index, size_t n,
    size_t cap, const char *sep)
{
	return unique(labels, index, NULL, n, cap, sep);
}

int
output_unique_keys(char *const *labels, const char *const *keys, size_t n,
    size_t cap, const char *sep)
{
	return unique(labels, NULL, keys, n, cap, sep);
}

void
output_perf_mark(const struct output *out, struct output_mark *m)
{
	m->len = out->perf.len;
	m->dropped = out->perf_dropped;
}

int
output_perf_whole(struct output *out, const struct output_mark *m)
{
	if (out->perf_dropped == m->dropped && (out->perf.len == m->len ||
	    out->perf.len - (m->len > 0) + 2 < out->perf.cap))
		return 1;
	out->perf.len = m->len;
	out->perf.buf[m->len] = '\0';
	return 0;
}

/* "%.*f" of x, then " unit" when unit is not NULL (num_fixed: no stdio). */
static void
fixed(char *buf, size_t cap, double x, int decimals, const char *unit)
{
	size_t n = num_fixed(buf, cap, x, decimals, 0), k;

	if (unit == NULL || n + 1 >= cap)
		return;
	buf[n++] = ' ';
	k = strlen(unit);
	if (k > cap - 1 - n)
		k = cap - 1 - n;
	memcpy(buf + n, unit, k);
	buf[n + k] = '\0';
}

void
output_bits(char *buf, size_t cap, double bps)
{
	static const char *const u[] = { "b/s", "kb/s", "Mb/s", "Gb/s",
	    "Tb/s" };
	int i = 0;

	while (bps >= 999.5 && i < 4) {
		bps /= 1000;
		i++;
	}
	fixed(buf, cap, bps, bps >= 99.95 || i == 0 ? 0 : bps >= 9.995 ? 1 :
	    2, u[i]);
}

void
output_small(char *buf, size_t cap, double x)
{
	double a = x < 0 ? -x : x;	/* the size sets the digits */
	int d = 2;

	if (x == 0) {
		snprintf(buf, cap, "0");
		return;
	}
	if (a >= 9.995) {
		fixed(buf, cap, x, a >= 99.95 ? 0 : 1, NULL);
		return;
	}
	while (a < 0.0995 && d < 8) {
		a *= 10;
		d++;
	}
	fixed(buf, cap, x, d, NULL);
}
