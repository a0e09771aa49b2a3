/* SPDX-License-Identifier: ISC */
/*
 * Agent addresses and the UDP transport: "host", "192.0.2.1", "2001:db8::1",
 * "[2001:db8::1]:1161", "udp:host:port", "udp6:[::1]:161"; a connect()ed
 * socket so the kernel drops datagrams from other peers and reports ICMP
 * port unreachable; send and receive against one monotonic deadline.
 */
#ifndef NET_H
#define NET_H

#include <sys/socket.h>

#include <stddef.h>
#include <stdint.h>

#define NET_HOST_MAX	256

enum net_family {
	NET_ANY = 0,
	NET_INET4 = 4,
	NET_INET6 = 6
};

struct net_target {
	char	host[NET_HOST_MAX];	/* without brackets */
	int	port;
	int	family;			/* enum net_family */
};

struct net_conn {
	int			fd;
	struct sockaddr_storage	addr;
	socklen_t		addrlen;
	char			text[NET_HOST_MAX + 16];	/* "[::1]:161" */
};

/*
 * Split a -H argument into host, port and family.  port is the default
 * (from -p) unless the argument carries one; family is the -4/-6 choice
 * unless a "udp6:" prefix or an IPv6 literal decides it.
 */
int	net_parse_target(struct net_target *, const char *, int, int);
/* Resolve (before the deadline) and connect; literals skip the resolver. */
int	net_open(struct net_conn *, const struct net_target *, int64_t);
int	net_send(struct net_conn *, const void *, size_t);
/*
 * Receive one datagram, waiting until the monotonic deadline (ms).
 * Returns its length, SNMP_E_TIMEOUT, SNMP_E_REFUSED or SNMP_E_NET.
 */
int	net_recv(struct net_conn *, void *, size_t, int64_t);
void	net_close(struct net_conn *);

#endif
