/* SPDX-License-Identifier: ISC */
/*
 * HOST-RESOURCES-MIB hrStorageTable (RFC 2790 §4.3) as the storage and
 * memory plugins and discovery read it: each row's type, description and
 * figures in bytes, or why its figures cannot be used.  hrStorageSize and
 * hrStorageUsed are Integer32: a negative value is the low 32 bits of a
 * larger unsigned count and is read back as such; 2147483647 is a clamped
 * value whose real figure is lost.
 */
#ifndef HRSTORAGE_H
#define HRSTORAGE_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

#define HRSTORAGE_TEXT_MAX	1024

/* hrStorageTypes arcs (RFC 2790 §5); 0: a type OID outside them. */
enum hrstorage_type {
	HRS_UNKNOWN = 0,
	HRS_OTHER = 1,
	HRS_RAM = 2,
	HRS_VIRTUAL = 3,
	HRS_FIXED = 4,
	HRS_NETWORK = 10,
	HRS_MAX = 10
};

struct hrstorage_row {
	uint32_t	 index;
	int		 type;		/* enum hrstorage_type */
	char		 typetext[48];	/* MIB name, the OID, "missing" */
	char		 descr[HRSTORAGE_TEXT_MAX];
	int		 valid;		/* figures usable */
	char		 why[200];	/* why not */
	int		 wrapped;	/* a 32-bit value was read unsigned */
	uint64_t	 size;		/* bytes */
	uint64_t	 used;
};

/* The whole table into *rows (malloc), *n rows; SNMP_OK or the walk's error. */
int	hrstorage_walk(struct session *, struct hrstorage_row **, size_t *);

/*
 * What the agent says of its memory beside the table: hrMemorySize (RFC
 * 2790 §4.2, KBytes) and whether it is FreeBSD's bsnmpd (sysObjectID under
 * the Begemot enterprise, 1.3.6.1.4.1.12325), whose hostres module fills
 * hrStorage with ram rows of its own kind (hrstorage_ram()).
 */
struct hrstorage_host {
	uint64_t	 memsize;	/* bytes */
	int		 have_memsize;
	int		 bsnmpd;	/* by sysObjectID */
};

/* One GET of sysObjectID.0 and hrMemorySize.0; SNMP_OK or its error. */
int	hrstorage_host_get(struct session *, struct hrstorage_host *);

/* The total hrstorage_ram() took for RAM. */
enum hrstorage_ram_rule {
	HRS_RAM_ROW,		/* the row's size, near hrMemorySize or alone */
	HRS_RAM_ASKED,		/* the row's size, though off: asked for */
	HRS_RAM_BSNMPD,		/* bsnmpd: hrMemorySize, not its row's size */
	HRS_RAM_MEMSIZE,	/* hrMemorySize: the row is off by > 10 % */
	HRS_RAM_USEDOVER	/* the row's size: hrMemorySize is below used */
};

#define HRS_RAM_ROWSIZE	0x1	/* flag: keep the row's size as the total */

struct hrstorage_ram {
	const struct hrstorage_row *row;	/* NULL: none */
	int		 bsnmpd;	/* by sysObjectID or the row */
	int		 rule;		/* enum hrstorage_ram_rule */
	uint64_t	 size;		/* bytes: the RAM total */
	uint64_t	 used;		/* bytes: the row's used */
	char		 why[HRSTORAGE_TEXT_MAX + 256];	/* the rule in words,
					   or why there is no figure */
};

/*
 * The RAM of hrStorage rows: the first row of type ram (on bsnmpd the
 * one described "Real Memory Metrics", which counts the pages in use, not
 * the RAM: its total is hrMemorySize), its used, and as total the row's
 * size unless it is more than 10 % off hrMemorySize (HRS_RAM_ROWSIZE keeps
 * it).  0, or -1 with why said: no row (row NULL) or none usable.
 */
int	hrstorage_ram(const struct hrstorage_row *, size_t,
	    const struct hrstorage_host *, int, struct hrstorage_ram *);

/*
 * bsnmpd's swap: its rows "Swap:/dev/DEVICE", one per device, summed and
 * checked against UCD-SNMP-MIB's memTotalSwap and memAvailSwap when the
 * agent has them too (the bsnmp-ucd module); UCD wins when they are more
 * than 10 % apart.
 */
struct hrstorage_swap {
	size_t		 n;		/* rows; 0: no swap device */
	uint64_t	 size;		/* bytes */
	uint64_t	 used;
	int		 from_ucd;	/* the figures are UCD's */
	char		 why[HRSTORAGE_TEXT_MAX + 256];	/* the rule in words,
					   or why a row is unusable */
};

/* ucd: memTotalSwap and memAvailSwap in bytes, NULL: none.  0, or -1. */
int	hrstorage_bsnmpd_swap(const struct hrstorage_row *, size_t,
	    const uint64_t *, struct hrstorage_swap *);
/* 1 when two figures of one thing are within 10 % of the second. */
int	hrstorage_near(uint64_t, uint64_t);
/* A type by its MIB name (fixedDisk) or short name (fixed); -1 if none. */
int	hrstorage_type_parse(const char *);

/* Every type in a mask of bit 1 << type, bit 0 being a type OID outside. */
#define HRS_TYPES_ALL	0x7ffu
/*
 * A --type list, "fixed,network": types (hrstorage_type_parse()) or
 * "all" (HRS_TYPES_ALL) added to *mask, which must not stay empty; 0, or
 * -1 with the message in err.
 */
int	hrstorage_types_parse(const char *, unsigned *, char *err,
	    size_t errlen);

#endif
