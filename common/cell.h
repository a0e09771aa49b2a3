/* SPDX-License-Identifier: ISC */
/*
 * What a plugin reads out of a table cell or an object: a number of the
 * kind the MIB defines (counts, sizes, enumerations) whatever integer type
 * the agent used, and device text made safe to print.  A cell that is
 * missing (an exception) or of another type gives -1, never a number.
 */
#ifndef CELL_H
#define CELL_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "oid.h"
#include "pdu.h"
#include "strbuf.h"

/* INTEGER, or an unsigned type up to INT64_MAX: 0 and *out; else -1. */
int	cell_int(const struct snmp_value *, int64_t *);
/* An unsigned type, or INTEGER from 0: 0 and *out; else -1. */
int	cell_uint(const struct snmp_value *, uint64_t *);
/*
 * An Integer32 count that may have overflowed: agents put the low 32 bits
 * of the real (unsigned) count in the INTEGER, so -1610612993 stands for
 * 2684354303 (*wrapped set).  -1 for a value no 32-bit agent can send.
 */
int	cell_unwrap32(int64_t, uint64_t *, int *wrapped);
/*
 * An Integer32 sent as INTEGER, or as its two's complement in a Gauge32
 * (net-snmp's LM-SENSORS-MIB, CISCO-ENVMON-MIB's older columns): 0 and
 * *out, else -1.
 */
int	cell_int32(const struct snmp_value *, int64_t *);
/* A cell for messages: "9", "-2147483648", "of type OCTET STRING". */
void	cell_brief(const struct snmp_value *, char *, size_t);
/* An enumeration (INTEGER 0 to 2^31-1): its value, else -1. */
int	cell_enum(const struct snmp_value *);
/*
 * An OCTET STRING as printable text into buf (output_put_text(); trailing
 * NULs, as Windows agents pad with, dropped): 1.  Anything else leaves buf
 * empty: 0.
 */
int	cell_text(const struct snmp_value *, char *, size_t);
/*
 * cell_text() without the white space around it, as names are shown
 * ("SW#1, Sensor#1, GREEN " from a Cisco agent): 1 when text is left.
 */
int	cell_name(const struct snmp_value *, char *, size_t);
/* The same into a new string (malloc); NULL when no OCTET STRING. */
char	*cell_strdup(const struct snmp_value *);
/*
 * An OCTET STRING that holds one number (UCD laLoad "0.07", "123 kB"):
 * the whole string one number, optionally followed by one unit word.  0
 * and *n, else -1.
 */
int	cell_string_num(const struct snmp_value *, struct num *);
/*
 * The value of object o as the plugins show it: device text made safe
 * (output_put_text: non-text in hex), numbers plain, an OID dotted; with
 * mib an enumeration as net-snmp shows it with MIBs ("up(1)").
 */
void	cell_show(const struct oid *, const struct snmp_value *, int,
	    struct strbuf *);
/*
 * The value of the object o as net-snmp's snmpget shows it after "OID = "
 * (so check_snmp 2.3.3 saw it): "STRING: \"up\"", "Hex-STRING: 62 C9 24 ",
 * "\"\"" (empty), "Timeticks: (123456) 0:20:34.56", "OID: iso.3.6.1.4.1",
 * "Counter32: 5", and with mib the names and enumerations net-snmp shows
 * with MIBs loaded ("INTEGER: up(1)", "OID: SNMPv2-SMI::enterprises.9").
 * Strings are the device's raw octets: for comparing, never for printing.
 */
void	cell_netsnmp(const struct oid *, const struct snmp_value *, int,
	    struct strbuf *);
/*
 * Whether match(text, arg) holds for one of the texts a check_snmp -s or
 * -r may have been written for: shown (the value as the plugin shows it);
 * net-snmp's whole text (cell_netsnmp: check_snmp matched -r on it) and
 * its value part (check_snmp compared -s with it: "\"running\"",
 * "62 C9 24 26 23 29 "); for an enumeration the label, label(number) and
 * number ("up", "up(1)", "1").  1 at the first that holds, else 0.
 */
int	cell_match(const struct oid *, const struct snmp_value *, int,
	    const char *, int (*)(const char *, const void *),
	    const void *);

#endif
