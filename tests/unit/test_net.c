/* SPDX-License-Identifier: ISC */
/*
 * Agent address forms of -H: names, IPv4, IPv6 literals with and without
 * brackets, ports, udp:/udp6: prefixes, -4/-6 conflicts; and a loopback
 * round trip through a connected socket with the deadline.
 */
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include "net.h"
#include "snmp.h"
#include "testutil.h"

static const struct {
	const char	*spec;
	int		 family_opt;
	int		 rc;
	const char	*host;
	int		 port;
	int		 family;
} targets[] = {
	{ "192.0.2.1", UDP_ANY, SNMP_OK, "192.0.2.1", 161, UDP_ANY },
	{ "192.0.2.1:1161", UDP_ANY, SNMP_OK, "192.0.2.1", 1161, UDP_ANY },
	{ "switch1", UDP_ANY, SNMP_OK, "switch1", 161, UDP_ANY },
	{ "switch1.example.net:162", UDP_ANY, SNMP_OK, "switch1.example.net",
	  162, UDP_ANY },
	{ "::1", UDP_ANY, SNMP_OK, "::1", 161, UDP_INET6 },
	{ "2001:db8::1", UDP_ANY, SNMP_OK, "2001:db8::1", 161, UDP_INET6 },
	{ "[2001:db8::1]", UDP_ANY, SNMP_OK, "2001:db8::1", 161, UDP_INET6 },
	{ "[::1]:1161", UDP_ANY, SNMP_OK, "::1", 1161, UDP_INET6 },
	{ "udp:192.0.2.1:1161", UDP_ANY, SNMP_OK, "192.0.2.1", 1161, UDP_ANY },
	{ "udp6:[::1]:1161", UDP_ANY, SNMP_OK, "::1", 1161, UDP_INET6 },
	{ "UDP6:host", UDP_ANY, SNMP_OK, "host", 161, UDP_INET6 },
	{ "host", UDP_INET4, SNMP_OK, "host", 161, UDP_INET4 },
	{ "::1", UDP_INET4, SNMP_E_ADDR, NULL, 0, 0 },
	{ "udp6:host", UDP_INET4, SNMP_E_ADDR, NULL, 0, 0 },
	{ "tcp:host", UDP_ANY, SNMP_E_UNSUPPORTED, NULL, 0, 0 },
	{ "[::1", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "[]", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "[::1]x", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "host:", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "host:0", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "host:65536", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "host:16x", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ "", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
	{ ":161", UDP_ANY, SNMP_E_ADDR, NULL, 0, 0 },
};

START_TEST(test_targets)
{
	struct net_target t;
	int rc;

	rc = net_parse_target(&t, targets[_i].spec, 161, targets[_i].family_opt);
	ck_assert_msg(rc == targets[_i].rc, "%s: rc %d", targets[_i].spec, rc);
	if (rc != SNMP_OK)
		return;
	ck_assert_str_eq(t.host, targets[_i].host);
	ck_assert_int_eq(t.port, targets[_i].port);
	ck_assert_int_eq(t.family, targets[_i].family);
}
END_TEST

START_TEST(test_loopback)
{
	struct sockaddr_in sin;
	socklen_t sl = sizeof(sin);
	struct net_target t;
	struct net_conn c;
	char spec[64], buf[16];
	int fd, n;
	int64_t start;

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	snprintf(spec, sizeof(spec), "127.0.0.1:%d", ntohs(sin.sin_port));
	ck_assert_int_eq(net_parse_target(&t, spec, 161, UDP_ANY), SNMP_OK);
	ck_assert_int_eq(net_open(&c, &t, snmp_now_ms() + 1000), SNMP_OK);
	/* formatted only when asked, from the connected address */
	ck_assert_str_eq(net_text(&c), spec);
	ck_assert_int_eq(udp_send(&c.udp, "ping", 4), SNMP_OK);
	n = (int)recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&sin, &sl);
	ck_assert_int_eq(n, 4);
	ck_assert_int_eq((int)sendto(fd, "pong", 4, 0, (struct sockaddr *)&sin,
	    sl), 4);
	ck_assert_int_eq(udp_recv(&c.udp, buf, sizeof(buf), snmp_now_ms() + 1000), 4);
	ck_assert_mem_eq(buf, "pong", 4);
	/* silence: the deadline ends the wait */
	start = snmp_now_ms();
	ck_assert_int_eq(udp_recv(&c.udp, buf, sizeof(buf), start + 200),
	    SNMP_E_TIMEOUT);
	ck_assert_int_ge(snmp_now_ms() - start, 199);
	ck_assert_int_lt(snmp_now_ms() - start, 400);
	/* a closed port: ICMP unreachable is reported, not waited out */
	close(fd);
	ck_assert_int_eq(udp_send(&c.udp, "ping", 4), SNMP_OK);
	ck_assert_int_eq(udp_recv(&c.udp, buf, sizeof(buf), snmp_now_ms() + 1000),
	    SNMP_E_REFUSED);
	udp_close(&c.udp);
}
END_TEST

static Suite *
net_suite(void)
{
	Suite *s = suite_create("net");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_targets, 0,
	    sizeof(targets) / sizeof(targets[0]));
	tcase_add_test(tc, test_loopback);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(net_suite)
