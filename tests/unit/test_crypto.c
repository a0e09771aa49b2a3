/* SPDX-License-Identifier: ISC */
/*
 * Crypto known answers: every hash, HMAC, AES and DES vector of
 * shared/reference/usm-vectors.md (sources named per table), hashes fed
 * one octet at a time and split at every offset, final-then-continue, and
 * the negative cases of the modes.
 */
#include "hash.h"
#include "hmac.h"
#include "modes.h"
#include "sha_ni.h"
#include "testutil.h"
#include "wipe.h"

static const struct hash_desc *const hashes[] = {
	&hash_md5, &hash_sha1, &hash_sha224, &hash_sha256, &hash_sha384,
	&hash_sha512
};

#define L448 "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
#define L896 "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn" \
	"hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

/* RFC 1321 A.5 and FIPS 180-2/180-4 examples (usm-vectors.md). */
static const struct {
	int		 h;	/* index into hashes[] */
	const char	*msg;
	int		 million_a;
	const char	*digest;
} hv[] = {
	{ 0, "", 0, "d41d8cd98f00b204e9800998ecf8427e" },
	{ 0, "a", 0, "0cc175b9c0f1b6a831c399e269772661" },
	{ 0, "abc", 0, "900150983cd24fb0d6963f7d28e17f72" },
	{ 0, "message digest", 0, "f96b697d7cb7938d525a2f31aaf161d0" },
	{ 0, "abcdefghijklmnopqrstuvwxyz", 0, "c3fcd3d76192e4007dfb496cca67e13b" },
	{ 0, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 0,
	  "d174ab98d277d9f5a5611c2c9f419d9f" },
	{ 0, "1234567890123456789012345678901234567890123456789012345678901234"
	  "5678901234567890", 0, "57edf4a22be3c955ac49da2e2107b67a" },
	{ 1, "abc", 0, "a9993e364706816aba3e25717850c26c9cd0d89d" },
	{ 1, "", 0, "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
	{ 1, L448, 0, "84983e441c3bd26ebaae4aa1f95129e5e54670f1" },
	{ 1, L896, 0, "a49b2446a02c645bf419f995b67091253a04a259" },
	{ 1, NULL, 1, "34aa973cd4c4daa4f61eeb2bdbad27316534016f" },
	{ 2, "abc", 0, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7" },
	{ 2, "", 0, "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f" },
	{ 2, L448, 0, "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525" },
	{ 2, L896, 0, "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3" },
	{ 2, NULL, 1, "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67" },
	{ 3, "abc", 0, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
	{ 3, "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
	{ 3, L448, 0, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	{ 3, L896, 0, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	{ 3, NULL, 1, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },
	{ 4, "abc", 0, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7" },
	{ 4, "", 0, "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b" },
	{ 4, L448, 0, "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b" },
	{ 4, L896, 0, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039" },
	{ 4, NULL, 1, "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985" },
	{ 5, "abc", 0, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
	{ 5, "", 0, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
	{ 5, L448, 0, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445" },
	{ 5, L896, 0, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
	{ 5, NULL, 1, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b" },
};

START_TEST(test_hash_vectors)
{
	const struct hash_desc *d = hashes[hv[_i].h];
	union hash_ctx c;
	uint8_t want[64], got[64], a[1000];
	size_t wlen = unhex(hv[_i].digest, want, sizeof(want)), i;

	ck_assert_uint_eq(wlen, d->digest_len);
	d->init(&c);
	if (hv[_i].million_a) {
		memset(a, 'a', sizeof(a));
		for (i = 0; i < 1000; i++)
			d->update(&c, a, sizeof(a));
	} else
		d->update(&c, hv[_i].msg, strlen(hv[_i].msg));
	d->final(&c, got);
	ck_assert_mem_eq(got, want, wlen);
	if (hv[_i].million_a)
		return;
	/* one octet at a time */
	d->init(&c);
	for (i = 0; i < strlen(hv[_i].msg); i++)
		d->update(&c, hv[_i].msg + i, 1);
	d->final(&c, got);
	ck_assert_mem_eq(got, want, wlen);
	/* split at every offset */
	for (i = 0; i <= strlen(hv[_i].msg); i++) {
		d->init(&c);
		d->update(&c, hv[_i].msg, i);
		d->update(&c, hv[_i].msg + i, strlen(hv[_i].msg) - i);
		d->final(&c, got);
		ck_assert_mem_eq(got, want, wlen);
	}
}
END_TEST

/* Padding boundaries, final-then-continue: compare one-shot with split. */
START_TEST(test_hash_boundaries)
{
	static const size_t lens[] = { 55, 56, 63, 64, 111, 112, 119, 120,
	    127, 128, 129, 1000 };
	const struct hash_desc *d = hashes[_i];
	union hash_ctx c, c2;
	uint8_t msg[1000], a[64], b[64];
	size_t i, k;

	for (i = 0; i < sizeof(msg); i++)
		msg[i] = (uint8_t)(i * 7 + 3);
	for (k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		d->init(&c);
		d->update(&c, msg, lens[k]);
		d->final(&c, a);
		/* finalising does not disturb the running context */
		d->update(&c, msg, 10);
		d->final(&c, a);
		d->init(&c2);
		d->update(&c2, msg, lens[k]);
		d->update(&c2, msg, 10);
		d->final(&c2, b);
		ck_assert_mem_eq(a, b, d->digest_len);
	}
}
END_TEST

/* RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2) HMAC test cases. */
static const struct {
	int		 h;
	int		 tc;
	const char	*mac;
} hm[] = {
	{ 0, 1, "9294727a3638bb1c13f48ef8158bfc9d" },
	{ 0, 2, "750c783e6ab0b503eaa86e310a5db738" },
	{ 0, 3, "56be34521d144c88dbb8c733f0e8b3f6" },
	{ 0, 4, "697eaf0aca3a3aea3a75164746ffaa79" },
	{ 0, 5, "56461ef2342edc00f9bab995" },
	{ 0, 6, "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd" },
	{ 0, 7, "6f630fad67cda0ee1fb1f562db3aa53e" },
	{ 1, 1, "b617318655057264e28bc0b6fb378c8ef146be00" },
	{ 1, 2, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79" },
	{ 1, 3, "125d7342b9ac11cd91a39af48aa17b4f63f175d3" },
	{ 1, 4, "4c9007f4026250c6bc8414f9bf50c86c2d7235da" },
	{ 1, 5, "4c1a03424b55e07fe7f27be1" },
	{ 1, 6, "aa4ae5e15272d00e95705637ce8a3b55ed402112" },
	{ 1, 7, "e8e99d0f45237d786d6bbaa7965c7808bbff1a91" },
	{ 2, 1, "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22" },
	{ 2, 2, "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44" },
	{ 2, 3, "7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea" },
	{ 2, 4, "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a" },
	{ 2, 5, "0e2aea68a90c8d37c988bcdb9fca6fa8" },
	{ 2, 6, "95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e" },
	{ 2, 7, "3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1" },
	{ 3, 1, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
	{ 3, 2, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
	{ 3, 3, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
	{ 3, 4, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
	{ 3, 5, "a3b6167473100ee06e0c796c2955552b" },
	{ 3, 6, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
	{ 3, 7, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
	{ 4, 1, "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6" },
	{ 4, 2, "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649" },
	{ 4, 5, "3abf34c3503b2a23a46efc619baef897" },
	{ 4, 6, "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952" },
	{ 4, 7, "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e" },
	{ 5, 1, "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854" },
	{ 5, 2, "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737" },
	{ 5, 3, "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb" },
	{ 5, 4, "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd" },
	{ 5, 5, "415fad6271580a531d4179bc891d87a6" },
	{ 5, 6, "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598" },
	{ 5, 7, "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58" },
};

START_TEST(test_hmac)
{
	const int rfc4231 = hm[_i].h >= 2;
	uint8_t key[160], data[200], want[64], got[64];
	size_t klen, dlen, wlen, i;
	struct hmac_ctx c;
	const char *d = NULL;

	switch (hm[_i].tc) {
	case 1:
		klen = rfc4231 || hm[_i].h == 1 ? 20 : 16;
		memset(key, 0x0b, klen);
		d = "Hi There";
		break;
	case 2:
		klen = 4;
		memcpy(key, "Jefe", 4);
		d = "what do ya want for nothing?";
		break;
	case 3:
		klen = rfc4231 || hm[_i].h == 1 ? 20 : 16;
		memset(key, 0xaa, klen);
		memset(data, 0xdd, 50);
		dlen = 50;
		break;
	case 4:
		klen = 25;
		for (i = 0; i < 25; i++)
			key[i] = (uint8_t)(i + 1);
		memset(data, 0xcd, 50);
		dlen = 50;
		break;
	case 5:
		klen = rfc4231 || hm[_i].h == 1 ? 20 : 16;
		memset(key, 0x0c, klen);
		d = "Test With Truncation";
		break;
	case 6:
		klen = rfc4231 ? 131 : 80;
		memset(key, 0xaa, klen);
		d = "Test Using Larger Than Block-Size Key - Hash Key First";
		break;
	default:
		klen = rfc4231 ? 131 : 80;
		memset(key, 0xaa, klen);
		d = rfc4231 ? "This is a test using a larger than block-size key "
		    "and a larger than block-size data. The key needs to be "
		    "hashed before being used by the HMAC algorithm." :
		    "Test Using Larger Than Block-Size Key and Larger Than One "
		    "Block-Size Data";
		break;
	}
	if (d != NULL) {
		dlen = strlen(d);
		memcpy(data, d, dlen);
	}
	wlen = unhex(hm[_i].mac, want, sizeof(want));
	hmac_init(&c, hashes[hm[_i].h], key, klen);
	hmac_update(&c, data, dlen);
	hmac_final(&c, got, wlen);
	ck_assert_mem_eq(got, want, wlen);
	hmac_wipe(&c);
}
END_TEST

/* FIPS 197 appendices B and C. */
START_TEST(test_aes)
{
	static const struct {
		const char *key, *pt, *ct;
	} v[] = {
		{ "2b7e151628aed2a6abf7158809cf4f3c",
		  "3243f6a8885a308d313198a2e0370734",
		  "3925841d02dc09fbdc118597196a0b32" },
		{ "000102030405060708090a0b0c0d0e0f",
		  "00112233445566778899aabbccddeeff",
		  "69c4e0d86a7b0430d8cdb78070b4c55a" },
		{ "000102030405060708090a0b0c0d0e0f1011121314151617",
		  "00112233445566778899aabbccddeeff",
		  "dda97ca4864cdfe06eaf70a0ec0d7191" },
		{ "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
		  "00112233445566778899aabbccddeeff",
		  "8ea2b7ca516745bfeafc49904b496089" },
	};
	struct aes_ctx c;
	uint8_t k[32], p[16], want[16], got[16];
	size_t i, kl;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		kl = unhex(v[i].key, k, sizeof(k));
		unhex(v[i].pt, p, sizeof(p));
		unhex(v[i].ct, want, sizeof(want));
		ck_assert_int_eq(aes_init(&c, k, kl), 0);
		aes_encrypt_block(&c, p, got);
		ck_assert_mem_eq(got, want, 16);
	}
	ck_assert_int_eq(aes_init(&c, k, 20), -1);
	ck_assert_int_eq(aes_init(&c, k, 0), -1);
}
END_TEST

/* NIST SP 800-38A F.3.13-F.3.18, and a partial final block. */
START_TEST(test_cfb)
{
	static const char pt[] = "6bc1bee22e409f96e93d7e117393172a"
	    "ae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52ef"
	    "f69f2445df4f9b17ad2b417be66c3710";
	static const struct {
		const char *key, *ct;
	} v[] = {
		{ "2b7e151628aed2a6abf7158809cf4f3c",
		  "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b"
		  "26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6" },
		{ "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
		  "cdc80d6fddf18cab34c25909c99a417467ce7f7f81173621961a2b70171d3d7a"
		  "2e1e8a1dd59b88b1c8e60fed1efac4c9c05f9f9ca9834fa042ae8fba584b09ff" },
		{ "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
		  "dc7e84bfda79164b7ecd8486985d386039ffed143b28b1c832113c6331e5407b"
		  "df10132415e54b92a13ed0a8267ae2f975a385741ab9cef82031623d55b1e471" },
	};
	struct aes_ctx c;
	uint8_t k[32], iv[16], p[64], want[64], got[64];
	size_t i, kl;

	unhex("000102030405060708090a0b0c0d0e0f", iv, sizeof(iv));
	unhex(pt, p, sizeof(p));
	for (i = 0; i < 3; i++) {
		kl = unhex(v[i].key, k, sizeof(k));
		unhex(v[i].ct, want, sizeof(want));
		ck_assert_int_eq(aes_init(&c, k, kl), 0);
		aes_cfb128_encrypt(&c, iv, p, got, 64);
		ck_assert_mem_eq(got, want, 64);
		aes_cfb128_decrypt(&c, iv, got, got, 64);	/* in place */
		ck_assert_mem_eq(got, p, 64);
		if (i == 0) {
			aes_cfb128_encrypt(&c, iv, p, got, 20);
			ck_assert_mem_eq(got, want, 20);
		}
	}
}
END_TEST

/* FIPS 81, the classic block, SP 800-17 known answers, parity ignored. */
START_TEST(test_des)
{
	static const struct {
		const char *key, *pt, *ct;
	} v[] = {
		{ "133457799bbcdff1", "0123456789abcdef", "85e813540f0ab405" },
		{ "0101010101010101", "8000000000000000", "95f8a5e5dd31d900" },
		{ "0101010101010101", "0000000000000001", "166b40b44aba4bd6" },
		{ "8001010101010101", "0000000000000000", "95a8d72813daa94d" },
		{ "0000000000000000", "0000000000000000", "8ca64de9c1b123a7" },
		{ "0101010101010101", "0000000000000000", "8ca64de9c1b123a7" },
	};
	struct des_ctx c;
	uint8_t k[8], p[24], want[24], got[24], iv[8];
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		unhex(v[i].key, k, 8);
		unhex(v[i].pt, p, 8);
		unhex(v[i].ct, want, 8);
		des_init(&c, k);
		des_encrypt_block(&c, p, got);
		ck_assert_mem_eq(got, want, 8);
		des_decrypt_block(&c, got, got);
		ck_assert_mem_eq(got, p, 8);
	}
	unhex("0123456789abcdef", k, 8);
	des_init(&c, k);
	memcpy(p, "Now is the time for all ", 24);
	unhex("3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53", want, 24);
	for (i = 0; i < 24; i += 8)
		des_encrypt_block(&c, p + i, got + i);
	ck_assert_mem_eq(got, want, 24);
	unhex("1234567890abcdef", iv, 8);
	unhex("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6", want, 24);
	ck_assert_int_eq(des_cbc_encrypt(&c, iv, p, got, 24), 0);
	ck_assert_mem_eq(got, want, 24);
	ck_assert_int_eq(des_cbc_decrypt(&c, iv, got, got, 24), 0);
	ck_assert_mem_eq(got, p, 24);
	ck_assert_int_eq(des_cbc_encrypt(&c, iv, p, got, 13), -1);
	ck_assert_int_eq(des_cbc_decrypt(&c, iv, p, got, 7), -1);
}
END_TEST

/* The SHA extension path and the portable one agree on random blocks. */
START_TEST(test_sha_ni_agrees)
{
	sha_compress_fn *ni1 = sha1_compress_ni(), *ni256 = sha256_compress_ni();
	uint32_t a[8], b[8];
	uint8_t data[64 * 9];
	size_t i, n;

	if (ni1 == NULL || ni256 == NULL)
		return;		/* portable only on this CPU: nothing to compare */
	for (i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 131 + (i >> 3));
	for (n = 1; n <= 9; n++) {
		for (i = 0; i < 8; i++)
			a[i] = b[i] = 0x01234567u * (uint32_t)(i + n);
		sha1_compress_portable(a, data, n);
		ni1(b, data, n);
		ck_assert_mem_eq(a, b, 5 * sizeof(a[0]));
		sha256_compress_portable(a, data, n);
		ni256(b, data, n);
		ck_assert_mem_eq(a, b, sizeof(a));
	}
}
END_TEST

START_TEST(test_memeq_wipe)
{
	uint8_t a[4] = { 1, 2, 3, 4 }, b[4] = { 1, 2, 3, 4 };

	ck_assert_int_eq(crypto_memeq(a, b, 4), 1);
	b[3] ^= 0x80;
	ck_assert_int_eq(crypto_memeq(a, b, 4), 0);
	ck_assert_int_eq(crypto_memeq(a, b, 3), 1);
	crypto_wipe(a, sizeof(a));
	ck_assert_int_eq(a[0] | a[1] | a[2] | a[3], 0);
}
END_TEST

static Suite *
crypto_suite(void)
{
	Suite *s = suite_create("crypto");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_hash_vectors, 0, sizeof(hv) / sizeof(hv[0]));
	tcase_add_loop_test(tc, test_hash_boundaries, 0, 6);
	tcase_add_loop_test(tc, test_hmac, 0, sizeof(hm) / sizeof(hm[0]));
	tcase_add_test(tc, test_aes);
	tcase_add_test(tc, test_cfb);
	tcase_add_test(tc, test_des);
	tcase_add_test(tc, test_sha_ni_agrees);
	tcase_add_test(tc, test_memeq_wipe);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(crypto_suite)
