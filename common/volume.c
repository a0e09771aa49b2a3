/* SPDX-License-Identifier: ISC */
/* Storage volumes of hrStorageTable or dskTable (volume.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonrow.h"
#include "output.h"
#include "snmp.h"
#include "volume.h"

int
volume_from_hr(const struct hrstorage_row *rows, size_t n,
    struct volume **out)
{
	struct volume *vols;
	size_t i;

	if ((vols = calloc(n + 1, sizeof(*vols))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < n; i++) {
		vols[i].r = rows[i];
		vols[i].free = rows[i].size - rows[i].used;
		vols[i].inode = -1;
	}
	*out = vols;
	return SNMP_OK;
}

/* The mount point is the name, the device beside it. */
int
volume_from_ucd(const struct ucd_disk *rows, size_t n, struct volume **out)
{
	const struct ucd_disk *r;
	struct volume *vols, *v;
	size_t i;

	if ((vols = calloc(n + 1, sizeof(*vols))) == NULL)
		return SNMP_E_NOMEM;
	for (i = 0; i < n; i++) {
		v = &vols[i];
		r = &rows[i];
		v->r.index = r->index;
		v->r.type = HRS_UNKNOWN;
		snprintf(v->r.typetext, sizeof(v->r.typetext), "dskEntry");
		memcpy(v->r.descr, r->path, sizeof(v->r.descr));
		memcpy(v->device, r->device, sizeof(v->device));
		v->inode = r->inode;
		v->r.valid = r->valid;
		memcpy(v->r.why, r->why, sizeof(v->r.why));
		v->r.wrapped = r->wrapped;
		v->r.size = r->size;
		v->r.used = r->used;
		v->free = r->avail;
	}
	*out = vols;
	return SNMP_OK;
}

double
volume_pct(const struct volume *v)
{
	if (v->r.size == 0)
		return 0;
	return (double)v->r.used * 100 / (double)v->r.size;
}

void
volume_text(struct strbuf *sb, const char *name, const struct volume *v)
{
	char a[32], b[32], f[32];

	sb_printf(sb, "%s: ", name);
	if (!v->r.valid) {
		sb_add(sb, v->r.why);
		return;
	}
	if (v->r.size == 0) {
		sb_add(sb, "no size");
		return;
	}
	output_bytes(a, sizeof(a), v->r.used);
	output_bytes(b, sizeof(b), v->r.size);
	output_bytes(f, sizeof(f), v->free);
	sb_printf(sb, "%.2f%% used (%s of %s, %s free)", volume_pct(v), a, b,
	    f);
	if (v->inode >= 0)
		sb_printf(sb, ", inodes %d%% used", v->inode);
}

void
volume_sum(const struct volume *v, size_t n, struct volume *sum)
{
	struct strbuf sb;
	char name[61];
	size_t i;

	memset(sum, 0, sizeof(*sum));
	sum->r.valid = 1;
	sum->inode = -1;
	for (i = 0; i < n; i++) {
		if (!v[i].r.valid) {
			if (sum->r.valid) {
				/* <= 60 octets, whole UTF-8 sequences */
				sb_init(&sb, name, sizeof(name));
				sb_add(&sb, v[i].r.descr);
				snprintf(sum->r.why, sizeof(sum->r.why),
				    "cannot add up: %.60s: %.120s", name,
				    v[i].r.why);
			}
			sum->r.valid = 0;
			continue;
		}
		sum->r.size += v[i].r.size;
		sum->r.used += v[i].r.used;
		sum->free += v[i].free;
	}
}

int
volume_labels(struct volume *v, size_t n)
{
	char **labels;
	uint32_t *idx;
	size_t i;
	int rc = SNMP_E_NOMEM;

	labels = calloc(n + 1, sizeof(*labels));
	idx = calloc(n + 1, sizeof(*idx));
	if (labels != NULL && idx != NULL) {
		for (i = 0; i < n; i++) {
			snprintf(v[i].label, sizeof(v[i].label), "%s",
			    v[i].r.descr);
			labels[i] = v[i].label;
			idx[i] = v[i].r.index;
		}
		rc = output_unique_labels(labels, idx, n, sizeof(v->label),
		    " #");
	}
	free(labels);
	free(idx);
	return rc;
}

void
volume_list_line(struct strbuf *sb, const struct volume *v, int ucd)
{
	char a[32], b[32];

	sb_printf(sb, "%c %u %s '%s'", v->selected ? '*' : ' ',
	    (unsigned)v->r.index, ucd ? v->device : v->r.typetext,
	    v->r.descr);
	if (!v->r.valid) {
		sb_printf(sb, " %s\n", v->r.why);
		return;
	}
	output_bytes(a, sizeof(a), v->r.size);
	output_bytes(b, sizeof(b), v->r.used);
	sb_printf(sb, " size %llu B (%s) used %llu B (%s)",
	    (unsigned long long)v->r.size, a, (unsigned long long)v->r.used,
	    b);
	if (v->r.size > 0)
		sb_printf(sb, " %.2f%%", volume_pct(v));
	else
		sb_add(sb, " no size");
	if (v->inode >= 0)
		sb_printf(sb, " inodes %d%%", v->inode);
	sb_add(sb, "\n");
}

void
volume_json(struct json *j, const struct volume *v, int ucd)
{
	jsonrow_storage(j, &v->r);
	if (ucd)
		json_str(j, "device", v->device);
	if (v->inode >= 0)
		json_int(j, "inodes_pct", v->inode);
	else
		json_null(j, "inodes_pct");
	json_bool(j, "selected", v->selected);
	if (v->r.valid)
		json_null(j, "why");
	else
		json_str(j, "why", v->r.why);
}
