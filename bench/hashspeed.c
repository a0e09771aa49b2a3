/* SPDX-License-Identifier: ISC */
/*
 * Throughput of our SHA-1 and SHA-256 on 8192-octet blocks, for comparison
 * with "openssl speed -evp sha1 -bytes 8192" (bench/run.sh runs both).
 */
#include <stdio.h>
#include <time.h>

#include "hash.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(void)
{
	static uint8_t buf[8192];
	const struct hash_desc *d[] = { &hash_sha1, &hash_sha256 };
	const char *names[] = { "sha1", "sha256" };
	union hash_ctx c;
	uint8_t out[HASH_MAX_DIGEST_LEN];
	double t0, t;
	long n;
	int k, i;

	for (k = 0; k < 2; k++) {
		d[k]->init(&c);
		t0 = now();
		n = 0;
		do {
			for (i = 0; i < 64; i++)
				d[k]->update(&c, buf, sizeof(buf));
			n += 64;
		} while ((t = now() - t0) < 1.0);
		d[k]->final(&c, out);
		printf("%s %.1f MB/s\n", names[k], (double)n * 8192 / t / 1e6);
	}
	return 0;
}
