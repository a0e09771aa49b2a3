/* SPDX-License-Identifier: ISC */
/*
 * The hashes by description, for code that works with any of them (HMAC,
 * USM key derivation): MD5 (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384
 * and SHA-512 (FIPS 180-4).  A context is any object of ctx_size octets,
 * e.g. a union hash_ctx, allocated by the caller.  final() writes
 * digest_len octets and does not change the context: a running hash can
 * be finished and continued.  update_repeat() is the scheduled-blocks way
 * for SHA-1, SHA-224 and SHA-256 (crypto/repeat.h), the plain one for
 * the others.
 */
#ifndef CRYPTO_HASH_H
#define CRYPTO_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "md5.h"
#include "sha1.h"
#include "sha256.h"
#include "sha512.h"

#define HASH_MAX_DIGEST_LEN	SHA512_DIGEST_LEN
#define HASH_MAX_BLOCK_LEN	SHA512_BLOCK_LEN

struct hash_desc {
	const char	*name;
	size_t		 digest_len;
	size_t		 block_len;
	size_t		 ctx_size;
	void		(*init)(void *ctx);
	void		(*update)(void *ctx, const void *data, size_t len);
	void		(*final)(const void *ctx, uint8_t *out);
	/* n octets of the endless repetition of pat (the USM
	 * password-to-key stream): the same as update() on it */
	void		(*update_repeat)(void *ctx, const uint8_t *pat,
			    size_t patlen, uint64_t n);
	/* the same into two contexts, each with its own pattern, at once
	 * (SHA-1, SHA-224, SHA-256: crypto/lanes.h); NULL for the others */
	void		(*update_repeat2)(void *c1, const uint8_t *pat1,
			    size_t len1, void *c2, const uint8_t *pat2,
			    size_t len2, uint64_t n);
};

/* Large enough, and aligned, for the context of any hash here. */
union hash_ctx {
	struct md5_ctx		md5;
	struct sha1_ctx		sha1;
	struct sha256_ctx	sha256;
	struct sha512_ctx	sha512;
};

extern const struct hash_desc hash_md5;
extern const struct hash_desc hash_sha1;
extern const struct hash_desc hash_sha224;
extern const struct hash_desc hash_sha256;
extern const struct hash_desc hash_sha384;
extern const struct hash_desc hash_sha512;

#endif
