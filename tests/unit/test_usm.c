/* SPDX-License-Identifier: ISC */
/*
 * USM known answers from shared/reference/usm-vectors.md: password to key
 * for all six hashes (RFC 3414 A.3, A.5 and the RFC 7860 algorithm), both
 * AES key extensions, the whole-message MACs, and DES/AES ciphertexts of a
 * scopedPDU with fixed salts; protocol name spellings.
 */
#include "snmp.h"
#include "testutil.h"
#include "usm.h"

static const char engine_hex[] = "000000000000000000000002";

static const struct {
	int		 auth;
	const char	*pw;
	const char	*ku;
	const char	*kul;
} p2k[] = {
	/* RFC 3414 A.3.1, A.3.2 */
	{ USM_AUTH_MD5, "maplesyrup", "9faf3283884e92834ebc9847d8edd963",
	  "526f5eed9fcce26f8964c2930787d82b" },
	{ USM_AUTH_SHA1, "maplesyrup", "9fb5cc0381497b3793528939ff788d5d79145211",
	  "6695febc9288e36282235fc7151f128497b38f3f" },
	/* RFC 3414 A.5 "newsyrup" */
	{ USM_AUTH_MD5, "newsyrup", "01add273107c4e596b4b00f82b1d42a7",
	  "87021d7bd9d101ba05ea6e3bf9d9bd4a" },
	{ USM_AUTH_SHA1, "newsyrup", "3a51a6d736aa347b83dc4a87e3e55ee4d698ac71",
	  "78e2dcce79d59403b58c1bbaa5bff46391f1cd25" },
	/* SHA-2 (RFC 7860 algorithm, usm-vectors.md) */
	{ USM_AUTH_SHA224, "maplesyrup",
	  "282a5867ee9aac639ad59df9572c7d3ac0fbc13a905b6df07dbbf00b",
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674" },
	{ USM_AUTH_SHA256, "maplesyrup",
	  "ab51014d1e077f6017df2b12bee5f5aa72993177e9bb569c4dff5a4ca0b4afac",
	  "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b" },
	{ USM_AUTH_SHA384, "maplesyrup",
	  "e06eccdf2c68a06ed034723c9c26e0db3b669e1e2efed49150b55377a2e98f383c86fb836857444654b287c93f51ff64",
	  "3b298f16164a11184279d5432bf169e2d2a48307de02b3d3f7e2b4f36eb6f0455a53689a3937eea07319a633d2ccba78" },
	{ USM_AUTH_SHA512, "maplesyrup",
	  "7e4396de5aadc77be853819b98c9406265b3a9c37cc3176569847a4e4f6fba63dd3a73d04924d31a63f95a601f9385af6be4ed1b37f87d040f7c6ed6f8d38a91",
	  "22a5a36cedfcc085807a128d7bc6c2382167ad6c0dbc5fdff856740f3d84c099ad1ea87a8db096714d9788bd544047c9021e4229ce27e4c0a69250adfcffbb0b" },
};

START_TEST(test_p2k)
{
	uint8_t eng[12], ku[64], kul[64], want[64];
	size_t n;

	unhex(engine_hex, eng, sizeof(eng));
	ck_assert_int_eq(usm_password_to_key(p2k[_i].auth, p2k[_i].pw,
	    strlen(p2k[_i].pw), ku), SNMP_OK);
	n = unhex(p2k[_i].ku, want, sizeof(want));
	ck_assert_uint_eq(n, usm_key_len(p2k[_i].auth));
	ck_assert_mem_eq(ku, want, n);
	ck_assert_int_eq(usm_localize(p2k[_i].auth, ku, eng, sizeof(eng), kul),
	    SNMP_OK);
	unhex(p2k[_i].kul, want, sizeof(want));
	ck_assert_mem_eq(kul, want, n);
}
END_TEST

/*
 * Two passwords at once (the lanes where the hash and the CPU have them)
 * give the keys each gives alone: maplesyrup's against the vectors above
 * and a second password of another length, as either of the two.
 */
START_TEST(test_p2k_two)
{
	static const char *const other[] = { "hickorynut", "x", "a much "
	    "longer privacy passphrase of more than sixty-four octets, to "
	    "leave the scheduled blocks" };
	uint8_t ku1[64], ku2[64], want1[64], want2[64];
	size_t i, n = usm_key_len(p2k[_i].auth);
	const char *pw = p2k[_i].pw;

	unhex(p2k[_i].ku, want1, sizeof(want1));
	for (i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
		ck_assert_int_eq(usm_password_to_key(p2k[_i].auth, other[i],
		    strlen(other[i]), want2), SNMP_OK);
		ck_assert_int_eq(usm_passwords_to_keys(p2k[_i].auth, pw,
		    strlen(pw), ku1, other[i], strlen(other[i]), ku2), SNMP_OK);
		ck_assert_mem_eq(ku1, want1, n);
		ck_assert_mem_eq(ku2, want2, n);
		ck_assert_int_eq(usm_passwords_to_keys(p2k[_i].auth, other[i],
		    strlen(other[i]), ku2, pw, strlen(pw), ku1), SNMP_OK);
		ck_assert_mem_eq(ku1, want1, n);
		ck_assert_mem_eq(ku2, want2, n);
	}
	ck_assert_int_eq(usm_passwords_to_keys(p2k[_i].auth, pw, strlen(pw),
	    ku1, "", 0, ku2), SNMP_E_INVAL);
}
END_TEST

/* usm-vectors.md "Key material for maplesyrup" */
static const struct {
	int		 auth;
	int		 priv;
	const char	*key;
} ext[] = {
	{ USM_AUTH_MD5, USM_PRIV_AES192, "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f" },
	{ USM_AUTH_MD5, USM_PRIV_AES192C, "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0" },
	{ USM_AUTH_MD5, USM_PRIV_AES256, "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f4b09192be10dfaec" },
	{ USM_AUTH_MD5, USM_PRIV_AES256C, "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0a3a40abfac5acc12" },
	{ USM_AUTH_SHA1, USM_PRIV_AES192, "6695febc9288e36282235fc7151f128497b38f3f505e07eb" },
	{ USM_AUTH_SHA1, USM_PRIV_AES192C, "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78" },
	{ USM_AUTH_SHA1, USM_PRIV_AES256, "6695febc9288e36282235fc7151f128497b38f3f505e07eb9af25568fa1f5dbe" },
	{ USM_AUTH_SHA1, USM_PRIV_AES256C, "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78936ba6e7d19dfd9c" },
	{ USM_AUTH_SHA224, USM_PRIV_AES256, "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674e82d9bf0" },
	{ USM_AUTH_SHA224, USM_PRIV_AES256C, "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be68207567422c34be4" },
	{ USM_AUTH_SHA224, USM_PRIV_AES192, "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be6" },
	{ USM_AUTH_SHA256, USM_PRIV_AES256, "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b" },
	{ USM_AUTH_SHA256, USM_PRIV_AES256C, "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b" },
	{ USM_AUTH_SHA1, USM_PRIV_DES, "6695febc9288e36282235fc7151f1284" },
	{ USM_AUTH_MD5, USM_PRIV_AES128, "526f5eed9fcce26f8964c2930787d82b" },
};

START_TEST(test_extension)
{
	uint8_t eng[12], ku[64], kul[64], key[64], want[64];
	size_t n;

	unhex(engine_hex, eng, sizeof(eng));
	usm_password_to_key(ext[_i].auth, "maplesyrup", 10, ku);
	usm_localize(ext[_i].auth, ku, eng, sizeof(eng), kul);
	n = unhex(ext[_i].key, want, sizeof(want));
	ck_assert_uint_eq(n, usm_priv_key_len(ext[_i].priv));
	ck_assert_int_eq(usm_priv_key(ext[_i].auth, ext[_i].priv, kul,
	    usm_key_len(ext[_i].auth), eng, sizeof(eng), key), SNMP_OK);
	ck_assert_mem_eq(key, want, n);
}
END_TEST

static const char zeroed_prefix[] = "306e020103300e020101020300ffe3040105020103"
    "042c302a040c000000000000000000000002020101020102040475736572040c";
static const char spdu[] = "302b040c0000000000000000000000020400a0190201010201"
    "00020100300e300c06082b060102010101000500";

START_TEST(test_mac)
{
	static const struct {
		int auth;
		const char *msg, *mac;
	} v[] = {
		{ USM_AUTH_MD5, NULL, "3b164f5105980686226b6d62" },
		{ USM_AUTH_SHA1, NULL, "3b9c24cc6f1448319ff569f4" },
		{ USM_AUTH_SHA256,
		  "307a020103300e020101020300ffe304010502010304383036040c0000000000"
		  "0000000000000202010102010204047573657204180000000000000000000000"
		  "000000000000000000000000000400302b040c00000000000000000000000204"
		  "00a019020101020100020100300e300c06082b060102010101000500",
		  "6560268da51a9d400e5292564bd3a1266ff62d0492ef2e10" },
		{ USM_AUTH_SHA512,
		  "308192020103300e020101020300ffe30401050201030450304e040c00000000"
		  "0000000000000002020101020102040475736572043000000000000000000000"
		  "0000000000000000000000000000000000000000000000000000000000000000"
		  "0000000000000400302b040c0000000000000000000000020400a01902010102"
		  "0100020100300e300c06082b060102010101000500",
		  "2a13ecec1c9c42b29f6151b5a5482e6fcb2b854d881d5b00e2d8ea89213cad96"
		  "a3b6b05fa98e4dd66ac2074b6207c304" },
	};
	char hex[1024];
	uint8_t eng[12], ku[64], kul[64], msg[512], mac[48], want[48];
	size_t len, wlen, i;

	unhex(engine_hex, eng, sizeof(eng));
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (v[i].msg == NULL) {
			snprintf(hex, sizeof(hex), "%s0000000000000000000000000400%s",
			    zeroed_prefix, spdu);
			len = unhex(hex, msg, sizeof(msg));
		} else
			len = unhex(v[i].msg, msg, sizeof(msg));
		usm_password_to_key(v[i].auth, "maplesyrup", 10, ku);
		usm_localize(v[i].auth, ku, eng, sizeof(eng), kul);
		usm_mac(v[i].auth, kul, msg, len, mac);
		wlen = unhex(v[i].mac, want, sizeof(want));
		ck_assert_uint_eq(wlen, usm_mac_len(v[i].auth));
		ck_assert_mem_eq(mac, want, wlen);
	}
}
END_TEST

START_TEST(test_privacy)
{
	static const struct {
		int auth, priv;
		const char *salt, *ct;
	} v[] = {
		{ USM_AUTH_MD5, USM_PRIV_DES, "0000000100000002",
		  "fb1686ddf265ba9da596e70f0e48f62cd04c896f5124258351149905c03cf7c8"
		  "799559358f29d73332788e9323d86e5f" },
		{ USM_AUTH_SHA1, USM_PRIV_AES128, "0000000000000003",
		  "a1e0c801971d93edb17bf7a28098f3e226150e8b170c77f7ff31d85337af8325"
		  "d63899db6229056c9918220d26" },
		{ USM_AUTH_SHA1, USM_PRIV_AES192, "0000000000000003",
		  "38c1fda1703027eb7cab3f4674976bac940babd2d11ff8759f624b5f4d0bca29"
		  "d4d4864f33642e5ba6d188d8fa" },
		{ USM_AUTH_SHA1, USM_PRIV_AES192C, "0000000000000003",
		  "d5ed7eacd9c5266af40e4299595c96b4fc88fbcf9cd305b2bf609f304919fd6b"
		  "89ac61a173a3c7bdb08cc5f957" },
		{ USM_AUTH_SHA1, USM_PRIV_AES256, "0000000000000003",
		  "7719f4e72e880655511da37aa5fabd6ae988934f9d22a9c0cac6b707af89d99c"
		  "fec99811d31bff2e125ba9886b" },
		{ USM_AUTH_SHA1, USM_PRIV_AES256C, "0000000000000003",
		  "dcdf7b21d2164935073daa447b89905a42240400ef094c90f0da2c3b5535858d"
		  "33622ef72399ecb28ed49fb01d" },
		{ USM_AUTH_MD5, USM_PRIV_AES256, "0000000000000003",
		  "8a46d6cf2940b2ed28d45a59ac656d9f5dc85d281770ef315e637daec46b4617"
		  "477aaef4662964716fbc04b665" },
		{ USM_AUTH_MD5, USM_PRIV_AES256C, "0000000000000003",
		  "7c67260bc88d71675d78d41fd9069ebbc68bd7c67f7f823743cfd72a6f550e64"
		  "0fe09aafbf895cc2fec3bc9792" },
		{ USM_AUTH_SHA256, USM_PRIV_AES256, "0000000000000003",
		  "4afa785175f4b01d39f763d02cdbce444869703dd14f057d3dd48b06fbb428b2"
		  "8767636e7d70572d0db4165c6d" },
	};
	uint8_t eng[12], ku[64], kul[64], key[64], salt[8], pt[64], ct[80],
	    want[80], back[80];
	size_t ptlen, wlen, i;
	int n;

	unhex(engine_hex, eng, sizeof(eng));
	ptlen = unhex(spdu, pt, sizeof(pt));
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		usm_password_to_key(v[i].auth, "maplesyrup", 10, ku);
		usm_localize(v[i].auth, ku, eng, sizeof(eng), kul);
		ck_assert_int_eq(usm_priv_key(v[i].auth, v[i].priv, kul,
		    usm_key_len(v[i].auth), eng, sizeof(eng), key), SNMP_OK);
		unhex(v[i].salt, salt, sizeof(salt));
		wlen = unhex(v[i].ct, want, sizeof(want));
		n = usm_encrypt(v[i].priv, key, 1, 2, salt, pt, ptlen, ct);
		ck_assert_int_eq(n, (int)wlen);
		ck_assert_mem_eq(ct, want, wlen);
		n = usm_decrypt(v[i].priv, key, 1, 2, salt, ct, wlen, back);
		ck_assert_int_eq(n, (int)wlen);
		ck_assert_mem_eq(back, pt, ptlen);
	}
	/* RFC 3414 §8.3.2: a DES ciphertext must be a multiple of 8 */
	ck_assert_int_eq(usm_decrypt(USM_PRIV_DES, key, 1, 2, salt, ct, 13,
	    back), SNMP_E_SYNTAX);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_int_eq(usm_auth_parse("SHA"), USM_AUTH_SHA1);
	ck_assert_int_eq(usm_auth_parse("sha1"), USM_AUTH_SHA1);
	ck_assert_int_eq(usm_auth_parse("SHA-256"), USM_AUTH_SHA256);
	ck_assert_int_eq(usm_auth_parse("sha256"), USM_AUTH_SHA256);
	ck_assert_int_eq(usm_auth_parse("Sha-512"), USM_AUTH_SHA512);
	ck_assert_int_eq(usm_auth_parse("md5"), USM_AUTH_MD5);
	ck_assert_int_eq(usm_auth_parse("SHA-3"), -1);
	ck_assert_int_eq(usm_auth_parse(""), -1);
	ck_assert_int_eq(usm_priv_parse("AES"), USM_PRIV_AES128);
	ck_assert_int_eq(usm_priv_parse("aes128"), USM_PRIV_AES128);
	ck_assert_int_eq(usm_priv_parse("AES-256-C"), USM_PRIV_AES256C);
	ck_assert_int_eq(usm_priv_parse("AES256C"), USM_PRIV_AES256C);
	ck_assert_int_eq(usm_priv_parse("aes-192"), USM_PRIV_AES192);
	ck_assert_int_eq(usm_priv_parse("des"), USM_PRIV_DES);
	ck_assert_int_eq(usm_priv_parse("3DES"), -1);
	ck_assert_int_eq(usm_password_to_key(USM_AUTH_SHA1, "", 0, (uint8_t[64]){ 0 }),
	    SNMP_E_INVAL);
}
END_TEST

static Suite *
usm_suite(void)
{
	Suite *s = suite_create("usm");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_p2k, 0, sizeof(p2k) / sizeof(p2k[0]));
	tcase_add_loop_test(tc, test_p2k_two, 0, sizeof(p2k) / sizeof(p2k[0]));
	tcase_add_loop_test(tc, test_extension, 0, sizeof(ext) / sizeof(ext[0]));
	tcase_add_test(tc, test_mac);
	tcase_add_test(tc, test_privacy);
	tcase_add_test(tc, test_names);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(usm_suite)
