/* SPDX-License-Identifier: ISC */
/*
 * A host's RAM and swap as check_snmp_memory reports them: the figures
 * from the net-snmp UCD-SNMP-MIB memory group, or from HOST-RESOURCES-MIB
 * hrStorage rows of type ram and virtualMemory (RFC 2790 §4.3) with the
 * "Memory buffers" and "Cached memory" rows net-snmp adds; each figure's
 * state against its limits, and the words that show them.  Buffers and
 * page cache count as available unless HOSTMEM_CACHE_USED.
 */
#ifndef HOSTMEM_H
#define HOSTMEM_H

#include <stddef.h>
#include <stdint.h>

#include "hrstorage.h"
#include "ucd.h"

struct json;
struct limit;
struct strbuf;

/* One figure: RAM, or swap (virtual memory on Windows). */
struct hostmem_fig {
	const char	*label;		/* perfdata */
	const char	*title;		/* text */
	const char	*availword;	/* "available", "free" */
	uint64_t	 size;		/* bytes */
	uint64_t	 used;
	uint64_t	 avail;
	double		 pct;		/* hostmem_evaluate()'s */
	int		 state;
};

/* How the figures are taken (flags). */
#define HOSTMEM_CACHE_USED	0x1	/* buffers and cache count as used */
#define HOSTMEM_SYSAVAIL	0x2	/* available RAM is UCD memSysAvail */
#define HOSTMEM_ROWSIZE		0x4	/* hrStorage: HRS_RAM_ROWSIZE */

struct hostmem {
	int		 flags;		/* as taken */
	struct hostmem_fig ram;
	struct hostmem_fig swap;
	int		 have_buffers;
	uint64_t	 buffers;	/* bytes */
	int		 have_cached;
	uint64_t	 cached;
	const char	*from;		/* the source, for -v */
	char		 ramrule[HRSTORAGE_TEXT_MAX + 256];	/* for -v */
	char		 swaprule[HRSTORAGE_TEXT_MAX + 256];
	char		 why[HRSTORAGE_TEXT_MAX + 256];	/* no figures: why */
};

/* hostmem_from_hr()'s results beside 0. */
enum hostmem_result {
	HOSTMEM_BSNMPD = 1,	/* RAM taken; swap: hostmem_bsnmpd_swap() */
	HOSTMEM_UNUSABLE = -1,	/* why said */
	HOSTMEM_NORAM = -2	/* no ram row: why says what hrStorage lacks */
};

/* Empty figures: "ram" RAM and "swap" swap. */
void	hostmem_init(struct hostmem *);
/* The figures of UCD memory (m->any set); 0, or -1 with why said. */
int	hostmem_from_ucd(struct hostmem *, const struct ucd_mem *, int flags);
/*
 * The figures of hrStorage rows: RAM by hrstorage_ram(); swap the
 * virtualMemory row named like "swap", else the first virtualMemory row
 * as "virtual", else none (size 0).  0 or an enum hostmem_result.
 */
int	hostmem_from_hr(struct hostmem *, const struct hrstorage_row *,
	    size_t, const struct hrstorage_host *, int flags);
/*
 * bsnmpd's swap (hrstorage_bsnmpd_swap()), against the UCD figures of m
 * when it has them; 0, or -1 with why said.
 */
int	hostmem_bsnmpd_swap(struct hostmem *, const struct hrstorage_row *,
	    size_t, const struct ucd_mem *);
/* A figure's percentage used and its state (OK without a size). */
void	hostmem_evaluate(struct hostmem_fig *, const struct limit *warn,
	    const struct limit *crit);
/*
 * "RAM 0.36% used (87.37 MiB of 23.54 GiB, 23.45 GiB available)", or
 * "no swap" without a size.
 */
void	hostmem_text(struct strbuf *, const struct hostmem_fig *);
/* -v: the source, how the totals were taken, buffers and cache. */
void	hostmem_verbose(struct strbuf *, const struct hostmem *);
/*
 * --list: the UCD memory objects (when m->any), the hrStorage rows of
 * type other, ram and virtualMemory, bsnmpd and hrMemorySize.
 */
void	hostmem_list(struct strbuf *, const struct ucd_mem *,
	    const struct hrstorage_row *, size_t,
	    const struct hrstorage_host *);
/*
 * The same as JSON members: ucd_memory_kb, hrstorage (rows of those
 * types), hr_memory_size (bytes, null when missing), bsnmpd.
 */
void	hostmem_json(struct json *, const struct ucd_mem *,
	    const struct hrstorage_row *, size_t,
	    const struct hrstorage_host *);

#endif
