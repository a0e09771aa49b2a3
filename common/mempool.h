/* SPDX-License-Identifier: ISC */
/*
 * The memory pools of network devices, as check_snmp_memory reads them
 * (docs/design/sensor-spec.md 3): CISCO-ENHANCED-MEMPOOL-MIB (64-bit
 * columns first), CISCO-MEMORY-POOL-MIB, CISCO-PROCESS-MIB CPU memory,
 * JUNIPER-MIB jnxOperatingTable (percentages only) and NETSWITCH-MIB
 * hpLocalMemTable.  One GETNEXT tells which the agent has.
 */
#ifndef MEMPOOL_H
#define MEMPOOL_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

struct limit;
struct output;

enum mempool_mib {
	MEMPOOL_AUTO = 0,	/* every vendor below, in this order */
	MEMPOOL_CISCO_ANY,	/* --mib cisco: the three Cisco tables */
	MEMPOOL_CEMP,		/* CISCO-ENHANCED-MEMPOOL-MIB */
	MEMPOOL_CISCO,		/* CISCO-MEMORY-POOL-MIB */
	MEMPOOL_CPM,		/* CISCO-PROCESS-MIB cpmCPUMemory* */
	MEMPOOL_JUNIPER,	/* JUNIPER-MIB */
	MEMPOOL_HP		/* NETSWITCH-MIB */
};

struct mempool {
	char		 name[320];	/* safe device text */
	int		 pct_only;	/* Juniper: pct, no bytes */
	uint64_t	 used;		/* bytes */
	uint64_t	 free;
	uint64_t	 size;		/* used + free, or the total */
	int64_t		 pct;		/* pct_only: 0..100 */
	uint64_t	 total_mb;	/* pct_only: the memory size, 0 none */
	char		 cols[64];	/* the columns read, for -v */
	char		 why[96];	/* not "": UNKNOWN for the pool */
	int		 hidden;	/* full by design (lsmpi_io) */
};

struct mempools {
	int		 mib;		/* the table read; AUTO: none found */
	struct mempool	*pool;
	size_t		 n;
};

/* "auto", "cisco", "cisco-enhanced", ...: the enum mempool_mib, else -1. */
int	mempool_mib_parse(const char *);
/* The MIB of an enum mempool_mib. */
const char *mempool_mib_name(int);
/*
 * The pools of the first table of mib (AUTO, CISCO_ANY: probed in the
 * order above) the agent has; p->mib stays MEMPOOL_AUTO when none.
 * SNMP_OK, SNMP_E_NOMEM or a request's error; free with mempools_free().
 */
int	mempools_read(struct session *, int mib, struct mempools *p);
void	mempools_free(struct mempools *);
/*
 * One pool against warn and crit (docs/design/sensor-spec.md 3.4): its
 * state, its item in the summary (", " before all but the k = 0th), its
 * line of long output and its perfdata.  A pool of percentages only with
 * a limit in bytes is UNKNOWN.
 */
void	mempool_check(struct output *, const struct mempool *, size_t k,
	    const struct limit *warn, const struct limit *crit);

#endif
