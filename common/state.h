/* SPDX-License-Identifier: ISC */
/*
 * Nagios service states: the exit codes of a plugin and the word its
 * status line carries (plugin guidelines, "Plugin return codes").
 */
#ifndef STATE_H
#define STATE_H

enum state {
	STATE_OK = 0,
	STATE_WARNING = 1,
	STATE_CRITICAL = 2,
	STATE_UNKNOWN = 3
};

/* The worse of two states: CRITICAL > WARNING > UNKNOWN > OK. */
int	state_worst(int, int);
/* "OK", "WARNING", "CRITICAL" or "UNKNOWN". */
const char *state_name(int);
/* Parse OK/WARNING/CRITICAL/UNKNOWN (any case) or 0-3; -1 otherwise. */
int	state_parse(const char *);

#endif
