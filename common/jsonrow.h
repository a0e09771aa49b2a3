/* SPDX-License-Identifier: ISC */
/*
 * One JSON emitter per kind of table row, shared by the plugins' --list
 * --format json and snmp_discover's inventory so that a row reads the
 * same in both (docs/json.md); an interface's is ifmib_json().  Each writes the row's common members into
 * the object the caller opened; the caller adds its own and closes it.
 */
#ifndef JSONROW_H
#define JSONROW_H

#include "cpu.h"
#include "hrstorage.h"
#include "json.h"
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

#endif
