/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pdu: v1/v2c message decoding (pdu_decode) as a reply from the
 * network reaches it, then every varbind rendered the way plugins render
 * them (common/output.h): OID text and name, the value as text through
 * output_put_text() or as a number through num_format() into perfdata,
 * with device strings used as perfdata labels, and the whole result
 * rendered.  Properties: values are views inside the message; a message
 * with more varbinds than the caller's array is refused, not overrun;
 * device text never forges a status line or perfdata (no '|', no line
 * break, no control octet); numbers print as plain decimals that read
 * back; a request re-encodes (pdu_encode_request) to the same message.
 */
#include <math.h>

#include "num.h"
#include "oid.h"
#include "output.h"
#include "pdu.h"
#include "snmp.h"
#include "threshold.h"

#include "fuzz.h"

#define MAXVB	256

static struct varbind vb[MAXVB], vb2[MAXVB];
static struct oid oids[MAXVB];
static struct output out;
static char rendered[OUTPUT_SUMMARY_MAX + OUTPUT_PERF_MAX +
    OUTPUT_LONG_MAX + 64];
static uint8_t enc[65536];

static int
inside(const uint8_t *p, size_t n, const uint8_t *buf, size_t len)
{
	return p >= buf && p <= buf + len && n <= (size_t)(buf + len - p);
}

/* What output_put_text() appended is safe in a status line. */
static void
check_text(const struct strbuf *sb, size_t from)
{
	size_t i, k, n;
	unsigned char c;

	FUZZ_CHECK(sb->len < sb->cap && sb->buf[sb->len] == '\0');
	for (i = from; i < sb->len; i += n) {
		c = (unsigned char)sb->buf[i];
		FUZZ_CHECK(c != '|' && c >= 0x20 && c != 0x7f);
		n = 1;
		if (c < 0x80)
			continue;
		/* valid UTF-8 (RFC 3629), and no C1 control, LS or PS */
		n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		FUZZ_CHECK(c >= 0xc2 && c <= 0xf4 && i + n <= sb->len);
		for (k = 1; k < n; k++)
			FUZZ_CHECK(((unsigned char)sb->buf[i + k] & 0xc0) == 0x80);
		FUZZ_CHECK(!(c == 0xc2 && (unsigned char)sb->buf[i + 1] < 0xa0));
		FUZZ_CHECK(!(c == 0xe2 && (unsigned char)sb->buf[i + 1] == 0x80 &&
		    ((unsigned char)sb->buf[i + 2] == 0xa8 ||
		    (unsigned char)sb->buf[i + 2] == 0xa9)));
	}
}

/* A number as perfdata shows it: plain decimal that reads back. */
static void
check_number(const struct num *n)
{
	char buf[NUM_TEXT_MAX];
	struct num back;
	size_t len;

	if (n->kind == NUM_DOUBLE) {
		/*
		 * an Opaque infinity once came through as a number, shown
		 * as "inf" in perfdata (regress/fuzz_pdu/opaque-float-*)
		 */
		FUZZ_CHECK(isfinite(n->d));
	}
	len = num_format(n, buf, sizeof(buf));
	FUZZ_CHECK(len == strlen(buf));
	FUZZ_CHECK(strpbrk(buf, "eEnN") == NULL);	/* no 1e+30, nan, inf */
	FUZZ_CHECK(num_parse(&back, buf) == SNMP_OK);
	if (n->kind != NUM_DOUBLE)
		FUZZ_CHECK(num_cmp(n, &back) == 0);
	else
		/*
		 * NUM_TEXT_MAX holds every double: output.c once cut an
		 * Opaque double 1e300 to 1e62 (regress/fuzz_pdu/opaque-double-*)
		 */
		FUZZ_CHECK(len + 1 < sizeof(buf) &&
		    fabs(num_to_double(&back) - n->d) <= 5e-7 +
		    fabs(n->d) * 1e-15);
}

static void
render(const struct snmp_msg *m)
{
	static struct threshold t;
	static int init;
	struct num n, lo, hi;
	const struct varbind *v;
	char text[OID_TEXT_MAX], *label;
	const char *name;
	size_t i, from, narcs, len;

	if (!init) {
		FUZZ_CHECK(range_parse(&t.warn, "~:100") == SNMP_OK);
		FUZZ_CHECK(range_parse(&t.crit, "@-5:18446744073709551615") ==
		    SNMP_OK);
		t.has_warn = t.has_crit = 1;
		init = 1;
	}
	output_init(&out);
	num_from_int(&lo, 0);
	num_from_uint(&hi, UINT64_MAX);
	sb_printf(&out.summary, "%s reqid %d", m->version == SNMP_V1 ?
	    "v1" : "v2c", (int)m->pdu.reqid);
	if (m->pdu.errstat != ERR_NOERROR)
		sb_printf(&out.summary, " %s index %d",
		    pdu_errstat_name(m->pdu.errstat), m->pdu.errindex);
	for (i = 0; i < m->pdu.nvb; i++) {
		v = &m->pdu.vb[i];
		len = oid_format(&v->oid, text, sizeof(text));
		FUZZ_CHECK(len == strlen(text) && len > 0);
		/* the name table is scanned linearly (slow): once per message */
		if (i == 0 && (name = oid_lookup_name(&v->oid, &narcs)) != NULL)
			FUZZ_CHECK(narcs >= 1 && narcs <= v->oid.len);
		sb_printf(&out.longout, "%s = %s: ", text,
		    value_type_name(v->val.type));
		if (value_is_numeric(&v->val)) {
			FUZZ_CHECK(value_to_num(&v->val, &n) == SNMP_OK);
			check_number(&n);
			output_state(&out, threshold_state(&t, &n));
			output_perf(&out, text, &n, "c", &t, &lo, &hi);
		} else if (value_is_exception(&v->val)) {
			FUZZ_CHECK(value_to_num(&v->val, &n) == SNMP_E_INVAL);
			output_state(&out, STATE_UNKNOWN);
		} else if (v->val.type == VAL_OID) {
			struct oid o;

			FUZZ_CHECK(oid_from_ber(&o, v->val.bytes, v->val.len) ==
			    SNMP_OK);
			oid_format(&o, text, sizeof(text));
			sb_add(&out.longout, text);
		} else {
			FUZZ_CHECK(v->val.len == 0 || v->val.bytes != NULL);
			from = out.summary.len;
			sb_add(&out.summary, " ");
			output_put_text(&out.summary, v->val.bytes, v->val.len);
			check_text(&out.summary, from);
			from = out.longout.len;
			output_put_text(&out.longout, v->val.bytes, v->val.len);
			check_text(&out.longout, from);
			/* interface and storage plugins label by device text */
			label = fuzz_cstr(v->val.bytes, v->val.len);
			num_from_uint(&n, v->val.len);
			output_perf(&out, label, &n, "B", NULL, NULL, NULL);
			free(label);
		}
		sb_add(&out.longout, "\n");
	}
	len = output_render(&out, "SNMP", rendered, sizeof(rendered));
	FUZZ_CHECK(len < sizeof(rendered) && rendered[len] == '\0');
	/* one status line: at most one '|' before the first line break */
	label = strchr(rendered, '\n');
	FUZZ_CHECK(label != NULL);
	*label = '\0';
	label = strchr(rendered, '|');
	FUZZ_CHECK(label == NULL || strchr(label + 1, '|') == NULL);
}

/* A request with NULL values goes out again as the same message. */
static void
reencode(const uint8_t *data, size_t size, const struct snmp_msg *m)
{
	struct snmp_msg back;
	size_t i, off;
	int len;

	if (m->pdu.type == PDU_RESPONSE || m->pdu.type == PDU_REPORT)
		return;
	for (i = 0; i < m->pdu.nvb; i++) {
		if (m->pdu.vb[i].val.type != VAL_NULL)
			return;
		oids[i] = m->pdu.vb[i].oid;
	}
	len = pdu_encode_request(enc, sizeof(enc), m->version,
	    (const char *)m->community, m->community_len, m->pdu.type,
	    m->pdu.reqid, m->pdu.errstat, m->pdu.errindex, oids, m->pdu.nvb,
	    &off);
	if (len < 0) {
		/* only a message too deep or too large for the writer */
		FUZZ_CHECK(len == SNMP_E_NOSPACE || len == SNMP_E_INVAL);
		return;
	}
	/* the community's offset, for the redacted -vvv dump */
	FUZZ_CHECK(off + m->community_len <= (size_t)len);
	/* once wrong from 128 octets on (regress/fuzz_pdu/get-128-*) */
	FUZZ_CHECK(m->community_len == 0 || memcmp(enc + off, m->community,
	    m->community_len) == 0);
	memset(&back, 0, sizeof(back));
	back.pdu.vb = vb2;
	back.pdu.maxvb = MAXVB;
	FUZZ_CHECK(pdu_decode(enc, (size_t)len, &back) == SNMP_OK);
	FUZZ_CHECK(back.version == m->version &&
	    back.community_len == m->community_len &&
	    back.pdu.type == m->pdu.type && back.pdu.reqid == m->pdu.reqid &&
	    back.pdu.errstat == m->pdu.errstat &&
	    back.pdu.errindex == m->pdu.errindex &&
	    back.pdu.nvb == m->pdu.nvb);
	for (i = 0; i < m->pdu.nvb; i++)
		FUZZ_CHECK(oid_cmp(&vb2[i].oid, &oids[i]) == 0 &&
		    vb2[i].val.type == VAL_NULL);
	(void)data;
	(void)size;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct snmp_msg m, small;
	size_t i;
	int rc;

	memset(&m, 0, sizeof(m));
	m.pdu.vb = vb;
	m.pdu.maxvb = MAXVB;
	rc = pdu_decode(data, size, &m);
	FUZZ_CHECK(rc <= 0);
	if (rc != SNMP_OK)
		return 0;
	FUZZ_CHECK(m.version == SNMP_V1 || m.version == SNMP_V2C);
	FUZZ_CHECK(inside(m.community, m.community_len, data, size));
	FUZZ_CHECK(m.pdu.type >= PDU_GET && m.pdu.type <= PDU_REPORT &&
	    m.pdu.type != PDU_TRAPV1);
	FUZZ_CHECK(m.pdu.errstat >= 0 && m.pdu.errindex >= 0);
	FUZZ_CHECK(m.pdu.nvb <= MAXVB);
	for (i = 0; i < m.pdu.nvb; i++) {
		FUZZ_CHECK(vb[i].oid.len >= 2 &&
		    vb[i].oid.len <= OID_MAX_ARCS);
		FUZZ_CHECK(vb[i].val.len == 0 ||
		    inside(vb[i].val.bytes, vb[i].val.len, data, size));
	}
	/* the same message into a smaller array: refused, never overrun */
	if (m.pdu.nvb > 0) {
		memset(&small, 0, sizeof(small));
		small.pdu.vb = vb2;
		small.pdu.maxvb = m.pdu.nvb - 1;
		FUZZ_CHECK(pdu_decode(data, size, &small) == SNMP_E_NOSPACE);
	}
	render(&m);
	reencode(data, size, &m);
	return 0;
}
