/* SPDX-License-Identifier: ISC */
/*
 * entPhysicalTable rows by GET (entity.h).  RFC 6933 §3: entPhysicalName
 * may be empty, entPhysicalDescr is then the text to show;
 * entPhysicalContainedIn is 0 at the top of the containment tree.
 */
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "entity.h"
#include "snmp.h"
#include "table.h"

static const uint32_t phys_entry[] = { 1, 3, 6, 1, 2, 1, 47, 1, 1, 1, 1 };
/* Class and ContainedIn first: a container's lookup needs only those. */
static const uint32_t phys_cols[] = { 5, 4, 7, 2 };
#define NCOLS		4
#define PER_GET		(SESSION_MAX_VB / NCOLS)

struct anc {
	uint32_t	 index;
	int		 cls;		/* -1: unknown, or no such entity */
	uint32_t	 parent;
};

static void
store(struct entity *e, const struct varbind *vb, size_t ncols)
{
	int64_t v;
	size_t k;

	e->exists = 0;
	for (k = 0; k < ncols; k++) {
		if (!value_is_exception(&vb[k].val))
			e->exists = 1;
	}
	e->cls = cell_enum(&vb[0].val);
	e->parent = cell_int(&vb[1].val, &v) == 0 && v > 0 &&
	    v <= 0x7fffffff ? (uint32_t)v : 0;
	e->name[0] = '\0';
	if (ncols > 2 && !cell_name(&vb[2].val, e->name, sizeof(e->name)))
		cell_name(&vb[3].val, e->name, sizeof(e->name));
}

/* The first ncols of phys_cols for every entity, PER_GET entities a GET. */
static int
fetch(struct session *s, struct entity *e, size_t n, size_t ncols)
{
	struct oid *oids;
	struct varbind *vb;
	size_t i, k, m;
	int rc = SNMP_OK;

	oids = calloc(PER_GET * NCOLS, sizeof(*oids));
	vb = calloc(PER_GET * NCOLS, sizeof(*vb));
	if (oids == NULL || vb == NULL)
		rc = SNMP_E_NOMEM;
	for (i = 0; i < n && rc == SNMP_OK; i += m) {
		m = n - i < PER_GET ? n - i : PER_GET;
		for (k = 0; k < m * ncols; k++) {
			table_column(&oids[k], phys_entry, sizeof(phys_entry) /
			    sizeof(phys_entry[0]), phys_cols[k % ncols]);
			oid_append(&oids[k], e[i + k / ncols].index);
		}
		if ((rc = session_get(s, oids, m * ncols, vb)) != SNMP_OK)
			break;
		for (k = 0; k < m; k++)
			store(&e[i + k], vb + k * ncols, ncols);
	}
	free(oids);
	free(vb);
	return rc;
}

int
entity_fetch(struct session *s, struct entity *e, size_t n)
{
	return fetch(s, e, n, NCOLS);
}

static int
anc_cmp(const void *a, const void *b)
{
	const struct anc *x = a, *y = b;

	return (x->index > y->index) - (x->index < y->index);
}

static int
u32_cmp(const void *a, const void *b)
{
	const uint32_t *x = a, *y = b;

	return (*x > *y) - (*x < *y);
}

static const struct anc *
known_find(const struct anc *known, size_t n, uint32_t index)
{
	struct anc key;

	memset(&key, 0, sizeof(key));
	key.index = index;
	return n == 0 ? NULL : bsearch(&key, known, n, sizeof(*known),
	    anc_cmp);
}

/*
 * The containers cur[] names that are not known yet, each once, into
 * need[]; returns how many.
 */
static size_t
unknown(const uint32_t *cur, size_t n, const struct anc *known,
    size_t nknown, uint32_t *ids, struct entity *need)
{
	size_t i, k = 0, m = 0;

	for (i = 0; i < n; i++) {
		if (cur[i] != 0 && known_find(known, nknown, cur[i]) == NULL)
			ids[k++] = cur[i];
	}
	if (k > 0)
		qsort(ids, k, sizeof(*ids), u32_cmp);
	for (i = 0; i < k; i++) {
		if (i == 0 || ids[i] != ids[i - 1])
			need[m++].index = ids[i];
	}
	return m;
}

int
entity_below(struct session *s, const struct entity *e, size_t n, int cls,
    int *below)
{
	struct anc *known;
	struct entity *need;
	const struct anc *a;
	uint32_t *cur, *ids;
	size_t i, m, nknown = 0, depth;
	int rc = SNMP_OK, more = 1;

	known = calloc(n * ENTITY_DEPTH + 1, sizeof(*known));
	need = calloc(n + 1, sizeof(*need));
	cur = calloc(n + 1, sizeof(*cur));
	ids = calloc(n + 1, sizeof(*ids));
	if (known == NULL || need == NULL || cur == NULL || ids == NULL)
		rc = SNMP_E_NOMEM;
	for (i = 0; i < n && rc == SNMP_OK; i++) {
		below[i] = 0;
		cur[i] = e[i].parent;
	}
	for (depth = 0; depth < ENTITY_DEPTH && more && rc == SNMP_OK;
	    depth++) {
		m = unknown(cur, n, known, nknown, ids, need);
		if ((rc = fetch(s, need, m, 2)) != SNMP_OK)
			break;
		for (i = 0; i < m; i++) {
			known[nknown].index = need[i].index;
			known[nknown].cls = need[i].exists ? need[i].cls : -1;
			known[nknown++].parent = need[i].exists ?
			    need[i].parent : 0;
		}
		qsort(known, nknown, sizeof(*known), anc_cmp);
		for (i = 0, more = 0; i < n; i++) {
			if (cur[i] == 0)
				continue;
			a = known_find(known, nknown, cur[i]);
			if (a != NULL && a->cls == cls)
				below[i] = 1;
			cur[i] = a == NULL || below[i] ? 0 : a->parent;
			more |= cur[i] != 0;
		}
	}
	free(known);
	free(need);
	free(cur);
	free(ids);
	return rc;
}
