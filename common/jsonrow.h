/* SPDX-License-Identifier: ISC */
/*
 * One JSON emitter per kind of table row, shared by the plugins' --list
 * --format json and snmp_discover's inventory so that a row reads the
 * same in both (docs/json.md); an interface's is ifmib_json().  Each
 * writes the row's common members into the object the caller opened; the
 * caller adds its own and closes it.
 */
#ifndef JSONROW_H
#define JSONROW_H

#include "cpu.h"
#include "hrstorage.h"
#include "hrswrun.h"
#include "json.h"
#include "mempool.h"
#include "pdu.h"
#include "sensor.h"
#include "ucd.h"

/* index, type, descr, size, used (bytes; null when unusable) */
void	jsonrow_storage(struct json *, const struct hrstorage_row *);
/* index, name, load (null when the row has no usable load) */
void	jsonrow_load(struct json *, const struct cpu_la *);
/* index, load (hrProcessorLoad when an INTEGER, else null) */
void	jsonrow_processor(struct json *, const struct cpu_proc *);
/* An object under key: each UCD-SNMP-MIB memory object the agent has, KB. */
void	jsonrow_ucd_memory(struct json *, const char *key,
	    const struct ucd_mem *);
/*
 * pid, name, path, params (null when missing), status, type (words, null
 * when missing), mem (bytes), cpu (centi-seconds; null when not read),
 * complete
 */
void	jsonrow_process(struct json *, const struct hrswrun_row *);
/*
 * name, size, used, free (bytes; null for percentages only), used_pct
 * (null without a size), why (null, or why the pool is unusable), hidden
 */
void	jsonrow_mempool(struct json *, const struct mempool *);
/*
 * mib, table, index, type, name, descr, unit, value (exact, the scale
 * applied; a truthvalue is a boolean), status, device_state, why,
 * device_warning, device_critical (the device's thresholds as ranges),
 * thresholds (its threshold rows), transceiver, dropped
 */
void	jsonrow_sensor(struct json *, const struct sensor_set *,
	    const struct sensor *);
/*
 * oid (dotted, as the agent named it), type (its SNMP type's name), value
 * (typed: a number for the integer types, Counter64 exact; a string for
 * octets, an OID, an IpAddress; null for an exception or NULL), text (as
 * cell_show() shows it with mib; null for an exception)
 */
void	jsonrow_varbind(struct json *, const struct varbind *, int mib);

#endif
