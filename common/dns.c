/* SPDX-License-Identifier: ISC */
/*
 * A stub resolver bounded by the run's deadline.  Order as glibc's with
 * "hosts: files dns": /etc/hosts first (hosts(5)), then DNS (RFC 1035
 * §4.1 messages over UDP, §4.1.4 name compression) with resolv.conf(5)'s
 * nameserver, search/domain and ndots.  IPv4 is preferred when both
 * families are allowed, as net-snmp does for "udp:" addresses.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dns.h"
#include "snmp.h"
#include "udp.h"

#define HOSTS_FILE	"/etc/hosts"
#define RESOLV_FILE	"/etc/resolv.conf"
#define DNS_PORT	53
#define DNS_MIN_TRY_MS	200
#define DNS_MAX_RR	64	/* answer records we look at */

static char *
slurp(const char *path)
{
	FILE *f;
	char *buf;
	size_t n;

	if ((f = fopen(path, "re")) == NULL)
		return NULL;
	/* Both files are small; a bounded read keeps a huge one harmless. */
	if ((buf = malloc(65536 + 1)) == NULL) {
		fclose(f);
		return NULL;
	}
	n = fread(buf, 1, 65536, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Next whitespace-separated word of a line; NULL at the end of the line. */
static const char *
word(const char **p, size_t *len)
{
	const char *s = *p;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0' || *s == '\n' || *s == '#' || *s == ';') {
		*p = s;
		return NULL;
	}
	*len = strcspn(s, " \t\n#;");
	*p = s + *len;
	return s;
}

static const char *
next_line(const char *p)
{
	const char *nl = strchr(p, '\n');

	return nl != NULL ? nl + 1 : NULL;
}

int
dns_hosts_lookup(const char *text, const char *name, int family,
    struct sockaddr_storage *ss, socklen_t *len)
{
	const char *line, *p, *w, *addr;
	char abuf[INET6_ADDRSTRLEN + 1];
	size_t wl, al, nl = strlen(name);
	int pass;

	/* Two passes so that IPv4 wins when both families are allowed. */
	for (pass = 0; pass < 2; pass++) {
		for (line = text; line != NULL; line = next_line(line)) {
			p = line;
			if ((addr = word(&p, &al)) == NULL ||
			    al >= sizeof(abuf))
				continue;
			memcpy(abuf, addr, al);
			abuf[al] = '\0';
			if ((pass == 0 && strchr(abuf, ':') != NULL) ||
			    (pass == 1 && strchr(abuf, ':') == NULL))
				continue;
			while ((w = word(&p, &wl)) != NULL) {
				if (wl == nl && strncasecmp(w, name, nl) == 0 &&
				    udp_literal(abuf, family, 0, ss, len))
					return SNMP_OK;
			}
		}
	}
	return SNMP_E_RESOLVE;
}

void
dns_parse_conf(struct dns_conf *c, const char *text)
{
	const char *line, *p, *w, *v;
	char buf[DNS_NAME_MAX];
	size_t wl, vl;
	long n;

	memset(c, 0, sizeof(*c));
	c->ndots = 1;
	for (line = text; line != NULL; line = next_line(line)) {
		p = line;
		if ((w = word(&p, &wl)) == NULL)
			continue;
		if (wl == 10 && strncmp(w, "nameserver", 10) == 0) {
			if ((v = word(&p, &vl)) == NULL || vl >= sizeof(buf) ||
			    c->nns >= DNS_MAX_NS)
				continue;
			memcpy(buf, v, vl);
			buf[vl] = '\0';
			if (udp_literal(buf, UDP_ANY, DNS_PORT, &c->ns[c->nns],
			    &c->nslen[c->nns]))
				c->nns++;
		} else if ((wl == 6 && strncmp(w, "search", 6) == 0) ||
		    (wl == 6 && strncmp(w, "domain", 6) == 0)) {
			/* The last search or domain line wins (resolv.conf(5)). */
			c->nsearch = 0;
			while ((v = word(&p, &vl)) != NULL &&
			    c->nsearch < DNS_MAX_SEARCH) {
				if (vl >= DNS_NAME_MAX - 1)
					continue;
				memcpy(c->search[c->nsearch], v, vl);
				c->search[c->nsearch++][vl] = '\0';
			}
		} else if (wl == 7 && strncmp(w, "options", 7) == 0) {
			while ((v = word(&p, &vl)) != NULL) {
				if (vl > 6 && vl < 10 &&
				    strncmp(v, "ndots:", 6) == 0) {
					n = strtol(v + 6, NULL, 10);
					c->ndots = n < 0 ? 0 : n > 15 ? 15 :
					    (int)n;
				}
			}
		}
	}
	if (c->nns == 0) {
		/* resolv.conf(5): without a nameserver line, the local host. */
		udp_literal("127.0.0.1", UDP_ANY, DNS_PORT, &c->ns[0], &c->nslen[0]);
		c->nns = 1;
		c->ns_default = 1;
	}
}

int
dns_build_query(uint8_t *buf, size_t cap, uint16_t id, const char *name,
    int type)
{
	size_t len = 12, l;
	const char *p = name, *dot;

	if (cap < 12 + strlen(name) + 2 + 4 || strlen(name) >= DNS_NAME_MAX)
		return SNMP_E_NOSPACE;
	memset(buf, 0, 12);
	buf[0] = (uint8_t)(id >> 8);
	buf[1] = (uint8_t)id;
	buf[2] = 0x01;		/* RD: recursion desired (§4.1.1) */
	buf[5] = 1;		/* QDCOUNT */
	while (*p != '\0') {
		dot = strchr(p, '.');
		l = dot != NULL ? (size_t)(dot - p) : strlen(p);
		/* §2.3.4: labels of 1 to 63 octets */
		if (l == 0 || l > 63)
			return SNMP_E_INVAL;
		buf[len++] = (uint8_t)l;
		memcpy(buf + len, p, l);
		len += l;
		p += l;
		if (*p == '.')
			p++;
	}
	buf[len++] = 0;
	buf[len++] = 0;
	buf[len++] = (uint8_t)type;
	buf[len++] = 0;
	buf[len++] = 1;		/* class IN */
	return (int)len;
}

/*
 * Skip or read a possibly compressed name at *off (§4.1.4).  When out is
 * given, the dotted name is written there.  Pointers may only go backwards,
 * which also bounds the walk.
 */
static int
read_name(const uint8_t *m, size_t len, size_t *off, char *out, size_t cap)
{
	size_t p = *off, o = 0, end = 0, limit = p;
	int jumped = 0;

	for (;;) {
		if (p >= len)
			return -1;
		if ((m[p] & 0xc0) == 0xc0) {
			if (p + 1 >= len)
				return -1;
			if (!jumped)
				end = p + 2;
			jumped = 1;
			p = ((size_t)(m[p] & 0x3f) << 8) | m[p + 1];
			if (p >= limit)
				return -1;
			limit = p;
			continue;
		}
		if (m[p] & 0xc0)
			return -1;
		if (m[p] == 0) {
			p++;
			break;
		}
		if (p + 1 + m[p] > len)
			return -1;
		if (out != NULL) {
			if (o + m[p] + 2 > cap)
				return -1;
			if (o > 0)
				out[o++] = '.';
			memcpy(out + o, m + p + 1, m[p]);
			o += m[p];
		}
		p += 1 + (size_t)m[p];
	}
	if (out != NULL)
		out[o] = '\0';
	*off = jumped ? end : p;
	return 0;
}

static uint16_t
get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

int
dns_parse_reply(const uint8_t *m, size_t len, uint16_t id, const char *name,
    int type, uint8_t *addr)
{
	char q[DNS_NAME_MAX + 2];
	size_t off = 12, rdlen, i, want = type == DNS_A ? 4 : 16;
	unsigned an, rcode;
	uint16_t rtype, rclass;

	if (len < 12 || get16(m) != id || !(m[2] & 0x80))
		return SNMP_E_MISMATCH;
	/* The question must be ours (defends against stray replies). */
	if (get16(m + 4) != 1)
		return SNMP_E_MISMATCH;
	if (read_name(m, len, &off, q, sizeof(q)) < 0 || off + 4 > len)
		return SNMP_E_SYNTAX;
	if (strcasecmp(q, name) != 0 || get16(m + off) != type)
		return SNMP_E_MISMATCH;
	off += 4;
	rcode = m[3] & 0x0f;
	if (rcode == 3)
		return SNMP_E_RESOLVE;		/* NXDOMAIN */
	if (rcode != 0)
		return SNMP_E_SYNTAX;		/* SERVFAIL, REFUSED, ... */
	an = get16(m + 6);
	for (i = 0; i < an && i < DNS_MAX_RR; i++) {
		if (read_name(m, len, &off, NULL, 0) < 0 || off + 10 > len)
			return SNMP_E_SYNTAX;
		rtype = get16(m + off);
		rclass = get16(m + off + 2);
		rdlen = get16(m + off + 8);
		off += 10;
		if (off + rdlen > len)
			return SNMP_E_SYNTAX;
		/* CNAME chains come with the target's records (§3.6.2). */
		if (rtype == type && rclass == 1 && rdlen == want) {
			memcpy(addr, m + off, want);
			return 1;
		}
		off += rdlen;
	}
	return 0;
}

/*
 * What the queries of one resolution met: the reason a name did not
 * resolve is the most telling of them (explain()).
 */
struct dns_tally {
	int		 badname;	/* not a valid host name */
	unsigned	 nxdomain;	/* NXDOMAIN answers */
	unsigned	 nodata;	/* names without an address of the family */
	unsigned	 failed;	/* answers with another error (rcode) */
	unsigned	 unreachable;	/* nameservers not listening */
	unsigned	 timeouts;	/* nameservers silent until the deadline */
	unsigned	 rcode;		/* of the last failed answer */
	char		 failer[INET6_ADDRSTRLEN + 16];	/* who answered it */
	char		 nxer[INET6_ADDRSTRLEN + 16];	/* who said NXDOMAIN */
	char		 names[DNS_WHY_MAX];	/* the names asked */
	size_t		 nnames;
};

/* One query to every nameserver in turn; 1 found, 0 nodata, or error. */
static int
query(const struct dns_conf *c, const char *name, int type, int64_t deadline,
    uint8_t *addr, struct dns_tally *t)
{
	uint8_t q[DNS_NAME_MAX + 32], r[1500];
	struct udp_conn conn;
	int64_t until, left, per;
	uint16_t id;
	size_t i;
	int qlen, rlen, rc, failed = 0, silent = 0;

	for (i = 0; i < c->nns; i++) {
		left = deadline - snmp_now_ms();
		if (left <= 0) {
			t->timeouts++;
			return SNMP_E_TIMEOUT;
		}
		per = left / (int64_t)(c->nns - i);
		if (per < DNS_MIN_TRY_MS)
			per = DNS_MIN_TRY_MS;
		until = snmp_now_ms() + per;
		if (until > deadline)
			until = deadline;
		snmp_random(&id, sizeof(id));
		if ((qlen = dns_build_query(q, sizeof(q), id, name, type)) < 0) {
			t->badname = 1;
			return SNMP_E_RESOLVE;
		}
		if (udp_open(&conn, &c->ns[i], c->nslen[i]) != SNMP_OK) {
			t->unreachable++;
			continue;
		}
		if (udp_send(&conn, q, (size_t)qlen) != SNMP_OK) {
			udp_close(&conn);
			t->unreachable++;
			continue;
		}
		for (;;) {
			if ((rlen = udp_recv(&conn, r, sizeof(r), until)) < 0) {
				if (rlen == SNMP_E_TIMEOUT) {
					t->timeouts++;
					silent++;
				} else
					t->unreachable++;
				break;
			}
			rc = dns_parse_reply(r, (size_t)rlen, id, name, type,
			    addr);
			if (rc == SNMP_E_MISMATCH)
				continue;	/* not ours: keep waiting */
			if (rc == SNMP_E_RESOLVE) {
				t->nxdomain++;
				udp_format(&c->ns[i], t->nxer, sizeof(t->nxer));
			}
			if (rc != SNMP_E_SYNTAX) {
				udp_close(&conn);
				return rc;
			}
			/* SERVFAIL, REFUSED, ... or malformed: the next one */
			t->failed++;
			t->rcode = r[3] & 0x0f;
			udp_format(&c->ns[i], t->failer, sizeof(t->failer));
			failed++;
			break;
		}
		udp_close(&conn);
	}
	/* nobody listening is as final as a failure; silence is a timeout */
	return failed > 0 || silent == 0 ? SNMP_E_RESOLVE : SNMP_E_TIMEOUT;
}

static int
lookup(const struct dns_conf *c, const char *name, int family,
    int64_t deadline, struct sockaddr_storage *ss, socklen_t *len,
    struct dns_tally *t)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
	size_t n = strlen(t->names);
	uint8_t addr[16];
	int rc = SNMP_E_RESOLVE;

	if (n + strlen(name) + 3 < sizeof(t->names))
		snprintf(t->names + n, sizeof(t->names) - n, "%s%s",
		    n > 0 ? ", " : "", name);
	t->nnames++;
	memset(ss, 0, sizeof(*ss));
	if (family != UDP_INET6) {
		rc = query(c, name, DNS_A, deadline, addr, t);
		if (rc == 1) {
			sin->sin_family = AF_INET;
			memcpy(&sin->sin_addr, addr, 4);
			*len = sizeof(*sin);
			return SNMP_OK;
		}
		if (rc != 0)
			return rc;
	}
	if (family != UDP_INET4) {
		rc = query(c, name, DNS_AAAA, deadline, addr, t);
		if (rc == 1) {
			sin6->sin6_family = AF_INET6;
			memcpy(&sin6->sin6_addr, addr, 16);
			*len = sizeof(*sin6);
			return SNMP_OK;
		}
	}
	if (rc == 0)
		t->nodata++;
	return rc == 0 ? SNMP_E_RESOLVE : rc;
}

static const char *
rcode_name(unsigned rcode)
{
	/* RFC 1035 §4.1.1, RFC 6895 §2.3 */
	switch (rcode) {
	case 0:
		return "a malformed reply";
	case 1:
		return "FORMERR (format error)";
	case 2:
		return "SERVFAIL (server failure)";
	case 4:
		return "NOTIMP (not implemented)";
	case 5:
		return "REFUSED (it refuses to answer)";
	}
	return "an error";
}

/* The nameservers as a list, for a message. */
static void
servers(const struct dns_conf *c, char *buf, size_t cap)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < c->nns && n + 2 < cap; i++) {
		if (i > 0)
			n += (size_t)snprintf(buf + n, cap - n, ", ");
		udp_format(&c->ns[i], buf + n, cap - n);
		n = strlen(buf);
	}
}

/* Why nothing resolved, from the most telling of what the queries met. */
static void
explain(const struct dns_conf *c, const struct dns_tally *t, int rc,
    int family, char *why, size_t cap)
{
	char ns[3 * (INET6_ADDRSTRLEN + 16)], conf[96];
	size_t n;

	servers(c, ns, sizeof(ns));
	conf[0] = '\0';
	if (c->conf_errno != 0)
		snprintf(conf, sizeof(conf), RESOLV_FILE " cannot be read (%s)",
		    strerror(c->conf_errno));
	else if (c->ns_default)
		snprintf(conf, sizeof(conf), RESOLV_FILE " names no "
		    "nameserver");
	if (rc == SNMP_E_TIMEOUT && conf[0] != '\0')
		snprintf(why, cap, "%s, and this host's nameserver did not "
		    "answer", conf);
	else if (rc == SNMP_E_TIMEOUT)
		snprintf(why, cap, "no nameserver answered (asked %s)", ns);
	else if (t->badname)
		snprintf(why, cap, "not a valid host name (an empty label, or "
		    "one longer than 63 characters)");
	else if (t->nodata > 0)
		snprintf(why, cap, "the name has no %s", family == UDP_INET4 ?
		    "IPv4 address (A record; -4 allows no other)" :
		    family == UDP_INET6 ? "IPv6 address (AAAA record; -6 "
		    "allows no other)" : "address (no A or AAAA record)");
	else if (t->failed > 0)
		snprintf(why, cap, "the nameserver %s answered %s", t->failer,
		    rcode_name(t->rcode));
	else if (t->nxdomain > 0)
		snprintf(why, cap, "the name does not exist (NXDOMAIN from %s)",
		    t->nxer);
	else if (conf[0] != '\0')
		snprintf(why, cap, "%s, and no nameserver listens on this "
		    "host", conf);
	else
		snprintf(why, cap, "no nameserver listens at %s (ICMP port "
		    "unreachable)", ns);
	n = strlen(why);
	if (rc != SNMP_E_TIMEOUT && t->nnames > 1 && (t->nodata > 0 ||
	    t->nxdomain > 0) && n < cap)
		snprintf(why + n, cap - n, "; tried %s", t->names);
	n = strlen(why);
	if (c->hosts_errno != 0 && n < cap)
		snprintf(why + n, cap - n, "; " HOSTS_FILE " cannot be read "
		    "(%s)", strerror(c->hosts_errno));
}

int
dns_lookup(const struct dns_conf *c, const char *name, int family,
    int64_t deadline, struct sockaddr_storage *ss, socklen_t *len,
    char *why, size_t whylen)
{
	struct dns_tally t;
	char fq[DNS_NAME_MAX * 2 + 2];
	const char *p;
	size_t n = strlen(name), i, dots = 0;
	int rc, absolute;

	memset(&t, 0, sizeof(t));
	if (n == 0 || n >= DNS_NAME_MAX) {
		t.badname = 1;
		rc = SNMP_E_RESOLVE;
		goto done;
	}
	for (p = name; *p != '\0'; p++)
		dots += *p == '.';
	absolute = name[n - 1] == '.';
	snprintf(fq, sizeof(fq), "%.*s", (int)(absolute ? n - 1 : n), name);
	rc = SNMP_E_RESOLVE;
	/* resolv.conf(5): names with ndots dots or more are tried as is first. */
	if (absolute || (int)dots >= c->ndots)
		rc = lookup(c, fq, family, deadline, ss, len, &t);
	for (i = 0; !absolute && rc == SNMP_E_RESOLVE && !t.badname &&
	    i < c->nsearch; i++) {
		snprintf(fq, sizeof(fq), "%s.%s", name, c->search[i]);
		if (strlen(fq) < DNS_NAME_MAX)
			rc = lookup(c, fq, family, deadline, ss, len, &t);
	}
	if (!absolute && (int)dots < c->ndots && rc == SNMP_E_RESOLVE &&
	    !t.badname)
		rc = lookup(c, name, family, deadline, ss, len, &t);
done:
	if (rc != SNMP_OK && whylen > 0)
		explain(c, &t, rc, family, why, whylen);
	return rc;
}

int
dns_resolve(const char *name, int family, int64_t deadline,
    struct sockaddr_storage *ss, socklen_t *len, char *why, size_t whylen)
{
	struct dns_conf *c;
	char *text;
	int rc, hosts_errno = 0, conf_errno = 0;

	if (whylen > 0)
		why[0] = '\0';
	if ((text = slurp(HOSTS_FILE)) != NULL) {
		rc = dns_hosts_lookup(text, name, family, ss, len);
		free(text);
		if (rc == SNMP_OK)
			return rc;
	} else
		hosts_errno = errno;
	if ((c = malloc(sizeof(*c))) == NULL)
		return SNMP_E_NOMEM;
	if ((text = slurp(RESOLV_FILE)) == NULL)
		conf_errno = errno;
	dns_parse_conf(c, text != NULL ? text : "");
	free(text);
	c->conf_errno = conf_errno;
	c->hosts_errno = hosts_errno;
	rc = dns_lookup(c, name, family, deadline, ss, len, why, whylen);
	free(c);
	return rc;
}
