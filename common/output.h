/* SPDX-License-Identifier: ISC */
/*
 * The plugin result: worst state, summary, long output and perfdata, built
 * in bounded buffers and rendered as one Nagios plugin output.  Text from a
 * device goes through output_put_text() so it can never forge a status line
 * or perfdata.
 */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"
#include "state.h"
#include "strbuf.h"
#include "threshold.h"

struct iovec;

/*
 * Perfdata and long output for a 48-port switch run to tens of KiB; the
 * buffers are only touched as far as they are used.
 */
#define OUTPUT_SUMMARY_MAX	8192
#define OUTPUT_PERF_MAX		65536
#define OUTPUT_LONG_MAX		131072

struct output {
	int		state;
	size_t		perf_dropped;	/* perfdata items that did not fit */
	struct strbuf	summary;
	struct strbuf	perf;
	struct strbuf	longout;
	char		sbuf[OUTPUT_SUMMARY_MAX];
	char		pbuf[OUTPUT_PERF_MAX];
	char		lbuf[OUTPUT_LONG_MAX];
};

/*
 * The perfdata and long output buffers are not written until used (each
 * is read up to its len only), so that a run which leaves them empty
 * never touches their pages.
 */
void	output_init(struct output *);
/* Raise the state: CRITICAL > WARNING > UNKNOWN > OK. */
void	output_state(struct output *, int);
/*
 * Device text made safe: '|' becomes '/'; LF, CR and TAB become \n, \r,
 * \t; the C1 controls U+0080..U+009F (NEL among them) and U+2028/U+2029,
 * valid UTF-8 that still breaks lines in some front ends, become \u0085,
 * \u2028 (four upper-case hex digits).  A string that is not UTF-8 text
 * (another C0 control, DEL, a NUL before its last octet, or invalid UTF-8:
 * stray continuation octets, overlong forms, surrogates, F5..FF, a
 * sequence cut short) is binary and shown as net-snmp's hex "62 C9 24 26"
 * (one trailing NUL, a C string's terminator, is dropped first).  Output that does
 * not fit stops at a whole character or escape (truncated is set): a full
 * buffer still holds valid UTF-8.
 */
void	output_put_text(struct strbuf *, const unsigned char *, size_t);
/* output_put_text() of a C string. */
void	output_put_str(struct strbuf *, const char *);
/* Length of a valid UTF-8 sequence at p (RFC 3629 §4), or 0. */
size_t	output_utf8_len(const unsigned char *, size_t);
/* 1 if output_put_text would show the octets as hex. */
int	output_is_binary(const unsigned char *, size_t);
/*
 * Add one perfdata item 'label'=value[uom];warn;crit;min;max.  Empty
 * trailing fields are left out; uom must be a legal UOM or "".  A ' in
 * the label is doubled (as the guidelines allow); it loses =, '|',
 * controls (C0, DEL, C1) and U+2028/U+2029; invalid UTF-8 in it becomes
 * '?', and a label left empty is "?".  An item that does not
 * fit whole is left out (and counted in perf_dropped), never cut.
 */
void	output_perf(struct output *, const char *, const struct num *,
	    const char *, const struct threshold *, const struct num *,
	    const struct num *);
/* The same with the value as text: a plain decimal (num_format's form). */
void	output_perf_text(struct output *, const char *, const char *,
	    const char *, const struct threshold *, const struct num *,
	    const struct num *);
/*
 * Perfdata labels no two items share: labels[i] (a buffer of cap octets)
 * of every item whose label another item has too gets sep and its index
 * appended ("Gi1/0/1#10101", "/ #31"), within cap; nothing else is
 * written, so a label with room for the suffix is enough.  Sorted, so
 * that 500 items cost a few thousand comparisons.  SNMP_OK or
 * SNMP_E_NOMEM.
 */
int	output_unique_labels(char *const *labels, const uint32_t *index,
	    size_t n, size_t cap, const char *sep);
/* The same with text keys ("2.1.0.0" for a table of several index arcs). */
int	output_unique_keys(char *const *labels, const char *const *keys,
	    size_t n, size_t cap, const char *sep);
/*
 * An item's perfdata whole or not at all (an item with some of its series
 * would break graphs, and the last item of a full buffer would be cut):
 * output_perf_mark() before its series, output_perf_whole() after them,
 * which takes them all out again and returns 0 when one did not fit or
 * no room is left after them, else returns 1.
 */
struct output_mark {
	size_t		 len;
	size_t		 dropped;
};

void	output_perf_mark(const struct output *, struct output_mark *);
int	output_perf_whole(struct output *, const struct output_mark *);
/*
 * "114 Mb/s": bits per second with an SI prefix (b/s ... Tb/s), three
 * significant digits and no fraction above 100.
 */
void	output_bits(char *, size_t, double);
/*
 * A small rate or share for people: two significant digits below 0.1
 * ("0.0042"), two decimals below 10, one below 100, none above, by the
 * size whatever the sign ("-2.00"); never an exponent.
 */
void	output_small(char *, size_t, double);
/* "15.97 GiB": bytes in binary multiples (B, KiB ... EiB), for people. */
void	output_bytes(char *, size_t, uint64_t);
/*
 * "SERVICE STATE - summary | perf\nlong output" as up to OUTPUT_PIECES
 * pieces in order (for writev(2): no copy); returns how many.
 */
#define OUTPUT_PIECES	10
size_t	output_pieces(const struct output *, const char *, struct iovec *);
/* The same text rendered into buf (cut at its size). */
size_t	output_render(const struct output *, const char *, char *, size_t);

#endif
