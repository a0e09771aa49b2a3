/* SPDX-License-Identifier: ISC */
/* The SNMPv3 key and engine cache (v3cache.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/sha256.h"
#include "crypto/wipe.h"
#include "snmp.h"
#include "store.h"
#include "v3cache.h"

/* The store's file name prefix: one cache for every plugin. */
#define V3CACHE_NAME	"snmpv3"

void
v3cache_check(const void *key, size_t keylen, uint8_t out[V3CACHE_CHECK_LEN])
{
	static const char prefix[] = "snmp-plugins v3cache check";
	struct sha256_ctx c;

	sha256_init(&c);
	sha256_update(&c, prefix, sizeof(prefix));
	sha256_update(&c, key, keylen);
	sha256_final(&c, out);
	crypto_wipe(&c, sizeof(c));
}

/* " HEX\n" of n octets at buf + *off; -1 when it does not fit. */
static int
put_hex(char *buf, size_t cap, size_t *off, const char *name,
    const uint8_t *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, k = strlen(name);

	if (*off + k + 2 * n + 3 > cap)
		return -1;
	memcpy(buf + *off, name, k);
	*off += k;
	buf[(*off)++] = ' ';
	for (i = 0; i < n; i++) {
		buf[(*off)++] = hex[p[i] >> 4];
		buf[(*off)++] = hex[p[i] & 15];
	}
	buf[(*off)++] = '\n';
	buf[*off] = '\0';
	return 0;
}

int
v3cache_format(const struct v3cache *e, char *buf, size_t cap)
{
	size_t off;
	int n;

	n = snprintf(buf, cap, "boots %ld\ntime %ld\nseen %lld\n",
	    (long)e->boots, (long)e->etime, (long long)e->seen_ms);
	if (n < 0 || (size_t)n >= cap)
		return -1;
	off = (size_t)n;
	if (put_hex(buf, cap, &off, "engine", e->engine, e->engine_len) < 0 ||
	    put_hex(buf, cap, &off, "authkey", e->authkey,
	    e->authkey_len) < 0 ||
	    put_hex(buf, cap, &off, "privkey", e->privkey,
	    e->privkey_len) < 0 ||
	    put_hex(buf, cap, &off, "check", e->check, sizeof(e->check)) < 0)
		return -1;
	return (int)off;
}

static int
nibble(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* "NAME HEX\n" at *p of at least min, at most max octets, into out. */
static int
get_hex(const char **p, const char *name, uint8_t *out, size_t min,
    size_t max, size_t *len)
{
	const char *s = *p;
	size_t k = strlen(name), n = 0;
	int hi, lo;

	if (strncmp(s, name, k) != 0 || s[k] != ' ')
		return -1;
	for (s += k + 1; *s != '\n'; s += 2) {
		if ((hi = nibble(s[0])) < 0 || (lo = nibble(s[1])) < 0 ||
		    n == max)
			return -1;
		out[n++] = (uint8_t)(hi << 4 | lo);
	}
	if (n < min)
		return -1;
	*len = n;
	*p = s + 1;
	return 0;
}

/* "NAME DECIMAL\n" at *p, in [min, max], into *v. */
static int
get_num(const char **p, const char *name, long long min, long long max,
    long long *v)
{
	size_t k = strlen(name);
	char *end;

	if (strncmp(*p, name, k) != 0 || (*p)[k] != ' ' ||
	    nibble((*p)[k + 1]) < 0 || nibble((*p)[k + 1]) > 9)
		return -1;
	*v = strtoll(*p + k + 1, &end, 10);
	if (*end != '\n' || *v < min || *v > max)
		return -1;
	*p = end + 1;
	return 0;
}

int
v3cache_parse(const char *text, struct v3cache *e)
{
	const char *p = text;
	long long boots, etime, seen;
	size_t clen;

	memset(e, 0, sizeof(*e));
	if (get_num(&p, "boots", 0, INT32_MAX - 1, &boots) < 0 ||
	    get_num(&p, "time", 0, INT32_MAX, &etime) < 0 ||
	    get_num(&p, "seen", 0, INT64_MAX / 2, &seen) < 0 ||
	    get_hex(&p, "engine", e->engine, 1, sizeof(e->engine),
	    &e->engine_len) < 0 ||
	    get_hex(&p, "authkey", e->authkey, 16, sizeof(e->authkey),
	    &e->authkey_len) < 0 ||
	    get_hex(&p, "privkey", e->privkey, 0, sizeof(e->privkey),
	    &e->privkey_len) < 0 ||
	    get_hex(&p, "check", e->check, sizeof(e->check),
	    sizeof(e->check), &clen) < 0 || *p != '\0') {
		crypto_wipe(e, sizeof(*e));
		return SNMP_E_FILE;
	}
	e->boots = (int32_t)boots;
	e->etime = (int32_t)etime;
	e->seen_ms = seen;
	return SNMP_OK;
}

int
v3cache_load(const char *dir, const void *key, size_t keylen,
    const char *label, int64_t deadline, struct v3cache *e, char *why,
    size_t cap)
{
	struct store st;
	char buf[V3CACHE_TEXT_MAX];
	uint8_t check[V3CACHE_CHECK_LEN];
	size_t len;
	int rc;

	rc = store_open(&st, dir, V3CACHE_NAME, key, keylen, label, deadline);
	if (rc == SNMP_OK && (rc = store_secret(&st)) == SNMP_OK)
		rc = store_read(&st, buf, sizeof(buf), &len);
	store_close(&st);
	if (rc != SNMP_OK) {
		snprintf(why, cap, "%s", st.err);
		return rc;
	}
	rc = v3cache_parse(buf, e);
	crypto_wipe(buf, sizeof(buf));
	v3cache_check(key, keylen, check);
	if (rc == SNMP_OK && !crypto_memeq(check, e->check, sizeof(check))) {
		crypto_wipe(e, sizeof(*e));
		snprintf(why, cap, "written for other credentials: ignored");
		return SNMP_E_FILE;
	}
	if (rc != SNMP_OK)
		snprintf(why, cap, "corrupt: ignored");
	return rc;
}

int
v3cache_save(const char *dir, const void *key, size_t keylen,
    const char *label, int64_t deadline, const struct v3cache *e,
    char *why, size_t cap)
{
	struct store st;
	char buf[V3CACHE_TEXT_MAX];
	int rc, n;

	if ((n = v3cache_format(e, buf, sizeof(buf))) < 0) {
		snprintf(why, cap, "entry too large");
		return SNMP_E_INVAL;
	}
	rc = store_open(&st, dir, V3CACHE_NAME, key, keylen, label, deadline);
	if (rc == SNMP_OK && (rc = store_secret(&st)) == SNMP_OK)
		rc = store_write(&st, buf, (size_t)n);
	store_close(&st);
	crypto_wipe(buf, sizeof(buf));
	if (rc != SNMP_OK)
		snprintf(why, cap, "%s", st.err);
	return rc;
}

const struct usm_cache v3cache_files = {
	v3cache_load, v3cache_save, v3cache_check
};
