/* SPDX-License-Identifier: ISC */
/*
 * Object identifiers: BER contents <-> arcs, dotted text <-> arcs, ordering,
 * subtree tests, and a built-in table of well-known object names so that
 * "sysUpTime.0" or "IF-MIB::ifHCInOctets.3" work without MIB files.
 */
#ifndef OID_H
#define OID_H

#include <stddef.h>
#include <stdint.h>

#define OID_MAX_ARCS	128	/* RFC 2578 §3.5 */
#define OID_TEXT_MAX	(OID_MAX_ARCS * 11 + 1)

struct oid {
	size_t		len;
	uint32_t	arcs[OID_MAX_ARCS];
};

/* Decode the contents octets of an OBJECT IDENTIFIER (X.690 §8.19). */
int	oid_from_ber(struct oid *, const uint8_t *, size_t);
/* Encode contents octets; returns the length or a negative error. */
int	oid_to_ber(const struct oid *, uint8_t *, size_t);
/* Dotted numeric text with an optional leading dot. */
int	oid_parse_numeric(struct oid *, const char *);
/*
 * Numeric text, or a well-known name with an optional "MODULE::" prefix
 * and numeric instance suffix ("sysUpTime.0", "IF-MIB::ifDescr.3").
 */
int	oid_parse(struct oid *, const char *);
/* Dotted numeric text without a leading dot; returns the length. */
size_t	oid_format(const struct oid *, char *, size_t);
int	oid_cmp(const struct oid *, const struct oid *);
/* 1 if prefix is a prefix of (or equal to) o. */
int	oid_is_prefix(const struct oid *, const struct oid *);
int	oid_append(struct oid *, uint32_t);
/* Name of the longest well-known prefix and how many arcs it covers. */
const char *oid_lookup_name(const struct oid *, size_t *);
/*
 * The label of value v of the object o, an instance of a column or scalar
 * whose enumeration the table has (ifOperStatus.3 and 1: "up"), into buf:
 * 1, or 0 when there is none.
 */
int	oid_enum_label(const struct oid *, int64_t, char *, size_t);
/*
 * o as net-snmp prints it: with mib, as with the MIB modules of the table
 * loaded ("IF-MIB::ifOperStatus.1", "SNMPv2-SMI::enterprises.9.1");
 * without, or with no known prefix, as without MIBs
 * ("iso.3.6.1.2.1.1.3.0").  Returns what snprintf() returns.
 */
size_t	oid_format_netsnmp(const struct oid *, int, char *, size_t);

#endif
