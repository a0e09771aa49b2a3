/* SPDX-License-Identifier: ISC */
/*
 * v1/v2c messages: the byte-exact requests and replies of net-snmp 5.9.3 in
 * shared/reference/netsnmp-5.9.3-responses.json (our encoder must produce
 * the same request octets, our decoder must read the replies), every value
 * type, and the hostile inputs of protocol-notes.md items 1-7.
 */
#include <stdio.h>

#include "num.h"
#include "pdu.h"
#include "snmp.h"
#include "testutil.h"

/* netsnmp-5.9.3-responses.json: v2c_get_exceptions */
static const char get_exc_req[] =
    "304202010104067075626c6963a03502010b020100020100302a300c06082b06010201"
    "0101000500300c06082b060102010101010500300c06082b060102010163000500";
static const char get_exc_resp[] =
    "305902010104067075626c6963a24c02010b0201000201003041302306082b0601020"
    "1010100041772656c696162696c6974792d616e63686f722d74657374300c06082b06"
    "0102010101018100300c06082b060102010163008000";
/* v2c_getnext_second_varbind_2.999_endOfMibView */
static const char next_req[] =
    "303002010104067075626c6963a12302010c0201000201003018300e060a2b060106"
    "030f0101060005003006060288370500";
static const char next_resp[] =
    "303102010104067075626c6963a22402010c0201000201003019300f060a2b060106"
    "030f010201000201003006060288378200";
/* v1_get_noSuchName */
static const char v1_req[] =
    "303402010004067075626c6963a02702010d020100020100301c300c06082b060102"
    "010101000500300c06082b060102010163000500";
static const char v1_resp[] =
    "303402010004067075626c6963a22702010d020102020102301c300c06082b060102"
    "010101000500300c06082b060102010163000500";
/* v2c_getbulk_nonrep1_maxrep3 */
static const char bulk_req[] =
    "303202010104067075626c6963a52502010e020101020103301a300b06072b060102"
    "0101030500300b06072b0601020101010500";
static const char bulk_resp[] =
    "307502010104067075626c6963a26802010e020100020100305d300e06082b060102"
    "0101030043021749302306082b06010201010100041772656c696162696c6974792d"
    "616e63686f722d74657374301606082b06010201010200060a2b06010401bf080302"
    "0a300e06082b0601020101030043021749";
/* v2c_wrong_community_silence */
static const char wrongcomm_req[] =
    "3025020101040577726f6e67a01902010f020100020100300e300c06082b06010201"
    "0101000500";

static void
check_encode(const char *hex, int version, const char *comm, int type,
    int32_t reqid, int e1, int e2, const char *const *oids, size_t n)
{
	uint8_t want[512], got[512];
	struct oid o[8];
	size_t wlen, i, coff;
	int len;

	for (i = 0; i < n; i++)
		ck_assert_int_eq(oid_parse(&o[i], oids[i]), SNMP_OK);
	wlen = unhex(hex, want, sizeof(want));
	len = pdu_encode_request(got, sizeof(got), version, comm, strlen(comm),
	    type, reqid, e1, e2, o, n, &coff);
	ck_assert_int_eq(len, (int)wlen);
	ck_assert_mem_eq(got, want, wlen);
	ck_assert_mem_eq(got + coff, comm, strlen(comm));
}

START_TEST(test_encode_like_netsnmp)
{
	const char *o3[] = { "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.1.1",
	    "1.3.6.1.2.1.1.99.0" };
	const char *o2[] = { "1.3.6.1.6.3.15.1.1.6.0", "2.999" };
	const char *v1o[] = { "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.99.0" };
	const char *bo[] = { "1.3.6.1.2.1.1.3", "1.3.6.1.2.1.1.1" };
	const char *wo[] = { "1.3.6.1.2.1.1.1.0" };

	check_encode(get_exc_req, SNMP_V2C, "public", PDU_GET, 11, 0, 0, o3, 3);
	check_encode(next_req, SNMP_V2C, "public", PDU_GETNEXT, 12, 0, 0, o2, 2);
	check_encode(v1_req, SNMP_V1, "public", PDU_GET, 13, 0, 0, v1o, 2);
	check_encode(bulk_req, SNMP_V2C, "public", PDU_GETBULK, 14, 1, 3, bo, 2);
	check_encode(wrongcomm_req, SNMP_V2C, "wrong", PDU_GET, 15, 0, 0, wo, 1);
}
END_TEST

static void
decode(const char *hex, struct snmp_msg *m, struct varbind *vb, size_t max,
    uint8_t *buf, size_t cap, int want)
{
	size_t len = unhex(hex, buf, cap);

	memset(m, 0, sizeof(*m));
	m->pdu.vb = vb;
	m->pdu.maxvb = max;
	ck_assert_int_eq(pdu_decode(buf, len, m), want);
}

START_TEST(test_decode_netsnmp)
{
	static uint8_t buf[1024];
	static struct varbind vb[8];
	struct snmp_msg m;
	char t[OID_TEXT_MAX];

	decode(get_exc_resp, &m, vb, 8, buf, sizeof(buf), SNMP_OK);
	ck_assert_int_eq(m.version, SNMP_V2C);
	ck_assert_int_eq(m.pdu.type, PDU_RESPONSE);
	ck_assert_int_eq(m.pdu.reqid, 11);
	ck_assert_uint_eq(m.pdu.nvb, 3);
	ck_assert_int_eq(vb[0].val.type, VAL_OCTET_STRING);
	ck_assert_uint_eq(vb[0].val.len, 23);
	ck_assert_mem_eq(vb[0].val.bytes, "reliability-anchor-test", 23);
	ck_assert_int_eq(vb[1].val.type, VAL_NOSUCHINSTANCE);
	ck_assert_int_eq(vb[2].val.type, VAL_NOSUCHOBJECT);
	ck_assert_int_eq(value_is_exception(&vb[2].val), 1);

	decode(next_resp, &m, vb, 8, buf, sizeof(buf), SNMP_OK);
	ck_assert_uint_eq(m.pdu.nvb, 2);
	oid_format(&vb[0].oid, t, sizeof(t));
	ck_assert_str_eq(t, "1.3.6.1.6.3.15.1.2.1.0");
	ck_assert_int_eq(vb[0].val.type, VAL_INTEGER);
	ck_assert_int_eq(vb[0].val.i, 0);
	oid_format(&vb[1].oid, t, sizeof(t));
	ck_assert_str_eq(t, "2.999");
	ck_assert_int_eq(vb[1].val.type, VAL_ENDOFMIBVIEW);

	decode(v1_resp, &m, vb, 8, buf, sizeof(buf), SNMP_OK);
	ck_assert_int_eq(m.version, SNMP_V1);
	ck_assert_int_eq(m.pdu.errstat, ERR_NOSUCHNAME);
	ck_assert_int_eq(m.pdu.errindex, 2);
	ck_assert_int_eq(vb[1].val.type, VAL_NULL);

	decode(bulk_resp, &m, vb, 8, buf, sizeof(buf), SNMP_OK);
	ck_assert_uint_eq(m.pdu.nvb, 4);
	ck_assert_int_eq(vb[0].val.type, VAL_TIMETICKS);
	ck_assert_uint_eq(vb[0].val.u, 0x1749);
	ck_assert_int_eq(vb[2].val.type, VAL_OID);
	/* more varbinds than the caller can hold */
	decode(bulk_resp, &m, vb, 3, buf, sizeof(buf), SNMP_E_NOSPACE);
}
END_TEST

/*
 * One varbind value per row: a Response around it is built by the test.
 * fail: the whole message must be rejected.
 */
static const struct {
	const char	*value;
	int		 type;
	int64_t		 i;
	uint64_t	 u;
	int		 fail;
} values[] = {
	{ "02 01 fb", VAL_INTEGER, -5, 0, 0 },
	{ "04 03 61 7c 62", VAL_OCTET_STRING, 0, 0, 0 },
	{ "04 00", VAL_OCTET_STRING, 0, 0, 0 },
	{ "05 00", VAL_NULL, 0, 0, 0 },
	{ "06 03 2b 06 01", VAL_OID, 0, 0, 0 },
	{ "40 04 7f 00 00 01", VAL_IPADDRESS, 0, 0, 0 },
	{ "41 05 00 ff ff ff ff", VAL_COUNTER32, 0, 4294967295U, 0 },
	{ "42 01 05", VAL_GAUGE32, 0, 5, 0 },
	{ "43 03 01 e2 40", VAL_TIMETICKS, 0, 123456, 0 },
	{ "44 02 01 02", VAL_OPAQUE, 0, 0, 0 },
	{ "46 09 00 ff ff ff ff ff ff ff ff", VAL_COUNTER64, 0, UINT64_MAX, 0 },
	{ "46 09 00 80 00 00 00 00 00 00 00", VAL_COUNTER64, 0,
	  9223372036854775808ULL, 0 },
	{ "80 00", VAL_NOSUCHOBJECT, 0, 0, 0 },
	{ "81 00", VAL_NOSUCHINSTANCE, 0, 0, 0 },
	{ "82 00", VAL_ENDOFMIBVIEW, 0, 0, 0 },
	/* net-snmp Opaque float 1.5 and double -2.25 */
	{ "44 07 9f 78 04 3f c0 00 00", VAL_FLOAT, 0, 0, 0 },
	{ "44 0b 9f 79 08 c0 02 00 00 00 00 00 00", VAL_DOUBLE, 0, 0, 0 },
	/* NaN and infinities are no number: they stay Opaque */
	{ "44 07 9f 78 04 7f c0 00 00", VAL_OPAQUE, 0, 0, 0 },
	{ "44 07 9f 78 04 7f 80 00 00", VAL_OPAQUE, 0, 0, 0 },
	{ "44 07 9f 78 04 ff 80 00 00", VAL_OPAQUE, 0, 0, 0 },
	{ "44 0b 9f 79 08 7f f0 00 00 00 00 00 00", VAL_OPAQUE, 0, 0, 0 },
	{ "44 0b 9f 79 08 ff f8 00 00 00 00 00 01", VAL_OPAQUE, 0, 0, 0 },
	/* hostile (protocol-notes.md items 3, 5, 7) */
	{ "02 00", 0, 0, 0, 1 },
	{ "05 01 00", 0, 0, 0, 1 },
	{ "02 09 01 00 00 00 00 00 00 00 00", 0, 0, 0, 1 },
	{ "40 03 7f 00 01", 0, 0, 0, 1 },
	{ "40 05 7f 00 00 01 01", 0, 0, 0, 1 },
	{ "80 01 00", 0, 0, 0, 1 },
	{ "81 01 00", 0, 0, 0, 1 },
	{ "82 02 00 00", 0, 0, 0, 1 },
	{ "41 05 01 00 00 00 00", 0, 0, 0, 1 },	/* Counter32 2^32 */
	{ "43 09 00 ff ff ff ff ff ff ff ff", 0, 0, 0, 1 },
	{ "46 0a 00 00 ff ff ff ff ff ff ff ff", 0, 0, 0, 1 },
	{ "24 03 04 01 61", 0, 0, 0, 1 },	/* constructed OCTET STRING */
	{ "1f 01 00", 0, 0, 0, 1 },		/* high-tag-number form */
	{ "06 05 90 80 80 80 00", 0, 0, 0, 1 },	/* OID arc over 32 bits */
	{ "06 02 2b 81", 0, 0, 0, 1 },
	{ "06 00", 0, 0, 0, 1 },
	{ "47 01 00", 0, 0, 0, 1 },		/* unknown application tag */
	{ "", 0, 0, 0, 1 },			/* value missing */
	{ "05 00 05 00", 0, 0, 0, 1 },		/* two values */
};

static size_t
wrap_value(const char *valhex, uint8_t *buf, size_t cap)
{
	char hex[512];

	/* 30 L 02 01 01 04 01 70 a2 L 02 01 07 02 01 00 02 01 00 30 L 30 L 06 01 2b V */
	uint8_t v[128];
	size_t vl = unhex(valhex, v, sizeof(v)), i, n;
	size_t vb = 3 + vl, list = 2 + vb, pdu = 11 + list, msg = 8 + pdu;

	ck_assert(msg < 128);
	n = (size_t)snprintf(hex, sizeof(hex), "30%02zx 020101 040170 a2%02zx "
	    "020107 020100 020100 30%02zx 30%02zx 06012b", msg, pdu, list, vb);
	for (i = 0; i < vl; i++)
		n += (size_t)snprintf(hex + n, sizeof(hex) - n, "%02x", v[i]);
	return unhex(hex, buf, cap);
}

START_TEST(test_values)
{
	uint8_t buf[256];
	struct varbind vb[2];
	struct snmp_msg m;
	size_t len;
	int rc;

	len = wrap_value(values[_i].value, buf, sizeof(buf));
	memset(&m, 0, sizeof(m));
	m.pdu.vb = vb;
	m.pdu.maxvb = 2;
	rc = pdu_decode(buf, len, &m);
	if (values[_i].fail) {
		ck_assert_msg(rc != SNMP_OK, "accepted %s", values[_i].value);
		return;
	}
	ck_assert_msg(rc == SNMP_OK, "rejected %s: %d", values[_i].value, rc);
	ck_assert_int_eq(vb[0].val.type, values[_i].type);
	if (values[_i].type == VAL_INTEGER)
		ck_assert_int_eq(vb[0].val.i, values[_i].i);
	if (values[_i].type >= VAL_COUNTER32 && values[_i].type <= VAL_COUNTER64)
		ck_assert_uint_eq(vb[0].val.u, values[_i].u);
	if (values[_i].type == VAL_FLOAT)
		ck_assert(vb[0].val.d == 1.5);
	if (values[_i].type == VAL_DOUBLE)
		ck_assert(vb[0].val.d == -2.25);
}
END_TEST

/* Every truncation of every fixture fails cleanly (protocol-notes item 2). */
START_TEST(test_truncation)
{
	const char *fixtures[] = { get_exc_resp, next_resp, v1_resp, bulk_resp };
	static uint8_t buf[1024];
	uint8_t *copy;
	struct varbind vb[8];
	struct snmp_msg m;
	size_t len, cut, f;

	for (f = 0; f < 4; f++) {
		len = unhex(fixtures[f], buf, sizeof(buf));
		for (cut = 0; cut < len; cut++) {
			/* exact-size heap copy so ASan/valgrind see overreads */
			copy = malloc(cut > 0 ? cut : 1);
			memcpy(copy, buf, cut);
			memset(&m, 0, sizeof(m));
			m.pdu.vb = vb;
			m.pdu.maxvb = 8;
			ck_assert_int_ne(pdu_decode(copy, cut, &m), SNMP_OK);
			free(copy);
		}
	}
}
END_TEST

static const struct {
	const char	*hex;
	int		 rc;
} bad_msgs[] = {
	/* version 3 is not a community message */
	{ "301a020103040170a2120201010201000201003007300506012b0500",
	  SNMP_E_VERSION },
	/* trailing garbage after the message */
	{ "301a020101040170a2120201010201000201003007300506012b050000",
	  SNMP_E_BER },
	/* v1 Trap PDU tag */
	{ "3013020100040170a40b0201010201000201003000",
	  SNMP_E_PDU },
	/* negative error-status */
	{ "3013020101040170a20b0201010201ff0201003000",
	  SNMP_E_RANGE },
	/* request-id wider than 32 bits */
	{ "3017020101040170a20f020501ffffffff0201000201003000",
	  SNMP_E_RANGE },
	/* varbind without a SEQUENCE */
	{ "3015020101040170a20d02010102010002010030020500",
	  SNMP_E_BER },
	/* indefinite length inside */
	{ "3015020101040170a28002010102010002010030000000",
	  SNMP_E_BER },
};

START_TEST(test_bad_messages)
{
	uint8_t buf[128];
	struct varbind vb[4];
	struct snmp_msg m;
	size_t len;

	len = unhex(bad_msgs[_i].hex, buf, sizeof(buf));
	memset(&m, 0, sizeof(m));
	m.pdu.vb = vb;
	m.pdu.maxvb = 4;
	ck_assert_int_eq(pdu_decode(buf, len, &m), bad_msgs[_i].rc);
}
END_TEST

/*
 * Every SNMPv3 reply of the net-snmp capture parses, and is classified:
 * a Report naming the usmStats counter, or a Response with its varbinds.
 */
START_TEST(test_v3_fixtures)
{
	static uint8_t buf[2048];
	static struct varbind vb[8];
	char line[4096], name[128], kind[16], hex[3000];
	struct v3_header h;
	struct v3_scope sc;
	struct pdu pdu;
	size_t len, used;
	int arg, n = 0;
	FILE *f;

	f = fopen("tests/data/netsnmp-v3-replies.txt", "r");
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (line[0] == '#')
			continue;
		ck_assert_int_eq(sscanf(line, "%127s %15s %d %2999s", name, kind,
		    &arg, hex), 4);
		len = unhex(hex, buf, sizeof(buf));
		ck_assert_msg(pdu_decode_v3(buf, len, &h) == SNMP_OK, "%s", name);
		ck_assert_uint_eq(h.engine_len, 13);
		ck_assert_int_eq(h.flags & V3_FLAG_PRIV, 0);
		memset(&pdu, 0, sizeof(pdu));
		pdu.vb = vb;
		pdu.maxvb = 8;
		ck_assert_msg(pdu_decode_scoped(h.data, h.data_len, &sc, &pdu,
		    &used) == SNMP_OK, "%s", name);
		ck_assert_uint_eq(used, h.data_len);
		if (strcmp(kind, "report") == 0) {
			ck_assert_int_eq(pdu.type, PDU_REPORT);
			ck_assert_uint_ge(pdu.nvb, 1);
			ck_assert_uint_eq(vb[0].oid.len, 11);
			ck_assert_uint_eq(vb[0].oid.arcs[6], 15);
			ck_assert_msg(vb[0].oid.arcs[9] == (uint32_t)arg,
			    "%s: report %u", name, vb[0].oid.arcs[9]);
			/* authenticated only where net-snmp authenticates */
			ck_assert_int_eq(h.flags & V3_FLAG_AUTH, arg == 2 ?
			    V3_FLAG_AUTH : 0);
		} else {
			ck_assert_int_eq(pdu.type, PDU_RESPONSE);
			ck_assert_uint_eq(pdu.nvb, (size_t)arg);
			ck_assert_int_eq(h.flags & V3_FLAG_AUTH, V3_FLAG_AUTH);
			ck_assert_uint_eq(h.auth_len, 12);
		}
		n++;
	}
	fclose(f);
	ck_assert_int_eq(n, 10);
}
END_TEST

/* protocol-notes.md items 10 and 11: header fields out of range. */
START_TEST(test_v3_negative)
{
	static const struct {
		const char *what, *from, *to;
	} muts[] = {
		/* msgFlags of two octets */
		{ "flags len 2", "040100020103", "04020000020103" },
		/* priv without auth */
		{ "priv no auth", "040100020103", "040102020103" },
		/* security model 2 */
		{ "model", "040100020103", "040100020102" },
	};
	static uint8_t buf[2048];
	char hex[3000], line[4096], name[128], kind[16], *p;
	struct v3_header h;
	size_t len, i;
	int arg;
	FILE *f;

	f = fopen("tests/data/netsnmp-v3-replies.txt", "r");
	ck_assert_ptr_nonnull(f);
	do {
		ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
	} while (line[0] == '#');
	fclose(f);
	ck_assert_int_eq(sscanf(line, "%127s %15s %d %2999s", name, kind, &arg,
	    hex), 4);
	for (i = 0; i < sizeof(muts) / sizeof(muts[0]); i++) {
		char m[3100];

		p = strstr(hex, muts[i].from);
		ck_assert_ptr_nonnull(p);
		snprintf(m, sizeof(m), "%.*s%s%s", (int)(p - hex), hex,
		    muts[i].to, p + strlen(muts[i].from));
		len = unhex(m, buf, sizeof(buf));
		ck_assert_msg(pdu_decode_v3(buf, len, &h) != SNMP_OK, "%s",
		    muts[i].what);
	}
	/* truncation at every offset */
	len = unhex(hex, buf, sizeof(buf));
	for (i = 0; i < len; i++)
		ck_assert_int_ne(pdu_decode_v3(buf, i, &h), SNMP_OK);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(pdu_errstat_name(ERR_TOOBIG), "tooBig");
	ck_assert_str_eq(pdu_errstat_name(ERR_INCONSISTENTNAME),
	    "inconsistentName");
	ck_assert_str_eq(pdu_errstat_name(99), "unknown error-status");
	ck_assert_str_eq(value_type_name(VAL_COUNTER64), "Counter64");
}
END_TEST

/*
 * The community's offset (for redacted -vvv dumps) with a community long
 * enough to make the message's length grow to long form while it was
 * encoded (fuzz_pdu regress/get-128-octets-community-offset-wrong).
 */
START_TEST(test_community_offset)
{
	static uint8_t buf[2048];
	char comm[300];
	struct oid o;
	size_t off, lens[] = { 1, 6, 100, 127, 128, 200, 255, 256, 299 }, k;
	int len;

	ck_assert_int_eq(oid_parse(&o, "1.3.6.1.2.1.1.3.0"), SNMP_OK);
	memset(comm, 'c', sizeof(comm));
	for (k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		len = pdu_encode_request(buf, sizeof(buf), SNMP_V2C, comm,
		    lens[k], PDU_GET, 1, 0, 0, &o, 1, &off);
		ck_assert_int_gt(len, 0);
		ck_assert_msg(off + lens[k] <= (size_t)len &&
		    memcmp(buf + off, comm, lens[k]) == 0 &&
		    buf[off - 2 - (lens[k] >= 128) - (lens[k] >= 256)] == 0x04,
		    "community of %zu octets: offset %zu is wrong", lens[k],
		    off);
	}
}
END_TEST

/* Numeric values as numbers, exact at both ends of 64 bits. */
START_TEST(test_value_to_num)
{
	struct snmp_value v;
	struct num n;
	char buf[64];

	memset(&v, 0, sizeof(v));
	v.type = VAL_COUNTER64;
	v.u = UINT64_MAX;
	ck_assert_int_eq(value_to_num(&v, &n), SNMP_OK);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "18446744073709551615");
	v.type = VAL_INTEGER;
	v.i = INT64_MIN;
	ck_assert_int_eq(value_to_num(&v, &n), SNMP_OK);
	num_format(&n, buf, sizeof(buf));
	ck_assert_str_eq(buf, "-9223372036854775808");
	v.type = VAL_OCTET_STRING;
	ck_assert_int_eq(value_to_num(&v, &n), SNMP_E_INVAL);
}
END_TEST

static Suite *
pdu_suite(void)
{
	Suite *s = suite_create("pdu");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_encode_like_netsnmp);
	tcase_add_test(tc, test_decode_netsnmp);
	tcase_add_loop_test(tc, test_values, 0,
	    sizeof(values) / sizeof(values[0]));
	tcase_add_test(tc, test_truncation);
	tcase_add_loop_test(tc, test_bad_messages, 0,
	    sizeof(bad_msgs) / sizeof(bad_msgs[0]));
	tcase_add_test(tc, test_v3_fixtures);
	tcase_add_test(tc, test_v3_negative);
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_community_offset);
	tcase_add_test(tc, test_value_to_num);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(pdu_suite)
