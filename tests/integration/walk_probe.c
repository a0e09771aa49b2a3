/* SPDX-License-Identifier: ISC */
/*
 * Test driver for the walk engine: walks the given columns with
 * session_table() and prints one line per row, INDEX and then each
 * column's value or "-", separated by tabs (strings in quotes, OIDs with
 * a leading dot, as net-snmp's snmpwalk -Oq prints them), then
 * "rows N requests M"; with -a the same columns are walked again in the
 * session and "again: rows N requests M" follows, M the second walk's.
 * On failure prints "error: MESSAGE" and exits 3.
 *
 * usage: walk_probe -H HOST -p PORT [-P 1|2c] [-C COMMUNITY] [-t SECONDS]
 *                   [-r REPS] [-f WALKFILE] [-a] [-v] COLUMN-OID...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "net.h"
#include "oid.h"
#include "output.h"
#include "session.h"
#include "session_int.h"
#include "table.h"
#include "snmp.h"

static void
tracer(void *arg, int level, const char *msg, const uint8_t *pkt, size_t len,
    size_t off, size_t rlen)
{
	(void)arg;
	(void)pkt;
	(void)len;
	(void)off;
	(void)rlen;
	if (level == TRACE_REQUEST)
		fprintf(stderr, "%s\n", msg);
}

static void
print_value(const struct snmp_value *v)
{
	char buf[OID_TEXT_MAX];
	struct oid o;

	switch (v->type) {
	case VAL_NOSUCHINSTANCE:
		printf("\t-");
		break;
	case VAL_INTEGER:
		printf("\t%lld", (long long)v->i);
		break;
	case VAL_OCTET_STRING:
		printf("\t\"%.*s\"", (int)v->len, (const char *)v->bytes);
		break;
	case VAL_OID:
		if (oid_from_ber(&o, v->bytes, v->len) == SNMP_OK) {
			oid_format(&o, buf, sizeof(buf));
			printf("\t.%s", buf);
		}
		break;
	default:
		printf("\t%llu", (unsigned long long)v->u);
		break;
	}
}

/* The second walk of the same columns: its rows and its own requests. */
static int
walk_again(struct session *s, const struct oid *cols, size_t n)
{
	struct table tb;
	unsigned before = session_requests(s);

	if (table_walk(s, cols, n, &tb) != SNMP_OK) {
		printf("error: %s\n", session_error(s));
		return 3;
	}
	printf("again: rows %zu requests %u\n", tb.nrows,
	    session_requests(s) - before);
	table_free(&tb);
	return 0;
}

int
main(int argc, char *argv[])
{
	struct session *s;
	struct session_opts o;
	struct net_target t;
	struct table tb;
	struct oid *cols;
	const char *host = "127.0.0.1", *file = NULL;
	int c, port = 161, verbose = 0, rc, reps = 0, again = 0;
	double timeout = 5;
	size_t i, j, n;

	memset(&o, 0, sizeof(o));
	o.version = SNMP_V2C;
	o.community = "public";
	o.retries = 1;
	while ((c = getopt(argc, argv, "H:p:P:C:t:r:f:e:av")) != -1) {
		switch (c) {
		case 'a':
			again = 1;
			break;
		case 'H':
			host = optarg;
			break;
		case 'p':
			port = (int)strtol(optarg, NULL, 10);
			break;
		case 'P':
			o.version = strcmp(optarg, "1") == 0 ? SNMP_V1 :
			    SNMP_V2C;
			break;
		case 'C':
			o.community = optarg;
			break;
		case 't':
			timeout = strtod(optarg, NULL);
			break;
		case 'e':
			o.retries = (int)strtol(optarg, NULL, 10);
			break;
		case 'r':
			reps = (int)strtol(optarg, NULL, 10);
			break;
		case 'f':
			file = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			return 2;
		}
	}
	n = (size_t)(argc - optind);
	if (n == 0 || (cols = calloc(n, sizeof(*cols))) == NULL)
		return 2;
	for (i = 0; i < n; i++) {
		if (oid_parse(&cols[i], argv[optind + (int)i]) != SNMP_OK) {
			printf("error: bad OID %s\n", argv[optind + (int)i]);
			free(cols);
			return 2;
		}
	}
	o.community_len = strlen(o.community);
	o.budget_ms = (int64_t)(timeout * 1000);
	o.deadline = snmp_now_ms() + o.budget_ms;
	if (verbose)
		o.trace = tracer;
	if (file != NULL)
		o.walkfile = file;
	else {
		if (net_parse_target(&t, host, port, 0) != SNMP_OK) {
			printf("error: bad host %s\n", host);
			free(cols);
			return 2;
		}
		o.target = &t;
	}
	if ((s = session_new()) == NULL) {
		free(cols);
		return 2;
	}
	if (session_open(s, &o) != SNMP_OK) {
		printf("error: %s\n", session_error(s));
		session_free(s);
		free(cols);
		return 3;
	}
	s->maxrep_cap = reps;	/* a test knob: session_int.h */
	rc = table_walk(s, cols, n, &tb);
	if (rc != SNMP_OK) {
		printf("error: %s\n", session_error(s));
		printf("requests %u\n", session_requests(s));
		session_free(s);
		free(cols);
		return 3;
	}
	for (i = 0; i < tb.nrows; i++) {
		for (j = 0; j < tb.rows[i].index_len; j++)
			printf("%s%u", j ? "." : "", tb.rows[i].index[j]);
		for (j = 0; j < tb.ncols; j++)
			print_value(&tb.rows[i].val[j]);
		printf("\n");
	}
	printf("rows %zu requests %u\n", tb.nrows, session_requests(s));
	table_free(&tb);
	rc = again ? walk_again(s, cols, n) : 0;
	session_free(s);
	free(cols);
	return rc;
}
