/* SPDX-License-Identifier: ISC */
/*
 * snmp_discover's parts: what it read of the agent and the services it
 * plans (struct ctx), and the jobs main() runs in turn: reading the agent
 * and choosing the items (read.c), planning the services (plan.c), and
 * printing them as Icinga 2 or Nagios configuration (config.c) or as the
 * JSON inventory (inventory.c).
 */
#ifndef DISCOVER_H
#define DISCOVER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu.h"
#include "hrstorage.h"
#include "ifmib.h"
#include "mempool.h"
#include "plugin.h"
#include "select.h"
#include "sensor.h"
#include "ucd.h"

#define SERVICE		"DISCOVER"
#define MAX_ARGS	12
#define NAME_MAX_LEN	200
#define MAX_PROCS	32

enum format { F_ICINGA2, F_NAGIOS, F_JSON };

/* What becomes a service; the order of the output. */
enum kind { K_UPTIME, K_LOAD, K_CPU, K_MEMORY, K_DISK, K_IF, K_SENSOR,
	K_PROCESS, NKINDS };

/* The plugins and their commands in contrib/ (icinga2/, nagios/). */
struct kind_info {
	const char	*word;		/* --skip, JSON */
	const char	*command;	/* CheckCommand and Nagios command */
	const char	*prefix;	/* of the service name */
};
extern const struct kind_info kinds[NKINDS];

/* One argument of a check: its Icinga 2 variable, its option, its value. */
struct arg {
	const char	*var;
	const char	*opt;
	char		*val;		/* NULL: a flag */
};

struct svc {
	int		 kind;
	char		 name[NAME_MAX_LEN];
	struct arg	 args[MAX_ARGS];
	size_t		 nargs;
};

/* The thresholds per kind: warning, critical (NULL or "": none). */
enum th { TH_IF_W, TH_IF_C, TH_DISK_W, TH_DISK_C, TH_MEM_W, TH_MEM_C,
	TH_LOAD_W, TH_LOAD_C, TH_CPU_W, TH_CPU_C, TH_UP_W, TH_UP_C, NTH };

struct ctx {
	int		 format;
	const char	*hostname;	/* the object's name */
	const char	*address;	/* the host's address */
	const char	*host_tmpl;
	const char	*svc_tmpl;
	const char	*th[NTH];
	unsigned	 skip;		/* bit per enum kind */
	int		 down;		/* interfaces that are not up too */
	int		 virt;		/* loopback, null, virtual too */
	const char	*procs[MAX_PROCS];
	size_t		 nprocs;
	struct select_opts so;
	struct select	 sel;
	int		 sel_built;

	/* what the agent has */
	char		 sysname[256], sysdescr[1024], syslocation[256];
	char		 syscontact[256], sysoid[160];
	int		 has_uptime;
	uint64_t	 uptime;	/* hundredths */
	struct ifmib_row *ifs;
	size_t		 nifs;
	unsigned char	*if_sel;	/* selected, with why not */
	const char	**if_why;
	struct hrstorage_row *hrs;
	size_t		 nhrs;
	const char	**hrs_why;
	struct ucd_mem	 mem;
	struct cpu	 cpu;
	struct cpu_devs	 cdev;		/* a device's CPUs, where no
					   hrProcessorTable */
	struct mempools	 pools;		/* a device's memory, where no UCD */
	struct sensor_set sensors;
	size_t		 proc_count[MAX_PROCS];
	int		 has_swrun;

	struct svc	*svcs;
	size_t		 nsvcs, capsvcs;
};

/* read.c: every table, each once; then which items become services. */
void	read_agent(struct plugin *, struct ctx *);
void	choose_interfaces(struct ctx *);
void	choose_storage(struct ctx *);
/* plan.c: the services of what was chosen (c->svcs). */
void	plan(struct ctx *);
/* UCD-SNMP-MIB has the RAM figures the memory check reads first. */
int	has_ucd_mem(const struct ctx *);
/* A service or host name without the characters Nagios refuses. */
void	svc_name(char *, size_t, const char *, const char *);
/* config.c, inventory.c: the output for each --format. */
void	print_icinga2(FILE *, const struct ctx *, const struct snmp_opts *,
	    const char *);
void	print_nagios(FILE *, const struct ctx *, const struct snmp_opts *,
	    const char *);
void	print_json(FILE *, const struct ctx *, const struct snmp_opts *,
	    const char *);
/* -P's word for an SNMP version: 1, 2c, 3. */
const char *version_word(int);

#endif
