/* SPDX-License-Identifier: ISC */
/*
 * Host name resolution inside the run's time budget: /etc/hosts, then DNS
 * queries (RFC 1035) over UDP to the nameservers of /etc/resolv.conf with
 * its search list.  getaddrinfo() cannot be bounded by a deadline and ties
 * a static binary to the NSS modules of one glibc build; this does neither.
 */
#ifndef DNS_H
#define DNS_H

#include <sys/socket.h>

#include <stddef.h>
#include <stdint.h>

#define DNS_MAX_NS	3
#define DNS_MAX_SEARCH	6
#define DNS_NAME_MAX	254
#define DNS_WHY_MAX	256	/* a reason for a name that did not resolve */

struct dns_conf {
	struct sockaddr_storage	ns[DNS_MAX_NS];
	socklen_t		nslen[DNS_MAX_NS];
	size_t			nns;
	char			search[DNS_MAX_SEARCH][DNS_NAME_MAX];
	size_t			nsearch;
	int			ndots;
	int			ns_default;	/* no nameserver line: 127.0.0.1 */
	int			conf_errno;	/* resolv.conf not read: why */
	int			hosts_errno;	/* hosts not read: why */
};

/* DNS record types (RFC 1035 §3.2.2, RFC 3596 §2.1). */
enum dns_type {
	DNS_A = 1,
	DNS_AAAA = 28
};

/*
 * dns_resolve(name, family, deadline, &ss, &len, why, whylen): resolve
 * name for family (enum udp_family) before the deadline (ms on
 * snmp_now_ms()), writing the address with port 0.  Returns SNMP_OK,
 * SNMP_E_RESOLVE (the name does not resolve) or SNMP_E_TIMEOUT (no
 * nameserver answered in time), and then the reason in why: "the name
 * does not exist (NXDOMAIN from 192.0.2.53)", "no IPv6 address (AAAA) for
 * the name", "the nameserver 192.0.2.53 answered SERVFAIL (server
 * failure)", "no nameserver answered (asked 192.0.2.53)", "/etc/resolv.conf
 * names no nameserver, and none listens on this host", with a note when
 * /etc/hosts could not be read.
 */
int	dns_resolve(const char *, int, int64_t, struct sockaddr_storage *,
	    socklen_t *, char *, size_t);
/*
 * The DNS half of dns_resolve() (hosts(5) already looked at) over a given
 * configuration, for tests: the same results and reasons.
 */
int	dns_lookup(const struct dns_conf *, const char *, int, int64_t,
	    struct sockaddr_storage *, socklen_t *, char *, size_t);

/*
 * The pieces, for tests: parse resolv.conf text (ns_default set when it
 * names no nameserver; conf_errno and hosts_errno left 0), look a name up
 * in hosts text.
 */
void	dns_parse_conf(struct dns_conf *, const char *);
int	dns_hosts_lookup(const char *, const char *, int,
	    struct sockaddr_storage *, socklen_t *);
/* Build a recursive query; returns its length or a negative error. */
int	dns_build_query(uint8_t *, size_t, uint16_t, const char *, int);
/*
 * Parse a reply to our query: 1 and the address (4 or 16 octets) when an
 * answer of the type is there, 0 when the name exists without one
 * (NODATA), SNMP_E_RESOLVE for NXDOMAIN, SNMP_E_MISMATCH when the reply is
 * not for this query, SNMP_E_SYNTAX when it is malformed or a failure.
 */
int	dns_parse_reply(const uint8_t *, size_t, uint16_t, const char *, int,
	    uint8_t *);

#endif
