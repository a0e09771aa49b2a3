/* SPDX-License-Identifier: ISC */
/*
 * An interface under check (ifcheck.h): the states its status and its
 * rates give under the policy, kept per interface as states; the texts
 * that say them are made again when shown (a check of 1,000 interfaces
 * holds them all).
 */
#include <stdlib.h>
#include <string.h>

#include "ifcheck.h"
#include "output.h"
#include "snmp.h"
#include "state.h"
#include "store.h"

#define LABEL_MAX	(IFMIB_TEXT_MAX + 16)
#define LABEL_SUFFIX	11	/* "#4294967295" */
#define STATUS_MAX	48	/* "lowerLayerDown (admin testing) (ignored)" */
#define MWHY_MAX	96	/* "in 114 Mb/s (11.4%) (speed unknown)" */

int
ifcheck_add(struct ifcheck_set *set, const struct ifmib_row *picked)
{
	struct ifcheck *f;

	if (set->n == set->cap) {
		if ((f = snmp_grow(set->f, &set->cap, sizeof(*f), 16)) == NULL)
			return SNMP_E_NOMEM;
		set->f = f;
	}
	f = &set->f[set->n++];
	memset(f, 0, sizeof(*f));
	return ifmib_row_start(&f->r, picked);
}

void
ifcheck_free(struct ifcheck *f)
{
	ifmib_row_free(&f->r);
	free(f->label);
	ifmib_text_free(&f->why);
}

size_t
ifcheck_keep(const struct ifmib_select *s, struct ifcheck *f, size_t n,
    struct strbuf *missing, struct strbuf *changed)
{
	const char *now;
	size_t i, k;

	for (i = k = 0; i < n; i++) {
		if (!f[i].r.exists) {
			sb_printf(missing, "%s%lu", missing->len ? ", " : "",
			    (unsigned long)f[i].r.idx);
			ifcheck_free(&f[i]);
			continue;
		}
		if (!ifmib_selected(s, &f[i].r)) {
			if (s->so.nidx == 0) {
				now = ifmib_name(&f[i].r);
				sb_printf(changed, "%sifIndex %lu now '",
				    changed->len ? ", " : "",
				    (unsigned long)f[i].r.idx);
				output_put_str(changed, now);
				sb_add(changed, "'");
			}
			ifcheck_free(&f[i]);
			continue;
		}
		if (k != i)
			f[k] = f[i];
		k++;
	}
	return k;
}

/* Each label has room for that suffix only: output_unique_labels() adds
 * no more. */
int
ifcheck_labels(struct ifcheck *f, size_t n)
{
	char buf[LABEL_MAX], **labels;
	uint32_t *index;
	size_t i, len;
	int rc = SNMP_E_NOMEM;

	labels = calloc(n ? n : 1, sizeof(*labels));
	index = calloc(n ? n : 1, sizeof(*index));
	if (labels == NULL || index == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		ifmib_label(&f[i].r, buf, sizeof(buf));
		len = strlen(buf) + 1;
		if ((f[i].label = malloc(len + LABEL_SUFFIX)) == NULL)
			goto out;
		memcpy(f[i].label, buf, len);
		labels[i] = f[i].label;
		index[i] = f[i].r.idx;
	}
	rc = output_unique_labels(labels, index, n, LABEL_MAX, "#");
out:
	free(labels);
	free(index);
	return rc;
}

int
ifcheck_still(const struct ifcheck *f, size_t n)
{
	size_t i;

	for (i = 0; i < n && f[i].prev.have &&
	    ifmib_unchanged(&f[i].r, &f[i].prev.sample); i++)
		;
	return n > 0 && i == n;
}

/* The state of the status, and what it says into st ("up", "admin down"). */
static int
status_state(const struct ifcheck_policy *pol, const struct ifcheck *f,
    char *st, size_t len, int *ignored)
{
	struct strbuf sb;

	sb_init(&sb, st, len);
	return ifmib_status_state(&pol->st, &f->r, &sb, ignored);
}

/* The state of metric m in direction d, and why into why (mostly ""). */
static int
metric_state(const struct ifcheck_policy *pol, const struct ifcheck *f,
    int m, int d, char *why, size_t len, int *flags)
{
	why[0] = '\0';
	return ifmib_metric_state(ifmib_limit(&pol->lim, m, d, 0),
	    ifmib_limit(&pol->lim, m, d, 1), &f->m, m, d, pol->ignore_nospeed,
	    why, len, flags);
}

int
ifcheck_evaluate(const struct ifcheck_policy *pol, struct ifcheck *f,
    int counters, int still)
{
	char why[STORE_ERR_MAX];
	int m, d;

	(void)ifmib_text_set(&f->why, "");
	f->status_state = status_state(pol, f, why, STATUS_MAX, &f->ignored);
	f->state = f->status_state;
	if (!counters)
		return SNMP_OK;
	why[0] = '\0';
	f->rate = ifmib_rates(&f->r, &f->prev, f->speed, still, &f->m, why,
	    sizeof(why));
	if (ifmib_text_set(&f->why, why) != SNMP_OK)
		return SNMP_E_NOMEM;
	if (f->ignored)
		return SNMP_OK;
	if (!ifmib_has_octets(&f->r)) {
		/* no octet counters at all: a value we did not get */
		f->state = state_worst(f->state, STATE_UNKNOWN);
		return SNMP_OK;
	}
	if (f->rate != RATE_OK)
		return SNMP_OK;
	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			f->mstate[m][d] = (unsigned char)metric_state(pol, f,
			    m, d, why, MWHY_MAX, &f->pct);
			f->state = state_worst(f->state, f->mstate[m][d]);
		}
	return SNMP_OK;
}

/* The metrics of an interface's line: all (problems: its alerts only). */
static void
metrics_text(const struct ifcheck_policy *pol, struct strbuf *sb,
    const struct ifcheck *f, int problems, size_t start)
{
	char why[MWHY_MAX];
	int m, d, flags = 0, quiet = 1;

	for (m = 0; m < NMETRICS; m++)
		for (d = 0; d < NDIRS; d++) {
			if (m != M_TRAFFIC && f->m.has[m][d] &&
			    f->m.val[m][d] > 0)
				quiet = 0;
			/* problems: the alerts; else traffic, errors seen */
			if (problems ? f->mstate[m][d] == STATE_OK :
			    m != M_TRAFFIC && f->mstate[m][d] == STATE_OK &&
			    (!f->m.has[m][d] || f->m.val[m][d] == 0))
				continue;
			if (sb->len > start)
				sb_add(sb, ", ");
			metric_state(pol, f, m, d, why, sizeof(why), &flags);
			if (why[0] != '\0')
				sb_add(sb, why);
			else if (f->m.has[m][d])
				ifmib_metric_text(sb, &f->m, m, d);
			else
				sb_printf(sb, "%s %s n/a", ifmib_dir_names[d],
				    ifmib_metric_names[m]);
		}
	if (!problems && quiet && (f->m.has[M_ERRORS][D_IN] ||
	    f->m.has[M_ERRORS][D_OUT]))
		sb_add(sb, ", no errors or discards");
	if (!problems && (f->pct & IFMIB_PCT_UNKNOWN))
		sb_add(sb, " (" IFCHECK_NEED_SPEED ")");
	else if (!problems && (f->pct & IFMIB_PCT_SKIPPED))
		sb_add(sb, " (speed unknown: % thresholds not applied, "
		    "--ignore-unknown-speed)");
}

void
ifcheck_text(const struct ifcheck_policy *pol, struct strbuf *sb,
    const struct ifcheck *f, int counters, int problems)
{
	char st[STATUS_MAX];
	size_t start = sb->len;
	int ignored;

	if (!problems || f->status_state != STATE_OK) {
		status_state(pol, f, st, sizeof(st), &ignored);
		sb_add(sb, st);
	}
	if (f->ignored || !counters)
		return;
	if (!ifmib_has_octets(&f->r)) {
		sb_printf(sb, "%sno octet counters (ifInOctets/ifOutOctets "
		    "missing)", sb->len > start ? ", " : "");
		return;
	}
	if (f->rate == RATE_OK)
		metrics_text(pol, sb, f, problems, start);
	else if (!problems) {
		sb_add(sb, ", ");
		rate_note(sb, f->rate, f->why);
	}
}

void
ifcheck_long(const struct ifcheck_policy *pol, struct strbuf *lo,
    const struct ifcheck *f, int counters, int verbose)
{
	struct strbuf sb;
	char line[4096];

	sb_init(&sb, line, sizeof(line));
	ifcheck_text(pol, &sb, f, counters, 0);
	sb_printf(lo, "[%s] %s (ifIndex %lu", state_name(f->state), f->label,
	    (unsigned long)f->r.idx);
	if (f->r.alias[0] != '\0')
		sb_printf(lo, ", alias '%s'", f->r.alias);
	sb_printf(lo, "): %s\n", line);
	if (verbose >= 1 && counters && !f->ignored)
		ifmib_counters_line(lo, &f->r, f->speed, f->rate == RATE_OK ?
		    &f->m : NULL, f->r.cur.clock.has_uptime &&
		    f->prev.sample.clock.has_uptime && f->why[0] == '\0');
}

const struct ifcheck *
ifcheck_busiest(const struct ifcheck *ifs, size_t n)
{
	const struct ifcheck *f, *top[2] = { NULL, NULL };
	double best[2] = { -1, -1 }, v[2];
	int d, k, by_pct = 1;

	for (f = ifs; f < ifs + n; f++)
		for (d = 0; d < NDIRS; d++) {
			if (f->ignored || f->rate != RATE_OK ||
			    !f->m.has[M_TRAFFIC][d])
				continue;
			by_pct &= f->m.has_pct[M_TRAFFIC][d];
			v[0] = f->m.val[M_TRAFFIC][d];
			v[1] = f->m.pct[M_TRAFFIC][d];
			for (k = 0; k < 2; k++) {
				if (v[k] > best[k]) {
					best[k] = v[k];
					top[k] = f;
				}
			}
		}
	return top[by_pct];
}

void
ifcheck_traffic_text(struct strbuf *sb, const struct ifcheck *f)
{
	int d;

	for (d = 0; d < NDIRS; d++) {
		if (!f->m.has[M_TRAFFIC][d])
			continue;
		if (d == D_OUT && f->m.has[M_TRAFFIC][D_IN])
			sb_add(sb, ", ");
		ifmib_metric_text(sb, &f->m, M_TRAFFIC, d);
	}
}
