/* SPDX-License-Identifier: ISC */
/*
 * The agent a run's options name: the session options, the SNMPv3 user
 * and the network target made from struct snmp_opts, and the session
 * opened with them.  Plugins and snmp_discover open their agent here.
 */
#ifndef AGENT_H
#define AGENT_H

#include <stddef.h>
#include <stdint.h>

#include "net.h"
#include "options.h"
#include "session.h"

/* What the session points to: it must outlive the session. */
struct agent {
	struct session_usm	 usm;
	struct net_target	 target;
	struct session		*s;
};

/*
 * Open a->s for the options by the deadline; trace (not NULL) gets the
 * requests at the options' verbosity.  Returns 0, or a negative enum
 * snmp_err with the reason in err (SNMP_E_TIMEOUT when the agent did not
 * answer in time); the session is then freed.
 */
int	agent_open(struct agent *a, const struct snmp_opts *o,
	    int64_t deadline, session_trace_fn *trace, char *err,
	    size_t errlen);

#endif
