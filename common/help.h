/* SPDX-License-Identifier: ISC */
/*
 * --help and --help-agent, laid out from the option tables the parser
 * reads (options.h), so that they cannot drift from it.  --help: the
 * plugin's purpose, usage, own options, notes and examples, then the
 * options every plugin shares, one line each; --help-agent: those shared
 * options with their whole descriptions.  No line is over 80 columns.
 */
#ifndef HELP_H
#define HELP_H

#include "options.h"
#include "strbuf.h"

enum help_kind {
	HELP_PLUGIN = 0,	/* --help */
	HELP_AGENT = 1		/* --help-agent */
};

/* The help of kind (enum help_kind) for the plugin pi, into sb. */
void	help_print(const struct plugin_info *, int, struct strbuf *);

#endif
