/* SPDX-License-Identifier: ISC */
#include "jsonrow.h"

void
jsonrow_storage(struct json *j, const struct hrstorage_row *r)
{
	json_uint(j, "index", r->index);
	json_str(j, "type", r->typetext);
	json_str(j, "descr", r->descr);
	if (r->valid) {
		json_uint(j, "size", r->size);
		json_uint(j, "used", r->used);
	} else {
		json_null(j, "size");
		json_null(j, "used");
	}
}

void
jsonrow_load(struct json *j, const struct cpu_la *la)
{
	json_uint(j, "index", la->index);
	json_str(j, "name", la->name);
	if (la->src != NULL)
		json_double(j, "load", (double)la->h / 100, 2);
	else
		json_null(j, "load");
}

void
jsonrow_processor(struct json *j, const struct cpu_proc *pr)
{
	json_uint(j, "index", pr->index);
	if (pr->load.type == VAL_INTEGER)
		json_int(j, "load", pr->load.i);
	else
		json_null(j, "load");
}

void
jsonrow_ucd_memory(struct json *j, const char *key, const struct ucd_mem *m)
{
	size_t k;

	json_object(j, key);
	for (k = 0; k < UCD_NMEM; k++) {
		if (m->have[k])
			json_uint(j, ucd_mem_name((int)k), m->kb[k]);
	}
	json_close(j);
}
