/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB (RFC 2863) as the plugins and discovery read it: the ifTable and
 * ifXTable columns, an interface's identity (ifDescr, ifName, ifAlias,
 * ifPhysAddress), type, speed and status, and its counters as a rate
 * sample (64-bit ifXTable counters, or ifTable's 32-bit ones).
 */
#ifndef IFMIB_H
#define IFMIB_H

#include <stddef.h>
#include <stdint.h>

#include "oid.h"
#include "pdu.h"
#include "rate.h"
#include "session.h"

#define IFMIB_TEXT_MAX	256

/* The columns (ifEntry 1.3.6.1.2.1.2.2.1, ifXEntry 1.3.6.1.2.1.31.1.1.1). */
enum ifmib_col {
	IF_INDEX, IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS, IF_ADMIN, IF_OPER,
	IF_NAME, IF_HSPEED, IF_ALIAS,
	IF_IN_OCT32, IF_IN_UCAST32, IF_IN_NUCAST32, IF_IN_DISC, IF_IN_ERR,
	IF_OUT_OCT32, IF_OUT_UCAST32, IF_OUT_NUCAST32, IF_OUT_DISC, IF_OUT_ERR,
	IF_IN_OCT64, IF_IN_UCAST64, IF_IN_MCAST64, IF_IN_BCAST64,
	IF_OUT_OCT64, IF_OUT_UCAST64, IF_OUT_MCAST64, IF_OUT_BCAST64,
	IF_NCOLS
};

/* The counters of a sample, whichever table they come from. */
enum ifmib_slot {
	S_IN_OCT, S_OUT_OCT, S_IN_UCAST, S_OUT_UCAST, S_IN_MCAST, S_IN_BCAST,
	S_OUT_MCAST, S_OUT_BCAST, S_IN_NUCAST, S_OUT_NUCAST, S_IN_DISC,
	S_IN_ERR, S_OUT_DISC, S_OUT_ERR, IF_NSLOTS
};

enum ifmib_dir { D_IN, D_OUT, NDIRS };

/* ifOperStatus (RFC 2863 §6); ifAdminStatus is up, down, testing. */
enum ifmib_oper {
	OPER_UP = 1, OPER_DOWN, OPER_TESTING, OPER_UNKNOWN, OPER_DORMANT,
	OPER_NOTPRESENT, OPER_LOWERDOWN, OPER_MAX = OPER_LOWERDOWN
};

/* The slots' names in a rate sample, and their direction. */
extern const char *const ifmib_slot_names[IF_NSLOTS];
extern const int ifmib_slot_dir[IF_NSLOTS];

/* One interface as read. */
struct ifmib_row {
	uint32_t	 idx;
	int		 exists;	/* the agent answered a status cell */
	char		 descr[IFMIB_TEXT_MAX];
	char		 name[IFMIB_TEXT_MAX];
	char		 alias[IFMIB_TEXT_MAX];
	char		 phys[IFMIB_TEXT_MAX];	/* hex */
	int		 type;		/* -1 unknown */
	int		 has_ifspeed, has_hspeed;
	uint64_t	 ifspeed;
	uint64_t	 hspeed;	/* Mb/s */
	int		 admin, oper;	/* 0 missing */
	int		 want_hc;	/* ask ifXTable for the counters */
	struct rate_sample cur;		/* source 1: ifXTable counters */
};

void	ifmib_column(struct oid *, int col);
/* A cell's value into the row (counters into row->cur). */
void	ifmib_store(struct ifmib_row *, int col, const struct snmp_value *);
/*
 * The agent's speed in bits/s: ifSpeed below its 4294967295 ceiling, else
 * ifHighSpeed; 0 when unknown.
 */
uint64_t ifmib_speed(const struct ifmib_row *);
/* What the interface is (ifDescr, ifName, ifPhysAddress) as one line. */
void	ifmib_identity(const struct ifmib_row *, char *, size_t);
/* An IANAifType name, or NULL; and back (a name or 1 to 1023, or -1). */
const char *ifmib_type_name(int);
int	ifmib_type_parse(const char *);
const char *ifmib_oper_name(int);
const char *ifmib_admin_name(int);
/* up, down, ... or 1-7; -1 otherwise. */
int	ifmib_oper_parse(const char *);
/*
 * GET the identity and status (ident) and the counters (counters) of
 * rows[0..n), as few requests as the varbind limit allows, each starting
 * with sysUpTime.0 so that every sample has the agent's clock of its own
 * request.  With counters, rows whose ifXTable has no octet counters are
 * read again from ifTable.  SNMP_OK or a session error.
 */
int	ifmib_fetch(struct session *, struct ifmib_row **, size_t, int ident,
	    int counters);
/*
 * The packets of direction dir counted by both samples (deltas of the
 * unicast, multicast and broadcast slots): 0 and *out, -1 without them.
 */
int	ifmib_packets(const int *has, const uint64_t *delta, int dir,
	    double *out);

#endif
