/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover, the configuration: Icinga 2 objects and Nagios
 * definitions for the commands of contrib/icinga2 and contrib/nagios,
 * every string quoted the way its reader wants.
 */
#include <stdio.h>
#include <string.h>

#include "discover.h"
#include "usm.h"

/*
 * An Icinga 2 string: quotes and backslashes escaped, '$' doubled (every
 * custom variable is macro-expanded where a command uses it).
 */
static void
i2_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else if (*s == '$')
			fputs("$$", fp);
		else if ((unsigned char)*s < 32)
			fputc(' ', fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

static void
i2_var(FILE *fp, const char *name, const char *val)
{
	fprintf(fp, "\tvars.%s = ", name);
	if (val == NULL)
		fputs("true", fp);
	else
		i2_str(fp, val);
	fputc('\n', fp);
}

/* A comment's text: no end of comment inside, one line. */
static void
comment_text(FILE *fp, const char *s, size_t max)
{
	size_t n;

	for (n = 0; *s != '\0' && n < max; s++, n++) {
		if (*s == '\n' || *s == '\r')
			break;
		if (s[0] == '*' && s[1] == '/')
			fputs("* ", fp);
		else
			fputc(*s, fp);
	}
}

const char *
version_word(int v)
{
	return v == SNMP_V1 ? "1" : v == SNMP_V3 ? "3" : "2c";
}

static const char *
auth_word(int a)
{
	return a == USM_AUTH_SHA1 ? "SHA" : usm_auth_name(a);
}

static const char *
priv_word(int p)
{
	return p == USM_PRIV_AES128 ? "AES" : usm_priv_name(p);
}

static const char *const levels[] = { "noAuthNoPriv", "authNoPriv",
	"authPriv" };

static void
i2_agent(FILE *fp, const struct snmp_opts *o)
{
	char port[16];

	if (o->port != 161) {
		snprintf(port, sizeof(port), "%d", o->port);
		i2_var(fp, "snmp_port", port);
	}
	if (o->version != SNMP_V2C)
		i2_var(fp, "snmp_version", version_word(o->version));
	if (o->version != SNMP_V3) {
		if (strcmp(o->community, "public") != 0)
			i2_var(fp, "snmp_community", o->community);
		return;
	}
	i2_var(fp, "snmpv3_user", o->user);
	i2_var(fp, "snmpv3_seclevel", levels[o->level]);
	if (o->level >= 1)
		i2_var(fp, "snmpv3_auth_alg", auth_word(o->auth));
	if (o->level == 2)
		i2_var(fp, "snmpv3_priv_alg", priv_word(o->priv));
	if (o->context != NULL && *o->context != '\0')
		i2_var(fp, "snmpv3_context", o->context);
	if (o->level >= 1)
		fputs("\t/* the secrets are not written: set\n"
		    "\t * vars.snmpv3_auth_pass_file (and\n"
		    "\t * vars.snmpv3_priv_pass_file), or the _pass variables */\n",
		    fp);
}

static void
header(FILE *fp, const struct ctx *c, const char *peer, const char *lead,
    const char *cont)
{
	fprintf(fp, "%s Discovered by snmp_discover (snmp-plugins %s) from "
	    "%s", lead, SNMP_PLUGINS_VERSION, peer);
	if (c->sysdescr[0] != '\0') {
		fprintf(fp, ":\n%s ", cont);
		comment_text(fp, c->sysdescr, 100);
	}
	fprintf(fp, "\n%s %zu service%s from %zu interface%s and %zu storage "
	    "row%s.\n", cont, c->nsvcs, c->nsvcs == 1 ? "" : "s", c->nifs,
	    c->nifs == 1 ? "" : "s", c->nhrs, c->nhrs == 1 ? "" : "s");
}

void
print_icinga2(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	const struct svc *s;
	size_t i, j;

	header(fp, c, peer, "/*", " *");
	fputs(" * The commands are those of contrib/icinga2/snmp-plugins.conf "
	    "(include <snmp-plugins>). */\n\nobject Host ", fp);
	i2_str(fp, c->hostname);
	fputs(" {\n", fp);
	if (*c->host_tmpl != '\0') {
		fputs("\timport ", fp);
		i2_str(fp, c->host_tmpl);
		fputc('\n', fp);
	} else
		fputs("\tcheck_command = \"hostalive\"\n", fp);
	fputs("\taddress = ", fp);
	i2_str(fp, c->address);
	fputc('\n', fp);
	i2_agent(fp, o);
	fputs("}\n", fp);
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		fputs("\nobject Service ", fp);
		i2_str(fp, s->name);
		fputs(" {\n", fp);
		if (*c->svc_tmpl != '\0') {
			fputs("\timport ", fp);
			i2_str(fp, c->svc_tmpl);
			fputc('\n', fp);
		}
		fputs("\thost_name = ", fp);
		i2_str(fp, c->hostname);
		fprintf(fp, "\n\tcheck_command = \"%s\"\n",
		    kinds[s->kind].command);
		for (j = 0; j < s->nargs; j++)
			i2_var(fp, s->args[j].var, s->args[j].val);
		fputs("}\n", fp);
	}
}

/* ---- Nagios ------------------------------------------------------------ */

/*
 * An argument of a Nagios command line: single-quoted for the shell
 * unless plain, then '$' doubled (macros), '!' and ';' escaped (the
 * argument separator, the comment).
 */
static void
ng_arg(FILE *fp, const char *s)
{
	static const char plain[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:%@+,=-";
	int quote = *s == '\0' || strspn(s, plain) != strlen(s);

	if (quote)
		fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", fp);
		else if (*s == '$')
			fputs("$$", fp);
		else if (*s == '!' || *s == ';')
			fprintf(fp, "\\%c", *s);
		else if ((unsigned char)*s < 32)
			fputc(' ', fp);
		else
			fputc(*s, fp);
	}
	if (quote)
		fputc('\'', fp);
}

static void
ng_agent(FILE *fp, const struct snmp_opts *o)
{
	fprintf(fp, "    %-23s -P %s", "_SNMP_ARGS", version_word(o->version));
	if (o->port != 161)
		fprintf(fp, " -p %d", o->port);
	if (o->version != SNMP_V3) {
		fputs(" -C ", fp);
		ng_arg(fp, o->community);
		fputc('\n', fp);
		return;
	}
	fputs(" -U ", fp);
	ng_arg(fp, o->user);
	fprintf(fp, " -L %s", levels[o->level]);
	if (o->level >= 1)
		fprintf(fp, " -a %s", auth_word(o->auth));
	if (o->level == 2)
		fprintf(fp, " -x %s", priv_word(o->priv));
	if (o->context != NULL && *o->context != '\0') {
		fputs(" -N ", fp);
		ng_arg(fp, o->context);
	}
	fputc('\n', fp);
}

static void
ng_defaults(FILE *fp, const char *tmpl)
{
	if (*tmpl != '\0') {
		fprintf(fp, "    %-23s %s\n", "use", tmpl);
		return;
	}
	fprintf(fp, "    %-23s 3\n    %-23s 5\n    %-23s 1\n    %-23s 24x7\n",
	    "max_check_attempts", "check_interval", "retry_interval",
	    "check_period");
}

void
print_nagios(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	const struct svc *s;
	size_t i, j;

	header(fp, c, peer, "#", "#");
	fputs("# The commands are those of contrib/nagios/snmp-plugins.cfg."
	    "\n", fp);
	if (o->version == SNMP_V3 && o->level >= 1)
		fputs("# The secrets are not written: add --authpasswd-file "
		    "(and --privpasswd-file)\n# or --extra-opts to "
		    "_SNMP_ARGS.\n", fp);
	fputs("\ndefine host {\n", fp);
	ng_defaults(fp, c->host_tmpl);
	fprintf(fp, "    %-23s %s\n    %-23s %s\n", "host_name", c->hostname,
	    "address", c->address);
	ng_agent(fp, o);
	fputs("}\n", fp);
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		fputs("\ndefine service {\n", fp);
		ng_defaults(fp, c->svc_tmpl);
		fprintf(fp, "    %-23s %s\n    %-23s %s\n    %-23s %s",
		    "host_name", c->hostname, "service_description", s->name,
		    "check_command", kinds[s->kind].command);
		for (j = 0; j < s->nargs; j++) {
			fprintf(fp, "%c%s", j == 0 ? '!' : ' ',
			    s->args[j].opt);
			if (s->args[j].val != NULL) {
				fputc(' ', fp);
				ng_arg(fp, s->args[j].val);
			}
		}
		fputs("\n}\n", fp);
	}
}

