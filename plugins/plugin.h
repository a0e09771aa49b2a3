/* SPDX-License-Identifier: ISC */
/*
 * What every plugin's main() shares and common/ may not do: printing,
 * exiting, and the alarm that enforces the time budget as a last resort.
 */
#ifndef PLUGIN_H
#define PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "options.h"
#include "output.h"
#include "session.h"
#include "snmp.h"

/*
 * Print "SERVICE STATE - message" to stdout and exit with state; SERVICE
 * is plugin_info's service word once plugin_options() ran, else SNMP.
 */
void	die(int, const char *, ...)
	    __attribute__((format(printf, 2, 3), noreturn));
/*
 * Parse options; prints --help / --version and exits, or dies UNKNOWN
 * with the parser's message.
 */
void	plugin_options(struct snmp_opts *, const struct plugin_info *, int,
	    char **);
/*
 * Start the run's clock: returns the deadline and arms an alarm shortly
 * after it that ends the process with the timeout state, whatever it is
 * doing (a blocking name lookup, say).
 */
int64_t	plugin_deadline(const struct snmp_opts *);
/* A session open for the options, or die with its message. */
struct session *plugin_session(const struct snmp_opts *, int64_t);
/* Trace callback printing to stderr (-vv, -vvv). */
session_trace_fn plugin_trace;
/* Print the rendered output, free it (malloc'ed) and exit with its state. */
void	plugin_exit(struct output *, const char *)
	    __attribute__((noreturn));

#endif
