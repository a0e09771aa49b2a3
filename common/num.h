/* SPDX-License-Identifier: ISC */
/*
 * Numbers as SNMP carries them: signed 64-bit INTEGER, unsigned 64-bit
 * counters, and floating point (Opaque float, decimal text).  Parsing is
 * strict, comparison across kinds is exact, formatting never uses an
 * exponent (perfdata forbids it).
 */
#ifndef NUM_H
#define NUM_H

#include <stddef.h>
#include <stdint.h>


enum num_kind {
	NUM_INT,
	NUM_UINT,
	NUM_DOUBLE
};

struct num {
	int		kind;
	int64_t		i;
	uint64_t	u;
	double		d;
};

/* Whole-string decimal: [+-]digits[.digits]; no exponent, no spaces. */
int	num_parse(struct num *, const char *);
/* -1, 0, 1; exact for every pair of kinds. */
int	num_cmp(const struct num *, const struct num *);
/*
 * Plain decimal, at most six fraction digits.  NUM_TEXT_MAX holds any
 * number, the largest double included (309 digits): a smaller buffer may
 * cut a large double, which would then read as another number.
 */
#define NUM_TEXT_MAX	336
size_t	num_format(const struct num *, char *, size_t);
/*
 * "%.*f" of x (decimals 0-6) into buf, cut to cap; trim drops trailing
 * fraction zeros and the point, and prints -0 as 0 (num_format's style).
 * Exactly what snprintf prints, faster for the numbers plugins print.
 */
size_t	num_fixed(char *buf, size_t cap, double x, int decimals, int trim);
/* Decimal text of an integer with its NUL; buf holds NUM_INT_TEXT_MAX. */
#define NUM_INT_TEXT_MAX	21
size_t	num_u64_text(char *buf, uint64_t);
size_t	num_i64_text(char *buf, int64_t);
/*
 * 1 if f is a printf format for one double: text and "%%" around one
 * %f, %e or %g conversion (any case) with flags, width and precision.
 */
int	num_valid_fmt(const char *);
void	num_from_int(struct num *, int64_t);
void	num_from_uint(struct num *, uint64_t);
void	num_from_double(struct num *, double);
double	num_to_double(const struct num *);

#endif
