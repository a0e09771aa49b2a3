/* SPDX-License-Identifier: ISC */
/* An object's value against -s, -r or -R (objmatch.h). */
#include <string.h>

#include "cell.h"
#include "objmatch.h"
#include "output.h"
#include "state.h"

int
objmatch_set(struct objmatch *m, int kind, const char *pattern, char *err,
    size_t errlen)
{
	int flags, rc;

	m->kind = kind;
	m->pattern = pattern;
	if (kind == OBJMATCH_STRING)
		return 0;
	flags = REG_EXTENDED | REG_NOSUB;
	if (kind == OBJMATCH_EREGI)
		flags |= REG_ICASE;
	if ((rc = regcomp(&m->re, pattern, flags)) != 0) {
		regerror(rc, &m->re, err, errlen);
		m->kind = OBJMATCH_NONE;	/* nothing to free */
		return -1;
	}
	return 0;
}

void
objmatch_free(struct objmatch *m)
{
	if (m->kind == OBJMATCH_EREG || m->kind == OBJMATCH_EREGI)
		regfree(&m->re);
	m->kind = OBJMATCH_NONE;
}

/* -s, -r or -R on one of the texts the value may have been written for. */
static int
matches(const char *text, const void *arg)
{
	const struct objmatch *m = arg;

	return m->kind == OBJMATCH_STRING ? strcmp(text, m->pattern) == 0 :
	    regexec(&m->re, text, 0, NULL, 0) == 0;
}

int
objmatch_state(const struct objmatch *m, const struct oid *o,
    const struct snmp_value *v, int mib, const char *text, int invert)
{
	int hit;

	if (m->kind == OBJMATCH_NONE)
		return STATE_OK;
	hit = cell_match(o, v, mib, text, matches, m);
	if (invert)
		hit = !hit;
	return hit ? STATE_OK : STATE_CRITICAL;
}

void
objmatch_expected(struct strbuf *sb, const struct objmatch *m, int invert)
{
	sb_printf(sb, "%s ", invert ? "expected no" : "expected");
	sb_add(sb, m->kind == OBJMATCH_STRING ? "string \"" :
	    m->kind == OBJMATCH_EREG ? "match of the regex '" :
	    "match, ignoring case, of the regex '");
	output_put_str(sb, m->pattern);
	sb_add(sb, m->kind == OBJMATCH_STRING ? "\"" : "'");
}
