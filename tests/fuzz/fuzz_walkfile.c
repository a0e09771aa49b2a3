/* SPDX-License-Identifier: ISC */
/*
 * fuzz_walkfile: walkfile_parse() on arbitrary text (snmpwalk -On output
 * or .snmprec), then the offline agent queried as a session would:
 * walkfile_get() and walkfile_getnext() on fixed OIDs, on the OID that
 * starts each input line, on its parent and on a child.  Properties: a
 * walk with GETNEXT from the empty OID visits walkfile_count() objects in
 * strictly increasing order and GET of each gives the same value; every
 * stored value is what pdu_decode_value() makes of its own contents
 * octets (as if an agent had sent them); GETNEXT answers with a greater
 * OID or endOfMibView; a failed parse says why.
 */
#include "oid.h"
#include "pdu.h"
#include "snmp.h"
#include "walkfile.h"

#include "fuzz.h"

static const char *const fixed[] = {
	"1.3.6.1.2.1.1.3.0",		/* sysUpTime.0 */
	"1.3.6.1.2.1.1.1.0",
	"1.3.6.1.2.1.2.2.1.10",
	"1.3.6.1.4.1.99999.1.1",
	"1.3.6.1.4.1.2021.10.1.3.1",
	"0.0",
	"2.4294967215.4294967295"
};

static int
same_value(const struct snmp_value *a, const struct snmp_value *b)
{
	if (a->type != b->type || a->len != b->len || a->i != b->i ||
	    a->u != b->u)
		return 0;
	if ((a->type == VAL_FLOAT || a->type == VAL_DOUBLE) &&
	    memcmp(&a->d, &b->d, sizeof(a->d)) != 0)
		return 0;
	return a->len == 0 || memcmp(a->bytes, b->bytes, a->len) == 0;
}

/* A stored value is the decoding of its own contents octets. */
static void
check_value(const struct snmp_value *v)
{
	struct snmp_value back;
	uint8_t tag;

	FUZZ_CHECK(!value_is_exception(v));
	FUZZ_CHECK(v->len == 0 || v->bytes != NULL);
	tag = v->type == VAL_FLOAT || v->type == VAL_DOUBLE ? VAL_OPAQUE :
	    (uint8_t)v->type;
	FUZZ_CHECK((int)tag == v->type || tag == VAL_OPAQUE);
	FUZZ_CHECK(pdu_decode_value(tag, v->bytes, v->len, &back) == SNMP_OK);
	FUZZ_CHECK(same_value(v, &back));
}

static void
query(const struct walkfile *wf, const struct oid *o)
{
	struct snmp_value v;
	struct varbind next;
	struct oid child;

	walkfile_get(wf, o, &v);
	if (!value_is_exception(&v))
		check_value(&v);
	else
		FUZZ_CHECK(v.type == VAL_NOSUCHOBJECT ||
		    v.type == VAL_NOSUCHINSTANCE);
	walkfile_getnext(wf, o, &next);
	if (next.val.type == VAL_ENDOFMIBVIEW)
		FUZZ_CHECK(oid_cmp(&next.oid, o) == 0);
	else {
		FUZZ_CHECK(oid_cmp(&next.oid, o) > 0);
		check_value(&next.val);
	}
	/* GETNEXT into its own argument, as session_table() does */
	next.oid = *o;
	walkfile_getnext(wf, &next.oid, &next);
	child = *o;
	if (oid_append(&child, 0) == SNMP_OK) {
		walkfile_get(wf, &child, &v);
		walkfile_getnext(wf, &child, &next);
	}
	if (o->len > 0) {
		child = *o;
		child.len--;
		walkfile_get(wf, &child, &v);
		walkfile_getnext(wf, &child, &next);
	}
}

/* The OID at the start of each line ('.' optional, up to ' ' or '|'). */
static void
line_oids(const struct walkfile *wf, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl, *e;
	char buf[OID_TEXT_MAX];
	struct oid o;
	size_t n, lines = 0;

	for (; p < end && lines < 64; p = nl + 1, lines++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		for (e = p; e < nl && *e != ' ' && *e != '|' && *e != '\t';
		    e++)
			;
		n = (size_t)(e - p);
		if (n == 0 || n >= sizeof(buf))
			continue;
		memcpy(buf, p, n);
		buf[n] = '\0';
		if (oid_parse(&o, buf) == SNMP_OK)
			query(wf, &o);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct walkfile *wf;
	struct varbind vb;
	struct snmp_value v;
	struct oid o;
	char err[256], *text;
	size_t n, i;
	int rc;

	/* exact size, not NUL-terminated: the parser must not need one */
	if ((text = malloc(size > 0 ? size : 1)) == NULL)
		abort();
	if (size > 0)
		memcpy(text, data, size);
	memset(err, 'x', sizeof(err));
	rc = walkfile_parse(&wf, "fuzz", text, size, err, sizeof(err));
	if (rc != SNMP_OK) {
		FUZZ_CHECK(wf == NULL);
		FUZZ_CHECK(rc == SNMP_E_SYNTAX || rc == SNMP_E_NOMEM);
		FUZZ_CHECK(memchr(err, '\0', sizeof(err)) != NULL &&
		    strncmp(err, "fuzz", 4) == 0);
		free(text);
		return 0;
	}
	FUZZ_CHECK(wf != NULL);
	n = walkfile_count(wf);
	FUZZ_CHECK(n > 0);
	/* the whole walk, GETNEXT from the empty OID */
	o.len = 0;
	for (i = 0; i <= n; i++) {
		walkfile_getnext(wf, &o, &vb);
		if (vb.val.type == VAL_ENDOFMIBVIEW)
			break;
		FUZZ_CHECK(oid_cmp(&vb.oid, &o) > 0);
		check_value(&vb.val);
		walkfile_get(wf, &vb.oid, &v);
		FUZZ_CHECK(same_value(&v, &vb.val));
		o = vb.oid;
	}
	FUZZ_CHECK(i == n);
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		FUZZ_CHECK(oid_parse(&o, fixed[i]) == SNMP_OK);
		query(wf, &o);
	}
	line_oids(wf, text, size);
	walkfile_close(wf);
	free(text);
	return 0;
}
