/* SPDX-License-Identifier: ISC */
/*
 * The floor of the GET benchmark (bench/run.sh): the least a process can do
 * for one SNMPv2c GET of sysUpTime.0 with the community "public" on
 * 127.0.0.1:PORT.  The request is a constant datagram, built by hand; the
 * reply is read once (1 s at most) and only its first octet and the
 * request-id (at the same offset as in the request: same community,
 * short lengths) are looked at.  No options, no retries, no decoding, no
 * output but the exit status: 0 for a reply, 1 for none.  Linked
 * statically against musl, it measures what the kernel and the C library
 * cost for a process that sends and receives one datagram, which no
 * plugin can go below.
 *
 *   bench/floor PORT
 */
#include <sys/socket.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

/* RFC 3416 GetRequest-PDU in an RFC 1901 message, request-id 0x1234. */
static const unsigned char get[] = {
	0x30, 0x27,				/* Message */
	0x02, 0x01, 0x01,			/* version: 1 = v2c */
	0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c',	/* community */
	0xa0, 0x1a,				/* GetRequest-PDU */
	0x02, 0x02, 0x12, 0x34,			/* request-id */
	0x02, 0x01, 0x00,			/* error-status */
	0x02, 0x01, 0x00,			/* error-index */
	0x30, 0x0e,				/* VarBindList */
	0x30, 0x0c,				/* VarBind */
	0x06, 0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x03, 0x00,
	0x05, 0x00				/* NULL */
};

int
main(int argc, char *argv[])
{
	struct sockaddr_in sin;
	struct pollfd pfd;
	unsigned char reply[1500];
	unsigned port = 0;
	const char *p;
	ssize_t n;
	int fd;

	if (argc != 2)
		return 2;
	for (p = argv[1]; *p >= '0' && *p <= '9'; p++)
		port = port * 10 + (unsigned)(*p - '0');
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0 ||
	    connect(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
	    send(fd, get, sizeof(get), 0) != (ssize_t)sizeof(get))
		return 1;
	pfd.fd = fd;
	pfd.events = POLLIN;
	if (poll(&pfd, 1, 1000) != 1 ||
	    (n = recv(fd, reply, sizeof(reply), 0)) < 20 || reply[0] != 0x30)
		return 1;
	/* the request-id, where an agent with the same community puts it */
	return memcmp(reply + 15, get + 15, 4) == 0 ? 0 : 1;
}
