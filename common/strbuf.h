/* SPDX-License-Identifier: ISC */
/*
 * Bounded text: a caller-owned buffer, a length, and whether anything was
 * cut.  Used for every line a plugin prints and every key it stores.
 */
#ifndef STRBUF_H
#define STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct strbuf {
	char	*buf;
	size_t	 cap;
	size_t	 len;
	int	 truncated;
};

/*
 * Bounded text: what does not fit is cut (truncated is set), never in the
 * middle of a UTF-8 sequence.
 */
void	sb_init(struct strbuf *, char *, size_t);
/*
 * sb_init() without writing the terminator: buf stays untouched (its page
 * never faulted in) until something is added; read it up to len only.
 */
void	sb_init_unwritten(struct strbuf *, char *, size_t);
void	sb_addn(struct strbuf *, const char *, size_t);
void	sb_add(struct strbuf *, const char *);
/* Decimal integers without stdio (formatting cost adds up in tables). */
void	sb_u64(struct strbuf *, uint64_t);
void	sb_i64(struct strbuf *, int64_t);
void	sb_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	sb_vprintf(struct strbuf *, const char *, va_list);

#endif
