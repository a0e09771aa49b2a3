/* SPDX-License-Identifier: ISC */
/*
 * fuzz_dns: the stub resolver's parsers (common/dns.h).  dns_parse_reply()
 * reads whatever arrives on the resolver's UDP socket, so it sees network
 * input like the SNMP decoders; resolv.conf and hosts text are parsed by
 * dns_parse_conf() and dns_hosts_lookup().
 *
 * The first input octet selects, the rest is the data:
 *   bit 0     AAAA instead of A
 *   bits 1-2  0: the data is a reply to query id 0x1234 for
 *                "printer.example.com" (bit 3: "a.b", a short name)
 *             1: the data is resolv.conf text
 *             2: the data is hosts text, then a NUL and the name to look
 *                up (bits 3-4: family any, 4 or 6)
 *             3: the data is a name: dns_build_query() for it, and the
 *                query turned into a reply, with and without an answer
 *                that points back at the question (§4.1.4 compression)
 * Properties: the address copied out is exactly the answer's octets and
 * fits the caller's 4 or 16 octets; a reply for another id or question is
 * a mismatch; the configuration stays within its arrays, with at least one
 * nameserver; a query read back as a reply gives NODATA, or the answer.
 */
#define _GNU_SOURCE		/* memmem */
#include <sys/socket.h>
#include <netinet/in.h>

#include "dns.h"
#include "net.h"
#include "snmp.h"

#include "fuzz.h"

#define QID	0x1234

static void
reply(const uint8_t *m, size_t len, int type, const char *name)
{
	size_t want = type == DNS_A ? 4 : 16;
	uint8_t *addr;
	int rc;

	/* exactly the caller's size: one octet more is an ASan error */
	if ((addr = malloc(want)) == NULL)
		abort();
	rc = dns_parse_reply(m, len, QID, name, type, addr);
	FUZZ_CHECK(rc == 1 || rc == 0 || rc == SNMP_E_RESOLVE ||
	    rc == SNMP_E_MISMATCH || rc == SNMP_E_SYNTAX);
	if (rc != SNMP_E_MISMATCH)
		FUZZ_CHECK(len >= 12 && m[0] == (QID >> 8) &&
		    m[1] == (QID & 0xff) && (m[2] & 0x80));
	if (rc == 1)
		FUZZ_CHECK(memmem(m + 12, len - 12, addr, want) != NULL);
	/* another id is never ours */
	FUZZ_CHECK(dns_parse_reply(m, len, QID + 1, name, type, addr) ==
	    SNMP_E_MISMATCH || (len >= 2 && m[0] == ((QID + 1) >> 8) &&
	    m[1] == ((QID + 1) & 0xff)));
	free(addr);
}

static void
conf(const char *text)
{
	struct dns_conf c;
	size_t i;

	dns_parse_conf(&c, text);
	FUZZ_CHECK(c.nns >= 1 && c.nns <= DNS_MAX_NS);
	FUZZ_CHECK(c.nsearch <= DNS_MAX_SEARCH);
	FUZZ_CHECK(c.ndots >= 0 && c.ndots <= 15);
	for (i = 0; i < c.nns; i++)
		FUZZ_CHECK((c.ns[i].ss_family == AF_INET &&
		    c.nslen[i] == sizeof(struct sockaddr_in)) ||
		    (c.ns[i].ss_family == AF_INET6 &&
		    c.nslen[i] == sizeof(struct sockaddr_in6)));
	for (i = 0; i < c.nsearch; i++)
		FUZZ_CHECK(memchr(c.search[i], '\0', DNS_NAME_MAX) != NULL &&
		    c.search[i][0] != '\0');
}

static void
hosts(const char *text, const char *name, int family)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;
	int rc;

	rc = dns_hosts_lookup(text, name, family, &ss, &len);
	FUZZ_CHECK(rc == SNMP_OK || rc == SNMP_E_RESOLVE);
	if (rc != SNMP_OK)
		return;
	FUZZ_CHECK(*name != '\0');	/* a hosts(5) word is never empty */
	if (family == UDP_INET4)
		FUZZ_CHECK(ss.ss_family == AF_INET);
	if (family == UDP_INET6)
		FUZZ_CHECK(ss.ss_family == AF_INET6);
	FUZZ_CHECK((ss.ss_family == AF_INET &&
	    len == sizeof(struct sockaddr_in)) || (ss.ss_family == AF_INET6 &&
	    len == sizeof(struct sockaddr_in6)));
}

static void
query(const char *name, int type)
{
	static const uint8_t answer[] = {
		0xc0, 0x0c,			/* the question's name */
		0, 0, 0, 1,			/* type (patched), class IN */
		0, 0, 0x0e, 0x10,		/* TTL */
		0, 0				/* rdlength (patched) */
	};
	size_t want = type == DNS_A ? 4 : 16, n;
	uint8_t buf[DNS_NAME_MAX + 32 + sizeof(answer) + 16], addr[16];
	int len, rc;

	len = dns_build_query(buf, DNS_NAME_MAX + 32, QID, name, type);
	if (len < 0) {
		FUZZ_CHECK(len == SNMP_E_NOSPACE || len == SNMP_E_INVAL);
		return;
	}
	FUZZ_CHECK((size_t)len == 12 + strlen(name) + 2 + 4 ||
	    (size_t)len == 12 + strlen(name) + 1 + 4);
	buf[2] |= 0x80;			/* QR: a response */
	n = strlen(name);
	rc = dns_parse_reply(buf, (size_t)len, QID, name, type, addr);
	/* "a." is asked as "a" and comes back as "a" */
	if (n > 0 && name[n - 1] == '.')
		FUZZ_CHECK(rc == SNMP_E_MISMATCH || rc == 0);
	else
		FUZZ_CHECK(rc == 0);
	if (rc != 0)
		return;
	/* one answer of the type, compressed onto the question */
	buf[7] = 1;			/* ANCOUNT */
	memcpy(buf + len, answer, sizeof(answer));
	buf[len + 3] = (uint8_t)type;
	buf[len + 11] = (uint8_t)want;
	memset(buf + len + sizeof(answer), 0xa5, want);
	rc = dns_parse_reply(buf, (size_t)len + sizeof(answer) + want, QID,
	    name, type, addr);
	FUZZ_CHECK(rc == 1);
	FUZZ_CHECK(addr[0] == 0xa5 && addr[want - 1] == 0xa5);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int families[] = { UDP_ANY, UDP_INET4, UDP_INET6,
	    UDP_ANY };
	const char *name;
	uint8_t *m;
	char *text;
	size_t len;
	int type, what;

	if (size < 1)
		return 0;
	type = data[0] & 1 ? DNS_AAAA : DNS_A;
	what = (data[0] >> 1) & 3;
	len = size - 1;
	switch (what) {
	case 0:
		if ((m = malloc(len > 0 ? len : 1)) == NULL)
			abort();
		if (len > 0)
			memcpy(m, data + 1, len);
		reply(m, len, type, data[0] & 8 ? "a.b" :
		    "printer.example.com");
		free(m);
		break;
	case 1:
		text = fuzz_cstr(data + 1, len);
		conf(text);
		free(text);
		break;
	case 2:
		text = fuzz_cstr(data + 1, len);
		name = text + strlen(text);
		if ((size_t)(name - text) < len)
			name++;		/* after the NUL */
		hosts(text, name, families[(data[0] >> 3) & 3]);
		free(text);
		break;
	default:
		text = fuzz_cstr(data + 1, len);
		query(text, type);
		free(text);
		break;
	}
	return 0;
}
