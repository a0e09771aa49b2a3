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
/* A type by its MIB name (fixedDisk) or short name (fixed); -1 if none. */
int	hrstorage_type_parse(const char *);

#endif
