/* SPDX-License-Identifier: ISC */
/*
 * fuzz_oid: OID text and BER conversions.  The input is tried as text
 * (oid_parse with names, oid_parse_numeric) and as BER contents octets
 * (oid_from_ber).  Properties, for every OID that parses: oid_format()
 * gives dotted numeric text that oid_parse_numeric() and oid_parse() read
 * back to the same OID; oid_to_ber() and oid_from_ber() round-trip; the
 * name found by oid_lookup_name() is a prefix; ordering and prefix tests
 * agree.
 */
#include "oid.h"
#include "snmp.h"

#include "fuzz.h"

/* lookup: also the name table, which is slow (a linear scan) */
static void
round_trip(const struct oid *o, int lookup)
{
	char text[OID_TEXT_MAX], small[16], named[OID_TEXT_MAX + 64];
	uint8_t ber[OID_MAX_ARCS * 5];
	struct oid back, parent, rest;
	const char *name;
	size_t n, narcs;
	int len;

	FUZZ_CHECK(o->len >= 2 && o->len <= OID_MAX_ARCS);
	n = oid_format(o, text, sizeof(text));
	FUZZ_CHECK(n > 0 && n == strlen(text) && n + 1 < sizeof(text));
	FUZZ_CHECK(oid_parse_numeric(&back, text) == SNMP_OK);
	FUZZ_CHECK(oid_cmp(o, &back) == 0);
	FUZZ_CHECK(oid_parse(&back, text) == SNMP_OK);
	FUZZ_CHECK(oid_cmp(o, &back) == 0);
	/* a short buffer gets whole arcs only, NUL-terminated */
	n = oid_format(o, small, sizeof(small));
	FUZZ_CHECK(n < sizeof(small) && n == strlen(small) &&
	    strncmp(small, text, n) == 0 &&
	    (text[n] == '.' || text[n] == '\0'));
	len = oid_to_ber(o, ber, sizeof(ber));
	FUZZ_CHECK(len > 0);
	FUZZ_CHECK(oid_from_ber(&back, ber, (size_t)len) == SNMP_OK);
	FUZZ_CHECK(oid_cmp(o, &back) == 0);
	if (lookup && (name = oid_lookup_name(o, &narcs)) != NULL) {
		FUZZ_CHECK(narcs >= 1 && narcs <= o->len);
		parent = *o;
		parent.len = narcs;
		FUZZ_CHECK(oid_is_prefix(&parent, o));
		/* NAME.rest parses to the same OID */
		rest.len = o->len - narcs;
		memcpy(rest.arcs, o->arcs + narcs, rest.len * sizeof(uint32_t));
		n = (size_t)snprintf(named, sizeof(named), "%s", name);
		if (rest.len > 0) {
			named[n++] = '.';
			oid_format(&rest, named + n, sizeof(named) - n);
		}
		FUZZ_CHECK(oid_parse(&back, named) == SNMP_OK);
		FUZZ_CHECK(oid_cmp(o, &back) == 0);
	}
	parent = *o;
	parent.len--;
	FUZZ_CHECK(oid_is_prefix(&parent, o) && oid_cmp(&parent, o) < 0 &&
	    oid_cmp(o, &parent) > 0);
	back = *o;
	if (oid_append(&back, 0) == SNMP_OK)
		FUZZ_CHECK(oid_cmp(o, &back) < 0 && oid_is_prefix(o, &back));
	else
		FUZZ_CHECK(o->len == OID_MAX_ARCS);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct oid o, p;
	char *s;
	int rc, rn;

	s = fuzz_cstr(data, size);
	rc = oid_parse(&o, s);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_OID || rc == SNMP_E_NAME);
	if (rc == SNMP_OK)
		round_trip(&o, 1);
	rn = oid_parse_numeric(&p, s);
	FUZZ_CHECK(rn == SNMP_OK || rn == SNMP_E_OID);
	if (rn == SNMP_OK) {
		round_trip(&p, 0);
		/* numeric text means the same to both parsers */
		FUZZ_CHECK(rc == SNMP_OK && oid_cmp(&o, &p) == 0);
	}
	if (oid_from_ber(&p, data, size) == SNMP_OK) {
		round_trip(&p, rc != SNMP_OK);
		FUZZ_CHECK(size > 0);
	}
	free(s);
	return 0;
}
