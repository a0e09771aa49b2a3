/* SPDX-License-Identifier: ISC */
/*
 * walkfile: every net-snmp and snmprec value form against the value the
 * network decoder (pdu_decode_value) gives for the same contents octets,
 * malformed lines with the line number they must name, GET / GETNEXT
 * semantics, and the fixtures in tests/data.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	{ "1.3.6.1.2.1.1.1.0|68|9f78043fc00000\n", "1.3.6.1.2.1.1.1.0",
	    0x44, "9f78043fc00000", VAL_FLOAT, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|68x|0102\n", "1.3.6.1.2.1.1.1.0", 0x44, "0102",
	    VAL_OPAQUE, 0, 0, NULL },
	{ "1.3.6.1.2.1.1.1.0|70|18446744073709551615\n", "1.3.6.1.2.1.1.1.0",
	    0x46, "00ffffffffffffffff", VAL_COUNTER64, 0, 0, NULL },
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
	    "expected ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0\n", 1, "expected ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0 =INTEGER: 1\n", 1,
	    "expected ' = ' after the OID"),
	BAD(".1.3.6.1.2.1.1.1.0 =\n", 1, "no value after ' = '"),
	BAD("1.3.x = INTEGER: 1\n", 1, "bad OID '1.3.x'"),
	BAD("SNMPv2-MIB::sysDescr.0 = INTEGER: 1\n", 1, "bad OID"),
	BAD("1.3.6.4294967296 = INTEGER: 1\n", 1, "bad OID"),
	BAD("3.1 = INTEGER: 1\n", 1, "bad OID"),
	BAD(S "Foo: 1\n", 1, "unknown type 'Foo'"),
	BAD(S "1553\n", 1, "value without a type"),
	BAD(S "\"text\"\n", 1, "value without a type"),
	BAD(S "OID: SNMPv2-SMI::enterprises.8072\n", 1,
	    "(record the walk with -On)"),
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
	    "unsupported snmprec variation module '2:numeric'"),
	BAD("1.3.6.1.2.1.1.1.0|4|x\n1.3.6.1.2.1.1.2.0|4\n", 2,
	    "expected OID|TAG|VALUE"),
	BAD("1.3.6.1.2.1.1.1.0|4x|abc\n", 1, "odd number of hex digits"),
	BAD("1.3.6.1.2.1.1.1.0|4x|zz\n", 1, "bad hex digits 'zz'"),
	BAD("1.3.6.1.2.1.1.1.0|65|4294967296\n", 1,
	    "Counter32 value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2|9223372036854775808\n", 1,
	    "INTEGER value out of range"),
	BAD("1.3.6.1.2.1.1.1.0|2| 1\n", 1, "bad INTEGER value"),
	BAD("1.3.6.1.2.1.1.1.0|64|1.2.3\n", 1, "bad IpAddress value"),
	BAD("1.3.6.1.2.1.1.1.0|64x|7f0000\n", 1, "IpAddress is not 4 octets"),
	BAD("1.3.6.1.2.1.1.1.0|2x|01\n", 1, "hex value not supported"),
	BAD("1.3.6.1.2.1.1.1.0|5|x\n", 1, "NULL with a value"),
	BAD("1.3.6.1.2.1.1.1.0|6|1.3.x\n", 1, "bad OID value"),
	BAD("1.3.6.1.2.1.1.1.0|6|\n", 1, "bad OID value ''"),
	BAD("1.3.6.1.2.1.1.1.0|256|x\n", 1, "bad snmprec tag '256'"),
	BAD("1.3.6.1.2.1.1.1.0|4|x\n1.3.x|4|y\n", 2, "bad OID '1.3.x'"),
};

START_TEST(test_vectors)
{
	const struct vec *t = &vecs[_i];
	struct walkfile *wf = NULL;
	struct snmp_value v;
	struct oid o;
	char err[256], want[256];
	int rc;

	rc = walkfile_parse(&wf, "t.walk", t->text, strlen(t->text), err,
	    sizeof(err));
	if (t->fail) {
		ck_assert_msg(rc == SNMP_E_SYNTAX, "vector %d: rc %d, want "
		    "syntax error", _i, rc);
		ck_assert_ptr_null(wf);
		if (t->line > 0)
			snprintf(want, sizeof(want), "t.walk:%d: ", t->line);
		else
			snprintf(want, sizeof(want), "t.walk: ");
		ck_assert_msg(strncmp(err, want, strlen(want)) == 0,
		    "vector %d: err '%s' does not start with '%s'", _i, err,
		    want);
		ck_assert_msg(strstr(err, t->why) != NULL,
		    "vector %d: err '%s' lacks '%s'", _i, err, t->why);
		return;
	}
	ck_assert_msg(rc == SNMP_OK, "vector %d: rc %d: %s", _i, rc, err);
	o = mkoid(t->oid);
	walkfile_get(wf, &o, &v);
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

	vb.oid = mkoid("0.0");
	for (;;) {
		prev = vb;
		walkfile_getnext(wf, &prev.oid, &vb);
		if (vb.val.type == VAL_ENDOFMIBVIEW) {
			ck_assert(oid_cmp(&vb.oid, &prev.oid) == 0);
			break;
		}
		ck_assert(oid_cmp(&vb.oid, &prev.oid) > 0);
		walkfile_get(wf, &vb.oid, &v);
		ck_assert_int_eq(v.type, vb.val.type);
		ck_assert_uint_eq(v.len, vb.val.len);
		ck_assert(v.bytes == vb.val.bytes);
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
	{ "19", 0, NULL, VAL_NOSUCHINSTANCE }
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
	ck_assert_uint_eq(walkfile_count(wf), 16);
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
	ck_assert_uint_eq(walk_all(wf), 16);
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
		ck_assert_int_eq(v.bytes[i], i & 0xff);
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
