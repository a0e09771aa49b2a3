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

#define SESSION_MAX_VB		256	/* varbinds per request */
#define SESSION_REPLY_VB	512	/* varbinds per reply (GETBULK) */
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

/* SNMPv3 user (RFC 3414) as the options give it. */
struct session_usm {
	char		 user[33];
	int		 level;		/* 0 noAuthNoPriv, 1 authNoPriv, 2 authPriv */
	int		 auth;		/* enum usm_auth */
	int		 priv;		/* enum usm_priv */
	uint8_t		 auth_key[64];	/* Ku, or Kul when auth_localized */
	uint8_t		 priv_key[64];	/* Ku, or Kul when priv_localized */
	size_t		 priv_key_len;	/* for a localized priv key */
	int		 auth_localized;
	int		 priv_localized;
	char		 context[33];
	uint8_t		 ctx_engine[32];	/* contextEngineID; 0: discovered */
	size_t		 ctx_engine_len;
	uint8_t		 sec_engine[32];	/* known engine: no discovery */
	size_t		 sec_engine_len;
};

struct session_opts {
	int			 version;	/* enum snmp_version */
	const struct session_usm *usm;		/* SNMPv3 only */
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
	unsigned		 answered;	/* requests answered */
	int64_t			 rtt_ms;	/* smoothed round trip, 0 unknown */
	char			 ignored_why[128];
	char			 err[SESSION_ERR_MAX];
	uint8_t			 sbuf[SESSION_BUF];
	uint8_t			 rbuf[SESSION_BUF + 1];
	struct varbind		 vb[SESSION_REPLY_VB];
	int			 maxrep;	/* GETBULK max-repetitions */
	int			 maxrep_cap;	/* at most: tooBig, silence */
	char			 tracebuf[32];
	/* SNMPv3 state: the agent's engine, clock and our localized keys */
	uint8_t			 engine[32];
	size_t			 engine_len;
	int32_t			 boots;
	int32_t			 etime;
	int64_t			 etime_at;	/* snmp_now_ms() when learned */
	int			 timed;		/* boots/time authenticated */
	uint8_t			 kul[64];
	uint8_t			 privkey[32];
	uint32_t		 salt_counter;
	uint8_t			 pbuf[SESSION_BUF];	/* scoped PDU */
	struct session_usm	*usm;		/* owned, wiped at close */
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
/*
 * A table read column by column and joined by index.  rows[] ascend by
 * index; val[c] is column c of the row, VAL_NOSUCHINSTANCE where the
 * agent has no such cell.  Values stay valid until session_close().
 */
struct session_row {
	const uint32_t		*index;		/* the arcs after the column */
	size_t			 index_len;
	struct snmp_value	*val;		/* [ncols] */
};

struct session_table {
	size_t			 ncols;
	size_t			 nrows;
	struct session_row	*rows;
	struct snmp_value	*vals;
	uint32_t		*pool;
};

#define SESSION_BULK_MAX		100	/* max-repetitions at most */
#define SESSION_BULK_VB			200	/* objects per GETBULK reply */
#define SESSION_WALK_MAX_CELLS		500000u
#define SESSION_WALK_MAX_REQUESTS	20000u

/*
 * Walk the subtrees cols[0..ncols) (table columns such as hrStorageDescr,
 * or any subtree: its objects are the "rows") and join them by index.
 * GETBULK for v2c and v3, several columns per request, max-repetitions
 * chosen for about SESSION_BULK_VB objects per reply (at most
 * SESSION_BULK_MAX), halved for the rest of the session after tooBig or an
 * unanswered try; GETNEXT for v1 and walk files.
 * A column ends at endOfMibView, v1 noSuchName, or the first object
 * outside it.  Errors: an object not greater than the one before (a
 * loop), an error-status, more than SESSION_WALK_MAX_CELLS objects or
 * SESSION_WALK_MAX_REQUESTS requests, and those of session_get().  Free
 * the table with session_table_free().
 */
int	session_table(struct session *, const struct oid *, size_t,
	    struct session_table *);
void	session_table_free(struct session_table *);
/* The row with exactly this index, or NULL. */
const struct session_row *session_table_find(const struct session_table *,
	    const uint32_t *, size_t);
const char *session_error(const struct session *);
/* "host:port" or the walk file name, for messages. */
const char *session_peer(const struct session *);

#endif
