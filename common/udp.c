/* SPDX-License-Identifier: ISC */
/*
 * UDP sockets for the agent and the resolver: connected, so that the
 * kernel filters the peer and turns ICMP port unreachable into
 * ECONNREFUSED (RFC 1122 §4.1.3.3), and read against a deadline.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "snmp.h"
#include "udp.h"

int
udp_literal(const char *text, int family, int port,
    struct sockaddr_storage *ss, socklen_t *len)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;

	memset(ss, 0, sizeof(*ss));
	if (family != UDP_INET6 && inet_pton(AF_INET, text, &sin->sin_addr) ==
	    1) {
		sin->sin_family = AF_INET;
		*len = sizeof(*sin);
	} else if (family != UDP_INET4 &&
	    inet_pton(AF_INET6, text, &sin6->sin6_addr) == 1) {
		sin6->sin6_family = AF_INET6;
		*len = sizeof(*sin6);
	} else
		return 0;
	udp_set_port(ss, port);
	return 1;
}

void
udp_set_port(struct sockaddr_storage *ss, int port)
{
	if (ss->ss_family == AF_INET)
		((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
	else
		((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
}

/* v (at most 65535) in decimal at p; the end. */
static char *
put_dec(char *p, unsigned v)
{
	char d[5];
	int n = 0;

	do {
		d[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n > 0)
		*p++ = d[--n];
	return p;
}

/*
 * "A.B.C.D:PORT" or "[IPv6]:PORT".  IPv4 is written by hand (every run
 * names its agent, and stdio formatting costs more than the GET itself);
 * IPv6 goes through inet_ntop() for RFC 5952's zero compression.
 */
void
udp_format(const struct sockaddr_storage *ss, char *buf, size_t cap)
{
	char text[INET6_ADDRSTRLEN + 8], *p = text;
	const uint8_t *a;
	size_t n;
	int i;

	if (ss->ss_family == AF_INET) {
		a = (const uint8_t *)&((const struct sockaddr_in *)ss)->sin_addr;
		for (i = 0; i < 4; i++) {
			p = put_dec(p, a[i]);
			*p++ = i < 3 ? '.' : ':';
		}
		p = put_dec(p, ntohs(((const struct sockaddr_in *)ss)->sin_port));
	} else {
		*p++ = '[';
		inet_ntop(AF_INET6,
		    &((const struct sockaddr_in6 *)ss)->sin6_addr, p,
		    INET6_ADDRSTRLEN);
		p += strlen(p);
		*p++ = ']';
		*p++ = ':';
		p = put_dec(p, ntohs(((const struct sockaddr_in6 *)ss)->sin6_port));
	}
	if (cap == 0)
		return;
	n = (size_t)(p - text) < cap ? (size_t)(p - text) : cap - 1;
	memcpy(buf, text, n);
	buf[n] = '\0';
}

int
udp_open(struct udp_conn *c, const struct sockaddr_storage *ss,
    socklen_t len)
{
	memcpy(&c->addr, ss, sizeof(c->addr));
	c->addrlen = len;
	c->fd = socket(ss->ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (c->fd < 0)
		return SNMP_E_NET;
	if (connect(c->fd, (const struct sockaddr *)ss, len) < 0) {
		close(c->fd);
		c->fd = -1;
		return SNMP_E_NET;
	}
	return SNMP_OK;
}

int
udp_send(struct udp_conn *c, const void *buf, size_t len)
{
	ssize_t n;

	do {
		n = send(c->fd, buf, len, 0);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return errno == ECONNREFUSED ? SNMP_E_REFUSED : SNMP_E_NET;
	return SNMP_OK;
}

int
udp_recv(struct udp_conn *c, void *buf, size_t cap, int64_t deadline)
{
	struct pollfd pfd;
	int64_t left;
	ssize_t n;
	int rc;

	for (;;) {
		left = deadline - snmp_now_ms();
		if (left <= 0)
			return SNMP_E_TIMEOUT;
		pfd.fd = c->fd;
		pfd.events = POLLIN;
		rc = poll(&pfd, 1, left > 60000 ? 60000 : (int)left);
		if (rc < 0) {
			if (errno == EINTR)
				continue;
			return SNMP_E_NET;
		}
		if (rc == 0)
			continue;
		n = recv(c->fd, buf, cap, MSG_TRUNC);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return errno == ECONNREFUSED ? SNMP_E_REFUSED :
			    SNMP_E_NET;
		}
		/* A datagram larger than our buffer cannot be decoded. */
		if ((size_t)n > cap)
			return SNMP_E_NOSPACE;
		return (int)n;
	}
}

void
udp_close(struct udp_conn *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
}
