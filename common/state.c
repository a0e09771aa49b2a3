/* SPDX-License-Identifier: ISC */
/*
 * Nagios service states (plugin guidelines, "Plugin return codes"): their
 * names, which one is worse, and parsing a state given as an option.
 */
#include <string.h>
#include <strings.h>

#include "state.h"

static int
state_rank(int s)
{
	switch (s) {
	case STATE_OK:
		return 0;
	case STATE_UNKNOWN:
		return 1;
	case STATE_WARNING:
		return 2;
	}
	return 3;
}

int
state_worst(int a, int b)
{
	return state_rank(a) >= state_rank(b) ? a : b;
}

const char *
state_name(int s)
{
	switch (s) {
	case STATE_OK:
		return "OK";
	case STATE_WARNING:
		return "WARNING";
	case STATE_CRITICAL:
		return "CRITICAL";
	}
	return "UNKNOWN";
}

int
state_parse(const char *s)
{
	static const char *const names[] = { "OK", "WARNING", "CRITICAL",
	    "UNKNOWN" };
	int i;

	for (i = 0; i < 4; i++) {
		if (strcasecmp(s, names[i]) == 0)
			return i;
	}
	if (s[0] >= '0' && s[0] <= '3' && s[1] == '\0')
		return s[0] - '0';
	return -1;
}
