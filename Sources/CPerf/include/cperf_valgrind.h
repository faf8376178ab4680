#ifndef CPERF_VALGRIND_H
#define CPERF_VALGRIND_H

/// Nesting depth of valgrind (0 natively, 1 under valgrind); -ENOSYS without valgrind headers.
int cperf_valgrind_running(void);

/// CALLGRIND_START_INSTRUMENTATION; 0, or -ENOSYS without valgrind headers. A no-op natively.
int cperf_callgrind_start_instrumentation(void);

/// CALLGRIND_STOP_INSTRUMENTATION; 0, or -ENOSYS without valgrind headers. A no-op natively.
int cperf_callgrind_stop_instrumentation(void);

/// CALLGRIND_TOGGLE_COLLECT; 0, or -ENOSYS without valgrind headers. A no-op natively.
int cperf_callgrind_toggle_collect(void);

/// CALLGRIND_ZERO_STATS; 0, or -ENOSYS without valgrind headers. A no-op natively.
int cperf_callgrind_zero_stats(void);

/// CALLGRIND_DUMP_STATS_AT(label), or CALLGRIND_DUMP_STATS when label is NULL; 0, or -ENOSYS without valgrind headers.
int cperf_callgrind_dump_stats_at(const char *label);

#endif
