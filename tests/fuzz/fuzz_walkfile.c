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
 * OID or endOfMibView; a failed parse says why.  A malformed record is
 * skipped: GET of its OID and a GETNEXT that reaches it fail and name its
 * line (walkfile_why()), the walk goes on past it, and the skipped lines
 * listed name the file.  The same text gzip-compressed (stored blocks,
 * written here) and read by walkfile_open() through a memfd gives the same
 * walk; an input that is itself gzip goes through walkfile_open() too.
 */
#define _GNU_SOURCE		/* memfd_create */
#include <sys/mman.h>

#include <unistd.h>

#include "inflate.h"
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

static int memfd = -1;
static char memfd_path[64];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if ((memfd = memfd_create("fuzz_walkfile", 0)) < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(memfd_path, sizeof(memfd_path), "/proc/self/fd/%d", memfd);
	return 0;
}

/* A skipped record's reason names the file and a line. */
static void
check_why(const struct walkfile *wf, const struct oid *o, const char *name)
{
	char why[512];

	memset(why, 'x', sizeof(why));
	walkfile_why(wf, o, why, sizeof(why));
	FUZZ_CHECK(memchr(why, '\0', sizeof(why)) != NULL);
	FUZZ_CHECK(strncmp(why, name, strlen(name)) == 0 &&
	    why[strlen(name)] == ':' &&
	    strstr(why, ": unreadable record of ") != NULL);
}

static void
query(const struct walkfile *wf, const struct oid *o)
{
	struct snmp_value v;
	struct varbind next;
	struct oid child;

	if (walkfile_get(wf, o, &v) != SNMP_OK) {
		FUZZ_CHECK(v.type == VAL_NOSUCHINSTANCE);
		check_why(wf, o, "fuzz");
	} else if (!value_is_exception(&v))
		check_value(&v);
	else
		FUZZ_CHECK(v.type == VAL_NOSUCHOBJECT ||
		    v.type == VAL_NOSUCHINSTANCE);
	if (walkfile_getnext(wf, o, &next) != SNMP_OK) {
		FUZZ_CHECK(next.val.type == VAL_ENDOFMIBVIEW);
		FUZZ_CHECK(oid_cmp(&next.oid, o) > 0);
		check_why(wf, &next.oid, "fuzz");
	} else if (next.val.type == VAL_ENDOFMIBVIEW)
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

/*
 * The walk from the empty OID: walkfile_count() objects in increasing
 * order, skipped records named on the way; its length, for comparison.
 */
static size_t
walk(const struct walkfile *wf, const char *name)
{
	struct varbind vb;
	struct snmp_value v;
	struct oid o;
	size_t n = walkfile_count(wf), i, bad = 0, steps;
	int rc;

	o.len = 0;
	for (i = 0, steps = 0; steps <= n + walkfile_skipped(wf); steps++) {
		rc = walkfile_getnext(wf, &o, &vb);
		FUZZ_CHECK(vb.val.type != VAL_ENDOFMIBVIEW || rc != SNMP_OK ||
		    oid_cmp(&vb.oid, &o) == 0);
		if (rc == SNMP_OK && vb.val.type == VAL_ENDOFMIBVIEW)
			break;
		FUZZ_CHECK(oid_cmp(&vb.oid, &o) > 0);
		if (rc != SNMP_OK) {
			FUZZ_CHECK(walkfile_get(wf, &vb.oid, &v) ==
			    SNMP_E_SYNTAX);
			check_why(wf, &vb.oid, name);
			bad++;
		} else {
			check_value(&vb.val);
			FUZZ_CHECK(walkfile_get(wf, &vb.oid, &v) == SNMP_OK);
			FUZZ_CHECK(same_value(&v, &vb.val));
			i++;
		}
		o = vb.oid;
	}
	FUZZ_CHECK(i == n);
	FUZZ_CHECK(bad <= walkfile_skipped(wf));
	return i + bad;
}

/* The text as one gzip member of stored blocks, read back by the file path. */
static void
check_gzip(const char *text, size_t len, int rc, size_t count,
    size_t skipped)
{
	static const uint8_t hdr[10] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 };
	struct walkfile *wf;
	uint8_t *gz, *p;
	size_t n, off;
	uint32_t crc;
	char err[256];
	int rc2, i;

	if ((gz = malloc(10 + len + 5 * (len / 65535 + 1) + 8)) == NULL)
		abort();
	memcpy(gz, hdr, sizeof(hdr));
	p = gz + sizeof(hdr);
	off = 0;
	do {
		n = len - off > 65535 ? 65535 : len - off;
		*p++ = off + n == len;
		*p++ = (uint8_t)n;
		*p++ = (uint8_t)(n >> 8);
		*p++ = (uint8_t)~n;
		*p++ = (uint8_t)(~n >> 8);
		memcpy(p, text + off, n);
		p += n;
		off += n;
	} while (off < len);
	crc = inflate_crc32(0, (const uint8_t *)text, len);
	for (i = 0; i < 4; i++)
		*p++ = (uint8_t)(crc >> (8 * i));
	for (i = 0; i < 4; i++)
		*p++ = (uint8_t)(len >> (8 * i));
	n = (size_t)(p - gz);
	if (ftruncate(memfd, 0) != 0 || pwrite(memfd, gz, n, 0) != (ssize_t)n)
		abort();
	free(gz);
	rc2 = walkfile_open(&wf, memfd_path, err, sizeof(err));
	FUZZ_CHECK(rc2 == rc);
	if (rc2 != SNMP_OK)
		return;
	FUZZ_CHECK(walkfile_count(wf) == count &&
	    walkfile_skipped(wf) == skipped);
	walk(wf, memfd_path);
	walkfile_close(wf);
}

/* An input that is gzip itself: through walkfile_open(), never a crash. */
static void
open_gzip(const uint8_t *data, size_t size)
{
	struct walkfile *wf;
	char err[256];

	if (ftruncate(memfd, 0) != 0 ||
	    pwrite(memfd, data, size, 0) != (ssize_t)size)
		abort();
	memset(err, 'x', sizeof(err));
	if (walkfile_open(&wf, memfd_path, err, sizeof(err)) != SNMP_OK) {
		FUZZ_CHECK(wf == NULL && memchr(err, '\0', sizeof(err)) !=
		    NULL && strncmp(err, memfd_path, strlen(memfd_path)) == 0);
		return;
	}
	walk(wf, memfd_path);
	walkfile_close(wf);
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
	struct oid o;
	char err[256], line[512], *text;
	size_t n, i;
	int rc;

	if (inflate_is_gzip(data, size)) {
		open_gzip(data, size);
		return 0;
	}
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
		check_gzip(text, size, rc, 0, 0);
		free(text);
		return 0;
	}
	FUZZ_CHECK(wf != NULL);
	n = walkfile_count(wf);
	FUZZ_CHECK(n > 0);
	FUZZ_CHECK(strncmp(walkfile_name(wf), "fuzz", 4) == 0);
	for (i = 0; walkfile_skipped_line(wf, i, line, sizeof(line)) == 0; i++)
		FUZZ_CHECK(strncmp(line, "fuzz:", 5) == 0);
	FUZZ_CHECK(i == walkfile_skipped(wf) || i == WALKFILE_SKIPS_LISTED);
	walk(wf, "fuzz");
	check_gzip(text, size, rc, n, walkfile_skipped(wf));
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		FUZZ_CHECK(oid_parse(&o, fixed[i]) == SNMP_OK);
		query(wf, &o);
	}
	line_oids(wf, text, size);
	walkfile_close(wf);
	free(text);
	return 0;
}
