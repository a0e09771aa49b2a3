/* SPDX-License-Identifier: ISC */
/*
 * What the session needs of the SNMPv3 key and engine cache (--cache-dir):
 * an entry, and the functions that read and write one.  The files are the
 * plugin floor's (v3cache.h, over the state store); the plugin hands the
 * session those functions (struct session_usm's cache), so that the
 * protocol floor opens no file itself.
 */
#ifndef USMCACHE_H
#define USMCACHE_H

#include <stddef.h>
#include <stdint.h>

#define V3CACHE_CHECK_LEN	32	/* SHA-256 of the cache key */

struct v3cache {
	uint8_t		 engine[32];
	size_t		 engine_len;
	int32_t		 boots;
	int32_t		 etime;
	int64_t		 seen_ms;	/* realtime ms when etime was read */
	uint8_t		 authkey[64];	/* Kul */
	size_t		 authkey_len;
	uint8_t		 privkey[32];	/* the privacy key, extended */
	size_t		 privkey_len;
	uint8_t		 check[V3CACHE_CHECK_LEN];	/* of the credentials */
};

#define USMCACHE_WHY_MAX	1024	/* a reason an entry was not had */

struct usm_cache {
	/*
	 * The entry for key (label: the key without secrets) from dir,
	 * waiting for its lock at most until deadline: SNMP_OK, or an error
	 * with why saying why there is none or it was ignored.
	 */
	int	(*load)(const char *dir, const void *key, size_t keylen,
		    const char *label, int64_t deadline, struct v3cache *e,
		    char *why, size_t cap);
	/* Replace the entry for key: SNMP_OK, else an error with why. */
	int	(*save)(const char *dir, const void *key, size_t keylen,
		    const char *label, int64_t deadline,
		    const struct v3cache *e, char *why, size_t cap);
	/* The check of a cache key, which an entry carries. */
	void	(*check)(const void *key, size_t keylen,
		    uint8_t out[V3CACHE_CHECK_LEN]);
};

#endif
