/* SPDX-License-Identifier: ISC */
/*
 * Private to the SHA-1/SHA-256 code: the block functions, portable and
 * x86 SHA extensions, chosen per context at init by CPUID (no global
 * state).  Exposed here so the unit suite can compare both paths.
 */
#ifndef CRYPTO_SHA_NI_H
#define CRYPTO_SHA_NI_H

#include <stddef.h>
#include <stdint.h>

typedef void	sha_compress_fn(uint32_t *, const uint8_t *, size_t);

sha_compress_fn	sha1_compress_portable;
sha_compress_fn	sha256_compress_portable;
/* NULL when the CPU (or the build) has no SHA extensions. */
sha_compress_fn	*sha1_compress_ni(void);
sha_compress_fn	*sha256_compress_ni(void);

#endif
