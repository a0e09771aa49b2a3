/* SPDX-License-Identifier: ISC */
/*
 * Which items of a table a plugin checks: exact names, POSIX extended
 * regular expressions to include, and ones to exclude.  An item is
 * selected when no name or include pattern was given or one of them
 * matches, and no exclude pattern matches.  Plugins may test several
 * texts of one item (a name and a description): select_match_any().
 */
#ifndef SELECT_H
#define SELECT_H

#include <regex.h>
#include <stddef.h>

#define SELECT_MAX	32	/* patterns of each kind */

struct select {
	const char	*exact[SELECT_MAX];
	size_t		 nexact;
	regex_t		 include[SELECT_MAX];
	size_t		 ninclude;
	regex_t		 exclude[SELECT_MAX];
	size_t		 nexclude;
	int		 icase;		/* compare without case */
};

void	select_init(struct select *, int icase);
/*
 * Add a criterion.  For patterns, on error err gets "invalid regular
 * expression 'RE': what regcomp says"; SNMP_E_SYNTAX, or SNMP_E_RANGE
 * when SELECT_MAX are already there.  exact is not copied.
 */
int	select_add_exact(struct select *, const char *exact, char *err,
	    size_t errlen);
int	select_add_include(struct select *, const char *re, char *err,
	    size_t errlen);
int	select_add_exclude(struct select *, const char *re, char *err,
	    size_t errlen);
/* 1 if any criterion of the include kinds (exact or pattern) was given. */
int	select_has_include(const struct select *);
/* 1 if the item with this text is selected. */
int	select_match(const struct select *, const char *text);
/*
 * The same for an item known by several texts (NULL entries skipped):
 * included if any text is, excluded if any text is.
 */
int	select_match_any(const struct select *, const char *const *texts,
	    size_t n);
void	select_free(struct select *);

#endif
