/* SPDX-License-Identifier: ISC */
/*
 * Private to the walk-file reader: walkfile.c (the store, the public API
 * and the pieces both formats share), walkfile_text.c (net-snmp snmpwalk
 * output) and walkfile_snmprec.c (snmpsim .snmprec).  A parser reads one
 * record of a line into struct wf_parser and hands its value to wf_add() as
 * the BER contents octets an agent would have sent; a malformed record is
 * SNMP_E_SYNTAX with pp->msg saying why (wf_err()), anything else that is
 * not SNMP_OK ends the parse.  Plugins see only walkfile.h.
 */
#ifndef WALKFILE_INT_H
#define WALKFILE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "oid.h"
#include "walkfile.h"

#define WF_SHOW		48	/* at most this much of a bad token in err */
#define WF_INT_OCTETS	9	/* a 64-bit integer's contents, at the most */

struct wf_parser {
	struct walkfile	*wf;
	const char	*name;
	const char	*p;		/* start of the next unread line */
	const char	*end;
	size_t		 line;		/* number of the last line read */
	int		 crlf;
	char		*err;
	size_t		 errlen;
	char		 msg[256];	/* why the current record is skipped */
	struct oid	 rec;		/* the current record's OID ... */
	int		 have_rec;	/* ... when it could be read */
	uint8_t		*buf;		/* octets of the value being read */
	size_t		 len;
	size_t		 bufcap;
};

/* walkfile.c: the record's way into the store */
/* Why the current record is skipped (the caller adds FILE:LINE). */
int	wf_err(struct wf_parser *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* "bad WHAT value 'TEXT'", or "WHAT value out of range" for SNMP_E_RANGE */
int	wf_num_err(struct wf_parser *, int, const char *, const char *,
	    const char *);
/* Length of a token for messages, so one bad line cannot flood err. */
int	wf_show(const char *, const char *);
/* Append octets to pp->buf, the value being read. */
int	wf_put(struct wf_parser *, const void *, size_t);
/* Store one object: its OID, its tag and the contents octets of its value. */
int	wf_add(struct wf_parser *, const struct oid *, uint8_t,
	    const uint8_t *, size_t);
/* The contents octets of an integer as an agent encodes them. */
int	wf_int_octets(struct wf_parser *, int64_t, int, uint64_t,
	    uint8_t[WF_INT_OCTETS], size_t *);
/* wf_add(): tag with the signed v, or the unsigned u when the flag is set */
int	wf_add_int(struct wf_parser *, const struct oid *, uint8_t, int64_t,
	    int, uint64_t);
/* wf_add() of an OID value; [s, e) is its text, for the message */
int	wf_add_oid(struct wf_parser *, const struct oid *, const struct oid *,
	    const char *, const char *);
/* Next line as [*ls, *le) without its line end; 0 at the end of input. */
int	wf_next_line(struct wf_parser *, const char **, const char **);

/* walkfile.c: tokens both formats have */
/* Whole span of decimal digits as a number no greater than max. */
int	wf_parse_u64(const char *, const char *, uint64_t, uint64_t *);
/* Dotted quad, each part 0..255. */
int	wf_parse_ipv4(const char *, const char *, uint8_t[4]);
int	wf_is_hex_pair(const char *, const char *);
/* only after wf_is_hex_pair() */
uint8_t	wf_hex_octet(const char *);
/* Numeric OID text with an optional leading dot (-On, snmprec). */
int	wf_numeric_oid(struct oid *, const char *, const char *);

/* walkfile_text.c: one record of net-snmp snmpwalk output */
int	wf_walk_line(struct wf_parser *, const char *, const char *);

/* walkfile_snmprec.c */
/* Does this first record make the file snmprec? */
int	wf_is_snmprec(const char *, const char *);
int	wf_snmprec_line(struct wf_parser *, const char *, const char *);

#endif
