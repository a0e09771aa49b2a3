/* SPDX-License-Identifier: ISC */
/*
 * Runs one plugin for the soak (tests/soak/soak.sh) and measures it: the
 * plugin starts with at most -n open files (a descriptor leaked per try or
 * per walk step runs into it), is killed after -k seconds (a hang is a
 * failure, not a stalled soak), and the result is one line on stdout:
 *
 *     EXIT WALL_MS MAXRSS_KB FIRST-LINE-OF-OUTPUT
 *
 * EXIT is the exit code, or 128 + the signal that ended it.  WALL_MS runs
 * from before fork() to after wait4(), MAXRSS_KB is the child's peak
 * resident set (getrusage through wait4).  The whole output goes to -o
 * FILE when given.  Self-contained: libc only.
 *
 * usage: soak_run [-n NOFILE] [-k KILL_S] [-o FILE] PROGRAM [ARG...]
 */
#include <sys/types.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define OUTMAX	65536

static volatile sig_atomic_t expired;

static void
on_alarm(int sig)
{
	(void)sig;
	expired = 1;
}

static int64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
usage(void)
{
	fprintf(stderr, "usage: soak_run [-n NOFILE] [-k KILL_S] [-o FILE] "
	    "PROGRAM [ARG...]\n");
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

int
main(int argc, char **argv)
{
	static char out[OUTMAX + 1];
	struct sigaction sa;
	struct rusage ru;
	struct rlimit rl;
	const char *file = NULL;
	size_t len = 0, i;
	int64_t t0, t1;
	long nofile = 0, kill_s = 60;
	pid_t pid;
	ssize_t r;
	int c, p[2], status, code, fd;

	while ((c = getopt(argc, argv, "+k:n:o:")) != -1) {
		switch (c) {
		case 'k':
			kill_s = num(optarg, 1, 3600);
			break;
		case 'n':
			nofile = num(optarg, 4, 1 << 20);
			break;
		case 'o':
			file = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind >= argc)
		usage();
	if (pipe(p) < 0) {
		perror("soak_run: pipe");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART: read returns */
	sigaction(SIGALRM, &sa, NULL);

	t0 = now_ms();
	if ((pid = fork()) < 0) {
		perror("soak_run: fork");
		return 2;
	}
	if (pid == 0) {
		if (dup2(p[1], 1) < 0)
			_exit(126);
		close(p[0]);
		close(p[1]);
		if (nofile > 0) {
			rl.rlim_cur = rl.rlim_max = (rlim_t)nofile;
			if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
				_exit(126);
		}
		execv(argv[optind], argv + optind);
		_exit(127);
	}
	close(p[1]);
	alarm((unsigned)kill_s);
	while (!expired) {
		r = read(p[0], out + len, len < OUTMAX ? OUTMAX - len : 1);
		if (r == 0)
			break;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (len < OUTMAX)
			len += (size_t)r;	/* beyond OUTMAX: drained */
	}
	if (expired)
		kill(pid, SIGKILL);
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			perror("soak_run: wait4");
			return 2;
		}
		if (expired)
			kill(pid, SIGKILL);
	}
	t1 = now_ms();
	close(p[0]);
	out[len] = '\0';
	code = WIFEXITED(status) ? WEXITSTATUS(status) :
	    128 + WTERMSIG(status);

	if (file != NULL) {
		fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd < 0 || write(fd, out, len) != (ssize_t)len ||
		    close(fd) < 0) {
			perror("soak_run: output file");
			return 2;
		}
	}
	for (i = 0; i < len && out[i] != '\n'; i++) {
		if (out[i] == '\t' || out[i] == '\r')
			out[i] = ' ';
	}
	out[i] = '\0';
	printf("%d %lld %ld %s\n", code, (long long)(t1 - t0), ru.ru_maxrss,
	    out);
	return 0;
}
