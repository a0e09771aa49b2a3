/* SPDX-License-Identifier: ISC */
/* Rates from two counter samples (see rate.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rate.h"
#include "snmp.h"

#define TICKS_WRAP	4294967296.0	/* 2^32 hundredths: 497.1 days */

int64_t
rate_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int
rate_interval(const struct rate_clock *prev, const struct rate_clock *cur,
    double *secs, char *why, size_t whylen)
{
	double wall = (double)(cur->wall_ms - prev->wall_ms) / 1000, wrapped;

	*secs = 0;
	if (prev->has_boots && cur->has_boots && prev->boots != cur->boots) {
		snprintf(why, whylen, "the agent restarted (snmpEngineBoots "
		    "%ld -> %ld)", (long)prev->boots, (long)cur->boots);
		return RATE_RESET;
	}
	if (prev->has_uptime && cur->has_uptime) {
		if (cur->uptime >= prev->uptime) {
			*secs = (double)(cur->uptime - prev->uptime) / 100;
			/*
			 * Restarted and up again for longer than the last
			 * interval: its clock gained far less than ours.
			 */
			if (wall > 0 && *secs < wall - 60 - wall / 10) {
				snprintf(why, whylen, "the agent restarted (its "
				    "sysUpTime advanced %.2f s while %.2f s "
				    "passed)", *secs, wall);
				*secs = 0;
				return RATE_RESET;
			}
		} else {
			/*
			 * Back: a wrap after 497 days if the wall clock says
			 * that much time passed, else a restart.
			 */
			wrapped = ((double)cur->uptime + TICKS_WRAP -
			    (double)prev->uptime) / 100;
			if (wall > 0 && wrapped - wall < 60 + wall / 10 &&
			    wall - wrapped < 60 + wall / 10)
				*secs = wrapped;
			else {
				snprintf(why, whylen, "the agent restarted "
				    "(sysUpTime went back from %.2f s to "
				    "%.2f s)", (double)prev->uptime / 100,
				    (double)cur->uptime / 100);
				return RATE_RESET;
			}
		}
	} else {
		if (wall < 0) {
			snprintf(why, whylen, "the clock went back by %.3f s "
			    "since the last sample", -wall);
			return RATE_RESET;
		}
		*secs = wall;
	}
	if (*secs < RATE_MIN_INTERVAL) {
		snprintf(why, whylen, "the last sample is only %.2f s old",
		    *secs);
		return RATE_TOO_SOON;
	}
	return RATE_OK;
}

int
rate_delta(uint64_t prev, uint64_t cur, int bits, double secs,
    double max_per_sec, uint64_t *delta, int *wrapped, char *why,
    size_t whylen)
{
	*wrapped = 0;
	*delta = 0;
	if (cur >= prev) {
		*delta = cur - prev;
		return RATE_OK;
	}
	if (bits != 32 || prev > UINT32_MAX || cur > UINT32_MAX) {
		snprintf(why, whylen, "the counter went back from %llu to %llu "
		    "(reset)", (unsigned long long)prev,
		    (unsigned long long)cur);
		return RATE_RESET;
	}
	*delta = cur + (UINT64_C(1) << 32) - prev;
	if (max_per_sec > 0 && secs > 0 &&
	    (double)*delta / secs > max_per_sec * 1.05) {
		snprintf(why, whylen, "the counter went back from %llu to %llu "
		    "and a wrap would mean %.0f/s, above the maximum: a reset",
		    (unsigned long long)prev, (unsigned long long)cur,
		    (double)*delta / secs);
		*delta = 0;
		return RATE_RESET;
	}
	*wrapped = 1;
	return RATE_OK;
}

void
rate_clock_format(struct strbuf *sb, const struct rate_clock *c)
{
	sb_add(sb, "time ");
	sb_i64(sb, c->wall_ms);
	if (c->has_uptime) {
		sb_add(sb, "\nuptime ");
		sb_u64(sb, c->uptime);
	}
	if (c->has_boots) {
		sb_add(sb, "\nboots ");
		sb_i64(sb, c->boots);
	}
	sb_addn(sb, "\n", 1);
}

int
rate_kv_get(const char *data, const char *name, char *out, size_t outlen)
{
	size_t n = strlen(name), k;
	const char *p = data, *e;

	while (*p != '\0') {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) > n && strncmp(p, name, n) == 0 &&
		    p[n] == ' ') {
			k = (size_t)(e - p) - n - 1;
			if (k >= outlen)
				return SNMP_E_NOSPACE;
			memcpy(out, p + n + 1, k);
			out[k] = '\0';
			return SNMP_OK;
		}
		p = *e != '\0' ? e + 1 : e;
	}
	return SNMP_E_SYNTAX;
}

int
rate_kv_u64(const char *data, const char *name, uint64_t *out)
{
	char v[32], *end;
	unsigned long long x;

	if (rate_kv_get(data, name, v, sizeof(v)) != SNMP_OK ||
	    v[0] < '0' || v[0] > '9')
		return SNMP_E_SYNTAX;
	x = strtoull(v, &end, 10);
	if (*end != '\0')
		return SNMP_E_SYNTAX;
	*out = (uint64_t)x;
	return SNMP_OK;
}

int
rate_clock_parse(const char *data, struct rate_clock *c)
{
	char v[32], *end;
	uint64_t u;
	long b;

	memset(c, 0, sizeof(*c));
	if (rate_kv_get(data, "time", v, sizeof(v)) != SNMP_OK)
		return SNMP_E_SYNTAX;
	c->wall_ms = strtoll(v, &end, 10);
	if (*end != '\0' || end == v)
		return SNMP_E_SYNTAX;
	if (rate_kv_u64(data, "uptime", &u) == SNMP_OK && u <= UINT32_MAX) {
		c->has_uptime = 1;
		c->uptime = (uint32_t)u;
	}
	if (rate_kv_get(data, "boots", v, sizeof(v)) == SNMP_OK) {
		b = strtol(v, &end, 10);
		if (*end == '\0' && end != v && b >= 0 && b <= INT32_MAX) {
			c->has_boots = 1;
			c->boots = (int32_t)b;
		}
	}
	return SNMP_OK;
}
