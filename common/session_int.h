/* SPDX-License-Identifier: ISC */
/*
 * Private to the session floor (session.c, session_v3.c, table.c) and its
 * unit suite: the session itself, and the one retry loop each protocol
 * version plugs its encoding and its reply checks into.  Plugins see only
 * session.h, where struct session is opaque.
 */
#ifndef SESSION_INT_H
#define SESSION_INT_H

#include <stddef.h>
#include <stdint.h>

#include "net.h"
#include "oid.h"
#include "pdu.h"
#include "session.h"

#define SESSION_MAX_TRIES	32	/* -e 20, plus the halvings of a GETBULK */

struct session_block;
struct session_v3;

struct session {
	struct session_opts	 o;
	struct net_conn		 conn;
	struct walkfile		*wf;
	struct session_block	*blocks;	/* copies of reply values */
	struct session_block	*fill;		/* the one being filled */
	size_t			 keep_used;	/* of keep[], before blocks */
	uint8_t			 keep[256];	/* a GET's values: no malloc */
	unsigned		 requests;	/* datagrams sent */
	unsigned		 ignored;	/* datagrams dropped */
	unsigned		 answered;	/* requests answered */
	int64_t			 rtt_ms;	/* smoothed round trip, 0 unknown */
	char			 ignored_why[128];
	char			 err[SESSION_ERR_MAX];
	int			 maxrep;	/* GETBULK max-repetitions */
	int			 maxrep_cap;	/* at most: tooBig, silence */
	struct oid		 walked;	/* the table entry walked last */
	size_t			 walked_rows;	/* its rows: a hint for the next */
	char			 tracebuf[32];
	struct session_v3	*v3;		/* SNMPv3 only */
	/* session_new() zeroes what comes before these buffers */
	uint8_t			 sbuf[SESSION_BUF];
	uint8_t			 rbuf[SESSION_BUF + 1];
	struct varbind		 vb[SESSION_REPLY_VB];
};

/* What one datagram was to the request (xact_ops.accept). */
enum xact_verdict {
	XACT_IGNORE,	/* not ours, or not genuine: keep waiting */
	XACT_ANSWER,	/* the reply: checked against the request next */
	XACT_DONE	/* ends the request as it is (a Report, discovery) */
};

/*
 * One request with its tries.  ids[], reps[] and sent[] describe the
 * transmissions that a reply may answer: request-ids (one per distinct
 * id) for v1/v2c, msgIDs (one per try) for SNMPv3.
 */
struct xact {
	int			 type;		/* PDU_GET, PDU_GETNEXT, ... */
	const struct oid	*oids;
	size_t			 n;
	int			 discovery;	/* SNMPv3 engine discovery */
	int			 tries;		/* set by session_transact */
	int			 shrunk;	/* this try halved maxrep */
	int32_t			 reqid;
	int			 len;		/* the encoded message */
	size_t			 coff;		/* its community (redacted) */
	int			 nids;
	int32_t			 ids[SESSION_MAX_TRIES];
	int			 reps[SESSION_MAX_TRIES];	/* maxrep */
	int64_t			 sent[SESSION_MAX_TRIES];
	const struct pdu	*reply;		/* set by accept */
	void			*arg;		/* the version's reply */
};

struct xact_ops {
	/*
	 * Encode try number `try' (0-based, of x->tries) into s->sbuf,
	 * record it in x, trace it; the length, or a negative code with
	 * s->err set.
	 */
	int	(*build)(struct session *, struct xact *, int try,
		    int64_t now, int64_t until);
	/* One datagram in s->rbuf; *k: which of x->ids it answers. */
	int	(*accept)(struct session *, struct xact *, size_t, int *k);
	/* Why there was no answer, for the timeout message. */
	void	(*causes)(const struct session *, const struct xact *, char *,
		    size_t);
};

int	session_transact(struct session *, const struct xact_ops *,
	    struct xact *);
/* One request of any version; the reply in *m (values in s->rbuf). */
int	session_request(struct session *, int type, const struct oid *,
	    size_t, struct snmp_msg *);
/* GET or GETNEXT with tooBig splits and v1 noSuchName retries. */
int	session_run(struct session *, int type, const struct oid *, size_t,
	    struct varbind *);
/* Copy a value's octets out of the receive buffer for the session's life. */
int	session_keep(struct session *, struct snmp_value *);
void	session_seterr(struct session *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	session_ignore(struct session *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	session_trace(struct session *, int, const uint8_t *, size_t, size_t,
	    size_t, const char *, ...)
	    __attribute__((format(printf, 7, 8)));
const char *session_pdu_name(int);
const char *session_maxrep_text(struct session *, int);
/* check the reply to try k of x (request-level checks, RFC 3416 §4.2) */
int	session_check_reply(struct session *, const struct xact *, int k);

#endif
