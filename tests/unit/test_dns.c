/* SPDX-License-Identifier: ISC */
/*
 * The resolver's parts: hosts(5) and resolv.conf(5) parsing, query
 * encoding (RFC 1035 §4.1), and replies, including compression loops,
 * truncation and answers for somebody else's question.
 */
#include <sys/socket.h>
#include <sys/wait.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <unistd.h>

#include "dns.h"
#include "net.h"
#include "snmp.h"
#include "testutil.h"

static const char hosts[] =
    "# comment\n"
    "127.0.0.1\tlocalhost\n"
    "::1 localhost ip6-localhost\n"
    "192.0.2.10  switch1 switch1.example.net  # core\n"
    "2001:db8::20 router6\n"
    "bogus line\n"
    "10.0.0.1";

static const struct {
	const char	*name;
	int		 family;
	const char	*addr;	/* NULL: not found */
} hosts_cases[] = {
	{ "localhost", UDP_ANY, "127.0.0.1" },
	{ "LOCALHOST", UDP_ANY, "127.0.0.1" },
	{ "localhost", UDP_INET6, "::1" },
	{ "ip6-localhost", UDP_ANY, "::1" },
	{ "switch1.example.net", UDP_ANY, "192.0.2.10" },
	{ "switch1", UDP_INET4, "192.0.2.10" },
	{ "switch1", UDP_INET6, NULL },
	{ "router6", UDP_ANY, "2001:db8::20" },
	{ "router6", UDP_INET4, NULL },
	{ "core", UDP_ANY, NULL },
	{ "switch", UDP_ANY, NULL },
	{ "line", UDP_ANY, NULL },
};

START_TEST(test_hosts)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char buf[INET6_ADDRSTRLEN];
	int rc;

	rc = dns_hosts_lookup(hosts, hosts_cases[_i].name,
	    hosts_cases[_i].family, &ss, &len);
	if (hosts_cases[_i].addr == NULL) {
		ck_assert_int_eq(rc, SNMP_E_RESOLVE);
		return;
	}
	ck_assert_int_eq(rc, SNMP_OK);
	if (ss.ss_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, buf,
		    sizeof(buf));
	else
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr,
		    buf, sizeof(buf));
	ck_assert_str_eq(buf, hosts_cases[_i].addr);
}
END_TEST

START_TEST(test_conf)
{
	struct dns_conf c;

	dns_parse_conf(&c, "# x\nnameserver 192.0.2.53\nnameserver ::1\n"
	    "nameserver bad\nnameserver 192.0.2.54\nnameserver 192.0.2.55\n"
	    "domain old.example\nsearch a.example b.example\n"
	    "options ndots:2 timeout:1\n");
	ck_assert_uint_eq(c.nns, 3);
	ck_assert_int_eq(c.ns[1].ss_family, AF_INET6);
	ck_assert_uint_eq(c.nsearch, 2);
	ck_assert_str_eq(c.search[0], "a.example");
	ck_assert_str_eq(c.search[1], "b.example");
	ck_assert_int_eq(c.ndots, 2);
	dns_parse_conf(&c, "");
	ck_assert_uint_eq(c.nns, 1);		/* the local host by default */
	ck_assert_int_eq(c.ndots, 1);
}
END_TEST

START_TEST(test_query)
{
	uint8_t buf[300], want[64];
	size_t wlen;
	char longlabel[80];

	wlen = unhex("1234 0100 0001 0000 0000 0000 03 777777 07 6578616d706c65"
	    " 03 6e6574 00 0001 0001", want, sizeof(want));
	ck_assert_int_eq(dns_build_query(buf, sizeof(buf), 0x1234,
	    "www.example.net", DNS_A), (int)wlen);
	ck_assert_mem_eq(buf, want, wlen);
	ck_assert_int_lt(dns_build_query(buf, sizeof(buf), 1, "a..b", DNS_A), 0);
	memset(longlabel, 'x', 64);
	longlabel[64] = '\0';
	ck_assert_int_lt(dns_build_query(buf, sizeof(buf), 1, longlabel,
	    DNS_A), 0);
	ck_assert_int_lt(dns_build_query(buf, 20, 1, "www.example.net",
	    DNS_A), 0);
}
END_TEST

/* Replies to "h.example" (04 'h.ex' ...) type A, id 0x0102. */
#define Q "01 68 07 6578616d706c65 00 0001 0001"
static const struct {
	const char	*hex;
	int		 rc;
	const char	*addr;
} replies[] = {
	/* one A record with a compressed owner name */
	{ "0102 8180 0001 0001 0000 0000 " Q " c00c 0001 0001 0000003c 0004 c0000201",
	  1, "192.0.2.1" },
	/* CNAME first, then the target's A */
	{ "0102 8180 0001 0002 0000 0000 " Q
	  " c00c 0005 0001 0000003c 0004 01 79 c00e"
	  " c027 0001 0001 0000003c 0004 c0000202", 1, "192.0.2.2" },
	/* NODATA */
	{ "0102 8180 0001 0000 0000 0000 " Q, 0, NULL },
	/* NXDOMAIN */
	{ "0102 8183 0001 0000 0000 0000 " Q, SNMP_E_RESOLVE, NULL },
	/* SERVFAIL */
	{ "0102 8182 0001 0000 0000 0000 " Q, SNMP_E_SYNTAX, NULL },
	/* wrong id, not a response, other question */
	{ "0103 8180 0001 0000 0000 0000 " Q, SNMP_E_MISMATCH, NULL },
	{ "0102 0100 0001 0000 0000 0000 " Q, SNMP_E_MISMATCH, NULL },
	{ "0102 8180 0001 0000 0000 0000 01 69 07 6578616d706c65 00 0001 0001",
	  SNMP_E_MISMATCH, NULL },
	{ "0102 8180 0001 0000 0000 0000 01 68 07 6578616d706c65 00 001c 0001",
	  SNMP_E_MISMATCH, NULL },
	/* truncated header, truncated answer, rdlength past the end */
	{ "0102 8180 0001", SNMP_E_MISMATCH, NULL },
	{ "0102 8180 0001 0001 0000 0000 " Q " c00c 0001", SNMP_E_SYNTAX, NULL },
	{ "0102 8180 0001 0001 0000 0000 " Q " c00c 0001 0001 0000003c 0010 c0000201",
	  SNMP_E_SYNTAX, NULL },
	/* compression pointer loop and forward pointer */
	{ "0102 8180 0001 0001 0000 0000 " Q " c01b 0001 0001 0000003c 0004 c0000201",
	  SNMP_E_SYNTAX, NULL },
	{ "0102 8180 0001 0001 0000 0000 " Q " c0ff 0001 0001 0000003c 0004 c0000201",
	  SNMP_E_SYNTAX, NULL },
	/* A record of the wrong length is skipped */
	{ "0102 8180 0001 0001 0000 0000 " Q " c00c 0001 0001 0000003c 0003 c00002",
	  0, NULL },
};

START_TEST(test_replies)
{
	uint8_t buf[256], addr[16];
	char text[INET6_ADDRSTRLEN];
	size_t len;
	int rc;

	len = unhex(replies[_i].hex, buf, sizeof(buf));
	rc = dns_parse_reply(buf, len, 0x0102, "h.example", DNS_A, addr);
	ck_assert_int_eq(rc, replies[_i].rc);
	if (replies[_i].addr != NULL) {
		inet_ntop(AF_INET, addr, text, sizeof(text));
		ck_assert_str_eq(text, replies[_i].addr);
	}
}
END_TEST

START_TEST(test_truncations)
{
	uint8_t buf[256], addr[16];
	size_t len, cut;

	len = unhex(replies[1].hex, buf, sizeof(buf));
	for (cut = 0; cut < len; cut++)
		ck_assert_int_le(dns_parse_reply(buf, cut, 0x0102, "h.example",
		    DNS_A, addr), 0);
}
END_TEST

START_TEST(test_resolve_localhost)
{
	struct sockaddr_storage ss;
	socklen_t len;

	/* every Debian /etc/hosts names localhost */
	ck_assert_int_eq(dns_resolve("localhost", UDP_INET4,
	    snmp_now_ms() + 1000, &ss, &len, NULL, 0), SNMP_OK);
	ck_assert_int_eq(ss.ss_family, AF_INET);
}
END_TEST

/*
 * A nameserver on a loopback port that answers every query with rcode
 * (-1: never answers), with no records: rcode 0 is NODATA.
 */
static pid_t
fake_ns(int rcode, int *port)
{
	struct sockaddr_in sin;
	socklen_t sl = sizeof(sin);
	uint8_t m[512];
	ssize_t n;
	pid_t pid;
	int fd;

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	ck_assert_int_ge(fd, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	*port = ntohs(sin.sin_port);
	if ((pid = fork()) != 0) {
		close(fd);
		return pid;
	}
	for (;;) {
		sl = sizeof(sin);
		n = recvfrom(fd, m, sizeof(m), 0, (struct sockaddr *)&sin, &sl);
		if (n < 12 || rcode < 0)
			continue;
		m[2] |= 0x80;			/* a response */
		m[3] = (uint8_t)((m[3] & 0xf0) | rcode);
		m[6] = m[7] = 0;		/* no answers */
		sendto(fd, m, (size_t)n, 0, (struct sockaddr *)&sin, sl);
	}
}

static const struct {
	int		 rcode;		/* -1 silent, -2 no server at all */
	int		 family;
	int		 rc;
	const char	*why;		/* what the reason must contain */
} why_cases[] = {
	{ 3, UDP_ANY, SNMP_E_RESOLVE, "the name does not exist (NXDOMAIN from "
	  "127.0.0.1:" },
	{ 2, UDP_ANY, SNMP_E_RESOLVE, "answered SERVFAIL (server failure)" },
	{ 5, UDP_ANY, SNMP_E_RESOLVE, "answered REFUSED" },
	{ 0, UDP_INET4, SNMP_E_RESOLVE, "the name has no IPv4 address" },
	{ 0, UDP_INET6, SNMP_E_RESOLVE, "the name has no IPv6 address" },
	{ 0, UDP_ANY, SNMP_E_RESOLVE, "the name has no address (no A or AAAA" },
	{ -1, UDP_ANY, SNMP_E_TIMEOUT, "no nameserver answered (asked "
	  "127.0.0.1:" },
	{ -2, UDP_ANY, SNMP_E_RESOLVE, "no nameserver listens at 127.0.0.1:" },
};

START_TEST(test_why)
{
	struct sockaddr_storage ss;
	struct dns_conf c;
	socklen_t len;
	char why[DNS_WHY_MAX], conf[128];
	pid_t pid = 0;
	int port, rc;

	if (why_cases[_i].rcode == -2) {
		/* a port nobody listens on: bind one and close it */
		pid = fake_ns(0, &port);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		pid = 0;
	} else
		pid = fake_ns(why_cases[_i].rcode, &port);
	snprintf(conf, sizeof(conf), "nameserver 127.0.0.1\n");
	dns_parse_conf(&c, conf);
	udp_set_port(&c.ns[0], port);
	rc = dns_lookup(&c, "nowhere.example", why_cases[_i].family,
	    snmp_now_ms() + 400, &ss, &len, why, sizeof(why));
	if (pid != 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	ck_assert_int_eq(rc, why_cases[_i].rc);
	ck_assert_msg(strstr(why, why_cases[_i].why) != NULL,
	    "reason '%s' lacks '%s'", why, why_cases[_i].why);
}
END_TEST

START_TEST(test_why_search)
{
	struct sockaddr_storage ss;
	struct dns_conf c;
	socklen_t len;
	char why[DNS_WHY_MAX];
	pid_t pid;
	int port;

	/* every candidate name is asked, and the reason lists them */
	pid = fake_ns(3, &port);
	dns_parse_conf(&c, "nameserver 127.0.0.1\nsearch a.example\n");
	udp_set_port(&c.ns[0], port);
	ck_assert_int_eq(dns_lookup(&c, "sw1", UDP_ANY, snmp_now_ms() + 1000,
	    &ss, &len, why, sizeof(why)), SNMP_E_RESOLVE);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	ck_assert_msg(strstr(why, "tried sw1.a.example, sw1") != NULL,
	    "reason '%s'", why);
	/* an invalid name asks nobody */
	ck_assert_int_eq(dns_lookup(&c, "a..b", UDP_ANY, snmp_now_ms() + 1000,
	    &ss, &len, why, sizeof(why)), SNMP_E_RESOLVE);
	ck_assert_msg(strstr(why, "not a valid host name") != NULL,
	    "reason '%s'", why);
}
END_TEST

static Suite *
dns_suite(void)
{
	Suite *s = suite_create("dns");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_hosts, 0,
	    sizeof(hosts_cases) / sizeof(hosts_cases[0]));
	tcase_add_test(tc, test_conf);
	tcase_add_test(tc, test_query);
	tcase_add_loop_test(tc, test_replies, 0,
	    sizeof(replies) / sizeof(replies[0]));
	tcase_add_test(tc, test_truncations);
	tcase_add_test(tc, test_resolve_localhost);
	tcase_add_loop_test(tc, test_why, 0,
	    sizeof(why_cases) / sizeof(why_cases[0]));
	tcase_add_test(tc, test_why_search);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(dns_suite)
