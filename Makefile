# Makefile for shreport: a PGXS build of the extension, plus the project's
# own targets (test, demo, unit, bench, accuracy, fuzz) documented in README.md.

EXTENSION = shreport
EXTVERSION = 1.0
MODULE_big = shreport

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA = src/shreport--$(EXTVERSION).sql
EXTRA_CLEAN = test/bin test/bin-asan test/bin-opt test/bin-fuzz results regression.diffs regression.out

REGRESS = quantity target parse figures load corpus errors dump
REGRESS_OPTS = --inputdir=. --encoding=UTF8

PG_CPPFLAGS = -Isrc/core
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
endif

# PGXS knows nothing of our headers: rebuild every object when one changes.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# ---- C unit tests of the core, without PostgreSQL ----------------------

CC ?= cc
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wdeclaration-after-statement \
	-Wno-missing-field-initializers -D_POSIX_C_SOURCE=200809L -Isrc/core -Itest
ASAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
UNIT_TESTS = $(sort $(wildcard test/test_*.c))
UNIT_DEPS = $(CORE_SRCS) $(wildcard src/core/*.h) test/unit.h test/unit.c

test/bin/%: test/%.c $(UNIT_DEPS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -o $@ $< test/unit.c $(CORE_SRCS) -lm

test/bin-asan/%: test/%.c $(UNIT_DEPS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) $(ASAN_FLAGS) -o $@ $< test/unit.c $(CORE_SRCS) -lm

.PHONY: unit unit-asan test demo bench accuracy fuzz

# Optimized builds of the benchmark and the accuracy report.
test/bin-opt/%: test/%.c $(UNIT_DEPS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -O2 -DNDEBUG -o $@ $< test/unit.c $(CORE_SRCS) -lm

unit: $(patsubst test/%.c,test/bin/%,$(UNIT_TESTS))
	@test/run-unit.sh $^

unit-asan: $(patsubst test/%.c,test/bin-asan/%,$(UNIT_TESTS))
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 test/run-unit.sh $^

# ---- whole-project commands (they install what they need) --------------

test:
	@test/run-tests.sh

demo:
	@test/run-demo.sh

# Parser speed against baselines measured in the same run, then load speed.
bench: test/bin-opt/bench
	test/bin-opt/bench data/2024-shandong.md data/reports-2025/*.md
	@test/run-bench-load.sh

# Recall, precision and per-field accuracy against the hand-coded sample.
accuracy: test/bin-opt/accuracy
	test/bin-opt/accuracy data/2024-shandong.md test/gold/2024-shandong.dev.jsonl

# Coverage-guided fuzzing of the type parsers and the report parser (clang,
# libFuzzer); FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = $(patsubst test/%.c,test/bin-fuzz/%,$(sort $(wildcard test/fuzz_*.c)))
test/bin-fuzz/%: test/%.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p $(@D)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core -Itest -o $@ $< $(CORE_SRCS)
fuzz: $(FUZZ_TARGETS)
	@for t in $(FUZZ_TARGETS); do mkdir -p $$t.corpus; \
		$$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 $$t.corpus || exit 1; done
