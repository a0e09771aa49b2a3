/* SPDX-License-Identifier: ISC */
/*
 * Exact decimal numbers: a sensor's reading raw x 10^exp (RFC 3433 scale
 * and precision, yocto to yotta) printed without an exponent and compared
 * exactly with the decimal text of a threshold, and Nagios ranges whose
 * bounds are such decimals.  No binary floating point anywhere.
 */
#ifndef DECIMAL_H
#define DECIMAL_H

#include <stddef.h>
#include <stdint.h>

#include "threshold.h"

#define DEC_DIGITS	40	/* significant digits a number may have */
/* The text of any raw x 10^exp with |exp| <= 40: sign, 19 digits, zeros. */
#define DEC_TEXT_MAX	64

/* digits x 10^exp; digits without leading or trailing zeros; 0: n == 0. */
struct dec {
	int		 neg;
	int		 exp;
	size_t		 n;
	char		 d[DEC_DIGITS];
};

/* A range of the Nagios grammar with exact bounds. */
struct dec_range {
	int		 has_lo;	/* 0: minus infinity */
	int		 has_hi;	/* 0: plus infinity */
	int		 inside;	/* "@" */
	struct dec	 lo;
	struct dec	 hi;
	char		 text[RANGE_TEXT_MAX];	/* as given */
};

void	dec_from_raw(struct dec *, int64_t raw, int exp);
/*
 * [+-]digits[.digits] (num_parse's grammar): SNMP_OK; SNMP_E_SYNTAX, or
 * SNMP_E_RANGE for more than DEC_DIGITS significant digits.
 */
int	dec_parse(struct dec *, const char *);
/* -1, 0, 1. */
int	dec_cmp(const struct dec *, const struct dec *);
/*
 * raw x 10^exp exactly: exp < 0 gives exactly -exp decimals (12020, -3:
 * "12.020"; 0, -1: "0.0"), exp >= 0 appends zeros.  Returns the length;
 * DEC_TEXT_MAX holds any value with |exp| <= 40.
 */
size_t	dec_text(char *, size_t, int64_t raw, int exp);
/* The Nagios range grammar (range_parse()): SNMP_OK or SNMP_E_SYNTAX. */
int	dec_range_parse(struct dec_range *, const char *);
/* 1 if the value raises an alert for this range. */
int	dec_range_alert(const struct dec_range *, const struct dec *);

#endif
