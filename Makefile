# snmp-plugins: SNMP check plugins for Nagios, Icinga and Naemon.
# POSIX make; CC, CFLAGS, LDFLAGS, PREFIX, DESTDIR, PLUGINDIR, MANDIR, STRIP
# are overridable.

.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o

PREFIX = /usr/local
PLUGINDIR = $(PREFIX)/lib/nagios/plugins
MANDIR = $(PREFIX)/share/man
DESTDIR =

# The C library the plugins link statically: musl when Debian's musl-tools
# (musl-gcc) is installed, else glibc (a one-line notice says so).  musl's
# start-up is a few hundred instructions where static glibc's is ~39,000,
# and its binaries are a third of the size (bench/README.md).  LIBC=glibc
# forces glibc; SANITIZE=1 always uses it (the sanitizers need glibc).
# make check also builds and tests the other libc in build/LIBC
# (tests/otherlibc.sh).
LIBC_FOUND != command -v musl-gcc >/dev/null 2>&1 && echo musl || echo glibc
LIBC = $(LIBC_SAN$(SANITIZE))
LIBC_SAN = $(LIBC_FOUND)
LIBC_SAN1 = glibc
CC_musl = musl-gcc
CC_glibc = cc
CC = $(CC_$(LIBC))
OPT = -O2
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wpointer-arith -Wcast-qual -Wsign-compare
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon -Icommon/crypto
CFLAGS = $(OPT)
LDFLAGS =
# Plugins link libc statically: no loader work and no shared-library pages
# per run (see bench/README.md); "make LDSTATIC=" builds them dynamic.
# "make PIE=1" links them as static PIE (ASLR for the program too; the
# packages): with musl, from musl's rcrt1.o (contrib/musl-pie.sh), which
# relocates the program at start-up (about 18,000 instructions more).
PIE =
LDSTATIC = $(STATIC_$(SANITIZE))
STATIC_ = $(STATIC_$(LIBC)$(PIE))
STATIC_1 =
STATIC_glibc = -static
# musl-gcc's link specs drop the build ID that gcc's add (dh_strip and
# debuginfo packages key on it)
STATIC_musl = -static -Wl,--build-id
STATIC_glibc1 = -static-pie
STATIC_musl1 = -nostartfiles -Wl,-static -Wl,-pie -Wl,--no-dynamic-linker \
	-Wl,-z,text -Wl,--build-id `sh contrib/musl-pie.sh start`
LDEND = $(LDEND_$(LIBC)$(PIE)$(SANITIZE))
LDEND_musl1 = `sh contrib/musl-pie.sh end`
# "make check SANITIZE=1": ASan + UBSan for everything built (dynamic: the
# sanitizer runtimes need the loader).  A change of SANITIZE rebuilds all.
SANITIZE =
SAN_ =
SAN_1 = -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all
ALL_CFLAGS = -std=c99 $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) $(SAN_$(SANITIZE))
# Plugins end by exit() from wherever the verdict is known, without freeing:
# LeakSanitizer would report that memory, so the integration suite runs
# without it (the unit suites keep it; "make valgrind" checks real leaks).
# Its time limits are tripled (a sanitized process costs about 20 ms to
# start, and CI builds the packages beside it; the plain build's run
# proves the timing) and its datagrams, the same as the plain build's, are
# not captured again.
SANENV_ =
SANENV_1 = ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	SNMP_TEST_TIME_BASE=3 SNMP_TEST_CAPTURE=0
# The unit suites run their tests in one process under the sanitizers
# (CK_FORK=no): a fork copies the page tables of ASan's shadow memory, and
# Check's fork per test made test_crypto take 22.7 s instead of 0.8 s.  A
# memory error still aborts with its report, LeakSanitizer still checks the
# whole run at its exit; the plain build's make check keeps a fork per test.
UNITENV_ =
UNITENV_1 = CK_FORK=no UBSAN_OPTIONS=print_stacktrace=1

LIB = common/libsnmpcheck.a
LIBOBJ = common/snmp.o common/ber.o common/oid.o common/pdu.o common/num.o \
	common/threshold.o common/strbuf.o common/state.o common/output.o \
	common/udp.o common/net.o common/dns.o common/session.o \
	common/session_v3.o common/table.o common/cell.o common/limit.o \
	common/ifmib.o common/ifmib_rate.o common/ifmib_status.o common/hrstorage.o \
	common/hrswrun.o common/cpu.o \
	common/ucd.o common/decimal.o common/devlimit.o \
	common/entity.o common/sensor.o common/sensormib.o common/mempool.o \
	common/walkfile.o common/walkfile_text.o common/walkfile_snmprec.o \
	common/cmdline.o common/extraopts.o \
	common/options.o common/help.o common/usm.o common/select.o \
	common/inflate.o \
	common/store.o common/rate.o common/rangeopt.o common/json.o \
	common/jsonrow.o common/v3cache.o \
	common/agent.o common/ifcheck.o common/volume.o common/hostmem.o \
	common/sysclock.o common/sensorstate.o common/rangelist.o \
	common/objitem.o common/objmatch.o common/objrate.o \
	$(CRYPTOOBJ)
CRYPTOOBJ = common/crypto/md5.o common/crypto/sha1.o common/crypto/sha256.o \
	common/crypto/repeat.o common/crypto/lanes.o \
	common/crypto/sha512.o common/crypto/hmac.o common/crypto/aes.o \
	common/crypto/des.o common/crypto/modes.o common/crypto/wipe.o \
	common/crypto/sha_ni.o
CRYPTOHDR = common/crypto/hash.h common/crypto/hmac.h common/crypto/aes.h \
	common/crypto/des.h common/crypto/modes.h common/crypto/wipe.h \
	common/crypto/endian.h common/crypto/sha_ni.h common/crypto/md5.h \
	common/crypto/sha1.h common/crypto/sha256.h common/crypto/sha512.h \
	common/crypto/repeat.h common/crypto/lanes.h
LIBHDR = common/snmp.h common/ber.h common/oid.h common/pdu.h common/num.h \
	common/threshold.h common/strbuf.h common/state.h common/output.h \
	common/udp.h common/net.h common/dns.h common/session.h \
	common/session_int.h common/session_v3.h common/table.h \
	common/cell.h common/limit.h common/ifmib.h common/hrstorage.h \
	common/hrswrun.h common/cpu.h common/ucd.h \
	common/decimal.h common/devlimit.h common/entity.h common/sensor.h \
	common/sensormib.h common/mempool.h \
	common/walkfile.h common/walkfile_int.h \
	common/cmdline.h common/extraopts.h \
	common/options.h common/help.h common/usm.h common/select.h \
	common/inflate.h \
	common/store.h common/rate.h common/rangeopt.h common/json.h \
	common/jsonrow.h common/v3cache.h common/usmcache.h \
	common/agent.h common/ifcheck.h common/volume.h common/hostmem.h \
	common/sysclock.h common/sensorstate.h common/rangelist.h \
	common/objitem.h common/objmatch.h common/objrate.h
PLUGINS = plugins/check_snmp_value plugins/check_snmp_load \
	plugins/check_snmp_uptime plugins/check_snmp_storage \
	plugins/check_snmp_memory plugins/check_snmp_process \
	plugins/check_snmp_interface plugins/check_snmp_sensor
PLUGINOBJ = plugins/plugin.o
# snmp_discover: not a check, a program of several files beside them.
DISCOVER = discover/snmp_discover
DISCOVERSRC = discover/snmp_discover.c discover/read.c discover/plan.c \
	discover/config.c discover/inventory.c
# What is installed, has a manual page and a completion.
PROGRAMS = $(PLUGINS) $(DISCOVER)
TESTS = tests/unit/test_ber tests/unit/test_oid tests/unit/test_pdu \
	tests/unit/test_ifmib \
	tests/unit/test_num tests/unit/test_threshold tests/unit/test_output \
	tests/unit/test_net tests/unit/test_dns tests/unit/test_options \
	tests/unit/test_walkfile tests/unit/test_crypto \
	tests/unit/test_usm tests/unit/test_session tests/unit/test_select \
	tests/unit/test_store tests/unit/test_rangeopt tests/unit/test_json \
	tests/unit/test_hrswrun tests/unit/test_cpu tests/unit/test_ucd \
	tests/unit/test_cell tests/unit/test_hrstorage tests/unit/test_decimal \
	tests/unit/test_devlimit tests/unit/test_sensormib tests/unit/test_mempool \
	tests/unit/test_inflate tests/unit/test_limit tests/unit/test_v3cache \
	tests/unit/test_sysclock tests/unit/test_sensorstate tests/unit/test_ifcheck \
	tests/unit/test_volume tests/unit/test_hostmem tests/unit/test_rangelist \
	tests/unit/test_objmatch tests/unit/test_objitem \
	tests/unit/test_objrate tests/unit/test_agent
TOOLS = tests/integration/hostile_agent tests/integration/walk_probe \
	tests/integration/walk_agent tests/integration/hostile_v3

all: libc-notice $(PROGRAMS)

libc-notice:
	@[ "$(LIBC)" = musl ] || command -v musl-gcc >/dev/null 2>&1 || \
	    echo "note: musl-gcc not found: building with static glibc (apt-get install musl-tools for the faster build)"

.c.o:
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBOBJ) $(PLUGINOBJ): $(LIBHDR) $(CRYPTOHDR) plugins/plugin.h \
	.build-$(LIBC)$(SANITIZE)
.build-$(LIBC)$(SANITIZE):
	rm -f .build-glibc* .build-musl*
	touch $@
common/oid.o: common/oid_names.inc common/oid_enums.inc

$(LIB): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

# Every plugin: one source file over plugins/plugin.o and the library.
$(PLUGINS): $(PLUGINOBJ) $(LIB) $(LIBHDR) plugins/plugin.h
	$(CC) $(ALL_CFLAGS) -Iplugins $(LDFLAGS) $(LDSTATIC) -o $@ $@.c $(PLUGINOBJ) $(LIB) $(LDEND)
plugins/check_snmp_value: plugins/check_snmp_value.c
plugins/check_snmp_load: plugins/check_snmp_load.c
plugins/check_snmp_uptime: plugins/check_snmp_uptime.c
plugins/check_snmp_storage: plugins/check_snmp_storage.c
plugins/check_snmp_memory: plugins/check_snmp_memory.c
plugins/check_snmp_process: plugins/check_snmp_process.c
plugins/check_snmp_interface: plugins/check_snmp_interface.c
plugins/check_snmp_sensor: plugins/check_snmp_sensor.c

$(DISCOVER): $(DISCOVERSRC) discover/discover.h $(PLUGINOBJ) $(LIB) $(LIBHDR) \
	plugins/plugin.h
	$(CC) $(ALL_CFLAGS) -Iplugins $(LDFLAGS) $(LDSTATIC) -o $@ $(DISCOVERSRC) $(PLUGINOBJ) $(LIB) $(LDEND)

# Unit suites use Check (https://libcheck.github.io/check/).  Debian builds
# it for glibc only: under musl the suites link its static archive, with
# its two headers copied aside (glibc's /usr/include cannot be searched)
# and tests/unit/check_musl.c for the few glibc entry points it calls.
CHECK_FLAGS = $(CHECK_FLAGS_$(LIBC))
CHECK_LIBS = $(CHECK_LIBS_$(LIBC))
CHECK_DEPS = $(CHECK_DEPS_$(LIBC))
CHECK_FLAGS_glibc = `pkg-config --cflags check`
CHECK_LIBS_glibc = `pkg-config --libs check`
CHECK_DEPS_glibc =
CHECK_FLAGS_musl = -Itests/unit/musl
CHECK_LIBS_musl = -static tests/unit/check_musl.o \
	`pkg-config --variable=libdir check`/libcheck.a
CHECK_DEPS_musl = tests/unit/musl/check.h tests/unit/check_musl.o

$(TESTS): tests/unit/%: tests/unit/%.c tests/unit/testutil.h tests/unit/testopts.h tests/unit/walktest.h $(LIB) $(LIBHDR) \
	$(CHECK_DEPS)
	$(CC) $(ALL_CFLAGS) $(CHECK_FLAGS) $(LDFLAGS) -o $@ $@.c $(LIB) $(CHECK_LIBS)

tests/unit/musl/check.h:
	@pkg-config --exists check || { echo "check (libcheck) is missing: apt-get install check"; exit 1; }
	mkdir -p tests/unit/musl
	d=`pkg-config --variable=includedir check`; \
	    cp $$d/check_stdint.h tests/unit/musl/ && cp $$d/check.h $@
tests/unit/check_musl.o: tests/unit/check_musl.c .build-$(LIBC)$(SANITIZE)

tests/integration/hostile_agent: tests/integration/hostile_agent.c .build-$(LIBC)$(SANITIZE)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/hostile_agent.c

tests/integration/walk_probe: tests/integration/walk_probe.c $(LIB) $(LIBHDR) .build-$(LIBC)$(SANITIZE)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/walk_probe.c $(LIB)

tests/integration/hostile_v3: tests/integration/hostile_v3.c $(LIB) $(LIBHDR) .build-$(LIBC)$(SANITIZE)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/hostile_v3.c $(LIB)

tests/integration/walk_agent: tests/integration/walk_agent.c $(LIB) $(LIBHDR) .build-$(LIBC)$(SANITIZE)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/integration/walk_agent.c $(LIB)

# Unit and integration suites, several at a time (SNMP_TEST_JOBS), one
# line per suite, the times at the end (tests/check).
# Then the other libc, when there is one (tests/otherlibc.sh): its build in
# build/LIBC, every unit suite and the integration suites that exercise
# what differs between the libcs.
check: all $(TESTS) $(TOOLS)
	@pkg-config --exists check || { echo "check (libcheck) is missing: apt-get install check"; exit 1; }
	@INTEGRATION_ENV="$(SANENV_$(SANITIZE))" UNIT_ENV="$(UNITENV_$(SANITIZE))" CHECK_LIBC=$(LIBC) \
	    OTHER_LIBC=$(OTHER_LIBC) OTHER_LIBC_NOTE="$(OTHER_NOTE_$(LIBC)$(SANITIZE))" \
	    PRODUCTS="$(PROGRAMS) $(TESTS) $(TOOLS)" tests/check $(TESTS)
OTHER_LIBC = $(OTHER_$(LIBC)$(SANITIZE))
OTHER_musl = glibc
OTHER_glibc = $(OTHER_G_$(LIBC_FOUND))
OTHER_G_musl = musl
OTHER_G_glibc =
OTHER_glibc1 =
OTHER_NOTE_glibc = $(OTHER_NOTE_G_$(LIBC_FOUND))
OTHER_NOTE_G_glibc = note: musl-gcc not found: the suites ran against the glibc build only
OTHER_NOTE_glibc1 = (SANITIZE=1: the glibc build only)

# Memory checking under valgrind memcheck (tests/valgrind.sh): the unit
# suites, and the plugins in a slice of the integration cases (valgrind:
# the first cases of every section and a matrix of every plugin, version
# and path; CI) or in every case (valgrind-full: releases).  They rebuild
# dynamically, then clean so that the next make builds static.
valgrind valgrind-full:
	@$(MAKE) -s --no-print-directory clean-tree
	@echo "valgrind: building dynamically with glibc"
	@$(MAKE) -s --no-print-directory LIBC=glibc LDSTATIC= all $(TESTS) $(TOOLS)
	@sh tests/valgrind.sh $(VG_MODE_$@) $(TESTS); r=$$?; $(MAKE) -s --no-print-directory clean-tree; exit $$r
VG_MODE_valgrind = slice
VG_MODE_valgrind-full = all

# Static analysis: cppcheck, clang-tidy (.clang-tidy) and gcc -fanalyzer,
# each on the whole code base, side by side; any finding fails; exclusions
# are in tests/analyze.sh.
analyze:
	@sh tests/analyze.sh

# Fuzzing (libFuzzer; clang and libclang-rt-14-dev): tests/fuzz/fuzz.mk.
fuzz:
	$(MAKE) -f tests/fuzz/fuzz.mk fuzz

fuzz-smoke:
	$(MAKE) -f tests/fuzz/fuzz.mk fuzz-smoke

# The soak (tests/soak/README.md): every plugin, v2c and v3, rates on
# shared state files, 8 workers x 2,000 runs through a relay that loses,
# delays, duplicates and reorders datagrams on their way to a real snmpd;
# soak-short is the same in under a minute, for CI.
SOAKTOOLS = tests/soak/lossy_relay tests/soak/soak_run
tests/soak/lossy_relay: tests/soak/lossy_relay.c
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/soak/lossy_relay.c
tests/soak/soak_run: tests/soak/soak_run.c
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/soak/soak_run.c

soak: all $(SOAKTOOLS)
	@sh tests/soak/soak.sh -w 8 -n 2000

soak-short: all $(SOAKTOOLS)
	@sh tests/soak/soak.sh -w 4 -n 30

demo: all
	@sh contrib/demo.sh

bench/hashspeed: bench/hashspeed.c $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/hashspeed.c $(LIB)

# The floor of the GET benchmark: always musl, static (bench/README.md).
bench/floor: bench/floor.c
	@command -v musl-gcc >/dev/null 2>&1 || { echo "bench: musl-gcc is missing: apt-get install musl-tools"; exit 1; }
	musl-gcc -std=c99 $(CPPFLAGS_ALL) $(WARN) $(OPT) -static -o $@ bench/floor.c

# Both builds are measured side by side: this tree's and the other libc's
# in build/LIBC (tests/otherlibc.sh --build).
bench: all bench/hashspeed bench/floor
	@[ -n "$(OTHER_LIBC)" ] || { echo "bench: musl-gcc is missing: apt-get install musl-tools"; exit 1; }
	@sh tests/otherlibc.sh --build $(OTHER_LIBC) $(PROGRAMS)
	@r=0; d="BENCH_DIR_$(LIBC)=. BENCH_DIR_$(OTHER_LIBC)=build/$(OTHER_LIBC)"; \
	    env $$d sh bench/run.sh || r=1; env $$d sh bench/tables.sh || r=1; \
	    env $$d sh bench/interface.sh || r=1; exit $$r

# End to end: Nagios 4, Icinga 2 and an Icinga 2 master with a satellite,
# from Debian's packages, run the plugins against snmpd and snmpsim on
# loopback; the assertions read what each engine recorded (tests/e2e/run).
e2e: all
	@sh tests/e2e/run

# clean-tree: this tree's build; clean also the other libc's (build/).
clean: clean-tree
	rm -rf build
clean-tree:
	rm -f $(LIB) $(LIBOBJ) $(PLUGINOBJ) $(PROGRAMS) $(TESTS) $(TOOLS) bench/hashspeed bench/floor \
	    $(SOAKTOOLS) tests/unit/check_musl.o .build-glibc* .build-musl*
	rm -rf tests/unit/musl

# ---------------------------------------------------------------------------
# Packaging: manual pages, bash completion, install and uninstall, the
# source tarball, the Debian and RPM packages, and their test.
#
# The manual pages and the completion are generated from each built
# plugin's --help (and --help-agent, the shared options in detail), which
# the plugin prints from the option tables its parser uses, so they cannot
# drift (contrib/help.awk reads them).  They are in
# section 1: the plugins are ordinary programs that any user may run (the
# monitoring engine's, or an administrator testing a check by hand) and
# that change nothing on the system; section 8 is for commands that
# administer the system, most of them as root.  "man check_snmp_storage"
# finds them by name although they are not in PATH.
#
# The version is SNMP_PLUGINS_VERSION in common/options.h, read by
# contrib/version.sh; products that carry a date take the last commit's
# (or SOURCE_DATE_EPOCH), so that they are reproducible.
MANSECT = 1
DATADIR = $(PREFIX)/share/snmp-plugins
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
# "make install STRIP=" keeps the symbols (a packager's own tools strip).
STRIP = strip

manpages: $(PROGRAMS) contrib/help.awk contrib/man/mkman.sh
	@names=; for p in $(PROGRAMS); do names="$$names $${p##*/}"; done; \
	for p in $(PROGRAMS); do \
		f=contrib/man/$${p##*/}.$(MANSECT); \
		MANSECT=$(MANSECT) sh contrib/man/mkman.sh $$p $$names >$$f.tmp && \
		    mv $$f.tmp $$f || { rm -f $$f.tmp; exit 1; }; \
	done

completion: $(PROGRAMS) contrib/help.awk contrib/completion/mkcomp.sh
	@for p in $(PROGRAMS); do \
		f=contrib/completion/$${p##*/}; \
		sh contrib/completion/mkcomp.sh $$p >$$f.tmp && \
		    mv $$f.tmp $$f || { rm -f $$f.tmp; exit 1; }; \
	done

# The plugins, their manual pages and completion, and the Icinga 2 and
# Nagios command files (every *.conf of contrib/icinga2 and *.cfg of
# contrib/nagios) under DATADIR, where nothing enables them.
install: all manpages completion
	mkdir -p $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(MANDIR)/man$(MANSECT) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(DATADIR)/icinga2 \
	    $(DESTDIR)$(DATADIR)/nagios
	for p in $(PROGRAMS); do \
		n=$${p##*/}; \
		cp $$p $(DESTDIR)$(PLUGINDIR)/$$n && \
		    chmod 755 $(DESTDIR)$(PLUGINDIR)/$$n || exit 1; \
		if [ -n "$(STRIP)" ]; then \
			$(STRIP) $(DESTDIR)$(PLUGINDIR)/$$n || exit 1; \
		fi; \
		cp contrib/man/$$n.$(MANSECT) $(DESTDIR)$(MANDIR)/man$(MANSECT)/ && \
		    chmod 644 $(DESTDIR)$(MANDIR)/man$(MANSECT)/$$n.$(MANSECT) && \
		    cp contrib/completion/$$n $(DESTDIR)$(BASHCOMPDIR)/ && \
		    chmod 644 $(DESTDIR)$(BASHCOMPDIR)/$$n || exit 1; \
	done
	for f in contrib/icinga2/*.conf contrib/nagios/*.cfg; do \
		[ -f "$$f" ] || continue; \
		d=$(DESTDIR)$(DATADIR)/$${f#contrib/}; \
		cp $$f $$d && chmod 644 $$d || exit 1; \
	done

# Exactly what install put there, then the directories it made that are
# left empty; the standard ones above them ($(PREFIX)/lib, $(MANDIR),
# $(PREFIX)/share) stay.
uninstall:
	for p in $(PROGRAMS); do \
		n=$${p##*/}; \
		rm -f $(DESTDIR)$(PLUGINDIR)/$$n \
		    $(DESTDIR)$(MANDIR)/man$(MANSECT)/$$n.$(MANSECT) \
		    $(DESTDIR)$(BASHCOMPDIR)/$$n; \
	done
	for f in contrib/icinga2/*.conf contrib/nagios/*.cfg; do \
		[ -f "$$f" ] || continue; \
		rm -f $(DESTDIR)$(DATADIR)/$${f#contrib/}; \
	done
	@for d in $(DESTDIR)$(DATADIR)/icinga2 $(DESTDIR)$(DATADIR)/nagios \
	    $(DESTDIR)$(DATADIR) $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(MANDIR)/man$(MANSECT); do \
		rmdir "$$d" 2>/dev/null || :; \
	done; \
	for d in $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(BASHCOMPDIR); do \
		case $${d%/*} in \
		*/nagios|*/bash-completion) rmdir "$${d%/*}" 2>/dev/null || :;; \
		esac; \
	done

# make install-compat: a symbolic link check_snmp -> check_snmp_value in
# COMPATDIR (default PLUGINDIR), under which name check_snmp_value takes
# check_snmp 2.3.3's defaults (docs/check_snmp-compatibility.md).  On
# request only: make install never makes it and the packages never ship it
# (monitoring-plugins owns /usr/lib/nagios/plugins/check_snmp, and two
# packages cannot own one file).  A check_snmp there that is not this link
# is left alone: point COMPATDIR at a directory of its own (a PluginDir for
# the engines that should use it).  make uninstall-compat removes the link
# only.
COMPATDIR = $(PLUGINDIR)
install-compat:
	@d=$(DESTDIR)$(COMPATDIR); \
	t=$(PLUGINDIR)/check_snmp_value; \
	[ "$(COMPATDIR)" = "$(PLUGINDIR)" ] && t=check_snmp_value; \
	if [ -L $$d/check_snmp ] && [ "$$(readlink $$d/check_snmp)" = "$$t" ]; then \
		echo "$$d/check_snmp -> $$t: there already"; exit 0; \
	fi; \
	if [ -e $$d/check_snmp ] || [ -L $$d/check_snmp ]; then \
		echo "$$d/check_snmp exists and is not a link to $$t" \
		    "(monitoring-plugins' check_snmp?): left alone; use" \
		    "COMPATDIR=DIR, a directory of its own" >&2; exit 1; \
	fi; \
	mkdir -p $$d && ln -s $$t $$d/check_snmp && echo "$$d/check_snmp -> $$t"

uninstall-compat:
	@d=$(DESTDIR)$(COMPATDIR); \
	case "$$(readlink $$d/check_snmp 2>/dev/null)" in \
	check_snmp_value|$(PLUGINDIR)/check_snmp_value) rm -f $$d/check_snmp ;; \
	esac

# snmp-plugins-VERSION.tar.gz: the tracked files, sorted, with the last
# commit's date, owner 0, normalised modes, gzip -n: the same bytes from
# the same tree (contrib/dist.sh).
dist:
	@sh contrib/dist.sh

# snmp-plugins_VERSION-1_ARCH.deb: dpkg-buildpackage on the tarball of
# make dist with contrib/debian as debian/, in a scratch directory
# (contrib/deb.sh); then lintian.
deb:
	@sh contrib/deb.sh

# snmp-plugins-VERSION-1.ARCH.rpm: rpmbuild -bb with contrib/rpm's spec on
# the tarball of make dist, in a scratch top directory (contrib/rpm.sh).
rpm:
	@sh contrib/rpm.sh

# dist twice and compared, deb (lintian, installed, every plugin run as
# nagios against snmpd, purged), rpm (its file list), install and
# uninstall in a DESTDIR, the manual pages, completion and docs against
# each --help (tests/package/run.sh).
package-test: all
	@PLUGINS="$(PROGRAMS)" sh tests/package/run.sh

# The generated pages and completion (the tarball and packages stay).
clean: clean-package
clean-package:
	rm -f contrib/man/*.[1-8] contrib/man/*.tmp contrib/completion/check_snmp_* contrib/completion/snmp_discover
