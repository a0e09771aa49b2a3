/* SPDX-License-Identifier: ISC */
/*
 * An object's value held against a string or an extended regular
 * expression, as check_snmp's -s, -r and -R do (and --invert-search):
 * on each text the value may have been written for (cell_match()), and
 * what was expected of it, for people.
 */
#ifndef OBJMATCH_H
#define OBJMATCH_H

#include <regex.h>
#include <stddef.h>

#include "oid.h"
#include "pdu.h"
#include "strbuf.h"

enum objmatch_kind {
	OBJMATCH_NONE = 0,
	OBJMATCH_STRING,	/* -s: equal */
	OBJMATCH_EREG,		/* -r */
	OBJMATCH_EREGI		/* -R: ignoring case */
};

struct objmatch {
	int		 kind;		/* enum objmatch_kind */
	const char	*pattern;	/* not owned */
	regex_t		 re;		/* compiled for the regex kinds */
};

/*
 * kind and pattern into m, a regex compiled: 0, or -1 with regerror()'s
 * text in err.
 */
int	objmatch_set(struct objmatch *, int kind, const char *pattern,
	    char *err, size_t errlen);
/* Free what objmatch_set() compiled. */
void	objmatch_free(struct objmatch *);
/*
 * The state the match gives the value v of object o (shown as text;
 * mib: net-snmp's MIB form): OK when it matches (with invert, when it
 * does not) or when m is OBJMATCH_NONE, else CRITICAL.
 */
int	objmatch_state(const struct objmatch *, const struct oid *,
	    const struct snmp_value *, int mib, const char *text, int invert);
/*
 * What was expected: "expected string \"TEXT\"", "expected no match of
 * the regex 'RE'" ..., the pattern made safe to print.
 */
void	objmatch_expected(struct strbuf *, const struct objmatch *,
	    int invert);

#endif
