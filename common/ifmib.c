/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB (RFC 2863) rows (ifmib.h).  ifSpeed saturates at 4294967295
 * (§6, ifSpeed): above it ifHighSpeed (Mb/s) says the speed.  ifTable's
 * octet counters wrap within minutes on fast links, so ifXTable's 64-bit
 * ifHC counters are read where the agent has them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "ifmib.h"
#include "limit.h"
#include "num.h"
#include "output.h"
#include "snmp.h"
#include "strbuf.h"
#include "table.h"
#include "threshold.h"

static const uint32_t if_entry[] = { 1, 3, 6, 1, 2, 1, 2, 2, 1 };
static const uint32_t ifx_entry[] = { 1, 3, 6, 1, 2, 1, 31, 1, 1, 1 };
static const uint32_t sys_uptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };

static const struct colinfo {
	int		 ifx;		/* in ifXEntry, else ifEntry */
	uint32_t	 arc;
} cols[IF_NCOLS] = {
	[IF_INDEX] = { 0, 1 },		[IF_DESCR] = { 0, 2 },
	[IF_TYPE] = { 0, 3 },		[IF_SPEED] = { 0, 5 },
	[IF_PHYS] = { 0, 6 },		[IF_ADMIN] = { 0, 7 },
	[IF_OPER] = { 0, 8 },		[IF_NAME] = { 1, 1 },
	[IF_HSPEED] = { 1, 15 },	[IF_ALIAS] = { 1, 18 },
	[IF_IN_OCT32] = { 0, 10 },	[IF_IN_UCAST32] = { 0, 11 },
	[IF_IN_NUCAST32] = { 0, 12 },	[IF_IN_DISC] = { 0, 13 },
	[IF_IN_ERR] = { 0, 14 },	[IF_OUT_OCT32] = { 0, 16 },
	[IF_OUT_UCAST32] = { 0, 17 },	[IF_OUT_NUCAST32] = { 0, 18 },
	[IF_OUT_DISC] = { 0, 19 },	[IF_OUT_ERR] = { 0, 20 },
	[IF_IN_OCT64] = { 1, 6 },	[IF_IN_UCAST64] = { 1, 7 },
	[IF_IN_MCAST64] = { 1, 8 },	[IF_IN_BCAST64] = { 1, 9 },
	[IF_OUT_OCT64] = { 1, 10 },	[IF_OUT_UCAST64] = { 1, 11 },
	[IF_OUT_MCAST64] = { 1, 12 },	[IF_OUT_BCAST64] = { 1, 13 }
};

const char *const ifmib_slot_names[IF_NSLOTS] = {
	"in_octets", "out_octets", "in_ucast", "out_ucast", "in_mcast",
	"in_bcast", "out_mcast", "out_bcast", "in_nucast", "out_nucast",
	"in_discards", "in_errors", "out_discards", "out_errors"
};

/* Each slot's column with ifXTable counters and without (-1: none). */
static const int slot_col[IF_NSLOTS][2] = {
	{ IF_IN_OCT64, IF_IN_OCT32 }, { IF_OUT_OCT64, IF_OUT_OCT32 },
	{ IF_IN_UCAST64, IF_IN_UCAST32 }, { IF_OUT_UCAST64, IF_OUT_UCAST32 },
	{ IF_IN_MCAST64, -1 }, { IF_IN_BCAST64, -1 }, { IF_OUT_MCAST64, -1 },
	{ IF_OUT_BCAST64, -1 }, { -1, IF_IN_NUCAST32 }, { -1, IF_OUT_NUCAST32 },
	{ IF_IN_DISC, IF_IN_DISC }, { IF_IN_ERR, IF_IN_ERR },
	{ IF_OUT_DISC, IF_OUT_DISC }, { IF_OUT_ERR, IF_OUT_ERR }
};

const char *const ifmib_fields[] = { "descr", "name", "alias", NULL };
const char *const ifmib_dir_names[NDIRS] = { "in", "out" };
const char *const ifmib_metric_names[NMETRICS] = { "traffic", "errors",
    "discards" };

void
ifmib_column(struct oid *o, int col)
{
	if (cols[col].ifx)
		table_column(o, ifx_entry, sizeof(ifx_entry) /
		    sizeof(ifx_entry[0]), cols[col].arc);
	else
		table_column(o, if_entry, sizeof(if_entry) /
		    sizeof(if_entry[0]), cols[col].arc);
}

/* A counter: Counter64 is 64 bits; Counter32 (or a Gauge32 some agents
 * send in its place) wraps at 32. */
static void
put_counter(struct rate_sample *sm, int slot, const struct snmp_value *v)
{
	sm->bits[slot] = 0;
	sm->v[slot] = 0;
	if (v->type == VAL_COUNTER64)
		sm->bits[slot] = 64;
	else if (v->type == VAL_COUNTER32 || v->type == VAL_GAUGE32)
		sm->bits[slot] = 32;
	else
		return;
	sm->v[slot] = v->u;
}

static const char no_text[] = "";

void
ifmib_row_init(struct ifmib_row *f, uint32_t idx)
{
	memset(f, 0, sizeof(*f));
	f->idx = idx;
	f->type = -1;
	f->descr = f->name = f->alias = f->phys = no_text;
}

void
ifmib_text_free(const char **t)
{
	if (*t != no_text)
		free((char *)(uintptr_t)*t);
	*t = no_text;
}

void
ifmib_row_free(struct ifmib_row *f)
{
	ifmib_text_free(&f->descr);
	ifmib_text_free(&f->name);
	ifmib_text_free(&f->alias);
	ifmib_text_free(&f->phys);
}

int
ifmib_text_set(const char **t, const char *s)
{
	size_t n = strlen(s);
	char *c;

	ifmib_text_free(t);
	if (n == 0)
		return SNMP_OK;
	if ((c = malloc(n + 1)) == NULL)
		return SNMP_E_NOMEM;
	memcpy(c, s, n + 1);
	*t = c;
	return SNMP_OK;
}

/* An OCTET STRING as a text (cell_text()) into *t. */
static int
put_text(const char **t, const struct snmp_value *v)
{
	char buf[IFMIB_TEXT_MAX];

	cell_text(v, buf, sizeof(buf));
	return ifmib_text_set(t, buf);
}

static int
put_phys(const char **t, const struct snmp_value *v)
{
	static const char hex[] = "0123456789ABCDEF";
	char phys[IFMIB_TEXT_MAX];
	size_t i, n;

	phys[0] = '\0';
	if (v->type != VAL_OCTET_STRING)
		return ifmib_text_set(t, phys);
	n = v->len < (IFMIB_TEXT_MAX - 1) / 2 ? v->len :
	    (IFMIB_TEXT_MAX - 1) / 2;
	for (i = 0; i < n; i++) {
		phys[2 * i] = hex[v->bytes[i] >> 4];
		phys[2 * i + 1] = hex[v->bytes[i] & 15];
	}
	phys[2 * n] = '\0';
	return ifmib_text_set(t, phys);
}

int
ifmib_store(struct ifmib_row *f, int col, const struct snmp_value *v)
{
	int s;

	/* the agent has the row if it answers any status or identity cell */
	if (col <= IF_ALIAS && !value_is_exception(v))
		f->exists = 1;
	switch (col) {
	case IF_DESCR:
		return put_text(&f->descr, v);
	case IF_NAME:
		return put_text(&f->name, v);
	case IF_ALIAS:
		return put_text(&f->alias, v);
	case IF_TYPE:
		f->type = cell_enum(v);
		return SNMP_OK;
	case IF_SPEED:
		f->has_ifspeed = cell_uint(v, &f->ifspeed) == 0;
		return SNMP_OK;
	case IF_HSPEED:
		f->has_hspeed = cell_uint(v, &f->hspeed) == 0;
		return SNMP_OK;
	case IF_PHYS:
		return put_phys(&f->phys, v);
	case IF_ADMIN:
		s = cell_enum(v);
		f->admin = s >= 1 && s <= 3 ? s : 0;
		return SNMP_OK;
	case IF_OPER:
		s = cell_enum(v);
		f->oper = s >= 1 && s <= OPER_MAX ? s : 0;
		return SNMP_OK;
	}
	/* the error columns serve both sets: one slot */
	for (s = 0; s < IF_NSLOTS; s++) {
		if (slot_col[s][0] == col || slot_col[s][1] == col)
			put_counter(&f->cur, s, v);
	}
	return SNMP_OK;
}

uint64_t
ifmib_speed(const struct ifmib_row *f)
{
	/*
	 * ifSpeed is exact below its 4294967295 ceiling; above it (or when
	 * it says 0 but ifHighSpeed knows better) ifHighSpeed in Mb/s.  A
	 * saturated ifSpeed without ifHighSpeed is no speed at all.
	 */
	if (f->has_ifspeed && f->ifspeed > 0 && f->ifspeed < 4294967295ULL)
		return f->ifspeed;
	if (f->has_hspeed && f->hspeed > 0)
		return f->hspeed * 1000000;
	return 0;
}

int
ifmib_speed_parse(const char *arg, uint64_t *out)
{
	struct range r;
	double d;

	if (strchr(arg, 'B') != NULL || strchr(arg, ':') != NULL ||
	    strchr(arg, '@') != NULL || strchr(arg, '~') != NULL ||
	    range_parse_units(&r, arg, units_bits, NULL) != SNMP_OK)
		return -1;
	d = num_to_double(&r.end);
	if (d < 1 || d > 1e15)
		return -1;
	*out = (uint64_t)(d + 0.5);
	return 0;
}

int
ifmib_speed_option(uint64_t *given, int ds, const char *arg, char *err,
    size_t errlen)
{
	if (ifmib_speed_parse(arg, &given[ds]) == 0)
		return 0;
	snprintf(err, errlen, "Invalid %s '%s': expected bits per second with "
	    "an optional k, M, G or T (100M, 2.5G)", ds == DS_IN ?
	    "--in-speed" : ds == DS_OUT ? "--out-speed" : "--speed", arg);
	return -1;
}

void
ifmib_dir_speeds(const struct ifmib_row *r, const uint64_t *given,
    uint64_t *speed)
{
	int d;

	for (d = 0; d < NDIRS; d++) {
		speed[d] = given[d == D_IN ? DS_IN : DS_OUT];
		if (speed[d] == 0)
			speed[d] = given[DS_BOTH];
		if (speed[d] == 0)
			speed[d] = ifmib_speed(r);
	}
}

void
ifmib_speed_text(char *buf, size_t cap, uint64_t speed)
{
	if (speed == 0)
		snprintf(buf, cap, "unknown");
	else
		output_bits(buf, cap, (double)speed);
}

int
ifmib_has_octets(const struct ifmib_row *f)
{
	return f->cur.bits[S_IN_OCT] != 0 && f->cur.bits[S_OUT_OCT] != 0;
}

void
ifmib_describe(char *buf, size_t cap, const struct ifmib_row *f,
    uint64_t speed)
{
	const char *tn = ifmib_type_name(f->type);
	char sp[32], ty[64];

	ifmib_speed_text(sp, sizeof(sp), speed);
	if (tn != NULL)
		snprintf(ty, sizeof(ty), "%s(%d)", tn, f->type);
	else if (f->type >= 0)
		snprintf(ty, sizeof(ty), "%d", f->type);
	else
		snprintf(ty, sizeof(ty), "?");
	snprintf(buf, cap, "descr '%s' name '%s' alias '%s' type %s speed %s "
	    "admin %s oper %s", f->descr, f->name, f->alias, ty, sp,
	    ifmib_admin_name(f->admin), ifmib_oper_name(f->oper));
}

/* Hex of a text, "-" when empty: one word for the state file. */
static void
hex_word(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	char x[2];

	if (*s == '\0') {
		sb_add(sb, "-");
		return;
	}
	for (; *s != '\0'; s++) {
		x[0] = hex[(unsigned char)*s >> 4];
		x[1] = hex[(unsigned char)*s & 15];
		sb_addn(sb, x, 2);
	}
}

void
ifmib_identity(const struct ifmib_row *f, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	hex_word(&sb, f->descr);
	sb_add(&sb, " ");
	hex_word(&sb, f->name);
	sb_add(&sb, " ");
	sb_add(&sb, f->phys[0] != '\0' ? f->phys : "-");
}

const char *
ifmib_name(const struct ifmib_row *f)
{
	return f->name[0] != '\0' ? f->name : f->descr;
}

void
ifmib_label(const struct ifmib_row *f, char *buf, size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	if (*ifmib_name(f) != '\0')
		sb_add(&sb, ifmib_name(f));
	else {
		sb_add(&sb, "ifIndex ");
		sb_u64(&sb, f->idx);
	}
}

/* 1 if any row of column col has a value. */
static int
column_answered(const struct table *t, size_t col)
{
	size_t i;

	for (i = 0; i < t->nrows; i++) {
		if (!value_is_exception(&t->rows[i].val[col]))
			return 1;
	}
	return 0;
}

/*
 * Walk the columns col[0..n); with name_at < n, when no row has that
 * column (ifName), walk again with ifDescr in its place.
 */
static int
walk_cols(struct session *s, int *col, size_t n, size_t name_at,
    struct table *t, int *name_from_descr)
{
	struct oid oids[IF_NCOLS];
	size_t i;
	int rc;

	memset(oids, 0, sizeof(oids));
	for (i = 0; i < n; i++)
		ifmib_column(&oids[i], col[i]);
	*name_from_descr = 0;
	if ((rc = table_walk(s, oids, n, t)) != SNMP_OK || name_at >= n ||
	    column_answered(t, name_at))
		return rc;
	/* no ifXTable: the names are in ifDescr */
	table_free(t);
	col[name_at] = IF_DESCR;
	ifmib_column(&oids[name_at], IF_DESCR);
	*name_from_descr = 1;
	return table_walk(s, oids, n, t);
}

int
ifmib_walk(struct session *s, const int *want, size_t n, ifmib_row_fn *fn,
    void *arg, size_t *nrows, int *name_from_descr)
{
	struct ifmib_row r;
	struct table t;
	int col[IF_NCOLS], descr = 0, rc;
	size_t i, j, name_at = n;

	for (i = 0; i < n && i < IF_NCOLS; i++) {
		col[i] = want[i];
		if (want[i] == IF_NAME)
			name_at = i;
		descr |= want[i] == IF_DESCR;
	}
	if ((rc = walk_cols(s, col, i, descr ? n : name_at, &t,
	    name_from_descr)) != SNMP_OK)
		return rc;
	for (i = 0; i < t.nrows && rc == SNMP_OK; i++) {
		if (t.rows[i].index_len != 1)
			continue;
		ifmib_row_init(&r, t.rows[i].index[0]);
		for (j = 0; j < t.ncols && rc == SNMP_OK; j++)
			rc = ifmib_store(&r, col[j], &t.rows[i].val[j]);
		if (rc == SNMP_OK && *name_from_descr)
			rc = ifmib_text_set(&r.name, r.descr);
		if (rc == SNMP_OK)
			fn(arg, &r);
		ifmib_row_free(&r);
	}
	*nrows = t.nrows;
	table_free(&t);
	return rc;
}

/* The columns one interface needs in a GET. */
static size_t
want_cols(const struct ifmib_row *f, int ident, int counters, int v1,
    int *out)
{
	static const int id_cols[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_PHYS,
	    IF_ADMIN, IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS };
	size_t n = 0, k;
	int s, col;

	/*
	 * v1 agents without ifXTable answer noSuchName, which costs a round
	 * trip per object: v1 reads ifTable only (the first six).
	 */
	for (k = 0; ident && k < (v1 ? 6 : 9); k++)
		out[n++] = id_cols[k];
	for (s = 0; counters && s < IF_NSLOTS; s++) {
		col = slot_col[s][f->want_hc ? 0 : 1];
		if (col >= 0)
			out[n++] = col;
	}
	return n;
}

static const uint32_t number0[] = { 1, 3, 6, 1, 2, 1, 2, 1, 0 };
static const uint32_t change0[] = { 1, 3, 6, 1, 2, 1, 31, 1, 5, 0 };

/* A stamp's figure: the value, or IFMIB_STAMP_NONE. */
static uint64_t
stamp_value(const struct snmp_value *v)
{
	if (v->type == VAL_INTEGER && v->i >= 0)
		return (uint64_t)v->i;
	if (v->type == VAL_TIMETICKS || v->type == VAL_GAUGE32)
		return v->u;
	return IFMIB_STAMP_NONE;
}

/* sysUpTime.0 into oids[0] and, with stamp, its objects into oids[1..3). */
static void
stamp_oids(struct oid *oids, int stamp)
{
	memcpy(oids[0].arcs, sys_uptime0, sizeof(sys_uptime0));
	oids[0].len = sizeof(sys_uptime0) / sizeof(sys_uptime0[0]);
	if (!stamp)
		return;
	memcpy(oids[1].arcs, number0, sizeof(number0));
	oids[1].len = sizeof(number0) / sizeof(number0[0]);
	memcpy(oids[2].arcs, change0, sizeof(change0));
	oids[2].len = sizeof(change0) / sizeof(change0[0]);
}

/* The stamp from vb[0..3), as stamp_oids() asked. */
static void
stamp_read(struct ifmib_stamp *st, const struct varbind *vb)
{
	st->uptime = stamp_value(&vb[0].val);
	st->number = stamp_value(&vb[1].val);
	st->change = stamp_value(&vb[2].val);
}

int
ifmib_stamp_holds(const struct ifmib_stamp *then,
    const struct ifmib_stamp *now, int64_t now_ms)
{
	/* centiseconds on this host's clock since the walk */
	uint64_t gone = now_ms > then->walked ?
	    (uint64_t)(now_ms - then->walked) / 10 : 0;

	if (now->number != then->number || now->change != then->change)
		return 0;
	if (now->uptime == IFMIB_STAMP_NONE || then->uptime == IFMIB_STAMP_NONE)
		return now->uptime == then->uptime;
	/* the agent's clock kept pace, within 10 s and 0.1 %: no restart */
	return now->uptime + 1000 + gone / 1000 >= then->uptime + gone;
}

/*
 * One GET of as many rows from list[*i] on as fit; *i moves past them,
 * with the stamp's objects after sysUpTime.0 when st is not NULL.
 * oids[] and vb[] have room for SESSION_MAX_VB.
 */
static int
fetch_some(struct session *s, struct ifmib_row **list, size_t n, size_t *i,
    int ident, int counters, struct ifmib_stamp *st, struct oid *oids,
    struct varbind *vb)
{
	struct rate_clock clk;
	int cl[IF_NCOLS], rc, v1 = session_version(s) == SNMP_V1;
	size_t first = *i, j, k, m = 1, pos;

	stamp_oids(oids, st != NULL);
	if (st != NULL)
		m = 3;
	pos = m;
	for (; *i < n; (*i)++) {
		k = want_cols(list[*i], ident, counters, v1, cl);
		if (m + k > SESSION_MAX_VB)
			break;
		for (j = 0; j < k; j++) {
			ifmib_column(&oids[m], cl[j]);
			oids[m].arcs[oids[m].len++] = list[*i]->idx;
			m++;
		}
	}
	if ((rc = session_get(s, oids, m, vb)) != SNMP_OK)
		return rc;
	rate_clock_now(&clk, &vb[0].val, s);
	if (st != NULL)
		stamp_read(st, vb);
	for (; first < *i; first++) {
		k = want_cols(list[first], ident, counters, v1, cl);
		if (counters) {
			list[first]->cur.clock = clk;
			list[first]->cur.source = list[first]->want_hc;
		}
		for (j = 0; j < k && rc == SNMP_OK; j++)
			rc = ifmib_store(list[first], cl[j], &vb[pos++].val);
	}
	return rc;
}

/*
 * The requests' objects are allocated for the fetch alone: 280 KiB, which
 * a check of 1,000 interfaces would otherwise still hold while it writes
 * their samples.
 */
static int
fetch_all(struct session *s, struct ifmib_row **list, size_t n, int ident,
    int counters, struct ifmib_stamp *st)
{
	struct oid *oids = calloc(SESSION_MAX_VB, sizeof(*oids));
	struct varbind *vb = calloc(SESSION_MAX_VB, sizeof(*vb));
	size_t i = 0;
	int rc = oids != NULL && vb != NULL ? SNMP_OK : SNMP_E_NOMEM;

	while (i < n && rc == SNMP_OK) {
		rc = fetch_some(s, list, n, &i, ident, counters, st, oids, vb);
		st = NULL;
	}
	free(oids);
	free(vb);
	return rc;
}

int
ifmib_fetch(struct session *s, struct ifmib_row **list, size_t n, int ident,
    int counters, struct ifmib_stamp *st)
{
	struct ifmib_row **again;
	size_t i, k = 0;
	int rc;

	if ((rc = fetch_all(s, list, n, ident, counters, st)) != SNMP_OK ||
	    !counters)
		return rc;
	if ((again = calloc(n ? n : 1, sizeof(struct ifmib_row *))) == NULL)
		return SNMP_E_NOMEM;
	/* ifXTable first, ifTable where it has no octet counters */
	for (i = 0; i < n; i++) {
		if (list[i]->want_hc && !ifmib_has_octets(list[i]) &&
		    list[i]->exists) {
			list[i]->want_hc = 0;
			memset(list[i]->cur.bits, 0, sizeof(list[i]->cur.bits));
			again[k++] = list[i];
		}
	}
	if (k > 0)
		rc = fetch_all(s, again, k, 0, 1, NULL);
	free(again);
	return rc;
}

int
ifmib_select_build(struct ifmib_select *s, char *err, size_t errlen)
{
	if (s->so.fields == 0)
		s->so.fields = IFMIB_NAME;
	return select_build(&s->sel, &s->so, err, errlen);
}

void
ifmib_select_describe(const struct ifmib_select *s, struct strbuf *sb)
{
	int k;

	select_describe(&s->so, sb);
	for (k = 0; k <= IFMIB_TYPE_MAX; k++) {
		if (ifmib_types_has(&s->types, k))
			sb_printf(sb, " type %d", k);
		if (ifmib_types_has(&s->xtypes, k))
			sb_printf(sb, " xtype %d", k);
	}
}

int
ifmib_select_key(const struct ifmib_select *s, int force32, char *buf,
    size_t cap)
{
	struct strbuf sb;

	sb_init(&sb, buf, cap);
	ifmib_select_describe(s, &sb);
	if (sb.len == 0)
		sb_add(&sb, "all");
	/* a --32bit run's samples are not the 64-bit counters' */
	if (force32)
		sb_add(&sb, " 32bit");
	return sb.truncated ? -1 : 0;
}

/* 1 if the selection's texts match the row's (or it has none). */
static int
text_selected(const struct ifmib_select *s, const struct ifmib_row *r)
{
	const char *t[3];
	size_t n = 0;

	if (!select_by_text(&s->so))
		return 1;
	if (s->so.fields & IFMIB_DESCR)
		t[n++] = r->descr;
	if (s->so.fields & IFMIB_NAME)
		t[n++] = ifmib_name(r);
	if (s->so.fields & IFMIB_ALIAS)
		t[n++] = r->alias;
	return select_match_any(&s->sel, t, n);
}

int
ifmib_selected(const struct ifmib_select *s, const struct ifmib_row *r)
{
	if ((s->types.given && !ifmib_types_has(&s->types, r->type)) ||
	    ifmib_types_has(&s->xtypes, r->type))
		return 0;
	return text_selected(s, r);
}

/* The hint of a probe whose ifName is its alias. */
static void
hint_text(const struct ifmib_row *probe, struct strbuf *sb)
{
	sb_add(sb, "; ifIndex ");
	sb_u64(sb, probe->idx);
	sb_add(sb, " is named '");
	output_put_str(sb, probe->alias);
	sb_add(sb, "' in ifName, and --match-on descr matches its ifDescr '");
	output_put_str(sb, probe->descr);
	sb_add(sb, "'");
}

/*
 * One row of ifmib_descr_hint()'s walk: 1 when its ifDescr matches, -1
 * out of memory.
 */
static int
hint_row(const struct ifmib_select *s, const struct table_row *row,
    struct strbuf *sb)
{
	struct ifmib_row probe;
	int found = 0;

	ifmib_row_init(&probe, row->index[0]);
	if (ifmib_store(&probe, IF_DESCR, &row->val[0]) != SNMP_OK ||
	    ifmib_store(&probe, IF_NAME, &row->val[1]) != SNMP_OK)
		found = -1;
	else if (probe.name[0] != '\0') {
		/* the alias holds the ifName, the name the ifDescr */
		probe.alias = probe.name;
		probe.name = probe.descr;
		found = text_selected(s, &probe);
		if (found)
			hint_text(&probe, sb);
		probe.name = probe.alias;
		probe.alias = no_text;
	}
	ifmib_row_free(&probe);
	return found;
}

int
ifmib_descr_hint(struct session *sn, const struct ifmib_select *s,
    struct strbuf *sb)
{
	struct oid oids[2];
	struct table t;
	size_t i;
	int rc, found = 0;

	if (!select_by_text(&s->so) || s->so.fields != IFMIB_NAME)
		return SNMP_OK;
	ifmib_column(&oids[0], IF_DESCR);
	ifmib_column(&oids[1], IF_NAME);
	if ((rc = table_walk(sn, oids, 2, &t)) != SNMP_OK)
		return rc;
	for (i = 0; i < t.nrows && found == 0; i++) {
		if (t.rows[i].index_len == 1)
			found = hint_row(s, &t.rows[i], sb);
	}
	table_free(&t);
	return found < 0 ? SNMP_E_NOMEM : SNMP_OK;
}

int
ifmib_listed(struct session *sn, const char *list, int *listed)
{
	struct varbind vb;
	struct oid o;
	char *end;
	unsigned long idx = strtoul(list, &end, 10);
	int rc;

	*listed = 0;
	ifmib_column(&o, IF_INDEX);
	if (end == list || idx > UINT32_MAX ||
	    oid_append(&o, (uint32_t)idx) < 0)
		return SNMP_OK;
	if ((rc = session_get(sn, &o, 1, &vb)) != SNMP_OK)
		return rc;
	*listed = !value_is_exception(&vb.val);
	return SNMP_OK;
}

int
ifmib_missing(struct session *sn, const struct ifmib_select *s,
    const char *missing, const char *changed, size_t nsel, struct strbuf *sb,
    int *alert)
{
	int listed = 0, rc = SNMP_OK;

	*alert = *missing != '\0' || *changed != '\0';
	if (*missing != '\0' && s->so.nidx > 0)
		sb_printf(sb, "%s interface with ifIndex %s on %s (see --list)",
		    nsel > 0 ? "; no" : "No", missing, session_peer(sn));
	else if (*missing != '\0' && ((rc = ifmib_listed(sn, missing,
	    &listed)) != SNMP_OK || listed)) {
		if (rc != SNMP_OK)
			return rc;
		/* the rows are there, with nothing of what a check reads */
		sb_printf(sb, "%sifIndex %s: the interface table has no usable "
		    "columns (no ifDescr, ifType, ifAdminStatus or "
		    "ifOperStatus; see --list)", sb->len > 0 ? "; " : "",
		    missing);
	} else if (*missing != '\0')
		/* the walk listed them, the GET found nothing */
		sb_printf(sb, "%sifIndex %s gone since the walk: the interface "
		    "table changed during the check (see --list)", sb->len > 0 ?
		    "; " : "", missing);
	if (*changed != '\0')
		sb_printf(sb, "%s%s: the interface table changed during the "
		    "check (see --list)", sb->len > 0 ? "; " : "", changed);
	return SNMP_OK;
}

/* ifmib_pick()'s walk: count the interfaces, pass on the selected. */
struct picker {
	const struct ifmib_select *s;
	ifmib_row_fn	*fn;
	void		*arg;
	size_t		 seen;
};

static void
pick_row(void *arg, const struct ifmib_row *r)
{
	struct picker *pk = arg;

	pk->seen++;
	if (ifmib_selected(pk->s, r))
		pk->fn(pk->arg, r);
}

/* The rows of --index, each once. */
static void
pick_index(const struct select_opts *so, struct picker *pk)
{
	struct ifmib_row r;
	size_t i, j;

	ifmib_row_init(&r, 0);
	for (i = 0; i < so->nidx; i++) {
		for (j = 0; j < i && so->idx[j] != so->idx[i]; j++)
			;
		if (j < i)
			continue;
		r.idx = so->idx[i];
		pk->seen++;
		pk->fn(pk->arg, &r);
	}
}

int
ifmib_pick(struct session *sn, const struct ifmib_select *s,
    ifmib_row_fn *fn, void *arg, size_t *seen, int *name_from_descr)
{
	struct picker pk = { s, fn, arg, 0 };
	int col[4], text = select_by_text(&s->so), rc = SNMP_OK;
	size_t k = 0, nrows;

	*name_from_descr = 0;
	if (s->so.nidx > 0)
		pick_index(&s->so, &pk);
	else {
		if (text && (s->so.fields & IFMIB_DESCR))
			col[k++] = IF_DESCR;
		if (text && (s->so.fields & IFMIB_NAME))
			col[k++] = IF_NAME;
		if (text && (s->so.fields & IFMIB_ALIAS))
			col[k++] = IF_ALIAS;
		if (s->types.given || s->xtypes.given)
			col[k++] = IF_TYPE;
		if (k == 0)
			col[k++] = IF_INDEX;
		rc = ifmib_walk(sn, col, k, pick_row, &pk, &nrows,
		    name_from_descr);
	}
	*seen = pk.seen;
	return rc;
}

void
ifmib_json(struct json *j, const struct ifmib_row *f)
{
	const char *tn;

	json_uint(j, "index", f->idx);
	json_str(j, "name", f->name);
	json_str(j, "descr", f->descr);
	json_str(j, "alias", f->alias);
	json_str(j, "phys_address", f->phys);
	if (f->type >= 0)
		json_int(j, "type", f->type);
	else
		json_null(j, "type");
	if ((tn = ifmib_type_name(f->type)) != NULL)
		json_str(j, "type_name", tn);
	else
		json_null(j, "type_name");
	json_uint(j, "speed", ifmib_speed(f));
	json_str(j, "admin", ifmib_admin_name(f->admin));
	json_str(j, "oper", ifmib_oper_name(f->oper));
}

/* ifmib_list()'s walk: one line or one JSON object per interface. */
struct lister {
	const struct ifmib_select *s;
	const uint64_t	*speed;
	struct strbuf	*sb;
	struct json	*j;
};

static void
list_row(void *arg, const struct ifmib_row *r)
{
	const struct lister *ls = arg;
	uint64_t speed[NDIRS];
	char line[1024];
	int sel = select_index(&ls->s->so, r->idx) && ifmib_selected(ls->s, r);

	if (ls->j != NULL) {
		json_object(ls->j, NULL);
		ifmib_json(ls->j, r);
		json_bool(ls->j, "selected", sel);
		json_close(ls->j);
		return;
	}
	ifmib_dir_speeds(r, ls->speed, speed);
	ifmib_describe(line, sizeof(line), r, speed[D_IN]);
	sb_printf(ls->sb, "%c %lu %s\n", sel ? '*' : ' ',
	    (unsigned long)r->idx, line);
}

int
ifmib_list(struct session *sn, const struct ifmib_select *s,
    const uint64_t *speed, struct strbuf *sb, struct json *j, size_t *nrows,
    int *name_from_descr)
{
	/* the text shows no ifPhysAddress: walked for JSON only (last) */
	static const int lc[] = { IF_DESCR, IF_TYPE, IF_SPEED, IF_ADMIN,
	    IF_OPER, IF_NAME, IF_HSPEED, IF_ALIAS, IF_PHYS };
	size_t n = sizeof(lc) / sizeof(lc[0]) - (j == NULL);
	struct lister ls = { s, speed, sb, j };

	return ifmib_walk(sn, lc, n, list_row, &ls, nrows, name_from_descr);
}

int
ifmib_row_start(struct ifmib_row *r, const struct ifmib_row *picked)
{
	ifmib_row_init(r, picked->idx);
	if (ifmib_text_set(&r->name, picked->name) != SNMP_OK ||
	    ifmib_text_set(&r->alias, picked->alias) != SNMP_OK)
		return SNMP_E_NOMEM;
	return SNMP_OK;
}
