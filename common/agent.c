/* SPDX-License-Identifier: ISC */
/*
 * From the options to an open session: the user's secrets and keys go to
 * the session as given (it derives and localizes the keys), the host is
 * parsed here so that a malformed -H is named before anything is sent.
 */
#include <stdio.h>
#include <string.h>

#include "agent.h"
#include "snmp.h"
#include "v3cache.h"

/* The SNMPv3 user as the options give it; the session derives the keys. */
static void
agent_usm(struct session_usm *u, const struct snmp_opts *o)
{
	memset(u, 0, sizeof(*u));
	u->user = o->user != NULL ? o->user : "";
	u->context = o->context;
	u->level = o->level;
	u->auth = o->auth;
	u->priv = o->priv;
	u->auth_pass = o->auth_pass;
	u->priv_pass = o->priv_pass;
	if (o->auth_key_len > 0) {
		u->auth_key = o->auth_key;
		u->auth_key_len = o->auth_key_len;
	}
	if (o->priv_key_len > 0) {
		u->priv_key = o->priv_key;
		u->priv_key_len = o->priv_key_len;
	}
	u->sec_engine = o->sec_engine;
	u->sec_engine_len = o->sec_engine_len;
	u->ctx_engine = o->ctx_engine;
	u->ctx_engine_len = o->ctx_engine_len;
	u->cache_dir = o->cache_dir;
	u->cache = o->cache_dir != NULL ? &v3cache_files : NULL;
}

/* -H as a target, or the message that says what is wrong with it. */
static int
agent_target(struct agent *a, const struct snmp_opts *o, char *err,
    size_t errlen)
{
	int rc;

	rc = net_parse_target(&a->target, o->host, o->port, o->family);
	if (rc == SNMP_E_UNSUPPORTED)
		snprintf(err, errlen, "Invalid host '%s': only UDP transports "
		    "(udp:, udp6:) are supported", o->host);
	else if (rc != SNMP_OK)
		snprintf(err, errlen, "Invalid host '%s': expected a name, an "
		    "IPv4 or IPv6 address, [IPv6]:port or host:port%s",
		    o->host, o->family == UDP_INET4 &&
		    strchr(o->host, ':') != NULL ? " (an IPv6 address cannot "
		    "be used with -4)" : "");
	return rc;
}

int
agent_open(struct agent *a, const struct snmp_opts *o, int64_t deadline,
    session_trace_fn *trace, char *err, size_t errlen)
{
	struct session_opts so;
	int rc;

	memset(&so, 0, sizeof(so));
	a->s = NULL;
	if (o->version == SNMP_V3) {
		agent_usm(&a->usm, o);
		so.usm = &a->usm;
	}
	so.version = o->version;
	so.community = o->community;
	so.community_len = strlen(o->community);
	so.retries = o->retries;
	so.deadline = deadline;
	so.budget_ms = o->timeout_ms;
	so.walkfile = o->walkfile;
	if (trace != NULL && o->verbose >= TRACE_NOTE) {
		so.trace = trace;
		so.trace_arg = (void *)(intptr_t)o->verbose;
	}
	if (o->walkfile == NULL) {
		if ((rc = agent_target(a, o, err, errlen)) != SNMP_OK)
			return rc == SNMP_E_TIMEOUT ? SNMP_E_ADDR : rc;
		so.target = &a->target;
	}
	if ((a->s = session_new()) == NULL) {
		snprintf(err, errlen, "out of memory");
		return SNMP_E_NOMEM;
	}
	if ((rc = session_open(a->s, &so)) != SNMP_OK) {
		snprintf(err, errlen, "%s%s", o->walkfile != NULL &&
		    rc != SNMP_E_TIMEOUT ? "Cannot use walk file: " : "",
		    session_error(a->s));
		session_free(a->s);
		a->s = NULL;
	}
	return rc;
}
