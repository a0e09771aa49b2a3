/* SPDX-License-Identifier: ISC */
/*
 * The options every plugin shares, checked and stored in struct
 * snmp_opts; a plugin's own options, stored by their kind or handed to
 * the plugin; the compatibility profile; --help.  The command line is
 * read by cmdline.c, after extraopts.c has merged the --extra-opts
 * sections into it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "snmp.h"

#include "net.h"
#include "options.h"
#include "pdu.h"
#include "select.h"
#include "state.h"
#include "usm.h"
#include "wipe.h"

enum {
	ID_HOST = 1, ID_PORT, ID_V4, ID_V6, ID_PROTO, ID_COMMUNITY, ID_TIMEOUT,
	ID_RETRIES, ID_VERBOSE, ID_HELP, ID_VERSION, ID_EXTRA, ID_WALKFILE,
	ID_LEVEL, ID_USER, ID_AUTHPROTO, ID_AUTHPASS, ID_PRIVPROTO, ID_PRIVPASS,
	ID_CONTEXT, ID_SECENGINE, ID_CTXENGINE, ID_AUTHKEY, ID_PRIVKEY,
	ID_AUTHFILE, ID_PRIVFILE, ID_COMPAT, ID_HELP_AGENT, ID_CACHEDIR
};

static const struct opt_def shared_opts[] = {
	{ "hostname", 'H', OPT_ARG, "ADDRESS",
	  "Agent: a host name, IPv4 or IPv6 address, [IPv6]:port or host:port,\n"
	  "optionally prefixed udp: or udp6:", ID_HOST, OPT_CALL, 0 },
	{ "port", 'p', OPT_ARG, "PORT", "UDP port of the agent (default 161)",
	  ID_PORT, OPT_CALL, 0 },
	{ "use-ipv4", '4', OPT_NOARG, NULL, "Use IPv4 only", ID_V4, OPT_CALL, 0 },
	{ "use-ipv6", '6', OPT_NOARG, NULL, "Use IPv6 only", ID_V6, OPT_CALL, 0 },
	{ "protocol", 'P', OPT_ARG, "1|2c|3", "SNMP version (default 2c)",
	  ID_PROTO, OPT_CALL, 0 },
	{ "community", 'C', OPT_ARG, "STRING",
	  "Community string for SNMPv1/v2c (default public)", ID_COMMUNITY, OPT_CALL, 0 },
	{ "timeout", 't', OPT_ARG, "SECONDS[:STATE]",
	  "Time budget of the whole run, retries included (default 10);\n"
	  "STATE (OK, WARNING, CRITICAL, UNKNOWN) is reported on timeout\n"
	  "instead of UNKNOWN", ID_TIMEOUT, OPT_CALL, 0 },
	{ "retries", 'e', OPT_ARG, "N",
	  "Retries inside the time budget (default 5, at most 100); every\n"
	  "try waits its share of -t, at least 0.1 s (and at least three\n"
	  "round trips once the agent has answered); tries that do not fit\n"
	  "in -t are not sent", ID_RETRIES, OPT_CALL, 0 },
	{ "seclevel", 'L', OPT_ARG, "LEVEL",
	  "SNMPv3 security level: noAuthNoPriv, authNoPriv or authPriv\n"
	  "(default: authPriv with -X, authNoPriv with -A, else noAuthNoPriv)",
	  ID_LEVEL, OPT_CALL, 0 },
	{ "secname", 'U', OPT_ARG, "USER", "SNMPv3 user name", ID_USER, OPT_CALL, 0 },
	{ "authproto", 'a', OPT_ARG, "PROTO",
	  "SNMPv3 authentication: MD5, SHA (SHA-1, the default), SHA-224,\n"
	  "SHA-256, SHA-384, SHA-512 (with or without the dash, any case)",
	  ID_AUTHPROTO, OPT_CALL, 0 },
	{ "authpasswd", 'A', OPT_ARG, "PASSWORD",
	  "SNMPv3 authentication password (at least 8 characters); visible in\n"
	  "ps until the plugin starts: prefer --authpasswd-file, the\n"
	  "SNMP_AUTH_PASSWORD environment variable or --extra-opts",
	  ID_AUTHPASS, OPT_CALL, 0 },
	{ "authpasswd-file", 0, OPT_ARG, "FILE",
	  "Read the authentication password from the first line of FILE",
	  ID_AUTHFILE, OPT_CALL, 0 },
	{ "privproto", 'x', OPT_ARG, "PROTO",
	  "SNMPv3 privacy: DES, AES (AES-128, the default), AES-192, AES-256\n"
	  "(Blumenthal key extension), AES-192-C, AES-256-C (Reeder, \"Cisco\")",
	  ID_PRIVPROTO, OPT_CALL, 0 },
	{ "privpasswd", 'X', OPT_ARG, "PASSWORD",
	  "SNMPv3 privacy password; also --privpasswd-file or the\n"
	  "SNMP_PRIV_PASSWORD environment variable", ID_PRIVPASS, OPT_CALL, 0 },
	{ "privpasswd-file", 0, OPT_ARG, "FILE",
	  "Read the privacy password from the first line of FILE", ID_PRIVFILE, OPT_CALL, 0 },
	{ "authkey", 0, OPT_ARG, "HEX",
	  "Localized authentication key instead of a password (as net-snmp -3k)",
	  ID_AUTHKEY, OPT_CALL, 0 },
	{ "privkey", 0, OPT_ARG, "HEX",
	  "Localized privacy key instead of a password (as net-snmp -3K)",
	  ID_PRIVKEY, OPT_CALL, 0 },
	{ "context", 'N', OPT_ARG, "CONTEXT", "SNMPv3 context name (default empty)",
	  ID_CONTEXT, OPT_CALL, 0 },
	{ "secengineid", 0, OPT_ARG, "HEX",
	  "Agent's security engine ID: skips discovery", ID_SECENGINE, OPT_CALL, 0 },
	{ "contextengineid", 0, OPT_ARG, "HEX",
	  "Context engine ID (default: the security engine ID)", ID_CTXENGINE, OPT_CALL, 0 },
	{ "cache-dir", 0, OPT_ARG, "DIR",
	  "SNMPv3 (authNoPriv, authPriv): keep each agent's engine ID, clock\n"
	  "and localized keys (never the passwords) in DIR, so that a later\n"
	  "run sends one request, without discovery or the password hash; a\n"
	  "changed engine or clock is rediscovered within -t.  Off unless\n"
	  "given.  DIR is created mode 0700; it and its files (0600) must be\n"
	  "the running user's and closed to others, else the cache is ignored\n"
	  "(-v says why).  As secret as the passwords", ID_CACHEDIR, OPT_CALL, 0 },
	{ "walk-file", 0, OPT_ARG, "FILE",
	  "Answer from a recorded walk (snmpwalk -On output or .snmprec)\n"
	  "instead of an agent; -H is then not needed", ID_WALKFILE, OPT_CALL, 0 },
	{ "extra-opts", 0, OPT_OPTARG, "[SECTION][@FILE]",
	  "Read options from an ini file section (default section: the plugin\n"
	  "name; default file: $MP_CONFIG_FILE or plugins.ini in\n"
	  "/etc/nagios, /usr/local/etc/nagios, /etc/monitoring-plugins)",
	  ID_EXTRA, OPT_CALL, 0 },
	{ "verbose", 'v', OPT_NOARG, NULL,
	  "More detail: -v adds lines, -vv shows each request, -vvv dumps\n"
	  "packets in hex (community redacted)", ID_VERBOSE, OPT_CALL, 0 },
	{ "help", 'h', OPT_NOARG, NULL, "Print this help and exit", ID_HELP, OPT_CALL, 0 },
	{ "help-agent", 0, OPT_NOARG, NULL,
	  "Print these options of every plugin in detail and exit",
	  ID_HELP_AGENT, OPT_CALL, 0 },
	{ "version", 'V', OPT_NOARG, NULL, "Print the version and exit",
	  ID_VERSION, OPT_CALL, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

int
options_int(const char *s, long min, long max, long *out)
{
	long v = 0;
	int neg = 0;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		if (v > (1L << 40))
			return -1;
		v = v * 10 + (*s - '0');
	}
	if (neg)
		v = -v;
	if (v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int
options_each(const char *list, size_t max, const char *what,
    options_token_fn *fn, void *ctx, char *err, size_t errlen)
{
	char buf[OPTIONS_LIST_MAX], *tok, *save;
	int n = 0;

	if (strlen(list) >= max || strlen(list) >= sizeof(buf)) {
		snprintf(err, errlen, "Invalid %s: too long", what);
		return -1;
	}
	memcpy(buf, list, strlen(list) + 1);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save), n++) {
		if (fn(ctx, tok, err, errlen) < 0)
			return -1;
	}
	return n;
}

static int
parse_timeout(struct snmp_opts *o, const char *arg, char *err, size_t errlen)
{
	char buf[64], *colon;
	struct num n;
	double d;

	if (strlen(arg) >= sizeof(buf))
		goto bad;
	memcpy(buf, arg, strlen(arg) + 1);
	if ((colon = strchr(buf, ':')) != NULL) {
		*colon = '\0';
		if ((o->timeout_state = state_parse(colon + 1)) < 0)
			goto bad;
	}
	if (num_parse(&n, buf) != 0)
		goto bad;
	d = num_to_double(&n);
	if (d < 0.1 || d > 3600)
		goto bad;
	o->timeout_ms = (long)(d * 1000 + 0.5);
	return 0;
bad:
	snprintf(err, errlen, "Invalid timeout '%s': expected SECONDS (0.1 to "
	    "3600) with an optional :STATE (OK, WARNING, CRITICAL, UNKNOWN)",
	    arg);
	return -1;
}

/* Hide a secret from ps: argv memory is what /proc/PID/cmdline shows. */
static void
hide(const char *arg)
{
	size_t n = strlen(arg);

	memset((char *)(uintptr_t)arg, 'x', n);
}

static int
copy_secret(char *dst, size_t cap, const char *arg, const char *what,
    char *err, size_t errlen)
{
	size_t n = strlen(arg);

	if (n >= cap) {
		snprintf(err, errlen, "%s too long (at most %zu characters)",
		    what, cap - 1);
		return -1;
	}
	memcpy(dst, arg, n + 1);
	hide(arg);
	return 0;
}

static int
read_secret(char *dst, size_t cap, const char *path, const char *what,
    char *err, size_t errlen)
{
	FILE *f;
	size_t n;

	if ((f = fopen(path, "re")) == NULL) {
		snprintf(err, errlen, "Cannot read the %s file %s: %s", what,
		    path, strerror(errno));
		return -1;
	}
	if (fgets(dst, (int)cap, f) == NULL)
		dst[0] = '\0';
	fclose(f);
	n = strcspn(dst, "\r\n");
	dst[n] = '\0';
	if (n == 0) {
		snprintf(err, errlen, "The %s file %s is empty", what, path);
		return -1;
	}
	return 0;
}

static int
parse_hex(const char *arg, uint8_t *out, size_t cap, size_t *len,
    const char *what, char *err, size_t errlen)
{
	size_t n = 0;
	int hi = -1, v;
	const char *p = arg;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2;
	for (; *p != '\0'; p++) {
		if (*p == ':' || *p == ' ')
			continue;
		v = (*p >= '0' && *p <= '9') ? *p - '0' :
		    (*p >= 'a' && *p <= 'f') ? *p - 'a' + 10 :
		    (*p >= 'A' && *p <= 'F') ? *p - 'A' + 10 : -1;
		if (v < 0 || (hi < 0 && n >= cap))
			goto bad;
		if (hi < 0)
			hi = v;
		else {
			out[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	if (hi >= 0 || n == 0)
		goto bad;
	*len = n;
	return 0;
bad:
	snprintf(err, errlen, "Invalid %s: expected 1 to %zu octets in hex",
	    what, cap);
	return -1;
}

/* -L into *level: 0 noAuthNoPriv, 1 authNoPriv, 2 authPriv. */
static int
parse_level(const char *arg, int *level, char *err, size_t errlen)
{
	if (strcasecmp(arg, "noAuthNoPriv") == 0)
		*level = 0;
	else if (strcasecmp(arg, "authNoPriv") == 0)
		*level = 1;
	else if (strcasecmp(arg, "authPriv") == 0)
		*level = 2;
	else {
		snprintf(err, errlen, "Invalid security level '%s': "
		    "expected noAuthNoPriv, authNoPriv or authPriv", arg);
		return -1;
	}
	return 0;
}

/*
 * The SNMPv3 secrets: passwords, from the command line (then hidden from
 * ps) or a file, and localized keys (hidden too).
 */
static int
shared_secret(struct snmp_opts *o, int id, const char *arg, char *err,
    size_t errlen)
{
	switch (id) {
	case ID_AUTHPASS:
		return copy_secret(o->auth_pass, sizeof(o->auth_pass), arg,
		    "Authentication password", err, errlen);
	case ID_PRIVPASS:
		return copy_secret(o->priv_pass, sizeof(o->priv_pass), arg,
		    "Privacy password", err, errlen);
	case ID_AUTHFILE:
		return read_secret(o->auth_pass, sizeof(o->auth_pass), arg,
		    "authentication password", err, errlen);
	case ID_PRIVFILE:
		return read_secret(o->priv_pass, sizeof(o->priv_pass), arg,
		    "privacy password", err, errlen);
	case ID_AUTHKEY:
		if (parse_hex(arg, o->auth_key, sizeof(o->auth_key),
		    &o->auth_key_len, "--authkey", err, errlen) < 0)
			return -1;
		hide(arg);
		break;
	case ID_PRIVKEY:
		if (parse_hex(arg, o->priv_key, sizeof(o->priv_key),
		    &o->priv_key_len, "--privkey", err, errlen) < 0)
			return -1;
		hide(arg);
		break;
	}
	return 0;
}

/* The SNMPv3 user, level, protocols, context and engines; then secrets. */
static int
shared_v3(struct snmp_opts *o, int id, const char *arg, char *err,
    size_t errlen)
{
	switch (id) {
	case ID_LEVEL:
		return parse_level(arg, &o->level, err, errlen);
	case ID_USER:
		if (strlen(arg) == 0 || strlen(arg) > 32) {
			snprintf(err, errlen, "Invalid user name: 1 to 32 "
			    "characters (RFC 3414)");
			return -1;
		}
		o->user = arg;
		break;
	case ID_AUTHPROTO:
		if ((o->auth = usm_auth_parse(arg)) < 0) {
			snprintf(err, errlen, "Unknown authentication protocol "
			    "'%s': expected MD5, SHA, SHA-224, SHA-256, SHA-384 "
			    "or SHA-512", arg);
			return -1;
		}
		break;
	case ID_PRIVPROTO:
		if ((o->priv = usm_priv_parse(arg)) < 0) {
			snprintf(err, errlen, "Unknown privacy protocol '%s': "
			    "expected DES, AES, AES-192, AES-256, AES-192-C or "
			    "AES-256-C", arg);
			return -1;
		}
		break;
	case ID_CONTEXT:
		if (strlen(arg) > 32) {
			snprintf(err, errlen, "Context name too long (at most "
			    "32 characters)");
			return -1;
		}
		o->context = arg;
		break;
	case ID_SECENGINE:
		return parse_hex(arg, o->sec_engine, sizeof(o->sec_engine),
		    &o->sec_engine_len, "--secengineid", err, errlen);
	case ID_CTXENGINE:
		return parse_hex(arg, o->ctx_engine, sizeof(o->ctx_engine),
		    &o->ctx_engine_len, "--contextengineid", err, errlen);
	default:
		return shared_secret(o, id, arg, err, errlen);
	}
	return 0;
}

/* Defaults and consistency of the SNMPv3 options once all are read. */
static int
check_v3(struct snmp_opts *o, char *err, size_t errlen)
{
	const char *env;

	/* the environment is read for SNMPv3 only: nothing else uses it */
	if (o->version != SNMP_V3)
		return 0;
	if (o->auth_pass[0] == '\0' && (env = getenv("SNMP_AUTH_PASSWORD"))
	    != NULL && copy_secret(o->auth_pass, sizeof(o->auth_pass), env,
	    "SNMP_AUTH_PASSWORD", err, errlen) < 0)
		return -1;
	if (o->priv_pass[0] == '\0' && (env = getenv("SNMP_PRIV_PASSWORD"))
	    != NULL && copy_secret(o->priv_pass, sizeof(o->priv_pass), env,
	    "SNMP_PRIV_PASSWORD", err, errlen) < 0)
		return -1;
	if (o->user == NULL) {
		snprintf(err, errlen, "SNMPv3 needs a user name (-U)");
		return -1;
	}
	if (o->level < 0)
		o->level = o->priv_pass[0] != '\0' || o->priv_key_len > 0 ? 2 :
		    o->auth_pass[0] != '\0' || o->auth_key_len > 0 ? 1 : 0;
	if (o->auth < 0)
		o->auth = USM_AUTH_SHA1;
	if (o->priv < 0)
		o->priv = USM_PRIV_AES128;
	if (o->level >= 1) {
		if (o->auth_pass[0] == '\0' && o->auth_key_len == 0) {
			snprintf(err, errlen, "-L %s needs an authentication "
			    "password (-A, --authpasswd-file, "
			    "SNMP_AUTH_PASSWORD) or --authkey", o->level == 2 ?
			    "authPriv" : "authNoPriv");
			return -1;
		}
		if (o->auth_pass[0] != '\0' &&
		    strlen(o->auth_pass) < USM_MIN_PASSWORD) {
			snprintf(err, errlen, "The authentication password "
			    "must have at least %d characters (RFC 3414 §11.2)",
			    USM_MIN_PASSWORD);
			return -1;
		}
		if (o->auth_key_len > 0 &&
		    o->auth_key_len != usm_key_len(o->auth)) {
			snprintf(err, errlen, "--authkey must have %zu octets "
			    "for %s", usm_key_len(o->auth),
			    usm_auth_name(o->auth));
			return -1;
		}
	}
	if (o->level == 2) {
		if (o->priv_pass[0] == '\0' && o->priv_key_len == 0) {
			snprintf(err, errlen, "-L authPriv needs a privacy "
			    "password (-X, --privpasswd-file, "
			    "SNMP_PRIV_PASSWORD) or --privkey");
			return -1;
		}
		if (o->priv_pass[0] != '\0' &&
		    strlen(o->priv_pass) < USM_MIN_PASSWORD) {
			snprintf(err, errlen, "The privacy password must have at "
			    "least %d characters (RFC 3414 §11.2)",
			    USM_MIN_PASSWORD);
			return -1;
		}
		if (o->priv_key_len > 0 && o->priv_key_len < 16) {
			snprintf(err, errlen, "--privkey must have at least 16 "
			    "octets");
			return -1;
		}
	}
	return 0;
}

static int
shared(struct snmp_opts *o, int id, const char *arg, char *err, size_t errlen)
{
	long v;

	switch (id) {
	case ID_HOST:
		o->host = arg;
		break;
	case ID_PORT:
		if (options_int(arg, 1, 65535, &v) < 0) {
			snprintf(err, errlen, "Invalid port '%s': expected "
			    "1 to 65535", arg);
			return -1;
		}
		o->port = (int)v;
		break;
	case ID_V4:
		o->family = UDP_INET4;
		break;
	case ID_V6:
		o->family = UDP_INET6;
		break;
	case ID_PROTO:
		if (strcmp(arg, "1") == 0)
			o->version = SNMP_V1;
		else if (strcasecmp(arg, "2c") == 0 || strcmp(arg, "2") == 0)
			o->version = SNMP_V2C;
		else if (strcmp(arg, "3") == 0)
			o->version = SNMP_V3;
		else {
			snprintf(err, errlen, "Invalid protocol '%s': expected "
			    "1, 2c or 3", arg);
			return -1;
		}
		break;
	case ID_COMMUNITY:
		o->community = arg;
		break;
	case ID_TIMEOUT:
		return parse_timeout(o, arg, err, errlen);
	case ID_RETRIES:
		if (options_int(arg, 0, 100, &v) < 0) {
			snprintf(err, errlen, "Invalid retries '%s': expected "
			    "0 to 100", arg);
			return -1;
		}
		o->retries = (int)v;
		break;
	case ID_VERBOSE:
		o->verbose++;
		break;
	case ID_WALKFILE:
		o->walkfile = arg;
		break;
	case ID_CACHEDIR:
		o->cache_dir = arg;
		break;
	default:
		return shared_v3(o, id, arg, err, errlen);
	}
	return 0;
}

/*
 * A program a plugin stands in for: run under its name (a symbolic link)
 * or with --compat=NAME, the plugin takes that program's defaults, so
 * that its existing command lines (Icinga 2's ITL "snmp" without -P, a
 * v3 user given without -a/-x) keep their meaning.
 */
static const struct compat {
	const char	*name;
	const char	*plugin;
	int		 version, auth, priv, level;
} compats[] = {
	/* monitoring-plugins 2.3.3: DEFAULT_PROTOCOL "1", MD5, DES, and
	 * noAuthNoPriv unless -L says otherwise */
	{ "check_snmp", "check_snmp_value", SNMP_V1, USM_AUTH_MD5,
	    USM_PRIV_DES, 0 },
};

/* --compat, for the plugins that have a profile (read before the rest). */
static const struct opt_def compat_opts[] = {
	{ "compat", 0, OPT_ARG, "check_snmp",
	  "Take check_snmp 2.3.3's defaults, as when run under the name\n"
	  "check_snmp (a symbolic link): SNMPv1, MD5, DES, noAuthNoPriv\n"
	  "unless -L, --extra-opts section [check_snmp]", ID_COMPAT, OPT_CALL,
	  0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

/* 1 if the plugin stands in for another program. */
static int
has_compat(const char *plugin)
{
	size_t i;

	for (i = 0; i < sizeof(compats) / sizeof(compats[0]); i++) {
		if (strcmp(compats[i].plugin, plugin) == 0)
			return 1;
	}
	return 0;
}

/*
 * The profile for this run: --compat=NAME, else argv[0]'s base name.
 * -1 with a message for a --compat this plugin does not know.
 */
static int
find_compat(const char *plugin, int argc, char **argv,
    const struct compat **cp, char *err, size_t errlen)
{
	const char *name = argc > 0 ? argv[0] : "", *opt = NULL, *p;
	size_t i;
	int k;

	/*
	 * The base name from the end: strlen() is fast in both C libraries,
	 * musl's strrchr() a byte loop over the whole path, twice.
	 */
	for (p = name + strlen(name); p > name && p[-1] != '/'; p--)
		;
	name = p;
	for (k = 1; k < argc; k++) {
		/* the cheap test first: most words are no long option */
		if (argv[k][0] != '-' || argv[k][1] != '-')
			continue;
		if (argv[k][2] == '\0')
			break;		/* "--" ends the options */
		if (strncmp(argv[k], "--compat=", 9) == 0)
			name = opt = argv[k] + 9;
		else if (strcmp(argv[k], "--compat") == 0 && k + 1 < argc)
			name = opt = argv[k + 1];
	}
	*cp = NULL;
	for (i = 0; i < sizeof(compats) / sizeof(compats[0]); i++) {
		if (strcmp(compats[i].name, name) == 0 &&
		    strcmp(compats[i].plugin, plugin) == 0)
			*cp = &compats[i];
	}
	if (*cp == NULL && opt != NULL) {
		snprintf(err, errlen, "Unknown --compat '%s' for %s (known: "
		    "check_snmp for check_snmp_value)", opt, plugin);
		return -1;
	}
	return 0;
}

#define NSHARED	(sizeof(shared_opts) / sizeof(shared_opts[0]) - 1)

static int
is_shared(const struct opt_def *d)
{
	return d >= shared_opts && d < shared_opts + NSHARED;
}

/* A plugin option: stored by its kind, or handed to the plugin. */
static int
plugin_option(const struct plugin_info *pi, const struct opt_def *d,
    const char *arg, char *err, size_t errlen)
{
	char *field = (char *)pi->ctx + d->off, name[64];
	int s;

	switch (d->kind) {
	case OPT_SET:
		*(int *)(void *)field = 1;
		return 0;
	case OPT_TEXT:
		*(const char **)(void *)field = arg;
		return 0;
	case OPT_STATE:
		if ((s = state_parse(arg)) < 0) {
			if (d->shrt != 0)
				snprintf(name, sizeof(name), "-%c", d->shrt);
			else
				snprintf(name, sizeof(name), "--%s", d->lng);
			snprintf(err, errlen, "Invalid state '%s' for %s: "
			    "expected 0-3 or OK, WARNING, CRITICAL, UNKNOWN",
			    arg, name);
			return -1;
		}
		*(int *)(void *)field = s;
		return 0;
	case OPT_SELECT:
		return select_option((struct select_opts *)(void *)field,
		    d->id, arg, err, errlen);
	}
	return pi->handle(pi->ctx, d->id, arg, err, errlen);
}

static void
defaults(struct snmp_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->port = 161;
	o->version = SNMP_V2C;
	o->community = "public";
	o->timeout_ms = 10000;
	o->timeout_state = STATE_UNKNOWN;
	o->retries = 5;
	o->level = o->auth = o->priv = -1;
	o->context = "";
}

int
options_parse(struct snmp_opts *o, const struct plugin_info *pi, int argc,
    char **argv, char *err, size_t errlen)
{
	struct cmdline cl;
	const struct opt_def *tables[CMDLINE_TABLES], *d;
	const struct compat *cp;
	const char *arg;
	int rc, result = OPT_RUN;

	defaults(o);
	if (find_compat(pi->name, argc, argv, &cp, err, errlen) < 0)
		return -1;
	if (cp != NULL) {
		o->compat = cp->name;
		o->version = cp->version;
		o->auth = cp->auth;
		o->priv = cp->priv;
		o->level = cp->level;
	}
	if (extraopts_expand(&o->extra, cp != NULL ? cp->name : pi->name,
	    &argc, &argv, err, errlen) < 0)
		return -1;
	tables[0] = shared_opts;
	tables[1] = pi->opts;
	tables[2] = has_compat(pi->name) ? compat_opts : NULL;
	cmdline_start(&cl, argc, argv, tables);
	while ((rc = cmdline_next(&cl, &d, &arg, err, errlen)) > 0) {
		if (d == compat_opts)
			continue;	/* --compat was read first */
		if (!is_shared(d)) {
			if (plugin_option(pi, d, arg, err, errlen) < 0)
				return -1;
		} else if (d->id == ID_HELP)
			result = OPT_HELP;
		else if (d->id == ID_HELP_AGENT)
			result = OPT_HELP_AGENT;
		else if (d->id == ID_VERSION) {
			if (result == OPT_RUN)
				result = OPT_VERSION;
		} else if (shared(o, d->id, arg, err, errlen) < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (result != OPT_RUN)
		return result;
	if (cl.stray != 0) {
		snprintf(err, errlen, "Unexpected argument '%s' (see --help)",
		    argv[cl.stray]);
		return -1;
	}
	if (check_v3(o, err, errlen) < 0)
		return -1;
	if (o->host == NULL && o->walkfile == NULL) {
		snprintf(err, errlen, "No agent given: use -H HOST (or "
		    "--walk-file FILE)");
		return -1;
	}
	if (o->host != NULL && o->walkfile != NULL) {
		snprintf(err, errlen, "-H and --walk-file exclude each other");
		return -1;
	}
	return OPT_RUN;
}

void
options_free(struct snmp_opts *o)
{
	extraopts_free(&o->extra);
	/* the buffers that held a secret: a run without SNMPv3 has none */
	if (o->auth_pass[0] != '\0')
		crypto_wipe(o->auth_pass, sizeof(o->auth_pass));
	if (o->priv_pass[0] != '\0')
		crypto_wipe(o->priv_pass, sizeof(o->priv_pass));
	if (o->auth_key_len > 0)
		crypto_wipe(o->auth_key, sizeof(o->auth_key));
	if (o->priv_key_len > 0)
		crypto_wipe(o->priv_key, sizeof(o->priv_key));
}

const struct opt_def *
options_shared(void)
{
	return shared_opts;
}

const struct opt_def *
options_compat(const struct plugin_info *pi)
{
	return has_compat(pi->name) ? compat_opts : NULL;
}

size_t
options_split(char *s, char **out, size_t max, int spaces)
{
	size_t n = 0;
	char *w, *start = s;
	int quoted = 0;

	/* nothing moves before the first quote or separator: skip to it */
	while (*s != '\0' && *s != '"' && *s != ',' && (!spaces || *s != ' '))
		s++;
	for (w = s;; s++) {
		if (*s == '"') {
			quoted = !quoted;
			continue;
		}
		if (*s == '\0' || (!quoted && (*s == ',' ||
		    (spaces && *s == ' ')))) {
			int end = *s == '\0';

			*w = '\0';
			if (n < max && (!spaces || *start != '\0'))
				out[n++] = start;
			if (end)
				break;
			start = w = s + 1;
			continue;
		}
		*w++ = *s;
	}
	return n;
}
