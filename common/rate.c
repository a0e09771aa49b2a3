/* SPDX-License-Identifier: ISC */
/*
 * Rates from two counter samples, and the store of samples between runs
 * (see rate.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rate.h"
#include "snmp.h"

#define TICKS_WRAP	4294967296.0	/* 2^32 hundredths: 497.1 days */

int64_t
rate_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * The agent's clock gained clearly less than ours.  It restarted in
 * between only if it has been up for less than the time that passed and
 * its snmpEngineBoots (when known) changed, which was checked before;
 * otherwise its clock stands still or lags (a frozen or cached sysUpTime):
 * the interval is ours, and why says so.
 */
static int
slow_clock(const struct rate_clock *prev, const struct rate_clock *cur,
    double wall, double *secs, char *why, size_t whylen)
{
	double up = (double)cur->uptime / 100;

	if (up < wall + 1 + wall / 10 && !(prev->has_boots && cur->has_boots)) {
		snprintf(why, whylen, "the agent restarted (its sysUpTime "
		    "advanced %.2f s while %.2f s passed)", *secs, wall);
		*secs = 0;
		return RATE_RESET;
	}
	snprintf(why, whylen, "the agent's sysUpTime advanced %.2f s while "
	    "%.2f s passed (frozen or cached, yet up %.0f s%s): the interval "
	    "is from this host's clock", *secs, wall, up, prev->has_boots &&
	    cur->has_boots ? ", snmpEngineBoots unchanged" : "");
	*secs = wall;
	return RATE_OK;
}

/* Sleep ms milliseconds, signals or not. */
static void
nap(int64_t ms)
{
	struct timespec ts;

	ts.tv_sec = (time_t)(ms / 1000);
	ts.tv_nsec = (long)(ms % 1000) * 1000000;
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

int
rate_sample_wait(const struct snmp_opts *o, int64_t started, int64_t deadline,
    long secs, struct rate_wait *rw, char *err, size_t errlen)
{
	int64_t now = snmp_now_ms(), took = now - started, wait;

	/* room for a second sample as slow as the first, and a margin */
	wait = deadline - now - took - took / 2 - 100;
	if (wait > secs * 1000)
		wait = secs * 1000;
	if (wait < (int64_t)(RATE_MIN_INTERVAL * 1000)) {
		snprintf(err, errlen, "No time left for the second sample of "
		    "--sample %ld within -t %.1f s: the first took %.2f s; "
		    "raise -t", secs, (double)o->timeout_ms / 1000,
		    (double)took / 1000);
		return SNMP_E_TIMEOUT;
	}
	rw->took = took;
	rw->waited = wait;
	nap(wait);
	return SNMP_OK;
}

int
rate_sample_recheck(const struct rate_wait *rw, int64_t deadline,
    int64_t cache_ms)
{
	int64_t now = snmp_now_ms();

	if (rw->waited >= cache_ms || deadline - now - rw->took -
	    rw->took / 2 - 200 <= cache_ms - rw->waited)
		return 0;
	nap(cache_ms - rw->waited + 100);
	return 1;
}

int
rate_sample_option(const char *arg, long *secs, char *err, size_t errlen)
{
	if (options_int(arg, 1, 3600, secs) == 0)
		return 0;
	snprintf(err, errlen, "Invalid --sample '%s': expected whole seconds, "
	    "1 to 3600", arg);
	return -1;
}

int
rate_sample_check(long secs, long timeout_ms, const char *walkfile,
    char *err, size_t errlen)
{
	if (secs * 1000 >= timeout_ms) {
		snprintf(err, errlen, "--sample %ld must be shorter than the "
		    "time budget (-t %.0f): both samples must fit in it; raise "
		    "-t", secs, (double)timeout_ms / 1000);
		return -1;
	}
	if (walkfile != NULL) {
		snprintf(err, errlen, "--sample needs a live agent: a walk "
		    "file does not change between the two samples");
		return -1;
	}
	return 0;
}

void
rate_note(struct strbuf *sb, int status, const char *why)
{
	switch (status) {
	case RATE_FIRST:
		sb_printf(sb, "collecting data (%s), rates from the next run",
		    why);
		break;
	case RATE_TOO_SOON:
		sb_printf(sb, "no rate yet: %s", why);
		break;
	case RATE_RESET:
		sb_printf(sb, "counters reset: %s; no rate this time", why);
		break;
	}
}

void
rate_note_items(struct strbuf *sb, const char *item, size_t count,
    size_t all, int status, const char *why)
{
	sb_add(sb, "; ");
	if (count < all) {
		sb_add(sb, item);
		if (count > 1)
			sb_printf(sb, " and %zu more", count - 1);
		sb_add(sb, ": ");
	}
	rate_note(sb, status, why);
}

int
rate_interval(const struct rate_clock *prev, const struct rate_clock *cur,
    double *secs, char *why, size_t whylen)
{
	double wall = (double)(cur->wall_ms - prev->wall_ms) / 1000, wrapped;

	*secs = 0;
	if (whylen > 0)
		why[0] = '\0';
	if (prev->has_boots && cur->has_boots && prev->boots != cur->boots) {
		snprintf(why, whylen, "the agent restarted (snmpEngineBoots "
		    "%ld -> %ld)", (long)prev->boots, (long)cur->boots);
		return RATE_RESET;
	}
	if (prev->has_uptime && cur->has_uptime) {
		if (cur->uptime >= prev->uptime) {
			*secs = (double)(cur->uptime - prev->uptime) / 100;
			if (wall > 0 && *secs < wall - 1 - wall / 10 &&
			    slow_clock(prev, cur, wall, secs, why, whylen) ==
			    RATE_RESET)
				return RATE_RESET;
		} else {
			/*
			 * Back: a wrap after 497 days if the wall clock says
			 * that much time passed, else a restart.
			 */
			wrapped = ((double)cur->uptime + TICKS_WRAP -
			    (double)prev->uptime) / 100;
			if (wall > 0 && wrapped - wall < 60 + wall / 10 &&
			    wall - wrapped < 60 + wall / 10)
				*secs = wrapped;
			else {
				snprintf(why, whylen, "the agent restarted "
				    "(sysUpTime went back from %.2f s to "
				    "%.2f s)", (double)prev->uptime / 100,
				    (double)cur->uptime / 100);
				return RATE_RESET;
			}
		}
	} else {
		if (wall < 0) {
			snprintf(why, whylen, "the clock went back by %.3f s "
			    "since the last sample", -wall);
			return RATE_RESET;
		}
		*secs = wall;
	}
	if (*secs < RATE_MIN_INTERVAL) {
		snprintf(why, whylen, "the last sample is only %.2f s old",
		    *secs);
		return RATE_TOO_SOON;
	}
	return RATE_OK;
}

double
rate_per_sec(double change, double secs)
{
	/* secs * 1000 is within an ulp of its integer: back to it */
	double ms = (double)(int64_t)(secs * 1000 + 0.5);

	return ms > 0 ? change * 1000 / ms : change / secs;
}

int
rate_delta(uint64_t prev, uint64_t cur, int bits, double secs,
    double max_per_sec, uint64_t *delta, int *wrapped, char *why,
    size_t whylen)
{
	*wrapped = 0;
	*delta = 0;
	if (cur >= prev) {
		*delta = cur - prev;
		return RATE_OK;
	}
	if (bits != 32 || prev > UINT32_MAX || cur > UINT32_MAX) {
		snprintf(why, whylen, "the counter went back from %llu to %llu "
		    "(reset)", (unsigned long long)prev,
		    (unsigned long long)cur);
		return RATE_RESET;
	}
	*delta = cur + (UINT64_C(1) << 32) - prev;
	if (max_per_sec > 0 && secs > 0 &&
	    (double)*delta / secs > max_per_sec * 1.05) {
		snprintf(why, whylen, "the counter went back from %llu to %llu "
		    "and a wrap would mean %.0f/s, above the maximum: a reset",
		    (unsigned long long)prev, (unsigned long long)cur,
		    (double)*delta / secs);
		*delta = 0;
		return RATE_RESET;
	}
	*wrapped = 1;
	return RATE_OK;
}

void
rate_clock_format(struct strbuf *sb, const struct rate_clock *c)
{
	sb_add(sb, "time ");
	sb_i64(sb, c->wall_ms);
	if (c->has_uptime) {
		sb_add(sb, "\nuptime ");
		sb_u64(sb, c->uptime);
	}
	if (c->has_boots) {
		sb_add(sb, "\nboots ");
		sb_i64(sb, c->boots);
	}
	sb_addn(sb, "\n", 1);
}

int
rate_kv_get(const char *data, const char *name, char *out, size_t outlen)
{
	size_t n = strlen(name), k;
	const char *p = data, *e;

	while (*p != '\0') {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) > n && strncmp(p, name, n) == 0 &&
		    p[n] == ' ') {
			k = (size_t)(e - p) - n - 1;
			if (k >= outlen)
				return SNMP_E_NOSPACE;
			memcpy(out, p + n + 1, k);
			out[k] = '\0';
			return SNMP_OK;
		}
		p = *e != '\0' ? e + 1 : e;
	}
	return SNMP_E_SYNTAX;
}

int
rate_kv_u64(const char *data, const char *name, uint64_t *out)
{
	char v[32], *end;
	unsigned long long x;

	if (rate_kv_get(data, name, v, sizeof(v)) != SNMP_OK ||
	    v[0] < '0' || v[0] > '9')
		return SNMP_E_SYNTAX;
	x = strtoull(v, &end, 10);
	if (*end != '\0')
		return SNMP_E_SYNTAX;
	*out = (uint64_t)x;
	return SNMP_OK;
}

int
rate_clock_parse(const char *data, struct rate_clock *c)
{
	char v[32], *end;
	uint64_t u;
	long b;

	memset(c, 0, sizeof(*c));
	if (rate_kv_get(data, "time", v, sizeof(v)) != SNMP_OK)
		return SNMP_E_SYNTAX;
	c->wall_ms = strtoll(v, &end, 10);
	if (*end != '\0' || end == v)
		return SNMP_E_SYNTAX;
	if (rate_kv_u64(data, "uptime", &u) == SNMP_OK && u <= UINT32_MAX) {
		c->has_uptime = 1;
		c->uptime = (uint32_t)u;
	}
	if (rate_kv_get(data, "boots", v, sizeof(v)) == SNMP_OK) {
		b = strtol(v, &end, 10);
		if (*end == '\0' && end != v && b >= 0 && b <= INT32_MAX) {
			c->has_boots = 1;
			c->boots = (int32_t)b;
		}
	}
	return SNMP_OK;
}

void
rate_clock_now(struct rate_clock *c, const struct snmp_value *up,
    const struct session *s)
{
	memset(c, 0, sizeof(*c));
	c->wall_ms = rate_wall_ms();
	if (up != NULL && up->type == VAL_TIMETICKS) {
		c->has_uptime = 1;
		c->uptime = (uint32_t)up->u;
	}
	c->has_boots = session_boots(s, &c->boots);
}

/* The check's key and label: the agent, as whom, the plugin's what. */
static int
rate_key(const struct snmp_opts *o, const char *what, char *key,
    size_t keycap, char *label, size_t labelcap)
{
	const char *host = o->walkfile != NULL && o->host == NULL ?
	    "walk-file" : o->host;
	const char *user = o->user != NULL ? o->user : "";
	struct strbuf kb, lb;

	sb_init(&kb, key, keycap);
	sb_printf(&kb, "%zu:%s|%d|%d|", strlen(host), host, o->port,
	    o->version);
	if (o->version == SNMP_V3)
		sb_printf(&kb, "u%zu:%s|c%zu:%s|", strlen(user), user,
		    strlen(o->context), o->context);
	else
		sb_printf(&kb, "c%zu:%s|", strlen(o->community), o->community);
	sb_add(&kb, what);
	sb_init(&lb, label, labelcap);
	sb_printf(&lb, "%s:%d v%s %s", host, o->port, o->version == SNMP_V1 ?
	    "1" : o->version == SNMP_V3 ? "3" : "2c", what);
	return kb.truncated || lb.truncated ? -1 : 0;
}

int
rate_open(struct rate_store *rs, const struct snmp_opts *o,
    const char *plugin, const char *what, const char *dir,
    int64_t deadline)
{
	char key[8192], label[sizeof(rs->st.label)];
	size_t len;
	int rc;

	memset(rs, 0, sizeof(*rs));
	if (rate_key(o, what, key, sizeof(key), label, sizeof(label)) < 0) {
		snprintf(rs->st.err, sizeof(rs->st.err), "too many items for "
		    "one state file key");
		return SNMP_E_FILE;
	}
	if ((rs->prev = malloc(RATE_DATA_MAX + 1)) == NULL ||
	    (rs->buf = malloc(RATE_CHUNK + 1)) == NULL) {
		free(rs->prev);
		snprintf(rs->st.err, sizeof(rs->st.err), "out of memory");
		return SNMP_E_FILE;
	}
	sb_init(&rs->next, rs->buf, RATE_CHUNK + 1);
	rs->cursor = rs->prev;
	if ((rc = store_open(&rs->st, store_dir(dir), plugin, key,
	    strlen(key), label, deadline)) != SNMP_OK) {
		free(rs->prev);
		free(rs->buf);
		rs->prev = rs->buf = NULL;
		return rc;
	}
	if (store_read(&rs->st, rs->prev, RATE_DATA_MAX + 1, &len) != SNMP_OK)
		rs->prev[0] = '\0';
	return SNMP_OK;
}

const char *
rate_none(const struct rate_store *rs)
{
	return rs->prev[0] == '\0' ? rs->st.err : "";
}

/* The line after p, or the end. */
static const char *
next_line(const char *p)
{
	const char *e = strchr(p, '\n');

	return e != NULL ? e + 1 : p + strlen(p);
}

int
rate_find(struct rate_store *rs, const char *item, const char **text,
    size_t *len)
{
	char head[256];
	const char *p, *e, *start = rs->cursor;
	size_t hl;
	int wrapped = 0;

	/* "item NAME\n", once per item: without stdio */
	hl = strlen(item) + 6;
	if (hl >= sizeof(head))
		return -1;
	memcpy(head, "item ", 5);
	memcpy(head + 5, item, hl - 6);
	head[hl - 1] = '\n';
	head[hl] = '\0';
	/* from where the last one ended, wrapping around once */
	for (p = start;;) {
		if (*p == '\0') {
			if (wrapped || start == rs->prev)
				return -1;
			wrapped = 1;
			p = rs->prev;
		}
		if (wrapped && p >= start)
			return -1;
		if (strncmp(p, head, hl) == 0)
			break;
		p = next_line(p);
	}
	p += hl;
	for (e = p; *e != '\0' && strncmp(e, "item ", 5) != 0; e = next_line(e))
		;
	*text = p;
	*len = (size_t)(e - p);
	rs->cursor = e;
	return 0;
}

/* What is held goes to the state file being written. */
static void
flush_next(struct rate_store *rs)
{
	if (rs->werr != 0 || rs->next.len == 0)
		return;
	if (rs->written + rs->next.len > RATE_DATA_MAX) {
		rs->werr = SNMP_E_NOSPACE;
		return;
	}
	if ((rs->written == 0 && (rs->werr = store_begin(&rs->st)) != 0) ||
	    (rs->werr = store_append(&rs->st, rs->buf, rs->next.len)) != 0)
		return;
	rs->written += rs->next.len;
	sb_init(&rs->next, rs->buf, RATE_CHUNK + 1);
}

void
rate_add(struct rate_store *rs, const char *item, const char *text,
    size_t len)
{
	/* "item " ITEM "\n" TEXT: to the file first if it would not fit */
	if (rs->next.len + 6 + strlen(item) + len > RATE_CHUNK)
		flush_next(rs);
	sb_add(&rs->next, "item ");
	sb_add(&rs->next, item);
	sb_addn(&rs->next, "\n", 1);
	sb_addn(&rs->next, text, len);
}

static void
rate_free(struct rate_store *rs)
{
	free(rs->prev);
	free(rs->buf);
	rs->prev = rs->buf = NULL;
}

int
rate_commit(struct rate_store *rs)
{
	int rc;

	if (rs->written > 0)
		flush_next(rs);
	/* a failed write first: what was held after it may have overflowed */
	if (rs->werr != 0 && rs->werr != SNMP_E_NOSPACE) {
		rc = rs->werr;	/* rs->st.err says why */
		rate_close(rs);
		return rc;
	}
	if (rs->next.truncated || rs->werr == SNMP_E_NOSPACE ||
	    rs->written + rs->next.len > RATE_DATA_MAX) {
		snprintf(rs->st.err, sizeof(rs->st.err), "the samples do not "
		    "fit in one state file (%d octets)", RATE_DATA_MAX);
		rate_close(rs);
		return SNMP_E_NOSPACE;
	}
	rc = rs->written > 0 ? store_finish(&rs->st) :
	    store_write(&rs->st, rs->buf, rs->next.len);
	store_close(&rs->st);
	rate_free(rs);
	return rc;
}

void
rate_close(struct rate_store *rs)
{
	store_close(&rs->st);
	rate_free(rs);
}

void
rate_sample_format(struct strbuf *sb, const struct rate_sample *sm,
    const char *const *names, size_t n)
{
	size_t k;

	sb_add(sb, "id ");
	sb_addn(sb, sm->id, sm->idlen);
	sb_add(sb, "\nsource ");
	sb_i64(sb, sm->source);
	sb_addn(sb, "\n", 1);
	rate_clock_format(sb, &sm->clock);
	for (k = 0; k < n; k++) {
		if (sm->bits[k] == 0)
			continue;
		sb_add(sb, names[k]);
		sb_add(sb, sm->bits[k] == 32 ? " 32 " : " 64 ");
		sb_u64(sb, sm->v[k]);
		sb_addn(sb, "\n", 1);
	}
}

/* "BITS VALUE" of a value line. */
static int
value_parse(const char *text, unsigned char *bits, uint64_t *v)
{
	char *end;
	unsigned long long x;

	if (strncmp(text, "32 ", 3) == 0)
		*bits = 32;
	else if (strncmp(text, "64 ", 3) == 0)
		*bits = 64;
	else
		return -1;
	if (text[3] < '0' || text[3] > '9')
		return -1;
	errno = 0;
	x = strtoull(text + 3, &end, 10);
	if (*end != '\0' || errno != 0 || (*bits == 32 && x > 0xffffffffULL))
		return -1;
	*v = x;
	return 0;
}

/*
 * One "key value" line of a sample (val NUL-terminated, a copy of
 * orig[0..vlen) in the store's data); seen: bit k value k, n id, n+1
 * source.
 */
static int
sample_line(struct rate_sample *sm, const char *const *names, size_t n,
    const char *key, size_t klen, const char *val, const char *orig,
    size_t vlen, unsigned *seen)
{
	size_t k;

	if (klen == 2 && memcmp(key, "id", 2) == 0) {
		if (!(*seen & 1U << n)) {
			sm->id = orig;
			sm->idlen = vlen;
		}
		*seen |= 1U << n;
		return 0;
	}
	if (klen == 6 && memcmp(key, "source", 6) == 0) {
		if (!(*seen & 1U << (n + 1)) && val[0] >= '0' && val[0] <= '9' &&
		    val[1] == '\0')
			sm->source = val[0] - '0';
		*seen |= 1U << (n + 1);
		return 0;
	}
	for (k = 0; k < n; k++) {
		if (strlen(names[k]) != klen || memcmp(key, names[k], klen) != 0)
			continue;
		if (!(*seen & 1U << k) && value_parse(val, &sm->bits[k],
		    &sm->v[k]) < 0)
			return -1;
		*seen |= 1U << k;
		return 0;
	}
	return 0;
}

int
rate_sample_parse(const char *text, size_t len, const char *const *names,
    size_t n, struct rate_sample *sm)
{
	char val[RATE_ID_MAX], clock[3 * 40];
	const char *p, *end = text + len, *e, *sp;
	struct strbuf cb;
	size_t klen, vlen;
	unsigned seen = 0;

	memset(sm, 0, sizeof(*sm));
	sm->source = -1;
	sb_init(&cb, clock, sizeof(clock));
	for (p = text; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		if ((sp = memchr(p, ' ', (size_t)(e - p))) == NULL)
			continue;
		klen = (size_t)(sp - p);
		vlen = (size_t)(e - sp - 1);
		if ((klen == 4 && memcmp(p, "time", 4) == 0) ||
		    (klen == 6 && memcmp(p, "uptime", 6) == 0) ||
		    (klen == 5 && memcmp(p, "boots", 5) == 0)) {
			sb_addn(&cb, p, (size_t)(e - p) + 1);
			continue;
		}
		if (vlen >= sizeof(val))
			continue;	/* no line of ours is that long */
		memcpy(val, sp + 1, vlen);
		val[vlen] = '\0';
		if (sample_line(sm, names, n, p, klen, val, sp + 1, vlen,
		    &seen) < 0)
			return -1;
	}
	if (cb.truncated || rate_clock_parse(clock, &sm->clock) != SNMP_OK ||
	    !(seen & 1U << n) || sm->source < 0)
		return -1;
	return 0;
}

int
rate_sample_deltas(const struct rate_sample *prev,
    const struct rate_sample *cur, const char *const *names, size_t n,
    double secs, const double *maxps, uint64_t *delta, int *has,
    int *wrapped, char *why, size_t whylen)
{
	char r[256];
	size_t k;
	int w;

	*wrapped = 0;
	for (k = 0; k < n; k++) {
		has[k] = 0;
		delta[k] = 0;
		if (prev->bits[k] == 0 || cur->bits[k] == 0)
			continue;
		if (prev->bits[k] != cur->bits[k]) {
			snprintf(why, whylen, "%s changed from %d to %d bits",
			    names[k], prev->bits[k], cur->bits[k]);
			return RATE_RESET;
		}
		if (rate_delta(prev->v[k], cur->v[k], cur->bits[k], secs,
		    maxps != NULL ? maxps[k] : 0, &delta[k], &w, r,
		    sizeof(r)) != RATE_OK) {
			snprintf(why, whylen, "%s: %s", names[k], r);
			return RATE_RESET;
		}
		has[k] = 1;
		*wrapped |= w;
	}
	return RATE_OK;
}

void
rate_prev_find(struct rate_store *rs, const char *item,
    const char *const *names, size_t n, const char *none,
    struct rate_prev *prev)
{
	prev->have = rate_find(rs, item, &prev->text, &prev->len) == 0 &&
	    rate_sample_parse(prev->text, prev->len, names, n,
	    &prev->sample) == 0;
	if (!prev->have)
		prev->why = *rate_none(rs) != '\0' ? rate_none(rs) : none;
}

void
rate_add_sample(struct rate_store *rs, const char *item,
    const struct rate_sample *cur, const struct rate_prev *prev, int status,
    const char *const *names, size_t n)
{
	char buf[RATE_ID_MAX + 1024];
	struct strbuf sb;

	if (status == RATE_TOO_SOON) {
		rate_add(rs, item, prev->text, prev->len);
		return;
	}
	sb_init(&sb, buf, sizeof(buf));
	rate_sample_format(&sb, cur, names, n);
	rate_add(rs, item, buf, sb.len);
}
