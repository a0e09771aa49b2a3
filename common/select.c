/* SPDX-License-Identifier: ISC */
/* Item selection by exact name and regular expressions (see select.h). */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "select.h"
#include "snmp.h"
#include "strbuf.h"

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

/* "-n", "-r" or "-E". */
static const char *
option_name(int which)
{
	return which == SEL_NAME ? "-n" : which == SEL_INCLUDE ? "-r" : "-E";
}

static int
add_index(struct select_opts *so, const char *arg, char *err, size_t errlen)
{
	char buf[2048], *tok, *save, *end;
	unsigned long v;
	int n = 0;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --index: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		/* an index arc of a table: 1 to 2147483647 (RFC 2863 §6) */
		v = tok[0] >= '0' && tok[0] <= '9' ? strtoul(tok, &end, 10) : 0;
		if (v < 1 || v > 2147483647UL || *end != '\0' ||
		    strlen(tok) > 10) {
			snprintf(err, errlen, "Invalid --index '%s': expected "
			    "index values 1 to 2147483647, separated by commas",
			    tok);
			return -1;
		}
		if (so->nidx >= SELECT_INDEX_MAX) {
			snprintf(err, errlen, "Too many --index values (at "
			    "most %d)", SELECT_INDEX_MAX);
			return -1;
		}
		so->idx[so->nidx++] = (uint32_t)v;
		n++;
	}
	if (n == 0) {
		snprintf(err, errlen, "Invalid --index '%s': no index given",
		    arg);
		return -1;
	}
	return 0;
}

static int
add_fields(struct select_opts *so, const char *arg, char *err, size_t errlen)
{
	char buf[128], *tok, *save;
	struct strbuf sb;
	size_t i;

	if (strlen(arg) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid --match-on: too long");
		return -1;
	}
	memcpy(buf, arg, strlen(arg) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; so->field_names[i] != NULL &&
		    strcasecmp(tok, so->field_names[i]) != 0; i++)
			;
		if (so->field_names[i] == NULL) {
			sb_init(&sb, err, errlen);
			sb_printf(&sb, "Invalid --match-on '%s': expected ", tok);
			for (i = 0; so->field_names[i] != NULL; i++)
				sb_printf(&sb, "%s%s", i == 0 ? "" :
				    so->field_names[i + 1] == NULL ? " or " :
				    ", ", so->field_names[i]);
			return -1;
		}
		so->fields |= 1u << i;
	}
	if (so->fields == 0) {
		snprintf(err, errlen, "Invalid --match-on '%s'", arg);
		return -1;
	}
	return 0;
}

int
select_option(struct select_opts *so, int which, const char *arg, char *err,
    size_t errlen)
{
	size_t *n;
	const char **list;

	switch (which) {
	case SEL_ICASE:
		so->icase = 1;
		return 0;
	case SEL_INDEX:
		return add_index(so, arg, err, errlen);
	case SEL_FIELDS:
		return add_fields(so, arg, err, errlen);
	}
	n = which == SEL_NAME ? &so->nnames : which == SEL_INCLUDE ?
	    &so->nincl : &so->nexcl;
	list = which == SEL_NAME ? so->names : which == SEL_INCLUDE ?
	    so->incl : so->excl;
	if (*n >= SELECT_MAX) {
		snprintf(err, errlen, "Too many %s options (at most %d)",
		    option_name(which), SELECT_MAX);
		return -1;
	}
	list[(*n)++] = arg;
	return 0;
}

int
select_build(struct select *s, const struct select_opts *so, char *err,
    size_t errlen)
{
	char why[384];
	size_t i;
	int rc = SNMP_OK, which = SEL_NAME;

	select_init(s, so->icase);
	for (i = 0; i < so->nnames && rc == SNMP_OK; i++)
		rc = select_add_exact(s, so->names[i], why, sizeof(why));
	for (i = 0; i < so->nincl && rc == SNMP_OK; i++) {
		which = SEL_INCLUDE;
		rc = select_add_include(s, so->incl[i], why, sizeof(why));
	}
	for (i = 0; i < so->nexcl && rc == SNMP_OK; i++) {
		which = SEL_EXCLUDE;
		rc = select_add_exclude(s, so->excl[i], why, sizeof(why));
	}
	if (rc != SNMP_OK) {
		snprintf(err, errlen, "Invalid %s: %s", option_name(which),
		    why);
		select_free(s);
	}
	return rc;
}

int
select_by_text(const struct select_opts *so)
{
	return so->nnames + so->nincl + so->nexcl > 0;
}

int
select_index(const struct select_opts *so, uint32_t idx)
{
	size_t i;

	if (so->nidx == 0)
		return 1;
	for (i = 0; i < so->nidx; i++) {
		if (so->idx[i] == idx)
			return 1;
	}
	return 0;
}

void
select_describe(const struct select_opts *so, struct strbuf *sb)
{
	size_t i, start = sb->len;

	for (i = 0; i < so->nidx; i++)
		sb_printf(sb, "%sindex %lu", sb->len > start ? " " : "",
		    (unsigned long)so->idx[i]);
	for (i = 0; i < so->nnames; i++)
		sb_printf(sb, "%sname %zu:%s", sb->len > start ? " " : "",
		    strlen(so->names[i]), so->names[i]);
	for (i = 0; i < so->nincl; i++)
		sb_printf(sb, "%sinclude %zu:%s", sb->len > start ? " " : "",
		    strlen(so->incl[i]), so->incl[i]);
	for (i = 0; i < so->nexcl; i++)
		sb_printf(sb, "%sexclude %zu:%s", sb->len > start ? " " : "",
		    strlen(so->excl[i]), so->excl[i]);
	if (!select_by_text(so))
		return;
	sb_add(sb, " on ");
	for (i = 0; so->field_names != NULL && so->field_names[i] != NULL; i++)
		if (so->fields & 1u << i)
			sb_addn(sb, so->field_names[i], 1);
	if (so->icase)
		sb_add(sb, " icase");
}
