/* SPDX-License-Identifier: ISC */
/*
 * The user-based security model: password to key and localization
 * (RFC 3414 A.2, RFC 7860 §9.3), AES-192/256 key extension in both
 * variants (Blumenthal and Reeder), MAC computation and verification
 * (RFC 3414 §6.3, §7.3; RFC 7860 §4), DES-CBC (RFC 3414 §8.1.1) and
 * AES-CFB (RFC 3826 §3.1) privacy.
 */
#ifndef USM_H
#define USM_H

#include <stddef.h>
#include <stdint.h>

enum usm_auth {
	USM_AUTH_NONE = 0,
	USM_AUTH_MD5,		/* usmHMACMD5AuthProtocol, RFC 3414 */
	USM_AUTH_SHA1,		/* usmHMACSHAAuthProtocol, RFC 3414 */
	USM_AUTH_SHA224,	/* usmHMAC128SHA224AuthProtocol, RFC 7860 */
	USM_AUTH_SHA256,	/* usmHMAC192SHA256AuthProtocol */
	USM_AUTH_SHA384,	/* usmHMAC256SHA384AuthProtocol */
	USM_AUTH_SHA512		/* usmHMAC384SHA512AuthProtocol */
};

enum usm_priv {
	USM_PRIV_NONE = 0,
	USM_PRIV_DES,		/* usmDESPrivProtocol, RFC 3414 §8 */
	USM_PRIV_AES128,	/* usmAesCfb128Protocol, RFC 3826 */
	USM_PRIV_AES192,	/* Blumenthal key extension */
	USM_PRIV_AES256,
	USM_PRIV_AES192C,	/* Reeder ("Cisco") key extension */
	USM_PRIV_AES256C
};

#define USM_MAX_KEY	64	/* SHA-512 */
#define USM_MAX_MAC	48
#define USM_SALT_LEN	8
#define USM_MIN_PASSWORD 8	/* net-snmp USM_LENGTH_P_MIN */

/* Parse a protocol name as users type it; -1 if unknown. */
int	usm_auth_parse(const char *);
int	usm_priv_parse(const char *);
const char *usm_auth_name(int);
const char *usm_priv_name(int);
size_t	usm_key_len(int);	/* digest length of the auth hash */
size_t	usm_mac_len(int);	/* 12, 12, 16, 24, 32, 48 */
size_t	usm_priv_key_len(int);	/* 16 (DES: key + pre-IV), 16, 24, 32 */

/* RFC 3414 A.2: Ku from a password of at least one octet. */
int	usm_password_to_key(int, const void *, size_t, uint8_t *);
/*
 * Both Ku of a user whose privacy password is not the authentication one
 * (both with the auth hash): the two streams hashed together where the
 * hash and the CPU allow (crypto/lanes.h), the same keys either way.
 */
int	usm_passwords_to_keys(int, const void *, size_t, uint8_t *,
	    const void *, size_t, uint8_t *);
/* Kul = H(Ku || engineID || Ku). */
int	usm_localize(int, const uint8_t *, const uint8_t *, size_t, uint8_t *);
/*
 * The privacy key of the needed length from a localized key (Kul_priv):
 * truncated, or extended for AES-192/256 as the protocol names.
 */
int	usm_priv_key(int, int, const uint8_t *, size_t, const uint8_t *,
	    size_t, uint8_t *);
/* MAC of a whole message whose authParams field is zeroed. */
void	usm_mac(int, const uint8_t *, const uint8_t *, size_t, uint8_t *);
/*
 * Encrypt a scopedPDU.  DES pads to 8 octets; out must hold len + 8.
 * salt is the privParameters value to send (8 octets, caller-made
 * unique); returns the ciphertext length.
 */
int	usm_encrypt(int, const uint8_t *, uint32_t, uint32_t, const uint8_t *,
	    const uint8_t *, size_t, uint8_t *);
/* Decrypt; SNMP_E_SYNTAX for a DES ciphertext not a multiple of 8. */
int	usm_decrypt(int, const uint8_t *, uint32_t, uint32_t, const uint8_t *,
	    const uint8_t *, size_t, uint8_t *);

#endif
