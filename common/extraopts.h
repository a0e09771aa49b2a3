/* SPDX-License-Identifier: ISC */
/*
 * --extra-opts, as monitoring-plugins' extra-opts reads it:
 * "--extra-opts=[section][@file]" reads the ini section (default: the
 * plugin's name) from the file (default: $MP_CONFIG_FILE or the standard
 * plugins.ini locations); each "key=value" acts as "--key=value" placed
 * before the command-line arguments, so the command line wins.
 */
#ifndef EXTRAOPTS_H
#define EXTRAOPTS_H

#include <stddef.h>

/* What the sections read left behind: freed by extraopts_free(). */
struct extraopts {
	char		*text;		/* owned: the last file's contents */
	char	       **argv;		/* owned: argv, the sections merged */
	int		 nargs;		/* argv[1..nargs] were allocated */
};

/*
 * Merge the --extra-opts sections of *argvp into a new argv, their
 * options first, the --extra-opts words dropped; section is the default
 * section name.  *argcp and *argvp are left alone when no --extra-opts
 * comes before "--".  0, or -1 with a message in err.
 */
int	extraopts_expand(struct extraopts *, const char *, int *, char ***,
	    char *, size_t);
void	extraopts_free(struct extraopts *);

#endif
