/* SPDX-License-Identifier: ISC */
/*
 * The SNMPv3 key and engine cache (--cache-dir, off unless given): per
 * agent address and port, user, protocols and credentials, the agent's
 * engineID, its boots and time with the local (real) time they were
 * seen, and the keys localized to that engine (never the passwords).
 * With it a v3 request needs no discovery and no password-to-key hash.
 *
 * The files are store.h's (one per key, written atomically under a lock)
 * in a private directory (store_secret(): no access for group or
 * others), each 0600 and owned by us; a file that is not, or does not
 * parse, or was written for other credentials, is ignored, never trusted.
 * The cache is as secret as the monitoring configuration: a localized key
 * gives the same access to that agent as the password.
 */
#ifndef V3CACHE_H
#define V3CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "usmcache.h"

#define V3CACHE_TEXT_MAX	512	/* a formatted entry */

/* The check of a cache key (SHA-256 with the cache's own prefix). */
void	v3cache_check(const void *key, size_t keylen,
	    uint8_t out[V3CACHE_CHECK_LEN]);
/* An entry as text into buf: its length, or -1 when cap is too small. */
int	v3cache_format(const struct v3cache *, char *buf, size_t cap);
/* Parse what v3cache_format() wrote: SNMP_OK, else SNMP_E_FILE. */
int	v3cache_parse(const char *, struct v3cache *);
/*
 * The entry for key (label: the key without secrets) from dir, waiting
 * for its lock at most until deadline: SNMP_OK, or an error with why
 * saying why there is none or it was ignored.  e is wiped on failure.
 */
int	v3cache_load(const char *dir, const void *key, size_t keylen,
	    const char *label, int64_t deadline, struct v3cache *e,
	    char *why, size_t cap);
/* Replace the entry for key: SNMP_OK, else an error with why. */
int	v3cache_save(const char *dir, const void *key, size_t keylen,
	    const char *label, int64_t deadline, const struct v3cache *e,
	    char *why, size_t cap);

/* load, save and check above, for the session (usmcache.h) */
extern const struct usm_cache v3cache_files;

#endif
