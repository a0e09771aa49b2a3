/* SPDX-License-Identifier: ISC */
/*
 * UDP transport for SNMP (RFC 3417 §3: UDP, port 161).  Literal addresses
 * never touch the resolver; names go through dns_resolve() within the
 * run's deadline.
 */
#include <string.h>
#include <strings.h>

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
	const char *s = spec, *close, *colon = NULL, *e;
	size_t len, colons = 0;
	int rc, v6;

	memset(t, 0, sizeof(*t));
	t->port = port;
	t->family = family;
	if ((*s | 0x20) != 'u' && (*s | 0x20) != 't')
		;	/* no transport prefix: the common case, quickly */
	else if (strncasecmp(s, "udp6:", 5) == 0) {
		if (family == UDP_INET4)
			return SNMP_E_ADDR;
		t->family = UDP_INET6;
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
		v6 = strchr(t->host, ':') != NULL;
	} else {
		/* one pass: the first colon, how many, the end */
		for (e = s; *e != '\0'; e++) {
			if (*e == ':' && colons++ == 0)
				colon = e;
		}
		if (colons == 1) {
			/* host:port */
			len = (size_t)(colon - s);
			if ((rc = parse_port(colon + 1, &t->port)) != SNMP_OK)
				return rc;
		} else
			len = (size_t)(e - s);	/* name, IPv4, or bare IPv6 */
		if (len == 0 || len >= sizeof(t->host))
			return SNMP_E_ADDR;
		memcpy(t->host, s, len);
		v6 = colons > 1;
	}
	if (v6) {
		if (t->family == UDP_INET4)
			return SNMP_E_ADDR;
		t->family = UDP_INET6;
	}
	if (t->port < 1 || t->port > 65535)
		return SNMP_E_ADDR;
	return SNMP_OK;
}

int
net_open(struct net_conn *c, const struct net_target *t, int64_t deadline)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int rc;

	c->udp.fd = -1;
	c->udp.addrlen = 0;
	c->text[0] = '\0';
	if (!udp_literal(t->host, t->family, t->port, &ss, &len)) {
		if (strchr(t->host, ':') != NULL)
			return SNMP_E_ADDR;
		if ((rc = dns_resolve(t->host, t->family, deadline, &ss,
		    &len, c->why, sizeof(c->why))) != SNMP_OK)
			return rc;
		udp_set_port(&ss, t->port);
	}
	return udp_open(&c->udp, &ss, len);
}

const char *
net_text(struct net_conn *c)
{
	if (c->text[0] == '\0' && c->udp.addrlen > 0)
		udp_format(&c->udp.addr, c->text, sizeof(c->text));
	return c->text;
}
