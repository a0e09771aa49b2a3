/* SPDX-License-Identifier: ISC */
/*
 * The command line is read the way GNU getopt_long() reads it, which is
 * what Nagios users type: short options alone or in clusters ("-vv",
 * "-t5", "-H host"), long ones by their name or any unambiguous prefix of
 * it, with "=VALUE" or (a required argument) the next word; "--" ends the
 * options; other words may come anywhere and are refused once every
 * option is read.  Read here rather than by getopt_long(): glibc's and
 * musl's differ in details (resetting, messages), and neither needs the
 * tables of every option that getopt_long() takes built for each run.
 */
#include <stdio.h>
#include <string.h>

#include "cmdline.h"

void
cmdline_start(struct cmdline *cl, int argc, char **argv,
    const struct opt_def *const *tables)
{
	int t;

	memset(cl, 0, sizeof(*cl));
	cl->argc = argc;
	cl->argv = argv;
	for (t = 0; t < CMDLINE_TABLES; t++)
		cl->tables[t] = tables[t];
	cl->i = 1;
}

static const struct opt_def *
find_short(const struct cmdline *cl, int c)
{
	const struct opt_def *d;
	int t;

	for (t = 0; t < CMDLINE_TABLES; t++) {
		for (d = cl->tables[t]; d != NULL && d->lng != NULL; d++) {
			if (d->shrt == c)
				return d;
		}
	}
	return NULL;
}

/* The option named name[0..len): exact, else the only one it begins. */
static const struct opt_def *
find_long(const struct cmdline *cl, const char *name, size_t len)
{
	const struct opt_def *d, *found = NULL;
	int t, n = 0;

	for (t = 0; t < CMDLINE_TABLES; t++) {
		for (d = cl->tables[t]; d != NULL && d->lng != NULL; d++) {
			if (strncmp(d->lng, name, len) != 0)
				continue;
			if (d->lng[len] == '\0')
				return d;
			if (n++ == 0)
				found = d;
		}
	}
	return n == 1 ? found : NULL;
}

/* The next option of a cluster of short ones ("-vH host", "-t5"). */
static int
next_short(struct cmdline *cl, const struct opt_def **dp, const char **arg,
    char *err, size_t errlen)
{
	const struct opt_def *d;
	const char *w = cl->cluster;

	if ((d = find_short(cl, (unsigned char)*w)) == NULL) {
		snprintf(err, errlen, "Unknown option -%c (see --help)", *w);
		return -1;
	}
	cl->cluster = w + 1;
	if (d->arg == OPT_ARG) {
		if (*cl->cluster != '\0')
			*arg = cl->cluster;
		else if (cl->i < cl->argc)
			*arg = cl->argv[cl->i++];
		else {
			snprintf(err, errlen, "Missing argument for option -%c "
			    "(see --help)", *w);
			return -1;
		}
		cl->cluster = NULL;
	}
	*dp = d;
	return 1;
}

/*
 * The next word that holds options, past "--" and the words that are no
 * option (the first of them noted in cl->stray); NULL at the end.
 */
static const char *
next_word(struct cmdline *cl)
{
	const char *w;

	while (cl->i < cl->argc) {
		w = cl->argv[cl->i++];
		if (!cl->ended && strcmp(w, "--") == 0) {
			cl->ended = 1;
			continue;
		}
		if (cl->ended || w[0] != '-' || w[1] == '\0') {
			if (cl->stray == 0)
				cl->stray = cl->i - 1;
			continue;
		}
		return w;
	}
	return NULL;
}

/* A long option: name is the word after "--", cl->argv[cl->i - 1]. */
static int
next_long(struct cmdline *cl, const char *name, const struct opt_def **dp,
    const char **arg, char *err, size_t errlen)
{
	const struct opt_def *d;
	const char *eq = strchr(name, '=');

	if ((d = find_long(cl, name, eq != NULL ? (size_t)(eq - name) :
	    strlen(name))) == NULL) {
		snprintf(err, errlen, "Unknown or ambiguous option '%s' (see "
		    "--help)", cl->argv[cl->i - 1]);
		return -1;
	}
	if (eq != NULL && d->arg == OPT_NOARG) {
		snprintf(err, errlen, "Option --%s takes no argument (see "
		    "--help)", d->lng);
		return -1;
	}
	if (eq != NULL)
		*arg = eq + 1;
	else if (d->arg == OPT_ARG) {
		if (cl->i >= cl->argc) {
			if (d->shrt != 0)
				snprintf(err, errlen, "Missing argument for "
				    "option -%c (see --help)", d->shrt);
			else
				snprintf(err, errlen, "Missing argument for "
				    "option '%s' (see --help)",
				    cl->argv[cl->i - 1]);
			return -1;
		}
		*arg = cl->argv[cl->i++];
	}
	*dp = d;
	return 1;
}

int
cmdline_next(struct cmdline *cl, const struct opt_def **dp, const char **arg,
    char *err, size_t errlen)
{
	const char *w;

	*arg = "";
	if (cl->cluster == NULL || *cl->cluster == '\0') {
		if ((w = next_word(cl)) == NULL)
			return 0;
		if (w[1] == '-')
			return next_long(cl, w + 2, dp, arg, err, errlen);
		cl->cluster = w + 1;
	}
	return next_short(cl, dp, arg, err, errlen);
}
