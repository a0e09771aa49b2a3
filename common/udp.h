/* SPDX-License-Identifier: ISC */
/*
 * The UDP transport under both the agent connection (net) and the stub
 * resolver (dns): address literals, a connect()ed socket so that the
 * kernel drops datagrams from other peers and reports ICMP port
 * unreachable, send and receive against one monotonic deadline.
 */
#ifndef UDP_H
#define UDP_H

#include <sys/socket.h>

#include <stddef.h>
#include <stdint.h>

/* Which address family an address may have (-4, -6, udp6:). */
enum udp_family {
	UDP_ANY = 0,
	UDP_INET4 = 4,
	UDP_INET6 = 6
};

struct udp_conn {
	int			fd;
	struct sockaddr_storage	addr;
	socklen_t		addrlen;
};

/*
 * An IPv4 or IPv6 address literal of an allowed family into *ss with the
 * port: 1, or 0 when text is no such literal.
 */
int	udp_literal(const char *text, int family, int port,
	    struct sockaddr_storage *ss, socklen_t *len);
void	udp_set_port(struct sockaddr_storage *, int);
/* "192.0.2.1:161" or "[2001:db8::1]:161". */
void	udp_format(const struct sockaddr_storage *, char *, size_t);
/* A socket connected to addr: SNMP_OK or SNMP_E_NET (fd -1). */
int	udp_open(struct udp_conn *, const struct sockaddr_storage *,
	    socklen_t);
int	udp_send(struct udp_conn *, const void *, size_t);
/*
 * Receive one datagram, waiting until the monotonic deadline (ms).
 * Returns its length, SNMP_E_TIMEOUT, SNMP_E_REFUSED, SNMP_E_NOSPACE (a
 * datagram larger than the buffer) or SNMP_E_NET.
 */
int	udp_recv(struct udp_conn *, void *, size_t, int64_t);
void	udp_close(struct udp_conn *);

#endif
