/* SPDX-License-Identifier: ISC */
/*
 * The requester: one agent (over UDP or from a walk file), one time budget.
 * Request ids, retries inside the deadline, reply matching
 * (shared/reference/protocol-notes.md), v1 noSuchName and v2c exceptions
 * reported per object, tooBig answered by splitting the request; SNMPv3
 * discovery, time synchronisation and keys (session_v3.c).  Tables are
 * walked over a session by table.c.  The session itself is opaque.
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

struct session;
struct walkfile;

/* Trace levels, matching -v (notes), -vv (requests), -vvv (packets). */
enum session_trace {
	TRACE_NOTE = 1,
	TRACE_REQUEST = 2,
	TRACE_PACKET = 3
};

/*
 * Trace callback: text, and for TRACE_PACKET the packet with the octets
 * [redact_off, redact_off + redact_len) to be masked (the community).
 */
typedef void	session_trace_fn(void *, int, const char *, const uint8_t *,
		    size_t, size_t, size_t);

/*
 * SNMPv3 user (RFC 3414) as the options give it: passwords, from which
 * the session derives the keys (RFC 3414 §A.2, a 1 MiB hash each), or
 * keys already localized for the agent's engine (--authkey, --privkey).
 */
struct session_usm {
	const char	*user;
	int		 level;		/* 0 noAuthNoPriv, 1 authNoPriv, 2 authPriv */
	int		 auth;		/* enum usm_auth */
	int		 priv;		/* enum usm_priv */
	const char	*auth_pass;
	const char	*priv_pass;
	const uint8_t	*auth_key;	/* localized, or NULL */
	size_t		 auth_key_len;
	const uint8_t	*priv_key;	/* localized, or NULL */
	size_t		 priv_key_len;
	const char	*context;
	const uint8_t	*ctx_engine;	/* contextEngineID; 0: discovered */
	size_t		 ctx_engine_len;
	const uint8_t	*sec_engine;	/* known engine: no discovery */
	size_t		 sec_engine_len;
	const char	*cache_dir;	/* --cache-dir */
	const struct usm_cache *cache;	/* usmcache.h; NULL: no cache */
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

/* A new session, or NULL when out of memory. */
struct session *session_new(void);
/*
 * Connect (or load the walk file) and, for SNMPv3, derive the user's
 * keys; the options and what they point to must outlive the session.  On
 * failure session_error() says what happened.
 */
int	session_open(struct session *, const struct session_opts *);
/* Release everything, wipe the keys, free the session. */
void	session_free(struct session *);
/*
 * GET or GETNEXT of n objects; out[i] answers oids[i].  A missing object is
 * not an error: its value has an exception type (value_is_exception()).
 * Values stay valid until session_free().
 */
int	session_get(struct session *, const struct oid *, size_t,
	    struct varbind *);
int	session_getnext(struct session *, const struct oid *, size_t,
	    struct varbind *);
const char *session_error(const struct session *);
/*
 * "host:port" or the walk file name, for messages (the address is
 * formatted on the first call).
 */
const char *session_peer(struct session *);
/* 1 when the session reads a walk file. */
int	session_offline(const struct session *);
/* The SNMP version the session speaks (enum snmp_version). */
int	session_version(const struct session *);
/* Datagrams sent so far. */
unsigned session_requests(const struct session *);
/*
 * The agent's snmpEngineBoots once an authenticated SNMPv3 message gave
 * it: 1 and *boots, else 0 (a restart shows as a change, see rate.h).
 */
int	session_boots(const struct session *, int32_t *);

#endif
