/* SPDX-License-Identifier: ISC */
/*
 * Private to the hashes of 64-octet blocks (sha1.c, sha256.c): n octets
 * of the endless repetition of a short pattern, the USM password-to-key
 * stream (RFC 3414 A.2.1: the password repeated to 1 MiB).  The blocks of
 * that stream repeat every lcm(patlen, 64) octets, so the message
 * schedule of each distinct block is expanded once (with the round
 * constants added) and every block after costs only the rounds: a third
 * less work for SHA-1 and SHA-256 without the SHA extensions.
 */
#ifndef CRYPTO_REPEAT_H
#define CRYPTO_REPEAT_H

#include <stddef.h>
#include <stdint.h>

#define REPEAT_BLOCK_LEN	64
/* distinct blocks precomputed at most: every pattern up to 64 octets */
#define REPEAT_MAX_PERIOD	64
#define REPEAT_MAX_WORDS	80	/* SHA-1's schedule, the longest */

struct repeat_hash {
	size_t	  words;	/* schedule words per block */
	/* the schedule of one block, round constants added */
	void	(*schedule)(const uint8_t *block, uint32_t *wk);
	/* the rounds on a scheduled block, into the state h */
	void	(*rounds)(uint32_t *h, const uint32_t *wk);
	/* the hash's own update, for what is not whole scheduled blocks */
	void	(*update)(void *ctx, const void *data, size_t len);
	/* the rounds on two streams' blocks at once (lanes.h), or NULL */
	void	(*rounds2)(uint32_t *h1, uint32_t *h2, const uint32_t *wk1,
		    const uint32_t *wk2);
	/* where a context holds its state and its octet count */
	size_t	  h_off;
	size_t	  count_off;
};

/*
 * n octets of the repetition of pat[0..patlen) into the hash context ctx,
 * whose state is h and whose octet count is *count: the scheduled blocks
 * when the context is at a block boundary and there are at most
 * REPEAT_MAX_PERIOD distinct blocks, else repeat_plain().  Up to 20 KiB
 * of stack, wiped.  Constant time for a given patlen and n.
 */
void	repeat_update(const struct repeat_hash *rh, void *ctx, uint32_t *h,
	    uint64_t *count, const uint8_t *pat, size_t patlen, uint64_t n);
/*
 * repeat_update(), or repeat_plain() where the CPU has the SHA extensions
 * (sha_ni.h): their block function beats the scheduled blocks.
 */
void	repeat_update_best(const struct repeat_hash *rh, void *ctx,
	    uint32_t *h, uint64_t *count, const uint8_t *pat, size_t patlen,
	    uint64_t n);
/*
 * repeat_update_best() of n octets into two contexts, c1 of pat1's
 * stream and c2 of pat2's: where the CPU has AVX and not the SHA
 * extensions, the two streams' scheduled blocks go through rh->rounds2()
 * together, else each its own way.  Up to 40 KiB of stack, wiped.
 */
void	repeat_update2(const struct repeat_hash *rh, void *c1,
	    const uint8_t *pat1, size_t len1, void *c2, const uint8_t *pat2,
	    size_t len2, uint64_t n);
/*
 * The same through update() alone, 64 octets at a time for a pattern of
 * up to REPEAT_PLAIN_MAX octets (a USM password: RFC 3414 allows 256 at
 * most here), else a piece of the pattern at a time.
 */
#define REPEAT_PLAIN_MAX	256
void	repeat_plain(void (*update)(void *, const void *, size_t), void *ctx,
	    const uint8_t *pat, size_t patlen, uint64_t n);

#endif
