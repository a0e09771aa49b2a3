/* SPDX-License-Identifier: ISC */
/*
 * Private to sha1.c, sha256.c and the unit suite: the SHA-1 and SHA-256
 * block functions behind the public API.  The portable ones are always
 * built; the x86 SHA extension ones (sha_ni.c) exist when SHA_NI_BUILT is
 * 1 and may only be called when sha_ni_usable() says so.  Each hashes
 * `blocks' consecutive 64-octet blocks into the state h.
 */
#ifndef CRYPTO_SHA_NI_H
#define CRYPTO_SHA_NI_H

#include <stddef.h>
#include <stdint.h>

#if defined(__x86_64__) && defined(__GNUC__)
#define SHA_NI_BUILT	1
#else
#define SHA_NI_BUILT	0
#endif

void	sha1_compress_portable(uint32_t h[5], const uint8_t *p, size_t blocks);
void	sha256_compress_portable(uint32_t h[8], const uint8_t *p,
	    size_t blocks);

/*
 * sha1_update_repeat() and sha256_update_repeat() without the SHA
 * extensions: the precomputed schedule, whatever the CPU has (the public
 * functions prefer the extensions).  Here so that the unit suite can
 * compare the two.
 */
struct sha1_ctx;
struct sha256_ctx;
void	sha1_update_repeat_portable(struct sha1_ctx *ctx, const uint8_t *pat,
	    size_t patlen, uint64_t n);
void	sha256_update_repeat_portable(struct sha256_ctx *ctx,
	    const uint8_t *pat, size_t patlen, uint64_t n);
/*
 * Set by the unit suite only: the two-stream functions never take the SHA
 * extensions, but the lanes (lanes.h) when usable, else each stream's
 * scheduled blocks.
 */
extern int repeat_lanes_only;

/* FIPS 180-4 §4.2.2 constants, shared by both SHA-256 block functions. */
extern const uint32_t sha256_k[64];

/* 1 if the SHA extension block functions are built and the CPU has them. */
int	sha_ni_usable(void);

#if SHA_NI_BUILT
void	sha1_compress_ni(uint32_t h[5], const uint8_t *p, size_t blocks);
void	sha256_compress_ni(uint32_t h[8], const uint8_t *p, size_t blocks);
#endif

#endif
