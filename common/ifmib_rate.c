/* SPDX-License-Identifier: ISC */
/*
 * An interface's rates (ifmib.h): the traffic, errors and discards of each
 * direction between two samples of its counters (common/rate's deltas,
 * with wraps bounded by the line rate), their states against the limits,
 * their perfdata, and the samples kept per ifIndex in the rate store.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ifmib.h"
#include "limit.h"
#include "num.h"
#include "output.h"
#include "snmp.h"
#include "state.h"
#include "strbuf.h"
#include "threshold.h"

static const int slot_dir[IF_NSLOTS] = {
	D_IN, D_OUT, D_IN, D_OUT, D_IN, D_IN, D_OUT, D_OUT, D_IN, D_OUT,
	D_IN, D_IN, D_OUT, D_OUT
};

/*
 * The packets of direction d counted by both samples (deltas of the
 * unicast, multicast and broadcast slots): 0 and *out, -1 without them.
 */
static int
packets(const int *has, const uint64_t *delta, int d, double *out)
{
	static const int in[] = { S_IN_UCAST, S_IN_MCAST, S_IN_BCAST,
	    S_IN_NUCAST };
	static const int outs[] = { S_OUT_UCAST, S_OUT_MCAST, S_OUT_BCAST,
	    S_OUT_NUCAST };
	const int *sl = d == D_IN ? in : outs;
	size_t i;

	if (!has[sl[0]])
		return -1;
	*out = 0;
	for (i = 0; i < 4; i++) {
		if (has[sl[i]])
			*out += (double)delta[sl[i]];
	}
	return 0;
}

/* Traffic, errors and discards of each direction from the deltas. */
static void
metrics(struct ifmib_rates *m, const uint64_t *speed, const int *has,
    const uint64_t *delta)
{
	static const int slot[NMETRICS][NDIRS] = { { S_IN_OCT, S_OUT_OCT },
	    { S_IN_ERR, S_OUT_ERR }, { S_IN_DISC, S_OUT_DISC } };
	double pk;
	int d, k, sl;

	for (k = 0; k < NMETRICS; k++)
		for (d = 0; d < NDIRS; d++) {
			sl = slot[k][d];
			if (!has[sl])
				continue;
			m->has[k][d] = 1;
			if (k == M_TRAFFIC) {
				m->val[k][d] = rate_per_sec(
				    (double)delta[sl] * 8, m->secs);
				m->has_pct[k][d] = speed[d] > 0;
				if (speed[d] > 0)
					m->pct[k][d] = m->val[k][d] * 100 /
					    (double)speed[d];
				continue;
			}
			m->val[k][d] = rate_per_sec((double)delta[sl], m->secs);
			if (packets(has, delta, d, &pk) < 0)
				continue;
			m->has_pct[k][d] = 1;
			/* none arrived: all that did were bad */
			m->pct[k][d] = pk > 0 ? (double)delta[sl] * 100 / pk :
			    delta[sl] > 0 ? 100 : 0;
		}
}

void
ifmib_metric_text(struct strbuf *sb, const struct ifmib_rates *r, int m,
    int d)
{
	char a[32], b[32];

	if (m == M_TRAFFIC) {
		output_bits(a, sizeof(a), r->val[m][d]);
		sb_printf(sb, "%s %s", ifmib_dir_names[d], a);
	} else {
		output_small(a, sizeof(a), r->val[m][d]);
		sb_printf(sb, "%s %s %s/s", ifmib_dir_names[d],
		    ifmib_metric_names[m], a);
	}
	if (r->has_pct[m][d]) {
		output_small(b, sizeof(b), r->pct[m][d]);
		sb_printf(sb, " (%s%%)", b);
	}
}

int
ifmib_metric_state(const struct limit *w, const struct limit *k,
    const struct ifmib_rates *r, int m, int d, int ignore_nospeed,
    char *why, size_t whylen, int *flags)
{
	struct strbuf sb;
	struct num n;
	int skipped, st;

	if (!w->given && !k->given)
		return STATE_OK;
	if (!r->has[m][d]) {
		snprintf(why, whylen, "no %s %s counter", ifmib_dir_names[d],
		    ifmib_metric_names[m]);
		return STATE_UNKNOWN;
	}
	num_from_double(&n, r->val[m][d]);
	st = limit_state_partial(w, k, r->has_pct[m][d], r->pct[m][d], &n,
	    &skipped);
	if (!skipped)
		return st;
	if (m != M_TRAFFIC) {
		/* errors and discards: a % of packets we could not count */
		snprintf(why, whylen, "no packet counters for %s %% of "
		    "packets", ifmib_metric_names[m]);
		return STATE_UNKNOWN;
	}
	if (ignore_nospeed) {
		*flags |= IFMIB_PCT_SKIPPED;
		return st;
	}
	/* a threshold we cannot apply is no verdict; an alert outranks it */
	*flags |= IFMIB_PCT_UNKNOWN;
	sb_init(&sb, why, whylen);
	ifmib_metric_text(&sb, r, m, d);
	sb_add(&sb, " (speed unknown)");
	return st == STATE_OK ? STATE_UNKNOWN : st;
}

int
ifmib_rates(const struct ifmib_row *f, const struct rate_prev *pv,
    const uint64_t *speed, int still, struct ifmib_rates *m, char *why,
    size_t whylen)
{
	const struct rate_sample *prev = &pv->sample;
	uint64_t delta[IF_NSLOTS];
	double maxps[IF_NSLOTS];
	char id[RATE_ID_MAX];
	int has[IF_NSLOTS], s, rc;

	memset(m, 0, sizeof(*m));
	if (!pv->have) {
		snprintf(why, whylen, "%s", pv->why);
		return RATE_FIRST;
	}
	ifmib_identity(f, id, sizeof(id));
	if (prev->id != NULL && (strlen(id) != prev->idlen ||
	    memcmp(id, prev->id, prev->idlen) != 0)) {
		snprintf(why, whylen, "ifIndex %lu now names another interface "
		    "(its ifDescr, ifName or ifPhysAddress changed)",
		    (unsigned long)f->idx);
		return RATE_RESET;
	}
	if (prev->source != f->cur.source) {
		snprintf(why, whylen, "the counters now come from %s",
		    f->cur.source ? "ifXTable (64 bits)" : "ifTable (32 bits)");
		return RATE_RESET;
	}
	rc = rate_interval(&prev->clock, &f->cur.clock, &m->secs, why, whylen);
	if (rc != RATE_OK)
		return rc;
	/* a 32-bit wrap is plausible only below the line rate */
	for (s = 0; s < IF_NSLOTS; s++)
		maxps[s] = (double)speed[slot_dir[s]] / 8;
	rc = rate_sample_deltas(prev, &f->cur, ifmib_slot_names, IF_NSLOTS,
	    m->secs, maxps, delta, has, &m->wrapped, why, whylen);
	if (rc != RATE_OK)
		return rc;
	if (still && m->secs < IFMIB_CACHE_SECS) {
		/* the older sample is kept: the next run spans the cache */
		snprintf(why, whylen, "its counters did not change in %.2f s, "
		    "less than the %.0f s an agent may serve them from a cache "
		    "(net-snmp does)", m->secs, IFMIB_CACHE_SECS);
		m->secs = 0;
		return RATE_TOO_SOON;
	}
	metrics(m, speed, has, delta);
	return RATE_OK;
}

int
ifmib_unchanged(const struct ifmib_row *f, const struct rate_sample *prev)
{
	static const int oct[] = { S_IN_OCT, S_OUT_OCT };
	size_t k;

	for (k = 0; k < 2; k++) {
		if (prev->bits[oct[k]] == 0 || f->cur.bits[oct[k]] == 0 ||
		    prev->v[oct[k]] != f->cur.v[oct[k]])
			return 0;
	}
	return 1;
}

const struct limit *
ifmib_limit(const struct ifmib_limits *l, int m, int d, int crit)
{
	const struct limit *x = &l->lim[m][d == D_IN ? DS_IN : DS_OUT][crit];

	return x->given ? x : &l->lim[m][DS_BOTH][crit];
}

/* Perfdata thresholds for a value of kind `kind' (amount or percent). */
static void
perf_th(const struct ifmib_limits *l, const uint64_t *speed, int m, int d,
    int kind, struct threshold *t)
{
	double factor = 0;

	/* a traffic limit of the other kind converts through the speed */
	if (m == M_TRAFFIC && speed[d] > 0)
		factor = kind == LIMIT_AMOUNT ? (double)speed[d] / 100 :
		    100 / (double)speed[d];
	limit_threshold_scaled(ifmib_limit(l, m, d, 0), ifmib_limit(l, m, d,
	    1), kind, factor, t);
}

/* "label_dir_what" for perfdata (no stdio: 5,000 of them on a big switch) */
static void
perf_label(char *buf, size_t cap, const char *label, const char *dir,
    const char *what)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	sb_add(&sb, label);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, dir);
	sb_addn(&sb, "_", 1);
	sb_add(&sb, what);
}

/* The perfdata series of the rates: a metric's rate or its percentage. */
static const struct series {
	int		 m;
	int		 pct;
	const char	*what;
	int		 decimals;
	const char	*uom;
} series[] = {
	{ M_TRAFFIC, 0, "bps", 2, "" },
	{ M_TRAFFIC, 1, "util", 2, "%" },
	{ M_ERRORS, 0, "errors_ps", 4, "" },
	{ M_DISCARDS, 0, "discards_ps", 4, "" }
};

void
ifmib_perf(struct output *o, const char *name, const struct ifmib_row *r,
    const struct ifmib_rates *rt, const uint64_t *speed,
    const struct ifmib_limits *l)
{
	static const int oct[NDIRS] = { S_IN_OCT, S_OUT_OCT };
	const struct series *s;
	struct threshold t;
	struct num zero, max;
	char label[IFMIB_TEXT_MAX + 64], v[NUM_TEXT_MAX];
	int d;

	num_from_uint(&zero, 0);
	for (s = series; s < series + sizeof(series) / sizeof(series[0]); s++)
		for (d = 0; d < NDIRS; d++) {
			if (!(s->pct ? rt->has_pct : rt->has)[s->m][d])
				continue;
			perf_th(l, speed, s->m, d, s->pct ? LIMIT_PCT :
			    LIMIT_AMOUNT, &t);
			perf_label(label, sizeof(label), name,
			    ifmib_dir_names[d], s->what);
			num_fixed(v, sizeof(v), (s->pct ? rt->pct :
			    rt->val)[s->m][d], s->decimals, 1);
			num_from_uint(&max, s->pct ? 100 : speed[d]);
			output_perf_text(o, label, v, s->uom, &t, &zero,
			    s->pct || (s->m == M_TRAFFIC && speed[d] > 0) ?
			    &max : NULL);
		}
	for (d = 0; d < NDIRS; d++) {
		if (r->cur.bits[oct[d]] == 0)
			continue;
		num_from_uint(&max, r->cur.v[oct[d]]);
		perf_label(label, sizeof(label), name, ifmib_dir_names[d],
		    "octets");
		output_perf(o, label, &max, "c", NULL, &zero, NULL);
	}
}

void
ifmib_counters_line(struct strbuf *sb, const struct ifmib_row *r,
    const uint64_t *speed, const struct ifmib_rates *m, int agent_clock)
{
	char text[64];
	int d;

	sb_printf(sb, "  counters from %s, speed ", r->cur.source ?
	    "ifXTable (64 bits)" : "ifTable (32 bits)");
	for (d = 0; d < NDIRS; d++) {
		ifmib_speed_text(text, sizeof(text), speed[d]);
		sb_printf(sb, "%s %s%s", ifmib_dir_names[d], text,
		    d == D_IN ? ", " : "");
	}
	if (m != NULL)
		sb_printf(sb, ", interval %.2f s (%s clock)%s", m->secs,
		    agent_clock ? "the agent's" : "this host's", m->wrapped ?
		    ", a Counter32 wrapped" : "");
	sb_add(sb, "\n");
}

void
ifmib_prev_find(struct rate_store *rs, struct ifmib_row *r,
    struct rate_prev *prev)
{
	char item[NUM_INT_TEXT_MAX];

	num_u64_text(item, r->idx);
	rate_prev_find(rs, item, ifmib_slot_names, IF_NSLOTS,
	    "no previous sample of this interface", prev);
	if (prev->have && !prev->sample.source)
		r->want_hc = 0;	/* no 64-bit probe */
}

void
ifmib_add_sample(struct rate_store *rs, const struct ifmib_row *r,
    const struct rate_prev *prev, int status)
{
	struct rate_sample cur = r->cur;
	char item[NUM_INT_TEXT_MAX], id[RATE_ID_MAX];

	num_u64_text(item, r->idx);
	ifmib_identity(r, id, sizeof(id));
	cur.id = id;
	cur.idlen = strlen(id);
	rate_add_sample(rs, item, &cur, prev, status, ifmib_slot_names,
	    IF_NSLOTS);
}

/* Where the value of "NAME " starts in the section text[0..len), or NULL. */
static const char *
recall_value(const char *text, size_t len, const char *name)
{
	const char *p = text, *end = text + len, *e;
	size_t n = strlen(name);

	while (p < end) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return NULL;
		if ((size_t)(e - p) > n && memcmp(p, name, n) == 0 &&
		    p[n] == ' ')
			return p + n + 1;
		p = e + 1;
	}
	return NULL;
}

/* A figure ending its line at p, or "none": 0, else -1. */
static int
recall_u64(const char *p, uint64_t *out)
{
	char *e;

	if (p != NULL && strncmp(p, "none\n", 5) == 0) {
		*out = IFMIB_STAMP_NONE;
		return 0;
	}
	if (p == NULL || *p < '0' || *p > '9')
		return -1;
	errno = 0;
	*out = strtoull(p, &e, 10);
	return *e == '\n' && errno == 0 ? 0 : -1;
}

int
ifmib_recall(struct rate_store *rs, int64_t now_ms, struct ifmib_stamp *st,
    uint32_t **idx, size_t *n, int *name_from_descr)
{
	const char *text, *p, *q;
	char *e;
	size_t len, k = 0, cap = 1;
	uint64_t t, x, last = 0, descr;

	*idx = NULL;
	*n = 0;
	if (rate_find(rs, "walk", &text, &len) < 0 ||
	    recall_u64(recall_value(text, len, "number"), &st->number) < 0 ||
	    recall_u64(recall_value(text, len, "change"), &st->change) < 0 ||
	    recall_u64(recall_value(text, len, "uptime"), &st->uptime) < 0 ||
	    recall_u64(recall_value(text, len, "time"), &t) < 0 ||
	    recall_u64(recall_value(text, len, "descr"), &descr) < 0 ||
	    descr > 1 ||
	    /* without it, one interface going and another coming is unseen */
	    st->change == IFMIB_STAMP_NONE ||
	    t > (uint64_t)now_ms ||
	    (uint64_t)now_ms - t > (uint64_t)IFMIB_RECALL_SECS * 1000 ||
	    (p = recall_value(text, len, "picked")) == NULL)
		return -1;
	*name_from_descr = (int)descr;
	st->walked = (int64_t)t;
	for (q = p; *q != '\n'; q++)
		cap += *q == ' ';
	if ((*idx = malloc(cap * sizeof(**idx))) == NULL)
		return -1;
	/* ascending, each once, as the walk found them */
	for (q = p; *q >= '0' && *q <= '9' && k < cap; q = e + (*e == ' ')) {
		errno = 0;
		x = strtoull(q, &e, 10);
		if (errno != 0 || x <= last || x > UINT32_MAX ||
		    (*e != ' ' && *e != '\n'))
			break;
		(*idx)[k++] = (uint32_t)(last = x);
		if (*e == '\n') {
			*n = k;
			return 0;
		}
	}
	free(*idx);
	*idx = NULL;
	return -1;
}

static void
recall_add(struct strbuf *sb, const char *name, uint64_t v)
{
	sb_add(sb, name);
	sb_add(sb, " ");
	if (v == IFMIB_STAMP_NONE)
		sb_add(sb, "none");
	else
		sb_u64(sb, v);
	sb_add(sb, "\n");
}

void
ifmib_remember(struct rate_store *rs, const struct ifmib_stamp *st,
    int64_t lag_ms, const struct ifmib_row *rows, size_t stride, size_t n,
    int name_from_descr)
{
	const char *at = (const char *)rows;
	struct strbuf sb;
	size_t cap = n * (NUM_INT_TEXT_MAX + 1) + 128, i;
	/* centiseconds from a second before the walk to the stamp */
	uint64_t since = (uint64_t)(lag_ms > 0 ? lag_ms : 0) / 10 + 100;
	char *buf;

	/* a change later than the uptime came before a wrap of it: old */
	if (n == 0 || st->change == IFMIB_STAMP_NONE ||
	    st->uptime == IFMIB_STAMP_NONE ||
	    (st->change <= st->uptime && st->change + since >= st->uptime))
		return;
	/* a selection too large for one chunk of the store walks each run */
	if (cap > RATE_CHUNK / 2 || (buf = malloc(cap)) == NULL)
		return;
	sb_init(&sb, buf, cap);
	recall_add(&sb, "number", st->number);
	recall_add(&sb, "change", st->change);
	recall_add(&sb, "uptime", st->uptime);
	recall_add(&sb, "time", (uint64_t)st->walked);
	recall_add(&sb, "descr", name_from_descr != 0);
	sb_add(&sb, "picked");
	for (i = 0; i < n; i++, at += stride) {
		sb_add(&sb, " ");
		sb_u64(&sb, ((const struct ifmib_row *)(const void *)at)->idx);
	}
	sb_add(&sb, "\n");
	if (!sb.truncated)
		rate_add(rs, "walk", sb.buf, sb.len);
	free(buf);
}
