/* SPDX-License-Identifier: ISC */
/*
 * Offline agent: answers GET and GETNEXT from a recorded walk, either net-snmp
 * snmpwalk output or an snmpsim ".snmprec" file, plain or gzip-compressed,
 * exactly as an agent holding those objects would.
 */
#ifndef WALKFILE_H
#define WALKFILE_H

#include <stddef.h>

#include "oid.h"
#include "pdu.h"

/* The most a walk file may hold, plain or once decompressed. */
#define WALKFILE_SIZE_MAX	((size_t)256 << 20)
/* Skipped records that walkfile_skipped_line() can name, in file order. */
#define WALKFILE_SKIPS_LISTED	100

struct walkfile;

/*
 * walkfile_open(&wf, path, err, errlen): load a file; gzip is recognised by
 * its magic octets, the format by the content.  A malformed record is
 * skipped (see walkfile_skipped()); a file without any readable object is
 * SNMP_E_SYNTAX with "FILE: no objects..." (naming the first skipped
 * line) in err, a corrupt or truncated gzip stream SNMP_E_SYNTAX with
 * "FILE: ..."; an I/O error or a file larger than WALKFILE_SIZE_MAX
 * SNMP_E_FILE and "FILE: why"; SNMP_E_NOMEM.  *wf is NULL unless SNMP_OK.
 * When an OID is recorded more than once, the last record wins.
 */
int	walkfile_open(struct walkfile **, const char *, char *, size_t);
/*
 * walkfile_parse(&wf, name, text, len, err, errlen): the same from memory
 * (text need not be NUL-terminated, is never gzip); name is used in
 * messages.
 */
int	walkfile_parse(struct walkfile **, const char *, const char *, size_t,
	    char *, size_t);
void	walkfile_close(struct walkfile *);
/* The objects it serves (skipped records not counted). */
size_t	walkfile_count(const struct walkfile *);
/*
 * The file's name for messages: "FILE", or "FILE (N unreadable lines:
 * -vv lists them)" when lines whose OID could not be read were skipped, so
 * that a message about a missing object says what may have held it.
 */
const char *walkfile_name(const struct walkfile *);
/* How many records were skipped as malformed. */
size_t	walkfile_skipped(const struct walkfile *);
/*
 * The i-th skipped record (i < WALKFILE_SKIPS_LISTED) as "FILE:LINE: what
 * is wrong" in buf: 0, or -1 past the last one listed.
 */
int	walkfile_skipped_line(const struct walkfile *, size_t, char *, size_t);
/*
 * GET: SNMP_OK and the value of exactly this OID, or VAL_NOSUCHINSTANCE
 * when the object exists with other instances (some OID lies under the
 * requested one minus its last arc), else VAL_NOSUCHOBJECT.  When the
 * OID's record was skipped as malformed: SNMP_E_SYNTAX and
 * VAL_NOSUCHINSTANCE, as snmpsim serves it; walkfile_why() says why.
 * Values stay valid until walkfile_close().
 */
int	walkfile_get(const struct walkfile *, const struct oid *,
	    struct snmp_value *);
/*
 * GETNEXT: SNMP_OK and the first OID greater than the given one with its
 * value, or VAL_ENDOFMIBVIEW with the given OID.  The two may be the same
 * storage.  When that first OID's record was skipped: SNMP_E_SYNTAX,
 * VAL_ENDOFMIBVIEW and that OID (for walkfile_why()).
 */
int	walkfile_getnext(const struct walkfile *, const struct oid *,
	    struct varbind *);
/*
 * After SNMP_E_SYNTAX for this OID: "FILE:LINE: unreadable record of OID:
 * what is wrong" in buf.
 */
void	walkfile_why(const struct walkfile *, const struct oid *, char *,
	    size_t);

#endif
