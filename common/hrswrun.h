/* SPDX-License-Identifier: ISC */
/*
 * HOST-RESOURCES-MIB hrSWRunTable (RFC 2790 §4.4, 1.3.6.1.2.1.25.4.2) and
 * hrSWRunPerfTable (§4.5, 1.3.6.1.2.1.25.5.1) as the process plugin and
 * discovery read them: one row per process with the columns asked for,
 * all in one table walk.  A process that starts or ends while the columns
 * are walked leaves a row with holes: it is marked incomplete.  A column
 * that no row has is one the agent lacks, not a hole.  Also what a row
 * means to a check: the texts a selection compares, the statuses that
 * count, the figures of the selected processes, and a row's text for
 * people.
 */
#ifndef HRSWRUN_H
#define HRSWRUN_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"
#include "strbuf.h"

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

/* What a selection (-n, -r, -E) compares. */
enum hrswrun_target {
	HRSW_BY_NAME,	/* hrSWRunName */
	HRSW_BY_PATH,	/* hrSWRunPath, with the name when a directory */
	HRSW_BY_ARGS	/* the name or that path with hrSWRunParameters */
};

/* The columns a selection by target compares. */
unsigned hrswrun_target_cols(int target);

struct hrswrun_texts {
	const char	*text[2];	/* NULL: missing */
	char		*own[3];	/* allocated: what text[] shows */
};

/*
 * The texts of a row a selection by target compares: the name; or the
 * path and, when the path ends in / or \ (Windows gives the directory),
 * the path with the name; or "NAME ARGS" and "PATH ARGS" with that path.
 * SNMP_OK or SNMP_E_NOMEM; hrswrun_texts_free() either way.
 */
int	hrswrun_texts(struct hrswrun_texts *, const struct hrswrun_row *,
	    int target);
void	hrswrun_texts_free(struct hrswrun_texts *);
/*
 * A list of statuses separated by commas, each a name (any case) or
 * 1-4, or "all": *mask gets bit s for each status s; SNMP_OK.
 * SNMP_E_SYNTAX for anything else, an empty list or 128 octets or more.
 */
int	hrswrun_status_mask(const char *, unsigned *mask);

/* The figures of the processes a check selected. */
struct hrswrun_tally {
	size_t		 matched;
	size_t		 counted;
	size_t		 status[5];	/* uncounted by status, [0]: none */
	size_t		 changed;	/* rows with holes */
	uint64_t	 mem_total;
	uint64_t	 mem_max;
	uint32_t	 mem_max_pid;
	size_t		 mem_n;
	uint64_t	 cpu_total;
};

/*
 * Add a selected row: 1 when it counts (complete, its status a bit of
 * mask), its memory and CPU time then added; else 0.
 */
int	hrswrun_tally_add(struct hrswrun_tally *, const struct hrswrun_row *,
	    unsigned mask);
/*
 * ", not counted: 1 notRunnable, 2 with an unknown status" when complete
 * rows did not count, else nothing.
 */
void	hrswrun_tally_uncounted(struct strbuf *,
	    const struct hrswrun_tally *);
/*
 * The first name of the rows that is want cut as agents cut names (at
 * least 15 characters, Linux's TASK_COMM_LEN - 1; icase: any case), or
 * NULL.
 */
const char *hrswrun_cut_name(const struct hrswrun *, const char *want,
	    int icase);
/* "1.00 s": centi-seconds of CPU time. */
void	hrswrun_cpu_text(uint64_t, char *, size_t);
/*
 * A row for --list: "PID STATUS TYPE 'NAME' path 'PATH' args 'ARGS'
 * memory M CPU C", "-" for what it lacks, then " (started or ended
 * during the walk)" for a row with holes.
 */
void	hrswrun_list_line(struct strbuf *, const struct hrswrun_row *);
/* "PID 1 init: running, memory 1 MiB, CPU 0.10 s" with what it has. */
void	hrswrun_item(struct strbuf *, const struct hrswrun_row *);
/*
 * ", path PATH" when path is set, ", args ARGS" with at most args_max
 * characters of them ("..." when cut); what the row has.
 */
void	hrswrun_item_where(struct strbuf *, const struct hrswrun_row *,
	    int path, size_t args_max);

#endif
