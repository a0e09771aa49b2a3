/* SPDX-License-Identifier: ISC */
/*
 * fuzz_options: the option parser every plugin shares (options_parse),
 * with a plugin table like check_snmp_value's whose handler parses OIDs,
 * ranges, numbers and states as plugins do, and the --extra-opts ini
 * reader.  The input is argv[1..], split at NUL octets; after a run of
 * three NULs the rest is the ini file, which $MP_CONFIG_FILE names (a
 * memfd, rewritten for every input), so "--extra-opts" and
 * "--extra-opts=SECTION" read it; an input that starts with the three
 * NULs is the ini file alone, read with "--extra-opts".  Inputs naming a path with '/' are
 * skipped: a fuzzer that reads /dev/stdin or /proc/kmsg only hangs.
 * The parser keeps no state between calls (it does not use getopt), so
 * one input cannot leak into the next.  Properties: a
 * result is an enum opt_result or -1 with a message; an accepted command
 * line is consistent (an agent, valid port, timeout, retries, v3 level
 * with its secrets) and its -H splits (net_parse_target) into a host, a
 * port in range and the family it implies; options_free() releases
 * everything (leak check).
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <unistd.h>

#include "help.h"
#include "net.h"
#include "oid.h"
#include "options.h"
#include "output.h"
#include "pdu.h"
#include "snmp.h"
#include "threshold.h"
#include "usm.h"

#include "fuzz.h"

#define MAXARGS	64

enum {
	P_OID = OPT_PLUGIN_BASE, P_NEXT, P_WARN, P_CRIT, P_BYTES, P_SECONDS,
	P_MULT, P_NULLOID, P_LABEL
};

static const struct opt_def plugin_opts[] = {
	{ "oid", 'o', OPT_ARG, "OID[,OID...]", "Objects", P_OID, OPT_CALL, 0 },
	{ "next", 'n', OPT_NOARG, NULL, "GETNEXT", P_NEXT, OPT_CALL, 0 },
	{ "warning", 'w', OPT_ARG, "RANGE[,RANGE...]", "Warning", P_WARN, OPT_CALL, 0 },
	{ "critical", 'c', OPT_ARG, "RANGE[,RANGE...]", "Critical", P_CRIT, OPT_CALL, 0 },
	{ "bytes", 'W', OPT_ARG, "RANGE", "Range with byte units", P_BYTES, OPT_CALL, 0 },
	{ "age", 0, OPT_ARG, "RANGE", "Range with time units", P_SECONDS, OPT_CALL, 0 },
	{ "multiplier", 'M', OPT_ARG, "NUMBER", "Multiply", P_MULT, OPT_CALL, 0 },
	{ "nulloid", 'z', OPT_ARG, "STATE", "State", P_NULLOID, OPT_CALL, 0 },
	{ "label", 'l', OPT_OPTARG, "LABEL", "Label\nsecond line", P_LABEL, OPT_CALL, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0, 0 }
};

static int memfd = -1;
static char helpbuf[65536];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char path[64];

	(void)argc;
	(void)argv;
	if ((memfd = memfd_create("fuzz_options.ini", 0)) < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
	setenv("MP_CONFIG_FILE", path, 1);
	unsetenv("SNMP_AUTH_PASSWORD");
	unsetenv("SNMP_PRIV_PASSWORD");
	unsetenv("POSIXLY_CORRECT");
	return 0;
}

/* Split at ',' and parse each field, as check_snmp_value does. */
static int
each(const char *arg, int id, char *err, size_t errlen)
{
	char *copy, *f, *next;
	struct oid o;
	struct range r;
	int rc = 0;

	if ((copy = strdup(arg)) == NULL)
		abort();
	for (f = copy; f != NULL && rc == 0; f = next) {
		if ((next = strchr(f, ',')) != NULL)
			*next++ = '\0';
		if (*f == '\0')
			continue;
		if (id == P_OID && oid_parse(&o, f) != SNMP_OK)
			rc = -1;
		else if (id != P_OID && range_parse(&r, f) != SNMP_OK)
			rc = -1;
	}
	if (rc < 0)
		snprintf(err, errlen, "Invalid %s '%s'", id == P_OID ? "OID" :
		    "range", arg);
	free(copy);
	return rc;
}

static int
handle(void *ctx, int id, const char *arg, char *err, size_t errlen)
{
	struct range r;
	struct num n;
	int *calls = ctx;

	(*calls)++;
	switch (id) {
	case P_OID:
	case P_WARN:
	case P_CRIT:
		FUZZ_CHECK(arg != NULL);
		return each(arg, id, err, errlen);
	case P_BYTES:
	case P_SECONDS:
		FUZZ_CHECK(arg != NULL);
		if (range_parse_units(&r, arg, id == P_BYTES ? units_bytes :
		    units_seconds, NULL) != SNMP_OK) {
			snprintf(err, errlen, "Invalid range '%s'", arg);
			return -1;
		}
		return 0;
	case P_MULT:
		FUZZ_CHECK(arg != NULL);
		if (num_parse(&n, arg) != SNMP_OK) {
			snprintf(err, errlen, "Invalid number '%s'", arg);
			return -1;
		}
		return 0;
	case P_NULLOID:
		FUZZ_CHECK(arg != NULL);
		if (state_parse(arg) < 0) {
			snprintf(err, errlen, "Invalid state '%s'", arg);
			return -1;
		}
		return 0;
	case P_NEXT:
		FUZZ_CHECK(arg != NULL && arg[0] == '\0');
		return 0;
	case P_LABEL:
		return 0;
	}
	FUZZ_CHECK(!"handler called with an unknown id");
	return -1;
}

static void
check_result(int rc, const struct snmp_opts *o, const char *err, int calls)
{
	FUZZ_CHECK(rc == -1 || rc == OPT_RUN || rc == OPT_HELP ||
	    rc == OPT_VERSION || rc == OPT_HELP_AGENT);
	FUZZ_CHECK(memchr(err, '\0', 256) != NULL);
	if (rc == -1) {
		FUZZ_CHECK(err[0] != '\0');
		return;
	}
	if (rc != OPT_RUN)
		return;
	FUZZ_CHECK((o->host != NULL) != (o->walkfile != NULL));
	FUZZ_CHECK(o->port >= 1 && o->port <= 65535);
	FUZZ_CHECK(o->version == SNMP_V1 || o->version == SNMP_V2C ||
	    o->version == SNMP_V3);
	FUZZ_CHECK(o->timeout_ms > 0);
	FUZZ_CHECK(o->timeout_state >= STATE_OK &&
	    o->timeout_state <= STATE_UNKNOWN);
	FUZZ_CHECK(o->retries >= 0 && o->retries <= 100);	/* -e: 0 to 100 */
	FUZZ_CHECK(o->community != NULL && o->context != NULL);
	FUZZ_CHECK(memchr(o->auth_pass, '\0', sizeof(o->auth_pass)) != NULL);
	FUZZ_CHECK(memchr(o->priv_pass, '\0', sizeof(o->priv_pass)) != NULL);
	FUZZ_CHECK(o->auth_key_len <= sizeof(o->auth_key) &&
	    o->priv_key_len <= sizeof(o->priv_key));
	FUZZ_CHECK(o->sec_engine_len <= sizeof(o->sec_engine) &&
	    o->ctx_engine_len <= sizeof(o->ctx_engine));
	if (o->version == SNMP_V3) {
		FUZZ_CHECK(o->user != NULL && strlen(o->user) >= 1 &&
		    strlen(o->user) <= 32);
		FUZZ_CHECK(o->level >= 0 && o->level <= 2);
		FUZZ_CHECK(usm_auth_name(o->auth) != NULL &&
		    usm_priv_name(o->priv) != NULL);
		if (o->level >= 1)
			FUZZ_CHECK(strlen(o->auth_pass) >= USM_MIN_PASSWORD ||
			    o->auth_key_len == usm_key_len(o->auth));
		if (o->level == 2)
			FUZZ_CHECK(strlen(o->priv_pass) >= USM_MIN_PASSWORD ||
			    o->priv_key_len >= 16);
		FUZZ_CHECK(strlen(o->context) <= 32);
	}
	(void)calls;
}

/* The -H argument as agent_open() hands it to the session. */
static void
check_target(const struct snmp_opts *o)
{
	struct net_target t;
	int rc;

	rc = net_parse_target(&t, o->host, o->port, o->family);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_ADDR ||
	    rc == SNMP_E_UNSUPPORTED || rc == SNMP_E_RANGE ||
	    rc == SNMP_E_INVAL);
	if (rc != SNMP_OK)
		return;
	FUZZ_CHECK(t.host[0] != '\0' &&
	    memchr(t.host, '\0', sizeof(t.host)) != NULL);
	FUZZ_CHECK(t.port >= 1 && t.port <= 65535);
	FUZZ_CHECK(t.family == UDP_ANY || t.family == UDP_INET4 ||
	    t.family == UDP_INET6);
	if (strchr(t.host, ':') != NULL)
		FUZZ_CHECK(t.family == UDP_INET6);
	if (o->family == UDP_INET4)
		FUZZ_CHECK(t.family == UDP_INET4);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char prog[] = "check_snmp_value";
	char *buf, *argv[MAXARGS + 2], err[256];
	const uint8_t *ini = NULL, *sep;
	size_t alen = size, k;
	struct snmp_opts o;
	struct strbuf sb;
	int argc = 0, calls = 0, rc;
	struct plugin_info pi;

	memset(&pi, 0, sizeof(pi));
	pi.name = prog;
	pi.purpose = "fuzz";
	pi.usage = "[options]";
	pi.opts = plugin_opts;
	pi.handle = handle;
	pi.ctx = &calls;
	if ((sep = memmem(data, size, "\0\0\0", 3)) != NULL) {
		alen = (size_t)(sep - data);
		ini = sep + 3;
	}
	if (memchr(data, '/', size) != NULL)
		return 0;
	/* the ini file: whatever follows, possibly nothing */
	if (ftruncate(memfd, 0) != 0 ||
	    (ini != NULL && pwrite(memfd, ini, size - (size_t)(ini - data), 0)
	    != (ssize_t)(size - (size_t)(ini - data))))
		abort();

	buf = fuzz_cstr(data, alen);
	argv[argc++] = (char *)(uintptr_t)prog;
	if (alen == 0 && ini != NULL)
		/* the ini file alone, in the plugin's default section */
		argv[argc++] = (char *)(uintptr_t)"--extra-opts";
	else if (alen > 0) {
		argv[argc++] = buf;
		for (k = 0; k < alen && argc <= MAXARGS; k++)
			if (buf[k] == '\0')
				argv[argc++] = buf + k + 1;
	}
	argv[argc] = NULL;

	memset(err, 0, sizeof(err));
	rc = options_parse(&o, &pi, argc, argv, err, sizeof(err));
	check_result(rc, &o, err, calls);
	if (rc == OPT_RUN && o.host != NULL)
		check_target(&o);
	if (rc == OPT_HELP || rc == OPT_HELP_AGENT) {
		sb_init(&sb, helpbuf, sizeof(helpbuf));
		help_print(&pi, rc == OPT_HELP ? HELP_PLUGIN : HELP_AGENT,
		    &sb);
		FUZZ_CHECK(sb.len > 0 && !sb.truncated);
	}
	options_free(&o);
	free(buf);
	return 0;
}
