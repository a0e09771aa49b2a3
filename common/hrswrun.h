/* SPDX-License-Identifier: ISC */
/*
 * HOST-RESOURCES-MIB hrSWRunTable (RFC 2790 §4.4, 1.3.6.1.2.1.25.4.2) and
 * hrSWRunPerfTable (§4.5, 1.3.6.1.2.1.25.5.1) as the process plugin and
 * discovery read them: one row per process with the columns asked for,
 * all in one table walk.  A process that starts or ends while the columns
 * are walked leaves a row with holes: it is marked incomplete.  A column
 * that no row has is one the agent lacks, not a hole.
 */
#ifndef HRSWRUN_H
#define HRSWRUN_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

/* The columns, as bits of a column set (1u << HRSW_NAME ...). */
enum hrswrun_col {
	HRSW_NAME,	/* hrSWRunName */
	HRSW_STATUS,	/* hrSWRunStatus */
	HRSW_PATH,	/* hrSWRunPath */
	HRSW_PARAMS,	/* hrSWRunParameters */
	HRSW_TYPE,	/* hrSWRunType */
	HRSW_CPU,	/* hrSWRunPerfCPU */
	HRSW_MEM,	/* hrSWRunPerfMem */
	HRSW_NCOLS
};

/* hrSWRunStatus (RFC 2790 §4.4). */
enum hrswrun_status {
	HRSW_RUNNING = 1,
	HRSW_RUNNABLE = 2,
	HRSW_NOTRUNNABLE = 3,
	HRSW_INVALID = 4
};

struct hrswrun_row {
	uint32_t	 pid;		/* hrSWRunIndex; 0: a malformed index */
	char		*name;		/* NULL: the cell was missing */
	char		*path;
	char		*params;
	int		 status;	/* 0: missing; 999: out of range */
	int		 type;		/* 0: missing; out of range: 1 */
	int		 has_cpu;
	int		 has_mem;
	uint64_t	 cpu;		/* centi-seconds */
	uint64_t	 mem;		/* bytes */
	unsigned	 missing;	/* bit k: column k absent or unusable */
	int		 complete;	/* every column the agent has */
};

struct hrswrun {
	struct hrswrun_row *rows;
	size_t		 nrows;
	unsigned	 cols;		/* the columns walked */
	unsigned	 absent;	/* walked columns no row has usable */
	size_t		 have[HRSW_NCOLS];	/* cells present per column */
};

/*
 * Walk the columns of the set cols; SNMP_OK, SNMP_E_NOMEM or the walk's
 * error.  Free with hrswrun_free().
 */
int	hrswrun_walk(struct session *, unsigned cols, struct hrswrun *);
/*
 * 0 if the agent has every column of need that was walked, else -1 and
 * in err what it lacks ("The agent at PEER has no hrSWRunPerfMem ...").
 */
int	hrswrun_lacking(const struct hrswrun *, unsigned need,
	    const char *peer, char *err, size_t errlen);
/* "running" ... "invalid", "-" when missing, else "status N" in buf. */
const char *hrswrun_status_text(int, char *, size_t);
/* "unknown" ... "application", "-" when missing. */
const char *hrswrun_type_text(int);
void	hrswrun_free(struct hrswrun *);

#endif
