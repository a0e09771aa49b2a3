/* SPDX-License-Identifier: ISC */
/*
 * Error texts, randomness, the monotonic clock and secret wiping shared by
 * every module.
 */
#include <sys/random.h>
#include <sys/syscall.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "snmp.h"

const char *
snmp_strerror(int err)
{
	switch (err) {
	case SNMP_OK:
		return "success";
	case SNMP_E_BER:
		return "malformed BER encoding";
	case SNMP_E_TRUNC:
		return "truncated data";
	case SNMP_E_NOSPACE:
		return "buffer too small";
	case SNMP_E_RANGE:
		return "value out of range";
	case SNMP_E_OID:
		return "invalid object identifier";
	case SNMP_E_NAME:
		return "unknown object name";
	case SNMP_E_VERSION:
		return "unexpected SNMP version";
	case SNMP_E_PDU:
		return "malformed PDU";
	case SNMP_E_NOMEM:
		return "out of memory";
	case SNMP_E_TIMEOUT:
		return "timeout";
	case SNMP_E_REFUSED:
		return "connection refused (ICMP port unreachable)";
	case SNMP_E_NET:
		return "network error";
	case SNMP_E_RESOLVE:
		return "host name does not resolve";
	case SNMP_E_ADDR:
		return "invalid host or port";
	case SNMP_E_AGENT:
		return "agent returned an error";
	case SNMP_E_MISMATCH:
		return "reply does not match the request";
	case SNMP_E_FILE:
		return "cannot read file";
	case SNMP_E_SYNTAX:
		return "syntax error";
	case SNMP_E_INVAL:
		return "invalid argument";
	case SNMP_E_RANDOM:
		return "no randomness available";
	case SNMP_E_UNSUPPORTED:
		return "not supported";
	case SNMP_E_AUTH:
		return "authentication failed";
	case SNMP_E_WINDOW:
		return "outside the time window";
	case SNMP_E_DECRYPT:
		return "cannot decrypt";
	}
	return "unknown error";
}

int
snmp_random(void *buf, size_t len)
{
	unsigned char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = getrandom(p, len, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return SNMP_E_RANDOM;
		}
		p += n;
		len -= (size_t)n;
	}
	return SNMP_OK;
}

int32_t
snmp_random_id(void)
{
	uint32_t v;

	do {
		if (snmp_random(&v, sizeof(v)) != SNMP_OK)
			v = (uint32_t)snmp_now_ms() ^ 0x5a5a5a5aU;
		v &= 0x7fffffffU;
	} while (v == 0);
	return (int32_t)v;
}

/*
 * A run reads the clock about four times.  musl's clock_gettime() goes
 * through the vDSO, whose first use maps its pages in: three page faults,
 * which cost more than four system calls (bench/README.md, "Page faults").
 * glibc has looked the vDSO up at start-up already.  The system call is
 * made directly only where its timespec is the C library's (64-bit time_t
 * on an LP64 target).
 */
static int64_t
clock_ms(clockid_t id)
{
	struct timespec ts;

#if defined(__GLIBC__) || !defined(__LP64__)
	clock_gettime(id, &ts);
#else
	if (syscall(SYS_clock_gettime, id, &ts) != 0)
		clock_gettime(id, &ts);
#endif
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t
snmp_now_ms(void)
{
	return clock_ms(CLOCK_MONOTONIC);
}

int64_t
snmp_wall_ms(void)
{
	return clock_ms(CLOCK_REALTIME);
}

void *
snmp_grow(void *p, size_t *cap, size_t size, size_t first)
{
	size_t n = *cap ? *cap : first;
	void *np;

	if (*cap > SIZE_MAX / 2 / size || n > SIZE_MAX / size)
		return NULL;
	if (*cap)
		n = *cap * 2;
	if ((np = realloc(p, n * size)) == NULL)
		return NULL;
	*cap = n;
	return np;
}
