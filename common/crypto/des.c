/* SPDX-License-Identifier: ISC */
/*
 * DES (FIPS 46-3): the tables of the standard (IP, E, P, the S-boxes,
 * PC-1, PC-2 and the shift schedule) applied bit by bit, straight from
 * the text.  Slow and simple: usmDESPrivProtocol (RFC 3414 §8) encrypts a
 * few hundred octets per message.
 */
#include "des.h"
#include "endian.h"

static const uint8_t IP[64] = {
	58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4,
	62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24, 16, 8,
	57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3,
	61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7
};
static const uint8_t FP[64] = {
	40, 8, 48, 16, 56, 24, 64, 32, 39, 7, 47, 15, 55, 23, 63, 31,
	38, 6, 46, 14, 54, 22, 62, 30, 37, 5, 45, 13, 53, 21, 61, 29,
	36, 4, 44, 12, 52, 20, 60, 28, 35, 3, 43, 11, 51, 19, 59, 27,
	34, 2, 42, 10, 50, 18, 58, 26, 33, 1, 41, 9, 49, 17, 57, 25
};
static const uint8_t E[48] = {
	32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13,
	12, 13, 14, 15, 16, 17, 16, 17, 18, 19, 20, 21, 20, 21, 22, 23, 24, 25,
	24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1
};
static const uint8_t P[32] = {
	16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10,
	2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25
};
static const uint8_t PC1[56] = {
	57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18,
	10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36,
	63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22,
	14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4
};
static const uint8_t PC2[48] = {
	14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4,
	26, 8, 16, 7, 27, 20, 13, 2, 41, 52, 31, 37, 47, 55, 30, 40,
	51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32
};
static const uint8_t SHIFTS[16] = {
	1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1
};
static const uint8_t SBOX[8][64] = {
	{ 14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7,
	  0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11, 9, 5, 3, 8,
	  4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0,
	  15, 12, 8, 2, 4, 9, 1, 7, 5, 11, 3, 14, 10, 0, 6, 13 },
	{ 15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10,
	  3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10, 6, 9, 11, 5,
	  0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15,
	  13, 8, 10, 1, 3, 15, 4, 2, 11, 6, 7, 12, 0, 5, 14, 9 },
	{ 10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8,
	  13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12, 11, 15, 1,
	  13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7,
	  1, 10, 13, 0, 6, 9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12 },
	{ 7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15,
	  13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1, 10, 14, 9,
	  10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4,
	  3, 15, 0, 6, 10, 1, 13, 8, 9, 4, 5, 11, 12, 7, 2, 14 },
	{ 2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9,
	  14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10, 3, 9, 8, 6,
	  4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14,
	  11, 8, 12, 7, 1, 14, 2, 13, 6, 15, 0, 9, 10, 4, 5, 3 },
	{ 12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11,
	  10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14, 0, 11, 3, 8,
	  9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6,
	  4, 3, 2, 12, 9, 5, 15, 10, 11, 14, 1, 7, 6, 0, 8, 13 },
	{ 4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1,
	  13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12, 2, 15, 8, 6,
	  1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2,
	  6, 11, 13, 8, 1, 4, 10, 7, 9, 5, 0, 15, 14, 2, 3, 12 },
	{ 13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7,
	  1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11, 0, 14, 9, 2,
	  7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8,
	  2, 1, 14, 7, 4, 10, 8, 13, 15, 12, 9, 0, 3, 5, 6, 11 }
};

/* Output bit i (MSB first, of n) is input bit tab[i] (1-based, of inbits). */
static uint64_t
permute(uint64_t in, const uint8_t *tab, int n, int inbits)
{
	uint64_t out = 0;
	int i;

	for (i = 0; i < n; i++)
		out = out << 1 | ((in >> (inbits - tab[i])) & 1);
	return out;
}

/* PC-1 drops the parity bits (bit 8 of each octet): they are ignored. */
void
des_init(struct des_ctx *c, const uint8_t key[DES_KEY_LEN])
{
	uint64_t k = load_be64(key), cd;
	uint32_t l, r;
	int i;

	cd = permute(k, PC1, 56, 64);
	l = (uint32_t)(cd >> 28) & 0x0fffffff;
	r = (uint32_t)cd & 0x0fffffff;
	for (i = 0; i < 16; i++) {
		l = ((l << SHIFTS[i]) | (l >> (28 - SHIFTS[i]))) & 0x0fffffff;
		r = ((r << SHIFTS[i]) | (r >> (28 - SHIFTS[i]))) & 0x0fffffff;
		c->sk[i] = permute((uint64_t)l << 28 | r, PC2, 48, 56);
	}
}

static uint32_t
feistel(uint32_t r, uint64_t k)
{
	uint64_t x = permute(r, E, 48, 32) ^ k;
	uint32_t out = 0;
	int i, b;

	for (i = 0; i < 8; i++) {
		b = (int)(x >> (42 - 6 * i)) & 63;
		/* row from the outer bits, column from the inner four */
		out = out << 4 | SBOX[i][((b & 32) | ((b & 1) << 4)) |
		    ((b >> 1) & 15)];
	}
	return (uint32_t)permute(out, P, 32, 32);
}

static void
crypt_block(const struct des_ctx *c, const uint8_t *in, uint8_t *out,
    int decrypt)
{
	uint64_t x = permute(load_be64(in), IP, 64, 64);
	uint32_t l = (uint32_t)(x >> 32), r = (uint32_t)x, t;
	int i;

	/* decryption is the same with the subkeys in reverse (§3) */
	for (i = 0; i < 16; i++) {
		t = r;
		r = l ^ feistel(r, c->sk[decrypt ? 15 - i : i]);
		l = t;
	}
	store_be64(out, permute((uint64_t)r << 32 | l, FP, 64, 64));
}

void
des_encrypt_block(const struct des_ctx *c, const uint8_t in[DES_BLOCK_LEN],
    uint8_t out[DES_BLOCK_LEN])
{
	crypt_block(c, in, out, 0);
}

void
des_decrypt_block(const struct des_ctx *c, const uint8_t in[DES_BLOCK_LEN],
    uint8_t out[DES_BLOCK_LEN])
{
	crypt_block(c, in, out, 1);
}
