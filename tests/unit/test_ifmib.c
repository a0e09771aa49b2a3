/* SPDX-License-Identifier: ISC */
/*
 * IF-MIB knowledge: ifType sets, --oper-state maps, speeds, labels, the
 * rates of two samples (RFC 2863 counters, RFC 2863 §3.1.5 renumbering),
 * and the selection a run remembers for the next.
 */
#include <check.h>

#include "ifmib.h"
#include "snmp.h"
#include "state.h"
#include "testutil.h"

static const struct {
	const char	*list;
	int		 ok;
	int		 type;		/* in the set when ok */
	const char	*err;		/* the message begins so when not */
} type_cases[] = {
	{ "6", 1, 6, NULL },
	{ "ethernetCsmacd", 1, 6, NULL },
	{ "LOOPBACK,lag", 1, 161, NULL },
	{ "1023", 1, 1023, NULL },
	{ "0", 0, 0, "Invalid interface type '0': expected 1 to 1023" },
	{ "1024", 0, 0, "Invalid interface type '1024'" },
	{ "99999999999999999999", 0, 0, "Unknown interface type '9999" },
	{ "6,nosuch", 0, 0, "Unknown interface type 'nosuch'" },
	{ ",", 0, 0, "Invalid interface type list ','" },
	{ "", 0, 0, "Invalid interface type list ''" }
};

START_TEST(types)
{
	struct ifmib_types t;
	char err[512];

	memset(&t, 0, sizeof(t));
	err[0] = '\0';
	ck_assert_int_eq(ifmib_types_parse(&t, type_cases[_i].list, err,
	    sizeof(err)), type_cases[_i].ok ? 0 : -1);
	ck_assert_int_eq(t.given, 1);
	if (type_cases[_i].ok) {
		ck_assert_int_eq(ifmib_types_has(&t, type_cases[_i].type), 1);
		ck_assert_int_eq(ifmib_types_has(&t, 2), 0);
	} else
		ck_assert_msg(strncmp(err, type_cases[_i].err,
		    strlen(type_cases[_i].err)) == 0, "message: %s", err);
	ck_assert_int_eq(ifmib_types_has(&t, -1), 0);
	ck_assert_int_eq(ifmib_types_has(&t, 1024), 0);
}
END_TEST

START_TEST(types_too_long)
{
	struct ifmib_types t;
	char list[600], err[512];

	memset(&t, 0, sizeof(t));
	memset(list, '6', sizeof(list) - 1);
	list[sizeof(list) - 1] = '\0';
	ck_assert_int_eq(ifmib_types_parse(&t, list, err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid interface type list: too long");
}
END_TEST

START_TEST(oper_states)
{
	int st[OPER_MAX + 1], i;
	char err[512];

	for (i = 0; i <= OPER_MAX; i++)
		st[i] = -1;
	ck_assert_int_eq(ifmib_oper_states(st, "down=WARNING,7=ok", err,
	    sizeof(err)), 0);
	ck_assert_int_eq(st[OPER_DOWN], STATE_WARNING);
	ck_assert_int_eq(st[OPER_LOWERDOWN], STATE_OK);
	ck_assert_int_eq(st[OPER_UP], -1);
	ck_assert_int_eq(ifmib_oper_states(st, "up", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid --oper-state 'up': expected "
	    "STATUS=STATE");
	ck_assert_int_eq(ifmib_oper_states(st, "8=OK", err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "unknown status '8'") != NULL, "%s", err);
	ck_assert_int_eq(ifmib_oper_states(st, "dormant=9", err,
	    sizeof(err)), -1);
	ck_assert_msg(strstr(err, "state '9' for dormant") != NULL, "%s", err);
}
END_TEST

static const struct {
	const char	*text;
	int		 ok;
	uint64_t	 bits;
} speed_cases[] = {
	{ "100M", 1, 100000000ULL },
	{ "2.5G", 1, 2500000000ULL },
	{ "1k", 1, 1000 },
	{ "10Mbps", 1, 10000000ULL },
	{ "1", 1, 1 },
	{ "0", 0, 0 },
	{ "1MB", 0, 0 },		/* bytes: refused */
	{ "1:2", 0, 0 },
	{ "@1", 0, 0 },
	{ "~", 0, 0 },
	{ "2e16", 0, 0 },
	{ "x", 0, 0 }
};

START_TEST(speeds)
{
	uint64_t v = 0;

	ck_assert_int_eq(ifmib_speed_parse(speed_cases[_i].text, &v),
	    speed_cases[_i].ok ? 0 : -1);
	if (speed_cases[_i].ok)
		ck_assert_uint_eq(v, speed_cases[_i].bits);
}
END_TEST

START_TEST(labels)
{
	static struct ifmib_row r;
	char buf[300];

	ifmib_row_init(&r, 10101);
	ifmib_label(&r, buf, sizeof(buf));
	ck_assert_str_eq(buf, "ifIndex 10101");
	r.descr = "GigabitEthernet1/0/1";
	ifmib_label(&r, buf, sizeof(buf));
	ck_assert_str_eq(buf, "GigabitEthernet1/0/1");
	r.name = "Gi1/0/1";
	ifmib_label(&r, buf, sizeof(buf));
	ck_assert_str_eq(buf, "Gi1/0/1");
}
END_TEST

/* Texts kept at their length, replaced, and freed back to "". */
START_TEST(row_texts)
{
	static const unsigned char mac[] = { 0x00, 0x1b, 0x21, 0xff };
	struct snmp_value v;
	struct ifmib_row r;
	char id[64];

	ifmib_row_init(&r, 3);
	memset(&v, 0, sizeof(v));
	v.type = VAL_OCTET_STRING;
	v.bytes = (const unsigned char *)"eth0";
	v.len = 4;
	ck_assert_int_eq(ifmib_store(&r, IF_DESCR, &v), SNMP_OK);
	v.bytes = (const unsigned char *)"lan";
	v.len = 3;
	ck_assert_int_eq(ifmib_store(&r, IF_NAME, &v), SNMP_OK);
	v.bytes = (const unsigned char *)"uplink";
	v.len = 6;
	ck_assert_int_eq(ifmib_store(&r, IF_NAME, &v), SNMP_OK);
	v.bytes = mac;
	v.len = sizeof(mac);
	ck_assert_int_eq(ifmib_store(&r, IF_PHYS, &v), SNMP_OK);
	ck_assert_str_eq(r.descr, "eth0");
	ck_assert_str_eq(r.name, "uplink");
	ck_assert_str_eq(r.alias, "");
	ck_assert_str_eq(r.phys, "001B21FF");
	ifmib_identity(&r, id, sizeof(id));
	ck_assert_str_eq(id, "65746830 75706c696e6b 001B21FF");
	/* an absent cell empties the text */
	v.type = VAL_NOSUCHINSTANCE;
	ck_assert_int_eq(ifmib_store(&r, IF_DESCR, &v), SNMP_OK);
	ck_assert_str_eq(r.descr, "");
	ifmib_row_free(&r);
	ck_assert_str_eq(r.name, "");
	ck_assert_str_eq(r.phys, "");
	ck_assert_int_eq(r.type, -1);
}
END_TEST

/* Two samples of one interface, 10 s apart by the agent's clock. */
static void
samples(struct ifmib_row *r, struct rate_prev *pv, int bits)
{
	struct rate_sample *prev = &pv->sample;
	int s;

	ifmib_row_init(r, 1);
	memset(pv, 0, sizeof(*pv));
	pv->have = 1;
	prev->id = "- - -";	/* ifmib_identity() of a row without texts */
	prev->idlen = strlen(prev->id);
	prev->clock.has_uptime = r->cur.clock.has_uptime = 1;
	prev->clock.uptime = 1000;
	r->cur.clock.uptime = 2000;
	prev->clock.wall_ms = 1000000;
	r->cur.clock.wall_ms = 1010000;
	for (s = 0; s < IF_NSLOTS; s++) {
		if (bits == 32 && (s == S_IN_MCAST || s == S_IN_BCAST ||
		    s == S_OUT_MCAST || s == S_OUT_BCAST))
			continue;
		if (bits == 64 && (s == S_IN_NUCAST || s == S_OUT_NUCAST))
			continue;
		prev->bits[s] = r->cur.bits[s] = bits;
	}
	prev->source = r->cur.source = bits == 64;
}

START_TEST(rates)
{
	static struct ifmib_row r;
	static struct rate_prev prev;
	struct ifmib_rates m;
	uint64_t speed[NDIRS] = { 1000000, 0 };
	char why[256];

	samples(&r, &prev, 64);
	r.cur.v[S_IN_OCT] = 1250000;		/* 1 Mb/s over 10 s */
	r.cur.v[S_OUT_OCT] = 125;
	r.cur.v[S_IN_UCAST] = 90;
	r.cur.v[S_IN_BCAST] = 10;
	r.cur.v[S_IN_ERR] = 5;
	r.cur.v[S_OUT_ERR] = 3;			/* no packets out: 100% */
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_OK);
	ck_assert(m.secs == 10);
	ck_assert(m.val[M_TRAFFIC][D_IN] == 1000000);
	ck_assert(m.has_pct[M_TRAFFIC][D_IN] && m.pct[M_TRAFFIC][D_IN] == 100);
	ck_assert(m.val[M_TRAFFIC][D_OUT] == 100);
	ck_assert_int_eq(m.has_pct[M_TRAFFIC][D_OUT], 0);	/* no speed */
	ck_assert(m.val[M_ERRORS][D_IN] == 0.5);
	ck_assert(m.pct[M_ERRORS][D_IN] == 5);
	ck_assert(m.pct[M_ERRORS][D_OUT] == 100);
	ck_assert(m.has[M_DISCARDS][D_IN] && m.val[M_DISCARDS][D_IN] == 0);
	ck_assert(m.pct[M_DISCARDS][D_OUT] == 0);
	ck_assert_int_eq(m.wrapped, 0);
}
END_TEST

START_TEST(rates_wrap_and_reset)
{
	static struct ifmib_row r;
	static struct rate_prev prev;
	struct ifmib_rates m;
	uint64_t speed[NDIRS] = { 1000000000, 1000000000 };
	char why[256];

	/* a Counter32 wrap below the line rate: taken */
	samples(&r, &prev, 32);
	prev.sample.v[S_IN_OCT] = 4294967000ULL;
	r.cur.v[S_IN_OCT] = 1000;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_OK);
	ck_assert_int_eq(m.wrapped, 1);
	ck_assert(m.val[M_TRAFFIC][D_IN] == (double)(296 + 1000) * 8 / 10);
	/* one the line could not carry: a reset */
	speed[D_IN] = 100;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_RESET);
	/* a Counter64 that went back */
	samples(&r, &prev, 64);
	prev.sample.v[S_OUT_OCT] = 10;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_RESET);
	/* the index names another interface (RFC 2863 §3.1.5) */
	samples(&r, &prev, 64);
	prev.sample.id = "657468 - 001122334455";
	prev.sample.idlen = strlen(prev.sample.id);
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_RESET);
	ck_assert_msg(strstr(why, "ifIndex 1 now names another") != NULL,
	    "%s", why);
	/* the counters moved to the other table */
	samples(&r, &prev, 64);
	prev.sample.source = 0;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_RESET);
	ck_assert_str_eq(why, "the counters now come from ifXTable (64 bits)");
	/* no previous sample */
	samples(&r, &prev, 64);
	prev.have = 0;
	prev.why = "no previous sample of this interface";
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_FIRST);
	ck_assert_str_eq(why, prev.why);
	/* under a second: too soon */
	samples(&r, &prev, 64);
	r.cur.clock.uptime = 1050;
	r.cur.clock.wall_ms = 1000500;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_TOO_SOON);
}
END_TEST

/* counters an agent's cache served twice are no rate yet (issue 18) */
START_TEST(rates_cached_counters)
{
	static struct ifmib_row r;
	static struct rate_prev prev;
	struct ifmib_rates m;
	uint64_t speed[NDIRS] = { 1000000, 1000000 };
	char why[256];

	samples(&r, &prev, 64);
	ck_assert_int_eq(ifmib_unchanged(&r, &prev.sample), 1);
	/* 10 s: past the cache, an idle link */
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 1, &m, why, sizeof(why)),
	    RATE_OK);
	ck_assert(m.val[M_TRAFFIC][D_IN] == 0);
	/* 3 s: perhaps the cache */
	r.cur.clock.uptime = 1300;
	r.cur.clock.wall_ms = 1003000;
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 1, &m, why, sizeof(why)),
	    RATE_TOO_SOON);
	ck_assert_msg(strstr(why, "did not change in 3.00 s") != NULL, "%s",
	    why);
	ck_assert_int_eq(ifmib_rates(&r, &prev, speed, 0, &m, why, sizeof(why)),
	    RATE_OK);
	/* a counter moved, or one is missing: not unchanged */
	r.cur.v[S_OUT_OCT] = 1;
	ck_assert_int_eq(ifmib_unchanged(&r, &prev.sample), 0);
	r.cur.v[S_OUT_OCT] = 0;
	prev.sample.bits[S_IN_OCT] = 0;
	ck_assert_int_eq(ifmib_unchanged(&r, &prev.sample), 0);
}
END_TEST

/* ifAdminStatus, ifOperStatus and the policy -> state, words, ignored. */
static const struct {
	int		 admin, oper;
	const char	*policy;	/* "d": --expect-down, "a": admin WARNING,
					 * "o": --oper-state dormant=CRITICAL */
	int		 state;
	const char	*text;
	int		 ignored;
} status_cases[] = {
	{ 1, 1, "", STATE_OK, "up", 0 },
	{ 1, 2, "", STATE_CRITICAL, "down", 0 },
	{ 1, 7, "", STATE_CRITICAL, "lowerLayerDown", 0 },
	{ 1, 6, "", STATE_WARNING, "notPresent", 0 },
	{ 1, 5, "", STATE_OK, "dormant", 0 },
	{ 1, 4, "", STATE_UNKNOWN, "unknown", 0 },
	{ 3, 1, "", STATE_OK, "up (admin testing)", 0 },
	{ 2, 2, "", STATE_OK, "admin down (ignored)", 1 },
	{ 2, 2, "a", STATE_WARNING, "admin down", 0 },
	{ 1, 1, "d", STATE_CRITICAL, "up", 0 },
	{ 1, 2, "d", STATE_OK, "down", 0 },
	{ 1, 5, "o", STATE_CRITICAL, "dormant", 0 },
	{ 0, 1, "", STATE_UNKNOWN, "ifAdminStatus missing or invalid", 0 },
	{ 1, 0, "", STATE_UNKNOWN, "ifOperStatus missing or invalid", 0 }
};

START_TEST(status_states)
{
	static struct ifmib_row r;
	struct ifmib_status st;
	struct strbuf sb;
	char buf[64], err[128];
	int ignored = -1;

	ifmib_status_init(&st);
	if (strchr(status_cases[_i].policy, 'd') != NULL)
		st.expect_down = 1;
	if (strchr(status_cases[_i].policy, 'a') != NULL)
		ck_assert_int_eq(ifmib_admin_down(&st, "warning", err,
		    sizeof(err)), 0);
	if (strchr(status_cases[_i].policy, 'o') != NULL)
		ck_assert_int_eq(ifmib_oper_states(st.oper, "dormant=CRITICAL",
		    err, sizeof(err)), 0);
	r.admin = status_cases[_i].admin;
	r.oper = status_cases[_i].oper;
	sb_init(&sb, buf, sizeof(buf));
	ck_assert_int_eq(ifmib_status_state(&st, &r, &sb, &ignored),
	    status_cases[_i].state);
	ck_assert_str_eq(buf, status_cases[_i].text);
	ck_assert_int_eq(ignored, status_cases[_i].ignored);
}
END_TEST

START_TEST(admin_down_option)
{
	struct ifmib_status st;
	char err[128];

	ifmib_status_init(&st);
	ck_assert_int_eq(ifmib_admin_down(&st, "IGNORE", err, sizeof(err)), 0);
	ck_assert_int_eq(st.admin_down, IFMIB_ADMIN_IGNORE);
	ck_assert_int_eq(ifmib_admin_down(&st, "2", err, sizeof(err)), 0);
	ck_assert_int_eq(st.admin_down, STATE_CRITICAL);
	ck_assert_int_eq(ifmib_admin_down(&st, "nope", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid --admin-down 'nope': expected ignore, "
	    "OK, WARNING, CRITICAL or UNKNOWN");
}
END_TEST

START_TEST(direction_speeds)
{
	static struct ifmib_row r;
	uint64_t given[NDIRSEL] = { 0, 0, 0 }, sp[NDIRS];
	char err[128];

	r.has_ifspeed = 1;
	r.ifspeed = 100000000;
	ifmib_dir_speeds(&r, given, sp);
	ck_assert_uint_eq(sp[D_IN], 100000000);
	ck_assert_uint_eq(sp[D_OUT], 100000000);
	ck_assert_int_eq(ifmib_speed_option(given, DS_BOTH, "1G", err,
	    sizeof(err)), 0);
	ck_assert_int_eq(ifmib_speed_option(given, DS_OUT, "2.5G", err,
	    sizeof(err)), 0);
	ifmib_dir_speeds(&r, given, sp);
	ck_assert_uint_eq(sp[D_IN], 1000000000);
	ck_assert_uint_eq(sp[D_OUT], 2500000000u);
	ck_assert_int_eq(ifmib_speed_option(given, DS_IN, "1GB", err,
	    sizeof(err)), -1);
	ck_assert_str_eq(err, "Invalid --in-speed '1GB': expected bits per "
	    "second with an optional k, M, G or T (100M, 2.5G)");
}
END_TEST

/* A store holding text as the previous run's data, writing into out. */
static void
recall_store(struct rate_store *rs, char *text, char *out, size_t cap)
{
	memset(rs, 0, sizeof(*rs));
	rs->prev = text;
	rs->cursor = text;
	sb_init(&rs->next, out, cap);
}

START_TEST(recall_round_trip)
{
	struct ifmib_row rows[3];
	struct ifmib_stamp st = { IFMIB_STAMP_NONE, 300, 5000, 1000000 }, got;
	struct rate_store rs;
	char out[512], in[600], empty[1] = "";
	uint32_t *idx;
	size_t n;
	int descr = 0;

	ifmib_row_init(&rows[0], 1);
	ifmib_row_init(&rows[1], 10101);
	ifmib_row_init(&rows[2], 4294967295u);
	recall_store(&rs, empty, out, sizeof(out));
	ifmib_remember(&rs, &st, 0, rows, sizeof(rows[0]), 3, 1);
	ck_assert_str_eq(out, "item walk\nnumber none\nchange 300\n"
	    "uptime 5000\ntime 1000000\ndescr 1\npicked 1 10101 4294967295\n");
	snprintf(in, sizeof(in), "%sitem 1\nid x\n", out);
	recall_store(&rs, in, out, sizeof(out));
	ck_assert_int_eq(ifmib_recall(&rs, 1000000 + IFMIB_RECALL_SECS * 1000,
	    &got, &idx, &n, &descr), 0);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(idx[0], 1);
	ck_assert_uint_eq(idx[1], 10101);
	ck_assert_uint_eq(idx[2], 4294967295u);
	ck_assert(got.number == IFMIB_STAMP_NONE);
	ck_assert_uint_eq(got.change, 300);
	ck_assert_int_eq(descr, 1);
	ck_assert_int_eq(got.walked, 1000000);
	ck_assert_uint_eq(got.uptime, 5000);
	free(idx);
	/* an hour and a millisecond later, or earlier than it was kept */
	recall_store(&rs, in, out, sizeof(out));
	ck_assert_int_eq(ifmib_recall(&rs, 1000001 + IFMIB_RECALL_SECS * 1000,
	    &got, &idx, &n, &descr), -1);
	ck_assert_ptr_null(idx);
	recall_store(&rs, in, out, sizeof(out));
	ck_assert_int_eq(ifmib_recall(&rs, 999999, &got, &idx, &n, &descr),
	    -1);
	/*
	 * Read 2 s after the walk began (uptime 5000 cs): a change at 4700
	 * cs or later may be one the walk missed; 4699 is before it.
	 */
	st.change = 4700;
	recall_store(&rs, empty, out, sizeof(out));
	ifmib_remember(&rs, &st, 2000, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_eq(rs.next.len, 0);
	st.change = 4699;
	ifmib_remember(&rs, &st, 2000, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_gt(rs.next.len, 0);
	/* an agent up for less than that, or without sysUpTime */
	st.uptime = 250;
	st.change = 0;
	recall_store(&rs, empty, out, sizeof(out));
	ifmib_remember(&rs, &st, 2000, rows, sizeof(rows[0]), 3, 0);
	st.uptime = IFMIB_STAMP_NONE;
	ifmib_remember(&rs, &st, 2000, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_eq(rs.next.len, 0);
	/* read just before the walk (lag 0): a second's margin still */
	st.uptime = 5000;
	st.change = 4900;
	ifmib_remember(&rs, &st, 0, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_eq(rs.next.len, 0);
	st.change = 4899;
	ifmib_remember(&rs, &st, 0, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_gt(rs.next.len, 0);
	/* a change above the uptime came before it wrapped: long ago */
	st.change = 4000000000u;
	recall_store(&rs, empty, out, sizeof(out));
	ifmib_remember(&rs, &st, 2000, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_gt(rs.next.len, 0);
	recall_store(&rs, empty, out, sizeof(out));
	/* without ifTableLastChange nothing is remembered */
	st.uptime = 5000;
	st.change = IFMIB_STAMP_NONE;
	ifmib_remember(&rs, &st, 0, rows, sizeof(rows[0]), 3, 0);
	ck_assert_uint_eq(rs.next.len, 0);
}
END_TEST

START_TEST(recall_damaged)
{
	static const char *const bad[] = {
		"",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked \n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 0\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 2 1\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 1 1\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 4294967296\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 1x\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 2\npicked 1\n",
		"item walk\nnumber -4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 1\n",
		"item walk\nnumber 4\nuptime 7\ntime 5\ndescr 0\npicked 1\n",
		"item walk\nnumber 4\nchange 0\ntime 5\ndescr 0\npicked 1\n",
		"item walk\nnumber 4\nchange none\nuptime 7\ntime 5\ndescr 0\n"
		    "picked 1\n",
		"item walk\nnumber none\nchange none\nuptime 7\ntime 5\ndescr 0\n"
		    "picked 1\n",
		/* a sample's lines are not the walk's */
		"item walk\npicked 1\nitem 1\nnumber 4\nchange 0\ntime 5\n"
		    "descr 0\n",
		"item walk\nnumber 4\nchange 0\nuptime 7\ntime 5\ndescr 0\npicked 1",
	};
	struct ifmib_stamp got;
	struct rate_store rs;
	char in[256], out[64];
	uint32_t *idx;
	size_t i, n;
	int descr;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(in, sizeof(in), "%s", bad[i]);
		recall_store(&rs, in, out, sizeof(out));
		ck_assert_msg(ifmib_recall(&rs, 10, &got, &idx, &n, &descr) ==
		    -1, "case %zu", i);
		ck_assert_ptr_null(idx);
	}
	snprintf(in, sizeof(in), "item walk\nnumber 4\nchange 0\nuptime 7\n"
	    "time 5\ndescr 0\npicked 1 3\n");
	recall_store(&rs, in, out, sizeof(out));
	ck_assert_int_eq(ifmib_recall(&rs, 10, &got, &idx, &n, &descr), 0);
	ck_assert_uint_eq(n, 2);
	free(idx);
}
END_TEST

START_TEST(stamp_holds)
{
	const uint64_t N = IFMIB_STAMP_NONE;
	/* walked at 1,000,000 ms (this host) with the agent up 1,000 s */
	struct ifmib_stamp then = { 4, 0, 100000, 1000000 }, now = then;
	int64_t t = 1000000 + 600000;	/* ten minutes later */

	now.uptime = 160000;		/* up ten minutes more */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 1);
	now.uptime = 158940;		/* 10 s + 0.1 % behind: the limit */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 1);
	now.uptime = 158939;
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	now.uptime = 12000;		/* restarted two minutes ago */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	now.uptime = 160000;
	/* this host's clock stepped back: no time passed */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, 0), 1);
	now.number = 5;			/* one came */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	now.number = 4;
	now.change = 1500;		/* one came, one went */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	now.change = N;			/* the object is gone */
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	now.change = 0;
	now.uptime = N;
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 0);
	then.uptime = N;
	ck_assert_int_eq(ifmib_stamp_holds(&then, &now, t), 1);
}
END_TEST

START_TEST(select_key)
{
	static struct ifmib_select is;
	char key[64], err[128];

	is.so.field_names = ifmib_fields;
	ck_assert_int_eq(ifmib_select_build(&is, err, sizeof(err)), SNMP_OK);
	ck_assert_int_eq(ifmib_select_key(&is, 0, key, sizeof(key)), 0);
	ck_assert_str_eq(key, "all");
	ck_assert_int_eq(ifmib_select_key(&is, 1, key, sizeof(key)), 0);
	ck_assert_str_eq(key, "all 32bit");
	ck_assert_int_eq(ifmib_select_key(&is, 1, key, 5), -1);
	select_free(&is.sel);
}
END_TEST

static Suite *
ifmib_suite(void)
{
	Suite *s = suite_create("ifmib");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, types, 0, sizeof(type_cases) /
	    sizeof(type_cases[0]));
	tcase_add_test(tc, types_too_long);
	tcase_add_test(tc, oper_states);
	tcase_add_loop_test(tc, speeds, 0, sizeof(speed_cases) /
	    sizeof(speed_cases[0]));
	tcase_add_test(tc, labels);
	tcase_add_test(tc, row_texts);
	tcase_add_loop_test(tc, status_states, 0, sizeof(status_cases) /
	    sizeof(status_cases[0]));
	tcase_add_test(tc, admin_down_option);
	tcase_add_test(tc, direction_speeds);
	tcase_add_test(tc, select_key);
	tcase_add_test(tc, recall_round_trip);
	tcase_add_test(tc, stamp_holds);
	tcase_add_test(tc, recall_damaged);
	tcase_add_test(tc, rates);
	tcase_add_test(tc, rates_wrap_and_reset);
	tcase_add_test(tc, rates_cached_counters);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(ifmib_suite)
