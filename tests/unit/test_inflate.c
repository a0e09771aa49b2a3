/* SPDX-License-Identifier: ISC */
/*
 * inflate: raw DEFLATE streams with stored, fixed and dynamic blocks, and
 * corrupt ones (vectors made with Python's zlib, or written bit by bit
 * where zlib cannot be made to write them; zlib's own verdict in the
 * comment), gzip headers with every optional field, CRC-32 and ISIZE,
 * several members, every truncation and every single-bit flip of a gzip
 * file, and the output limit.  test_walkfile.c decodes gzip -1 and -9
 * output of every walk in tests/data.
 */
#include "inflate.h"
#include "snmp.h"
#include "testutil.h"

#define X_STORED	"010c00f3ff73746f72656420626c6f636b"
#define X_FIXED		"cb4c73492d4e2ed23354b055c8c9d751c884f28d80fcd492" \
			"0c0384883144c41000"
#define P_FIXED		"ifDescr.1 = lo, ifDescr.2 = eth0, ifDescr.3 = eth1"
/* zlib Z_HUFFMAN_ONLY: one dynamic block */
#define X_DYNAMIC	"05c1010100000082a0add2ff0f4155550100dbb66ddb01"
#define P_DYNAMIC	"aaaaaaaaaabbbbbbbbbbbbbbcccccccccc"
/* a literals-only dynamic block: "hh" */
#define X_NODIST	"05e00190244992244902000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00000000002000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"000000000000000000000000000000000000000000000000002010"
/* one distance code of one bit (§3.2.7): "abbbba" */
#define X_ONEDIST	"0de00190244992244902000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00001100000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"0000000000000000000000000000000000000000000000000010218e" \
	"00"
/* dynamic blocks whose literal/length code is wrong */
#define X_NOEOB	"05e00190244992244902000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00002200000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"000000000000000000000000000000000000000000000000000002"
#define X_OVER	"05e00190244992244902000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00002200000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"000000000000000000000000000000000000000000000000002002"
#define X_INCOMPLETE	"05e00190244992244902000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00000200000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"000000000000000000000000000000000000000000000000001002"
#define X_PAST	"05e00192244992244900000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000000000000000" \
	"00000000000000000000000000000000000000000000fc1f"

static const struct {
	const char	*name;
	const char	*hex;
	const char	*out;		/* NULL: an error */
	size_t		 outlen;
	int		 rc;
	const char	*why;
} raws[] = {
	{ "stored", X_STORED, "stored block", 12, SNMP_OK, NULL },
	{ "fixed", X_FIXED, P_FIXED, sizeof(P_FIXED) - 1, SNMP_OK, NULL },
	{ "dynamic", X_DYNAMIC, P_DYNAMIC, sizeof(P_DYNAMIC) - 1, SNMP_OK,
	    NULL },
	{ "empty", "0300", "", 0, SNMP_OK, NULL },
	/* zlib Z_RLE: 'x', then length 258 and 41 at distance 1 */
	{ "rle", "ab1805440300", NULL, 300, SNMP_OK, NULL },
	/* overlapping copy: "ab", length 4 at distance 2 */
	{ "overlap", "4b4c024100", "ababab", 6, SNMP_OK, NULL },
	{ "len258", "ab180500", NULL, 259, SNMP_OK, NULL },
	{ "no distance codes", X_NODIST, "hh", 2, SNMP_OK, NULL },
	{ "one distance code", X_ONEDIST, "abbbba", 6, SNMP_OK, NULL },
	/* stored (not final) then fixed (final): block types mixed */
	{ "stored+fixed", "000300fcff6f6e65" X_FIXED, "one" P_FIXED,
	    3 + sizeof(P_FIXED) - 1, SNMP_OK, NULL },
	{ "stored+dynamic", "000300fcff6f6e65" X_DYNAMIC, "one" P_DYNAMIC,
	    3 + sizeof(P_DYNAMIC) - 1, SNMP_OK, NULL },
	/* corrupt, each with zlib's verdict */
	{ "block type 3", "07", NULL, 0, SNMP_E_SYNTAX,
	    "an invalid block type" },
	{ "stored NLEN", "010500000068656c6c6f", NULL, 0, SNMP_E_SYNTAX,
	    "complement" },
	/* invalid distance too far back */
	{ "distance too far", "4b044200", NULL, 0, SNMP_E_SYNTAX,
	    "a distance too far back" },
	/* invalid literal/length code */
	{ "length 286", "4b1c03", NULL, 0, SNMP_E_SYNTAX,
	    "an invalid length code" },
	/* invalid distance code */
	{ "distance 30", "4b4c023e00", NULL, 0, SNMP_E_SYNTAX,
	    "an invalid distance code" },
	/* too many length or distance symbols */
	{ "HLIT 30", "f5e001902449922449020000", NULL, 0, SNMP_E_SYNTAX,
	    "too many length or distance codes" },
	/* invalid code lengths set */
	{ "code length code over-subscribed", "05e00104000000411000", NULL, 0,
	    SNMP_E_SYNTAX, "an invalid code length code" },
	/* invalid bit length repeat */
	{ "repeat first", "05e0099024499224493c", NULL, 0, SNMP_E_SYNTAX,
	    "a repeat with no length before it" },
	{ "lengths past the end", X_PAST, NULL, 0, SNMP_E_SYNTAX,
	    "code lengths past the last code" },
	/* invalid code -- missing end-of-block */
	{ "no end-of-block", X_NOEOB, NULL, 0, SNMP_E_SYNTAX,
	    "a block without an end-of-block code" },
	/* invalid literal/lengths set (three codes of one bit) */
	{ "over-subscribed", X_OVER, NULL, 0, SNMP_E_SYNTAX,
	    "an invalid literal/length code" },
	/* invalid literal/lengths set (one bit and two bits: incomplete) */
	{ "incomplete", X_INCOMPLETE, NULL, 0, SNMP_E_SYNTAX,
	    "an invalid literal/length code" },
	{ "nothing", "", NULL, 0, SNMP_E_TRUNC, "ends early" },
	{ "stored, cut", "010500faff6865", NULL, 0, SNMP_E_TRUNC,
	    "ends early" },
	{ "fixed, no end-of-block", "4b04", NULL, 0, SNMP_E_TRUNC,
	    "ends early" },
};

START_TEST(test_raw)
{
	static uint8_t in[1024], out[1024];
	size_t n, used, outlen, i;
	const char *why = NULL;
	int rc;

	n = unhex(raws[_i].hex, in, sizeof(in));
	rc = inflate_raw(in, n, &used, out, sizeof(out), &outlen, &why);
	ck_assert_msg(rc == raws[_i].rc, "%s: rc %d (%s)", raws[_i].name, rc,
	    why != NULL ? why : "");
	if (rc != SNMP_OK) {
		ck_assert_ptr_nonnull(why);
		ck_assert_msg(strstr(why, raws[_i].why) != NULL,
		    "%s: '%s' lacks '%s'", raws[_i].name, why, raws[_i].why);
		return;
	}
	ck_assert_uint_eq(outlen, raws[_i].outlen);
	ck_assert_uint_eq(used, n);
	if (raws[_i].out != NULL)
		ck_assert_mem_eq(out, raws[_i].out, outlen);
	else {
		for (i = 0; i < outlen; i++)
			ck_assert_int_eq(out[i], 'x');
	}
	/* one octet less room than needed */
	if (outlen > 0) {
		rc = inflate_raw(in, n, &used, out, outlen - 1, &outlen, &why);
		ck_assert_int_eq(rc, SNMP_E_NOSPACE);
	}
}
END_TEST

/* Python zlib.crc32 / RFC 1952's CRC of "123456789". */
START_TEST(test_crc32)
{
	ck_assert_uint_eq(inflate_crc32(0, (const uint8_t *)"123456789", 9),
	    0xcbf43926u);
	ck_assert_uint_eq(inflate_crc32(0, NULL, 0), 0);
	ck_assert_uint_eq(inflate_crc32(inflate_crc32(0,
	    (const uint8_t *)"1234", 4), (const uint8_t *)"56789", 5),
	    0xcbf43926u);
}
END_TEST

/* FEXTRA, FNAME, FCOMMENT and FHCRC all set (Python gzip framing). */
#define GZ_ALL	"1f8b081e0000000002030600414202007879782e77616c6b00726563" \
	"6f7264656400b6aa2bae2cf64bcc4dd53350b055502acb55e2020044bb329f" \
	"11000000"
#define P_ALL	"sysName.0 = \"vm\"\n"
#define GZ_PLAIN "1f8b0800000000000203cb48cdc9c957c840905c003b7c8adf12000000"
#define P_PLAIN	"hello hello hello\n"

static const struct {
	const char	*name;
	const char	*hex;
	const char	*out;
	int		 rc;
	const char	*why;
} gzs[] = {
	{ "every header field", GZ_ALL, P_ALL, SNMP_OK, NULL },
	{ "plain", GZ_PLAIN, P_PLAIN, SNMP_OK, NULL },
	{ "two members", GZ_PLAIN GZ_ALL, P_PLAIN P_ALL, SNMP_OK, NULL },
	{ "header CRC wrong", "1f8b081e0000000002030600414202007879782e77616c"
	    "6b007265636f7264656400b6ab2bae2cf64bcc4dd53350b055502acb55e2020"
	    "044bb329f11000000", NULL, SNMP_E_SYNTAX, "header CRC" },
	{ "CRC-32 wrong", "1f8b0800000000000203cb48cdc9c957c840905c003b7c8a"
	    "de12000000", NULL, SNMP_E_SYNTAX, "CRC-32 does not match" },
	{ "ISIZE wrong", "1f8b0800000000000203cb48cdc9c957c840905c003b7c8a"
	    "df13000000", NULL, SNMP_E_SYNTAX, "ISIZE" },
	{ "method 7", "1f8b0700000000000203cb48cdc9c957c840905c003b7c8adf"
	    "12000000", NULL, SNMP_E_SYNTAX, "other than deflate" },
	{ "reserved flag", "1f8b0820000000000203cb48cdc9c957c840905c003b7c8a"
	    "df12000000", NULL, SNMP_E_SYNTAX, "reserved" },
	{ "trailing data", GZ_PLAIN "00", NULL, SNMP_E_SYNTAX,
	    "other data after the gzip stream" },
	{ "trailing text", GZ_PLAIN "0a", NULL, SNMP_E_SYNTAX,
	    "other data after" },
	{ "not gzip", "2e312e33", NULL, SNMP_E_SYNTAX, "not a gzip stream" },
	{ "empty", "", NULL, SNMP_E_TRUNC, "header ends early" },
	{ "no trailer", "1f8b0800000000000203cb48cdc9c957c840905c00", NULL,
	    SNMP_E_TRUNC, "trailer" },
	{ "second member cut", GZ_PLAIN "1f8b08", NULL, SNMP_E_TRUNC,
	    "header ends early" },
};

START_TEST(test_gzip)
{
	static uint8_t in[512];
	uint8_t *out = (uint8_t *)&out;
	size_t n, outlen = 1;
	const char *why = NULL;
	int rc;

	n = unhex(gzs[_i].hex, in, sizeof(in));
	rc = inflate_gzip(in, n, 1024, &out, &outlen, &why);
	ck_assert_msg(rc == gzs[_i].rc, "%s: rc %d (%s)", gzs[_i].name, rc,
	    why != NULL ? why : "");
	if (rc != SNMP_OK) {
		ck_assert_ptr_null(out);
		ck_assert_uint_eq(outlen, 0);
		ck_assert_msg(why != NULL && strstr(why, gzs[_i].why) != NULL,
		    "%s: '%s' lacks '%s'", gzs[_i].name, why, gzs[_i].why);
		return;
	}
	ck_assert_uint_eq(outlen, strlen(gzs[_i].out));
	ck_assert_mem_eq(out, gzs[_i].out, outlen);
	free(out);
	/* the limit: one octet short */
	rc = inflate_gzip(in, n, strlen(gzs[_i].out) - 1, &out, &outlen, &why);
	ck_assert_int_eq(rc, SNMP_E_NOSPACE);
	ck_assert_ptr_null(out);
	ck_assert_str_eq(why, "the decompressed data is larger than the limit");
}
END_TEST

/*
 * Every proper prefix of a gzip file is an error, never a shorter output;
 * an exact-size copy lets ASan and valgrind see an overread.
 */
START_TEST(test_truncations)
{
	static const char *const hexes[] = { GZ_ALL, GZ_PLAIN GZ_ALL };
	uint8_t in[512], *copy, *out;
	size_t n, cut, outlen, k;
	int rc;

	for (k = 0; k < 2; k++) {
		n = unhex(hexes[k], in, sizeof(in));
		for (cut = 0; cut < n; cut++) {
			/* the end of the first member is a whole file */
			if (k == 1 && cut == (sizeof(GZ_PLAIN) - 1) / 2)
				continue;
			ck_assert_ptr_nonnull(copy = malloc(cut > 0 ? cut : 1));
			memcpy(copy, in, cut);
			rc = inflate_gzip(copy, cut, 1024, &out, &outlen, NULL);
			ck_assert_msg(rc == SNMP_E_TRUNC || rc == SNMP_E_SYNTAX,
			    "cut at %zu: rc %d", cut, rc);
			ck_assert_ptr_null(out);
			free(copy);
		}
	}
}
END_TEST

/*
 * Every single-bit flip: an error, or the same output (FTEXT, the header's
 * MTIME, XFL and OS, and the padding after the last block are covered by
 * no check).
 */
START_TEST(test_bitflips)
{
	uint8_t in[512], *out;
	size_t n, bit, outlen;
	int rc;

	n = unhex(GZ_PLAIN, in, sizeof(in));
	for (bit = 0; bit < n * 8; bit++) {
		in[bit / 8] ^= (uint8_t)(1u << (bit % 8));
		rc = inflate_gzip(in, n, 1024, &out, &outlen, NULL);
		if (rc == SNMP_OK) {
			ck_assert_msg(bit == 24 || (bit / 8 >= 4 && bit / 8 < 10) ||
			    bit >= 20 * 8 + 6, "flip of bit %zu went unnoticed",
			    bit);
			ck_assert_uint_eq(outlen, sizeof(P_PLAIN) - 1);
			ck_assert_mem_eq(out, P_PLAIN, outlen);
			free(out);
		} else {
			ck_assert(rc == SNMP_E_SYNTAX || rc == SNMP_E_TRUNC ||
			    rc == SNMP_E_NOSPACE);
			ck_assert_ptr_null(out);
		}
		in[bit / 8] ^= (uint8_t)(1u << (bit % 8));
	}
}
END_TEST

/*
 * A bomb: 1 MiB of zeros in a few hundred octets stops at the limit, and
 * large stored blocks round-trip.
 */
START_TEST(test_limit)
{
	enum { BLOCKS = 20, BLK = 65535 };
	uint8_t *in, *out, *p;
	size_t n, outlen, i;
	const char *why;
	uint32_t crc = 0, total = 0;

	ck_assert_ptr_nonnull(in = malloc(18 + BLOCKS * (BLK + 5) + 8));
	memcpy(in, "\x1f\x8b\x08\0\0\0\0\0\0\x03", 10);
	p = in + 10;
	for (i = 0; i < BLOCKS; i++) {
		*p++ = i + 1 == BLOCKS;		/* BFINAL, BTYPE 00 */
		*p++ = BLK & 0xff;
		*p++ = BLK >> 8;
		*p++ = (uint8_t)~(BLK & 0xff);
		*p++ = (uint8_t)~(BLK >> 8);
		memset(p, (int)('a' + i), BLK);
		crc = inflate_crc32(crc, p, BLK);
		total += BLK;
		p += BLK;
	}
	for (i = 0; i < 4; i++)
		*p++ = (uint8_t)(crc >> (8 * i));
	for (i = 0; i < 4; i++)
		*p++ = (uint8_t)(total >> (8 * i));
	n = (size_t)(p - in);
	ck_assert_int_eq(inflate_gzip(in, n, total, &out, &outlen, &why),
	    SNMP_OK);
	ck_assert_uint_eq(outlen, total);
	ck_assert_int_eq(out[BLK * 3], 'd');
	free(out);
	ck_assert_int_eq(inflate_gzip(in, n, total - 1, &out, &outlen, &why),
	    SNMP_E_NOSPACE);
	ck_assert_int_eq(inflate_gzip(in, n, 0, &out, &outlen, &why),
	    SNMP_E_NOSPACE);
	free(in);
}
END_TEST

static Suite *
inflate_suite(void)
{
	Suite *s = suite_create("inflate");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_raw, 0,
	    (int)(sizeof(raws) / sizeof(raws[0])));
	tcase_add_test(tc, test_crc32);
	tcase_add_loop_test(tc, test_gzip, 0,
	    (int)(sizeof(gzs) / sizeof(gzs[0])));
	tcase_add_test(tc, test_truncations);
	tcase_add_test(tc, test_bitflips);
	tcase_add_test(tc, test_limit);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(inflate_suite)
