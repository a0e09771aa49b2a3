/* SPDX-License-Identifier: ISC */
/*
 * The JSON writer: exact documents, device octets, misuse refused; a
 * varbind's typed value (jsonrow_varbind()).
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "jsonrow.h"
#include "oid.h"
#include "output.h"
#include "snmp.h"
#include "testutil.h"

static const char *
done(struct json *j)
{
	const char *s;
	size_t len;
	int rc;

	s = json_done(j, &len, &rc);
	ck_assert_msg(s != NULL, "json_done failed: %d", rc);
	ck_assert_uint_eq(len, strlen(s));
	return s;
}

static int
fails(struct json *j)
{
	size_t len;
	int rc;

	return json_done(j, &len, &rc) == NULL ? rc : 0;
}

START_TEST(document)
{
	struct json j;

	json_init(&j);
	json_object(&j, NULL);
	json_str(&j, "plugin", "check_snmp_interface");
	json_uint(&j, "max", UINT64_MAX);
	json_int(&j, "min", INT64_MIN);
	json_double(&j, "pct", 51.25, 2);
	json_double(&j, "third", 1.0 / 3.0, 6);
	json_double(&j, "nan", 0.0 / 0.0, 2);
	json_decimal(&j, "volts", 12020, -3);
	json_decimal(&j, "small", -5, -2);
	json_decimal(&j, "big", 12, 3);
	json_bool(&j, "up", 1);
	json_null(&j, "alias");
	json_array(&j, "rows");
	json_object(&j, NULL);
	json_int(&j, "index", 1);
	json_close(&j);
	json_int(&j, NULL, 2);
	json_array(&j, NULL);
	json_close(&j);
	json_close(&j);
	json_object(&j, "empty");
	json_close(&j);
	json_close(&j);
	ck_assert_str_eq(done(&j), "{\"plugin\":\"check_snmp_interface\","
	    "\"max\":18446744073709551615,\"min\":-9223372036854775808,"
	    "\"pct\":51.25,\"third\":0.333333,\"nan\":null,"
	    "\"volts\":12.020,\"small\":-0.05,\"big\":12000,\"up\":true,"
	    "\"alias\":null,\"rows\":[{\"index\":1},2,[]],\"empty\":{}}\n");
	json_free(&j);
}
END_TEST

/* Device octets read as the text output reads them, then escaped. */
START_TEST(device_text)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*out;
	} v[] = {
		{ "eth0", 4, "\"eth0\"" },
		{ "a\"b\\c", 5, "\"a\\\"b\\\\c\"" },
		{ "tab\there\nline\r", 15, "\"tab\\there\\nline\\r\"" },
		{ "pipe|ok", 7, "\"pipe|ok\"" },
		{ "Gi1/0/1\0", 8, "\"Gi1/0/1\"" },		/* trailing NUL */
		{ "caf\xc3\xa9", 5, "\"caf\xc3\xa9\"" },	/* UTF-8 kept */
		{ "bad\xff", 4, "\"62 61 64 FF\"" },	/* not text: hex */
		{ "ls\xe2\x80\xa8ps\xe2\x80\xa9", 10,
		  "\"ls\\u2028ps\\u2029\"" },
		{ "\x00\x1b\x9c\x4b\x2a\x01", 6, "\"00 1B 9C 4B 2A 01\"" },
		{ "", 0, "\"\"" }
	};
	struct json j;
	char want[64];

	json_init(&j);
	json_text(&j, NULL, v[_i].in, v[_i].len);
	snprintf(want, sizeof(want), "%s\n", v[_i].out);
	ck_assert_str_eq(done(&j), want);
	json_free(&j);
}
END_TEST

START_TEST(misuse)
{
	struct json j;

	json_init(&j);		/* a key at the top */
	json_int(&j, "k", 1);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* no key in an object */
	json_object(&j, NULL);
	json_int(&j, NULL, 1);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* a key in an array */
	json_array(&j, NULL);
	json_int(&j, "k", 1);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* not closed */
	json_array(&j, NULL);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* closed once too often */
	json_array(&j, NULL);
	json_close(&j);
	json_close(&j);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* two top-level values */
	json_int(&j, NULL, 1);
	json_int(&j, NULL, 2);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);

	json_init(&j);		/* nothing at all */
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);
}
END_TEST

START_TEST(depth)
{
	struct json j;
	int i;

	json_init(&j);
	for (i = 0; i < JSON_MAX_DEPTH; i++)
		json_array(&j, NULL);
	for (i = 0; i < JSON_MAX_DEPTH; i++)
		json_close(&j);
	ck_assert_int_eq(fails(&j), 0);
	json_free(&j);

	json_init(&j);
	for (i = 0; i <= JSON_MAX_DEPTH; i++)
		json_array(&j, NULL);
	ck_assert_int_eq(fails(&j), SNMP_E_INVAL);
	json_free(&j);
}
END_TEST

/*
 * Random octets: the string is valid UTF-8 with no raw control, quote or
 * backslash outside an escape, and the document grows past any buffer.
 */
START_TEST(random_octets)
{
	unsigned char in[300];
	const unsigned char *s;
	struct json j;
	long n, r;
	size_t i, k, len;
	uint32_t x = 12345;

	n = test_scale(2000);
	json_init(&j);
	json_array(&j, NULL);
	for (r = 0; r < n; r++) {
		len = (size_t)(x % sizeof(in));
		for (i = 0; i < len; i++) {
			x = x * 1103515245u + 12345u;
			in[i] = (unsigned char)(x >> 16);
			if (r % 2)	/* mostly text, now and then not */
				in[i] = (unsigned char)(0x20 + in[i] % 0x60);
		}
		json_text(&j, NULL, in, len);
	}
	json_close(&j);
	s = (const unsigned char *)done(&j);
	ck_assert_int_eq(s[0], '[');
	for (i = 1; s[i] != '\n'; i += k) {
		k = output_utf8_len(s + i, strlen((const char *)s + i));
		loop_check_msg(k > 0, "invalid UTF-8 at %zu", i);
		loop_check_msg(s[i] >= 0x20, "raw control at %zu", i);
		if (s[i] == '\\') {
			loop_check_msg(strchr("\"\\ntru", s[i + 1]) != NULL,
			    "bad escape at %zu", i);
			k = 2;
		}
	}
	json_free(&j);
}
END_TEST

/* A varbind's value typed as the SNMP type says, Counter64 exact. */
START_TEST(varbind)
{
	static const uint8_t ip[] = { 192, 0, 2, 1 }, id[] = { 0x2b, 6, 1 };
	static const struct {
		int		 type;
		int64_t		 i;
		uint64_t	 u;
		const uint8_t	*bytes;
		size_t		 len;
		const char	*out;
	} v[] = {
		{ VAL_INTEGER, -5, 0, NULL, 0, "\"INTEGER\",\"value\":-5,"
		  "\"text\":\"-5\"" },
		{ VAL_COUNTER64, 0, UINT64_MAX, NULL, 0, "\"Counter64\","
		  "\"value\":18446744073709551615,"
		  "\"text\":\"18446744073709551615\"" },
		{ VAL_TIMETICKS, 0, 14634, NULL, 0, "\"Timeticks\","
		  "\"value\":14634,\"text\":\"14634\"" },
		{ VAL_OCTET_STRING, 0, 0, (const uint8_t *)"vm", 2,
		  "\"STRING\",\"value\":\"vm\",\"text\":\"vm\"" },
		{ VAL_IPADDRESS, 0, 0, ip, 4, "\"IpAddress\","
		  "\"value\":\"192.0.2.1\",\"text\":\"192.0.2.1\"" },
		{ VAL_OID, 0, 0, id, 3, "\"OID\",\"value\":\"1.3.6.1\","
		  "\"text\":\"1.3.6.1\"" },
		{ VAL_NOSUCHOBJECT, 0, 0, NULL, 0, "\"noSuchObject\","
		  "\"value\":null,\"text\":null" },
	};
	struct varbind vb;
	struct json j;
	char want[256];

	memset(&vb, 0, sizeof(vb));
	ck_assert_int_eq(oid_parse(&vb.oid, "1.3.6.1.2.1.1.5.0"), SNMP_OK);
	vb.val.type = v[_i].type;
	vb.val.i = v[_i].i;
	vb.val.u = v[_i].u;
	vb.val.bytes = v[_i].bytes;
	vb.val.len = v[_i].len;
	json_init(&j);
	json_object(&j, NULL);
	jsonrow_varbind(&j, &vb, 0);
	json_close(&j);
	snprintf(want, sizeof(want), "{\"oid\":\"1.3.6.1.2.1.1.5.0\","
	    "\"type\":%s}\n", v[_i].out);
	ck_assert_str_eq(done(&j), want);
	json_free(&j);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, document);
	tcase_add_loop_test(tc, device_text, 0, 10);
	tcase_add_test(tc, misuse);
	tcase_add_test(tc, depth);
	tcase_add_test(tc, random_octets);
	tcase_add_loop_test(tc, varbind, 0, 7);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
