/* SPDX-License-Identifier: ISC */
/*
 * --extra-opts: the ini file's section turned into "--key=value" words
 * placed before the command line's (extraopts.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extraopts.h"

static const char *const ini_paths[] = {
	"/etc/nagios/plugins.ini",
	"/usr/local/nagios/etc/plugins.ini",
	"/usr/local/etc/nagios/plugins.ini",
	"/etc/opt/nagios/plugins.ini",
	"/etc/nagios-plugins.ini",
	"/usr/local/etc/nagios-plugins.ini",
	"/etc/opt/nagios-plugins.ini",
	"/etc/monitoring-plugins/monitoring-plugins.ini",
	"/usr/local/etc/monitoring-plugins/monitoring-plugins.ini",
	NULL
};

static char *
read_file(const char *path, char *err, size_t errlen)
{
	FILE *f;
	char *buf = NULL, *nb;
	size_t len = 0, cap = 0, n;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "--extra-opts: cannot read %s: %s", path,
		    strerror(errno));
		return NULL;
	}
	for (;;) {
		if (cap - len < 4096) {
			cap = cap * 2 + 4096;
			if (cap > (1 << 20) || (nb = realloc(buf, cap)) == NULL) {
				snprintf(err, errlen, "--extra-opts: %s is too "
				    "large", path);
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	buf[len] = '\0';
	fclose(f);
	return buf;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* The section named by spec[0..at) (at: its '@' or NULL), else prog. */
static int
section_name(const char *spec, const char *at, const char *prog,
    char *section, size_t cap, char *err, size_t errlen)
{
	size_t len;

	len = spec == NULL ? 0 : at != NULL ? (size_t)(at - spec) :
	    strlen(spec);
	if (len == 0)
		snprintf(section, cap, "%s", prog);
	else if (len >= cap) {
		snprintf(err, errlen, "--extra-opts: section name too long");
		return -1;
	} else {
		memcpy(section, spec, len);
		section[len] = '\0';
	}
	return 0;
}

/* The file: after the '@' at, else $MP_CONFIG_FILE, else the first found. */
static const char *
ini_path(const char *at, char *err, size_t errlen)
{
	const char *path;
	int i;

	if (at != NULL)
		return at + 1;
	if ((path = getenv("MP_CONFIG_FILE")) != NULL && *path != '\0')
		return path;
	for (i = 0; ini_paths[i] != NULL; i++) {
		if (access(ini_paths[i], R_OK) == 0)
			return ini_paths[i];
	}
	snprintf(err, errlen, "--extra-opts: no plugins.ini found (set "
	    "MP_CONFIG_FILE or use @FILE)");
	return NULL;
}

/* "--key=value", or "--key" for a line without '=': a new string. */
static char *
ini_word(const char *key, const char *val)
{
	size_t len = strlen(key) + (val != NULL ? strlen(val) + 1 : 0) + 3;
	char *word;

	if ((word = malloc(len)) != NULL)
		snprintf(word, len, "--%s%s%s", key, val != NULL ? "=" : "",
		    val != NULL ? val : "");
	return word;
}

/*
 * The lines of [section] in text (read from path) as new words appended
 * to out (capacity max): their count, or -1 with none left allocated.
 */
static int
ini_section(char *text, const char *path, const char *section, char **out,
    int max, char *err, size_t errlen)
{
	char *line, *next, *eq, *key, *val;
	int n = 0, in = 0, found = 0;

	for (line = text; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line = trim(line);
		if (*line == '\0' || *line == '#' || *line == ';')
			continue;
		if (*line == '[') {
			if ((eq = strchr(line, ']')) == NULL) {
				snprintf(err, errlen, "--extra-opts: %s: bad "
				    "section header '%s'", path, line);
				goto fail;
			}
			*eq = '\0';
			in = strcmp(trim(line + 1), section) == 0;
			found |= in;
			continue;
		}
		if (!in)
			continue;
		if ((eq = strchr(line, '=')) != NULL) {
			*eq = '\0';
			val = trim(eq + 1);
		} else
			val = NULL;
		key = trim(line);
		if (*key == '\0') {
			snprintf(err, errlen, "--extra-opts: %s: line without "
			    "a key in [%s]", path, section);
			goto fail;
		}
		if (n >= max) {
			snprintf(err, errlen, "--extra-opts: too many options");
			goto fail;
		}
		if ((out[n] = ini_word(key, val)) == NULL) {
			snprintf(err, errlen, "out of memory");
			goto fail;
		}
		n++;
	}
	if (!found) {
		snprintf(err, errlen, "--extra-opts: section [%s] not found in "
		    "%s", section, path);
		goto fail;
	}
	return n;
fail:
	/* the options taken before the error are not the caller's */
	while (n > 0)
		free(out[--n]);
	return -1;
}

/*
 * Load the section spec ("[section][@file]", NULL for the defaults) into
 * new words "--key=value" appended to out (capacity max): the count or -1.
 */
static int
load_ini(struct extraopts *x, const char *spec, const char *prog,
    char **out, int max, char *err, size_t errlen)
{
	char section[128], *text;
	const char *at, *path;

	at = spec != NULL ? strchr(spec, '@') : NULL;
	if (section_name(spec, at, prog, section, sizeof(section), err,
	    errlen) < 0)
		return -1;
	if ((path = ini_path(at, err, errlen)) == NULL)
		return -1;
	if ((text = read_file(path, err, errlen)) == NULL)
		return -1;
	free(x->text);
	x->text = text;
	return ini_section(text, path, section, out, max, err, errlen);
}

/* The word is --extra-opts, with or without "=SPEC". */
static int
is_extra(const char *w)
{
	return strncmp(w, "--extra-opts", 12) == 0 &&
	    (w[12] == '\0' || w[12] == '=');
}

int
extraopts_expand(struct extraopts *x, const char *prog, int *argcp,
    char ***argvp, char *err, size_t errlen)
{
	int argc = *argcp, i, n = 0, k, max;
	char **argv = *argvp, **nv;
	const char *spec;

	for (i = 1; i < argc; i++) {
		if (argv[i][0] != '-' || argv[i][1] != '-')
			continue;
		if (argv[i][2] == '\0')
			break;
		if (is_extra(argv[i]))
			n++;
	}
	if (n == 0)
		return 0;
	max = argc + 256;
	if ((nv = calloc((size_t)max + 1, sizeof(*nv))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	x->argv = nv;
	nv[0] = argv[0];
	k = 1;
	for (i = 1; i < argc; i++) {
		if (!is_extra(argv[i]))
			continue;
		spec = argv[i][12] == '=' ? argv[i] + 13 : NULL;
		if ((n = load_ini(x, spec, prog, nv + k, max - argc - (k - 1),
		    err, errlen)) < 0)
			return -1;
		k += n;
		x->nargs = k - 1;
	}
	for (i = 1; i < argc; i++) {
		if (!is_extra(argv[i]))
			nv[k++] = argv[i];
	}
	nv[k] = NULL;
	*argcp = k;
	*argvp = nv;
	return 0;
}

void
extraopts_free(struct extraopts *x)
{
	int i;

	if (x->argv != NULL) {
		for (i = 1; i <= x->nargs; i++)
			free(x->argv[i]);
		free(x->argv);
	}
	free(x->text);
	x->argv = NULL;
	x->text = NULL;
}
