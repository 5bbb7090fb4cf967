# Makefile for shreport: a PGXS build of the extension, plus the project's
# own targets (test, demo, unit, bench, accuracy, fuzz) documented in README.md.

EXTENSION = shreport
EXTVERSION = 1.2
MODULE_big = shreport

CORE_SRCS = $(sort $(wildcard src/core/*.c src/core/*/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# 1.0 is the first install script; each later version is an upgrade script
# from the one before.  The install script of the current version is built
# from them (a short head, then 1.0 and every upgrade in order), so a new
# install and an upgraded one run the same SQL.  1.0 and 1.1 named their
# schema in the control file; their own control files keep it.
SCRIPTS = bin/shreport-load
UPGRADES = src/shreport--1.0--1.1.sql src/shreport--1.1--1.2.sql
DATA = src/shreport--1.0.sql $(UPGRADES) shreport--1.0.control shreport--1.1.control
DATA_built = src/shreport--$(EXTVERSION).sql
EXTRA_CLEAN = test/build results regression.diffs regression.out

REGRESS = quantity target numerals parse figures kinds load metrics bi corpus errors comments dump upgrade
REGRESS_OPTS = --inputdir=. --encoding=UTF8

PG_CPPFLAGS = -Isrc/core
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
endif

src/shreport--$(EXTVERSION).sql: src/install-preamble.sql src/shreport--1.0.sql $(UPGRADES)
	{ echo '-- shreport--$(EXTVERSION).sql: built by make from the files named below; do not edit.'; \
	  cat src/install-preamble.sql; \
	  for f in src/shreport--1.0.sql $(UPGRADES); do \
		printf '\n-- ---- %s ----\n' "$${f#src/}"; sed '/^\\echo Use /d' "$$f"; \
	  done; } > $@.tmp && mv $@.tmp $@

# PGXS knows nothing of our headers: rebuild every object when one changes.
$(OBJS): $(wildcard src/core/*.h src/core/*/*.h src/pg/*.h)

# ---- C unit tests, fuzz targets and benchmarks of the core ------------
#
# The core and the test harness are compiled once per flavour into a static
# library that every program of that flavour links:
#   plain  -O1 -g, the unit tests
#   asan   the same under AddressSanitizer and UBSan, plus the fuzz corpus replay
#   opt    -O2, the benchmark and the accuracy report
#   fuzz   clang with libFuzzer's instrumentation, the fuzz targets
# Objects list their headers (-MMD), so a change rebuilds what it touches
# and nothing else; make -j builds in parallel.

CC ?= cc
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wdeclaration-after-statement \
	-Wno-missing-field-initializers -D_POSIX_C_SOURCE=200809L -Isrc/core -Itest
ASAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
FLAVOUR_CFLAGS_plain = $(UNIT_CFLAGS)
FLAVOUR_CFLAGS_asan = $(UNIT_CFLAGS) $(ASAN_FLAGS)
FLAVOUR_CFLAGS_opt = $(UNIT_CFLAGS) -O2 -DNDEBUG
# A sanitizer report must end a fuzz run, or its input is not kept.
FLAVOUR_CFLAGS_fuzz = -std=c99 -g -O1 -D_POSIX_C_SOURCE=200809L -Isrc/core -Itest \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FLAVOURS = plain asan opt fuzz
CC_plain = $(CC)
CC_asan = $(CC)
CC_opt = $(CC)
CC_fuzz = clang

UNIT_TESTS = $(sort $(wildcard test/test_*.c))
FUZZ_SRCS = $(sort $(wildcard test/fuzz_*.c))
HARNESS_SRCS = test/unit.c
LIB_SRCS = $(CORE_SRCS) $(HARNESS_SRCS)
BUILD = test/build

# test/build/<flavour>/<path>.o from <path>.c, for each flavour.
define flavour_rules
$(BUILD)/$(1)/%.o: %.c
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(FLAVOUR_CFLAGS_$(1)) -MMD -MP -c -o $$@ $$<

$(BUILD)/$(1)/libshrcore.a: $(patsubst %.c,$(BUILD)/$(1)/%.o,$(LIB_SRCS))
	@rm -f $$@
	$$(AR) rcs $$@ $$^

$(BUILD)/$(1)/bin/%: $(BUILD)/$(1)/test/%.o $(BUILD)/$(1)/libshrcore.a
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(FLAVOUR_CFLAGS_$(1)) -o $$@ $$< $(BUILD)/$(1)/libshrcore.a -lm
endef
$(foreach f,$(FLAVOURS),$(eval $(call flavour_rules,$(f))))

-include $(wildcard $(BUILD)/*/src/core/*.d $(BUILD)/*/src/core/*/*.d $(BUILD)/*/test/*.d)

UNIT_PLAIN = $(patsubst test/%.c,$(BUILD)/plain/bin/%,$(UNIT_TESTS))
UNIT_ASAN = $(patsubst test/%.c,$(BUILD)/asan/bin/%,$(UNIT_TESTS))

# Each fuzz target also links with a main() that replays files given on the
# command line, so its kept corpus runs under the sanitizers with gcc alone.
REPLAY_ASAN = $(patsubst test/fuzz_%.c,$(BUILD)/asan/bin/replay_%,$(FUZZ_SRCS))
$(BUILD)/asan/bin/replay_%: $(BUILD)/asan/test/fuzz_%.o $(BUILD)/asan/test/replay.o \
		$(BUILD)/asan/libshrcore.a
	@mkdir -p $(@D)
	$(CC) $(FLAVOUR_CFLAGS_asan) -o $@ $^ -lm

# Everything the unit, sanitizer, replay and reader stages run, for one make -j.
test-programs: $(UNIT_PLAIN) $(UNIT_ASAN) $(REPLAY_ASAN) $(BUILD)/asan/bin/readerdump \
	$(BUILD)/plain/bin/coverage

# verify_asan_link_order=0 lets the tests run under an LD_PRELOAD library
# (libfaketime in make test-stress).
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:verify_asan_link_order=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: test-programs unit unit-asan fuzz-replay layers reader reader-update test test-stress demo reference bench accuracy coverage fuzz

unit: $(UNIT_PLAIN)
	@test/run-unit.sh $^

unit-asan: $(UNIT_ASAN)
	@$(SANITIZER_ENV) test/run-unit.sh $^

# Replays every kept fuzz input (test/corpus/<target>/) under the sanitizers.
fuzz-replay: $(REPLAY_ASAN)
	@$(SANITIZER_ENV) test/run-unit.sh --word replay \
		$(foreach p,$^,$(p)=test/corpus/fuzz_$(patsubst replay_%,%,$(notdir $(p))))

# The core's layers call only down, and no files call each other in a circle.
layers: $(BUILD)/plain/libshrcore.a
	@test/layers.sh $(BUILD)/plain

# What the reader finds in every bundled report, against the dumps kept in
# test/reader/ (reader-update rewrites them, for a change meant to alter it).
reader: $(BUILD)/asan/bin/readerdump
	@$(SANITIZER_ENV) test/reader.sh $<

reader-update: $(BUILD)/asan/bin/readerdump
	@$(SANITIZER_ENV) test/reader.sh $< update

# ---- whole-project commands (they install what they need) --------------

test:
	@test/run-tests.sh

# The unit tests with the clock running 50 times fast, then with both cores
# busy: neither may change a result.
test-stress:
	@test/run-stress.sh

demo:
	@test/run-demo.sh

# doc/reference.md: every SQL object with its comment, from the catalogue of
# a throwaway database (make test fails when the file is out of date).
reference: all
	@. test/pg-env.sh && install_extension && test/with-cluster.sh test/reference.sh >doc/reference.md

# Parser speed against baselines measured in the same run, then load speed.
bench: $(BUILD)/opt/bin/bench
	$(BUILD)/opt/bin/bench data/2024-shandong.md data/reports-2025/*.md
	@test/run-bench-load.sh

# Recall, precision and per-field accuracy against the hand-coded sample.
accuracy: $(BUILD)/opt/bin/accuracy
	$(BUILD)/opt/bin/accuracy data/2024-shandong.md test/gold/2024-shandong.dev.jsonl

# Figure-like numbers of every bundled report that the reader finds: at
# least 0.97 of them in each report, or make test fails.
COVERAGE_MIN = 0.97
coverage: $(BUILD)/plain/bin/coverage
	@$(BUILD)/plain/bin/coverage -min $(COVERAGE_MIN) data/*.md data/reports-2025/*.md

# Coverage-guided fuzzing (clang, libFuzzer) for FUZZ_SECONDS per target.
# Each target starts from its kept corpus, test/corpus/<target>/, and new
# inputs that reach new code are merged back into it, minimised.
FUZZ_SECONDS ?= 60
FUZZ_BINS = $(patsubst test/fuzz_%.c,$(BUILD)/fuzz/bin/fuzz_%,$(FUZZ_SRCS))
$(BUILD)/fuzz/bin/fuzz_%: $(BUILD)/fuzz/test/fuzz_%.o $(BUILD)/fuzz/libshrcore.a
	@mkdir -p $(@D)
	$(CC_fuzz) $(FLAVOUR_CFLAGS_fuzz) -fsanitize=fuzzer -o $@ $^ -lm
fuzz: $(FUZZ_BINS)
	@test/run-fuzz.sh $(FUZZ_SECONDS) $^
