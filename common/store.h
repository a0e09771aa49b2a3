/* SPDX-License-Identifier: ISC */
/*
 * Per-check persistent state (counters for rates): one private directory,
 * one small text file per check and item.
 *
 * - The directory: --state-dir, else $MP_STATE_PATH, else
 *   $NAGIOS_PLUGIN_STATE_DIRECTORY, else STORE_DIR_DEFAULT (set at build
 *   time).  It is created with mode 0700 if missing; an existing one must
 *   be a real directory (not a symlink) owned by us and not writable by
 *   group or others.
 * - Files are opened relative to the directory's descriptor with
 *   O_NOFOLLOW, created 0600, written to a temporary file and renamed over
 *   the old one (atomic), and a lock file serialises read-modify-write, so
 *   concurrent runs of one check neither corrupt nor lose a sample.
 * - The name is the plugin and a SHA-256 of the key (agent, port,
 *   credentials, item): credentials are never stored.  The file repeats
 *   the key without credentials; a file whose key differs, or which does
 *   not parse, is "no previous sample", never a crash.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>

#ifndef STORE_DIR_DEFAULT
#define STORE_DIR_DEFAULT	"/var/lib/snmp-plugins"
#endif

#define STORE_MAX	(1024 * 1024)	/* a state file larger is foreign */
#define STORE_ERR_MAX	1024

struct store {
	int		 dirfd;
	int		 lockfd;
	int		 secret;	/* store_secret(): files checked too */
	char		 dir[1024];
	char		 name[128];	/* file name in dir */
	char		 label[256];	/* the key without secrets */
	char		 err[STORE_ERR_MAX];
	int		 tmpfd;		/* store_begin()'s file, or -1 */
};

/* Which directory: opt (may be NULL), the environment, the default. */
const char *store_dir(const char *opt);
/*
 * Open the store for one check and take its lock, waiting at most until
 * deadline (snmp_now_ms()).  plugin names the file; key identifies the
 * check (hashed), label is the part of it that may be stored (no
 * secrets).  On failure s->err says why (SNMP_E_FILE, SNMP_E_TIMEOUT).
 */
int	store_open(struct store *s, const char *dir, const char *plugin,
	    const void *key, size_t keylen, const char *label,
	    int64_t deadline);
/*
 * The stored data into buf (NUL-terminated): SNMP_OK, or SNMP_E_FILE
 * with s->err saying why there is no usable sample (none yet, corrupt,
 * foreign, too large); the caller treats both alike as "no sample".
 */
int	store_read(struct store *s, char *buf, size_t cap, size_t *len);
/* Replace the stored data atomically; SNMP_E_FILE with s->err. */
int	store_write(struct store *s, const char *data, size_t len);
/*
 * The same in pieces, for data too large to hold at once: store_begin()
 * starts the temporary file, store_append() adds to it, store_finish()
 * puts it in place of the stored data.  Until then the stored data stays
 * as it was; store_close() without store_finish() drops the temporary
 * file.  SNMP_E_FILE with s->err (the temporary file dropped).
 */
int	store_begin(struct store *s);
int	store_append(struct store *s, const char *data, size_t len);
int	store_finish(struct store *s);
/*
 * For secrets (v3cache.h): refuse a directory that group or others can
 * reach at all (SNMP_E_FILE, s->err), and from now on ignore a file that
 * is not ours or that they can reach.
 */
int	store_secret(struct store *s);
/* Drop an unfinished temporary file, release the lock and close. */
void	store_close(struct store *s);

#endif
