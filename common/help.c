/* SPDX-License-Identifier: ISC */
/*
 * The layout of --help and --help-agent (help.h).  The shared options'
 * one-line summaries are here, beside the layout that prints them; their
 * full descriptions are options.c's, in the table the parser reads.
 */
#include <stdio.h>
#include <string.h>

#include "help.h"

/* Where a summary starts in --help's block of shared options. */
#define SUMMARY_COL	34

/*
 * A line for each shared option in --help (at most 80 - SUMMARY_COL
 * columns); --help-agent prints the descriptions of options.c.
 */
static const struct {
	const char	*lng;
	const char	*summary;
} summaries[] = {
	{ "hostname", "The agent: a name or address[:port]" },
	{ "port", "UDP port of the agent (default 161)" },
	{ "use-ipv4", "Use IPv4 only" },
	{ "use-ipv6", "Use IPv6 only" },
	{ "protocol", "SNMP version (default 2c)" },
	{ "community", "SNMPv1/v2c community (default public)" },
	{ "timeout", "Time budget of the run (default 10 s)" },
	{ "retries", "Retries inside -t (default 5)" },
	{ "seclevel", "SNMPv3 noAuthNoPriv, authNoPriv, authPriv" },
	{ "secname", "SNMPv3 user name" },
	{ "authproto", "SNMPv3 MD5, SHA (default), SHA-224...512" },
	{ "authpasswd", "SNMPv3 authentication password" },
	{ "authpasswd-file", "The authentication password from FILE" },
	{ "privproto", "SNMPv3 DES, AES (default), AES-192, AES-256" },
	{ "privpasswd", "SNMPv3 privacy password" },
	{ "privpasswd-file", "The privacy password from FILE" },
	{ "authkey", "Localized authentication key (net-snmp -3k)" },
	{ "privkey", "Localized privacy key (net-snmp -3K)" },
	{ "context", "SNMPv3 context name (default empty)" },
	{ "secengineid", "Agent's security engine ID: no discovery" },
	{ "contextengineid", "Context engine ID (default: the agent's)" },
	{ "cache-dir", "SNMPv3 engine and key cache (default off)" },
	{ "walk-file", "Answer from a recorded walk, not an agent" },
	{ "extra-opts", "Options from an ini file section" },
	{ "verbose", "More detail: -v, -vv requests, -vvv packets" },
	{ "help", "Print this help and exit" },
	{ "help-agent", "Print these options in detail and exit" },
	{ "version", "Print the version and exit" },
	{ "compat", "Take check_snmp 2.3.3's defaults" }
};

/* An option's spellings: " -w, --warning=RANGE", " --list". */
static void
spelling(char *buf, size_t cap, const struct opt_def *d)
{
	char shrt[8] = "";

	if (d->shrt != 0)
		snprintf(shrt, sizeof(shrt), " -%c,", d->shrt);
	snprintf(buf, cap, "%s --%s%s%s%s", shrt, d->lng,
	    d->arg == OPT_OPTARG ? "[=" : d->arg == OPT_ARG ? "=" : "",
	    d->argname != NULL ? d->argname : "",
	    d->arg == OPT_OPTARG ? "]" : "");
}

/* Every option of the table, each description line under it. */
static void
help_table(struct strbuf *sb, const struct opt_def *d)
{
	char head[96];
	const char *h, *nl;

	for (; d != NULL && d->lng != NULL; d++) {
		spelling(head, sizeof(head), d);
		sb_printf(sb, "%s\n", head);
		for (h = d->help; h != NULL && *h != '\0'; h = nl + 1) {
			nl = strchr(h, '\n');
			if (nl == NULL)
				nl = h + strlen(h);
			sb_add(sb, "    ");
			sb_addn(sb, h, (size_t)(nl - h));
			sb_add(sb, "\n");
			if (*nl == '\0')
				break;
		}
	}
}

static const char *
summary(const char *lng)
{
	size_t i;

	for (i = 0; i < sizeof(summaries) / sizeof(summaries[0]); i++) {
		if (strcmp(summaries[i].lng, lng) == 0)
			return summaries[i].summary;
	}
	return "";
}

/* Every option of the table on a line of its own, with its summary. */
static void
help_compact(struct strbuf *sb, const struct opt_def *d)
{
	char head[96];

	for (; d != NULL && d->lng != NULL; d++) {
		spelling(head, sizeof(head), d);
		sb_printf(sb, "%-*s%s\n", SUMMARY_COL, head, summary(d->lng));
	}
}

/*
 * The words of text after head, in lines of at most 80 columns, the
 * following ones indented by indent spaces; a bracketed group ("[-w
 * RANGE]") stays whole.
 */
static void
help_wrap(struct strbuf *sb, const char *head, const char *text,
    size_t indent)
{
	const char *w = text, *e;
	size_t col, len;

	sb_add(sb, head);
	col = strlen(head);
	while (*w != '\0') {
		while (*w == ' ')
			w++;
		/* a bracketed group stays whole: "[-w RANGE]" */
		for (e = w; *e != '\0' && (*e != ' ' || (e > w && *w == '[' &&
		    memchr(w, ']', (size_t)(e - w)) == NULL)); e++)
			;
		if ((len = (size_t)(e - w)) == 0)
			break;
		if (col > 0 && col + 1 + len > 80) {
			sb_printf(sb, "\n%*s", (int)indent, "");
			col = indent;
		} else if (col > 0) {
			sb_add(sb, " ");
			col++;
		}
		sb_addn(sb, w, len);
		col += len;
		w = e;
	}
	sb_add(sb, "\n");
}

/*
 * --help: the plugin's own options, notes and examples first; the options
 * every plugin shares after them, a line each (issue 18: they were 70
 * lines ahead of the plugin's own).
 */
static void
help_plugin(const struct plugin_info *pi, struct strbuf *sb)
{
	char head[128];

	help_wrap(sb, "", pi->purpose, 0);
	snprintf(head, sizeof(head), "Usage: %s", pi->name);
	sb_add(sb, "\n");
	help_wrap(sb, head, pi->usage, 7);
	sb_add(sb, "\nCheck options:\n");
	help_table(sb, pi->opts);
	if (pi->notes != NULL)
		sb_printf(sb, "\n%s", pi->notes);
	sb_add(sb, "\nAgent and protocol (every plugin's; --help-agent "
	    "describes them):\n");
	help_compact(sb, options_shared());
	help_compact(sb, options_compat(pi));
}

/* --help-agent: the shared options, each with its whole description. */
static void
help_agent(const struct plugin_info *pi, struct strbuf *sb)
{
	char text[160];

	snprintf(text, sizeof(text), "The options every plugin shares, in "
	    "detail (%s --help: its own).", pi->name);
	help_wrap(sb, "", text, 0);
	sb_add(sb, "\nAgent and protocol:\n");
	help_table(sb, options_shared());
	help_table(sb, options_compat(pi));
}

void
help_print(const struct plugin_info *pi, int kind, struct strbuf *sb)
{
	sb_printf(sb, "%s (snmp-plugins %s)\n", pi->name,
	    SNMP_PLUGINS_VERSION);
	if (kind == HELP_AGENT)
		help_agent(pi, sb);
	else
		help_plugin(pi, sb);
}
