/* SPDX-License-Identifier: ISC */
/*
 * Message digests: MD5 (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384 and
 * SHA-512 (FIPS 180-4), with caller-allocated contexts and no allocation.
 * x_final() does not change the context: a running hash can be finished
 * and continued.  Constant time: the hashes have no secret-dependent
 * branches or table lookups.  SHA-1 and SHA-256 use the x86 SHA
 * extensions when CPUID reports them (chosen per context at init).
 */
#ifndef CRYPTO_HASH_H
#define CRYPTO_HASH_H

#include <stddef.h>
#include <stdint.h>

#define MD5_DIGEST_LEN		16
#define SHA1_DIGEST_LEN		20
#define SHA224_DIGEST_LEN	28
#define SHA256_DIGEST_LEN	32
#define SHA384_DIGEST_LEN	48
#define SHA512_DIGEST_LEN	64
#define HASH_MAX_DIGEST_LEN	64
#define HASH_MAX_BLOCK_LEN	128

struct md5_ctx {
	uint32_t	h[4];
	uint64_t	len;
	uint8_t		buf[64];
};

struct sha1_ctx {
	void		(*compress)(uint32_t *, const uint8_t *, size_t);
	uint32_t	h[5];
	uint64_t	len;
	uint8_t		buf[64];
};

struct sha256_ctx {		/* also SHA-224 */
	void		(*compress)(uint32_t *, const uint8_t *, size_t);
	uint32_t	h[8];
	uint64_t	len;
	uint8_t		buf[64];
};

struct sha512_ctx {		/* also SHA-384 */
	uint64_t	h[8];
	uint64_t	len;
	uint8_t		buf[128];
};

union hash_ctx {
	struct md5_ctx		md5;
	struct sha1_ctx		sha1;
	struct sha256_ctx	sha256;
	struct sha512_ctx	sha512;
};

void	md5_init(void *);
void	md5_update(void *, const void *, size_t);
void	md5_final(const void *, uint8_t *);
void	sha1_init(void *);
void	sha1_update(void *, const void *, size_t);
void	sha1_final(const void *, uint8_t *);
void	sha224_init(void *);
void	sha256_init(void *);
void	sha256_update(void *, const void *, size_t);	/* also SHA-224 */
void	sha224_final(const void *, uint8_t *);
void	sha256_final(const void *, uint8_t *);
void	sha384_init(void *);
void	sha512_init(void *);
void	sha512_update(void *, const void *, size_t);	/* also SHA-384 */
void	sha384_final(const void *, uint8_t *);
void	sha512_final(const void *, uint8_t *);

/* A hash by description, for HMAC and USM. */
struct hash_desc {
	const char	*name;
	size_t		 digest_len;
	size_t		 block_len;
	void		(*init)(void *);
	void		(*update)(void *, const void *, size_t);
	void		(*final)(const void *, uint8_t *);
};

extern const struct hash_desc hash_md5, hash_sha1, hash_sha224, hash_sha256,
    hash_sha384, hash_sha512;

#endif
