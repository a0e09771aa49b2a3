/* SPDX-License-Identifier: ISC */
/*
 * walkfile: every net-snmp and snmprec value form against the value the
 * network decoder (pdu_decode_value) gives for the same contents octets,
 * malformed lines with the line number they must name, GET / GETNEXT
 * semantics, and the fixtures in tests/data.
 */
#include <check.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "inflate.h"
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "walkfile.h"
#include "testutil.h"

#ifndef TEST_DATA_DIR
#define TEST_DATA_DIR	"tests/data"
#endif

/* $TEST_DATA_DIR, else tests/data seen from the top, tests/ or tests/unit/. */
static const char *
data_path(const char *file)
{
	static const char *const dirs[] = { TEST_DATA_DIR, "data", "../data" };
	static char buf[1024];
	const char *dir;
	size_t i;

	if ((dir = getenv("TEST_DATA_DIR")) != NULL) {
		snprintf(buf, sizeof(buf), "%s/%s", dir, file);
		return buf;
	}
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(buf, sizeof(buf), "%s/%s", dirs[i], file);
		if (access(buf, R_OK) == 0)
			return buf;
	}
	snprintf(buf, sizeof(buf), "%s/%s", TEST_DATA_DIR, file);
	return buf;
}

static struct oid
mkoid(const char *s)
{
	struct oid o;

	ck_assert_msg(oid_parse_numeric(&o, s) == SNMP_OK, "bad test OID %s", s);
	return o;
}

/*
 * The value must equal what the network decoder makes of the same BER
 * contents octets: same type, same numbers, same octets.
 */
static void
assert_value(const struct snmp_value *v, int tag, const char *hex, int type,
    const char *what)
{
	static uint8_t b[4096];
	struct snmp_value want;
	size_t n;

	n = unhex(hex, b, sizeof(b));
	ck_assert_int_eq(pdu_decode_value((uint8_t)tag, b, n, &want), SNMP_OK);
	ck_assert_msg(want.type == type, "%s: vector decodes to type %#x, "
	    "expected %#x", what, want.type, type);
	ck_assert_msg(v->type == want.type, "%s: type %#x, want %#x", what,
	    v->type, want.type);
	ck_assert_msg(v->i == want.i, "%s: i %lld, want %lld", what,
	    (long long)v->i, (long long)want.i);
	ck_assert_msg(v->u == want.u, "%s: u %llu, want %llu", what,
	    (unsigned long long)v->u, (unsigned long long)want.u);
	ck_assert_msg(memcmp(&v->d, &want.d, sizeof(v->d)) == 0,
	    "%s: d %g, want %g", what, v->d, want.d);
	ck_assert_msg(v->len == want.len, "%s: len %zu, want %zu", what,
	    v->len, want.len);
	ck_assert_msg(v->len == 0 || memcmp(v->bytes, want.bytes, v->len) == 0,
	    "%s: octets differ", what);
	ck_assert(v->len == 0 || v->bytes != NULL);
}

/*
 * One vector: a file's text; either it loads and OID holds a value with
 * BER tag/contents (and decoded type), or it fails naming LINE and WHY.
 */
struct vec {
	const char	*text;
	const char	*oid;
	int		 tag;
	const char	*hex;
	int		 type;
	int		 fail;
	int		 line;		/* 0: the file as a whole */
	const char	*why;
};

#define S	".1.3.6.1.2.1.1.1.0 = "
#define OK(t, tag, hex, type)	{ t, "1.3.6.1.2.1.1.1.0", tag, hex, type, 0, 0, NULL }
#define BAD(t, line, why)	{ t, NULL, 0, NULL, 0, 1, line, why }

static const struct vec vecs[] = {
	/* net-snmp snmpwalk -On */
	OK(S "STRING: \"Linux host\"\n", 0x04, "4c696e757820686f7374",
	    VAL_OCTET_STRING),
	OK(S "STRING: \"a \\\"q\\\" b\\\\c\"\n", 0x04, "612022712220625c63",
	    VAL_OCTET_STRING),
	OK(S "STRING: \"one\ntwo\n\"\n", 0x04, "6f6e650a74776f0a",
	    VAL_OCTET_STRING),
	OK(S "STRING: \"x\r\ny\"\r\n", 0x04, "780a79", VAL_OCTET_STRING),
	OK(S "STRING: \"a\\b\"\n", 0x04, "615c62", VAL_OCTET_STRING),
	OK(S "STRING: \"txt\" units\n", 0x04, "747874", VAL_OCTET_STRING),
	OK(S "STRING: 2024-1-31,13:5:0.0\n", 0x04,
	    "323032342d312d33312c31333a353a302e30", VAL_OCTET_STRING),
	OK(S "STRING: \"\"\n", 0x04, "", VAL_OCTET_STRING),
	OK(S "\"\"\n", 0x04, "", VAL_OCTET_STRING),
	OK(S "\"\"", 0x04, "", VAL_OCTET_STRING),
	OK(S "Hex-STRING: 00 1A 2B \n", 0x04, "001a2b", VAL_OCTET_STRING),
	OK(S "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F \n"
	    "10 11 \n"
	    ".1.3.6.1.2.1.1.2.0 = INTEGER: 1\n", 0x04,
	    "000102030405060708090a0b0c0d0e0f1011", VAL_OCTET_STRING),
	OK(S "INTEGER: 42\n", 0x02, "2a", VAL_INTEGER),
	OK(S "INTEGER: -5\n", 0x02, "fb", VAL_INTEGER),
	OK(S "INTEGER: 0\n", 0x02, "00", VAL_INTEGER),
	OK(S "INTEGER: up(1)\n", 0x02, "01", VAL_INTEGER),
	OK(S "INTEGER: minus(-2)\n", 0x02, "fe", VAL_INTEGER),
	OK(S "INTEGER: 42 kB\n", 0x02, "2a", VAL_INTEGER),
	OK(S "INTEGER: 100 percent\n", 0x02, "64", VAL_INTEGER),
	OK(S "INTEGER: 9223372036854775807\n", 0x02, "7fffffffffffffff",
	    VAL_INTEGER),
	OK(S "INTEGER: -9223372036854775808\n", 0x02, "8000000000000000",
	    VAL_INTEGER),
	OK(S "Counter32: 123\n", 0x41, "7b", VAL_COUNTER32),
	OK(S "Counter32: 4294967295\n", 0x41, "00ffffffff", VAL_COUNTER32),
	OK(S "Gauge32: 5\n", 0x42, "05", VAL_GAUGE32),
	OK(S "Gauge32: 1000000000 bits per second\n", 0x42, "3b9aca00",
	    VAL_GAUGE32),
	OK(S "Counter64: 18446744073709551615\n", 0x46,
	    "00ffffffffffffffff", VAL_COUNTER64),
	OK(S "Timeticks: (123456) 0:20:34.56\n", 0x43, "01e240",
	    VAL_TIMETICKS),
	OK(S "Timeticks: (0) 0:00:00.00\n", 0x43, "00", VAL_TIMETICKS),
	OK(S "Timeticks: 123456\n", 0x43, "01e240", VAL_TIMETICKS),
	OK(S "OID: .1.3.6.1.4.1.8072.3.2.10\n", 0x06, "2b06010401bf0803020a",
	    VAL_OID),
	OK(S "OID: iso.3.6.1.4.1.8072.3.2.10\n", 0x06, "2b06010401bf0803020a",
	    VAL_OID),
	OK(S "OID: .0.0\n", 0x06, "00", VAL_OID),
	OK(S "OID: ccitt.0\n", 0x06, "00", VAL_OID),
	OK(S "IpAddress: 127.0.0.1\n", 0x40, "7f000001", VAL_IPADDRESS),
	OK(S "IpAddress: 255.255.255.0\n", 0x40, "ffffff00", VAL_IPADDRESS),
	OK(S "Network Address: 7F:00:00:01\n", 0x40, "7f000001",
	    VAL_IPADDRESS),
	OK(S "NULL\n", 0x05, "", VAL_NULL),
	OK(S "Opaque: Float: 1.500000\n", 0x44, "9f78043fc00000", VAL_FLOAT),
	OK(S "Opaque: Float: 0.023926\n", 0x44, "9f78043cc40075", VAL_FLOAT),
	OK(S "Opaque: Double: 2.500000\n", 0x44, "9f79084004000000000000",
	    VAL_DOUBLE),
	OK(S "Opaque: Double: -0.5\n", 0x44, "9f7908bfe0000000000000",
	    VAL_DOUBLE),
	OK(S "Opaque: UInt64: 5\n", 0x44, "9f7b0105", VAL_OPAQUE),
	OK(S "Opaque: Int64: -1\n", 0x44, "9f7a01ff", VAL_OPAQUE),
	OK(S "Opaque: Counter64: 128\n", 0x44, "9f76020080", VAL_OPAQUE),
	OK(S "OPAQUE: 01 02 03 \n", 0x44, "010203", VAL_OPAQUE),
	OK(S "BITS: 80 00 0 \n", 0x04, "8000", VAL_OCTET_STRING),
	OK(S "BITS: 00 20 10 \n", 0x04, "0020", VAL_OCTET_STRING),
	OK(S "BITS: 40 linkUp(1) \n", 0x04, "40", VAL_OCTET_STRING),
	OK(S "BITS: C0 a(0) b(1) \n", 0x04, "c0", VAL_OCTET_STRING),
	OK(S "BITS: 00 00 \n", 0x04, "0000", VAL_OCTET_STRING),
	OK(S "Wrong Type (should be OCTET STRING): INTEGER: 5\n", 0x02, "05",
	    VAL_INTEGER),
	OK(S "Wrong Type (should be Timeticks): Gauge32: 7\n", 0x42, "07",
	    VAL_GAUGE32),
	OK("1.3.6.1.2.1.1.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	/* OIDs as net-snmp prints them without -On (names: oid.h table) */
	OK("SNMPv2-MIB::sysDescr.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("sysDescr.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK(".iso.org.dod.internet.mgmt.mib-2.system.sysDescr.0 = INTEGER: 3\n",
	    0x02, "03", VAL_INTEGER),
	OK(".iso.3.6.1.2.1.1.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("system.sysDescr.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("SNMPv2-MIB::system.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("SNMPv2-SMI::mib-2.1.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("SNMPv2-MIB::sysDescr[0] = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("HOST-RESOURCES-TYPES::sysDescr.0 = INTEGER: 3\n", 0x02, "03",
	    VAL_INTEGER),
	OK(S "OID: SNMPv2-SMI::enterprises.8072.3.2.10\n", 0x06,
	    "2b06010401bf0803020a", VAL_OID),
	OK(S "OID: .iso.org.dod.internet.private.enterprises.8072.3.2.10\n",
	    0x06, "2b06010401bf0803020a", VAL_OID),
	OK(S "OID: enterprises.8072.3.2.10\n", 0x06, "2b06010401bf0803020a",
	    VAL_OID),
	OK(S "OID: SNMPv2-SMI::zeroDotZero\n", 0x06, "00", VAL_OID),
	/* -Ou: relative to mib-2 when the first arc cannot be absolute */
	OK(S "OID: 49\n", 0x06, "2b0601020131", VAL_OID),
	OK(S "OID: 2.5\n", 0x06, "55", VAL_OID),
	OK(S "STRING: 2:fc:0:0:0:1\n", 0x04, "323a66633a303a303a303a31",
	    VAL_OCTET_STRING),
	OK("iso.3.6.1.2.1.1.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK("\n# comment\n   \n" S "INTEGER: 3\n\n", 0x02, "03", VAL_INTEGER),
	OK(S "INTEGER: 3\r\n", 0x02, "03", VAL_INTEGER),
	OK(S "INTEGER: 3", 0x02, "03", VAL_INTEGER),
	OK(S "No Such Object available on this agent at this OID\n"
	    ".1.3.6.1.2.1.1.1.0 = INTEGER: 3\n", 0x02, "03", VAL_INTEGER),
	OK(S "INTEGER: 1\n" S "INTEGER: 2\n", 0x02, "02", VAL_INTEGER),
	OK(S "INTEGER: 7\nEnd of MIB\n", 0x02, "07", VAL_INTEGER),
	/* snmpsim .snmprec */
	{ "1.3.6.1.2.1.1.1.0|4|Linux host\n", "1.3.6.1.2.1.1.1.0", 0x04,
	    "4c696e757820686f7374", VAL_OCTET_STRING, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|4x|00a1ff\n", "1.3.6.1.2.1.1.1.0", 0x04,
	    "00a1ff", VAL_OCTET_STRING, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|4|\n", "1.3.6.1.2.1.1.1.0", 0x04, "",
	    VAL_OCTET_STRING, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|2|-5\n", "1.3.6.1.2.1.1.1.0", 0x02, "fb",
	    VAL_INTEGER, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|5|\n", "1.3.6.1.2.1.1.1.0", 0x05, "",
	    VAL_NULL, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|6|1.3.6.1.4.1.8072.3.2.10\n",
	    "1.3.6.1.2.1.1.1.0", 0x06, "2b06010401bf0803020a", VAL_OID, 0, 0,
	    NULL },
	{ "1.3.6.1.2.1.1.1.0|64|10.0.0.1\r\n", "1.3.6.1.2.1.1.1.0", 0x40,
	    "0a000001", VAL_IPADDRESS, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|64x|0a000001\n", "1.3.6.1.2.1.1.1.0", 0x40,
	    "0a000001", VAL_IPADDRESS, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|65|4294967295\n", "1.3.6.1.2.1.1.1.0", 0x41,
	    "00ffffffff", VAL_COUNTER32, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|66|5\n", "1.3.6.1.2.1.1.1.0", 0x42, "05",
	    VAL_GAUGE32, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|67|123456\n", "1.3.6.1.2.1.1.1.0", 0x43,
	    "01e240", VAL_TIMETICKS, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|68x|9f78043fc00000\n", "1.3.6.1.2.1.1.1.0",
	    0x44, "9f78043fc00000", VAL_FLOAT, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|68x|0102\n", "1.3.6.1.2.1.1.1.0", 0x44, "0102",
	    VAL_OPAQUE, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|70|18446744073709551615\n", "1.3.6.1.2.1.1.1.0",
	    0x46, "00ffffffffffffffff", VAL_COUNTER64, 0, 0, NULL },
	/* snmpsim reads a value without 'x' as its raw octets, every type */
	{ "1.3.6.1.2.1.1.1.0|64|J}M}\n", "1.3.6.1.2.1.1.1.0", 0x40,
	    "4a7d4d7d", VAL_IPADDRESS, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|68|raw\n", "1.3.6.1.2.1.1.1.0", 0x44, "726177",
	    VAL_OPAQUE, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|4e|a\\x00b\\n\\\\\\'\n", "1.3.6.1.2.1.1.1.0",
	    0x04, "6100620a5c27", VAL_OCTET_STRING, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|64e|\\x7f\\x00\\x00\\x01\n",
	    "1.3.6.1.2.1.1.1.0", 0x40, "7f000001", VAL_IPADDRESS, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|68e|\\x9fx\\x04?\\xc0\\x00\\x00\n",
	    "1.3.6.1.2.1.1.1.0", 0x44, "9f78043fc00000", VAL_FLOAT, 0, 0, NULL },
	/* the line stripped, numbers as Python's int() reads them */
	{ " 1.3.6.1.2.1.1.1.0|4|text \t\r\n", "1.3.6.1.2.1.1.1.0", 0x04,
	    "74657874", VAL_OCTET_STRING, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|2| +7 \n", "1.3.6.1.2.1.1.1.0", 0x02, "07",
	    VAL_INTEGER, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|2|-2147483648\n", "1.3.6.1.2.1.1.1.0", 0x02,
	    "80000000", VAL_INTEGER, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|128|\n1.3.6.1.2.1.1.1.0|2|1\n",
	    "1.3.6.1.2.1.1.1.0", 0x02, "01", VAL_INTEGER, 0, 0, NULL },

	/* Malformed: the line named in err. */
	BAD(S "INTEGER: 12x\n", 1, "bad INTEGER value '12x'"),
	BAD(S "INTEGER: \n", 1, "unknown type 'INTEGER'"),
	BAD(S "INTEGER: +5\n", 1, "bad INTEGER value"),
	BAD(S "INTEGER: 0x10\n", 1, "bad INTEGER value"),
	BAD(S "INTEGER: 9223372036854775808\n", 1,
	    "INTEGER value out of range"),
	BAD(S "INTEGER: -9223372036854775809\n", 1,
	    "INTEGER value out of range"),
	BAD(S "INTEGER: up(x)\n", 1, "bad INTEGER value 'up(x)'"),
	BAD(S "INTEGER: 1\n" S "Counter32: 4294967296\n", 2,
	    "Counter32 value out of range"),
	BAD(S "Counter32: -1\n", 1, "bad Counter32 value"),
	BAD(S "Gauge32: 4294967296\n", 1, "Gauge32 value out of range"),
	BAD(S "Counter64: 18446744073709551616\n", 1,
	    "Counter64 value out of range"),
	BAD(S "Timeticks: (4294967296) 0:0\n", 1,
	    "Timeticks value out of range"),
	BAD(S "Timeticks: (12 0:0\n", 1, "no ')'"),
	BAD("\n" S "Hex-STRING: 0 1A \n", 2, "expected a pair of hex digits"),
	BAD(S "Hex-STRING: 001A \n", 1, "expected a pair of hex digits"),
	BAD(S "Hex-STRING: 0G \n", 1, "expected a pair of hex digits"),
	BAD(S "IpAddress: 1.2.3\n", 1, "bad IpAddress value '1.2.3'"),
	BAD(S "IpAddress: 1.2.3.256\n", 1, "bad IpAddress value"),
	BAD(S "IpAddress: 1.2.3.4.5\n", 1, "bad IpAddress value"),
	BAD(S "IpAddress: 1..3.4\n", 1, "bad IpAddress value"),
	BAD(S "Network Address: 7F:00:00\n", 1, "bad Network Address"),
	BAD(S "INTEGER: 1\n" S "STRING: \"abc\ndef\n", 2,
	    "unterminated quoted string"),
	BAD(S "STRING: \"abc\\\"\n", 1, "unterminated quoted string"),
	BAD(S "STRING: \"a\"b\n", 1, "unexpected text after the closing quote"),
	BAD(".1.3.6.1.2.1.1.1.0 STRING: \"x\"\n", 1,
	    "no ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0 Linux host\n", 1,
	    "a value without a type (record the walk without -Oq)"),
	BAD(".1.3.6.1.2.1.1.1.0\n", 1, "expected ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0 =INTEGER: 1\n", 1,
	    "expected ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0 =\n", 1, "no value after ' = '"),
	BAD("1.3.x = INTEGER: 1\n", 1, "bad OID '1.3.x'"),
	BAD("NET-SNMP-AGENT-MIB::nsModuleName.1 = STRING: x\n", 1,
	    "unknown object name 'nsModuleName' (no MIB files are read: "
	    "record the walk with -On)"),
	BAD("vacmGroupName.3.\"u 1\" = STRING: x\n", 1,
	    "a quoted index needs the MIB"),
	BAD("system.ifDescr.1 = INTEGER: 1\n", 1, "bad OID 'system.ifDescr.1'"),
	BAD("IF-MIB::ifDescr[1]x = INTEGER: 1\n", 1, "bad OID"),
	BAD("Timeout: No Response from 192.0.2.1\n", 1,
	    "expected ' = ' after the OID"),
	BAD("1.3.6.4294967296 = INTEGER: 1\n", 1, "bad OID"),
	BAD("4294967296.1 = INTEGER: 1\n", 1, "bad OID"),
	BAD(S "Foo: 1\n", 1, "unknown type 'Foo'"),
	BAD(S "1553\n", 1, "value without a type"),
	BAD(S "\"text\"\n", 1, "value without a type"),
	BAD(S "OID: NET-SNMP-MIB::netSnmpAgentOIDs.10\n", 1,
	    "bad OID value 'NET-SNMP-MIB::netSnmpAgentOIDs.10': unknown object "
	    "name 'netSnmpAgentOIDs'"),
	BAD(S "OID: .1.3.x\n", 1, "bad OID value '.1.3.x'"),
	BAD(S "Opaque: Float: abc\n", 1, "bad Float value 'abc'"),
	BAD(S "Opaque: Float: 1e999\n", 1, "bad Float value"),
	BAD(S "Opaque: Float: 1000000000000000000000000000000000000000.0\n",
	    1, "Float value out of range"),
	BAD(S "Opaque: 0 \n", 1, "expected a pair of hex digits"),
	BAD(S "BITS: zz\n", 1, "expected hex octets after BITS"),
	BAD(S "Wrong Type (should be INTEGER) INTEGER: 5\n", 1,
	    "expected '): '"),
	BAD(S "Wrong Type (should be X): Wrong Type (should be Y): INTEGER: 1\n",
	    1, "unknown type 'Wrong Type (should be Y)'"),
	BAD(S "No Such Object available on this agent at this OID\n", 0,
	    "no objects"),
	BAD("", 0, "no objects"),
	BAD("# only a comment\n\n", 0, "no objects"),
	BAD("1.3.6.1.2.1.1.1.0|4|x\n1.3.6.1.2.1.1.2.0|99|x\n", 2,
	    "unknown snmprec tag 99"),
	BAD("1.3.6.1.2.1.1.1.0|2:numeric|1\n", 1,
	    "snmpsim variation module '2:numeric' not supported"),
	BAD("1.3.6.1.2.1.1.1.0|4|x\n1.3.6.1.2.1.1.2.0|4\n", 2,
	    "expected OID|TAG|VALUE"),
	BAD("1.3.6.1.2.1.1.1.0|4x|abc\n", 1, "odd number of hex digits"),
	BAD("1.3.6.1.2.1.1.1.0|4x|zz\n", 1, "bad hex digits 'zz'"),
	BAD("1.3.6.1.2.1.1.1.0|65|4294967296\n", 1,
	    "Counter32 value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2|9223372036854775808\n", 1,
	    "INTEGER value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2|2147483648\n", 1,
	    "INTEGER value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2|-2147483649\n", 1,
	    "INTEGER value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2|Fa3/0/1\n", 1, "bad INTEGER value 'Fa3/0/1'"),
	BAD("1.3.6.1.2.1.1.1.0|4e|a\\qb\n", 1, "unknown escape '\\q'"),
	BAD("1.3.6.1.2.1.1.1.0|4e|ab\\\n", 1, "an escape at the end"),
	BAD("1.3.6.1.2.1.1.1.0|4e|\\x4\n", 1, "bad \\x escape"),
	BAD("1.3.6.1.2.1.1.1.0|64e|\\x7f\\x00\n", 1,
	    "IpAddress is not 4 octets"),
	BAD("1.3.6.1.2.1.1.1.0|2e|5\n", 1, "the 'e' encoding is not for tag 2"),
	BAD("1.3.6.1.2.1.1.1.0|3|x\n", 1, "unknown snmprec tag 3"),
	BAD("1.3.6.1.2.1.1.2.0|4|x\n1.3.6.1.2.1.1.1.0|:sql|x\n", 2,
	    "variation module ':sql'"),
	BAD("1.3.6.1.2.1.1.1.0|64|J}M\n", 1, "bad IpAddress value 'J}M'"),
	BAD("1.3.6.1.2.1.1.1.0|64|1.2.3\n", 1, "bad IpAddress value"),
	BAD("1.3.6.1.2.1.1.1.0|64x|7f0000\n", 1, "IpAddress is not 4 octets"),
	BAD("1.3.6.1.2.1.1.1.0|2x|01\n", 1, "the 'x' encoding is not for tag 2"),
	BAD("1.3.6.1.2.1.1.1.0|5|x\n", 1, "NULL with a value"),
	BAD("1.3.6.1.2.1.1.1.0|6|1.3.x\n", 1, "bad OID value"),
	BAD("1.3.6.1.2.1.1.1.0|6|\n", 1, "bad OID value ''"),
	BAD("1.3.6.1.2.1.1.1.0|256|x\n", 1, "bad snmprec tag '256'"),
	BAD("1.3.6.1.2.1.1.1.0|4|x\n1.3.x|4|y\n", 2, "bad OID '1.3.x'"),
};

/*
 * A malformed record is skipped and listed with its line; a file left
 * without objects fails, naming the first skipped line.
 */
static void
assert_skipped(const struct vec *t, int i, int rc, struct walkfile *wf,
    const char *err)
{
	char want[64], line[512];
	size_t k;

	snprintf(want, sizeof(want), "t.walk:%d: ", t->line);
	if (rc == SNMP_OK) {
		for (k = 0; walkfile_skipped_line(wf, k, line,
		    sizeof(line)) == 0; k++) {
			if (strncmp(line, want, strlen(want)) == 0 &&
			    strstr(line, t->why) != NULL)
				break;
		}
		ck_assert_msg(walkfile_skipped_line(wf, k, line,
		    sizeof(line)) == 0, "vector %d (%s): no skipped line "
		    "'%s...%s'", i, t->text, want, t->why);
		walkfile_close(wf);
		return;
	}
	ck_assert_msg(rc == SNMP_E_SYNTAX, "vector %d: rc %d", i, rc);
	ck_assert_ptr_null(wf);
	ck_assert_msg(strncmp(err, "t.walk: ", 8) == 0, "vector %d: err '%s'",
	    i, err);
	ck_assert_msg(t->line == 0 || strstr(err, want) != NULL,
	    "vector %d: err '%s' lacks '%s'", i, err, want);
	ck_assert_msg(strstr(err, t->why) != NULL,
	    "vector %d: err '%s' lacks '%s'", i, err, t->why);
}

START_TEST(test_vectors)
{
	const struct vec *t = &vecs[_i];
	struct walkfile *wf = NULL;
	struct snmp_value v;
	struct oid o;
	char err[512], want[256];
	int rc;

	rc = walkfile_parse(&wf, "t.walk", t->text, strlen(t->text), err,
	    sizeof(err));
	if (t->fail) {
		assert_skipped(t, _i, rc, wf, err);
		return;
	}
	ck_assert_msg(rc == SNMP_OK, "vector %d (%s): rc %d: %s", _i, t->text,
	    rc, err);
	ck_assert_uint_eq(walkfile_skipped(wf), 0);
	o = mkoid(t->oid);
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_OK);
	snprintf(want, sizeof(want), "vector %d", _i);
	assert_value(&v, t->tag, t->hex, t->type, want);
	walkfile_close(wf);
}
END_TEST

/* Objects of the GET / GETNEXT tests, deliberately out of order. */
static const char tree[] =
    ".1.3.6.1.2.1.2.2.1.10.1 = Counter32: 7\n"
    ".1.3.6.1.2.1.1.3.0 = Timeticks: (5) 0:00:00.05\n"
    ".1.3.6.1.2.1.2.2.1.2.2 = STRING: \"eth0\"\n"
    ".1.3.6.1.2.1.1.1.0 = STRING: \"d\"\n"
    ".1.3.6.1.2.1.2.2.1.2.1 = STRING: \"lo\"\n"
    ".1.3.6.1.2.1.2.2.1.2.10 = STRING: \"eth9\"\n";

static struct walkfile *
load_tree(void)
{
	struct walkfile *wf;
	char err[256];

	ck_assert_msg(walkfile_parse(&wf, "tree", tree, strlen(tree), err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 6);
	return wf;
}

static const struct {
	const char	*oid;
	int		 type;
} get_vecs[] = {
	{ "1.3.6.1.2.1.1.1.0", VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS },
	{ "1.3.6.1.2.1.2.2.1.10.1", VAL_COUNTER32 },
	/* Other instances of the object exist. */
	{ "1.3.6.1.2.1.2.2.1.2.3", VAL_NOSUCHINSTANCE },
	{ "1.3.6.1.2.1.2.2.1.2.0", VAL_NOSUCHINSTANCE },
	{ "1.3.6.1.2.1.2.2.1.2.99", VAL_NOSUCHINSTANCE },
	{ "1.3.6.1.2.1.1.1.1", VAL_NOSUCHINSTANCE },
	{ "1.3.6.1.2.1.2.2.1.10.2", VAL_NOSUCHINSTANCE },
	/* Nothing under the parent. */
	{ "1.3.6.1.2.1.1.2.0", VAL_NOSUCHOBJECT },
	{ "1.3.6.1.2.1.2.2.1.3.1", VAL_NOSUCHOBJECT },
	{ "1.3.6.1.2.1.1.1.0.5", VAL_NOSUCHOBJECT },
	{ "1.3.6.1.4.1.8072.1.0", VAL_NOSUCHOBJECT },
	{ "1.3.6.1.2.1.2.2.1.99.1", VAL_NOSUCHOBJECT },
	{ "2.5", VAL_NOSUCHOBJECT },
	{ "0.0", VAL_NOSUCHOBJECT }
};

START_TEST(test_get)
{
	struct walkfile *wf = load_tree();
	struct snmp_value v;
	struct oid o;

	o = mkoid(get_vecs[_i].oid);
	walkfile_get(wf, &o, &v);
	ck_assert_msg(v.type == get_vecs[_i].type, "GET %s: type %#x, want "
	    "%#x", get_vecs[_i].oid, v.type, get_vecs[_i].type);
	if (value_is_exception(&v))
		ck_assert_uint_eq(v.len, 0);
	walkfile_close(wf);
}
END_TEST

static const struct {
	const char	*from;
	const char	*next;		/* NULL: endOfMibView */
	int		 type;
} next_vecs[] = {
	{ "0.0", "1.3.6.1.2.1.1.1.0", VAL_OCTET_STRING },
	{ "1.3", "1.3.6.1.2.1.1.1.0", VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.1.1", "1.3.6.1.2.1.1.1.0", VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS },
	{ "1.3.6.1.2.1.1.2", "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS },
	{ "1.3.6.1.2.1.1.2.99.99", "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS },
	{ "1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.2.2.1.2.1", VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.2.2.1.2", "1.3.6.1.2.1.2.2.1.2.1", VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.2.2.1.2.1", "1.3.6.1.2.1.2.2.1.2.2", VAL_OCTET_STRING },
	/* Arcs compare as numbers: .2 < .10. */
	{ "1.3.6.1.2.1.2.2.1.2.2", "1.3.6.1.2.1.2.2.1.2.10",
	    VAL_OCTET_STRING },
	{ "1.3.6.1.2.1.2.2.1.2.10", "1.3.6.1.2.1.2.2.1.10.1", VAL_COUNTER32 },
	{ "1.3.6.1.2.1.2.2.1.3", "1.3.6.1.2.1.2.2.1.10.1", VAL_COUNTER32 },
	{ "1.3.6.1.2.1.2.2.1.10.1", NULL, VAL_ENDOFMIBVIEW },
	{ "1.3.6.1.2.1.2.2.1.10.1.0", NULL, VAL_ENDOFMIBVIEW },
	{ "1.3.6.1.4", NULL, VAL_ENDOFMIBVIEW },
	{ "2.0", NULL, VAL_ENDOFMIBVIEW }
};

START_TEST(test_getnext)
{
	struct walkfile *wf = load_tree();
	struct varbind vb;
	struct oid o, want;

	o = mkoid(next_vecs[_i].from);
	memset(&vb, 0xa5, sizeof(vb));
	walkfile_getnext(wf, &o, &vb);
	want = mkoid(next_vecs[_i].next != NULL ? next_vecs[_i].next :
	    next_vecs[_i].from);
	ck_assert_msg(oid_cmp(&vb.oid, &want) == 0, "GETNEXT %s: wrong OID",
	    next_vecs[_i].from);
	ck_assert_msg(vb.val.type == next_vecs[_i].type, "GETNEXT %s: type "
	    "%#x", next_vecs[_i].from, vb.val.type);
	if (next_vecs[_i].next == NULL)
		ck_assert_uint_eq(vb.val.len, 0);
	walkfile_close(wf);
}
END_TEST

/* In-place GETNEXT, as a walk loop that reuses its varbind does. */
START_TEST(test_getnext_inplace)
{
	struct walkfile *wf = load_tree();
	struct varbind vb;
	size_t n = 0;

	vb.oid = mkoid("0.0");
	for (;;) {
		walkfile_getnext(wf, &vb.oid, &vb);
		if (vb.val.type == VAL_ENDOFMIBVIEW)
			break;
		n++;
	}
	ck_assert_uint_eq(n, 6);
	ck_assert(oid_cmp(&vb.oid, &(struct oid){ 11,
	    { 1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 1 } }) == 0);
	walkfile_close(wf);
}
END_TEST

/*
 * Walk a whole file with GETNEXT: every object once, in strictly
 * increasing order, and GET of each returns the same value.
 */
static size_t
walk_all(const struct walkfile *wf)
{
	struct varbind vb, prev;
	struct snmp_value v;
	size_t n = 0;
	int rc;

	vb.oid = mkoid("0.0");
	for (;;) {
		prev = vb;
		if (walkfile_getnext(wf, &prev.oid, &vb) != SNMP_OK) {
			/* a skipped record: named, and the walk goes on past it */
			loop_check(oid_cmp(&vb.oid, &prev.oid) > 0);
			loop_check(vb.val.type == VAL_ENDOFMIBVIEW);
			rc = walkfile_get(wf, &vb.oid, &v);
			loop_check(rc == SNMP_E_SYNTAX);
			continue;
		}
		if (vb.val.type == VAL_ENDOFMIBVIEW) {
			ck_assert(oid_cmp(&vb.oid, &prev.oid) == 0);
			break;
		}
		loop_check(oid_cmp(&vb.oid, &prev.oid) > 0);
		rc = walkfile_get(wf, &vb.oid, &v);
		loop_check(rc == SNMP_OK);
		loop_check(v.type == vb.val.type);
		loop_check(v.len == vb.val.len);
		loop_check(v.bytes == vb.val.bytes);
		n++;
	}
	return n;
}

static const struct {
	const char	*n;
	int		 tag;
	const char	*hex;
	int		 type;
} form_vecs[] = {
	{ "1", 0x04, "706c61696e2074657874", VAL_OCTET_STRING },
	{ "2", 0x04, "71756f7465202220616e64206261636b736c617368205c20696e"
	    "73696465", VAL_OCTET_STRING },
	{ "3", 0x04, "6669727374206c696e650a7365636f6e64206c696e650a",
	    VAL_OCTET_STRING },
	{ "4", 0x04, "323032342d312d33312c31333a353a302e302c2b313a30",
	    VAL_OCTET_STRING },
	{ "5", 0x04, "", VAL_OCTET_STRING },
	{ "6", 0x04, "001a2b", VAL_OCTET_STRING },
	{ "7", 0x04, "80001f8880bbd4f35f56ca046b000000"
	    "000102030405060708090a0b0c0d0e0fff", VAL_OCTET_STRING },
	{ "8", 0x02, "2a", VAL_INTEGER },
	{ "9", 0x02, "fb", VAL_INTEGER },
	{ "10", 0x02, "01", VAL_INTEGER },
	{ "11", 0x02, "2a", VAL_INTEGER },
	{ "12", 0x02, "64", VAL_INTEGER },
	{ "13", 0x41, "7b", VAL_COUNTER32 },
	{ "14", 0x41, "00ffffffff", VAL_COUNTER32 },
	{ "15", 0x46, "00ffffffffffffffff", VAL_COUNTER64 },
	{ "16", 0x42, "05", VAL_GAUGE32 },
	{ "17", 0x42, "3b9aca00", VAL_GAUGE32 },
	{ "18", 0x43, "01e240", VAL_TIMETICKS },
	{ "19", 0x43, "01e240", VAL_TIMETICKS },
	{ "20", 0x06, "2b06010401bf0803020a", VAL_OID },
	{ "21", 0x06, "2b06010401bf0803020a", VAL_OID },
	{ "22", 0x06, "00", VAL_OID },
	{ "23", 0x40, "7f000001", VAL_IPADDRESS },
	{ "24", 0x40, "7f000001", VAL_IPADDRESS },
	{ "25", 0x05, "", VAL_NULL },
	{ "26", 0x44, "9f78043fc00000", VAL_FLOAT },
	{ "27", 0x44, "9f79084004000000000000", VAL_DOUBLE },
	{ "28", 0x44, "010203", VAL_OPAQUE },
	{ "29", 0x04, "8000", VAL_OCTET_STRING },
	{ "30", 0x04, "0020", VAL_OCTET_STRING },
	{ "31", 0x04, "40", VAL_OCTET_STRING },
	{ "32", 0x02, "05", VAL_INTEGER },
	{ "33", 0, NULL, VAL_NOSUCHINSTANCE },
	{ "34", 0, NULL, VAL_NOSUCHINSTANCE },
	{ "35", 0x04, "6e6f206c656164696e6720646f74", VAL_OCTET_STRING },
	{ "36", 0x04, "69736f20707265666978", VAL_OCTET_STRING },
	{ "37", 0x44, "9f7b0105", VAL_OPAQUE },
	{ "38", 0x02, "8000000000000000", VAL_INTEGER },
	{ "39", 0x04, "7265636f726465642074776963653a20746865206c617374206f"
	    "6e652077696e73", VAL_OCTET_STRING },
	{ "40", 0, NULL, VAL_NOSUCHINSTANCE }
};

START_TEST(test_fixture_forms)
{
	struct walkfile *wf;
	struct snmp_value v;
	struct oid o;
	char err[512], oid[64];
	size_t i;

	ck_assert_msg(walkfile_open(&wf, data_path("forms.walk"), err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 37);
	for (i = 0; i < sizeof(form_vecs) / sizeof(form_vecs[0]); i++) {
		snprintf(oid, sizeof(oid), "1.3.6.1.4.1.99999.1.%s",
		    form_vecs[i].n);
		o = mkoid(oid);
		walkfile_get(wf, &o, &v);
		if (form_vecs[i].hex == NULL)
			ck_assert_msg(v.type == form_vecs[i].type,
			    "forms.walk %s: type %#x", oid, v.type);
		else
			assert_value(&v, form_vecs[i].tag, form_vecs[i].hex,
			    form_vecs[i].type, oid);
	}
	ck_assert_uint_eq(walk_all(wf), 37);
	walkfile_close(wf);
}
END_TEST

static const struct {
	const char	*n;
	int		 tag;
	const char	*hex;
	int		 type;
} rec_vecs[] = {
	{ "1", 0x04, "4c696e757820686f7374", VAL_OCTET_STRING },
	{ "2", 0x04, "00a1ff", VAL_OCTET_STRING },
	{ "3", 0x02, "fb", VAL_INTEGER },
	{ "4", 0x02, "2a", VAL_INTEGER },
	{ "5", 0x05, "", VAL_NULL },
	{ "6", 0x06, "2b06010401bf0803020a", VAL_OID },
	{ "7", 0x40, "7f000001", VAL_IPADDRESS },
	{ "8", 0x40, "7f000001", VAL_IPADDRESS },
	{ "9", 0x41, "00ffffffff", VAL_COUNTER32 },
	{ "10", 0x42, "05", VAL_GAUGE32 },
	{ "11", 0x43, "01e240", VAL_TIMETICKS },
	{ "12", 0x44, "9f78043fc00000", VAL_FLOAT },
	{ "13", 0x44, "010203", VAL_OPAQUE },
	{ "14", 0x46, "00ffffffffffffffff", VAL_COUNTER64 },
	{ "15", 0x04, "", VAL_OCTET_STRING },
	{ "16", 0x04, "617c6220776974682062617273", VAL_OCTET_STRING },
	{ "17", 0, NULL, VAL_NOSUCHINSTANCE },
	{ "18", 0, NULL, VAL_NOSUCHINSTANCE },
	{ "19", 0, NULL, VAL_NOSUCHINSTANCE },
	{ "20", 0x40, "4a7d4d7d", VAL_IPADDRESS },
	{ "21", 0x04, "74616209686572650027", VAL_OCTET_STRING },
	{ "22", 0x44, "726177", VAL_OPAQUE }
};

START_TEST(test_fixture_snmprec)
{
	struct walkfile *wf;
	struct snmp_value v;
	struct oid o;
	char err[512], oid[64];
	size_t i;

	ck_assert_msg(walkfile_open(&wf, data_path("forms.snmprec"), err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 19);
	ck_assert_uint_eq(walkfile_skipped(wf), 2);
	for (i = 0; i < sizeof(rec_vecs) / sizeof(rec_vecs[0]); i++) {
		snprintf(oid, sizeof(oid), "1.3.6.1.4.1.99999.2.%s",
		    rec_vecs[i].n);
		o = mkoid(oid);
		walkfile_get(wf, &o, &v);
		if (rec_vecs[i].hex == NULL)
			ck_assert_msg(v.type == rec_vecs[i].type,
			    "forms.snmprec %s: type %#x", oid, v.type);
		else
			assert_value(&v, rec_vecs[i].tag, rec_vecs[i].hex,
			    rec_vecs[i].type, oid);
	}
	ck_assert_uint_eq(walk_all(wf), 19);
	/* the malformed records: listed, and in their OIDs' places */
	ck_assert_int_eq(walkfile_skipped_line(wf, 0, err, sizeof(err)), 0);
	ck_assert_msg(strstr(err, "forms.snmprec:27: bad INTEGER value "
	    "'Fa3/0/1'") != NULL, "%s", err);
	ck_assert_int_eq(walkfile_skipped_line(wf, 1, err, sizeof(err)), 0);
	ck_assert_msg(strstr(err, "forms.snmprec:28: Gauge32 value out of "
	    "range") != NULL, "%s", err);
	ck_assert_int_eq(walkfile_skipped_line(wf, 2, err, sizeof(err)), -1);
	o = mkoid("1.3.6.1.4.1.99999.2.23");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_E_SYNTAX);
	walkfile_close(wf);
}
END_TEST

/* A real net-snmp 5.9.3 recording: system, interfaces, snmpEngine. */
START_TEST(test_fixture_netsnmp)
{
	struct walkfile *wf;
	struct snmp_value v;
	struct varbind vb;
	struct oid o;
	char err[512];

	ck_assert_msg(walkfile_open(&wf, data_path("netsnmp-system.walk"), err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 130);
	ck_assert_uint_eq(walk_all(wf), 130);
	o = mkoid("1.3.6.1.2.1.1.2.0");
	walkfile_get(wf, &o, &v);
	assert_value(&v, 0x06, "2b06010401bf0803020a", VAL_OID, "sysObjectID");
	o = mkoid("1.3.6.1.2.1.1.5.0");
	walkfile_get(wf, &o, &v);
	assert_value(&v, 0x04, "766d", VAL_OCTET_STRING, "sysName");
	o = mkoid("1.3.6.1.2.1.2.1.0");
	walkfile_get(wf, &o, &v);
	assert_value(&v, 0x02, "04", VAL_INTEGER, "ifNumber");
	/* snmpEngineID: 17 octets, wrapped after 16 by net-snmp. */
	o = mkoid("1.3.6.1.6.3.10.2.1.1.0");
	walkfile_get(wf, &o, &v);
	assert_value(&v, 0x04, "80001f8880bbd4f35f56ca046b00000000",
	    VAL_OCTET_STRING, "snmpEngineID");
	/* The recorded GET answers are absences, not objects. */
	o = mkoid("1.3.6.1.2.1.1.99.0");
	walkfile_get(wf, &o, &v);
	ck_assert_int_eq(v.type, VAL_NOSUCHOBJECT);
	o = mkoid("1.3.6.1.2.1.1.1.5");
	walkfile_get(wf, &o, &v);
	ck_assert_int_eq(v.type, VAL_NOSUCHINSTANCE);
	/* ifDescr column from its prefix. */
	o = mkoid("1.3.6.1.2.1.2.2.1.2");
	walkfile_getnext(wf, &o, &vb);
	ck_assert(oid_cmp(&vb.oid, &(struct oid){ 11,
	    { 1, 3, 6, 1, 2, 1, 2, 2, 1, 2, 1 } }) == 0);
	assert_value(&vb.val, 0x04, "6c6f", VAL_OCTET_STRING, "ifDescr.1");
	walkfile_close(wf);
}
END_TEST

/*
 * Issue 18: one malformed record no longer rejects the file.  It is
 * skipped and listed; where its OID could be read it stays in its place,
 * so that a GET or a walk that reaches it fails naming the line, instead
 * of finding the object absent.
 */
static const char skips[] =
    ".1.3.6.1.2.1.1.5.0 = STRING: \"ok\"\n"
    ".1.3.6.1.2.1.31.1.1.1.1.1 = STRING: \"Fa0/1\"\n"
    ".1.3.6.1.2.1.31.1.1.1.1.3 = INTEGER: Fa3/0/1\n"
    ".1.3.6.1.2.1.31.1.1.1.1.4 = STRING: \"Fa0/4\"\n"
    "Timeout: No Response from 192.0.2.1\n";

START_TEST(test_skips)
{
	struct walkfile *wf;
	struct snmp_value v;
	struct varbind vb;
	struct oid o;
	char err[512];

	ck_assert_msg(walkfile_parse(&wf, "t.walk", skips, strlen(skips), err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 3);
	ck_assert_uint_eq(walkfile_skipped(wf), 2);
	ck_assert_str_eq(walkfile_name(wf),
	    "t.walk (1 unreadable line: -vv lists them)");
	ck_assert_int_eq(walkfile_skipped_line(wf, 0, err, sizeof(err)), 0);
	ck_assert_str_eq(err, "t.walk:3: bad INTEGER value 'Fa3/0/1'");
	ck_assert_int_eq(walkfile_skipped_line(wf, 1, err, sizeof(err)), 0);
	ck_assert_str_eq(err, "t.walk:5: expected ' = ' after the OID");
	ck_assert_int_eq(walkfile_skipped_line(wf, 2, err, sizeof(err)), -1);
	/* GET of the skipped record: an error, as snmpsim's noSuchInstance */
	o = mkoid("1.3.6.1.2.1.31.1.1.1.1.3");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_E_SYNTAX);
	ck_assert_int_eq(v.type, VAL_NOSUCHINSTANCE);
	walkfile_why(wf, &o, err, sizeof(err));
	ck_assert_str_eq(err, "t.walk:3: unreadable record of "
	    "1.3.6.1.2.1.31.1.1.1.1.3: bad INTEGER value 'Fa3/0/1'");
	/* its neighbours are served */
	o = mkoid("1.3.6.1.2.1.31.1.1.1.1.2");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_OK);
	ck_assert_int_eq(v.type, VAL_NOSUCHINSTANCE);
	o = mkoid("1.3.6.1.2.1.31.1.1.1.1.4");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_OK);
	ck_assert_int_eq(v.type, VAL_OCTET_STRING);
	/* a walk reaches it: an error naming it, then past it */
	o = mkoid("1.3.6.1.2.1.31.1.1.1.1.1");
	ck_assert_int_eq(walkfile_getnext(wf, &o, &vb), SNMP_E_SYNTAX);
	ck_assert(oid_cmp(&vb.oid, &(struct oid){ 12,
	    { 1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 1, 3 } }) == 0);
	ck_assert_int_eq(vb.val.type, VAL_ENDOFMIBVIEW);
	ck_assert_int_eq(walkfile_getnext(wf, &vb.oid, &vb), SNMP_OK);
	ck_assert_int_eq(vb.val.type, VAL_OCTET_STRING);
	ck_assert_uint_eq(walk_all(wf), 3);
	walkfile_close(wf);
}
END_TEST

/* Of records of one OID the last wins, a skipped one too. */
START_TEST(test_skips_last_wins)
{
	static const char *const texts[] = {
	    ".1.3.6.1.2.1.1.5.0 = INTEGER: x\n.1.3.6.1.2.1.1.5.0 = INTEGER: 1\n",
	    ".1.3.6.1.2.1.1.5.0 = INTEGER: 1\n.1.3.6.1.2.1.1.5.0 = INTEGER: x\n"
	    ".1.3.6.1.2.1.1.6.0 = INTEGER: 2\n"
	};
	struct walkfile *wf;
	struct snmp_value v;
	struct oid o = mkoid("1.3.6.1.2.1.1.5.0");
	char err[256];
	int i;

	for (i = 0; i < 2; i++) {
		ck_assert_msg(walkfile_parse(&wf, "t", texts[i],
		    strlen(texts[i]), err, sizeof(err)) == SNMP_OK, "%s", err);
		ck_assert_int_eq(walkfile_get(wf, &o, &v), i == 0 ? SNMP_OK :
		    SNMP_E_SYNTAX);
		ck_assert_uint_eq(walkfile_count(wf), 1);
		ck_assert_uint_eq(walkfile_skipped(wf), 1);
		ck_assert_str_eq(walkfile_name(wf), "t");
		walkfile_close(wf);
	}
}
END_TEST

/* Only the first WALKFILE_SKIPS_LISTED are listed; all are counted. */
START_TEST(test_skips_many)
{
	struct walkfile *wf;
	struct oid o;
	struct snmp_value v;
	char *text, err[256];
	size_t len = 0, cap = 300 * 64;
	int i;

	ck_assert_ptr_nonnull(text = malloc(cap));
	for (i = 0; i < 300; i++)
		len += (size_t)snprintf(text + len, cap - len,
		    ".1.3.6.1.4.1.99999.4.%d = %s\n", i, i % 3 == 0 ?
		    "Counter32: 1" : "Counter32: -1");
	ck_assert_msg(walkfile_parse(&wf, "t", text, len, err, sizeof(err)) ==
	    SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 100);
	ck_assert_uint_eq(walkfile_skipped(wf), 200);
	ck_assert_int_eq(walkfile_skipped_line(wf, WALKFILE_SKIPS_LISTED - 1,
	    err, sizeof(err)), 0);
	ck_assert_int_eq(walkfile_skipped_line(wf, WALKFILE_SKIPS_LISTED, err,
	    sizeof(err)), -1);
	/* past the list, still in place */
	o = mkoid("1.3.6.1.4.1.99999.4.299");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_E_SYNTAX);
	walkfile_why(wf, &o, err, sizeof(err));
	ck_assert_str_eq(err, "t:300: unreadable record of "
	    "1.3.6.1.4.1.99999.4.299: bad Counter32 value '-1'");
	walkfile_close(wf);
	free(text);
}
END_TEST

/* The whole output of a command, or NULL. */
static uint8_t *
command_output(const char *cmd, size_t *len)
{
	FILE *f;
	uint8_t *buf = NULL, *nb;
	size_t cap = 0, n;

	*len = 0;
	if ((f = popen(cmd, "r")) == NULL)
		return NULL;
	for (;;) {
		if (*len == cap) {
			cap = cap > 0 ? cap * 2 : 65536;
			ck_assert_ptr_nonnull(nb = realloc(buf, cap));
			buf = nb;
		}
		if ((n = fread(buf + *len, 1, cap - *len, f)) == 0)
			break;
		*len += n;
	}
	ck_assert_int_eq(pclose(f), 0);
	return buf;
}

/* The same objects, skipped records and values, in the same order. */
static void
assert_same_walk(const struct walkfile *a, const struct walkfile *b,
    const char *what)
{
	struct varbind va, vb;
	int ra, rb;

	ck_assert_msg(walkfile_count(a) == walkfile_count(b), "%s", what);
	ck_assert_msg(walkfile_skipped(a) == walkfile_skipped(b), "%s", what);
	va.oid = mkoid("0.0");
	vb.oid = va.oid;
	for (;;) {
		ra = walkfile_getnext(a, &va.oid, &va);
		rb = walkfile_getnext(b, &vb.oid, &vb);
		loop_check_msg(ra == rb && oid_cmp(&va.oid, &vb.oid) == 0 &&
		    va.val.type == vb.val.type && va.val.len == vb.val.len &&
		    (va.val.len == 0 || memcmp(va.val.bytes, vb.val.bytes,
		    va.val.len) == 0), "%s: walks differ", what);
		if (ra == SNMP_OK && va.val.type == VAL_ENDOFMIBVIEW)
			break;
	}
}

/* The whole of a file, or NULL. */
static uint8_t *
file_bytes(const char *path, size_t *len)
{
	FILE *f;
	uint8_t *buf = NULL;
	long n;

	*len = 0;
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL &&
	    fread(buf, 1, (size_t)n, f) == (size_t)n)
		*len = (size_t)n;
	else {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/*
 * gzip -1 and -9 of every walk in dir decode to the file octet for octet,
 * and the .gz loads as the same walk; the number of files.  Under
 * valgrind, every tenth file (each gzip is a fork of the whole memcheck
 * process, 0.2 s); the plain and sanitizer runs take them all.
 */
static size_t
gzip_dir(const char *dir, const char *tmp)
{
	static const char *const levels[] = { "-1", "-9" };
	char path[2048], cmd[4200], err[512], err2[512];
	struct walkfile *plain, *gz;
	struct dirent *d;
	uint8_t *z, *out;
	char *text;
	size_t zlen, outlen, tlen, n, files = 0, i;
	DIR *dp;
	FILE *f;
	int rc, rc2;

	ck_assert_ptr_nonnull(dp = opendir(dir));
	while ((d = readdir(dp)) != NULL) {
		n = strlen(d->d_name);
		if (!(n > 5 && strcmp(d->d_name + n - 5, ".walk") == 0) &&
		    !(n > 8 && strcmp(d->d_name + n - 8, ".snmprec") == 0))
			continue;
		if (files++ % (size_t)(10 / test_scale(10)) != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		ck_assert_ptr_nonnull(text = (char *)file_bytes(path, &tlen));
		rc = walkfile_open(&plain, path, err, sizeof(err));
		for (i = 0; i < 2; i++) {
			snprintf(cmd, sizeof(cmd), "gzip %s -c '%s'", levels[i],
			    path);
			ck_assert_ptr_nonnull(z = command_output(cmd, &zlen));
			ck_assert_int_eq(inflate_gzip(z, zlen,
			    WALKFILE_SIZE_MAX, &out, &outlen, NULL), SNMP_OK);
			ck_assert_msg(outlen == tlen && (tlen == 0 ||
			    memcmp(out, text, tlen) == 0), "%s %s", d->d_name,
			    levels[i]);
			free(out);
			ck_assert_ptr_nonnull(f = fopen(tmp, "w"));
			ck_assert_uint_eq(fwrite(z, 1, zlen, f), zlen);
			ck_assert_int_eq(fclose(f), 0);
			rc2 = walkfile_open(&gz, tmp, err2, sizeof(err2));
			ck_assert_msg(rc2 == rc, "%s %s: %d, plain %d: %s",
			    d->d_name, levels[i], rc2, rc, err2);
			if (rc == SNMP_OK) {
				assert_same_walk(plain, gz, d->d_name);
				walkfile_close(gz);
			}
			free(z);
		}
		if (rc == SNMP_OK)
			walkfile_close(plain);
		free(text);
	}
	closedir(dp);
	return files;
}

/* Issue 18: every walk in tests/data and tests/data/netsnmp-forms. */
START_TEST(test_gzip_walks)
{
	char dir[1024], tmp[] = "/tmp/walkgz.XXXXXX";
	size_t files;
	int fd;

	ck_assert_int_ge(fd = mkstemp(tmp), 0);
	close(fd);
	snprintf(dir, sizeof(dir), "%s", data_path("forms.walk"));
	*strrchr(dir, '/') = '\0';
	files = gzip_dir(dir, tmp);
	snprintf(dir, sizeof(dir), "%s", data_path("netsnmp-forms/on.walk"));
	*strrchr(dir, '/') = '\0';
	files += gzip_dir(dir, tmp);
	unlink(tmp);
	ck_assert_uint_ge(files, 45);
}
END_TEST

/* A damaged .gz says so, with the file's name. */
START_TEST(test_gzip_damaged)
{
	char tmp[] = "/tmp/walkgz.XXXXXX", cmd[2200], err[512], want[600];
	struct walkfile *wf;
	uint8_t *z;
	size_t zlen;
	FILE *f;
	int fd;

	snprintf(cmd, sizeof(cmd), "gzip -9 -c '%s'",
	    data_path("netsnmp-system.walk"));
	ck_assert_ptr_nonnull(z = command_output(cmd, &zlen));
	ck_assert_int_ge(fd = mkstemp(tmp), 0);
	close(fd);
	/* cut in the middle */
	ck_assert_ptr_nonnull(f = fopen(tmp, "w"));
	ck_assert_uint_eq(fwrite(z, 1, zlen / 2, f), zlen / 2);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(walkfile_open(&wf, tmp, err, sizeof(err)),
	    SNMP_E_SYNTAX);
	ck_assert_ptr_null(wf);
	snprintf(want, sizeof(want), "%s: truncated gzip stream: the "
	    "compressed data ends early", tmp);
	ck_assert_str_eq(err, want);
	/* a changed octet in the CRC-32 */
	z[zlen - 8] ^= 0x01;
	ck_assert_ptr_nonnull(f = fopen(tmp, "w"));
	ck_assert_uint_eq(fwrite(z, 1, zlen, f), zlen);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(walkfile_open(&wf, tmp, err, sizeof(err)),
	    SNMP_E_SYNTAX);
	snprintf(want, sizeof(want), "%s: corrupt gzip stream: the CRC-32 "
	    "does not match: the data is corrupt", tmp);
	ck_assert_str_eq(err, want);
	unlink(tmp);
	free(z);
}
END_TEST

/*
 * Issue 18: the same objects recorded by net-snmp 5.9.3's snmpwalk with
 * other output options (tests/data/netsnmp-forms, record.sh) read as the
 * -On recording does: same OIDs in the same order, same types, same values
 * but for the two that moved between the walks.
 */
static int
forms_dynamic(const struct oid *o)
{
	static const char *const moving[] = {
		"1.3.6.1.2.1.1.3.0",		/* sysUpTime */
		"1.3.6.1.4.1.2021.10.1.3.1",	/* laLoad.1 */
		"1.3.6.1.4.1.2021.10.1.6.1"	/* laLoadFloat.1 */
	};
	struct oid m;
	size_t i;

	for (i = 0; i < sizeof(moving) / sizeof(moving[0]); i++) {
		m = mkoid(moving[i]);
		if (oid_cmp(o, &m) == 0)
			return 1;
	}
	return 0;
}

static void
assert_same_objects(const struct walkfile *a, const struct walkfile *b,
    const char *what)
{
	struct varbind va, vb;
	int ra, rb;

	ck_assert_msg(walkfile_count(a) == walkfile_count(b), "%s: %zu "
	    "objects, -On %zu", what, walkfile_count(b), walkfile_count(a));
	va.oid = mkoid("0.0");
	vb.oid = va.oid;
	for (;;) {
		ra = walkfile_getnext(a, &va.oid, &va);
		rb = walkfile_getnext(b, &vb.oid, &vb);
		loop_check_msg(ra == SNMP_OK && rb == SNMP_OK, "%s: GETNEXT "
		    "failed (%d, -On %d)", what, rb, ra);
		loop_check_msg(oid_cmp(&va.oid, &vb.oid) == 0 &&
		    va.val.type == vb.val.type, "%s: OIDs or types differ",
		    what);
		if (va.val.type == VAL_ENDOFMIBVIEW)
			break;
		if (forms_dynamic(&va.oid))
			continue;
		loop_check_msg(va.val.len == vb.val.len && va.val.i == vb.val.i &&
		    va.val.u == vb.val.u && (va.val.len == 0 ||
		    memcmp(va.val.bytes, vb.val.bytes, va.val.len) == 0),
		    "%s: values differ", what);
	}
}

START_TEST(test_netsnmp_forms)
{
	static const char *const same[] = {
		"default.walk", "of.walk", "os.walk", "ou.walk", "ox.walk",
		"nomib.walk"
	};
	struct walkfile *on, *wf;
	struct snmp_value v;
	struct oid o;
	char err[512], path[64];
	size_t i;

	ck_assert_msg(walkfile_open(&on, data_path("netsnmp-forms/on.walk"),
	    err, sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(on), 58);
	ck_assert_uint_eq(walkfile_skipped(on), 0);
	/* Wrong Type: the agent's type and value */
	o = mkoid("1.3.6.1.4.1.8072.9999.1.0");
	ck_assert_int_eq(walkfile_get(on, &o, &v), SNMP_OK);
	ck_assert_int_eq(v.type, VAL_INTEGER);
	ck_assert_int_eq(v.i, -5);
	/* the engine ID over two lines */
	o = mkoid("1.3.6.1.6.3.10.2.1.1.0");
	ck_assert_int_eq(walkfile_get(on, &o, &v), SNMP_OK);
	ck_assert_uint_eq(v.len, 17);
	/* the recorded absences are no objects */
	o = mkoid("1.3.6.1.2.1.1.99.0");
	ck_assert_int_eq(walkfile_get(on, &o, &v), SNMP_OK);
	ck_assert_int_eq(v.type, VAL_NOSUCHOBJECT);
	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		snprintf(path, sizeof(path), "netsnmp-forms/%s", same[i]);
		ck_assert_msg(walkfile_open(&wf, data_path(path), err,
		    sizeof(err)) == SNMP_OK, "%s", err);
		ck_assert_msg(walkfile_skipped(wf) == 0, "%s: %zu skipped",
		    same[i], walkfile_skipped(wf));
		assert_same_objects(on, wf, same[i]);
		walkfile_close(wf);
	}
	/*
	 * Names of a MIB we do not have: those lines skipped and counted;
	 * sysObjectID's value, printed under that MIB, skipped in its place.
	 */
	ck_assert_msg(walkfile_open(&wf, data_path("netsnmp-forms/testmib.walk"),
	    err, sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), 47);
	ck_assert_uint_eq(walkfile_skipped(wf), 11);
	ck_assert_ptr_nonnull(strstr(walkfile_name(wf), "testmib.walk (10 "
	    "unreadable lines: -vv lists them)"));
	o = mkoid("1.3.6.1.2.1.1.2.0");
	ck_assert_int_eq(walkfile_get(wf, &o, &v), SNMP_E_SYNTAX);
	ck_assert_int_eq(walkfile_skipped_line(wf, 1, err, sizeof(err)), 0);
	ck_assert_ptr_nonnull(strstr(err, "testmib.walk:43: bad OID "
	    "'SNMP-PLUGINS-TEST-MIB::testInteger.0': unknown object name "
	    "'testInteger' (no MIB files are read: record the walk with "
	    "-On)"));
	walkfile_close(wf);
	/* -Oq: no types, no objects, and the reason */
	ck_assert_int_eq(walkfile_open(&wf, data_path("netsnmp-forms/oq.walk"),
	    err, sizeof(err)), SNMP_E_SYNTAX);
	ck_assert_ptr_nonnull(strstr(err, "oq.walk: no objects: 62 records "
	    "skipped, the first "));
	ck_assert_ptr_nonnull(strstr(err, "oq.walk:1: no ' = ' after the OID: "
	    "a value without a type (record the walk without -Oq)"));
	walkfile_close(on);
}
END_TEST

START_TEST(test_open_missing)
{
	struct walkfile *wf = (struct walkfile *)&wf;
	char err[256];

	ck_assert_int_eq(walkfile_open(&wf, "/nonexistent/x.walk", err,
	    sizeof(err)), SNMP_E_FILE);
	ck_assert_ptr_null(wf);
	ck_assert_str_eq(err, "/nonexistent/x.walk: No such file or directory");
}
END_TEST

START_TEST(test_open_directory)
{
	struct walkfile *wf;
	char err[256];

	ck_assert_int_eq(walkfile_open(&wf, "/", err, sizeof(err)),
	    SNMP_E_FILE);
	ck_assert_str_eq(err, "/: Is a directory");
}
END_TEST

/* Tiny err buffers are truncated, never overrun. */
START_TEST(test_small_err)
{
	struct walkfile *wf;
	char err[8];

	memset(err, 'x', sizeof(err));
	ck_assert_int_eq(walkfile_parse(&wf, "t.walk", "bad\n", 4, err, 5),
	    SNMP_E_SYNTAX);
	ck_assert_str_eq(err, "t.wa");
	ck_assert_int_eq(err[5], 'x');
	ck_assert_int_eq(walkfile_parse(&wf, "t.walk", "bad\n", 4, NULL, 0),
	    SNMP_E_SYNTAX);
}
END_TEST

/*
 * A large file in reverse order: loads in one pass plus one sort, GETNEXT
 * visits every object in order, and a duplicated block keeps its last
 * values.
 */
START_TEST(test_large)
{
	const int N = (int)test_scale(200000);
	struct walkfile *wf;
	struct snmp_value v;
	struct oid o;
	char *text, err[256];
	size_t len = 0, cap = (size_t)N * 64 + 8192;
	int i;

	ck_assert_ptr_nonnull(text = malloc(cap));
	for (i = N - 1; i >= 0; i--)
		len += (size_t)snprintf(text + len, cap - len,
		    ".1.3.6.1.4.1.99999.3.%d.%d = Counter32: %d\n", i % 7, i, i);
	for (i = 0; i < 100; i++)
		len += (size_t)snprintf(text + len, cap - len,
		    ".1.3.6.1.4.1.99999.3.%d.%d = Gauge32: 1\n", i % 7, i);
	ck_assert_msg(walkfile_parse(&wf, "large", text, len, err,
	    sizeof(err)) == SNMP_OK, "%s", err);
	ck_assert_uint_eq(walkfile_count(wf), N);
	ck_assert_uint_eq(walk_all(wf), N);
	o = mkoid("1.3.6.1.4.1.99999.3.4.12345");
	walkfile_get(wf, &o, &v);
	ck_assert_int_eq(v.type, VAL_COUNTER32);
	ck_assert_uint_eq(v.u, 12345);
	o = mkoid("1.3.6.1.4.1.99999.3.3.94");
	walkfile_get(wf, &o, &v);
	ck_assert_int_eq(v.type, VAL_GAUGE32);
	walkfile_close(wf);
	free(text);
}
END_TEST

/* One long string and one long hex value: no line-length limit. */
START_TEST(test_long_values)
{
	enum { L = 1 << 20 };
	struct walkfile *wf;
	struct snmp_value v;
	struct oid o;
	char *text, *p, err[256];
	size_t i;

	ck_assert_ptr_nonnull(text = malloc(4 * L));
	p = text;
	p += sprintf(p, ".1.3.6.1.2.1.1.1.0 = STRING: \"");
	for (i = 0; i < L; i++)
		*p++ = (char)('a' + i % 26);
	p += sprintf(p, "\"\n.1.3.6.1.2.1.1.2.0 = Hex-STRING: ");
	for (i = 0; i < L / 4; i++)
		p += sprintf(p, "%02X %s", (unsigned)(i & 0xff),
		    i % 16 == 15 ? "\n" : "");
	ck_assert_msg(walkfile_parse(&wf, "long", text, (size_t)(p - text),
	    err, sizeof(err)) == SNMP_OK, "%s", err);
	o = mkoid("1.3.6.1.2.1.1.1.0");
	walkfile_get(wf, &o, &v);
	ck_assert_uint_eq(v.len, L);
	ck_assert_int_eq(v.bytes[L - 1], 'a' + (L - 1) % 26);
	o = mkoid("1.3.6.1.2.1.1.2.0");
	walkfile_get(wf, &o, &v);
	ck_assert_uint_eq(v.len, L / 4);
	for (i = 0; i < L / 4; i++)
		loop_check_msg(v.bytes[i] == (i & 0xff), "octet %zu: %02x",
		    i, v.bytes[i]);
	walkfile_close(wf);
	free(text);
}
END_TEST

/* Every prefix of a valid file either loads or fails cleanly. */
START_TEST(test_truncations)
{
	static const char text[] =
	    ".1.3.6.1.2.1.1.1.0 = STRING: \"a \\\"b\\\"\nc\"\n"
	    ".1.3.6.1.2.1.1.2.0 = Hex-STRING: 00 01 02 03 04 05 06 07 08 09 "
	    "0A 0B 0C 0D 0E 0F \n10 \n"
	    ".1.3.6.1.2.1.1.3.0 = Timeticks: (12) 0:00:00.12\n"
	    ".1.3.6.1.2.1.1.4.0 = Opaque: Float: 1.5\n";
	struct walkfile *wf;
	char err[256], *copy;
	size_t n;
	int rc;

	for (n = 0; n <= sizeof(text) - 1; n++) {
		/* An exact-size copy lets valgrind and ASan see overreads. */
		ck_assert_ptr_nonnull(copy = malloc(n > 0 ? n : 1));
		memcpy(copy, text, n);
		rc = walkfile_parse(&wf, "t", copy, n, err, sizeof(err));
		ck_assert(rc == SNMP_OK || rc == SNMP_E_SYNTAX);
		if (rc == SNMP_OK)
			walkfile_close(wf);
		else
			ck_assert_ptr_null(wf);
		free(copy);
	}
}
END_TEST

static Suite *
walkfile_suite(void)
{
	Suite *s = suite_create("walkfile");
	TCase *tc;

	tc = tcase_create("vectors");
	tcase_add_loop_test(tc, test_vectors, 0,
	    (int)(sizeof(vecs) / sizeof(vecs[0])));
	suite_add_tcase(s, tc);
	tc = tcase_create("agent");
	tcase_add_loop_test(tc, test_get, 0,
	    (int)(sizeof(get_vecs) / sizeof(get_vecs[0])));
	tcase_add_loop_test(tc, test_getnext, 0,
	    (int)(sizeof(next_vecs) / sizeof(next_vecs[0])));
	tcase_add_test(tc, test_getnext_inplace);
	tcase_add_test(tc, test_skips);
	tcase_add_test(tc, test_skips_last_wins);
	tcase_add_test(tc, test_skips_many);
	suite_add_tcase(s, tc);
	tc = tcase_create("files");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_fixture_forms);
	tcase_add_test(tc, test_fixture_snmprec);
	tcase_add_test(tc, test_fixture_netsnmp);
	tcase_add_test(tc, test_open_missing);
	tcase_add_test(tc, test_open_directory);
	tcase_add_test(tc, test_small_err);
	tcase_add_test(tc, test_large);
	tcase_add_test(tc, test_long_values);
	tcase_add_test(tc, test_truncations);
	tcase_add_test(tc, test_netsnmp_forms);
	tcase_add_test(tc, test_gzip_walks);
	tcase_add_test(tc, test_gzip_damaged);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr;
	int failed;

	sr = srunner_create(walkfile_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
