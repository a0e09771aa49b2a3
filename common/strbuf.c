/* SPDX-License-Identifier: ISC */
/*
 * Bounded text buffers: what does not fit is cut, never in the middle of a
 * UTF-8 sequence, and the cut is remembered.  Everything the plugins print
 * is built in one of these (STYLE.md: one bounded builder, no chains of
 * asprintf).
 */
#include <stdio.h>
#include <string.h>

#include "num.h"
#include "strbuf.h"

void
sb_init_unwritten(struct strbuf *sb, char *buf, size_t cap)
{
	sb->buf = buf;
	sb->cap = cap;
	sb->len = 0;
	sb->truncated = 0;
}

void
sb_init(struct strbuf *sb, char *buf, size_t cap)
{
	sb_init_unwritten(sb, buf, cap);
	if (cap > 0)
		buf[0] = '\0';
}

/*
 * After a cut: drop a UTF-8 sequence the cut left incomplete, so that a
 * full buffer still holds valid UTF-8 (RFC 3629 §3: a lead octet says how
 * many continuation octets follow).
 */
static void
sb_cut_utf8(struct strbuf *sb)
{
	size_t back, need;
	unsigned char c;

	for (back = 1; back <= 3 && back <= sb->len; back++) {
		c = (unsigned char)sb->buf[sb->len - back];
		if ((c & 0xc0) == 0x80)
			continue;
		need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
		if (need > back) {
			sb->len -= back;
			sb->buf[sb->len] = '\0';
		}
		return;
	}
}

void
sb_addn(struct strbuf *sb, const char *s, size_t n)
{
	int cut = 0;

	if (sb->cap == 0)
		return;
	if (n > sb->cap - 1 - sb->len) {
		n = sb->cap - 1 - sb->len;
		sb->truncated = cut = 1;
	}
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
	if (cut)
		sb_cut_utf8(sb);
}

/* Octet by octet: most texts are a few octets, shorter than a call. */
void
sb_add(struct strbuf *sb, const char *s)
{
	char *p, *end;

	if (sb->cap == 0)
		return;
	p = sb->buf + sb->len;
	end = sb->buf + sb->cap - 1;
	while (*s != '\0' && p < end)
		*p++ = *s++;
	*p = '\0';
	sb->len = (size_t)(p - sb->buf);
	if (*s != '\0') {
		sb->truncated = 1;
		sb_cut_utf8(sb);
	}
}

void
sb_u64(struct strbuf *sb, uint64_t u)
{
	char buf[NUM_INT_TEXT_MAX];

	sb_addn(sb, buf, num_u64_text(buf, u));
}

void
sb_i64(struct strbuf *sb, int64_t i)
{
	char buf[NUM_INT_TEXT_MAX];

	sb_addn(sb, buf, num_i64_text(buf, i));
}

void
sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	int n;

	if (sb->cap == 0)
		return;
	n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
	if (n < 0)
		return;
	if ((size_t)n >= sb->cap - sb->len) {
		sb->len = sb->cap - 1;
		sb->truncated = 1;
		sb_cut_utf8(sb);
	} else
		sb->len += (size_t)n;
}

void
sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}
