/* SPDX-License-Identifier: ISC */
/*
 * The command line read the way GNU getopt_long() reads it, against option
 * tables: the table format every option of every plugin is declared in
 * (options.h says what a row's kind and offset do), and the reader that
 * hands out one option and its argument at a time.
 */
#ifndef CMDLINE_H
#define CMDLINE_H

#include <stddef.h>

enum opt_arg {
	OPT_NOARG = 0,
	OPT_ARG = 1,
	OPT_OPTARG = 2
};

struct opt_def {
	const char	*lng;		/* long name */
	int		 shrt;		/* short letter or 0 */
	int		 arg;		/* enum opt_arg */
	const char	*argname;	/* for --help */
	const char	*help;		/* may hold \n for more lines */
	int		 id;		/* >= 1000 for OPT_CALL plugin options */
	int		 kind;		/* enum opt_kind (options.h) */
	size_t		 off;		/* in the context, but for OPT_CALL */
};

/* The tables an option is looked up in: the shared, the plugin's, --compat. */
#define CMDLINE_TABLES	3

struct cmdline {
	int		 argc;
	char	       **argv;
	/* each terminated by lng == NULL; a NULL table has no options */
	const struct opt_def *tables[CMDLINE_TABLES];
	int		 i;		/* next word */
	const char	*cluster;	/* rest of a cluster of short options */
	int		 stray;		/* first word that is no option, or 0 */
	int		 ended;		/* after "--" */
};

/* Start reading argv[1..argc) against tables (CMDLINE_TABLES of them). */
void	cmdline_start(struct cmdline *, int, char **,
	    const struct opt_def *const *);
/*
 * The next option of the command line in *dp with its argument in *arg
 * ("" if none: an argument is never NULL): 1, or 0 at the end, or -1 with
 * a message in err.  The first word that is no option is then in
 * cl->stray (0: none).
 */
int	cmdline_next(struct cmdline *, const struct opt_def **, const char **,
	    char *, size_t);

#endif
