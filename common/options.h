/* SPDX-License-Identifier: ISC */
/*
 * Command-line options: the ones every plugin shares (agent, protocol,
 * community, time budget, verbosity, --extra-opts, --walk-file) and what
 * a row of each plugin's own option table (struct opt_def, cmdline.h)
 * does with its argument; the parser reads the tables, --help prints
 * them.
 */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stddef.h>

#include <stdint.h>

#include "cmdline.h"
#include "extraopts.h"
#include "strbuf.h"

/*
 * What a plugin option does with its argument.  OPT_CALL hands it to the
 * plugin's handler with the option's id; the others store it in the
 * plugin's context (plugin_info.ctx) at offset off: OPT_SET an int 1,
 * OPT_TEXT the argument (const char *), OPT_STATE a Nagios state (int;
 * "Invalid state ..." otherwise), OPT_SELECT one option of the selection
 * family (struct select_opts; id is an enum select_opt).
 */
enum opt_kind {
	OPT_CALL = 0,
	OPT_SET,
	OPT_TEXT,
	OPT_STATE,
	OPT_SELECT
};

#define OPT_PLUGIN_BASE	1000

/* Parse results. */
enum opt_result {
	OPT_RUN = 0,
	OPT_HELP = 1,
	OPT_VERSION = 2,
	OPT_HELP_AGENT = 3
};

struct snmp_opts {
	const char	*host;
	int		 port;
	int		 family;	/* enum udp_family */
	int		 version;	/* enum snmp_version */
	const char	*community;
	long		 timeout_ms;
	int		 timeout_state;
	int		 retries;
	int		 verbose;
	const char	*walkfile;
	/* SNMPv3: secrets are copied here and wiped from argv */
	int		 level;		/* -1: not given */
	const char	*user;
	int		 auth;		/* enum usm_auth, -1: default */
	int		 priv;		/* enum usm_priv, -1: default */
	char		 auth_pass[256];
	char		 priv_pass[256];
	uint8_t		 auth_key[64];	/* --authkey (localized, hex) */
	size_t		 auth_key_len;
	uint8_t		 priv_key[64];	/* --privkey (localized, hex) */
	size_t		 priv_key_len;
	const char	*context;
	uint8_t		 sec_engine[32];
	size_t		 sec_engine_len;
	uint8_t		 ctx_engine[32];
	size_t		 ctx_engine_len;
	const char	*cache_dir;	/* --cache-dir, NULL: no v3 cache */
	struct extraopts extra;		/* owned: what --extra-opts read */
	const char	*compat;	/* "check_snmp" under that name, else NULL */
};

/*
 * A plugin option handler: the context, the option's id, its argument ("" for
 * an option without one, never NULL); returns 0, or -1 with a message in err.
 */
typedef int	opt_handler(void *, int, const char *, char *, size_t);

struct plugin_info {
	const char		*name;		/* check_snmp_value */
	const char		*purpose;	/* one line */
	const char		*usage;		/* synopsis after the name */
	const struct opt_def	*opts;		/* terminated by lng == NULL */
	const char		*notes;		/* after the options */
	opt_handler		*handle;
	void			*ctx;
	const char		*service;	/* status line word; NULL: SNMP */
};

#define SNMP_PLUGINS_VERSION	"0.1.0"

/*
 * Parse argv.  Returns enum opt_result, or -1 with a message in err that
 * names the offending option.  check_snmp_value run as check_snmp (a
 * symbolic link of that name, or --compat=check_snmp on the command line)
 * takes check_snmp 2.3.3's defaults: SNMPv1, MD5, DES, noAuthNoPriv
 * whatever secrets are given, --extra-opts section [check_snmp]; o->compat
 * is then "check_snmp".
 */
int	options_parse(struct snmp_opts *, const struct plugin_info *, int,
	    char **, char *, size_t);
void	options_free(struct snmp_opts *);
/*
 * For --help (help.c): the options every plugin shares, and the
 * compatibility options of pi (NULL when it has none).
 */
const struct opt_def *options_shared(void);
const struct opt_def *options_compat(const struct plugin_info *);
/*
 * Split a list the way check_snmp reads -o, -l, -u, -w: fields separated
 * by commas (and spaces too with spaces; empty fields are then dropped),
 * double quotes protecting commas and removed.  Modifies s; returns the
 * number of fields put in out, at most max (a caller that allows N asks
 * for N + 1 to see that there were more).
 */
size_t	options_split(char *, char **, size_t, int);
/* Strict integer in [min, max]; -1 on any junk. */
int	options_int(const char *, long, long, long *);
/*
 * Call fn(ctx, token, err, errlen) on each comma-separated token of list
 * (empty ones skipped; the token may be changed): the number of tokens,
 * or -1 when fn returns -1 or list has max octets or more ("Invalid WHAT:
 * too long" in err).  max is at most OPTIONS_LIST_MAX.
 */
#define OPTIONS_LIST_MAX	2048
typedef int	options_token_fn(void *, char *, char *, size_t);
int	options_each(const char *list, size_t max, const char *what,
	    options_token_fn *, void *, char *, size_t);

#endif
