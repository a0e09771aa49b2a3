/* SPDX-License-Identifier: ISC */
/* HMAC (RFC 2104 §2), generic over the hash descriptors of hash.h. */
#include <string.h>

#include "hmac.h"
#include "wipe.h"

void
hmac_init(struct hmac_ctx *c, const struct hash_desc *d, const void *key,
    size_t keylen)
{
	uint8_t k[HASH_MAX_BLOCK_LEN], pad[HASH_MAX_BLOCK_LEN];
	size_t i;

	c->desc = d;
	memset(k, 0, sizeof(k));
	/* Keys longer than the block are hashed first (§2). */
	if (keylen > d->block_len) {
		d->init(&c->inner);
		d->update(&c->inner, key, keylen);
		d->final(&c->inner, k);
	} else if (keylen > 0)
		memcpy(k, key, keylen);
	for (i = 0; i < d->block_len; i++)
		pad[i] = k[i] ^ 0x36;
	d->init(&c->inner);
	d->update(&c->inner, pad, d->block_len);
	for (i = 0; i < d->block_len; i++)
		pad[i] = k[i] ^ 0x5c;
	d->init(&c->outer);
	d->update(&c->outer, pad, d->block_len);
	crypto_wipe(k, sizeof(k));
	crypto_wipe(pad, sizeof(pad));
}

void
hmac_update(struct hmac_ctx *c, const void *data, size_t len)
{
	c->desc->update(&c->inner, data, len);
}

void
hmac_final(const struct hmac_ctx *c, uint8_t *out, size_t outlen)
{
	union hash_ctx o;
	uint8_t ih[HASH_MAX_DIGEST_LEN], mac[HASH_MAX_DIGEST_LEN];

	c->desc->final(&c->inner, ih);
	o = c->outer;
	c->desc->update(&o, ih, c->desc->digest_len);
	c->desc->final(&o, mac);
	if (outlen > c->desc->digest_len)
		outlen = c->desc->digest_len;
	memcpy(out, mac, outlen);
	crypto_wipe(&o, sizeof(o));
	crypto_wipe(ih, sizeof(ih));
	crypto_wipe(mac, sizeof(mac));
}

void
hmac_wipe(struct hmac_ctx *c)
{
	crypto_wipe(c, sizeof(*c));
}
