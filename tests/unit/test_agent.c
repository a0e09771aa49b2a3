/* SPDX-License-Identifier: ISC */
/*
 * The agent the options name, opened: a walk file (read through the
 * session, named by session_peer()), a walk file that cannot be read, an
 * address and port, and each malformed -H named before anything is sent,
 * the session then freed.
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "agent.h"
#include "options.h"
#include "snmp.h"
#include "testopts.h"
#include "testutil.h"

static int
open_line(struct agent *a, const char *line, char *err, size_t errlen,
    struct snmp_opts *o)
{
	test_parse_opts(o, line);
	return agent_open(a, o, snmp_now_ms() + 5000, NULL, err, errlen);
}

/* A recorded walk: the session answers from it and names it. */
START_TEST(walk_file)
{
	struct snmp_opts o;
	struct agent a;
	struct oid id[2];
	struct varbind vb[2];
	char err[512] = "";

	ck_assert_int_eq(open_line(&a, "--walk-file tests/data/linux-host.walk",
	    err, sizeof(err), &o), SNMP_OK);
	ck_assert_str_eq(err, "");
	ck_assert_ptr_nonnull(a.s);
	ck_assert_str_eq(session_peer(a.s), "tests/data/linux-host.walk");
	ck_assert_int_eq(session_offline(a.s), 1);
	ck_assert_int_eq(session_version(a.s), SNMP_V2C);
	/* sysName.0 and sysUpTime.0 as recorded */
	ck_assert_int_eq(oid_parse(&id[0], "1.3.6.1.2.1.1.5.0"), SNMP_OK);
	ck_assert_int_eq(oid_parse(&id[1], "1.3.6.1.2.1.1.3.0"), SNMP_OK);
	ck_assert_int_eq(session_get(a.s, id, 2, vb), SNMP_OK);
	ck_assert_int_eq(vb[0].val.type, VAL_OCTET_STRING);
	ck_assert_uint_eq(vb[0].val.len, 2);
	ck_assert_int_eq(memcmp(vb[0].val.bytes, "vm", 2), 0);
	ck_assert_int_eq(vb[1].val.type, VAL_TIMETICKS);
	ck_assert_uint_eq(vb[1].val.u, 14634);
	session_free(a.s);
	options_free(&o);
}
END_TEST

static const struct {
	const char	*line;
	int		 rc;
	const char	*err;
} bad[] = {
	{ "--walk-file tests/data/no-such.walk", SNMP_E_FILE,
	  "Cannot use walk file: tests/data/no-such.walk: No such file or "
	  "directory" },
	{ "--walk-file tests/data", SNMP_E_FILE,
	  "Cannot use walk file: tests/data: Is a directory" },
	{ "-4 -H a:b:c", SNMP_E_ADDR,
	  "Invalid host 'a:b:c': expected a name, an IPv4 or IPv6 address, "
	  "[IPv6]:port or host:port (an IPv6 address cannot be used with "
	  "-4)" },
	{ "-4 -H [2001:db8::1]:161", SNMP_E_ADDR,
	  "Invalid host '[2001:db8::1]:161': expected a name, an IPv4 or "
	  "IPv6 address, [IPv6]:port or host:port (an IPv6 address cannot "
	  "be used with -4)" },
	{ "-H tcp:x", SNMP_E_UNSUPPORTED,
	  "Invalid host 'tcp:x': only UDP transports (udp:, udp6:) are "
	  "supported" },
	{ "-H tcp6:[::1]:161", SNMP_E_UNSUPPORTED,
	  "Invalid host 'tcp6:[::1]:161': only UDP transports (udp:, udp6:) "
	  "are supported" },
	/* malformed without -4: no word about it */
	{ "-H host:0", SNMP_E_ADDR,
	  "Invalid host 'host:0': expected a name, an IPv4 or IPv6 address, "
	  "[IPv6]:port or host:port" },
	{ "-H 192.0.2.1:65536", SNMP_E_ADDR,
	  "Invalid host '192.0.2.1:65536': expected a name, an IPv4 or IPv6 "
	  "address, [IPv6]:port or host:port" },
	{ "-H [::1", SNMP_E_ADDR,
	  "Invalid host '[::1': expected a name, an IPv4 or IPv6 address, "
	  "[IPv6]:port or host:port" },
	{ "-H []:161", SNMP_E_ADDR,
	  "Invalid host '[]:161': expected a name, an IPv4 or IPv6 address, "
	  "[IPv6]:port or host:port" },
};

START_TEST(refused)
{
	struct snmp_opts o;
	struct agent a;
	char err[512] = "";

	a.s = (struct session *)&a;	/* set to NULL by agent_open() */
	ck_assert_int_eq(open_line(&a, bad[_i].line, err, sizeof(err), &o),
	    bad[_i].rc);
	ck_assert_str_eq(err, bad[_i].err);
	ck_assert_ptr_null(a.s);
	options_free(&o);
}
END_TEST

/* An address and port: a UDP session to it, nothing sent yet. */
START_TEST(address)
{
	struct snmp_opts o;
	struct agent a;
	char err[512] = "";

	ck_assert_int_eq(open_line(&a, "-H 127.0.0.1 -p 1161", err,
	    sizeof(err), &o), SNMP_OK);
	ck_assert_str_eq(err, "");
	ck_assert_str_eq(session_peer(a.s), "127.0.0.1:1161");
	ck_assert_int_eq(session_offline(a.s), 0);
	ck_assert_uint_eq(session_requests(a.s), 0);
	session_free(a.s);
	options_free(&o);
	/* udp: and a port in -H, which wins over -p */
	ck_assert_int_eq(open_line(&a, "-H udp:127.0.0.1:1162 -p 1161", err,
	    sizeof(err), &o), SNMP_OK);
	ck_assert_str_eq(session_peer(a.s), "127.0.0.1:1162");
	session_free(a.s);
	options_free(&o);
}
END_TEST

static Suite *
agent_suite(void)
{
	Suite *s = suite_create("agent");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, walk_file);
	tcase_add_loop_test(tc, refused, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, address);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(agent_suite)
