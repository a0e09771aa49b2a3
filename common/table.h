/* SPDX-License-Identifier: ISC */
/*
 * A table read column by column over a session and joined by index.
 * rows[] ascend by index; val[c] is column c of the row,
 * VAL_NOSUCHINSTANCE where the agent has no such cell.  Values stay valid
 * until session_free().
 */
#ifndef TABLE_H
#define TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "oid.h"
#include "pdu.h"
#include "session.h"

#define TABLE_BULK_FIRST	10	/* max-repetitions, rows unknown */
#define TABLE_BULK_MAX		100	/* max-repetitions at most */
#define TABLE_BULK_VB		200	/* objects per GETBULK reply */
#define TABLE_MAX_CELLS		500000u
#define TABLE_MAX_REQUESTS	20000u

struct table_row {
	const uint32_t		*index;		/* the arcs after the column */
	size_t			 index_len;
	struct snmp_value	*val;		/* [ncols] */
};

struct table {
	size_t			 ncols;
	size_t			 nrows;
	struct table_row	*rows;
	struct snmp_value	*vals;
	uint32_t		*pool;
};

/*
 * Walk the subtrees cols[0..ncols) (table columns such as hrStorageDescr,
 * or any subtree: its objects are the "rows") and join them by index.
 * GETBULK for v2c and v3, several columns per request.  max-repetitions
 * spares the agent objects past the columns' ends: the rows that remain
 * plus one when a walk of the same table in this session counted them,
 * else TABLE_BULK_FIRST, then as many as the walk has seen so far; at
 * most about TABLE_BULK_VB objects per reply and TABLE_BULK_MAX, halved
 * for the rest of the session after tooBig or an unanswered try.  GETNEXT
 * for v1 and walk files.  A column ends at endOfMibView, v1 noSuchName,
 * or the first object outside it.  Errors: an object not greater than
 * the one before (a loop), an error-status, more than TABLE_MAX_CELLS
 * objects or TABLE_MAX_REQUESTS requests, and those of session_get().
 * Free the table with table_free().
 */
int	table_walk(struct session *, const struct oid *, size_t,
	    struct table *);
void	table_free(struct table *);
/* The OID of column col of the table entry entry[0..n) (n < OID_MAX_ARCS). */
void	table_column(struct oid *, const uint32_t *entry, size_t n,
	    uint32_t col);
/*
 * One GETNEXT of the n objects oids[] (numeric text): bit i of *found is
 * set when the answer to oids[i] lies under under[i] (NULL: under oids[i]
 * itself), so that one request tells which of several tables an agent
 * has.  n <= 32.  SNMP_OK or the error of session_getnext().
 */
int	table_probe(struct session *, const char *const *oids,
	    const char *const *under, size_t n, unsigned *found);
/* The row with exactly this index, or NULL. */
const struct table_row *table_find(const struct table *, const uint32_t *,
	    size_t);

#endif
