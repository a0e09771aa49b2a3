/* SPDX-License-Identifier: ISC */
/*
 * Unit suite of common/crypto: every hash, HMAC, AES and DES vector of
 * shared/reference/usm-vectors.md and the published vectors it quotes
 * (RFC 1321, FIPS 180-4, RFC 2202, RFC 4231, FIPS 197, SP 800-38A,
 * FIPS 81, SP 800-17; the source is named on each table row), plus
 * property tests: hashes fed one octet at a time and split at every
 * offset, finished and continued, the SHA extension and portable block
 * functions compared on random input, HMAC truncation, in-place modes and
 * the negative cases (bad AES key lengths, DES-CBC lengths not a multiple
 * of 8).
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aes.h"
#include "des.h"
#include "hash.h"
#include "hmac.h"
#include "modes.h"
#include "sha_ni.h"
#include "wipe.h"

#define MAXMSG	1024

/*
 * ck_assert() records a checkpoint on every call, one write(2) each: in
 * the loops below that cost minutes.  These report only failures.
 */
#define REQUIRE(cond, ...) do {						\
	if (!(cond))							\
		ck_abort_msg(__VA_ARGS__);				\
} while (0)
#define CHECK(cond)	REQUIRE(cond, "%s", "failed: " #cond)

enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512, H_COUNT };

static const struct hash_desc *const hashes[H_COUNT] = {
	&hash_md5, &hash_sha1, &hash_sha224, &hash_sha256, &hash_sha384,
	&hash_sha512
};

/* Decode hex into buf (at most cap octets); returns the length. */
static size_t
unhex(const char *s, uint8_t *buf, size_t cap)
{
	size_t n = 0;
	int hi = -1, v;

	for (; *s != '\0'; s++) {
		v = (*s >= '0' && *s <= '9') ? *s - '0' :
		    (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10 :
		    (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10 : -1;
		REQUIRE(v >= 0, "bad hex digit in test vector: %s", s);
		if (hi < 0)
			hi = v;
		else {
			REQUIRE(n < cap, "test vector too long");
			buf[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	REQUIRE(hi < 0, "odd number of hex digits in test vector");
	return n;
}

static void
hash_once(const struct hash_desc *d, const void *m, size_t n, uint8_t *out)
{
	union hash_ctx c;

	d->init(&c);
	d->update(&c, m, n);
	d->final(&c, out);
}

/* Deterministic test data (xorshift32); not for keys. */
static uint32_t rng_state = 2463534242u;

static void
fill_random(uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		rng_state ^= rng_state << 13;
		rng_state ^= rng_state >> 17;
		rng_state ^= rng_state << 5;
		p[i] = (uint8_t)(rng_state >> 24);
	}
}

/* ------------------------------------------------------------ hashes */

#define L448	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
#define L896	"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn" \
	"hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
#define FOX	"The quick brown fox jumps over the lazy dog. "
#define RFC1321	"RFC 1321 A.5"
#define FIPS180	"FIPS 180-4 example (usm-vectors.md)"
#define F896	"896-bit message, computed extra (usm-vectors.md)"
#define F448	"448-bit message, computed extra (usm-vectors.md)"
#define PADV	"padding boundary, computed (Python hashlib)"
#define P2K	"RFC 3414 A.3 Ku = H(1 MiB of \"maplesyrup\")"
#define P2K5	"RFC 3414 A.5 Ku = H(1 MiB of \"newsyrup\")"
#define P2K2	"RFC 7860 password to key (usm-vectors.md, net-snmp 5.9.3)"

/*
 * The message is hex when hex is set; else text, repeated cyclically to
 * total octets when total is not 0 (one million 'a', RFC 3414 Ku).
 */
static const struct hash_kat {
	const char	*src;
	int		 h;
	const char	*text;
	size_t		 total;
	const char	*hex;
	const char	*digest;
} hash_kats[] = {
	{ RFC1321, H_MD5, "", 0, NULL, "d41d8cd98f00b204e9800998ecf8427e" },
	{ RFC1321, H_MD5, "a", 0, NULL, "0cc175b9c0f1b6a831c399e269772661" },
	{ RFC1321, H_MD5, "abc", 0, NULL, "900150983cd24fb0d6963f7d28e17f72" },
	{ RFC1321, H_MD5, "message digest", 0, NULL,
	  "f96b697d7cb7938d525a2f31aaf161d0" },
	{ RFC1321, H_MD5, "abcdefghijklmnopqrstuvwxyz", 0, NULL,
	  "c3fcd3d76192e4007dfb496cca67e13b" },
	{ RFC1321, H_MD5,
	  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 0,
	  NULL, "d174ab98d277d9f5a5611c2c9f419d9f" },
	{ RFC1321, H_MD5, "1234567890", 80, NULL,
	  "57edf4a22be3c955ac49da2e2107b67a" },

	{ FIPS180, H_SHA1, "abc", 0, NULL,
	  "a9993e364706816aba3e25717850c26c9cd0d89d" },
	{ FIPS180, H_SHA1, "", 0, NULL,
	  "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
	{ FIPS180, H_SHA1, L448, 0, NULL,
	  "84983e441c3bd26ebaae4aa1f95129e5e54670f1" },
	{ F896, H_SHA1, L896, 0, NULL,
	  "a49b2446a02c645bf419f995b67091253a04a259" },
	{ FIPS180, H_SHA1, "a", 1000000, NULL,
	  "34aa973cd4c4daa4f61eeb2bdbad27316534016f" },

	{ FIPS180, H_SHA224, "abc", 0, NULL,
	  "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7" },
	{ FIPS180, H_SHA224, "", 0, NULL,
	  "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f" },
	{ FIPS180, H_SHA224, L448, 0, NULL,
	  "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525" },
	{ F896, H_SHA224, L896, 0, NULL,
	  "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3" },
	{ FIPS180, H_SHA224, "a", 1000000, NULL,
	  "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67" },

	{ FIPS180, H_SHA256, "abc", 0, NULL,
	  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
	{ FIPS180, H_SHA256, "", 0, NULL,
	  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
	{ FIPS180, H_SHA256, L448, 0, NULL,
	  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	{ F896, H_SHA256, L896, 0, NULL,
	  "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	{ FIPS180, H_SHA256, "a", 1000000, NULL,
	  "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },

	{ FIPS180, H_SHA384, "abc", 0, NULL,
	  "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163"
	  "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7" },
	{ FIPS180, H_SHA384, "", 0, NULL,
	  "38b060a751ac96384cd9327eb1b1e36a21fdb71114be0743"
	  "4c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b" },
	{ F448, H_SHA384, L448, 0, NULL,
	  "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05ab"
	  "fe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b" },
	{ FIPS180, H_SHA384, L896, 0, NULL,
	  "09330c33f71147e83d192fc782cd1b4753111b173b3b05d2"
	  "2fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039" },
	{ FIPS180, H_SHA384, "a", 1000000, NULL,
	  "9d0e1809716474cb086e834e310a4a1ced149e9c00f24852"
	  "7972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985" },

	{ FIPS180, H_SHA512, "abc", 0, NULL,
	  "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
	  "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
	{ FIPS180, H_SHA512, "", 0, NULL,
	  "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
	  "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
	{ F448, H_SHA512, L448, 0, NULL,
	  "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
	  "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445" },
	{ FIPS180, H_SHA512, L896, 0, NULL,
	  "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
	  "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
	{ FIPS180, H_SHA512, "a", 1000000, NULL,
	  "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
	  "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b" },

	/* Password to key: Ku is a hash of 1 MiB of the password. */
	{ P2K, H_MD5, "maplesyrup", 1048576, NULL,
	  "9faf3283884e92834ebc9847d8edd963" },
	{ P2K, H_SHA1, "maplesyrup", 1048576, NULL,
	  "9fb5cc0381497b3793528939ff788d5d79145211" },
	{ P2K5, H_MD5, "newsyrup", 1048576, NULL,
	  "01add273107c4e596b4b00f82b1d42a7" },
	{ P2K5, H_SHA1, "newsyrup", 1048576, NULL,
	  "3a51a6d736aa347b83dc4a87e3e55ee4d698ac71" },
	{ P2K2, H_SHA224, "maplesyrup", 1048576, NULL,
	  "282a5867ee9aac639ad59df9572c7d3ac0fbc13a905b6df07dbbf00b" },
	{ P2K2, H_SHA256, "maplesyrup", 1048576, NULL,
	  "ab51014d1e077f6017df2b12bee5f5aa72993177e9bb569c4dff5a4ca0b4afac" },
	{ P2K2, H_SHA384, "maplesyrup", 1048576, NULL,
	  "e06eccdf2c68a06ed034723c9c26e0db3b669e1e2efed491"
	  "50b55377a2e98f383c86fb836857444654b287c93f51ff64" },
	{ P2K2, H_SHA512, "maplesyrup", 1048576, NULL,
	  "7e4396de5aadc77be853819b98c9406265b3a9c37cc3176569847a4e4f6fba63"
	  "dd3a73d04924d31a63f95a601f9385af6be4ed1b37f87d040f7c6ed6f8d38a91" },

	/* Padding boundaries: lengths 55..128 around 56/64 and 112/128. */
	{ PADV, H_MD5, FOX, 55, NULL,
	  "02d3c665bf9cc21f31651cdc7f2ccdea" },
	{ PADV, H_SHA1, FOX, 55, NULL,
	  "0558010a9a9800dc97ab12953301cba5c9d78cec" },
	{ PADV, H_SHA224, FOX, 55, NULL,
	  "0f340cbf542898e272fa1decc275ce9c9a5cf2caa2591b451c49d9ec" },
	{ PADV, H_SHA256, FOX, 55, NULL,
	  "24f97e70d9742a384ecd9abb0a543b15eba57b06aa5084991a5d6705a32bfe1f" },
	{ PADV, H_SHA384, FOX, 55, NULL,
	  "05f55de62060eccd2f57a3f7836514ee4eda02cf370f10dd"
	  "5c4bbb5f904ac11caa7ed821694a329141a406d95977f09c" },
	{ PADV, H_SHA512, FOX, 55, NULL,
	  "db9b1445e2fd56ff85c14779f27bad7d7ec946966b02d5df923c74a84462f475"
	  "7c633e708d15d35e4d2380c67a0a17954cbbd5f60cd9b6290a0fc215b2251d7b" },
	{ PADV, H_MD5, FOX, 56, NULL,
	  "b35c6984867c4dc932f9d42ba87cc3b5" },
	{ PADV, H_SHA1, FOX, 56, NULL,
	  "6bb6eba88f4fae6b798459a25a46ecd420a78847" },
	{ PADV, H_SHA224, FOX, 56, NULL,
	  "4f618cecc848c59e344dfc5c447bce17cf148e5e6bfd08ef1671e301" },
	{ PADV, H_SHA256, FOX, 56, NULL,
	  "f1629a1264c01780c6a928c503a7b440059992800034238d1ce1fc439f7f2038" },
	{ PADV, H_SHA384, FOX, 56, NULL,
	  "372af29ab19e49285057cf538850fa3b6e89fa6c09e7dac9"
	  "d784f20f74636717684fcd23a8b47b7d8f181cd329429988" },
	{ PADV, H_SHA512, FOX, 56, NULL,
	  "cfbf1b640429c53d97197c37067851483217ada00176f25c30c91edcfafa7d74"
	  "af6e01f08d7010d55cf8aec0125f67aae4ae8af989af0af0ee0a6ba631ce95a6" },
	{ PADV, H_MD5, FOX, 63, NULL,
	  "b1b073bd98cf9a2c4046024b0e1b6fce" },
	{ PADV, H_SHA1, FOX, 63, NULL,
	  "9921d82a69493909e6f8eb4821b231b0509aacf9" },
	{ PADV, H_SHA224, FOX, 63, NULL,
	  "4a81a7db3ec1890c2cdfafbf3c9ed03eea08fbc277080645e6514982" },
	{ PADV, H_SHA256, FOX, 63, NULL,
	  "f35d185537ff4332e1c413bd5875ae84554231d2205332bf8076c3ffdea82e0e" },
	{ PADV, H_SHA384, FOX, 63, NULL,
	  "a4d83124f3299b87cb6bcbdbd3c673caedb06385dd194105"
	  "3682a3df3660001dd0a4eca506770d6bbe90635211183ae0" },
	{ PADV, H_SHA512, FOX, 63, NULL,
	  "7044e301b31ad10511c40d8afc176701b533393f2554fea10bb3a1406908b394"
	  "ef1056fc1ddff35ba6055dedc2be84e0d34535bc14d04ab8ca96c306f7ed7e92" },
	{ PADV, H_MD5, FOX, 64, NULL,
	  "3ec457cb6db1e6bcd662c3f3f4fe630c" },
	{ PADV, H_SHA1, FOX, 64, NULL,
	  "3136efa02dc83c7ce195563a49962da5f2f41a54" },
	{ PADV, H_SHA224, FOX, 64, NULL,
	  "10174c76c75bf0bd053ebec1f8d837d94e9942ed01527878410f5bac" },
	{ PADV, H_SHA256, FOX, 64, NULL,
	  "3e65a688760ada5cffafb936ef148f2399478da10c177369b4ff6931e0df2881" },
	{ PADV, H_SHA384, FOX, 64, NULL,
	  "dae7795d24bc21c569d0eaf4b4191a2d994117cbe3db46ad"
	  "ce9cf4bbdc7912d19ca6d28c8a8cc3dfa44cf4cb44758c0f" },
	{ PADV, H_SHA512, FOX, 64, NULL,
	  "81a48df419173850238a133feea6ad3490dd1626593377f96d63683d89e9eca4"
	  "e036a8172398cf0a781cf3e8a83c242956f99239e1cf46c6a940fe103ce7c4d1" },
	{ PADV, H_MD5, FOX, 111, NULL,
	  "3c22dc5501f2df92920fed7477d6d6ea" },
	{ PADV, H_SHA1, FOX, 111, NULL,
	  "47a4a85ef736023bea7775ec289a2bfe3f65614b" },
	{ PADV, H_SHA224, FOX, 111, NULL,
	  "7b2d5812407dcca96d0cd6a554f288a9d73a9a138888d2c5dd2e2a6c" },
	{ PADV, H_SHA256, FOX, 111, NULL,
	  "be86ee421bc398357acabffde0a1dbd06b5f9fac364c418c1f34c86a08aad274" },
	{ PADV, H_SHA384, FOX, 111, NULL,
	  "48444c1ab5e73658674b7fbafb6acbbf21ecbd47216132d8"
	  "774536548cdf8d1a221bf4722dadfe8a9ec81290f5402c4a" },
	{ PADV, H_SHA512, FOX, 111, NULL,
	  "8167aa44008df8524973e67bf0048674547a146bc33a422ca888e6b37ab8c713"
	  "34dd193471fcd10534ffbc584607e53497d541081e138e90080aa766479e2de6" },
	{ PADV, H_MD5, FOX, 112, NULL,
	  "b3f71a58d072fcd2a14b3479f9694bb7" },
	{ PADV, H_SHA1, FOX, 112, NULL,
	  "d7b4498f3b100b173f30f6cfa9d7fa73f96b6019" },
	{ PADV, H_SHA224, FOX, 112, NULL,
	  "a7f5ae055900677652747151725db9602728d17888e1985324bd2782" },
	{ PADV, H_SHA256, FOX, 112, NULL,
	  "d5e60d5bf18492f7c664891ae892732ebb56459255b4d2e4d42884ab6d38e4f8" },
	{ PADV, H_SHA384, FOX, 112, NULL,
	  "f6094eb148180d3388b2ee8068b4ca2797eb3d1c048d01d2"
	  "e74221958dc0d5cffa6b151844c9f740f6f4a12be5f64dee" },
	{ PADV, H_SHA512, FOX, 112, NULL,
	  "963d3907200185bb410dc2fb7bbd37332cc0c618e82b16af987c4a8e3b4bdc91"
	  "760331e7b94d7cd20f434cdd5853be7ebb3188f4c865ad7d39e4130a4588b418" },
	{ PADV, H_MD5, FOX, 119, NULL,
	  "a658d486ce1fe4acf615be3bdc9ca3da" },
	{ PADV, H_SHA1, FOX, 119, NULL,
	  "3692531d76fb737715a30169709fb2471e4b08c6" },
	{ PADV, H_SHA224, FOX, 119, NULL,
	  "c4755fdef2b36b960f95a15c3111972e9cce8969d8e8801f73f96ba8" },
	{ PADV, H_SHA256, FOX, 119, NULL,
	  "693ec834a9f17110c83394a10636ca8fddcb77b6fc3c570c36622153d01cec0c" },
	{ PADV, H_SHA384, FOX, 119, NULL,
	  "100c7d4caf8390519ccdfeea477637907c302546786eeb1f"
	  "c5e6df02117ade9596acae7b0dadcd19d0ef8c9eb96c9599" },
	{ PADV, H_SHA512, FOX, 119, NULL,
	  "68c998d472a46ff40775a94465c6d6b7fdbbb9ef30731457d73578abce374a4c"
	  "661f3cc7e32818f311b1c287dffcbf177917d78cd44646629ec36c9f9425825b" },
	{ PADV, H_MD5, FOX, 120, NULL,
	  "a40e012c4c969f40fa07a92cef43cf28" },
	{ PADV, H_SHA1, FOX, 120, NULL,
	  "45762fdd4a147dc70d9331b400505562211175dc" },
	{ PADV, H_SHA224, FOX, 120, NULL,
	  "9b69a2db1f0f8e9ac39a60a56df001351cfdf1fa5a7d43e422592e45" },
	{ PADV, H_SHA256, FOX, 120, NULL,
	  "31391c3f849493441c34ffcf97c909e5235f78f1c14db6711d936b9f9b7ae81b" },
	{ PADV, H_SHA384, FOX, 120, NULL,
	  "f34ea5a3180971df6a9eab20ebc1a886ccec540dcf6d9a77"
	  "a17433e71a69eae61fe3b4465299926881fb8afc5e5e174e" },
	{ PADV, H_SHA512, FOX, 120, NULL,
	  "360e54b25444e5087528349b609ced1ad07e6a46ce6d602041d00d8d85ca5e41"
	  "41d7cff6f7276917e352e06f6864ce5a599ab1ec4574bcf60755765174e36e30" },
	{ PADV, H_MD5, FOX, 127, NULL,
	  "345c7581b9719ca72e3fc4d1f663f529" },
	{ PADV, H_SHA1, FOX, 127, NULL,
	  "d8e86f22b429d8a5afcc224d2f08b61ce4e0c429" },
	{ PADV, H_SHA224, FOX, 127, NULL,
	  "836ca0014dd6b41ecc8952b9ed87e0d2be4a653124c6720556f70873" },
	{ PADV, H_SHA256, FOX, 127, NULL,
	  "ac6176f73cb33838d634fd91a116e9d99902e0a84da126cbfac1a4a0473b74e4" },
	{ PADV, H_SHA384, FOX, 127, NULL,
	  "830c2ddef2a4e6b701aa4ffc00d7030cf951e5a61d4c36a1"
	  "c1c0a1fab7068aefd2fd8d11a97567664713750fce43da9b" },
	{ PADV, H_SHA512, FOX, 127, NULL,
	  "fd4570a733fc1a65e6e16cb720750283bfc4b3a35243137474b3949dbdea51a2"
	  "e5b99a38928e845731151cc5be9510dbaf4941a9798b4a4573c9e983259101ef" },
	{ PADV, H_MD5, FOX, 128, NULL,
	  "78e6ccc74d5b610483216ffed1742ba2" },
	{ PADV, H_SHA1, FOX, 128, NULL,
	  "cfc645d3db7c7c26679d963042a31d85029502d1" },
	{ PADV, H_SHA224, FOX, 128, NULL,
	  "cc700fec67ab61a34501c25bce4e1e9da39e27290101f87b16659f30" },
	{ PADV, H_SHA256, FOX, 128, NULL,
	  "c0fba172855edd92a8397efa97db58c0012886ae9e6021588fa18df1c3556fc6" },
	{ PADV, H_SHA384, FOX, 128, NULL,
	  "d140ffc434d78164e92b218ee023e3071c71ae44fb237261"
	  "09dc5ba942a79afe618f412e95cad2ae2c8826447d8463d8" },
	{ PADV, H_SHA512, FOX, 128, NULL,
	  "d982e3a3a1afaa38bdc0693854f7219fbc9c263a834f4e554ae90931557274c0"
	  "9d05862b1d4be3a28cd4188bd7295cfdbb646b81f632182bd61d52877bdfcc7b" },
};

#define NHASH_KATS	(sizeof(hash_kats) / sizeof(hash_kats[0]))

/* The message of a vector, in a buffer large enough for all of them. */
static uint8_t msgbuf[1048576];

static size_t
kat_message(const struct hash_kat *k)
{
	size_t n, tl, i;

	if (k->hex != NULL)
		return unhex(k->hex, msgbuf, sizeof(msgbuf));
	tl = strlen(k->text);
	n = k->total != 0 ? k->total : tl;
	CHECK(n <= sizeof(msgbuf));
	for (i = 0; i < n; i++)
		msgbuf[i] = (uint8_t)k->text[i % tl];
	return n;
}

static void
check_digest(const struct hash_kat *k, const uint8_t *got, const char *how)
{
	uint8_t want[HASH_MAX_DIGEST_LEN];
	size_t n;

	n = unhex(k->digest, want, sizeof(want));
	REQUIRE(n == hashes[k->h]->digest_len, "%s %s: digest length",
	    hashes[k->h]->name, k->src);
	REQUIRE(memcmp(got, want, n) == 0, "%s %s, %s: wrong digest",
	    hashes[k->h]->name, k->src, how);
}

/* One update with the whole message, and 64-octet chunks as RFC 3414 does. */
START_TEST(hash_known_answers)
{
	const struct hash_kat *k = &hash_kats[_i];
	const struct hash_desc *d = hashes[k->h];
	union hash_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN];
	size_t n, off;

	n = kat_message(k);
	hash_once(d, msgbuf, n, out);
	check_digest(k, out, "one update");
	d->init(&c);
	for (off = 0; off < n; off += 64)
		d->update(&c, msgbuf + off, n - off < 64 ? n - off : 64);
	d->final(&c, out);
	check_digest(k, out, "64-octet updates");
}
END_TEST

START_TEST(hash_one_octet_at_a_time)
{
	const struct hash_kat *k = &hash_kats[_i];
	const struct hash_desc *d = hashes[k->h];
	union hash_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN];
	size_t n, i;

	n = kat_message(k);
	d->init(&c);
	for (i = 0; i < n; i++)
		d->update(&c, msgbuf + i, 1);
	d->update(&c, msgbuf, 0);
	d->final(&c, out);
	check_digest(k, out, "one octet at a time");
}
END_TEST

/* Split in two at every offset, and in three around every offset. */
START_TEST(hash_split_at_every_offset)
{
	const struct hash_kat *k = &hash_kats[_i];
	const struct hash_desc *d = hashes[k->h];
	union hash_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN];
	size_t n, i, j;

	n = kat_message(k);
	if (n > MAXMSG)
		return;		/* quadratic: the short vectors only */
	for (i = 0; i <= n; i++) {
		d->init(&c);
		d->update(&c, msgbuf, i);
		d->update(&c, msgbuf + i, n - i);
		d->final(&c, out);
		check_digest(k, out, "split in two");
		for (j = i; j <= n && j <= i + 130; j++) {
			d->init(&c);
			d->update(&c, msgbuf, i);
			d->update(&c, msgbuf + i, j - i);
			d->update(&c, msgbuf + j, n - j);
			d->final(&c, out);
			check_digest(k, out, "split in three");
		}
	}
}
END_TEST

/*
 * final() leaves the context alone: finishing after every prefix gives
 * the hash of that prefix, and the hash continues to the expected digest.
 */
START_TEST(hash_final_then_continue)
{
	const struct hash_kat *k = &hash_kats[_i];
	const struct hash_desc *d = hashes[k->h];
	union hash_ctx c, before;
	uint8_t out[HASH_MAX_DIGEST_LEN], want[HASH_MAX_DIGEST_LEN];
	size_t n, i;

	n = kat_message(k);
	if (n > MAXMSG)
		return;
	memset(&c, 0, sizeof(c));	/* defined bytes to compare */
	d->init(&c);
	for (i = 0; i < n; i++) {
		memcpy(&before, &c, sizeof(c));
		d->final(&c, out);
		REQUIRE(memcmp(&before, &c, d->ctx_size) == 0,
		    "%s: final changed the context", d->name);
		hash_once(d, msgbuf, i, want);
		REQUIRE(memcmp(out, want, d->digest_len) == 0,
		    "%s: final of a %zu-octet prefix", d->name, i);
		d->update(&c, msgbuf + i, 1);
	}
	d->final(&c, out);
	d->final(&c, want);
	check_digest(k, out, "finished after every prefix");
	check_digest(k, want, "finished twice");
}
END_TEST

START_TEST(hash_descriptors)
{
	static const size_t dl[H_COUNT] = { 16, 20, 28, 32, 48, 64 };
	static const size_t bl[H_COUNT] = { 64, 64, 64, 64, 128, 128 };
	static const char *const names[H_COUNT] = { "MD5", "SHA-1", "SHA-224",
	    "SHA-256", "SHA-384", "SHA-512" };
	int i;

	for (i = 0; i < H_COUNT; i++) {
		ck_assert_str_eq(hashes[i]->name, names[i]);
		ck_assert_uint_eq(hashes[i]->digest_len, dl[i]);
		ck_assert_uint_eq(hashes[i]->block_len, bl[i]);
		ck_assert_uint_le(hashes[i]->digest_len, HASH_MAX_DIGEST_LEN);
		ck_assert_uint_le(hashes[i]->block_len, HASH_MAX_BLOCK_LEN);
		ck_assert_uint_le(hashes[i]->ctx_size, sizeof(union hash_ctx));
	}
	ck_assert_uint_eq(MD5_DIGEST_LEN, 16);
	ck_assert_uint_eq(SHA1_DIGEST_LEN, 20);
	ck_assert_uint_eq(SHA224_DIGEST_LEN, 28);
	ck_assert_uint_eq(SHA256_DIGEST_LEN, 32);
	ck_assert_uint_eq(SHA384_DIGEST_LEN, 48);
	ck_assert_uint_eq(SHA512_DIGEST_LEN, 64);
}
END_TEST

/* The typed API gives what the descriptors give. */
START_TEST(hash_typed_api)
{
	uint8_t buf[300], a[HASH_MAX_DIGEST_LEN], b[HASH_MAX_DIGEST_LEN];
	struct md5_ctx m;
	struct sha1_ctx s1;
	struct sha256_ctx s2;
	struct sha512_ctx s5;

	fill_random(buf, sizeof(buf));
	md5_init(&m);
	md5_update(&m, buf, sizeof(buf));
	md5_final(&m, a);
	hash_once(&hash_md5, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, MD5_DIGEST_LEN) == 0);
	sha1_init(&s1);
	sha1_update(&s1, buf, sizeof(buf));
	sha1_final(&s1, a);
	hash_once(&hash_sha1, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, SHA1_DIGEST_LEN) == 0);
	sha224_init(&s2);
	sha224_update(&s2, buf, sizeof(buf));
	sha224_final(&s2, a);
	hash_once(&hash_sha224, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, SHA224_DIGEST_LEN) == 0);
	sha256_init(&s2);
	sha256_update(&s2, buf, sizeof(buf));
	sha256_final(&s2, a);
	hash_once(&hash_sha256, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, SHA256_DIGEST_LEN) == 0);
	sha384_init(&s5);
	sha384_update(&s5, buf, sizeof(buf));
	sha384_final(&s5, a);
	hash_once(&hash_sha384, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, SHA384_DIGEST_LEN) == 0);
	sha512_init(&s5);
	sha512_update(&s5, buf, sizeof(buf));
	sha512_final(&s5, a);
	hash_once(&hash_sha512, buf, sizeof(buf), b);
	CHECK(memcmp(a, b, SHA512_DIGEST_LEN) == 0);
}
END_TEST

/* ---------------------------------- SHA extensions vs portable code */

/*
 * A reference SHA-1/224/256 built here from the portable block function
 * and padding written out again (FIPS 180-4 §5.1.1), so that the public
 * API, which takes the SHA extension path on a CPU that has it, is
 * compared with a hash that never does.
 */
static void
ref_sha(int h, const uint8_t *m, size_t n, uint8_t *out)
{
	static const uint32_t iv1[5] = { 0x67452301, 0xefcdab89, 0x98badcfe,
	    0x10325476, 0xc3d2e1f0 };
	static const uint32_t iv224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17,
	    0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
	static const uint32_t iv256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372,
	    0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	uint32_t st[8];
	uint8_t last[128];
	size_t full = n / 64, rem = n % 64, tail, i, words;
	uint64_t bits = (uint64_t)n * 8;

	if (h == H_SHA1)
		memcpy(st, iv1, sizeof(iv1));
	else
		memcpy(st, h == H_SHA224 ? iv224 : iv256, sizeof(iv256));
	memset(last, 0, sizeof(last));
	memcpy(last, m + 64 * full, rem);
	last[rem] = 0x80;
	tail = rem < 56 ? 64 : 128;
	for (i = 0; i < 8; i++)
		last[tail - 1 - i] = (uint8_t)(bits >> (8 * i));
	if (h == H_SHA1) {
		sha1_compress_portable(st, m, full);
		sha1_compress_portable(st, last, tail / 64);
	} else {
		sha256_compress_portable(st, m, full);
		sha256_compress_portable(st, last, tail / 64);
	}
	words = hashes[h]->digest_len / 4;
	for (i = 0; i < words; i++) {
		out[4 * i] = (uint8_t)(st[i] >> 24);
		out[4 * i + 1] = (uint8_t)(st[i] >> 16);
		out[4 * i + 2] = (uint8_t)(st[i] >> 8);
		out[4 * i + 3] = (uint8_t)st[i];
	}
}

START_TEST(sha_public_vs_portable_random)
{
	static const int hs[] = { H_SHA1, H_SHA224, H_SHA256 };
	uint8_t buf[700], a[32], b[32];
	size_t n, j;

	for (n = 0; n < sizeof(buf); n++) {
		fill_random(buf, n);
		for (j = 0; j < 3; j++) {
			hash_once(hashes[hs[j]], buf, n, a);
			ref_sha(hs[j], buf, n, b);
			REQUIRE(memcmp(a, b, hashes[hs[j]]->digest_len) ==
			    0, "%s of %zu random octets: API and portable "
			    "differ", hashes[hs[j]]->name, n);
		}
	}
}
END_TEST

/*
 * The password-to-key stream (RFC 3414 A.2.1) with the precomputed
 * schedule and through the public function, against the repetition fed
 * to update() an octet at a time: every pattern length across the period
 * limit, lengths around block boundaries and periods, a pending partial
 * block; SHA-1 and SHA-256, the hashes with a scheduled-blocks path.
 */
static void
sha1_portable(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	sha1_update_repeat_portable(ctx, pat, patlen, n);
}

static void
sha256_portable(void *ctx, const uint8_t *pat, size_t patlen, uint64_t n)
{
	sha256_update_repeat_portable(ctx, pat, patlen, n);
}

static const struct {
	const struct hash_desc *d;
	void	(*portable)(void *, const uint8_t *, size_t, uint64_t);
} repeat_paths[] = {
	{ &hash_sha1, sha1_portable },
	{ &hash_sha256, sha256_portable }
};

START_TEST(repeat_vs_plain)
{
	const struct hash_desc *d = repeat_paths[_i].d;
	uint8_t pat[130], a[HASH_MAX_DIGEST_LEN], b[HASH_MAX_DIGEST_LEN];
	uint8_t want[HASH_MAX_DIGEST_LEN];
	union hash_ctx c;
	size_t patlen, k, skip, i;
	size_t ns[] = { 0, 1, 63, 64, 65, 640 + 7, 64 * 131 + 33 };

	fill_random(pat, sizeof(pat));
	for (patlen = 1; patlen <= sizeof(pat); patlen++) {
		for (k = 0; k < sizeof(ns) / sizeof(ns[0]); k++) {
			for (skip = 0; skip <= 3; skip += 3) {
				d->init(&c);
				d->update(&c, pat, skip);
				for (i = 0; i < ns[k]; i++)
					d->update(&c, pat + i % patlen, 1);
				d->final(&c, want);
				d->init(&c);
				d->update(&c, pat, skip);
				repeat_paths[_i].portable(&c, pat, patlen,
				    ns[k]);
				d->final(&c, a);
				d->init(&c);
				d->update(&c, pat, skip);
				d->update_repeat(&c, pat, patlen, ns[k]);
				d->final(&c, b);
				REQUIRE(memcmp(a, want, d->digest_len) == 0 &&
				    memcmp(b, want, d->digest_len) == 0,
				    "%s of %zu octets repeating a %zu-octet "
				    "pattern after %zu: portable %s, public %s",
				    d->name, ns[k], patlen, skip,
				    memcmp(a, want, d->digest_len) ? "differs" :
				    "agrees", memcmp(b, want, d->digest_len) ?
				    "differs" : "agrees");
			}
		}
	}
}
END_TEST

/*
 * Every hash's update_repeat() against its update() fed the repetition an
 * octet at a time: patterns either side of the 64-octet block and of the
 * 256 octets the plain way copies, after a partial block or none.
 */
START_TEST(hash_update_repeat)
{
	const struct hash_desc *d = hashes[_i];
	static const size_t lens[] = { 1, 10, 63, 64, 65, 129, 256, 257, 300 };
	static const size_t ns[] = { 0, 1, 64 * 5 + 3, 64 * 70 + 1, 128 * 9 };
	uint8_t pat[300], a[HASH_MAX_DIGEST_LEN], want[HASH_MAX_DIGEST_LEN];
	union hash_ctx c;
	size_t l, k, skip, i;

	fill_random(pat, sizeof(pat));
	for (l = 0; l < sizeof(lens) / sizeof(lens[0]); l++) {
		for (k = 0; k < sizeof(ns) / sizeof(ns[0]); k++) {
			for (skip = 0; skip <= 5; skip += 5) {
				d->init(&c);
				d->update(&c, pat, skip);
				for (i = 0; i < ns[k]; i++)
					d->update(&c, pat + i % lens[l], 1);
				d->final(&c, want);
				d->init(&c);
				d->update(&c, pat, skip);
				d->update_repeat(&c, pat, lens[l], ns[k]);
				d->final(&c, a);
				REQUIRE(memcmp(a, want, d->digest_len) == 0,
				    "%s of %zu octets repeating a %zu-octet "
				    "pattern after %zu differs", d->name, ns[k],
				    lens[l], skip);
			}
		}
	}
}
END_TEST

/*
 * Two streams at once, through the lanes (lanes.h) when the CPU has AVX
 * and through each stream's scheduled blocks otherwise, and through the
 * public function, against each stream alone: pattern lengths of every
 * period, lengths around blocks, a partial block pending in one context
 * (the lanes then step aside).
 */
static const struct hash_desc *const repeat2_hashes[] = {
	&hash_sha1, &hash_sha224, &hash_sha256
};

/*
 * Two contexts after skip1 and skip2 octets of pat, then a stream each:
 * way 0 one at a time, 1 the lanes' way (never the SHA extensions), 2 the
 * public way.
 */
static void
two_streams(int way, const struct hash_desc *d, const uint8_t *pat,
    size_t l1, size_t l2, size_t skip1, size_t skip2, uint64_t n,
    uint8_t *out1, uint8_t *out2)
{
	union hash_ctx c1, c2;

	d->init(&c1);
	d->init(&c2);
	d->update(&c1, pat, skip1);
	d->update(&c2, pat, skip2);
	if (way == 0) {
		d->update_repeat(&c1, pat, l1, n);
		d->update_repeat(&c2, pat + 7, l2, n);
	} else {
		repeat_lanes_only = way == 1;
		d->update_repeat2(&c1, pat, l1, &c2, pat + 7, l2, n);
		repeat_lanes_only = 0;
	}
	d->final(&c1, out1);
	d->final(&c2, out2);
}

START_TEST(repeat2_vs_single)
{
	const struct hash_desc *d = repeat2_hashes[_i];
	static const size_t lens[] = { 1, 3, 8, 10, 17, 31, 63, 64, 65, 100,
	    256 };
	static const uint64_t ns[] = { 0, 1, 63, 64, 65, 64 * 11 + 7,
	    64 * 131 + 33 };
	uint8_t pat[300], want1[HASH_MAX_DIGEST_LEN], want2[HASH_MAX_DIGEST_LEN];
	uint8_t a1[HASH_MAX_DIGEST_LEN], a2[HASH_MAX_DIGEST_LEN];
	size_t i, j, k, skip, way, nl = sizeof(lens) / sizeof(lens[0]);
	size_t c, cases = nl * nl * (sizeof(ns) / sizeof(ns[0])) * 2;

	fill_random(pat, sizeof(pat));
	/* every pair of lengths, every n, with and without a partial block */
	for (c = 0; c < cases; c++) {
		i = c % nl;
		j = c / nl % nl;
		k = c / nl / nl % (sizeof(ns) / sizeof(ns[0]));
		skip = c / nl / nl / (sizeof(ns) / sizeof(ns[0])) * 5;
		two_streams(0, d, pat, lens[i], lens[j], 0, skip,
		    ns[k], want1, want2);
		for (way = 1; way <= 2; way++) {
			two_streams((int)way, d, pat, lens[i], lens[j],
			    0, skip, ns[k], a1, a2);
			REQUIRE(memcmp(a1, want1, d->digest_len) == 0 &&
			    memcmp(a2, want2, d->digest_len) == 0,
			    "%s, %s: %llu octets of %zu- and %zu-octet "
			    "patterns after 0 and %zu differ", d->name,
			    way == 1 ? "lanes" : "public",
			    (unsigned long long)ns[k], lens[i], lens[j], skip);
		}
	}
}
END_TEST

/* RFC 3414 A.3.2: Ku of "maplesyrup", the whole 1 MiB without SHA-NI. */
START_TEST(sha1_repeat_rfc3414)
{
	static const uint8_t ku[SHA1_DIGEST_LEN] = {
		0x9f, 0xb5, 0xcc, 0x03, 0x81, 0x49, 0x7b, 0x37, 0x93, 0x52,
		0x89, 0x39, 0xff, 0x78, 0x8d, 0x5d, 0x79, 0x14, 0x52, 0x11
	};
	struct sha1_ctx c;
	uint8_t out[SHA1_DIGEST_LEN];

	sha1_init(&c);
	sha1_update_repeat_portable(&c, (const uint8_t *)"maplesyrup", 10,
	    1048576);
	sha1_final(&c, out);
	CHECK(memcmp(out, ku, sizeof(ku)) == 0);
}
END_TEST

/* The same Ku with a second password beside it in the other lane. */
START_TEST(sha1_repeat2_rfc3414)
{
	static const uint8_t ku[SHA1_DIGEST_LEN] = {
		0x9f, 0xb5, 0xcc, 0x03, 0x81, 0x49, 0x7b, 0x37, 0x93, 0x52,
		0x89, 0x39, 0xff, 0x78, 0x8d, 0x5d, 0x79, 0x14, 0x52, 0x11
	};
	struct sha1_ctx c1, c2, c3;
	uint8_t out1[SHA1_DIGEST_LEN], out2[SHA1_DIGEST_LEN];
	uint8_t want2[SHA1_DIGEST_LEN];

	sha1_init(&c1);
	sha1_init(&c2);
	sha1_init(&c3);
	repeat_lanes_only = 1;
	sha1_update_repeat2(&c1, (const uint8_t *)"maplesyrup", 10, &c2,
	    (const uint8_t *)"hickorynut", 10, 1048576);
	repeat_lanes_only = 0;
	sha1_update_repeat_portable(&c3, (const uint8_t *)"hickorynut", 10,
	    1048576);
	sha1_final(&c1, out1);
	sha1_final(&c2, out2);
	sha1_final(&c3, want2);
	CHECK(memcmp(out1, ku, sizeof(ku)) == 0);
	CHECK(memcmp(out2, want2, sizeof(want2)) == 0);
}
END_TEST

/* The block functions themselves, from random states, 1..64 blocks. */
START_TEST(sha_ni_vs_portable_blocks)
{
#if SHA_NI_BUILT
	static uint8_t buf[64 * 64];
	uint32_t a[8], b[8];
	size_t blocks;
	int trial;

	if (!sha_ni_usable())
		return;		/* nothing to compare on this CPU */
	for (blocks = 1; blocks <= 64; blocks++) {
		for (trial = 0; trial < 4; trial++) {
			fill_random(buf, 64 * blocks);
			fill_random((uint8_t *)a, sizeof(a));
			memcpy(b, a, sizeof(b));
			sha1_compress_portable(a, buf, blocks);
			sha1_compress_ni(b, buf, blocks);
			REQUIRE(memcmp(a, b, 20) == 0,
			    "SHA-1 block functions differ, %zu blocks", blocks);
			fill_random((uint8_t *)a, sizeof(a));
			memcpy(b, a, sizeof(b));
			sha256_compress_portable(a, buf, blocks);
			sha256_compress_ni(b, buf, blocks);
			REQUIRE(memcmp(a, b, 32) == 0,
			    "SHA-256 block functions differ, %zu blocks",
			    blocks);
		}
	}
#endif
}
END_TEST

/* ------------------------------------------------------------- HMAC */

#define K0B16	"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"
#define K0B20	"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"
#define KAA16	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define KAA20	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define K0C16	"0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c"
#define K0C20	"0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c"
#define KAA80	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define KAA131	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define DD50	"dddddddddddddddddddddddddddddddddddddddddddddddddddddddd" \
	"dddddddddddddddddddddddddddddddddddddddddddd"
#define CD50	"cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd" \
	"cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
#define KEY0119	"0102030405060708090a0b0c0d0e0f10111213141516171819"
#define TC6	"Test Using Larger Than Block-Size Key - Hash Key First"
#define TC7_2202 "Test Using Larger Than Block-Size Key and Larger Than " \
	"One Block-Size Data"
#define TC7_4231 "This is a test using a larger than block-size key and " \
	"a larger than block-size data. The key needs to be hashed before " \
	"being used by the HMAC algorithm."
#define RFC2202	"RFC 2202"
#define RFC4231	"RFC 4231"
#define USMMSG	"usm-vectors.md authNoPriv whole message (net-snmp 5.9.3)"
/* usm-vectors.md: the authNoPriv message with authParams zeroed */
#define MSG12	"306e020103300e020101020300ffe3040105020103042c302a040c0000" \
	"00000000000000000002020101020102040475736572040c0000000000000000" \
	"000000000400302b040c0000000000000000000000020400a019020101020100" \
	"020100300e300c06082b060102010101000500"
#define MSG24	"307a020103300e020101020300ffe304010502010304383036040c0000" \
	"0000000000000000000202010102010204047573657204180000000000000000" \
	"000000000000000000000000000000000400302b040c00000000000000000000" \
	"00020400a019020101020100020100300e300c06082b060102010101000500"
#define MSG48	"308192020103300e020101020300ffe30401050201030450304e040c00" \
	"0000000000000000000002020101020102040475736572043000000000000000" \
	"0000000000000000000000000000000000000000000000000000000000000000" \
	"0000000000000000000400302b040c0000000000000000000000020400a01902" \
	"0101020100020100300e300c06082b060102010101000500"

/*
 * The data is text, or hex when text is NULL.  The expected MAC may be
 * truncated (RFC 2202 case 5, RFC 4231 test case 5, the USM MACs): its
 * length is the outlen given to hmac_final().
 */
static const struct hmac_kat {
	const char	*src;
	int		 h;
	const char	*key;
	const char	*text;
	const char	*hex;
	const char	*mac;
} hmac_kats[] = {
	{ RFC2202 " 1", H_MD5, K0B16, "Hi There", NULL,
	  "9294727a3638bb1c13f48ef8158bfc9d" },
	{ RFC2202 " 2", H_MD5, "4a656665", "what do ya want for nothing?", NULL,
	  "750c783e6ab0b503eaa86e310a5db738" },
	{ RFC2202 " 3", H_MD5, KAA16, NULL, DD50,
	  "56be34521d144c88dbb8c733f0e8b3f6" },
	{ RFC2202 " 4", H_MD5, KEY0119, NULL, CD50,
	  "697eaf0aca3a3aea3a75164746ffaa79" },
	{ RFC2202 " 5", H_MD5, K0C16, "Test With Truncation", NULL,
	  "56461ef2342edc00f9bab995690efd4c" },
	{ RFC2202 " 5 (HMAC-MD5-96)", H_MD5, K0C16, "Test With Truncation",
	  NULL, "56461ef2342edc00f9bab995" },
	{ RFC2202 " 6", H_MD5, KAA80, TC6, NULL,
	  "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd" },
	{ RFC2202 " 7", H_MD5, KAA80, TC7_2202, NULL,
	  "6f630fad67cda0ee1fb1f562db3aa53e" },

	{ RFC2202 " 1", H_SHA1, K0B20, "Hi There", NULL,
	  "b617318655057264e28bc0b6fb378c8ef146be00" },
	{ RFC2202 " 2", H_SHA1, "4a656665", "what do ya want for nothing?",
	  NULL, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79" },
	{ RFC2202 " 3", H_SHA1, KAA20, NULL, DD50,
	  "125d7342b9ac11cd91a39af48aa17b4f63f175d3" },
	{ RFC2202 " 4", H_SHA1, KEY0119, NULL, CD50,
	  "4c9007f4026250c6bc8414f9bf50c86c2d7235da" },
	{ RFC2202 " 5", H_SHA1, K0C20, "Test With Truncation", NULL,
	  "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04" },
	{ RFC2202 " 5 (HMAC-SHA-1-96)", H_SHA1, K0C20, "Test With Truncation",
	  NULL, "4c1a03424b55e07fe7f27be1" },
	{ RFC2202 " 6", H_SHA1, KAA80, TC6, NULL,
	  "aa4ae5e15272d00e95705637ce8a3b55ed402112" },
	{ RFC2202 " 7", H_SHA1, KAA80, TC7_2202, NULL,
	  "e8e99d0f45237d786d6bbaa7965c7808bbff1a91" },

	{ RFC4231 " 1", H_SHA224, K0B20, "Hi There", NULL,
	  "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22" },
	{ RFC4231 " 2", H_SHA224, "4a656665", "what do ya want for nothing?",
	  NULL, "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44" },
	{ RFC4231 " 3", H_SHA224, KAA20, NULL, DD50,
	  "7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea" },
	{ RFC4231 " 4", H_SHA224, KEY0119, NULL, CD50,
	  "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a" },
	{ RFC4231 " 5", H_SHA224, K0C20, "Test With Truncation", NULL,
	  "0e2aea68a90c8d37c988bcdb9fca6fa8" },
	{ RFC4231 " 6", H_SHA224, KAA131, TC6, NULL,
	  "95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e" },
	{ RFC4231 " 7", H_SHA224, KAA131, TC7_4231, NULL,
	  "3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1" },

	{ RFC4231 " 1", H_SHA256, K0B20, "Hi There", NULL,
	  "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
	{ RFC4231 " 2", H_SHA256, "4a656665", "what do ya want for nothing?",
	  NULL,
	  "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
	{ RFC4231 " 3", H_SHA256, KAA20, NULL, DD50,
	  "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
	{ RFC4231 " 4", H_SHA256, KEY0119, NULL, CD50,
	  "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
	{ RFC4231 " 5", H_SHA256, K0C20, "Test With Truncation", NULL,
	  "a3b6167473100ee06e0c796c2955552b" },
	{ RFC4231 " 6", H_SHA256, KAA131, TC6, NULL,
	  "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
	{ RFC4231 " 7", H_SHA256, KAA131, TC7_4231, NULL,
	  "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },

	{ RFC4231 " 1", H_SHA384, K0B20, "Hi There", NULL,
	  "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec6"
	  "82aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6" },
	{ RFC4231 " 2", H_SHA384, "4a656665", "what do ya want for nothing?",
	  NULL, "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47"
	  "e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649" },
	{ RFC4231 " 3", H_SHA384, KAA20, NULL, DD50,
	  "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9feb"
	  "e83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27" },
	{ RFC4231 " 4", H_SHA384, KEY0119, NULL, CD50,
	  "3e8a69b7783c25851933ab6290af6ca77a9981480850009c"
	  "c5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb" },
	{ RFC4231 " 5", H_SHA384, K0C20, "Test With Truncation", NULL,
	  "3abf34c3503b2a23a46efc619baef897" },
	{ RFC4231 " 6", H_SHA384, KAA131, TC6, NULL,
	  "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f"
	  "3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952" },
	{ RFC4231 " 7", H_SHA384, KAA131, TC7_4231, NULL,
	  "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9a"
	  "dccebb82461e99c5a678cc31e799176d3860e6110c46523e" },

	{ RFC4231 " 1", H_SHA512, K0B20, "Hi There", NULL,
	  "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
	  "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854" },
	{ RFC4231 " 2", H_SHA512, "4a656665", "what do ya want for nothing?",
	  NULL,
	  "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
	  "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737" },
	{ RFC4231 " 3", H_SHA512, KAA20, NULL, DD50,
	  "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
	  "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb" },
	{ RFC4231 " 4", H_SHA512, KEY0119, NULL, CD50,
	  "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
	  "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd" },
	{ RFC4231 " 5", H_SHA512, K0C20, "Test With Truncation", NULL,
	  "415fad6271580a531d4179bc891d87a6" },
	{ RFC4231 " 6", H_SHA512, KAA131, TC6, NULL,
	  "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
	  "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598" },
	{ RFC4231 " 7", H_SHA512, KAA131, TC7_4231, NULL,
	  "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
	  "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58" },

	/* USM MACs: HMAC keyed with the Kul of "maplesyrup", truncated. */
	{ USMMSG " md5", H_MD5, "526f5eed9fcce26f8964c2930787d82b", NULL,
	  MSG12, "3b164f5105980686226b6d62" },
	{ USMMSG " sha1", H_SHA1, "6695febc9288e36282235fc7151f128497b38f3f",
	  NULL, MSG12, "3b9c24cc6f1448319ff569f4" },
	{ USMMSG " sha256", H_SHA256,
	  "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b",
	  NULL, MSG24, "6560268da51a9d400e5292564bd3a1266ff62d0492ef2e10" },
	{ USMMSG " sha512", H_SHA512,
	  "22a5a36cedfcc085807a128d7bc6c2382167ad6c0dbc5fdff856740f3d84c099"
	  "ad1ea87a8db096714d9788bd544047c9021e4229ce27e4c0a69250adfcffbb0b",
	  NULL, MSG48, "2a13ecec1c9c42b29f6151b5a5482e6fcb2b854d881d5b00"
	  "e2d8ea89213cad96a3b6b05fa98e4dd66ac2074b6207c304" },
	{ "usm-vectors.md authPriv SHA-1 + AES-128 whole message", H_SHA1,
	  "6695febc9288e36282235fc7151f128497b38f3f", NULL,
	  "3078020103300e020101020300ffe304010702010304343032040c0000000000"
	  "00000000000002020101020102040475736572040c0000000000000000000000"
	  "0004080000000000000003042da1e0c801971d93edb17bf7a28098f3e226150e"
	  "8b170c77f7ff31d85337af8325d63899db6229056c9918220d26",
	  "b0f8f62ce86c0afef232f0cc" },
};

#define NHMAC_KATS	(sizeof(hmac_kats) / sizeof(hmac_kats[0]))

struct hmac_input {
	uint8_t	key[256], data[256], mac[HASH_MAX_DIGEST_LEN];
	size_t	keylen, datalen, maclen;
};

static void
hmac_input(const struct hmac_kat *k, struct hmac_input *in)
{
	in->keylen = unhex(k->key, in->key, sizeof(in->key));
	if (k->text != NULL) {
		in->datalen = strlen(k->text);
		memcpy(in->data, k->text, in->datalen);
	} else
		in->datalen = unhex(k->hex, in->data, sizeof(in->data));
	in->maclen = unhex(k->mac, in->mac, sizeof(in->mac));
}

START_TEST(hmac_known_answers)
{
	const struct hmac_kat *k = &hmac_kats[_i];
	struct hmac_input in;
	struct hmac_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN + 8];
	size_t i;

	hmac_input(k, &in);
	memset(out, 0xee, sizeof(out));
	hmac_init(&c, hashes[k->h], in.key, in.keylen);
	hmac_update(&c, in.data, in.datalen);
	hmac_final(&c, out, in.maclen);
	REQUIRE(memcmp(out, in.mac, in.maclen) == 0,
	    "HMAC-%s %s: wrong MAC", hashes[k->h]->name, k->src);
	for (i = in.maclen; i < sizeof(out); i++)
		REQUIRE(out[i] == 0xee, "HMAC wrote past outlen");
	/* again one octet at a time, and finished twice */
	hmac_init(&c, hashes[k->h], in.key, in.keylen);
	for (i = 0; i < in.datalen; i++)
		hmac_update(&c, in.data + i, 1);
	hmac_final(&c, out, in.maclen);
	CHECK(memcmp(out, in.mac, in.maclen) == 0);
	hmac_final(&c, out, in.maclen);
	CHECK(memcmp(out, in.mac, in.maclen) == 0);
	hmac_wipe(&c);
}
END_TEST

/*
 * Truncation to the USM MAC lengths 12/16/24/32/48 (RFC 3414, RFC 7860)
 * is a prefix of the full MAC and writes nothing past outlen; an outlen
 * above the digest length writes the digest length.
 */
START_TEST(hmac_truncation)
{
	static const size_t lens[] = { 12, 16, 24, 32, 48 };
	const struct hash_desc *d = hashes[_i];
	struct hmac_ctx c;
	uint8_t key[40], data[100], full[HASH_MAX_DIGEST_LEN];
	uint8_t out[HASH_MAX_DIGEST_LEN + 16];
	size_t j, k;

	fill_random(key, sizeof(key));
	fill_random(data, sizeof(data));
	hmac_init(&c, d, key, sizeof(key));
	hmac_update(&c, data, sizeof(data));
	hmac_final(&c, full, d->digest_len);
	for (j = 0; j < sizeof(lens) / sizeof(lens[0]); j++) {
		if (lens[j] > d->digest_len)
			continue;
		memset(out, 0xee, sizeof(out));
		hmac_final(&c, out, lens[j]);
		CHECK(memcmp(out, full, lens[j]) == 0);
		for (k = lens[j]; k < sizeof(out); k++)
			CHECK(out[k] == 0xee);
	}
	memset(out, 0xee, sizeof(out));
	hmac_final(&c, out, sizeof(out));
	CHECK(memcmp(out, full, d->digest_len) == 0);
	for (k = d->digest_len; k < sizeof(out); k++)
		REQUIRE(out[k] == 0xee, "outlen > digest length overran");
	memset(out, 0xee, sizeof(out));
	hmac_final(&c, out, 0);
	CHECK(out[0] == 0xee);
	hmac_wipe(&c);
}
END_TEST

/* Key lengths around the block: a key longer than it is hashed first. */
START_TEST(hmac_key_lengths)
{
	const struct hash_desc *d = hashes[_i];
	struct hmac_ctx c;
	union hash_ctx h;
	uint8_t key[300], hk[HASH_MAX_DIGEST_LEN], a[HASH_MAX_DIGEST_LEN];
	uint8_t b[HASH_MAX_DIGEST_LEN], padded[HASH_MAX_BLOCK_LEN];
	size_t n;

	fill_random(key, sizeof(key));
	for (n = 0; n < sizeof(key); n++) {
		hmac_init(&c, d, key, n);
		hmac_update(&c, "data", 4);
		hmac_final(&c, a, d->digest_len);
		if (n > d->block_len) {
			/* RFC 2104 §2: K = H(K) */
			d->init(&h);
			d->update(&h, key, n);
			d->final(&h, hk);
			hmac_init(&c, d, hk, d->digest_len);
		} else {
			/* zero padding to the block changes nothing */
			memset(padded, 0, sizeof(padded));
			memcpy(padded, key, n);
			hmac_init(&c, d, padded, d->block_len);
		}
		hmac_update(&c, "data", 4);
		hmac_final(&c, b, d->digest_len);
		REQUIRE(memcmp(a, b, d->digest_len) == 0,
		    "HMAC-%s with a %zu-octet key", d->name, n);
	}
}
END_TEST

START_TEST(hmac_wipe_clears)
{
	struct hmac_ctx c;
	size_t i;

	hmac_init(&c, &hash_sha256, "key", 3);
	hmac_wipe(&c);
	for (i = 0; i < sizeof(c); i++)
		CHECK(((const uint8_t *)&c)[i] == 0);
}
END_TEST

/* ------------------------------------------- USM key derivation (hashes) */

/* RFC 3414 A.2.1: Ku = H(password repeated to 1 MiB), in 64-octet chunks. */
static void
p2k(const struct hash_desc *d, const uint8_t *pw, size_t pwlen, uint8_t *ku)
{
	union hash_ctx c;
	uint8_t chunk[64];
	size_t count, i, idx = 0;

	d->init(&c);
	for (count = 0; count < 1048576; count += 64) {
		for (i = 0; i < 64; i++)
			chunk[i] = pw[idx++ % pwlen];
		d->update(&c, chunk, 64);
	}
	d->final(&c, ku);
}

/* RFC 3414 A.2.2: Kul = H(Ku || engineID || Ku). */
static void
localize(const struct hash_desc *d, const uint8_t *ku, const uint8_t *e,
    size_t elen, uint8_t *kul)
{
	union hash_ctx c;

	d->init(&c);
	d->update(&c, ku, d->digest_len);
	d->update(&c, e, elen);
	d->update(&c, ku, d->digest_len);
	d->final(&c, kul);
}

#define ENGINE	"000000000000000000000002"

static const struct {
	const char	*src;
	int		 h;
	const char	*password;
	const char	*kul;
} kul_kats[] = {
	{ "RFC 3414 A.3.1", H_MD5, "maplesyrup",
	  "526f5eed9fcce26f8964c2930787d82b" },
	{ "RFC 3414 A.3.2", H_SHA1, "maplesyrup",
	  "6695febc9288e36282235fc7151f128497b38f3f" },
	{ "RFC 3414 A.5.1", H_MD5, "newsyrup",
	  "87021d7bd9d101ba05ea6e3bf9d9bd4a" },
	{ "RFC 3414 A.5.2", H_SHA1, "newsyrup",
	  "78e2dcce79d59403b58c1bbaa5bff46391f1cd25" },
	{ P2K2, H_SHA224, "maplesyrup",
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674" },
	{ P2K2, H_SHA256, "maplesyrup",
	  "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b" },
	{ P2K2, H_SHA384, "maplesyrup",
	  "3b298f16164a11184279d5432bf169e2d2a48307de02b3d3"
	  "f7e2b4f36eb6f0455a53689a3937eea07319a633d2ccba78" },
	{ P2K2, H_SHA512, "maplesyrup",
	  "22a5a36cedfcc085807a128d7bc6c2382167ad6c0dbc5fdff856740f3d84c099"
	  "ad1ea87a8db096714d9788bd544047c9021e4229ce27e4c0a69250adfcffbb0b" },
};

START_TEST(usm_localized_keys)
{
	const struct hash_desc *d = hashes[kul_kats[_i].h];
	uint8_t e[12], ku[HASH_MAX_DIGEST_LEN], kul[HASH_MAX_DIGEST_LEN];
	uint8_t want[HASH_MAX_DIGEST_LEN];
	size_t elen, n;

	elen = unhex(ENGINE, e, sizeof(e));
	p2k(d, (const uint8_t *)kul_kats[_i].password,
	    strlen(kul_kats[_i].password), ku);
	localize(d, ku, e, elen, kul);
	n = unhex(kul_kats[_i].kul, want, sizeof(want));
	ck_assert_uint_eq(n, d->digest_len);
	REQUIRE(memcmp(kul, want, n) == 0, "%s %s: wrong Kul",
	    kul_kats[_i].src, d->name);
}
END_TEST

/*
 * AES-192/256 key extension (usm-vectors.md): Blumenthal K || H(K)
 * (draft-blumenthal-aes-usm-04 §3.1.2.1), Reeder K || localize(P2K(K))
 * (draft-reeder-snmpv3-usm-3desede-00 §2.1).
 */
static const struct {
	int		 h;
	int		 reeder;
	const char	*kul;
	const char	*key;
} ext_kats[] = {
	{ H_MD5, 0, "526f5eed9fcce26f8964c2930787d82b",
	  "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f" },
	{ H_MD5, 0, "526f5eed9fcce26f8964c2930787d82b",
	  "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f4b09192be10dfaec" },
	{ H_MD5, 1, "526f5eed9fcce26f8964c2930787d82b",
	  "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0" },
	{ H_MD5, 1, "526f5eed9fcce26f8964c2930787d82b",
	  "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0a3a40abfac5acc12" },
	{ H_SHA1, 0, "6695febc9288e36282235fc7151f128497b38f3f",
	  "6695febc9288e36282235fc7151f128497b38f3f505e07eb" },
	{ H_SHA1, 0, "6695febc9288e36282235fc7151f128497b38f3f",
	  "6695febc9288e36282235fc7151f128497b38f3f505e07eb9af25568fa1f5dbe" },
	{ H_SHA1, 1, "6695febc9288e36282235fc7151f128497b38f3f",
	  "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78" },
	{ H_SHA1, 1, "6695febc9288e36282235fc7151f128497b38f3f",
	  "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78936ba6e7d19dfd9c" },
	{ H_SHA224, 0,
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674",
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674e82d9bf0" },
	{ H_SHA224, 1,
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be682075674",
	  "0bd8827c6e29f8065e08e09237f177e410f69b90e1782be68207567422c34be4" },
};

START_TEST(usm_key_extension)
{
	const struct hash_desc *d = hashes[ext_kats[_i].h];
	uint8_t k[4 * HASH_MAX_DIGEST_LEN], want[32], e[12];
	uint8_t ku[HASH_MAX_DIGEST_LEN];
	size_t have, need, elen;

	elen = unhex(ENGINE, e, sizeof(e));
	have = unhex(ext_kats[_i].kul, k, sizeof(k));
	need = unhex(ext_kats[_i].key, want, sizeof(want));
	while (have < need) {
		if (ext_kats[_i].reeder) {
			p2k(d, k, have, ku);
			localize(d, ku, e, elen, k + have);
		} else
			hash_once(d, k, have, k + have);
		have += d->digest_len;
	}
	REQUIRE(memcmp(k, want, need) == 0, "%s %s extension to %zu",
	    d->name, ext_kats[_i].reeder ? "Reeder" : "Blumenthal", need);
}
END_TEST

/* -------------------------------------------------------------- AES */

static const struct {
	const char	*src;
	const char	*key;
	const char	*pt;
	const char	*ct;
} aes_kats[] = {
	{ "FIPS 197 Appendix B", "2b7e151628aed2a6abf7158809cf4f3c",
	  "3243f6a8885a308d313198a2e0370734",
	  "3925841d02dc09fbdc118597196a0b32" },
	{ "FIPS 197 C.1 AES-128", "000102030405060708090a0b0c0d0e0f",
	  "00112233445566778899aabbccddeeff",
	  "69c4e0d86a7b0430d8cdb78070b4c55a" },
	{ "FIPS 197 C.2 AES-192",
	  "000102030405060708090a0b0c0d0e0f1011121314151617",
	  "00112233445566778899aabbccddeeff",
	  "dda97ca4864cdfe06eaf70a0ec0d7191" },
	{ "FIPS 197 C.3 AES-256",
	  "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
	  "00112233445566778899aabbccddeeff",
	  "8ea2b7ca516745bfeafc49904b496089" },
};

START_TEST(aes_known_answers)
{
	struct aes_ctx c;
	uint8_t key[32], pt[16], ct[16], out[16];
	size_t kl;

	kl = unhex(aes_kats[_i].key, key, sizeof(key));
	unhex(aes_kats[_i].pt, pt, sizeof(pt));
	unhex(aes_kats[_i].ct, ct, sizeof(ct));
	ck_assert_int_eq(aes_init(&c, key, kl), 0);
	ck_assert_uint_eq(c.rounds, kl / 4 + 6);
	aes_encrypt_block(&c, pt, out);
	REQUIRE(memcmp(out, ct, 16) == 0, "%s", aes_kats[_i].src);
	memcpy(out, pt, 16);
	aes_encrypt_block(&c, out, out);	/* in place */
	REQUIRE(memcmp(out, ct, 16) == 0, "%s in place",
	    aes_kats[_i].src);
	crypto_wipe(&c, sizeof(c));
}
END_TEST

START_TEST(aes_bad_key_lengths)
{
	static const size_t bad[] = { 0, 1, 8, 15, 17, 20, 23, 25, 31, 33,
	    48, 64 };
	struct aes_ctx c;
	uint8_t key[64];
	size_t i;

	memset(key, 0x42, sizeof(key));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		REQUIRE(aes_init(&c, key, bad[i]) == -1,
		    "aes_init accepted a %zu-octet key", bad[i]);
	ck_assert_int_eq(aes_init(&c, key, 16), 0);
	ck_assert_int_eq(aes_init(&c, key, 24), 0);
	ck_assert_int_eq(aes_init(&c, key, 32), 0);
}
END_TEST

#define SP38A_IV	"000102030405060708090a0b0c0d0e0f"
#define SP38A_PT	"6bc1bee22e409f96e93d7e117393172a" \
	"ae2d8a571e03ac9c9eb76fac45af8e51" \
	"30c81c46a35ce411e5fbc1191a0a52ef" \
	"f69f2445df4f9b17ad2b417be66c3710"
/* usm-vectors.md: the scopedPDU and IV of the AES privacy examples */
#define USM_PT	"302b040c0000000000000000000000020400a01902010102010002010030" \
	"0e300c06082b060102010101000500"
#define USM_IV	"00000001000000020000000000000003"

/* Each vector is checked both ways: encryption and decryption. */
static const struct {
	const char	*src;
	const char	*key;
	const char	*iv;
	const char	*pt;
	const char	*ct;
} cfb_kats[] = {
	{ "SP 800-38A F.3.13/F.3.14 CFB128-AES128",
	  "2b7e151628aed2a6abf7158809cf4f3c", SP38A_IV, SP38A_PT,
	  "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b"
	  "26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6" },
	{ "SP 800-38A F.3.15/F.3.16 CFB128-AES192",
	  "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b", SP38A_IV,
	  SP38A_PT,
	  "cdc80d6fddf18cab34c25909c99a417467ce7f7f81173621961a2b70171d3d7a"
	  "2e1e8a1dd59b88b1c8e60fed1efac4c9c05f9f9ca9834fa042ae8fba584b09ff" },
	{ "SP 800-38A F.3.17/F.3.18 CFB128-AES256",
	  "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
	  SP38A_IV, SP38A_PT,
	  "dc7e84bfda79164b7ecd8486985d386039ffed143b28b1c832113c6331e5407b"
	  "df10132415e54b92a13ed0a8267ae2f975a385741ab9cef82031623d55b1e471" },
	{ "usm-vectors.md partial final block, CFB128-AES128",
	  "2b7e151628aed2a6abf7158809cf4f3c", SP38A_IV,
	  "6bc1bee22e409f96e93d7e117393172aae2d8a57",
	  "3b3fd92eb72dad20333449f8e83cfb4ac8a64537" },
	{ "usm-vectors.md AES-128 auth=sha1",
	  "6695febc9288e36282235fc7151f1284", USM_IV, USM_PT,
	  "a1e0c801971d93edb17bf7a28098f3e226150e8b170c77f7ff31d85337af8325"
	  "d63899db6229056c9918220d26" },
	{ "usm-vectors.md AES-192 auth=sha1 Blumenthal",
	  "6695febc9288e36282235fc7151f128497b38f3f505e07eb", USM_IV, USM_PT,
	  "38c1fda1703027eb7cab3f4674976bac940babd2d11ff8759f624b5f4d0bca29"
	  "d4d4864f33642e5ba6d188d8fa" },
	{ "usm-vectors.md AES-192 auth=sha1 Reeder",
	  "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78", USM_IV, USM_PT,
	  "d5ed7eacd9c5266af40e4299595c96b4fc88fbcf9cd305b2bf609f304919fd6b"
	  "89ac61a173a3c7bdb08cc5f957" },
	{ "usm-vectors.md AES-256 auth=sha1 Blumenthal",
	  "6695febc9288e36282235fc7151f128497b38f3f505e07eb9af25568fa1f5dbe",
	  USM_IV, USM_PT,
	  "7719f4e72e880655511da37aa5fabd6ae988934f9d22a9c0cac6b707af89d99c"
	  "fec99811d31bff2e125ba9886b" },
	{ "usm-vectors.md AES-256 auth=sha1 Reeder",
	  "6695febc9288e36282235fc7151f128497b38f3f9b8b6d78936ba6e7d19dfd9c",
	  USM_IV, USM_PT,
	  "dcdf7b21d2164935073daa447b89905a42240400ef094c90f0da2c3b5535858d"
	  "33622ef72399ecb28ed49fb01d" },
	{ "usm-vectors.md AES-256 auth=md5 Blumenthal",
	  "526f5eed9fcce26f8964c2930787d82bfa24a92467426c2f4b09192be10dfaec",
	  USM_IV, USM_PT,
	  "8a46d6cf2940b2ed28d45a59ac656d9f5dc85d281770ef315e637daec46b4617"
	  "477aaef4662964716fbc04b665" },
	{ "usm-vectors.md AES-256 auth=md5 Reeder",
	  "526f5eed9fcce26f8964c2930787d82b79eff44a90650ee0a3a40abfac5acc12",
	  USM_IV, USM_PT,
	  "7c67260bc88d71675d78d41fd9069ebbc68bd7c67f7f823743cfd72a6f550e64"
	  "0fe09aafbf895cc2fec3bc9792" },
	{ "usm-vectors.md AES-256 auth=sha256",
	  "8982e0e549e866db361a6b625d84cccc11162d453ee8ce3a6445c2d6776f0f8b",
	  USM_IV, USM_PT,
	  "4afa785175f4b01d39f763d02cdbce444869703dd14f057d3dd48b06fbb428b2"
	  "8767636e7d70572d0db4165c6d" },
};

START_TEST(aes_cfb128_known_answers)
{
	struct aes_ctx c;
	uint8_t key[32], iv[16], iv0[16], pt[64], ct[64], out[64];
	size_t kl, n;

	kl = unhex(cfb_kats[_i].key, key, sizeof(key));
	unhex(cfb_kats[_i].iv, iv, sizeof(iv));
	n = unhex(cfb_kats[_i].pt, pt, sizeof(pt));
	ck_assert_uint_eq(unhex(cfb_kats[_i].ct, ct, sizeof(ct)), n);
	memcpy(iv0, iv, sizeof(iv));
	ck_assert_int_eq(aes_init(&c, key, kl), 0);
	aes_cfb128_encrypt(&c, iv, pt, out, n);
	REQUIRE(memcmp(out, ct, n) == 0, "%s: encrypt",
	    cfb_kats[_i].src);
	aes_cfb128_decrypt(&c, iv, ct, out, n);
	REQUIRE(memcmp(out, pt, n) == 0, "%s: decrypt",
	    cfb_kats[_i].src);
	/* in place, both ways */
	memcpy(out, pt, n);
	aes_cfb128_encrypt(&c, iv, out, out, n);
	REQUIRE(memcmp(out, ct, n) == 0, "%s: encrypt in place",
	    cfb_kats[_i].src);
	aes_cfb128_decrypt(&c, iv, out, out, n);
	REQUIRE(memcmp(out, pt, n) == 0, "%s: decrypt in place",
	    cfb_kats[_i].src);
	CHECK(memcmp(iv, iv0, sizeof(iv)) == 0);
	crypto_wipe(&c, sizeof(c));
}
END_TEST

/*
 * Every length 0..100: CFB output is a prefix of the longer output (no
 * padding), decrypts back, and writes nothing past len.
 */
START_TEST(aes_cfb128_lengths)
{
	struct aes_ctx c;
	uint8_t key[32], iv[16], pt[101], full[101], out[112], back[101];
	size_t n, i;

	fill_random(key, sizeof(key));
	fill_random(iv, sizeof(iv));
	fill_random(pt, sizeof(pt));
	ck_assert_int_eq(aes_init(&c, key, 16 + 8 * (size_t)_i), 0);
	aes_cfb128_encrypt(&c, iv, pt, full, sizeof(pt));
	for (n = 0; n <= 100; n++) {
		memset(out, 0xee, sizeof(out));
		aes_cfb128_encrypt(&c, iv, pt, out, n);
		CHECK(memcmp(out, full, n) == 0);
		for (i = n; i < sizeof(out); i++)
			CHECK(out[i] == 0xee);
		aes_cfb128_decrypt(&c, iv, out, back, n);
		CHECK(memcmp(back, pt, n) == 0);
	}
}
END_TEST

/* -------------------------------------------------------------- DES */

static const struct {
	const char	*src;
	const char	*key;
	const char	*pt;
	const char	*ct;
} des_kats[] = {
	{ "classic single block", "133457799bbcdff1", "0123456789abcdef",
	  "85e813540f0ab405" },
	{ "FIPS 81 ECB block 1", "0123456789abcdef", "4e6f772069732074",
	  "3fa40e8a984d4815" },
	{ "FIPS 81 ECB block 2", "0123456789abcdef", "68652074696d6520",
	  "6a271787ab8883f9" },
	{ "FIPS 81 ECB block 3", "0123456789abcdef", "666f7220616c6c20",
	  "893d51ec4b563b53" },
	{ "SP 800-17 variable plaintext", "0101010101010101",
	  "8000000000000000", "95f8a5e5dd31d900" },
	{ "SP 800-17 variable plaintext", "0101010101010101",
	  "0000000000000001", "166b40b44aba4bd6" },
	{ "SP 800-17 variable key", "8001010101010101", "0000000000000000",
	  "95a8d72813daa94d" },
	/* usm-vectors.md: parity is ignored, both keys are the zero key */
	{ "parity ignored (0101...)", "0101010101010101", "0000000000000000",
	  "8ca64de9c1b123a7" },
	{ "parity ignored (0000...)", "0000000000000000", "0000000000000000",
	  "8ca64de9c1b123a7" },
	{ "parity ignored (Kul octets, parity wrong)", "123556789abddef0",
	  "0123456789abcdef", "85e813540f0ab405" },
};

START_TEST(des_known_answers)
{
	struct des_ctx c;
	uint8_t key[8], pt[8], ct[8], out[8];

	ck_assert_uint_eq(unhex(des_kats[_i].key, key, sizeof(key)), 8);
	unhex(des_kats[_i].pt, pt, sizeof(pt));
	unhex(des_kats[_i].ct, ct, sizeof(ct));
	des_init(&c, key);
	des_encrypt_block(&c, pt, out);
	REQUIRE(memcmp(out, ct, 8) == 0, "%s: encrypt",
	    des_kats[_i].src);
	des_decrypt_block(&c, ct, out);
	REQUIRE(memcmp(out, pt, 8) == 0, "%s: decrypt",
	    des_kats[_i].src);
	memcpy(out, pt, 8);
	des_encrypt_block(&c, out, out);
	CHECK(memcmp(out, ct, 8) == 0);
	des_decrypt_block(&c, out, out);
	CHECK(memcmp(out, pt, 8) == 0);
	crypto_wipe(&c, sizeof(c));
}
END_TEST

static const struct {
	const char	*src;
	const char	*key;
	const char	*iv;
	const char	*pt;
	const char	*ct;
} cbc_kats[] = {
	{ "FIPS 81 CBC", "0123456789abcdef", "1234567890abcdef",
	  "4e6f77206973207468652074696d6520666f7220616c6c20",
	  "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6" },
	{ "usm-vectors.md usmDESPrivProtocol, MD5 Kul of maplesyrup",
	  "526f5eed9fcce26f", "8964c2920787d829",
	  "302b040c0000000000000000000000020400a019020101020100020100300e"
	  "300c06082b060102010101000500000000",
	  "fb1686ddf265ba9da596e70f0e48f62cd04c896f5124258351149905c03cf7c8"
	  "799559358f29d73332788e9323d86e5f" },
};

START_TEST(des_cbc_known_answers)
{
	struct des_ctx c;
	uint8_t key[8], iv[8], iv0[8], pt[48], ct[48], out[48];
	size_t n;

	unhex(cbc_kats[_i].key, key, sizeof(key));
	unhex(cbc_kats[_i].iv, iv, sizeof(iv));
	n = unhex(cbc_kats[_i].pt, pt, sizeof(pt));
	ck_assert_uint_eq(unhex(cbc_kats[_i].ct, ct, sizeof(ct)), n);
	memcpy(iv0, iv, sizeof(iv));
	des_init(&c, key);
	ck_assert_int_eq(des_cbc_encrypt(&c, iv, pt, out, n), 0);
	REQUIRE(memcmp(out, ct, n) == 0, "%s: encrypt",
	    cbc_kats[_i].src);
	ck_assert_int_eq(des_cbc_decrypt(&c, iv, ct, out, n), 0);
	REQUIRE(memcmp(out, pt, n) == 0, "%s: decrypt",
	    cbc_kats[_i].src);
	memcpy(out, pt, n);
	ck_assert_int_eq(des_cbc_encrypt(&c, iv, out, out, n), 0);
	REQUIRE(memcmp(out, ct, n) == 0, "%s: encrypt in place",
	    cbc_kats[_i].src);
	ck_assert_int_eq(des_cbc_decrypt(&c, iv, out, out, n), 0);
	REQUIRE(memcmp(out, pt, n) == 0, "%s: decrypt in place",
	    cbc_kats[_i].src);
	CHECK(memcmp(iv, iv0, sizeof(iv)) == 0);
}
END_TEST

/* Lengths that are not a multiple of 8 are refused, nothing written. */
START_TEST(des_cbc_bad_lengths)
{
	struct des_ctx c;
	uint8_t key[8], iv[8], in[40], out[40];
	size_t n, i;

	memset(key, 0x11, sizeof(key));
	memset(iv, 0x22, sizeof(iv));
	memset(in, 0x33, sizeof(in));
	des_init(&c, key);
	for (n = 0; n <= sizeof(in); n++) {
		memset(out, 0xee, sizeof(out));
		if (n % 8 == 0) {
			ck_assert_int_eq(des_cbc_encrypt(&c, iv, in, out, n),
			    0);
			ck_assert_int_eq(des_cbc_decrypt(&c, iv, in, out, n),
			    0);
			continue;
		}
		REQUIRE(des_cbc_encrypt(&c, iv, in, out, n) == -1,
		    "des_cbc_encrypt accepted length %zu", n);
		REQUIRE(des_cbc_decrypt(&c, iv, in, out, n) == -1,
		    "des_cbc_decrypt accepted length %zu", n);
		for (i = 0; i < sizeof(out); i++)
			CHECK(out[i] == 0xee);
	}
}
END_TEST

/* ---------------------------------------------------- wipe, compare */

START_TEST(memeq_cases)
{
	uint8_t a[64], b[64];
	size_t i;
	int bit;

	fill_random(a, sizeof(a));
	memcpy(b, a, sizeof(b));
	ck_assert_int_eq(crypto_memeq(a, b, sizeof(a)), 1);
	ck_assert_int_eq(crypto_memeq(a, b, 0), 1);
	ck_assert_int_eq(crypto_memeq(a, a, sizeof(a)), 1);
	for (i = 0; i < sizeof(a); i++) {
		for (bit = 0; bit < 8; bit++) {
			b[i] ^= (uint8_t)(1 << bit);
			REQUIRE(crypto_memeq(a, b, sizeof(a)) == 0,
			    "difference at octet %zu bit %d missed", i, bit);
			/* a difference past n does not count */
			ck_assert_int_eq(crypto_memeq(a, b, i), 1);
			b[i] ^= (uint8_t)(1 << bit);
		}
	}
	memset(a, 0, sizeof(a));
	memset(b, 0xff, sizeof(b));
	ck_assert_int_eq(crypto_memeq(a, b, sizeof(a)), 0);
}
END_TEST

START_TEST(wipe_clears)
{
	uint8_t buf[100];
	size_t i;

	memset(buf, 0xa5, sizeof(buf));
	crypto_wipe(buf + 10, 80);
	for (i = 0; i < sizeof(buf); i++)
		CHECK(buf[i] == (i < 10 || i >= 90 ? 0xa5 : 0));
	crypto_wipe(buf, 0);
	CHECK(buf[0] == 0xa5);
}
END_TEST

/* ------------------------------------------------------------ suite */

#define NELEM(a)	((int)(sizeof(a) / sizeof((a)[0])))

static Suite *
crypto_suite(void)
{
	Suite *s = suite_create("crypto");
	TCase *tc;

	tc = tcase_create("hash");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, hash_known_answers, 0, (int)NHASH_KATS);
	tcase_add_loop_test(tc, hash_one_octet_at_a_time, 0, (int)NHASH_KATS);
	tcase_add_loop_test(tc, hash_split_at_every_offset, 0,
	    (int)NHASH_KATS);
	tcase_add_loop_test(tc, hash_final_then_continue, 0, (int)NHASH_KATS);
	tcase_add_test(tc, hash_descriptors);
	tcase_add_test(tc, hash_typed_api);
	suite_add_tcase(s, tc);

	tc = tcase_create("sha_ni");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, sha_public_vs_portable_random);
	tcase_add_test(tc, sha_ni_vs_portable_blocks);
	tcase_add_loop_test(tc, repeat_vs_plain, 0,
	    (int)(sizeof(repeat_paths) / sizeof(repeat_paths[0])));
	tcase_add_test(tc, sha1_repeat_rfc3414);
	tcase_add_test(tc, sha1_repeat2_rfc3414);
	tcase_add_loop_test(tc, repeat2_vs_single, 0,
	    (int)(sizeof(repeat2_hashes) / sizeof(repeat2_hashes[0])));
	tcase_add_loop_test(tc, hash_update_repeat, 0, H_COUNT);
	suite_add_tcase(s, tc);

	tc = tcase_create("hmac");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, hmac_known_answers, 0, (int)NHMAC_KATS);
	tcase_add_loop_test(tc, hmac_truncation, 0, H_COUNT);
	tcase_add_loop_test(tc, hmac_key_lengths, 0, H_COUNT);
	tcase_add_test(tc, hmac_wipe_clears);
	suite_add_tcase(s, tc);

	tc = tcase_create("usm_keys");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, usm_localized_keys, 0, NELEM(kul_kats));
	tcase_add_loop_test(tc, usm_key_extension, 0, NELEM(ext_kats));
	suite_add_tcase(s, tc);

	tc = tcase_create("aes");
	tcase_add_loop_test(tc, aes_known_answers, 0, NELEM(aes_kats));
	tcase_add_test(tc, aes_bad_key_lengths);
	tcase_add_loop_test(tc, aes_cfb128_known_answers, 0, NELEM(cfb_kats));
	tcase_add_loop_test(tc, aes_cfb128_lengths, 0, 3);
	suite_add_tcase(s, tc);

	tc = tcase_create("des");
	tcase_add_loop_test(tc, des_known_answers, 0, NELEM(des_kats));
	tcase_add_loop_test(tc, des_cbc_known_answers, 0, NELEM(cbc_kats));
	tcase_add_test(tc, des_cbc_bad_lengths);
	suite_add_tcase(s, tc);

	tc = tcase_create("wipe");
	tcase_add_test(tc, memeq_cases);
	tcase_add_test(tc, wipe_clears);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr;
	int failed;

	sr = srunner_create(crypto_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0 ? 1 : 0;
}
