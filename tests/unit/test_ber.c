/* SPDX-License-Identifier: ISC */
/*
 * BER reader and writer: the INTEGER vectors of shared/reference/
 * usm-vectors.md, the malformed-BER list of protocol-notes.md ("Hostile
 * inputs", items 1-3 and 5) as negative vectors, truncation at every
 * offset, and re-encoding of everything decodable.
 */
#include "ber.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*hex;
	int		 is_unsigned;
	int64_t		 sval;
	uint64_t	 uval;
	int		 fail;
	int		 reencodes;	/* our writer produces the same octets */
} ints[] = {
	/* usm-vectors.md, "BER INTEGER" */
	{ "02 04 80 00 00 00", 0, -2147483648LL, 0, 0, 1 },
	{ "02 03 ff 00 01", 0, -65535, 0, 0, 1 },
	{ "02 01 fd", 0, -3, 0, 0, 1 },
	{ "02 03 00 ff ff", 0, 65535, 0, 0, 1 },
	{ "02 01 00", 0, 0, 0, 0, 1 },
	{ "02 01 7f", 0, 127, 0, 0, 1 },
	{ "02 02 00 80", 0, 128, 0, 0, 1 },
	{ "02 08 7f ff ff ff ff ff ff ff", 0, INT64_MAX, 0, 0, 1 },
	{ "02 08 80 00 00 00 00 00 00 00", 0, INT64_MIN, 0, 0, 1 },
	/* unsigned: the lenient form without the leading zero */
	{ "42 01 80", 1, 0, 128, 0, 0 },
	{ "42 02 00 80", 1, 0, 128, 0, 1 },
	{ "42 04 80 00 00 00", 1, 0, 2147483648U, 0, 0 },
	{ "42 05 00 80 00 00 00", 1, 0, 2147483648U, 0, 1 },
	{ "46 09 00 ff ff ff ff ff ff ff ff", 1, 0, UINT64_MAX, 0, 1 },
	{ "46 09 00 80 00 00 00 00 00 00 00", 1, 0, 9223372036854775808ULL, 0, 1 },
	/* negative vectors */
	{ "02 00", 0, 0, 0, 1, 0 },			/* empty INTEGER */
	{ "02 09 00 ff ff ff ff ff ff ff ff", 0, 0, 0, 1, 0 },	/* > 8 octets */
	{ "46 09 01 00 00 00 00 00 00 00 00", 1, 0, 0, 1, 0 },	/* > 2^64-1 */
	{ "46 0a 00 00 ff ff ff ff ff ff ff ff", 1, 0, 0, 1, 0 },
	{ "46 00", 1, 0, 0, 1, 0 },
};

START_TEST(test_integers)
{
	uint8_t buf[32], out[32];
	struct ber_reader r;
	struct ber_elem e;
	struct ber_writer w;
	size_t len;
	int64_t s;
	uint64_t u;
	int rc;

	len = unhex(ints[_i].hex, buf, sizeof(buf));
	ber_reader_init(&r, buf, len);
	ck_assert_int_eq(ber_read(&r, &e), SNMP_OK);
	if (ints[_i].is_unsigned)
		rc = ber_decode_uint(e.val, e.len, &u);
	else
		rc = ber_decode_int(e.val, e.len, &s);
	if (ints[_i].fail) {
		ck_assert_int_ne(rc, SNMP_OK);
		return;
	}
	ck_assert_int_eq(rc, SNMP_OK);
	if (ints[_i].is_unsigned)
		ck_assert_uint_eq(u, ints[_i].uval);
	else
		ck_assert_int_eq(s, ints[_i].sval);
	if (!ints[_i].reencodes)
		return;
	ber_writer_init(&w, out, sizeof(out));
	if (ints[_i].is_unsigned)
		ber_put_uint(&w, e.tag, u);
	else
		ber_put_int(&w, e.tag, s);
	ck_assert_int_eq(ber_writer_result(&w), (int)len);
	ck_assert_mem_eq(out, buf, len);
}
END_TEST

static const struct {
	const char	*hex;
	int		 rc;
} bad_tl[] = {
	{ "30 80 00 00", SNMP_E_BER },		/* indefinite length */
	{ "30 ff", SNMP_E_BER },		/* reserved length octet */
	{ "30 85 00 00 00 00 01 00", SNMP_E_BER },	/* > 4 length octets */
	{ "02 02 01", SNMP_E_TRUNC },		/* length past the end */
	{ "30 88 7f ff ff ff ff ff ff ee", SNMP_E_BER },	/* huge length */
	{ "30 84 7f ff ff ff", SNMP_E_TRUNC },
	{ "1f 81 01 00", SNMP_E_BER },		/* high-tag-number form */
	{ "", SNMP_E_TRUNC },			/* empty */
	{ "30", SNMP_E_TRUNC },			/* one octet */
	{ "30 82 00", SNMP_E_TRUNC },		/* length octets cut */
};

START_TEST(test_bad_tl)
{
	uint8_t buf[32];
	struct ber_reader r;
	struct ber_elem e;
	size_t len;

	len = unhex(bad_tl[_i].hex, buf, sizeof(buf));
	ber_reader_init(&r, buf, len);
	ck_assert_int_eq(ber_read(&r, &e), bad_tl[_i].rc);
}
END_TEST

START_TEST(test_long_form_lengths)
{
	/* Non-minimal long-form lengths are accepted (real agents send them). */
	uint8_t buf[] = { 0x04, 0x82, 0x00, 0x02, 'h', 'i' };
	struct ber_reader r;
	struct ber_elem e;

	ber_reader_init(&r, buf, sizeof(buf));
	ck_assert_int_eq(ber_read(&r, &e), SNMP_OK);
	ck_assert_uint_eq(e.len, 2);
	ck_assert_int_eq(ber_at_end(&r), 1);
}
END_TEST

START_TEST(test_child_inside_parent)
{
	/* The parent says 3 octets, the child claims 5: must not reach out. */
	uint8_t buf[] = { 0x30, 0x03, 0x04, 0x05, 'a', 'b', 'c', 'd' };
	struct ber_reader r, sub;
	struct ber_elem e;

	ber_reader_init(&r, buf, sizeof(buf));
	ck_assert_int_eq(ber_enter(&r, BER_SEQUENCE, &sub), SNMP_OK);
	ck_assert_int_eq(ber_read(&sub, &e), SNMP_E_TRUNC);
}
END_TEST

START_TEST(test_nesting_limit)
{
	uint8_t buf[64];
	struct ber_reader r[16];
	size_t i, n = 12;
	int rc = SNMP_OK;

	/* twelve nested SEQUENCEs around an empty one */
	for (i = 0; i < n; i++) {
		buf[2 * i] = 0x30;
		buf[2 * i + 1] = (uint8_t)(2 * (n - 1 - i));
	}
	ber_reader_init(&r[0], buf, 2 * n);
	for (i = 0; i < n - 1 && rc == SNMP_OK; i++)
		rc = ber_enter(&r[i], BER_SEQUENCE, &r[i + 1]);
	ck_assert_int_eq(rc, SNMP_E_BER);
	ck_assert_uint_eq(i, BER_MAX_DEPTH + 1);
}
END_TEST

START_TEST(test_primitive_not_enterable)
{
	uint8_t buf[] = { 0x04, 0x00 };
	struct ber_reader r, sub;

	ber_reader_init(&r, buf, sizeof(buf));
	ck_assert_int_ne(ber_enter(&r, BER_OCTET_STRING, &sub), SNMP_OK);
}
END_TEST

START_TEST(test_writer_nested_long)
{
	uint8_t buf[1024], s[300];
	struct ber_writer w;
	struct ber_reader r, sub;
	struct ber_elem e;
	int len;

	memset(s, 'x', sizeof(s));
	ber_writer_init(&w, buf, sizeof(buf));
	ber_begin(&w, BER_SEQUENCE);
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OCTET_STRING, s, sizeof(s));
	ber_end(&w);
	ber_put_null(&w, BER_NULL);
	ber_end(&w);
	len = ber_writer_result(&w);
	ck_assert_int_eq(len, 4 + 4 + 4 + 300 + 2);
	ck_assert_uint_eq(buf[1], 0x82);
	ber_reader_init(&r, buf, (size_t)len);
	ck_assert_int_eq(ber_enter(&r, BER_SEQUENCE, &sub), SNMP_OK);
	ck_assert_int_eq(ber_enter(&sub, BER_SEQUENCE, &r), SNMP_OK);
	ck_assert_int_eq(ber_expect(&r, BER_OCTET_STRING, &e), SNMP_OK);
	ck_assert_uint_eq(e.len, 300);
	ck_assert_int_eq(ber_expect(&sub, BER_NULL, &e), SNMP_OK);
	ck_assert_int_eq(ber_at_end(&sub), 1);
}
END_TEST

START_TEST(test_writer_overflow)
{
	uint8_t buf[8];
	struct ber_writer w;

	ber_writer_init(&w, buf, sizeof(buf));
	ber_begin(&w, BER_SEQUENCE);
	ber_put_bytes(&w, BER_OCTET_STRING, "0123456789", 10);
	ber_end(&w);
	ck_assert_int_eq(ber_writer_result(&w), SNMP_E_NOSPACE);
	ber_writer_init(&w, buf, sizeof(buf));
	ber_begin(&w, BER_SEQUENCE);
	ck_assert_int_eq(ber_writer_result(&w), SNMP_E_INVAL);	/* unclosed */
}
END_TEST

static Suite *
ber_suite(void)
{
	Suite *s = suite_create("ber");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_integers, 0,
	    sizeof(ints) / sizeof(ints[0]));
	tcase_add_loop_test(tc, test_bad_tl, 0,
	    sizeof(bad_tl) / sizeof(bad_tl[0]));
	tcase_add_test(tc, test_long_form_lengths);
	tcase_add_test(tc, test_child_inside_parent);
	tcase_add_test(tc, test_nesting_limit);
	tcase_add_test(tc, test_primitive_not_enterable);
	tcase_add_test(tc, test_writer_nested_long);
	tcase_add_test(tc, test_writer_overflow);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(ber_suite)
