/* SPDX-License-Identifier: ISC */
/*
 * Agent addresses: "host", "192.0.2.1", "2001:db8::1", "[2001:db8::1]:1161",
 * "udp:host:port", "udp6:[::1]:161", resolved (dns) and connected (udp)
 * within the run's deadline.
 */
#ifndef NET_H
#define NET_H

#include <stddef.h>
#include <stdint.h>

#include "dns.h"
#include "udp.h"

#define NET_HOST_MAX	256

struct net_target {
	char	host[NET_HOST_MAX];	/* without brackets */
	int	port;
	int	family;			/* enum udp_family */
};

struct net_conn {
	struct udp_conn	udp;
	char		text[NET_HOST_MAX + 16];	/* net_text() */
	char		why[DNS_WHY_MAX];	/* a name that did not resolve */
};

/*
 * Split a -H argument into host, port and family.  port is the default
 * (from -p) unless the argument carries one; family is the -4/-6 choice
 * unless a "udp6:" prefix or an IPv6 literal decides it.
 */
int	net_parse_target(struct net_target *, const char *, int, int);
/*
 * Resolve (before the deadline) and connect; literals skip the resolver.
 * Then talk through udp_send(), udp_recv() and udp_close() on c->udp.
 */
int	net_open(struct net_conn *, const struct net_target *, int64_t);
/*
 * The address net_open() connected to, as text ("192.0.2.1:161",
 * "[2001:db8::1]:161"), formatted on the first call: a run names its agent
 * only in a message or a trace, and most runs print neither.  "" when
 * net_open() did not get as far as the socket.
 */
const char *net_text(struct net_conn *);

#endif
