/* SPDX-License-Identifier: ISC */
/* Per-check persistent state (see state.h). */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crypto/sha256.h"
#include "snmp.h"
#include "store.h"

#define STATE_MAGIC	"snmp-plugins state 1\n"
#define STATE_FILE_MAX	((off_t)STORE_MAX)

static int
fail(struct store *s, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(struct store *s, int rc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof(s->err), fmt, ap);
	va_end(ap);
	return rc;
}

const char *
store_dir(const char *opt)
{
	const char *e;

	if (opt != NULL && *opt != '\0')
		return opt;
	if ((e = getenv("MP_STATE_PATH")) != NULL && *e != '\0')
		return e;
	if ((e = getenv("NAGIOS_PLUGIN_STATE_DIRECTORY")) != NULL &&
	    *e != '\0')
		return e;
	return STORE_DIR_DEFAULT;
}

/* The directory, created 0700 if missing; ours and private or refused. */
static int
open_dir(struct store *s, const char *dir)
{
	struct stat st;
	int fd;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		if (mkdir(dir, 0700) < 0 && errno != EEXIST)
			return fail(s, SNMP_E_FILE, "cannot create the state "
			    "directory %s: %s (create it once for uid %u, as "
			    "root: install -d -o %u -m 0750 %s; or use "
			    "--state-dir)", dir, strerror(errno),
			    (unsigned)geteuid(), (unsigned)geteuid(), dir);
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
	}
	if (fd < 0)
		return fail(s, SNMP_E_FILE, "cannot open the state directory "
		    "%s: %s (use --state-dir)", dir, errno == ELOOP ||
		    errno == ENOTDIR ? "not a directory (a symbolic link is "
		    "refused)" : strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode)) {
		close(fd);
		return fail(s, SNMP_E_FILE, "the state directory %s is not a "
		    "directory", dir);
	}
	/* uids, not names: a static binary does not reach NSS */
	if (st.st_uid != geteuid()) {
		close(fd);
		return fail(s, SNMP_E_FILE, "refusing the state directory %s: "
		    "owned by uid %u, the plugin runs as uid %u (it must "
		    "belong to the user running the plugin: chown %u %s, or "
		    "use --state-dir)", dir, (unsigned)st.st_uid,
		    (unsigned)geteuid(), (unsigned)geteuid(), dir);
	}
	if ((st.st_mode & 022) != 0) {
		close(fd);
		return fail(s, SNMP_E_FILE, "refusing the state directory %s: "
		    "writable by group or others (it must not be: chmod go-w "
		    "%s)", dir, dir);
	}
	s->dirfd = fd;
	return SNMP_OK;
}

static void
nap_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

int
store_open(struct store *s, const char *dir, const char *plugin,
    const void *key, size_t keylen, const char *label, int64_t deadline)
{
	static const char hex[] = "0123456789abcdef";
	struct sha256_ctx c;
	uint8_t h[SHA256_DIGEST_LEN];
	char lock[160];
	struct flock fl;
	size_t i, n;

	memset(s, 0, sizeof(*s));
	s->dirfd = s->lockfd = s->tmpfd = -1;
	snprintf(s->dir, sizeof(s->dir), "%s", dir);
	snprintf(s->label, sizeof(s->label), "%s", label);
	for (i = 0; s->label[i] != '\0'; i++) {
		if ((unsigned char)s->label[i] < 0x20)
			s->label[i] = ' ';
	}
	sha256_init(&c);
	sha256_update(&c, plugin, strlen(plugin) + 1);
	sha256_update(&c, key, keylen);
	sha256_final(&c, h);
	n = (size_t)snprintf(s->name, sizeof(s->name) - 33, "%s-", plugin);
	for (i = 0; i < 16; i++) {
		s->name[n++] = hex[h[i] >> 4];
		s->name[n++] = hex[h[i] & 15];
	}
	s->name[n] = '\0';
	if (open_dir(s, dir) != SNMP_OK)
		return SNMP_E_FILE;
	snprintf(lock, sizeof(lock), "%s.lock", s->name);
	s->lockfd = openat(s->dirfd, lock, O_RDWR | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (s->lockfd < 0) {
		store_close(s);
		return fail(s, SNMP_E_FILE, "cannot open the lock file %s/%s: "
		    "%s", dir, lock, strerror(errno));
	}
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	while (fcntl(s->lockfd, F_SETLK, &fl) < 0) {
		if (errno != EACCES && errno != EAGAIN && errno != EINTR) {
			store_close(s);
			return fail(s, SNMP_E_FILE, "cannot lock %s/%s: %s",
			    dir, lock, strerror(errno));
		}
		if (snmp_now_ms() >= deadline) {
			store_close(s);
			return fail(s, SNMP_E_TIMEOUT, "the state file %s/%s stayed "
			    "locked by another run until the time budget was "
			    "spent", dir, s->name);
		}
		nap_ms(5);
	}
	return SNMP_OK;
}

int
store_read(struct store *s, char *buf, size_t cap, size_t *len)
{
	struct stat st;
	size_t have = 0, m = strlen(STATE_MAGIC), k;
	ssize_t r;
	int fd;

	*len = 0;
	buf[0] = '\0';
	fd = openat(s->dirfd, s->name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return fail(s, SNMP_E_FILE, "%s", errno == ENOENT ?
		    "no previous sample" : errno == ELOOP ? "the state file "
		    "is a symbolic link: ignored" : strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > STATE_FILE_MAX || (size_t)st.st_size >= cap) {
		close(fd);
		return fail(s, SNMP_E_FILE, "%s", "the state file is not a "
		    "regular file of a plausible size: ignored");
	}
	if (s->secret && (st.st_uid != geteuid() || (st.st_mode & 077) != 0)) {
		close(fd);
		return fail(s, SNMP_E_FILE, "the file %s/%s is not ours with "
		    "mode 0600 (uid %u, mode %04o): ignored", s->dir, s->name,
		    (unsigned)st.st_uid, (unsigned)(st.st_mode & 07777));
	}
	while (have < cap - 1 && (r = read(fd, buf + have, cap - 1 - have)) !=
	    0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return fail(s, SNMP_E_FILE, "cannot read the state file: "
			    "%s", strerror(errno));
		}
		have += (size_t)r;
	}
	close(fd);
	buf[have] = '\0';
	if (have < m || memcmp(buf, STATE_MAGIC, m) != 0 ||
	    strlen(buf) != have)
		return fail(s, SNMP_E_FILE, "%s", "the state file is corrupt "
		    "or not ours: ignored");
	k = strlen(s->label);
	if (have - m < k + 5 || memcmp(buf + m, "key ", 4) != 0 ||
	    memcmp(buf + m + 4, s->label, k) != 0 || buf[m + 4 + k] != '\n')
		return fail(s, SNMP_E_FILE, "%s", "the state file belongs to "
		    "another check: ignored");
	m += k + 5;
	memmove(buf, buf + m, have - m + 1);
	*len = have - m;
	return SNMP_OK;
}

static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The temporary file's name beside the state file. */
static void
tmp_name(const struct store *s, char *tmp, size_t cap)
{
	snprintf(tmp, cap, "%s.tmp", s->name);
}

/* An unfinished temporary file closed and removed; the stored data stays. */
static void
drop_tmp(struct store *s)
{
	char tmp[160];

	if (s->tmpfd < 0)
		return;
	close(s->tmpfd);
	s->tmpfd = -1;
	tmp_name(s, tmp, sizeof(tmp));
	unlinkat(s->dirfd, tmp, 0);
}

static int
write_fail(struct store *s)
{
	int e = errno;

	drop_tmp(s);
	return fail(s, SNMP_E_FILE, "cannot write the state file %s/%s: %s",
	    s->dir, s->name, strerror(e));
}

int
store_begin(struct store *s)
{
	char tmp[160];

	tmp_name(s, tmp, sizeof(tmp));
	/* We hold the lock: a leftover temporary file is a crashed run's. */
	if (unlinkat(s->dirfd, tmp, 0) < 0 && errno != ENOENT)
		return write_fail(s);
	s->tmpfd = openat(s->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL |
	    O_NOFOLLOW | O_CLOEXEC, 0600);
	if (s->tmpfd < 0)
		return write_fail(s);
	if (write_all(s->tmpfd, STATE_MAGIC, strlen(STATE_MAGIC)) < 0 ||
	    write_all(s->tmpfd, "key ", 4) < 0 ||
	    write_all(s->tmpfd, s->label, strlen(s->label)) < 0 ||
	    write_all(s->tmpfd, "\n", 1) < 0)
		return write_fail(s);
	return SNMP_OK;
}

int
store_append(struct store *s, const char *data, size_t len)
{
	if (s->tmpfd < 0) {
		errno = EBADF;
		return write_fail(s);
	}
	return write_all(s->tmpfd, data, len) < 0 ? write_fail(s) : SNMP_OK;
}

int
store_finish(struct store *s)
{
	char tmp[160];
	int fd = s->tmpfd, e;

	if (fd < 0) {
		errno = EBADF;
		return write_fail(s);
	}
	s->tmpfd = -1;
	tmp_name(s, tmp, sizeof(tmp));
	if (close(fd) < 0 || renameat(s->dirfd, tmp, s->dirfd, s->name) < 0) {
		e = errno;
		unlinkat(s->dirfd, tmp, 0);
		return fail(s, SNMP_E_FILE, "cannot write the state file "
		    "%s/%s: %s", s->dir, s->name, strerror(e));
	}
	return SNMP_OK;
}

int
store_write(struct store *s, const char *data, size_t len)
{
	int rc;

	if ((rc = store_begin(s)) != SNMP_OK ||
	    (rc = store_append(s, data, len)) != SNMP_OK)
		return rc;
	return store_finish(s);
}

int
store_secret(struct store *s)
{
	struct stat st;

	if (fstat(s->dirfd, &st) < 0 || (st.st_mode & 077) != 0)
		return fail(s, SNMP_E_FILE, "the directory %s is open to group "
		    "or others (it must be mode 0700: chmod 0700 %s)", s->dir,
		    s->dir);
	s->secret = 1;
	return SNMP_OK;
}

void
store_close(struct store *s)
{
	drop_tmp(s);	/* begun and not finished */
	if (s->lockfd >= 0)
		close(s->lockfd);	/* releases the lock */
	if (s->dirfd >= 0)
		close(s->dirfd);
	s->lockfd = s->dirfd = -1;
}
