/* SPDX-License-Identifier: ISC */
/*
 * OID codec and text forms: the OID vectors of shared/reference/
 * usm-vectors.md, the hostile OIDs of protocol-notes.md (item 4), names
 * from the built-in table, ordering and subtree tests.
 */
#include <stdio.h>

#include "oid.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*text;
	const char	*hex;		/* contents octets, NULL: not encodable */
} enc[] = {
	{ "1.3.6.1.2.1.1.3.0", "2b 06 01 02 01 01 03 00" },
	{ "2.999", "88 37" },				/* usm-vectors.md */
	{ "0.39", "27" },
	{ "1.39", "4f" },
	{ "2.0", "50" },
	{ "1.3.6.1.4.1.4294967295", "2b 06 01 04 01 8f ff ff ff 7f" },
	{ "2.4294967215", "8f ff ff ff 7f" },		/* 80 + arc = 2^32-1 */
	{ "0.40", NULL },				/* usm-vectors.md */
	{ "1.40", NULL },
	{ "3.0.1", NULL },
	{ "2.4294967216", NULL },
};

START_TEST(test_encode)
{
	struct oid o, back;
	uint8_t want[64], got[64];
	size_t wlen;
	char text[OID_TEXT_MAX];
	int len;

	o.len = 0;
	if (enc[_i].hex == NULL) {
		ck_assert_int_ne(oid_parse_numeric(&o, enc[_i].text), SNMP_OK);
		return;
	}
	ck_assert_int_eq(oid_parse_numeric(&o, enc[_i].text), SNMP_OK);
	wlen = unhex(enc[_i].hex, want, sizeof(want));
	len = oid_to_ber(&o, got, sizeof(got));
	ck_assert_int_eq(len, (int)wlen);
	ck_assert_mem_eq(got, want, wlen);
	ck_assert_int_eq(oid_from_ber(&back, want, wlen), SNMP_OK);
	ck_assert_int_eq(oid_cmp(&o, &back), 0);
	oid_format(&back, text, sizeof(text));
	ck_assert_str_eq(text, enc[_i].text);
}
END_TEST

static const char *const bad_ber[] = {
	"90 80 80 80 00",	/* arc over 32 bits (protocol-notes item 4) */
	"2b 81",		/* unterminated */
	"",			/* empty */
	"2b 80 01",		/* leading 0x80 in a subidentifier */
	"ff ff ff ff 7f",	/* first subidentifier over 32 bits */
};

START_TEST(test_bad_ber)
{
	uint8_t buf[16];
	struct oid o;
	size_t len;

	len = unhex(bad_ber[_i], buf, sizeof(buf));
	ck_assert_int_eq(oid_from_ber(&o, buf, len), SNMP_E_OID);
}
END_TEST

START_TEST(test_too_many_arcs)
{
	uint8_t buf[200];
	struct oid o;
	char text[2048];
	size_t i, n = 0;

	buf[0] = 0x2b;
	for (i = 1; i < 128; i++)
		buf[i] = 1;
	ck_assert_int_eq(oid_from_ber(&o, buf, 127), SNMP_OK);
	ck_assert_uint_eq(o.len, 128);
	buf[127] = 1;
	ck_assert_int_eq(oid_from_ber(&o, buf, 128), SNMP_E_OID);
	n = (size_t)snprintf(text, sizeof(text), "1.3");
	for (i = 2; i < 129; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, ".1");
	ck_assert_int_eq(oid_parse(&o, text), SNMP_E_OID);
}
END_TEST

static const struct {
	const char	*in;
	const char	*out;	/* NULL: rejected */
	int		 rc;
} names[] = {
	{ "1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.3.0", SNMP_OK },
	{ ".1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.3.0", SNMP_OK },
	{ "sysUpTime.0", "1.3.6.1.2.1.1.3.0", SNMP_OK },
	{ "SNMPv2-MIB::sysUpTime.0", "1.3.6.1.2.1.1.3.0", SNMP_OK },
	{ "sysUpTime", "1.3.6.1.2.1.1.3", SNMP_OK },
	{ "IF-MIB::ifHCInOctets.3", "1.3.6.1.2.1.31.1.1.1.6.3", SNMP_OK },
	{ "ifDescr.1", "1.3.6.1.2.1.2.2.1.2.1", SNMP_OK },
	{ "hrStorageUsed.31", "1.3.6.1.2.1.25.2.3.1.6.31", SNMP_OK },
	{ "hrSWRunName", "1.3.6.1.2.1.25.4.2.1.2", SNMP_OK },
	{ "laLoad.1", "1.3.6.1.4.1.2021.10.1.3.1", SNMP_OK },
	{ "UCD-SNMP-MIB::memAvailReal.0", "1.3.6.1.4.1.2021.4.6.0", SNMP_OK },
	{ "dskPercent.1", "1.3.6.1.4.1.2021.9.1.9.1", SNMP_OK },
	{ "snmpEngineTime.0", "1.3.6.1.6.3.10.2.1.3.0", SNMP_OK },
	{ "ssCpuRawUser.0", "1.3.6.1.4.1.2021.11.50.0", SNMP_OK },
	{ "hrStorageFixedDisk", "1.3.6.1.2.1.25.2.1.4", SNMP_OK },
	{ "noSuchThing.0", NULL, SNMP_E_NAME },
	{ "IF-MIB::sysUpTime.0", NULL, SNMP_E_NAME },	/* wrong module */
	{ "sysUpTime.x", NULL, SNMP_E_NAME },
	/* paths of names, as Debian's /etc/nagios-plugins/config/snmp.cfg */
	{ "host.hrSystem.hrSystemProcesses.0", "1.3.6.1.2.1.25.1.6.0", SNMP_OK },
	{ "host.hrStorage.hrStorageTable.hrStorageEntry.hrStorageUsed.3",
	    "1.3.6.1.2.1.25.2.3.1.6.3", SNMP_OK },
	{ "system.ifDescr.1", NULL, SNMP_E_NAME },	/* not below */
	{ "tcp.tcpCurrEstab.0", NULL, SNMP_E_NAME },	/* not in the table */
	{ "IF-MIB::1.3", NULL, SNMP_E_NAME },
	{ "IF-MIB::", NULL, SNMP_E_NAME },
	{ "sysUpTime.", NULL, SNMP_E_OID },
	{ "1..3", NULL, SNMP_E_OID },
	{ "1.3.", NULL, SNMP_E_OID },
	{ "1.3.6.1.4294967296", NULL, SNMP_E_OID },
	{ "", NULL, SNMP_E_NAME },
	{ ".", NULL, SNMP_E_OID },
	{ "1", NULL, SNMP_E_OID },
	{ "1.3 ", NULL, SNMP_E_OID },
	{ "-1.3", NULL, SNMP_E_NAME },
};

START_TEST(test_names)
{
	struct oid o;
	char text[OID_TEXT_MAX];
	int rc;

	rc = oid_parse(&o, names[_i].in);
	ck_assert_msg(rc == names[_i].rc, "%s: rc %d, want %d", names[_i].in,
	    rc, names[_i].rc);
	if (names[_i].out == NULL)
		return;
	oid_format(&o, text, sizeof(text));
	ck_assert_str_eq(text, names[_i].out);
}
END_TEST

START_TEST(test_order)
{
	struct oid a, b, c;

	ck_assert_int_eq(oid_parse(&a, "1.3.6.1.2.1.2"), SNMP_OK);
	ck_assert_int_eq(oid_parse(&b, "1.3.6.1.2.1.2.2.1.2.1"), SNMP_OK);
	ck_assert_int_eq(oid_parse(&c, "1.3.6.1.2.1.10"), SNMP_OK);
	ck_assert_int_lt(oid_cmp(&a, &b), 0);
	ck_assert_int_lt(oid_cmp(&b, &c), 0);	/* numeric, not textual */
	ck_assert_int_gt(oid_cmp(&c, &a), 0);
	ck_assert_int_eq(oid_cmp(&a, &a), 0);
	ck_assert_int_eq(oid_is_prefix(&a, &b), 1);
	ck_assert_int_eq(oid_is_prefix(&b, &a), 0);
	ck_assert_int_eq(oid_is_prefix(&a, &c), 0);
	ck_assert_int_eq(oid_is_prefix(&a, &a), 1);
	ck_assert_int_eq(oid_append(&a, 7), SNMP_OK);
	ck_assert_uint_eq(a.len, 8);
	ck_assert_uint_eq(a.arcs[7], 7);
}
END_TEST

START_TEST(test_format_small_buffer)
{
	struct oid o;
	char text[8];

	ck_assert_int_eq(oid_parse(&o, "1.3.6.1.2.1.1.3.0"), SNMP_OK);
	oid_format(&o, text, sizeof(text));
	ck_assert_str_eq(text, "1.3.6.1");
}
END_TEST

/* Enumerations of the named objects, as net-snmp shows them with MIBs. */
static const struct {
	const char	*oid;
	int64_t		 v;
	const char	*label;		/* NULL: none */
} enums[] = {
	{ "1.3.6.1.2.1.2.2.1.8.1", 1, "up" },
	{ "1.3.6.1.2.1.2.2.1.8.10101", 7, "lowerLayerDown" },
	{ "1.3.6.1.2.1.2.2.1.8.1", 8, NULL },		/* not in the MIB */
	{ "1.3.6.1.2.1.2.2.1.8", 1, NULL },		/* no instance */
	{ "1.3.6.1.2.1.2.2.1.7.3", 2, "down" },
	{ "1.3.6.1.2.1.2.2.1.3.1", 6, "ethernetCsmacd" },
	{ "1.3.6.1.2.1.2.2.1.3.1", 145, "if-gsn" },
	{ "1.3.6.1.2.1.2.2.1.3.1", 272, "vmwareNicTeam" },
	{ "1.3.6.1.2.1.2.2.1.3.1", 273, NULL },
	{ "1.3.6.1.2.1.31.1.1.1.16.4", 1, "true" },
	{ "1.3.6.1.2.1.31.1.1.1.16.4", 2, "false" },
	{ "1.3.6.1.2.1.31.1.4.1.2.1.6.0.1.2.3.4.5", 6, "destroy" },
	{ "1.3.6.1.2.1.25.3.2.1.5.196608", 2, "running" },
	{ "1.3.6.1.2.1.25.4.2.1.7.1", 4, "invalid" },
	{ "1.3.6.1.2.1.25.4.2.1.6.1", 2, "operatingSystem" },
	{ "1.3.6.1.4.1.2021.9.1.100.1", 0, "noError" },
	{ "1.3.6.1.4.1.2021.2.1.102.1", 1, "runFix" },
	{ "1.3.6.1.2.1.11.30.0", 1, "enabled" },
	{ "1.3.6.1.2.1.1.3.0", 1, NULL },		/* no enumeration */
	{ "1.3.6.1.4.1.8072.9999.1.0", 1, NULL },	/* not named */
};

START_TEST(test_enums)
{
	struct oid o;
	char buf[64];
	int found;

	ck_assert_int_eq(oid_parse(&o, enums[_i].oid), SNMP_OK);
	found = oid_enum_label(&o, enums[_i].v, buf, sizeof(buf));
	ck_assert_int_eq(found, enums[_i].label != NULL);
	if (found)
		ck_assert_str_eq(buf, enums[_i].label);
}
END_TEST

/* OIDs as net-snmp prints them, with the table's MIB modules and without. */
static const struct {
	const char	*oid;
	const char	*mib;
	const char	*plain;
} netsnmp[] = {
	{ "1.3.6.1.2.1.2.2.1.8.1", "IF-MIB::ifOperStatus.1",
	    "iso.3.6.1.2.1.2.2.1.8.1" },
	{ "1.3.6.1.2.1.1.3.0", "SNMPv2-MIB::sysUpTime.0",
	    "iso.3.6.1.2.1.1.3.0" },
	{ "1.3.6.1.4.1.8072.9999.1.0", "SNMPv2-SMI::enterprises.8072.9999.1.0",
	    "iso.3.6.1.4.1.8072.9999.1.0" },
	{ "1.3.6.1.2.1.25.2.1.4", "HOST-RESOURCES-TYPES::hrStorageFixedDisk",
	    "iso.3.6.1.2.1.25.2.1.4" },
	{ "1.3.6.1.4.1.2021.10.1.3.1", "UCD-SNMP-MIB::laLoad.1",
	    "iso.3.6.1.4.1.2021.10.1.3.1" },
	{ "1.2.3", "iso.2.3", "iso.2.3" },
	{ "0.0.5", "ccitt.0.5", "ccitt.0.5" },
	{ "2.999.1", "joint-iso-ccitt.999.1", "joint-iso-ccitt.999.1" },
};

START_TEST(test_netsnmp)
{
	struct oid o;
	char buf[OID_TEXT_MAX + 64];

	ck_assert_int_eq(oid_parse(&o, netsnmp[_i].oid), SNMP_OK);
	oid_format_netsnmp(&o, 1, buf, sizeof(buf));
	ck_assert_str_eq(buf, netsnmp[_i].mib);
	oid_format_netsnmp(&o, 0, buf, sizeof(buf));
	ck_assert_str_eq(buf, netsnmp[_i].plain);
}
END_TEST

/* Cut to the buffer as snprintf cuts, returning the uncut length. */
START_TEST(test_netsnmp_cut)
{
	struct oid o;
	char buf[8];

	ck_assert_int_eq(oid_parse(&o, "1.3.6.1.2.1.1.3.0"), SNMP_OK);
	ck_assert_uint_eq(oid_format_netsnmp(&o, 0, buf, sizeof(buf)), 19);
	ck_assert_str_eq(buf, "iso.3.6");
	ck_assert_uint_eq(oid_format_netsnmp(&o, 1, buf, sizeof(buf)), 23);
	ck_assert_str_eq(buf, "SNMPv2-");
	ck_assert_uint_eq(oid_format_netsnmp(&o, 1, buf, 1), 23);
	ck_assert_str_eq(buf, "");
}
END_TEST

static Suite *
oid_suite(void)
{
	Suite *s = suite_create("oid");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_encode, 0, sizeof(enc) / sizeof(enc[0]));
	tcase_add_loop_test(tc, test_bad_ber, 0,
	    sizeof(bad_ber) / sizeof(bad_ber[0]));
	tcase_add_test(tc, test_too_many_arcs);
	tcase_add_loop_test(tc, test_names, 0,
	    sizeof(names) / sizeof(names[0]));
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_format_small_buffer);
	tcase_add_loop_test(tc, test_enums, 0, sizeof(enums) / sizeof(enums[0]));
	tcase_add_loop_test(tc, test_netsnmp, 0,
	    sizeof(netsnmp) / sizeof(netsnmp[0]));
	tcase_add_test(tc, test_netsnmp_cut);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(oid_suite)
