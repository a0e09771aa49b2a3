/* SPDX-License-Identifier: ISC */
/*
 * Throughput of our SHA-1 and SHA-256 (FIPS 180-4) on 8192-octet blocks,
 * about one second each, for comparison with
 * "openssl speed -evp sha1 -bytes 8192" (and sha256) on the same machine.
 * Prints one line per hash, "sha1 1500.2 MB/s (8192-byte blocks)" (MB =
 * 10^6 octets, as openssl counts; bench/run.sh reads the first two
 * fields), then the portable block functions alone, which is what runs
 * on CPUs without the SHA extensions and under valgrind.
 */
#include <stdio.h>
#include <time.h>

#include "hash.h"
#include "sha_ni.h"

#define BLOCK	8192

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double
measure(const struct hash_desc *d)
{
	static uint8_t buf[BLOCK];
	union hash_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN];
	double t0, t;
	unsigned long n = 0;
	int i;

	for (i = 0; i < BLOCK; i++)
		buf[i] = (uint8_t)i;
	t0 = now();
	do {
		/* one block per init/final, as openssl speed hashes them */
		for (i = 0; i < 64; i++) {
			d->init(&c);
			d->update(&c, buf, sizeof(buf));
			d->final(&c, out);
			buf[0] ^= out[0];	/* keep the work observable */
		}
		n += 64;
	} while ((t = now() - t0) < 1.0);
	return (double)n * BLOCK / t / 1e6;
}

static double
measure_block(void (*compress)(uint32_t *, const uint8_t *, size_t))
{
	static uint8_t buf[BLOCK];
	uint32_t h[8] = { 0 };
	double t0, t;
	unsigned long n = 0;
	int i;

	t0 = now();
	do {
		for (i = 0; i < 16; i++) {
			compress(h, buf, BLOCK / 64);
			buf[0] ^= (uint8_t)h[0];
		}
		n += 16;
	} while ((t = now() - t0) < 1.0);
	return (double)n * BLOCK / t / 1e6;
}

int
main(void)
{
	printf("sha1 %.1f MB/s (8192-byte blocks)\n", measure(&hash_sha1));
	printf("sha256 %.1f MB/s (8192-byte blocks)\n", measure(&hash_sha256));
	printf("sha1-portable %.1f MB/s (8192-byte blocks, block function, "
	    "SHA extensions %s)\n", measure_block(sha1_compress_portable),
	    sha_ni_usable() ? "present, unused" : "absent");
	printf("sha256-portable %.1f MB/s (8192-byte blocks, block function)\n",
	    measure_block(sha256_compress_portable));
	return 0;
}
