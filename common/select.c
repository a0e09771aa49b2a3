/* SPDX-License-Identifier: ISC */
/* Item selection by exact name and regular expressions (see select.h). */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "select.h"
#include "snmp.h"

void
select_init(struct select *s, int icase)
{
	memset(s, 0, sizeof(*s));
	s->icase = icase;
}

int
select_add_exact(struct select *s, const char *exact, char *err,
    size_t errlen)
{
	if (s->nexact == SELECT_MAX) {
		snprintf(err, errlen, "more than %d names", SELECT_MAX);
		return SNMP_E_RANGE;
	}
	s->exact[s->nexact++] = exact;
	return SNMP_OK;
}

static int
add_re(struct select *s, regex_t *re, size_t *n, const char *pattern,
    char *err, size_t errlen)
{
	char why[128];
	int rc;

	if (*n == SELECT_MAX) {
		snprintf(err, errlen, "more than %d patterns", SELECT_MAX);
		return SNMP_E_RANGE;
	}
	rc = regcomp(&re[*n], pattern, REG_EXTENDED | REG_NOSUB |
	    (s->icase ? REG_ICASE : 0));
	if (rc != 0) {
		regerror(rc, &re[*n], why, sizeof(why));
		snprintf(err, errlen, "invalid regular expression '%s': %s",
		    pattern, why);
		return SNMP_E_SYNTAX;
	}
	(*n)++;
	return SNMP_OK;
}

int
select_add_include(struct select *s, const char *re, char *err, size_t errlen)
{
	return add_re(s, s->include, &s->ninclude, re, err, errlen);
}

int
select_add_exclude(struct select *s, const char *re, char *err, size_t errlen)
{
	return add_re(s, s->exclude, &s->nexclude, re, err, errlen);
}

int
select_has_include(const struct select *s)
{
	return s->nexact > 0 || s->ninclude > 0;
}

static int
included(const struct select *s, const char *t)
{
	size_t i;

	for (i = 0; i < s->nexact; i++) {
		if ((s->icase ? strcasecmp(t, s->exact[i]) :
		    strcmp(t, s->exact[i])) == 0)
			return 1;
	}
	for (i = 0; i < s->ninclude; i++) {
		if (regexec(&s->include[i], t, 0, NULL, 0) == 0)
			return 1;
	}
	return 0;
}

static int
excluded(const struct select *s, const char *t)
{
	size_t i;

	for (i = 0; i < s->nexclude; i++) {
		if (regexec(&s->exclude[i], t, 0, NULL, 0) == 0)
			return 1;
	}
	return 0;
}

int
select_match_any(const struct select *s, const char *const *texts, size_t n)
{
	size_t i;
	int in = !select_has_include(s);

	for (i = 0; i < n; i++) {
		if (texts[i] == NULL)
			continue;
		if (excluded(s, texts[i]))
			return 0;
		if (!in && included(s, texts[i]))
			in = 1;
	}
	return in;
}

int
select_match(const struct select *s, const char *text)
{
	return select_match_any(s, &text, 1);
}

void
select_free(struct select *s)
{
	size_t i;

	for (i = 0; i < s->ninclude; i++)
		regfree(&s->include[i]);
	for (i = 0; i < s->nexclude; i++)
		regfree(&s->exclude[i]);
	s->ninclude = s->nexclude = s->nexact = 0;
}
