/* SPDX-License-Identifier: ISC */
/*
 * A lossy UDP relay for the soak (tests/soak/soak.sh): it stands between the
 * plugins and a real snmpd on loopback, the way a congested WAN link does,
 * since no kernel netem is available where the tests run.  Every datagram,
 * in both directions, is dropped with probability -l, otherwise delivered
 * after a delay drawn uniformly from 0..-j ms, and with probability -d
 * delivered a second time after a delay of its own.  Independent delays
 * reorder datagrams closer together than the jitter.  The decisions come
 * from one PRNG seeded by -s: the same seed and the same arrival order give
 * the same losses, copies and delays.
 *
 * Each client address (a plugin's socket) gets its own connected socket
 * towards the agent, so that replies find their way back; a flow idle for
 * -i seconds is forgotten, and the least recently used one makes room when
 * MAXFLOWS are open.  Self-contained: libc only.
 *
 * usage: lossy_relay -a AGENT_PORT [-p PORT] [-l LOSS%] [-d DUP%]
 *            [-j JITTER_MS] [-s SEED] [-i IDLE_S]
 * Listens on 127.0.0.1:PORT (0, the default: a free port the kernel picks),
 * relays to 127.0.0.1:AGENT_PORT, prints the bound port on stdout, and
 * serves until SIGTERM or SIGINT, or until its parent exits; then prints
 * its counts on stderr.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAXFLOWS	256
#define MAXQUEUE	4096
#define MAXDGRAM	65535

enum dir { UP = 0, DOWN = 1 };

struct flow {
	struct sockaddr_in	client;
	int			fd;		/* connected to the agent; -1 free */
	int64_t			last;		/* ms of the last datagram or due */
	uint64_t		sent[2];	/* sequence numbers handed out */
	uint64_t		high[2];	/* highest delivered + 1 */
};

struct pending {
	int64_t		due;
	int		flow;
	enum dir	dir;
	uint64_t	seq;
	size_t		len;
	uint8_t		*data;
};

struct stats {
	unsigned long	in[2], dropped[2], duplicated[2], delivered[2];
	unsigned long	reordered[2], overflow, flows;
};

static volatile sig_atomic_t stop;
static struct flow flows[MAXFLOWS];
static struct pending queue[MAXQUEUE];
static size_t nqueue;
static struct stats st;
static uint64_t rng;
static uint32_t loss_ppm, dup_ppm;
static long jitter_ms;

static void
on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* splitmix64: small, fast, and the same sequence on every platform. */
static uint64_t
rand64(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
chance(uint32_t ppm)
{
	return rand64() % 1000000 < ppm;
}

static void
usage(void)
{
	fprintf(stderr, "usage: lossy_relay -a AGENT_PORT [-p PORT] "
	    "[-l LOSS%%] [-d DUP%%] [-j JITTER_MS] [-s SEED] [-i IDLE_S]\n");
	exit(2);
}

static long
num(const char *s, long lo, long hi)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
		usage();
	return v;
}

/* A percentage with up to 4 decimals (0.5, 10, 12.25) in parts per million. */
static uint32_t
percent(const char *s)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || !(v >= 0 && v <= 100))
		usage();
	return (uint32_t)(v * 10000 + 0.5);
}

static void
forget(int f)
{
	size_t i;

	for (i = 0; i < nqueue;) {
		if (queue[i].flow == f) {
			free(queue[i].data);
			queue[i] = queue[--nqueue];
		} else
			i++;
	}
	close(flows[f].fd);
	flows[f].fd = -1;
}

/* The flow of a client, opened towards the agent if new; -1 on failure. */
static int
flow_of(const struct sockaddr_in *c, const struct sockaddr_in *agent,
    int64_t now)
{
	int f, lru = 0, fd;

	for (f = 0; f < MAXFLOWS; f++) {
		if (flows[f].fd >= 0 && flows[f].client.sin_port ==
		    c->sin_port && flows[f].client.sin_addr.s_addr ==
		    c->sin_addr.s_addr)
			return f;
	}
	for (f = 0; f < MAXFLOWS; f++) {
		if (flows[f].fd < 0)
			break;
		if (flows[f].last < flows[lru].last)
			lru = f;
	}
	if (f == MAXFLOWS)
		forget(f = lru);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (connect(fd, (const struct sockaddr *)agent, sizeof(*agent)) < 0) {
		close(fd);
		return -1;
	}
	memset(&flows[f], 0, sizeof(flows[f]));
	flows[f].client = *c;
	flows[f].fd = fd;
	flows[f].last = now;
	st.flows++;
	return f;
}

static void
enqueue(int f, enum dir d, const uint8_t *p, size_t len, int64_t now,
    uint64_t seq)
{
	struct pending *q;

	if (nqueue == MAXQUEUE || (q = &queue[nqueue],
	    (q->data = malloc(len)) == NULL)) {
		st.overflow++;
		return;
	}
	memcpy(q->data, p, len);
	q->len = len;
	q->flow = f;
	q->dir = d;
	q->seq = seq;
	q->due = now + (jitter_ms > 0 ? (int64_t)(rand64() %
	    (uint64_t)(jitter_ms + 1)) : 0);
	if (q->due > flows[f].last)
		flows[f].last = q->due;
	nqueue++;
}

/* One datagram in: dropped, or queued once or twice. */
static void
arrive(int f, enum dir d, const uint8_t *p, size_t len, int64_t now)
{
	uint64_t seq = flows[f].sent[d]++;

	st.in[d]++;
	if (now > flows[f].last)
		flows[f].last = now;
	if (chance(loss_ppm)) {
		st.dropped[d]++;
		return;
	}
	enqueue(f, d, p, len, now, seq);
	if (chance(dup_ppm)) {
		st.duplicated[d]++;
		enqueue(f, d, p, len, now, seq);
	}
}

static void
deliver(int lfd, int64_t now)
{
	struct pending *q;
	struct flow *fl;
	size_t i;

	for (i = 0; i < nqueue;) {
		q = &queue[i];
		if (q->due > now) {
			i++;
			continue;
		}
		fl = &flows[q->flow];
		/* errors (no agent, no client any more) are losses too */
		if (q->dir == UP)
			(void)send(fl->fd, q->data, q->len, 0);
		else
			(void)sendto(lfd, q->data, q->len, 0,
			    (const struct sockaddr *)&fl->client,
			    sizeof(fl->client));
		st.delivered[q->dir]++;
		if (q->seq + 1 < fl->high[q->dir])
			st.reordered[q->dir]++;
		else
			fl->high[q->dir] = q->seq + 1;
		free(q->data);
		*q = queue[--nqueue];
	}
}

static int
next_due(int64_t now)
{
	int64_t m = now + 1000;
	size_t i;

	for (i = 0; i < nqueue; i++) {
		if (queue[i].due < m)
			m = queue[i].due;
	}
	return m <= now ? 0 : (int)(m - now);
}

static void
expire(int64_t now, long idle_ms)
{
	int f;

	for (f = 0; f < MAXFLOWS; f++) {
		if (flows[f].fd >= 0 && now - flows[f].last > idle_ms)
			forget(f);
	}
}

static void
report(void)
{
	static const char *name[2] = { "to agent", "to plugins" };
	int d;

	for (d = 0; d < 2; d++)
		fprintf(stderr, "relay %s: %lu in, %lu dropped, %lu duplicated, "
		    "%lu delivered, %lu reordered\n", name[d], st.in[d],
		    st.dropped[d], st.duplicated[d], st.delivered[d],
		    st.reordered[d]);
	fprintf(stderr, "relay: %lu flows, %lu queue overflows\n", st.flows,
	    st.overflow);
}

int
main(int argc, char **argv)
{
	static uint8_t buf[MAXDGRAM];
	static struct pollfd pfd[MAXFLOWS + 1];
	static int pflow[MAXFLOWS + 1];
	struct sockaddr_in me, agent, from;
	struct sigaction sa;
	socklen_t sl;
	long idle_ms = 30000, port = 0, agent_port = -1;
	int64_t now;
	pid_t parent = getppid();
	ssize_t n;
	int c, lfd, f, np, i;

	loss_ppm = 100000;
	dup_ppm = 10000;
	jitter_ms = 200;
	rng = 1;
	while ((c = getopt(argc, argv, "a:d:i:j:l:p:s:")) != -1) {
		switch (c) {
		case 'a':
			agent_port = num(optarg, 1, 65535);
			break;
		case 'd':
			dup_ppm = percent(optarg);
			break;
		case 'i':
			idle_ms = num(optarg, 1, 86400) * 1000;
			break;
		case 'j':
			jitter_ms = num(optarg, 0, 60000);
			break;
		case 'l':
			loss_ppm = percent(optarg);
			break;
		case 'p':
			port = num(optarg, 0, 65535);
			break;
		case 's':
			rng = (uint64_t)num(optarg, 0, 0x7fffffffL);
			break;
		default:
			usage();
		}
	}
	if (agent_port < 0 || optind != argc)
		usage();
	for (f = 0; f < MAXFLOWS; f++)
		flows[f].fd = -1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: poll returns */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	/* loopback only, on both sides */
	memset(&me, 0, sizeof(me));
	me.sin_family = AF_INET;
	me.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	me.sin_port = htons((uint16_t)port);
	agent = me;
	agent.sin_port = htons((uint16_t)agent_port);
	lfd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&me, sizeof(me)) < 0) {
		perror("lossy_relay: bind");
		return 1;
	}
	sl = sizeof(me);
	if (getsockname(lfd, (struct sockaddr *)&me, &sl) < 0) {
		perror("lossy_relay: getsockname");
		return 1;
	}
	printf("%u\n", (unsigned)ntohs(me.sin_port));
	fflush(stdout);

	while (!stop && getppid() == parent) {
		now = now_ms();
		deliver(lfd, now);
		expire(now, idle_ms);
		pfd[0].fd = lfd;
		pfd[0].events = POLLIN;
		np = 1;
		for (f = 0; f < MAXFLOWS; f++) {
			if (flows[f].fd < 0)
				continue;
			pfd[np].fd = flows[f].fd;
			pfd[np].events = POLLIN;
			pflow[np++] = f;
		}
		/* at most a second, to notice a parent that went away */
		if (poll(pfd, (nfds_t)np, next_due(now)) <= 0)
			continue;
		now = now_ms();
		for (i = 1; i < np; i++) {
			if ((pfd[i].revents & (POLLIN | POLLERR)) == 0)
				continue;
			f = pflow[i];
			/* an error (ICMP unreachable) is reported once: next */
			while (flows[f].fd >= 0 && (n = recv(flows[f].fd, buf,
			    sizeof(buf), MSG_DONTWAIT)) > 0)
				arrive(f, DOWN, buf, (size_t)n, now);
		}
		if (pfd[0].revents & POLLIN) {
			for (;;) {
				sl = sizeof(from);
				n = recvfrom(lfd, buf, sizeof(buf), MSG_DONTWAIT,
				    (struct sockaddr *)&from, &sl);
				if (n < 0)
					break;
				if (n > 0 && (f = flow_of(&from, &agent, now)) >= 0)
					arrive(f, UP, buf, (size_t)n, now);
			}
		}
	}
	report();
	return 0;
}
