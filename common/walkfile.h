/* SPDX-License-Identifier: ISC */
/*
 * Offline agent: answers GET and GETNEXT from a recorded walk, either net-snmp
 * "snmpwalk -On" output or an snmpsim ".snmprec" file, exactly as an agent
 * holding those objects would.
 */
#ifndef WALKFILE_H
#define WALKFILE_H

#include <stddef.h>

#include "oid.h"
#include "pdu.h"

struct walkfile;

/*
 * walkfile_open(&wf, path, err, errlen): load a file; the format is
 * detected from its content.  On a syntax error returns SNMP_E_SYNTAX and
 * writes "FILE:LINE: what is wrong" into err (a file without any object is
 * "FILE: no objects"); on an I/O error SNMP_E_FILE and "FILE: strerror";
 * SNMP_E_NOMEM.  *wf is NULL unless SNMP_OK.  When an OID is recorded more
 * than once, the last record wins.
 */
int	walkfile_open(struct walkfile **, const char *, char *, size_t);
/*
 * walkfile_parse(&wf, name, text, len, err, errlen): the same from memory
 * (text need not be NUL-terminated); name is used in error messages.
 */
int	walkfile_parse(struct walkfile **, const char *, const char *, size_t,
	    char *, size_t);
void	walkfile_close(struct walkfile *);
size_t	walkfile_count(const struct walkfile *);
/*
 * GET: the value of exactly this OID, or VAL_NOSUCHINSTANCE when the object
 * exists with other instances (some OID lies under the requested one minus
 * its last arc), else VAL_NOSUCHOBJECT.  Values stay valid
 * until walkfile_close().
 */
void	walkfile_get(const struct walkfile *, const struct oid *,
	    struct snmp_value *);
/*
 * GETNEXT: the first OID greater than the given one with its value, or
 * VAL_ENDOFMIBVIEW with the given OID.  The two may be the same storage.
 */
void	walkfile_getnext(const struct walkfile *, const struct oid *,
	    struct varbind *);

#endif
