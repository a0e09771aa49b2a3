/* SPDX-License-Identifier: ISC */
/*
 * Shared options: every value form, the errors that name the problem, and
 * --extra-opts sections merged before the command line.
 */
#include <stdio.h>
#include <unistd.h>

#include "help.h"
#include "net.h"
#include "options.h"
#include "pdu.h"
#include "state.h"
#include "usm.h"
#include "testutil.h"

static const struct opt_def plugin_opts[] = {
	{ "oid", 'o', OPT_ARG, "OID", "object", OPT_PLUGIN_BASE, OPT_CALL, 0 },
	{ "warning", 'w', OPT_ARG, "RANGE", "warning", OPT_PLUGIN_BASE + 1, OPT_CALL, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

struct seen {
	char	oid[64];
	char	warn[64];
};

static int
handle(void *ctx, int id, const char *arg, char *err, size_t errlen)
{
	struct seen *s = ctx;

	if (strcmp(arg, "bad") == 0) {
		snprintf(err, errlen, "bad value");
		return -1;
	}
	snprintf(id == OPT_PLUGIN_BASE ? s->oid : s->warn, 64, "%s", arg);
	return 0;
}

/* Parse "PROG LINE" for the plugin NAME. */
static int
run_as(const char *prog, const char *name, const char *line,
    struct snmp_opts *o, struct seen *s, char *err)
{
	static char buf[1024];
	char *argv[32];
	int argc = 0;
	char *p;
	struct plugin_info pi = { name, "test", "usage", plugin_opts,
	    NULL, handle, s, NULL };

	memset(s, 0, sizeof(*s));
	snprintf(buf, sizeof(buf), "%s %s", prog, line);
	for (p = strtok(buf, " "); p != NULL && argc < 31; p = strtok(NULL, " "))
		argv[argc++] = p;
	argv[argc] = NULL;
	return options_parse(o, &pi, argc, argv, err, 256);
}

static int
run(const char *line, struct snmp_opts *o, struct seen *s, char *err)
{
	return run_as("check_test", "check_test", line, o, s, err);
}

static const struct {
	const char	*line;
	int		 rc;
	const char	*errpart;
} cases[] = {
	{ "-H h", OPT_RUN, NULL },
	{ "-H h -p 1161 -P 1 -C secret -t 5:CRITICAL -e 2 -vv -o x -w 3",
	  OPT_RUN, NULL },
	{ "--hostname=h --port=2 --protocol=2c --timeout=0.5", OPT_RUN, NULL },
	{ "--walk-file f", OPT_RUN, NULL },
	{ "-h", OPT_HELP, NULL },
	{ "-V", OPT_VERSION, NULL },
	{ "--help-agent", OPT_HELP_AGENT, NULL },
	{ "-V --help-agent", OPT_HELP_AGENT, NULL },
	{ "--help-agent -V", OPT_HELP_AGENT, NULL },
	{ "", -1, "No agent given" },
	{ "-H h --walk-file f", -1, "exclude" },
	{ "-H h -p 0", -1, "Invalid port '0'" },
	{ "-H h -p 65536", -1, "Invalid port" },
	{ "-H h -p 16x", -1, "Invalid port" },
	{ "-H h -P 3", -1, "SNMPv3" },
	{ "-H h -P 4", -1, "Invalid protocol '4'" },
	{ "-H h -t 0", -1, "Invalid timeout" },
	{ "-H h -t abc", -1, "Invalid timeout" },
	{ "-H h -t 5:MAYBE", -1, "Invalid timeout" },
	{ "-H h -t 10000", -1, "Invalid timeout" },
	{ "-H h -e 101", -1, "Invalid retries '101': expected 0 to 100" },
	{ "-H h -e 100", 0, NULL },
	{ "-H h -e -1", -1, "Invalid retries" },
	{ "-H h -q", -1, "Unknown option -q" },
	{ "-H h --bogus", -1, "--bogus" },
	{ "-H", -1, "Missing argument for option -H" },
	{ "-H h extra", -1, "Unexpected argument 'extra'" },
	{ "-H h -o bad", -1, "bad value" },
};

START_TEST(test_cases)
{
	struct snmp_opts o;
	struct seen s;
	char err[256] = "";
	int rc = run(cases[_i].line, &o, &s, err);

	ck_assert_msg(rc == cases[_i].rc, "'%s': rc %d (%s)", cases[_i].line,
	    rc, err);
	if (cases[_i].errpart != NULL)
		ck_assert_msg(strstr(err, cases[_i].errpart) != NULL,
		    "'%s': message '%s'", cases[_i].line, err);
	options_free(&o);
}
END_TEST

START_TEST(test_values)
{
	struct snmp_opts o;
	struct seen s;
	char err[256];

	ck_assert_int_eq(run("-H h", &o, &s, err), OPT_RUN);
	ck_assert_int_eq(o.port, 161);
	ck_assert_int_eq(o.version, SNMP_V2C);
	ck_assert_str_eq(o.community, "public");
	ck_assert_int_eq(o.timeout_ms, 10000);
	ck_assert_int_eq(o.retries, 5);
	ck_assert_int_eq(o.timeout_state, STATE_UNKNOWN);
	ck_assert_int_eq(run("-H h -p 1161 -P 1 -C secret -t 5:CRITICAL -e 2 "
	    "-vv -4 -o x -w 3", &o, &s, err), OPT_RUN);
	ck_assert_int_eq(o.port, 1161);
	ck_assert_int_eq(o.version, SNMP_V1);
	ck_assert_str_eq(o.community, "secret");
	ck_assert_int_eq(o.timeout_ms, 5000);
	ck_assert_int_eq(o.timeout_state, STATE_CRITICAL);
	ck_assert_int_eq(o.retries, 2);
	ck_assert_int_eq(o.verbose, 2);
	ck_assert_int_eq(o.family, UDP_INET4);
	ck_assert_str_eq(s.oid, "x");
	ck_assert_str_eq(s.warn, "3");
	ck_assert_int_eq(run("-H h -t 0.5", &o, &s, err), OPT_RUN);
	ck_assert_int_eq(o.timeout_ms, 500);
}
END_TEST

START_TEST(test_extra_opts)
{
	char path[] = "/tmp/test_options_XXXXXX", line[512], err[256];
	struct snmp_opts o;
	struct seen s;
	FILE *f;
	int fd;

	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs("# comment\n[check_test]\nhostname = from-ini\ncommunity=ini\n"
	    "oid=1.3.6\n\n[other]\nhostname=other\nverbose\n", f);
	fclose(f);
	/* default section: the plugin name; the command line wins */
	snprintf(line, sizeof(line), "--extra-opts=@%s -C cli", path);
	ck_assert_int_eq(run(line, &o, &s, err), OPT_RUN);
	ck_assert_str_eq(o.host, "from-ini");
	ck_assert_str_eq(o.community, "cli");
	ck_assert_str_eq(s.oid, "1.3.6");
	options_free(&o);
	snprintf(line, sizeof(line), "--extra-opts=other@%s", path);
	ck_assert_int_eq(run(line, &o, &s, err), OPT_RUN);
	ck_assert_str_eq(o.host, "other");
	ck_assert_int_eq(o.verbose, 1);
	options_free(&o);
	snprintf(line, sizeof(line), "--extra-opts=missing@%s", path);
	ck_assert_int_eq(run(line, &o, &s, err), -1);
	ck_assert_ptr_nonnull(strstr(err, "section [missing] not found"));
	options_free(&o);
	ck_assert_int_eq(run("--extra-opts=x@/nonexistent/plugins.ini", &o, &s,
	    err), -1);
	ck_assert_ptr_nonnull(strstr(err, "cannot read /nonexistent"));
	options_free(&o);
	unlink(path);
}
END_TEST

/*
 * check_snmp_value as check_snmp (a symbolic link, or --compat): check_snmp
 * 2.3.3's defaults and extra-opts section; under its own name the modern
 * ones.
 */
START_TEST(test_compat)
{
	char path[] = "/tmp/test_options_XXXXXX", line[512], err[256];
	struct snmp_opts o;
	struct seen s;
	FILE *f;
	int fd;

	ck_assert_int_eq(run_as("/usr/lib/nagios/plugins/check_snmp",
	    "check_snmp_value", "-H h -P 3 -U u -A maplesyrup -X maplesyrup",
	    &o, &s, err), OPT_RUN);
	ck_assert_str_eq(o.compat, "check_snmp");
	ck_assert_int_eq(o.level, 0);		/* noAuthNoPriv without -L */
	ck_assert_int_eq(o.auth, USM_AUTH_MD5);
	ck_assert_int_eq(o.priv, USM_PRIV_DES);
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp", "check_snmp_value", "-H h", &o,
	    &s, err), OPT_RUN);
	ck_assert_int_eq(o.version, SNMP_V1);
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp_value", "check_snmp_value",
	    "-H h --compat=check_snmp -P 3 -U u -L authPriv -A maplesyrup "
	    "-X maplesyrup", &o, &s, err), OPT_RUN);
	ck_assert_int_eq(o.level, 2);
	ck_assert_int_eq(o.auth, USM_AUTH_MD5);
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp_value", "check_snmp_value",
	    "-H h -P 3 -U u -A maplesyrup -X maplesyrup", &o, &s, err),
	    OPT_RUN);
	ck_assert_ptr_null(o.compat);
	ck_assert_int_eq(o.level, 2);
	ck_assert_int_eq(o.auth, USM_AUTH_SHA1);
	ck_assert_int_eq(o.priv, USM_PRIV_AES128);
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp", "check_snmp_value", "-H h", &o,
	    &s, err), OPT_RUN);
	options_free(&o);
	/* another plugin under that name is itself */
	ck_assert_int_eq(run_as("check_snmp", "check_test", "-H h", &o, &s,
	    err), OPT_RUN);
	ck_assert_int_eq(o.version, SNMP_V2C);
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp_value", "check_snmp_value",
	    "-H h --compat=check_snmpx", &o, &s, err), -1);
	ck_assert_ptr_nonnull(strstr(err, "Unknown --compat 'check_snmpx'"));
	options_free(&o);
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs("[check_snmp_value]\nhostname=own\n[check_snmp]\n"
	    "hostname=compat\n", f);
	fclose(f);
	snprintf(line, sizeof(line), "--extra-opts=@%s", path);
	ck_assert_int_eq(run_as("check_snmp", "check_snmp_value", line, &o, &s,
	    err), OPT_RUN);
	ck_assert_str_eq(o.host, "compat");
	options_free(&o);
	ck_assert_int_eq(run_as("check_snmp_value", "check_snmp_value", line,
	    &o, &s, err), OPT_RUN);
	ck_assert_str_eq(o.host, "own");
	options_free(&o);
	unlink(path);
}
END_TEST

START_TEST(test_help_lists_every_option)
{
	struct plugin_info pi = { "check_test", "Tests.", "-H HOST",
	    plugin_opts, "Notes.\n", handle, NULL, NULL };
	char buf[16384];
	struct strbuf sb;
	const char *want[] = { "--hostname", "--port", "--use-ipv4",
	    "--use-ipv6", "--protocol", "--community", "--timeout",
	    "--retries", "--walk-file", "--extra-opts", "--verbose", "--help",
	    "--version", "-o, --oid=OID", "-w, --warning=RANGE", "Notes." };
	size_t i;

	sb_init(&sb, buf, sizeof(buf));
	help_print(&pi, HELP_PLUGIN, &sb);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		ck_assert_msg(strstr(buf, want[i]) != NULL, "help lacks %s",
		    want[i]);
	ck_assert_int_eq(sb.truncated, 0);
}
END_TEST

/* issue 18: the plugin's own options and notes first; usage within 80 */
START_TEST(test_help_order_and_width)
{
	struct plugin_info pi = { "check_test", "Tests the order of the help "
	    "and the width of its lines, with a purpose longer than a line.",
	    "-H HOST -o OID[,OID...] [-w RANGE] [-c RANGE] [--long-option "
	    "VALUE] [--another-long-option VALUE] [options]",
	    plugin_opts, "Notes.\n", handle, NULL, NULL };
	char buf[16384], *own, *notes, *agent, *line, *nl;
	struct strbuf sb;

	sb_init(&sb, buf, sizeof(buf));
	help_print(&pi, HELP_PLUGIN, &sb);
	own = strstr(buf, "-o, --oid=OID");
	notes = strstr(buf, "Notes.");
	agent = strstr(buf, "-H, --hostname");
	ck_assert_ptr_nonnull(own);
	ck_assert_ptr_nonnull(notes);
	ck_assert_ptr_nonnull(agent);
	ck_assert(own < notes && notes < agent);
	ck_assert_ptr_nonnull(strstr(buf, "\nUsage: check_test -H HOST -o "
	    "OID[,OID...] [-w RANGE] [-c RANGE]\n       [--long-option VALUE] "
	    "[--another-long-option VALUE] [options]\n"));
	/* the head of the help, up to the options, fits in 80 columns */
	for (line = buf; line < own; line = nl + 1) {
		nl = strchr(line, '\n');
		ck_assert_ptr_nonnull(nl);
		ck_assert_msg(nl - line <= 80, "line over 80 columns: %.*s",
		    (int)(nl - line), line);
	}
}
END_TEST

/* Every line of text is at most 80 columns. */
static void
assert_width(const char *text)
{
	const char *line, *nl;

	for (line = text; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		ck_assert_ptr_nonnull(nl);
		ck_assert_msg(nl - line <= 80, "line over 80 columns: %.*s",
		    (int)(nl - line), line);
	}
}

/*
 * issue 18: --help lists the shared options a line each, every one with
 * its summary; --help-agent describes each of them whole; neither has a
 * line over 80 columns, the compatibility option included.
 */
START_TEST(test_help_agent_block)
{
	struct plugin_info pi = { "check_snmp_value", "Tests.", "-H HOST",
	    plugin_opts, "Notes.\n", handle, NULL, NULL };
	char buf[16384], agent[16384], spell[96], *block, *line, *nl;
	const struct opt_def *tables[2], *d;
	struct strbuf sb;
	size_t t, n = 0;

	sb_init(&sb, buf, sizeof(buf));
	help_print(&pi, HELP_PLUGIN, &sb);
	ck_assert_int_eq(sb.truncated, 0);
	assert_width(buf);
	sb_init(&sb, agent, sizeof(agent));
	help_print(&pi, HELP_AGENT, &sb);
	ck_assert_int_eq(sb.truncated, 0);
	assert_width(agent);
	ck_assert_ptr_nonnull(strstr(agent, "SNMP_AUTH_PASSWORD"));
	ck_assert_ptr_null(strstr(agent, "--oid"));
	block = strstr(buf, "--help-agent describes them):\n");
	ck_assert_ptr_nonnull(block);
	/* a line each: the spelling, then the summary from column 34 */
	for (line = strchr(block, '\n') + 1; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		ck_assert_msg(nl - line > 34 && line[33] == ' ' &&
		    line[34] != ' ', "no summary: %.*s", (int)(nl - line),
		    line);
		n++;
	}
	tables[0] = options_shared();
	tables[1] = options_compat(&pi);
	ck_assert_ptr_nonnull(tables[1]);
	for (t = 0; t < 2; t++) {
		for (d = tables[t]; d->lng != NULL; d++) {
			snprintf(spell, sizeof(spell), "--%s", d->lng);
			ck_assert_msg(strstr(block, spell) != NULL,
			    "--help lacks %s", spell);
			ck_assert_msg(strstr(agent, spell) != NULL,
			    "--help-agent lacks %s", spell);
			n--;
		}
	}
	ck_assert_uint_eq(n, 0);
}
END_TEST

/* options_each() callback: the tokens joined by '|'; "bad" fails. */
static int
join_token(void *ctx, char *tok, char *err, size_t errlen)
{
	char *out = ctx;

	if (strcmp(tok, "bad") == 0) {
		snprintf(err, errlen, "bad token");
		return -1;
	}
	strcat(out, tok);
	strcat(out, "|");
	return 0;
}

START_TEST(test_each)
{
	char out[64], err[64];

	out[0] = '\0';
	ck_assert_int_eq(options_each("a,,b,c", 16, "--x", join_token, out,
	    err, sizeof(err)), 3);
	ck_assert_str_eq(out, "a|b|c|");
	out[0] = '\0';
	ck_assert_int_eq(options_each(",", 16, "--x", join_token, out, err,
	    sizeof(err)), 0);
	ck_assert_int_eq(options_each("a,bad", 16, "--x", join_token, out,
	    err, sizeof(err)), -1);
	ck_assert_str_eq(err, "bad token");
	/* max octets or more: too long */
	ck_assert_int_eq(options_each("0123456789abcdef", 16, "--x",
	    join_token, out, err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid --x: too long");
	ck_assert_int_eq(options_each("0123456789abcde", 16, "--x",
	    join_token, out, err, sizeof(err)), 1);
}
END_TEST

static Suite *
options_suite(void)
{
	Suite *s = suite_create("options");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_cases, 0, sizeof(cases) / sizeof(cases[0]));
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_extra_opts);
	tcase_add_test(tc, test_compat);
	tcase_add_test(tc, test_help_lists_every_option);
	tcase_add_test(tc, test_help_order_and_width);
	tcase_add_test(tc, test_help_agent_block);
	tcase_add_test(tc, test_each);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(options_suite)
