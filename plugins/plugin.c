/* SPDX-License-Identifier: ISC */
/*
 * Reporting and process-level glue shared by the plugins.  die() writes to
 * stdout (Nagios reads only stdout) and exits with the state; the SIGALRM
 * backstop ends a run that overstays its budget by more than a fraction
 * of a second.
 */
#include <sys/time.h>
#include <sys/uio.h>

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"
#include "help.h"
#include "num.h"
#include "plugin.h"

#define ALARM_GRACE_MS	300

/* What --version says of the C library the plugin was built with. */
#define STR_(x)	#x
#define STR(x)	STR_(x)
#ifdef __GLIBC__
#define LIBC_NAME	"glibc " STR(__GLIBC__) "." STR(__GLIBC_MINOR__)
#else
#define LIBC_NAME	"musl"
#endif

/* What the alarm handler says, set once before arming. */
static char	alarm_secs[32];
static int	alarm_state = STATE_UNKNOWN;
/* The first word of the status line, from plugin_info (DESIGN.md). */
static const char *service_word = "SNMP";

void
die(int state, const char *fmt, ...)
{
	char buf[2048];
	struct strbuf sb;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	/* Messages may quote device or user text: keep the line intact. */
	sb_init(&sb, buf + 1024, 1024);
	output_put_str(&sb, buf);
	printf("%s %s - %s\n", service_word, state_name(state), sb.buf);
	fflush(stdout);
	exit(state);
}

static void
plugin_options(struct snmp_opts *o, const struct plugin_info *pi, int argc,
    char **argv)
{
	char err[512];
	char *help;
	struct strbuf sb;
	int rc;

	if (pi->service != NULL)
		service_word = pi->service;
	rc = options_parse(o, pi, argc, argv, err, sizeof(err));
	if (rc < 0)
		die(STATE_UNKNOWN, "%s", err);
	if (rc == OPT_VERSION) {
		printf("%s (snmp-plugins %s)\nlibc: %s\n", pi->name,
		    SNMP_PLUGINS_VERSION, LIBC_NAME);
		exit(STATE_OK);
	}
	if (rc == OPT_HELP || rc == OPT_HELP_AGENT) {
		if ((help = malloc(65536)) == NULL)
			die(STATE_UNKNOWN, "out of memory");
		sb_init(&sb, help, 65536);
		help_print(pi, rc == OPT_HELP ? HELP_PLUGIN : HELP_AGENT, &sb);
		fputs(help, stdout);
		free(help);
		exit(STATE_OK);
	}
}

/*
 * The message is put together here, where it is needed (most runs never
 * are), from text set before arming, by async-signal-safe code only.
 */
static void
on_alarm(int sig)
{
	char msg[160];
	struct strbuf sb;

	(void)sig;
	sb_init(&sb, msg, sizeof(msg));
	sb_add(&sb, service_word);
	sb_add(&sb, " ");
	sb_add(&sb, state_name(alarm_state));
	sb_add(&sb, " - Plugin timed out after ");
	sb_add(&sb, alarm_secs);
	sb_add(&sb, " s (-t)\n");
	(void)!write(STDOUT_FILENO, msg, sb.len);
	_exit(alarm_state);
}

static int64_t
plugin_deadline(const struct snmp_opts *o)
{
	struct itimerval it;
	struct sigaction sa;
	long ms = o->timeout_ms + ALARM_GRACE_MS;

	alarm_state = o->timeout_state;
	num_fixed(alarm_secs, sizeof(alarm_secs),
	    (double)o->timeout_ms / 1000, 1, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = ms / 1000;
	it.it_value.tv_usec = (ms % 1000) * 1000;
	setitimer(ITIMER_REAL, &it, NULL);
	return snmp_now_ms() + o->timeout_ms;
}

/* Trace callback printing to stderr (-vv, -vvv). */
static void
plugin_trace(void *arg, int level, const char *msg, const uint8_t *pkt,
    size_t len, size_t roff, size_t rlen)
{
	int verbose = (int)(intptr_t)arg;
	size_t i;

	if (level > verbose)
		return;
	fprintf(stderr, "%s\n", msg);
	if (pkt == NULL)
		return;
	for (i = 0; i < len; i++) {
		if (i >= roff && i < roff + rlen)
			fputs("**", stderr);
		else
			fprintf(stderr, "%02x", pkt[i]);
		fputc(i % 16 == 15 || i + 1 == len ? '\n' : ' ', stderr);
	}
}

/* A session open for the options, or die with its message. */
static struct session *
plugin_session(const struct snmp_opts *o, int64_t deadline)
{
	static struct agent a;
	char err[2048];		/* die()'s own size: a long -H cut as ever */
	int rc;

	rc = agent_open(&a, o, deadline, plugin_trace, err, sizeof(err));
	if (rc != SNMP_OK)
		die(rc == SNMP_E_TIMEOUT ? o->timeout_state : STATE_UNKNOWN,
		    "%s", err);
	return a.s;
}

static __attribute__((noreturn)) void
plugin_exit(struct output *o, const char *service)
{
	struct iovec iov[OUTPUT_PIECES], *v = iov;
	size_t cnt = output_pieces(o, service, iov);
	ssize_t n;

	/* one writev(2) of the pieces in place, not stdio: no copy */
	fflush(stdout);
	while (cnt > 0) {
		if ((n = writev(STDOUT_FILENO, v, (int)cnt)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		/* a short write: on from where it stopped */
		for (; cnt > 0 && (size_t)n >= v->iov_len; v++, cnt--)
			n -= (ssize_t)v->iov_len;
		if (cnt > 0) {
			v->iov_base = (char *)v->iov_base + n;
			v->iov_len -= (size_t)n;
		}
	}
	exit(o->state);
}

/* plugin_start() up to the output. */
static void
plugin_begin(struct plugin *p, const struct plugin_info *pi, int argc,
    char **argv)
{
	/* no memset: options_parse() clears p->o, the rest is set here */
	p->s = NULL;
	p->out = NULL;
	plugin_options(&p->o, pi, argc, argv);
	p->deadline = plugin_deadline(&p->o);
	/* the same clock reading: a GET reads the clock no more than it must */
	p->started = p->deadline - p->o.timeout_ms;
}

void
plugin_start(struct plugin *p, const struct plugin_info *pi, int argc,
    char **argv)
{
	plugin_begin(p, pi, argc, argv);
	/* malloc'ed: a plugin that ends on its own path frees it */
	if ((p->out = malloc(sizeof(*p->out))) == NULL)
		die(STATE_UNKNOWN, "out of memory");
	output_init(p->out);
}

void
plugin_start_in(struct plugin *p, struct output *out,
    const struct plugin_info *pi, int argc, char **argv)
{
	plugin_begin(p, pi, argc, argv);
	p->out = out;
	output_init(out);
}

void
plugin_open(struct plugin *p)
{
	p->s = plugin_session(&p->o, p->deadline);
}

void
plugin_fail(const struct plugin *p, int rc)
{
	die(rc == SNMP_E_TIMEOUT ? p->o.timeout_state : STATE_UNKNOWN, "%s",
	    session_error(p->s));
}

void
plugin_get(struct plugin *p, const struct oid *oids, size_t n,
    struct varbind *vb)
{
	int rc;

	if ((rc = session_get(p->s, oids, n, vb)) != SNMP_OK)
		plugin_fail(p, rc);
}

void
plugin_walk(struct plugin *p, const struct oid *cols, size_t n,
    struct table *t)
{
	int rc;

	if ((rc = table_walk(p->s, cols, n, t)) != SNMP_OK)
		plugin_fail(p, rc);
}

void
plugin_rate_open(const struct plugin *p, struct rate_store *rs,
    const char *plugin, const char *what, const char *dir, const char *lead,
    const char *tail)
{
	int rc;

	if ((rc = rate_open(rs, &p->o, plugin, what, dir, p->deadline)) !=
	    SNMP_OK)
		die(rc == SNMP_E_TIMEOUT ? p->o.timeout_state : STATE_UNKNOWN,
		    "%s%s%s", lead, rs->st.err, tail);
}

void
plugin_json_rows(struct plugin *p, const char *name, const char *key,
    size_t n, plugin_json_row_fn *row, const void *arg)
{
	struct json j;
	size_t i;

	plugin_json_start(p, &j, name);
	json_array(&j, key);
	for (i = 0; i < n; i++) {
		json_object(&j, NULL);
		row(&j, arg, i);
		json_close(&j);
	}
	json_close(&j);
	json_close(&j);
	plugin_json_finish(p, &j);
}

void
plugin_finish(struct plugin *p)
{
	session_free(p->s);
	options_free(&p->o);
	plugin_exit(p->out, service_word);
}

int
plugin_list_json(const char *format, int list)
{
	int json;

	if (format == NULL || strcmp(format, "text") == 0)
		return 0;
	if ((json = strcmp(format, "json") == 0) == 0)
		die(STATE_UNKNOWN, "Unknown --format '%s': text or json",
		    format);
	if (!list)
		die(STATE_UNKNOWN, "--format json is for --list only: a check "
		    "prints a status line");
	return json;
}

void
plugin_json_start(const struct plugin *p, struct json *j, const char *name)
{
	json_init(j);
	json_object(j, NULL);
	json_str(j, "plugin", name);
	json_str(j, "version", SNMP_PLUGINS_VERSION);
	json_str(j, "peer", session_peer(p->s));
}

void
plugin_json_finish(struct plugin *p, struct json *j)
{
	const char *doc;
	size_t len;
	int rc;

	if ((doc = json_done(j, &len, &rc)) == NULL)
		die(STATE_UNKNOWN, "Cannot write the JSON document: %s",
		    snmp_strerror(rc));
	fflush(stdout);
	if (fwrite(doc, 1, len, stdout) != len || fflush(stdout) != 0)
		die(STATE_UNKNOWN, "Cannot write the JSON document");
	json_free(j);
	session_free(p->s);
	options_free(&p->o);
	/* p->out as plugin_finish() leaves it: it may be the caller's static */
	exit(STATE_OK);
}
