/* SPDX-License-Identifier: ISC */
/*
 * The repeated-pattern stream for the 64-octet-block hashes (repeat.h).
 */
#include "lanes.h"
#include "repeat.h"
#include "sha_ni.h"
#include "wipe.h"

void
repeat_plain(void (*update)(void *, const void *, size_t), void *ctx,
    const uint8_t *pat, size_t patlen, uint64_t n)
{
	uint8_t rep[REPEAT_BLOCK_LEN + REPEAT_PLAIN_MAX];
	size_t off = 0, k, i;

	if (patlen == 0)
		return;
	if (patlen > REPEAT_PLAIN_MAX) {
		/* a piece of the pattern at a time */
		for (; n > 0; n -= k) {
			k = n < patlen - off ? (size_t)n : patlen - off;
			update(ctx, pat + off, k);
			off = (off + k) % patlen;
		}
		return;
	}
	/* 64 octets at a time: each window starts below patlen in rep[] */
	for (i = 0; i < REPEAT_BLOCK_LEN + patlen; i++)
		rep[i] = pat[i % patlen];
	for (; n > 0; n -= k) {
		k = n < REPEAT_BLOCK_LEN ? (size_t)n : REPEAT_BLOCK_LEN;
		update(ctx, rep + off, k);
		off = (off + k) % patlen;
	}
	crypto_wipe(rep, REPEAT_BLOCK_LEN + patlen);
}

/* len octets of the repetition from offset off of the pattern. */
static void
cut(uint8_t *out, size_t len, const uint8_t *pat, size_t patlen, size_t off)
{
	size_t j;

	for (j = 0; j < len; j++)
		out[j] = pat[(off + j) % patlen];
}

/* patlen / gcd(patlen, 64): the blocks of the stream that differ. */
static size_t
period_of(size_t patlen)
{
	size_t period = patlen, i;

	for (i = REPEAT_BLOCK_LEN; i % 2 == 0 && period % 2 == 0; i /= 2)
		period /= 2;
	return period;
}

/* The schedules of the period distinct blocks of pat's stream. */
static void
schedule_all(const struct repeat_hash *rh, const uint8_t *pat,
    size_t patlen, size_t period, uint32_t wk[][REPEAT_MAX_WORDS])
{
	uint8_t blk[REPEAT_BLOCK_LEN];
	size_t i;

	for (i = 0; i < period; i++) {
		cut(blk, sizeof(blk), pat, patlen, i * REPEAT_BLOCK_LEN % patlen);
		rh->schedule(blk, wk[i]);
	}
	crypto_wipe(blk, sizeof(blk));
}

/*
 * What follows n octets' whole blocks (fewer than 64 octets), through
 * update(): it starts where the next block would.
 */
static void
tail(const struct repeat_hash *rh, void *ctx, const uint8_t *pat,
    size_t patlen, uint64_t n)
{
	uint8_t blk[REPEAT_BLOCK_LEN];

	cut(blk, (size_t)(n % REPEAT_BLOCK_LEN), pat, patlen,
	    (size_t)((n - n % REPEAT_BLOCK_LEN) % patlen));
	rh->update(ctx, blk, (size_t)(n % REPEAT_BLOCK_LEN));
	crypto_wipe(blk, sizeof(blk));
}

void
repeat_update(const struct repeat_hash *rh, void *ctx, uint32_t *h,
    uint64_t *count, const uint8_t *pat, size_t patlen, uint64_t n)
{
	uint32_t wk[REPEAT_MAX_PERIOD][REPEAT_MAX_WORDS];
	uint64_t blocks = n / REPEAT_BLOCK_LEN;
	size_t period, i;

	if (patlen == 0 || n == 0)
		return;
	period = period_of(patlen);
	/* a partial block pending, too many distinct blocks or too few
	 * blocks to pay for their schedules: the plain way */
	if (*count % REPEAT_BLOCK_LEN != 0 || period > REPEAT_MAX_PERIOD ||
	    blocks < period) {
		repeat_plain(rh->update, ctx, pat, patlen, n);
		return;
	}
	schedule_all(rh, pat, patlen, period, wk);
	*count += blocks * REPEAT_BLOCK_LEN;
	for (i = 0; blocks > 0; blocks--) {
		rh->rounds(h, wk[i]);
		if (++i == period)
			i = 0;
	}
	tail(rh, ctx, pat, patlen, n);
	crypto_wipe(wk, period * sizeof(wk[0]));
}

void
repeat_update_best(const struct repeat_hash *rh, void *ctx, uint32_t *h,
    uint64_t *count, const uint8_t *pat, size_t patlen, uint64_t n)
{
#if SHA_NI_BUILT
	if (sha_ni_usable()) {
		repeat_plain(rh->update, ctx, pat, patlen, n);
		return;
	}
#endif
	repeat_update(rh, ctx, h, count, pat, patlen, n);
}

/* One stream: a context, its state and octet count, its pattern. */
struct stream {
	void		*ctx;
	uint32_t	*h;
	uint64_t	*count;
	const uint8_t	*pat;
	size_t		 patlen;
};

static void
stream(const struct repeat_hash *rh, struct stream *s, void *ctx,
    const uint8_t *pat, size_t patlen)
{
	s->ctx = ctx;
	s->h = (uint32_t *)(void *)((char *)ctx + rh->h_off);
	s->count = (uint64_t *)(void *)((char *)ctx + rh->count_off);
	s->pat = pat;
	s->patlen = patlen;
}

int repeat_lanes_only;

void
repeat_update2(const struct repeat_hash *rh, void *c1,
    const uint8_t *pat1, size_t len1, void *c2, const uint8_t *pat2,
    size_t len2, uint64_t n)
{
	uint32_t wk[2][REPEAT_MAX_PERIOD][REPEAT_MAX_WORDS];
	uint64_t blocks = n / REPEAT_BLOCK_LEN;
	struct stream s[2];
	size_t period[2], i[2], k;
	int two = rh->rounds2 != NULL && lanes_usable() && n > 0;

	stream(rh, &s[0], c1, pat1, len1);
	stream(rh, &s[1], c2, pat2, len2);
#if SHA_NI_BUILT
	/* the SHA extensions, a stream at a time, beat the lanes */
	if (!repeat_lanes_only && sha_ni_usable())
		two = 0;
#endif
	for (k = 0; k < 2; k++) {
		period[k] = s[k].patlen == 0 ? 0 : period_of(s[k].patlen);
		two = two && period[k] > 0 && period[k] <= REPEAT_MAX_PERIOD &&
		    blocks >= period[k] && *s[k].count % REPEAT_BLOCK_LEN == 0;
	}
	if (!two) {
		for (k = 0; k < 2; k++)
			(repeat_lanes_only ? repeat_update :
			    repeat_update_best)(rh, s[k].ctx, s[k].h,
			    s[k].count, s[k].pat, s[k].patlen, n);
		return;
	}
	for (k = 0; k < 2; k++) {
		schedule_all(rh, s[k].pat, s[k].patlen, period[k], wk[k]);
		*s[k].count += blocks * REPEAT_BLOCK_LEN;
	}
	for (i[0] = i[1] = 0; blocks > 0; blocks--) {
		rh->rounds2(s[0].h, s[1].h, wk[0][i[0]], wk[1][i[1]]);
		if (++i[0] == period[0])
			i[0] = 0;
		if (++i[1] == period[1])
			i[1] = 0;
	}
	for (k = 0; k < 2; k++) {
		tail(rh, s[k].ctx, s[k].pat, s[k].patlen, n);
		crypto_wipe(wk[k], period[k] * sizeof(wk[k][0]));
	}
}
