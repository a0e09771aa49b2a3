/* SPDX-License-Identifier: ISC */
/*
 * Cells as net-snmp's snmpget shows them (what check_snmp 2.3.3 saw), each
 * vector taken from snmpget 5.9 against snmpd with the same value, and the
 * texts a check_snmp -s or -r matches.
 */
#include "cell.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*oid;
	int		 type;
	int64_t		 n;		/* INTEGER, unsigned types */
	const char	*hex;		/* OCTET STRING, OID contents, IpAddress */
	int		 mib;
	const char	*text;
} vec[] = {
	{ "1.3.6.1.4.1.8072.9999.9.0", VAL_OCTET_STRING, 0, "72756e6e696e67",
	    0, "STRING: \"running\"" },
	{ "1.3.6.1.4.1.8072.9999.21.0", VAL_OCTET_STRING, 0, "62c924262329",
	    0, "Hex-STRING: 62 C9 24 26 23 29 " },
	{ "1.3.6.1.4.1.8072.9999.22.0", VAL_OCTET_STRING, 0, "5ac3bc72696368",
	    0, "Hex-STRING: 5A C3 BC 72 69 63 68 " },
	{ "1.3.6.1.4.1.8072.9999.24.0", VAL_OCTET_STRING, 0, "61626300", 0,
	    "Hex-STRING: 61 62 63 00 " },
	{ "1.3.6.1.4.1.8072.9999.27.0", VAL_OCTET_STRING, 0, "", 0, "\"\"" },
	{ "1.3.6.1.4.1.8072.9999.8.0", VAL_TIMETICKS, 123456, NULL, 0,
	    "Timeticks: (123456) 0:20:34.56" },
	{ "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS, 8640000, NULL, 0,
	    "Timeticks: (8640000) 1 day, 0:00:00.00" },
	{ "1.3.6.1.2.1.1.3.0", VAL_TIMETICKS, 4294967295LL, NULL, 0,
	    "Timeticks: (4294967295) 497 days, 2:27:52.95" },
	{ "1.3.6.1.4.1.8072.9999.7.0", VAL_OID, 0, "2b06010401bf0803020a", 0,
	    "OID: iso.3.6.1.4.1.8072.3.2.10" },
	{ "1.3.6.1.2.1.25.2.3.1.2.1", VAL_OID, 0, "2b0601020119020104", 1,
	    "OID: HOST-RESOURCES-TYPES::hrStorageFixedDisk" },
	{ "1.3.6.1.2.1.2.2.1.8.1", VAL_INTEGER, 1, NULL, 0, "INTEGER: 1" },
	{ "1.3.6.1.2.1.2.2.1.8.1", VAL_INTEGER, 1, NULL, 1, "INTEGER: up(1)" },
	{ "1.3.6.1.2.1.2.2.1.8.1", VAL_INTEGER, 9, NULL, 1, "INTEGER: 9" },
	{ "1.3.6.1.4.1.8072.9999.1.0", VAL_INTEGER, -5, NULL, 1,
	    "INTEGER: -5" },
	{ "1.3.6.1.4.1.8072.9999.4.0", VAL_COUNTER32, 4294967295LL, NULL, 0,
	    "Counter32: 4294967295" },
	{ "1.3.6.1.4.1.8072.9999.3.0", VAL_GAUGE32, 42, NULL, 0,
	    "Gauge32: 42" },
	{ "1.3.6.1.2.1.4.20.1.1.127.0.0.1", VAL_IPADDRESS, 0, "7f000001", 0,
	    "IpAddress: 127.0.0.1" },
};

static void
make(struct oid *o, struct snmp_value *v, uint8_t *buf, size_t cap,
    size_t i)
{
	ck_assert_int_eq(oid_parse(o, vec[i].oid), SNMP_OK);
	memset(v, 0, sizeof(*v));
	v->type = vec[i].type;
	v->i = vec[i].n;
	v->u = (uint64_t)vec[i].n;
	if (vec[i].hex != NULL) {
		v->len = unhex(vec[i].hex, buf, cap);
		v->bytes = buf;
	}
}

START_TEST(test_netsnmp)
{
	uint8_t bytes[64];
	char buf[256];
	struct snmp_value v;
	struct strbuf sb;
	struct oid o;

	make(&o, &v, bytes, sizeof(bytes), (size_t)_i);
	sb_init(&sb, buf, sizeof(buf));
	cell_netsnmp(&o, &v, vec[_i].mib, &sb);
	ck_assert_str_eq(buf, vec[_i].text);
}
END_TEST

static int
same(const char *text, const void *arg)
{
	return strcmp(text, arg) == 0;
}

/* What check_snmp users write for -s, and what we show. */
static const struct {
	size_t		 vec;
	const char	*shown;
	const char	*s;
	int		 hit;
} match[] = {
	{ 0, "running", "running", 1 },
	{ 0, "running", "\"running\"", 1 },	/* check_snmp's quoted form */
	{ 0, "running", "runnin", 0 },
	{ 1, "62 C9 24 26 23 29", "62 C9 24 26 23 29", 1 },
	{ 1, "62 C9 24 26 23 29", "62 C9 24 26 23 29 ", 1 },
	{ 2, "Z\xc3\xbcrich", "5A C3 BC 72 69 63 68 ", 1 },
	{ 5, "123456", "Timeticks: (123456) 0:20:34.56", 1 },
	{ 8, "1.3.6.1.4.1.8072.3.2.10", "iso.3.6.1.4.1.8072.3.2.10", 1 },
	{ 10, "1", "up", 1 },			/* enumerations, any form */
	{ 10, "1", "up(1)", 1 },
	{ 11, "up(1)", "1", 1 },
	{ 11, "up(1)", "down", 0 },
	{ 12, "9", "9", 1 },
	{ 13, "-5", "INTEGER: -5", 1 },
};

START_TEST(test_match)
{
	uint8_t bytes[64];
	struct snmp_value v;
	struct oid o;

	make(&o, &v, bytes, sizeof(bytes), match[_i].vec);
	ck_assert_int_eq(cell_match(&o, &v, vec[match[_i].vec].mib,
	    match[_i].shown, same, match[_i].s),
	    match[_i].hit);
}
END_TEST

static Suite *
cell_suite(void)
{
	Suite *s = suite_create("cell");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_netsnmp, 0, sizeof(vec) / sizeof(vec[0]));
	tcase_add_loop_test(tc, test_match, 0,
	    sizeof(match) / sizeof(match[0]));
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(cell_suite)
