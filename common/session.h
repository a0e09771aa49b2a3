/* SPDX-License-Identifier: ISC */
/*
 * The requester: one agent (over UDP or from a walk file), one time budget.
 * Request ids, retries inside the deadline, reply matching
 * (shared/reference/protocol-notes.md), v1 noSuchName and v2c exceptions
 * reported per object, tooBig answered by splitting the request.
 */
#ifndef SESSION_H
#define SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "net.h"
#include "oid.h"
#include "pdu.h"

#define SESSION_MAX_VB		64	/* varbinds per request */
#define SESSION_BUF		65536	/* largest UDP payload */
#define SESSION_ERR_MAX		512

struct walkfile;

/* Trace levels, matching -vv (requests) and -vvv (packets). */
enum session_trace {
	TRACE_REQUEST = 2,
	TRACE_PACKET = 3
};

/*
 * Trace callback: text, and for TRACE_PACKET the packet with the octets
 * [redact_off, redact_off + redact_len) to be masked (the community).
 */
typedef void	session_trace_fn(void *, int, const char *, const uint8_t *,
		    size_t, size_t, size_t);

struct session_opts {
	int			 version;	/* enum snmp_version */
	const char		*community;
	size_t			 community_len;
	int			 retries;
	int64_t			 deadline;	/* snmp_now_ms() based */
	int64_t			 budget_ms;	/* whole -t, for per-try split */
	const struct net_target	*target;	/* NULL with a walk file */
	const char		*walkfile;
	session_trace_fn	*trace;
	void			*trace_arg;
};

struct session_block;

struct session {
	struct session_opts	 o;
	struct net_conn		 conn;
	struct walkfile		*wf;
	struct session_block	*blocks;	/* copies of reply values */
	unsigned		 requests;	/* datagrams sent */
	unsigned		 ignored;	/* datagrams dropped */
	char			 ignored_why[128];
	char			 err[SESSION_ERR_MAX];
	uint8_t			 sbuf[SESSION_BUF];
	uint8_t			 rbuf[SESSION_BUF + 1];
	struct varbind		 vb[SESSION_MAX_VB + 1];
};

/* On failure session->err says what happened. */
int	session_open(struct session *, const struct session_opts *);
void	session_close(struct session *);
/*
 * GET or GETNEXT of n objects; out[i] answers oids[i].  A missing object is
 * not an error: its value has an exception type (value_is_exception()).
 * Values stay valid until session_close().
 */
int	session_get(struct session *, const struct oid *, size_t,
	    struct varbind *);
int	session_getnext(struct session *, const struct oid *, size_t,
	    struct varbind *);
const char *session_error(const struct session *);
/* "host:port" or the walk file name, for messages. */
const char *session_peer(const struct session *);

#endif
