#ifndef CPERF_JEMALLOC_H
#define CPERF_JEMALLOC_H

#include <stddef.h>
#include <stdint.h>

/// Per-thread allocation figures: counts from the allocation hooks, bytes from jemalloc's own
/// per-thread totals. All four only grow; take deltas.
typedef struct cperf_jemalloc_thread_counts {
    uint64_t allocations;
    uint64_t frees;
    uint64_t bytes_allocated;
    uint64_t bytes_deallocated;
} cperf_jemalloc_thread_counts;

/// 1 when jemalloc serves this process's malloc, 0 when it is linked but malloc goes elsewhere; -ENOSYS without jemalloc.
int cperf_jemalloc_active(void);

/// Copies a string mallctl (e.g. "version") into buf, NUL-terminated and truncated to capacity; -errno from mallctl; -ENOSYS without jemalloc.
int cperf_mallctl_read_string(const char *name, char *buf, size_t capacity);

/// Installs the counting alloc/dalloc hooks for the life of the process; *handle receives jemalloc's
/// handle for them; -errno from mallctl (EAGAIN: hook slots full); -ENOSYS without jemalloc.
int cperf_jemalloc_hooks_install(void **handle);

/// Fills *out with the calling thread's figures (plain loads after the first call on a thread); -errno from mallctl; -ENOSYS without jemalloc.
int cperf_jemalloc_thread_counts_read(cperf_jemalloc_thread_counts *out);

#endif
