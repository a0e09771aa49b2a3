/* SPDX-License-Identifier: ISC */
/*
 * UDP transport for SNMP (RFC 3417 §3: UDP, port 161).  Literal addresses
 * never touch the resolver; names go through dns_resolve() within the
 * run's deadline.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dns.h"
#include "net.h"
#include "snmp.h"

static int
parse_port(const char *s, int *port)
{
	long v = 0;

	if (*s == '\0')
		return SNMP_E_ADDR;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return SNMP_E_ADDR;
		v = v * 10 + (*s - '0');
		if (v > 65535)
			return SNMP_E_ADDR;
	}
	if (v == 0)
		return SNMP_E_ADDR;
	*port = (int)v;
	return SNMP_OK;
}

int
net_parse_target(struct net_target *t, const char *spec, int port, int family)
{
	const char *s = spec, *close, *colon;
	size_t len;
	int rc;

	memset(t, 0, sizeof(*t));
	t->port = port;
	t->family = family;
	if (strncasecmp(s, "udp6:", 5) == 0) {
		if (family == NET_INET4)
			return SNMP_E_ADDR;
		t->family = NET_INET6;
		s += 5;
	} else if (strncasecmp(s, "udp:", 4) == 0)
		s += 4;
	else if (strncasecmp(s, "tcp:", 4) == 0 ||
	    strncasecmp(s, "tcp6:", 5) == 0)
		return SNMP_E_UNSUPPORTED;
	if (*s == '[') {
		if ((close = strchr(s, ']')) == NULL)
			return SNMP_E_ADDR;
		len = (size_t)(close - s - 1);
		if (len == 0 || len >= sizeof(t->host))
			return SNMP_E_ADDR;
		memcpy(t->host, s + 1, len);
		if (close[1] == ':') {
			if ((rc = parse_port(close + 2, &t->port)) != SNMP_OK)
				return rc;
		} else if (close[1] != '\0')
			return SNMP_E_ADDR;
	} else {
		colon = strchr(s, ':');
		if (colon != NULL && strchr(colon + 1, ':') == NULL) {
			/* host:port */
			len = (size_t)(colon - s);
			if ((rc = parse_port(colon + 1, &t->port)) != SNMP_OK)
				return rc;
		} else
			len = strlen(s);	/* name, IPv4, or bare IPv6 */
		if (len == 0 || len >= sizeof(t->host))
			return SNMP_E_ADDR;
		memcpy(t->host, s, len);
	}
	if (strchr(t->host, ':') != NULL) {
		if (t->family == NET_INET4)
			return SNMP_E_ADDR;
		t->family = NET_INET6;
	}
	if (t->port < 1 || t->port > 65535)
		return SNMP_E_ADDR;
	return SNMP_OK;
}

static int
literal(const struct net_target *t, struct net_conn *c)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)&c->addr;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&c->addr;

	memset(&c->addr, 0, sizeof(c->addr));
	if (t->family != NET_INET6 &&
	    inet_pton(AF_INET, t->host, &sin->sin_addr) == 1) {
		sin->sin_family = AF_INET;
		sin->sin_port = htons((uint16_t)t->port);
		c->addrlen = sizeof(*sin);
		return 1;
	}
	if (t->family != NET_INET4 &&
	    inet_pton(AF_INET6, t->host, &sin6->sin6_addr) == 1) {
		sin6->sin6_family = AF_INET6;
		sin6->sin6_port = htons((uint16_t)t->port);
		c->addrlen = sizeof(*sin6);
		return 1;
	}
	return 0;
}

int
net_open(struct net_conn *c, const struct net_target *t, int64_t deadline)
{
	char ip[INET6_ADDRSTRLEN];
	int rc;

	c->fd = -1;
	if (!literal(t, c)) {
		if (strchr(t->host, ':') != NULL)
			return SNMP_E_ADDR;
		if ((rc = dns_resolve(t->host, t->family, deadline, &c->addr,
		    &c->addrlen)) != SNMP_OK)
			return rc;
		if (c->addr.ss_family == AF_INET)
			((struct sockaddr_in *)&c->addr)->sin_port =
			    htons((uint16_t)t->port);
		else
			((struct sockaddr_in6 *)&c->addr)->sin6_port =
			    htons((uint16_t)t->port);
	}
	if (c->addr.ss_family == AF_INET) {
		inet_ntop(AF_INET, &((struct sockaddr_in *)&c->addr)->sin_addr,
		    ip, sizeof(ip));
		snprintf(c->text, sizeof(c->text), "%s:%d", ip, t->port);
	} else {
		inet_ntop(AF_INET6,
		    &((struct sockaddr_in6 *)&c->addr)->sin6_addr, ip,
		    sizeof(ip));
		snprintf(c->text, sizeof(c->text), "[%s]:%d", ip, t->port);
	}
	c->fd = socket(c->addr.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (c->fd < 0)
		return SNMP_E_NET;
	if (connect(c->fd, (struct sockaddr *)&c->addr, c->addrlen) < 0) {
		close(c->fd);
		c->fd = -1;
		return SNMP_E_NET;
	}
	return SNMP_OK;
}

int
net_send(struct net_conn *c, const void *buf, size_t len)
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
net_recv(struct net_conn *c, void *buf, size_t cap, int64_t deadline)
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
net_close(struct net_conn *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
}
