/* SPDX-License-Identifier: ISC */
/*
 * A storage volume in bytes, as the storage plugin and discovery see it:
 * a HOST-RESOURCES-MIB hrStorageTable row (hrstorage.h) or a net-snmp
 * UCD-SNMP-MIB dskTable row (ucd.h) in the same terms.  Free space is
 * size - used for hrStorage and dskAvail (the space left to unprivileged
 * users) for dskTable.  Here too: a volume's usage as text, the sum of
 * several, names unique among them, its --list line and its JSON row.
 */
#ifndef VOLUME_H
#define VOLUME_H

#include <stddef.h>
#include <stdint.h>

#include "hrstorage.h"
#include "json.h"
#include "strbuf.h"
#include "ucd.h"

struct volume {
	struct hrstorage_row r;	/* descr: the name (dskPath) */
	char		 label[HRSTORAGE_TEXT_MAX + 16];	/* volume_labels() */
	char		 device[UCD_TEXT_MAX];	/* dskDevice; "" for hrStorage */
	uint64_t	 free;		/* what can still be written */
	int		 inode;		/* dskPercentNode; -1: none */
	int		 selected;	/* the caller's: marked in lists */
};

/* Volumes of hrStorage rows into *vols (malloc); SNMP_OK or SNMP_E_NOMEM. */
int	volume_from_hr(const struct hrstorage_row *, size_t,
	    struct volume **);
/* The same of dskTable rows (type HRS_UNKNOWN, typetext "dskEntry"). */
int	volume_from_ucd(const struct ucd_disk *, size_t, struct volume **);
/* Used / size in percent; 0 without a size. */
double	volume_pct(const struct volume *);
/*
 * "/: 6.34% used (15.97 GiB of 251.97 GiB, 235.99 GiB free)", with
 * ", inodes 3% used" when known; "NAME: no size", or "NAME: " and why
 * the figures cannot be used.
 */
void	volume_text(struct strbuf *, const char *name, const struct volume *);
/*
 * The sum of volumes (its inode figure none); unusable with why said
 * ("cannot add up: NAME: why") when one of them is.
 */
void	volume_sum(const struct volume *, size_t, struct volume *);
/*
 * Each volume's label: its name, and " #index" where another of them has
 * the same name.  SNMP_OK or SNMP_E_NOMEM.
 */
int	volume_labels(struct volume *, size_t);
/*
 * A --list line: "* INDEX TYPE 'NAME' size N B (..) used N B (..) PCT%"
 * and the inode percentage when known, '*' when selected; ucd: the
 * device in place of the type.
 */
void	volume_list_line(struct strbuf *, const struct volume *, int ucd);
/*
 * jsonrow_storage()'s members, then device (ucd only), inodes_pct,
 * selected and why (null while the figures are usable).
 */
void	volume_json(struct json *, const struct volume *, int ucd);

#endif
