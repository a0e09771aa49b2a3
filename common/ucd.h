/* SPDX-License-Identifier: ISC */
/*
 * net-snmp's UCD-SNMP-MIB (1.3.6.1.4.1.2021) as the storage and memory
 * plugins and discovery read it: dskTable rows (.9: snmpd.conf "disk" and
 * "includeAllDisks" lines) and the memory group (.4).  The MIB counts in
 * KB; the 64-bit columns and objects (net-snmp 5.5 and 5.8 on) are taken
 * first, the 32-bit ones are Integer32 counts that may have overflowed
 * (read back unsigned) or been clamped at 2147483647 (the figure lost).
 */
#ifndef UCD_H
#define UCD_H

#include <stddef.h>
#include <stdint.h>

#include "pdu.h"
#include "session.h"

struct strbuf;

#define UCD_TEXT_MAX	1024

/* A dskTable row. */
struct ucd_disk {
	uint32_t	 index;
	char		 path[UCD_TEXT_MAX];	/* dskPath, made safe */
	char		 device[UCD_TEXT_MAX];	/* dskDevice, made safe */
	int		 inode;		/* dskPercentNode; -1: none */
	int		 valid;		/* figures usable */
	char		 why[200];	/* why not */
	int		 wrapped;	/* a 32-bit value was read unsigned */
	uint64_t	 size;		/* bytes: dskTotal */
	uint64_t	 avail;		/* dskAvail: left to users */
	uint64_t	 used;		/* dskUsed */
};

/*
 * The whole table into *rows (malloc), *n rows; SNMP_OK, SNMP_E_NOMEM or
 * a walk's error.  The 32-bit columns are walked only when a row lacks
 * the 64-bit ones.
 */
int	ucd_disk_walk(struct session *, struct ucd_disk **, size_t *);

/* The memory objects. */
enum ucd_mem_obj {
	UCD_TOTALSWAP,
	UCD_AVAILSWAP,
	UCD_TOTALREAL,
	UCD_AVAILREAL,
	UCD_BUFFER,
	UCD_CACHED,
	UCD_SYSAVAIL,		/* 64-bit only (net-snmp 5.9.1) */
	UCD_NMEM
};

struct ucd_mem {
	int			 any;		/* any object there at all */
	int			 have[UCD_NMEM];	/* kb[k] usable */
	uint64_t		 kb[UCD_NMEM];
	struct snmp_value	 raw[UCD_NMEM];	/* as sent; an exception:
						   neither object */
};

/* Every object and its 64-bit twin in one GET; SNMP_OK or its error. */
int	ucd_mem_get(struct session *, struct ucd_mem *);
/* "memTotalSwap" ... */
const char *ucd_mem_name(int);
/*
 * A line per object the agent sent, for --list: "memTotalReal: 24683620
 * KiB (23.54 GiB)", or why its value is unusable.
 */
void	ucd_mem_list(struct strbuf *, const struct ucd_mem *);

#endif
