/* SPDX-License-Identifier: ISC */
/*
 * Options as a plugin's main() has them, for the suites of modules that
 * take struct snmp_opts: a command line through options_parse(), with no
 * option of the plugin's own, the defaults filled.
 */
#ifndef TESTOPTS_H
#define TESTOPTS_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "options.h"

/* The plugin has no options of its own: any that reaches it is wrong. */
static inline int
testopts_handle(void *ctx, int id, const char *arg, char *err,
    size_t errlen)
{
	(void)ctx;
	(void)id;
	(void)arg;
	snprintf(err, errlen, "unexpected");
	return -1;
}

/* "check_test LINE" (words split at spaces, 15 at most) into o. */
static inline void
test_parse_opts(struct snmp_opts *o, const char *line)
{
	static const struct opt_def none[] = {
		{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
	};
	static char buf[512];
	char *argv[16], *p, err[256] = "";
	int argc = 0;
	struct plugin_info pi = { "check_test", "test", "usage", none,
	    NULL, testopts_handle, NULL, NULL };

	snprintf(buf, sizeof(buf), "check_test %s", line);
	for (p = strtok(buf, " "); p != NULL && argc < 15; p = strtok(NULL, " "))
		argv[argc++] = p;
	argv[argc] = NULL;
	ck_assert_msg(options_parse(o, &pi, argc, argv, err, sizeof(err)) ==
	    OPT_RUN, "'%s': %s", line, err);
}

#endif
