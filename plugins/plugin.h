/* SPDX-License-Identifier: ISC */
/*
 * What every plugin's main() shares and common/ may not do: printing,
 * exiting, and the alarm that enforces the time budget as a last resort.
 */
#ifndef PLUGIN_H
#define PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "options.h"
#include "output.h"
#include "rate.h"
#include "session.h"
#include "snmp.h"
#include "table.h"

/*
 * One run of a plugin: its options, its deadline, its session and the
 * output it builds.  main() reads plugin_start(), plugin_open(), the
 * requests (plugin_get(), plugin_walk()), the verdict into out,
 * plugin_finish().
 */
struct plugin {
	struct snmp_opts	 o;
	int64_t			 deadline;
	int64_t			 started;	/* snmp_now_ms() */
	struct session		*s;
	struct output		*out;
};

/*
 * Print "SERVICE STATE - message" to stdout and exit with state; SERVICE
 * is plugin_info's service word once plugin_options() ran, else SNMP.
 */
void	die(int, const char *, ...)
	    __attribute__((format(printf, 2, 3), noreturn));
/*
 * Parse the options (--help and --version print and exit), arm the
 * deadline and make the output.
 */
void	plugin_start(struct plugin *, const struct plugin_info *, int,
	    char **);
/*
 * plugin_start() with the output in the caller's out (static storage: a
 * run that ends in plugin_finish() then allocates nothing for it).
 */
void	plugin_start_in(struct plugin *, struct output *,
	    const struct plugin_info *, int, char **);
/* Open the session, or die with its message. */
void	plugin_open(struct plugin *);
/*
 * The one way back up from the library: rc (a failed request) becomes the
 * timeout state (-t STATE) for a timeout, else UNKNOWN, with the session's
 * message.
 */
void	plugin_fail(const struct plugin *, int)
	    __attribute__((noreturn));
/* session_get(), table_walk(): the result, or plugin_fail(). */
void	plugin_get(struct plugin *, const struct oid *, size_t,
	    struct varbind *);
void	plugin_walk(struct plugin *, const struct oid *, size_t,
	    struct table *);
/*
 * Open and lock the rate store (rate_open()) for the plugin's item what
 * in dir, or die: with the timeout state when the lock was not had before
 * the deadline, else UNKNOWN; the message is lead, the store's reason,
 * tail.
 */
void	plugin_rate_open(const struct plugin *, struct rate_store *,
	    const char *, const char *, const char *, const char *,
	    const char *);
/*
 * --format, in the option table of every plugin with --list: OFF is the
 * offset of its const char * in the plugin's context.
 */
#define PLUGIN_FORMAT_OPT(off) \
	{ "format", 0, OPT_ARG, "text|json", \
	  "With --list: text (the default) or one JSON document, keys as in\n" \
	  "docs/json.md; not allowed without --list", 0, OPT_TEXT, (off) }
/*
 * --format's word: 1 for json, 0 for text (or none); dies UNKNOWN for
 * another word, or for json without --list (list 0).
 */
int	plugin_list_json(const char *format, int list);
/*
 * Open a --list document: its object, with the keys every plugin's has
 * (plugin, version, peer); the plugin adds its own and closes it.
 */
void	plugin_json_start(const struct plugin *, struct json *,
	    const char *name);
/*
 * Print the finished document and exit OK, or die UNKNOWN when it could
 * not be written; frees it, the session and the options.
 */
void	plugin_json_finish(struct plugin *, struct json *)
	    __attribute__((noreturn));
/* Writes row i of a document's array into the object opened for it. */
typedef void plugin_json_row_fn(struct json *, const void *arg, size_t i);
/*
 * A --list document of one array under key, of n rows each written by
 * row(, arg, i): plugin_json_start() to plugin_json_finish().
 */
void	plugin_json_rows(struct plugin *, const char *name, const char *key,
	    size_t n, plugin_json_row_fn *row, const void *arg)
	    __attribute__((noreturn));
/* Print the output, release the session and options, exit with the state. */
void	plugin_finish(struct plugin *)
	    __attribute__((noreturn));

#endif
