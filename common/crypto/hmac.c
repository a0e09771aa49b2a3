/* SPDX-License-Identifier: ISC */
/*
 * HMAC (RFC 2104 §2), generic over the hash descriptors of hash.h:
 * H(K ^ opad || H(K ^ ipad || text)), the two padded-key blocks hashed
 * once at init.  Truncation (RFC 2104 §5) is by the caller's outlen.
 */
#include <string.h>

#include "hash.h"
#include "hmac.h"
#include "wipe.h"

void
hmac_init(struct hmac_ctx *ctx, const struct hash_desc *desc,
    const void *key, size_t keylen)
{
	uint8_t k[HASH_MAX_BLOCK_LEN], pad[HASH_MAX_BLOCK_LEN];
	size_t i;

	ctx->desc = desc;
	memset(k, 0, sizeof(k));
	if (keylen > desc->block_len) {
		desc->init(&ctx->inner);
		desc->update(&ctx->inner, key, keylen);
		desc->final(&ctx->inner, k);
	} else if (keylen > 0)
		memcpy(k, key, keylen);
	for (i = 0; i < desc->block_len; i++)
		pad[i] = k[i] ^ 0x36;
	desc->init(&ctx->inner);
	desc->update(&ctx->inner, pad, desc->block_len);
	for (i = 0; i < desc->block_len; i++)
		pad[i] = k[i] ^ 0x5c;
	desc->init(&ctx->outer);
	desc->update(&ctx->outer, pad, desc->block_len);
	crypto_wipe(k, sizeof(k));
	crypto_wipe(pad, sizeof(pad));
}

void
hmac_update(struct hmac_ctx *ctx, const void *data, size_t len)
{
	ctx->desc->update(&ctx->inner, data, len);
}

void
hmac_final(const struct hmac_ctx *ctx, uint8_t *out, size_t outlen)
{
	const struct hash_desc *d = ctx->desc;
	union hash_ctx o;
	uint8_t mac[HASH_MAX_DIGEST_LEN];

	d->final(&ctx->inner, mac);
	memcpy(&o, &ctx->outer, d->ctx_size);
	d->update(&o, mac, d->digest_len);
	d->final(&o, mac);
	memcpy(out, mac, outlen < d->digest_len ? outlen : d->digest_len);
	crypto_wipe(&o, d->ctx_size);
	crypto_wipe(mac, sizeof(mac));
}

void
hmac_wipe(struct hmac_ctx *ctx)
{
	crypto_wipe(ctx, sizeof(*ctx));
}
