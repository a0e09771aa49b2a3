/* SPDX-License-Identifier: ISC */
/*
 * Tables over a session: columns walked (protocol-notes.md "Walks") with
 * GETBULK or GETNEXT and joined by index into rows.
 */
#include <stdlib.h>
#include <string.h>

#include "session_int.h"
#include "snmp.h"
#include "table.h"

/*
 * Every column is walked from its
 * OID; each new object must lie under the column and be greater than the
 * one before it.  GETBULK for v2c and v3, asking for the next
 * s->maxrep objects of every unfinished column at once; GETNEXT for v1
 * and walk files.  The cells are kept per column, then joined by index.
 */
struct walk_cell {
	size_t			 arcs;		/* index: offset in the pool */
	size_t			 len;
	struct snmp_value	 val;
};

struct walk_col {
	struct oid		 root;
	struct oid		 cur;		/* last OID seen */
	int			 done;
	struct walk_cell	*cells;
	size_t			 ncells, cap;
};

struct walk {
	struct walk_col		*col;
	size_t			 ncols;
	uint32_t		*pool;		/* index arcs of every cell */
	size_t			 npool, poolcap;
	size_t			 total;		/* cells kept */
	size_t			 hint;		/* rows expected, 0 unknown */
};

static int
walk_add(struct session *s, struct walk *w, struct walk_col *c,
    const struct varbind *vb)
{
	struct walk_cell *cell;
	size_t len = vb->oid.len - c->root.len, need;
	void *p;

	if (w->total >= TABLE_MAX_CELLS) {
		session_seterr(s, "Walk stopped after %u objects: the agent at %s never "
		    "reached the end of the table", TABLE_MAX_CELLS,
		    session_peer(s));
		return SNMP_E_AGENT;
	}
	/* before the reallocs: gcc 12 -fanalyzer loses them across the copy */
	c->cur = vb->oid;
	if (c->ncells == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		if ((p = realloc(c->cells, c->cap * sizeof(*c->cells))) ==
		    NULL)
			goto nomem;
		c->cells = p;
	}
	if ((need = w->npool + len) > w->poolcap) {
		w->poolcap = need > w->poolcap * 2 ? need + 64 : w->poolcap * 2;
		if ((p = realloc(w->pool, w->poolcap * sizeof(*w->pool))) ==
		    NULL)
			goto nomem;
		w->pool = p;
	}
	cell = &c->cells[c->ncells++];
	cell->arcs = w->npool;
	cell->len = len;
	if (len > 0)	/* always: walk_step() checked the OID is longer */
		memcpy(w->pool + w->npool, vb->oid.arcs + c->root.len,
		    len * sizeof(*w->pool));
	w->npool += len;
	cell->val = vb->val;
	w->total++;
	if (session_keep(s, &cell->val) != SNMP_OK)
		goto nomem;
	return SNMP_OK;
nomem:
	session_seterr(s, "out of memory");
	return SNMP_E_NOMEM;
}

/* One answer for column c: a new cell, or the end of the column. */
static int
walk_step(struct session *s, struct walk *w, struct walk_col *c,
    const struct varbind *vb)
{
	char a[OID_TEXT_MAX], b[OID_TEXT_MAX];

	if (c->done)
		return SNMP_OK;
	if (value_is_exception(&vb->val)) {
		c->done = 1;		/* endOfMibView, noSuchName */
		return SNMP_OK;
	}
	/* before the subtree test: an echo of the request is no end */
	if (oid_cmp(&vb->oid, &c->cur) <= 0) {
		oid_format(&vb->oid, a, sizeof(a));
		oid_format(&c->cur, b, sizeof(b));
		session_seterr(s, "The agent at %s walks in a loop: %s came after %s",
		    session_peer(s), a, b);
		return SNMP_E_AGENT;
	}
	if (vb->oid.len <= c->root.len || !oid_is_prefix(&c->root, &vb->oid)) {
		c->done = 1;		/* left it */
		return SNMP_OK;
	}
	return walk_add(s, w, c, vb);
}

/*
 * max-repetitions for the next GETBULK of the unfinished columns
 * act[0..n), so that the agent computes few objects past their ends:
 * with a row count known, the rows that can remain plus one (the object
 * that shows a column's end); else as many rows as the walk has seen,
 * TABLE_BULK_FIRST to begin with, so that a long table takes a few
 * growing requests.  About TABLE_BULK_VB objects per reply at most, and
 * never more than tooBig or silence allowed.
 */
static int
walk_reps(const struct session *s, const struct walk *w, const size_t *act,
    size_t n)
{
	size_t seen = w->col[act[0]].ncells, want, i;

	/* the column furthest behind sets the pace */
	for (i = 1; i < n; i++) {
		if (w->col[act[i]].ncells < seen)
			seen = w->col[act[i]].ncells;
	}
	if (w->hint > 0 && seen <= w->hint)
		want = w->hint - seen + 1;
	else
		want = seen > 0 ? seen : TABLE_BULK_FIRST;
	if (want > TABLE_BULK_VB / n)
		want = TABLE_BULK_VB / n;
	if (want < 1)
		want = 1;
	return want > (size_t)s->maxrep_cap ? s->maxrep_cap : (int)want;
}

/* One GETBULK of the unfinished columns act[0..n). */
static int
walk_bulk(struct session *s, struct walk *w, const size_t *act, size_t n)
{
	struct oid *oids;
	struct snmp_msg m;
	size_t i, k;
	int asked, rc;

	if ((oids = malloc(n * sizeof(*oids))) == NULL) {
		session_seterr(s, "out of memory");
		return SNMP_E_NOMEM;
	}
	for (i = 0; i < n; i++)
		oids[i] = w->col[act[i]].cur;
	for (;;) {
		s->maxrep = asked = walk_reps(s, w, act, n);
		rc = session_request(s, PDU_GETBULK, oids, n, &m);
		/* what an unanswered try taught stays for the next requests */
		if (s->maxrep < asked)
			s->maxrep_cap = s->maxrep;
		if (rc != SNMP_OK)
			break;
		if (m.pdu.errstat == ERR_TOOBIG && s->maxrep > 1) {
			s->maxrep_cap = s->maxrep / 2;
			session_trace(s, TRACE_REQUEST, NULL, 0, 0, 0,
			    "tooBig: %d repetitions next", s->maxrep_cap);
			continue;
		}
		if (m.pdu.errstat != ERR_NOERROR) {
			session_seterr(s, "The agent at %s answered %s (error-status "
			    "%d) to GETBULK", net_text(&s->conn),
			    pdu_errstat_name(m.pdu.errstat), m.pdu.errstat);
			rc = SNMP_E_AGENT;
			break;
		}
		/* row r, column i of the reply is varbind r * n + i */
		for (k = 0; k < m.pdu.nvb && rc == SNMP_OK; k++)
			rc = walk_step(s, w, &w->col[act[k % n]],
			    &m.pdu.vb[k]);
		break;
	}
	free(oids);
	return rc;
}

/* One GETNEXT of the unfinished columns (v1, walk files). */
static int
walk_next(struct session *s, struct walk *w, const size_t *act, size_t n)
{
	struct oid *oids;
	struct varbind *vb;
	size_t i;
	int rc;

	oids = malloc(n * sizeof(*oids));
	vb = calloc(n, sizeof(*vb));
	if (oids == NULL || vb == NULL) {
		free(oids);
		free(vb);
		session_seterr(s, "out of memory");
		return SNMP_E_NOMEM;
	}
	for (i = 0; i < n; i++)
		oids[i] = w->col[act[i]].cur;
	rc = session_run(s, PDU_GETNEXT, oids, n, vb);
	for (i = 0; i < n && rc == SNMP_OK; i++)
		rc = walk_step(s, w, &w->col[act[i]], &vb[i]);
	free(oids);
	free(vb);
	return rc;
}

static int
walk_cmp(const struct walk *w, const struct walk_cell *a,
    const struct walk_cell *b)
{
	size_t i, n = a->len < b->len ? a->len : b->len;

	/* cells exist only after walk_add() grew the pool: never NULL here */
	if (w->pool == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (w->pool[a->arcs + i] != w->pool[b->arcs + i])
			return w->pool[a->arcs + i] < w->pool[b->arcs + i] ?
			    -1 : 1;
	}
	return a->len < b->len ? -1 : a->len > b->len;
}

/* Merge the columns (each ascending) into rows of the table. */
static int
walk_join(struct session *s, struct walk *w, struct table *t)
{
	const struct walk_cell *lo;
	size_t *pos, i, nrows = 0, maxrows = 0;
	struct table_row *r;

	for (i = 0; i < w->ncols; i++)
		maxrows += w->col[i].ncells;
	pos = calloc(w->ncols, sizeof(*pos));
	t->rows = calloc(maxrows ? maxrows : 1, sizeof(*t->rows));
	t->vals = calloc((maxrows ? maxrows : 1) * w->ncols,
	    sizeof(*t->vals));
	if (pos == NULL || t->rows == NULL || t->vals == NULL) {
		free(pos);
		session_seterr(s, "out of memory");
		return SNMP_E_NOMEM;
	}
	for (;;) {
		lo = NULL;
		for (i = 0; i < w->ncols; i++) {
			if (pos[i] < w->col[i].ncells && (lo == NULL ||
			    walk_cmp(w, &w->col[i].cells[pos[i]], lo) < 0))
				lo = &w->col[i].cells[pos[i]];
		}
		if (lo == NULL)
			break;
		r = &t->rows[nrows];
		r->index = w->pool + lo->arcs;
		r->index_len = lo->len;
		r->val = t->vals + nrows * w->ncols;
		for (i = 0; i < w->ncols; i++) {
			if (pos[i] < w->col[i].ncells &&
			    walk_cmp(w, &w->col[i].cells[pos[i]], lo) == 0)
				r->val[i] = w->col[i].cells[pos[i]++].val;
			else
				r->val[i].type = VAL_NOSUCHINSTANCE;
		}
		nrows++;
	}
	free(pos);
	t->nrows = nrows;
	return SNMP_OK;
}

/* The table entry that column c is in: c without its last arc. */
static struct oid
column_entry(const struct oid *c)
{
	struct oid e = *c;

	if (e.len > 0)
		e.len--;
	return e;
}

/*
 * The rows of the table walked last in this session, when column c is in
 * it (a plugin that walks a table again, with other columns), else 0.
 */
static size_t
walk_hint(const struct session *s, const struct oid *c)
{
	struct oid e = column_entry(c);

	return oid_cmp(&e, &s->walked) == 0 ? s->walked_rows : 0;
}

int
table_walk(struct session *s, const struct oid *cols, size_t ncols,
    struct table *t)
{
	struct walk w;
	size_t *act, n, i;
	unsigned reqs = 0;
	int rc = SNMP_OK;

	memset(t, 0, sizeof(*t));
	memset(&w, 0, sizeof(w));
	t->ncols = ncols;
	if (ncols == 0)
		return SNMP_OK;
	w.ncols = ncols;
	w.col = calloc(ncols, sizeof(*w.col));
	act = calloc(ncols, sizeof(*act));
	if (w.col == NULL || act == NULL) {
		session_seterr(s, "out of memory");
		rc = SNMP_E_NOMEM;
		goto done;
	}
	for (i = 0; i < ncols; i++)
		w.col[i].root = w.col[i].cur = cols[i];
	if (s->maxrep_cap <= 0)
		s->maxrep_cap = TABLE_BULK_MAX;
	w.hint = walk_hint(s, &cols[0]);
	for (;;) {
		for (i = n = 0; i < ncols; i++) {
			if (!w.col[i].done)
				act[n++] = i;
		}
		if (n == 0)
			break;
		if (++reqs > TABLE_MAX_REQUESTS) {
			session_seterr(s, "Walk stopped after %u requests: the agent at "
			    "%s never reached the end of the table",
			    TABLE_MAX_REQUESTS, session_peer(s));
			rc = SNMP_E_AGENT;
			break;
		}
		rc = s->wf == NULL && s->o.version != SNMP_V1 ?
		    walk_bulk(s, &w, act, n) : walk_next(s, &w, act, n);
		if (rc != SNMP_OK)
			break;
	}
	if (rc == SNMP_OK)
		rc = walk_join(s, &w, t);
	if (rc == SNMP_OK) {
		s->walked = column_entry(&cols[0]);
		s->walked_rows = t->nrows;
	}
done:
	for (i = 0; w.col != NULL && i < ncols; i++)
		free(w.col[i].cells);
	free(w.col);
	free(act);
	t->pool = w.pool;
	if (rc != SNMP_OK)
		table_free(t);
	return rc;
}

void
table_free(struct table *t)
{
	free(t->rows);
	free(t->vals);
	free(t->pool);
	memset(t, 0, sizeof(*t));
}

const struct table_row *
table_find(const struct table *t, const uint32_t *index,
    size_t len)
{
	size_t lo = 0, hi = t->nrows, mid, i, n;
	const struct table_row *r;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = &t->rows[mid];
		n = r->index_len < len ? r->index_len : len;
		for (c = 0, i = 0; i < n && c == 0; i++)
			c = r->index[i] < index[i] ? -1 : r->index[i] > index[i];
		if (c == 0)
			c = r->index_len < len ? -1 : r->index_len > len;
		if (c == 0)
			return r;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void
table_column(struct oid *o, const uint32_t *entry, size_t n, uint32_t col)
{
	memcpy(o->arcs, entry, n * sizeof(*entry));
	o->arcs[n] = col;
	o->len = n + 1;
}

int
table_probe(struct session *s, const char *const *oids,
    const char *const *under, size_t n, unsigned *found)
{
	struct oid q[32], u;
	struct varbind vb[32];
	size_t i;
	int rc;

	*found = 0;
	if (n == 0 || n > 32)
		return n == 0 ? SNMP_OK : SNMP_E_INVAL;
	for (i = 0; i < n; i++) {
		if (oid_parse_numeric(&q[i], oids[i]) != SNMP_OK)
			return SNMP_E_INVAL;
	}
	/* v1: a noSuchName drops that varbind and resends the rest */
	if ((rc = session_getnext(s, q, n, vb)) != SNMP_OK)
		return rc;
	for (i = 0; i < n; i++) {
		if (oid_parse_numeric(&u, under != NULL && under[i] != NULL ?
		    under[i] : oids[i]) != SNMP_OK)
			return SNMP_E_INVAL;
		if (!value_is_exception(&vb[i].val) && vb[i].oid.len > u.len &&
		    oid_is_prefix(&u, &vb[i].oid))
			*found |= 1u << i;
	}
	return SNMP_OK;
}
