/* SPDX-License-Identifier: ISC */
/*
 * USM keys, MACs and privacy.  Key extension for AES-192/256 follows
 * net-snmp 5.9: "AES-192"/"AES-256" extend with Blumenthal
 * (draft-blumenthal-aes-usm-04 §3.1.2.1, K = K || H(K)), "AES-192-C" /
 * "AES-256-C" with Reeder (draft-reeder-snmpv3-usm-3desede-00 §2.1,
 * K = K || localize(P2K(K))).  Both use the auth protocol's hash.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "crypto/hash.h"
#include "crypto/hmac.h"
#include "crypto/modes.h"
#include "crypto/wipe.h"
#include "snmp.h"
#include "usm.h"

static const struct {
	const char	*names;		/* spellings, upper case, no dashes */
	int		 proto;
} auth_names[] = {
	{ "MD5 HMACMD5", USM_AUTH_MD5 },
	{ "SHA SHA1 HMACSHA", USM_AUTH_SHA1 },
	{ "SHA224", USM_AUTH_SHA224 },
	{ "SHA256", USM_AUTH_SHA256 },
	{ "SHA384", USM_AUTH_SHA384 },
	{ "SHA512", USM_AUTH_SHA512 },
}, priv_names[] = {
	{ "DES CBCDES", USM_PRIV_DES },
	{ "AES AES128 AESCFB128", USM_PRIV_AES128 },
	{ "AES192", USM_PRIV_AES192 },
	{ "AES256", USM_PRIV_AES256 },
	{ "AES192C", USM_PRIV_AES192C },
	{ "AES256C", USM_PRIV_AES256C },
};

static const struct hash_desc *
desc(int auth)
{
	switch (auth) {
	case USM_AUTH_MD5:
		return &hash_md5;
	case USM_AUTH_SHA1:
		return &hash_sha1;
	case USM_AUTH_SHA224:
		return &hash_sha224;
	case USM_AUTH_SHA256:
		return &hash_sha256;
	case USM_AUTH_SHA384:
		return &hash_sha384;
	case USM_AUTH_SHA512:
		return &hash_sha512;
	}
	return NULL;
}

/* Case-insensitive, with '-' and '_' ignored: "sha-256" == "SHA256". */
static int
lookup(const char *s, const char *names)
{
	char norm[32], w[32];
	const char *p;
	size_t n = 0, k;

	for (; *s != '\0'; s++) {
		if (*s == '-' || *s == '_')
			continue;
		if (n + 1 >= sizeof(norm))
			return 0;
		norm[n++] = (char)toupper((unsigned char)*s);
	}
	norm[n] = '\0';
	for (p = names; *p != '\0'; p += k + (p[k] == ' ')) {
		k = strcspn(p, " ");
		if (k < sizeof(w)) {
			memcpy(w, p, k);
			w[k] = '\0';
			if (strcmp(w, norm) == 0)
				return 1;
		}
	}
	return 0;
}

int
usm_auth_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(auth_names) / sizeof(auth_names[0]); i++) {
		if (lookup(s, auth_names[i].names))
			return auth_names[i].proto;
	}
	return -1;
}

int
usm_priv_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(priv_names) / sizeof(priv_names[0]); i++) {
		if (lookup(s, priv_names[i].names))
			return priv_names[i].proto;
	}
	return -1;
}

const char *
usm_auth_name(int a)
{
	static const char *const n[] = { "none", "MD5", "SHA-1", "SHA-224",
	    "SHA-256", "SHA-384", "SHA-512" };

	return a >= 0 && a <= USM_AUTH_SHA512 ? n[a] : "?";
}

const char *
usm_priv_name(int p)
{
	static const char *const n[] = { "none", "DES", "AES-128", "AES-192",
	    "AES-256", "AES-192-C", "AES-256-C" };

	return p >= 0 && p <= USM_PRIV_AES256C ? n[p] : "?";
}

size_t
usm_key_len(int auth)
{
	const struct hash_desc *d = desc(auth);

	return d != NULL ? d->digest_len : 0;
}

size_t
usm_mac_len(int auth)
{
	switch (auth) {
	case USM_AUTH_MD5:
	case USM_AUTH_SHA1:
		return 12;		/* RFC 3414 §6.3.1, §7.3.1 */
	case USM_AUTH_SHA224:
		return 16;		/* RFC 7860 §4.2.1 */
	case USM_AUTH_SHA256:
		return 24;
	case USM_AUTH_SHA384:
		return 32;
	case USM_AUTH_SHA512:
		return 48;
	}
	return 0;
}

size_t
usm_priv_key_len(int priv)
{
	switch (priv) {
	case USM_PRIV_DES:
	case USM_PRIV_AES128:
		return 16;
	case USM_PRIV_AES192:
	case USM_PRIV_AES192C:
		return 24;
	case USM_PRIV_AES256:
	case USM_PRIV_AES256C:
		return 32;
	}
	return 0;
}

int
usm_password_to_key(int auth, const void *pw, size_t pwlen, uint8_t *ku)
{
	const struct hash_desc *d = desc(auth);
	union hash_ctx c;

	/* An empty password would never fill the 1 MiB (A.2.1). */
	if (d == NULL || pwlen == 0 || pwlen > 256)
		return SNMP_E_INVAL;
	/* the password repeated to 1 MiB: the cost of every SNMPv3 run
	 * without a cache */
	d->init(&c);
	d->update_repeat(&c, pw, pwlen, 1048576);
	d->final(&c, ku);
	crypto_wipe(&c, sizeof(c));
	return SNMP_OK;
}

int
usm_passwords_to_keys(int auth, const void *pw1, size_t len1, uint8_t *ku1,
    const void *pw2, size_t len2, uint8_t *ku2)
{
	const struct hash_desc *d = desc(auth);
	union hash_ctx c1, c2;
	int rc;

	if (d == NULL || d->update_repeat2 == NULL || len1 == 0 ||
	    len1 > 256 || len2 == 0 || len2 > 256) {
		if ((rc = usm_password_to_key(auth, pw1, len1, ku1)) != SNMP_OK)
			return rc;
		return usm_password_to_key(auth, pw2, len2, ku2);
	}
	d->init(&c1);
	d->init(&c2);
	d->update_repeat2(&c1, pw1, len1, &c2, pw2, len2, 1048576);
	d->final(&c1, ku1);
	d->final(&c2, ku2);
	crypto_wipe(&c1, sizeof(c1));
	crypto_wipe(&c2, sizeof(c2));
	return SNMP_OK;
}

int
usm_localize(int auth, const uint8_t *ku, const uint8_t *engine, size_t elen,
    uint8_t *kul)
{
	const struct hash_desc *d = desc(auth);
	union hash_ctx c;

	if (d == NULL)
		return SNMP_E_INVAL;
	d->init(&c);
	d->update(&c, ku, d->digest_len);
	d->update(&c, engine, elen);
	d->update(&c, ku, d->digest_len);
	d->final(&c, kul);
	crypto_wipe(&c, sizeof(c));
	return SNMP_OK;
}

int
usm_priv_key(int auth, int priv, const uint8_t *kul, size_t kullen,
    const uint8_t *engine, size_t elen, uint8_t *out)
{
	const struct hash_desc *d = desc(auth);
	uint8_t k[USM_MAX_KEY * 4], ku[USM_MAX_KEY];
	size_t need = usm_priv_key_len(priv), have = kullen;
	int rc = SNMP_OK;

	if (d == NULL || need == 0 || kullen > USM_MAX_KEY)
		return SNMP_E_INVAL;
	memcpy(k, kul, kullen);
	while (have < need) {
		if (priv == USM_PRIV_AES192 || priv == USM_PRIV_AES256) {
			union hash_ctx c;

			d->init(&c);
			d->update(&c, k, have);
			d->final(&c, k + have);
			crypto_wipe(&c, sizeof(c));
		} else if (priv == USM_PRIV_AES192C ||
		    priv == USM_PRIV_AES256C) {
			if ((rc = usm_password_to_key(auth, k, have, ku)) !=
			    SNMP_OK ||
			    (rc = usm_localize(auth, ku, engine, elen,
			    k + have)) != SNMP_OK)
				goto done;
		} else {
			/* DES and AES-128 need 16 octets; every Kul has them. */
			rc = SNMP_E_INVAL;
			goto done;
		}
		have += d->digest_len;
	}
	memcpy(out, k, need);
done:
	crypto_wipe(k, sizeof(k));
	crypto_wipe(ku, sizeof(ku));
	return rc;
}

void
usm_mac(int auth, const uint8_t *kul, const uint8_t *msg, size_t len,
    uint8_t *mac)
{
	const struct hash_desc *d = desc(auth);
	struct hmac_ctx c;

	if (d == NULL) {
		memset(mac, 0, USM_MAX_MAC);	/* matches no real MAC */
		return;
	}
	hmac_init(&c, d, kul, d->digest_len);
	hmac_update(&c, msg, len);
	hmac_final(&c, mac, usm_mac_len(auth));
	hmac_wipe(&c);
}

/* RFC 3826 §3.1.2.1: IV = boots || time || salt; RFC 3414 §8.1.1.1 for DES. */
static void
make_iv(int priv, const uint8_t *key, uint32_t boots, uint32_t etime,
    const uint8_t *salt, uint8_t *iv)
{
	size_t i;

	if (priv == USM_PRIV_DES) {
		for (i = 0; i < 8; i++)
			iv[i] = key[8 + i] ^ salt[i];
		return;
	}
	iv[0] = (uint8_t)(boots >> 24);
	iv[1] = (uint8_t)(boots >> 16);
	iv[2] = (uint8_t)(boots >> 8);
	iv[3] = (uint8_t)boots;
	iv[4] = (uint8_t)(etime >> 24);
	iv[5] = (uint8_t)(etime >> 16);
	iv[6] = (uint8_t)(etime >> 8);
	iv[7] = (uint8_t)etime;
	memcpy(iv + 8, salt, 8);
}

int
usm_encrypt(int priv, const uint8_t *key, uint32_t boots, uint32_t etime,
    const uint8_t *salt, const uint8_t *in, size_t len, uint8_t *out)
{
	struct aes_ctx a;
	struct des_ctx d;
	uint8_t iv[16];
	size_t padded;

	make_iv(priv, key, boots, etime, salt, iv);
	if (priv == USM_PRIV_DES) {
		/* §8.1.1.2: pad to a multiple of 8; the padding is ignored. */
		padded = (len + 7) / 8 * 8;
		memmove(out, in, len);
		memset(out + len, 0, padded - len);
		des_init(&d, key);
		des_cbc_encrypt(&d, iv, out, out, padded);
		crypto_wipe(&d, sizeof(d));
		return (int)padded;
	}
	if (aes_init(&a, key, usm_priv_key_len(priv)) < 0)
		return SNMP_E_INVAL;
	aes_cfb128_encrypt(&a, iv, in, out, len);
	crypto_wipe(&a, sizeof(a));
	return (int)len;
}

int
usm_decrypt(int priv, const uint8_t *key, uint32_t boots, uint32_t etime,
    const uint8_t *salt, const uint8_t *in, size_t len, uint8_t *out)
{
	struct aes_ctx a;
	struct des_ctx d;
	uint8_t iv[16];
	int rc;

	make_iv(priv, key, boots, etime, salt, iv);
	if (priv == USM_PRIV_DES) {
		/* §8.3.2 step 4: the length must be a multiple of 8. */
		des_init(&d, key);
		rc = des_cbc_decrypt(&d, iv, in, out, len);
		crypto_wipe(&d, sizeof(d));
		return rc < 0 ? SNMP_E_SYNTAX : (int)len;
	}
	if (aes_init(&a, key, usm_priv_key_len(priv)) < 0)
		return SNMP_E_INVAL;
	aes_cfb128_decrypt(&a, iv, in, out, len);
	crypto_wipe(&a, sizeof(a));
	return (int)len;
}
