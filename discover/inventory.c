/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover --format json: the inventory as read, with why each item
 * was left out, and the services planned (docs/json.md).
 */
#include <stdio.h>

#include "discover.h"
#include "json.h"
#include "jsonrow.h"

static void
js_system(struct json *j, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	json_object(j, "agent");
	json_str(j, "peer", peer);
	json_str(j, "version", version_word(o->version));
	json_close(j);
	json_object(j, "system");
	json_str(j, "name", c->sysname);
	json_str(j, "descr", c->sysdescr);
	json_str(j, "object_id", c->sysoid);
	json_str(j, "contact", c->syscontact);
	json_str(j, "location", c->syslocation);
	if (c->has_uptime)
		json_uint(j, "uptime_ticks", c->uptime);
	else
		json_null(j, "uptime_ticks");
	json_close(j);
}

static void
js_why(struct json *j, const char *why)
{
	json_bool(j, "selected", why == NULL);
	if (why != NULL)
		json_str(j, "why_not", why);
	else
		json_null(j, "why_not");
}

static void
js_interfaces(struct json *j, const struct ctx *c)
{
	size_t i;

	json_array(j, "interfaces");
	for (i = 0; i < c->nifs; i++) {
		json_object(j, NULL);
		ifmib_json(j, &c->ifs[i]);
		js_why(j, c->if_why[i]);
		json_close(j);
	}
	json_close(j);
}

static void
js_storage(struct json *j, const struct ctx *c)
{
	size_t i;

	json_array(j, "storage");
	for (i = 0; i < c->nhrs; i++) {
		json_object(j, NULL);
		jsonrow_storage(j, &c->hrs[i]);
		js_why(j, c->hrs_why[i]);
		json_close(j);
	}
	json_close(j);
}

static void
js_cpu(struct json *j, const struct ctx *c)
{
	size_t i;

	json_array(j, "load");
	for (i = 0; i < c->cpu.nla; i++) {
		json_object(j, NULL);
		jsonrow_load(j, &c->cpu.la[i]);
		json_close(j);
	}
	json_close(j);
	json_array(j, "processors");
	for (i = 0; i < c->cpu.nproc; i++) {
		if (!c->cpu.proc[i].listed)
			continue;
		json_object(j, NULL);
		jsonrow_processor(j, &c->cpu.proc[i]);
		json_close(j);
	}
	json_close(j);
}

/*
 * A network device's CPUs (where hrProcessorTable has none), its memory
 * pools (where UCD has no memory) and its sensors, as read for the checks
 * planned from them; the rows are those of check_snmp_sensor's and
 * check_snmp_memory's --list --format json.
 */
static void
js_device(struct json *j, const struct ctx *c)
{
	const struct cpu_dev *d;
	size_t i, k;

	json_object(j, "device_cpu");
	if (c->cdev.n > 0)
		json_str(j, "mib", cpu_mib_name(c->cdev.mib));
	else
		json_null(j, "mib");
	json_array(j, "cpus");
	for (i = 0; i < c->cdev.n; i++) {
		d = &c->cdev.dev[i];
		json_object(j, NULL);
		json_str(j, "name", d->name);
		json_str(j, "source", d->source);
		json_array(j, "figures");
		for (k = 0; k < d->nfig; k++) {
			json_object(j, NULL);
			json_str(j, "span", d->fig[k].span);
			if (d->fig[k].ok) {
				json_int(j, "percent", d->fig[k].pct);
				json_null(j, "why");
			} else {
				json_null(j, "percent");
				json_str(j, "why", d->fig[k].why);
			}
			json_close(j);
		}
		json_close(j);
		json_close(j);
	}
	json_close(j);
	json_close(j);
	json_object(j, "memory_pools");
	if (c->pools.n > 0)
		json_str(j, "mib", mempool_mib_name(c->pools.mib));
	else
		json_null(j, "mib");
	json_array(j, "pools");
	for (i = 0; i < c->pools.n; i++) {
		json_object(j, NULL);
		jsonrow_mempool(j, &c->pools.pool[i]);
		json_close(j);
	}
	json_close(j);
	json_close(j);
	json_array(j, "sensors");
	for (i = 0; i < c->sensors.n; i++) {
		json_object(j, NULL);
		jsonrow_sensor(j, &c->sensors, &c->sensors.rows[i]);
		json_close(j);
	}
	json_close(j);
}

static void
js_services(struct json *j, const struct ctx *c)
{
	const struct svc *s;
	size_t i, k;

	json_array(j, "services");
	for (i = 0; i < c->nsvcs; i++) {
		s = &c->svcs[i];
		json_object(j, NULL);
		json_str(j, "name", s->name);
		json_str(j, "kind", kinds[s->kind].word);
		json_str(j, "command", kinds[s->kind].command);
		json_array(j, "arguments");
		for (k = 0; k < s->nargs; k++) {
			json_str(j, NULL, s->args[k].opt);
			if (s->args[k].val != NULL)
				json_str(j, NULL, s->args[k].val);
		}
		json_close(j);
		json_object(j, "vars");
		for (k = 0; k < s->nargs; k++) {
			if (s->args[k].val != NULL)
				json_str(j, s->args[k].var, s->args[k].val);
			else
				json_bool(j, s->args[k].var, 1);
		}
		json_close(j);
		json_close(j);
	}
	json_close(j);
}

void
print_json(FILE *fp, const struct ctx *c, const struct snmp_opts *o,
    const char *peer)
{
	struct json j;
	const char *doc;
	size_t len, i;
	int rc;

	json_init(&j);
	json_object(&j, NULL);
	json_str(&j, "snmp_discover", SNMP_PLUGINS_VERSION);
	json_str(&j, "host_name", c->hostname);
	json_str(&j, "address", c->address);
	js_system(&j, c, o, peer);
	js_interfaces(&j, c);
	js_storage(&j, c);
	jsonrow_ucd_memory(&j, "ucd_memory_kb", &c->mem);
	js_cpu(&j, c);
	js_device(&j, c);
	json_array(&j, "processes");
	for (i = 0; i < c->nprocs; i++) {
		json_object(&j, NULL);
		json_str(&j, "name", c->procs[i]);
		json_uint(&j, "count", c->proc_count[i]);
		json_close(&j);
	}
	json_close(&j);
	js_services(&j, c);
	json_close(&j);
	if ((doc = json_done(&j, &len, &rc)) == NULL)
		die(STATE_UNKNOWN, "Cannot write the JSON document: %s",
		    snmp_strerror(rc));
	fwrite(doc, 1, len, fp);
	json_free(&j);
}
