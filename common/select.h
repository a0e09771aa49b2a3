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
#include <stdint.h>

#include "strbuf.h"

#define SELECT_MAX	32	/* patterns of each kind */
#define SELECT_INDEX_MAX	256	/* --index values */

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

/*
 * The option family every table plugin shares: -n NAME, -r REGEX,
 * -E REGEX (each repeatable), -i, --index N[,N...] and --match-on
 * FIELD[,FIELD...] (the plugin names its fields).  The options give
 * these (struct opt_def kind OPT_SELECT, id enum select_opt); select_build()
 * turns them into a ready selection with one error style.
 */
enum select_opt {
	SEL_NAME = 1,
	SEL_INCLUDE,
	SEL_EXCLUDE,
	SEL_ICASE,
	SEL_INDEX,
	SEL_FIELDS
};

struct select_opts {
	const char		*names[SELECT_MAX];
	size_t			 nnames;
	const char		*incl[SELECT_MAX];
	size_t			 nincl;
	const char		*excl[SELECT_MAX];
	size_t			 nexcl;
	int			 icase;
	uint32_t		 idx[SELECT_INDEX_MAX];
	size_t			 nidx;
	unsigned		 fields;	/* bit i: field_names[i] */
	const char *const	*field_names;	/* NULL-terminated, set first */
};

/* One option of the family; -1 with a message in err. */
int	select_option(struct select_opts *, int which, const char *arg,
	    char *err, size_t errlen);
/*
 * The selection the options give; SNMP_E_SYNTAX with "Invalid -r: ..."
 * (the option and what is wrong) in err.  Free it with select_free().
 */
int	select_build(struct select *, const struct select_opts *, char *err,
	    size_t errlen);
/* 1 if -n, -r or -E was given (a selection on text). */
int	select_by_text(const struct select_opts *);
/* 1 if idx is selected by --index (or none was given). */
int	select_index(const struct select_opts *, uint32_t idx);
/*
 * The options as one line ("index 3 name 4:eth0 include 2:^e on n icase"),
 * lengths before texts so that no two selections read alike: a state key.
 */
void	select_describe(const struct select_opts *, struct strbuf *);

#endif
