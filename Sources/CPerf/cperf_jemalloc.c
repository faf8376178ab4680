#include "cperf_jemalloc.h"

#include <errno.h>
#include <string.h>

#if __has_include(<jemalloc/jemalloc.h>)
#include <jemalloc/jemalloc.h>

// jemalloc's hook ABI (include/jemalloc/internal/hook.h, 5.x) is not in the public header, so it is
// restated here. The order of the function pointers and the trailing `extra` is the ABI.
typedef void (*cperf_hook_alloc)(void *extra, int type, void *result, uintptr_t result_raw, uintptr_t args_raw[3]);
typedef void (*cperf_hook_dalloc)(void *extra, int type, void *address, uintptr_t args_raw[3]);
typedef void (*cperf_hook_expand)(void *extra, int type, void *address, size_t old_usize, size_t new_usize,
                                  uintptr_t result_raw, uintptr_t args_raw[4]);
typedef struct cperf_hooks {
    cperf_hook_alloc alloc_hook;
    cperf_hook_dalloc dalloc_hook;
    cperf_hook_expand expand_hook;
    void *extra;
} cperf_hooks;

// The one documented exception to "no globals" in CPerf: jemalloc's hooks receive no per-thread
// context, so exact per-thread counts must live in thread-locals the hooks can reach. The cached
// byte-counter pointers sit beside them so a snapshot is plain loads after the first call per thread.
static _Thread_local uint64_t cperf_thread_allocations;
static _Thread_local uint64_t cperf_thread_frees;
static _Thread_local volatile uint64_t *cperf_thread_allocatedp;
static _Thread_local volatile uint64_t *cperf_thread_deallocatedp;

// A moving realloc fires one alloc hook (the new block) and one dalloc hook (the old block), so it
// counts as one allocation plus one free; an in-place resize fires only the expand hook and counts
// as neither (its byte change still shows in thread.allocated / thread.deallocated). A failed
// allocation fires no hook.
static void cperf_count_alloc(void *extra, int type, void *result, uintptr_t result_raw, uintptr_t args_raw[3]) {
    (void)extra; (void)type; (void)result_raw; (void)args_raw;
    if (result != NULL) cperf_thread_allocations += 1;
}

static void cperf_count_dalloc(void *extra, int type, void *address, uintptr_t args_raw[3]) {
    (void)extra; (void)type; (void)args_raw;
    if (address != NULL) cperf_thread_frees += 1;
}

static void cperf_ignore_expand(void *extra, int type, void *address, size_t old_usize, size_t new_usize,
                                uintptr_t result_raw, uintptr_t args_raw[4]) {
    (void)extra; (void)type; (void)address; (void)old_usize; (void)new_usize; (void)result_raw; (void)args_raw;
}

int cperf_jemalloc_active(void) {
    uint64_t *allocatedp = NULL;
    size_t size = sizeof(allocatedp);
    int rc = mallctl("thread.allocatedp", &allocatedp, &size, NULL, 0);
    if (rc != 0) return -rc;
    // Ownership test: a block from plain malloc must move jemalloc's own per-thread byte total.
    // This probe is the one shim that allocates, because allocating is what it tests. The counter is
    // read through a volatile pointer: compilers treat malloc as touching no visible memory and would
    // otherwise fold `after` into `before` (clang -O2 does, and then reports "not the allocator").
    volatile uint64_t *counter = allocatedp;
    uint64_t before = *counter;
    void *volatile block = malloc(64);
    uint64_t after = *counter;
    free(block);
    if (block == NULL) return -ENOMEM;
    return after - before >= 64 ? 1 : 0;
}

int cperf_mallctl_read_string(const char *name, char *buf, size_t capacity) {
    const char *value = NULL;
    size_t size = sizeof(value);
    int rc = mallctl(name, &value, &size, NULL, 0);
    if (rc != 0) return -rc;
    if (capacity == 0) return -EINVAL;
    size_t length = value == NULL ? 0 : strlen(value);
    if (length >= capacity) length = capacity - 1;
    if (length > 0) memcpy(buf, value, length);
    buf[length] = '\0';
    return 0;
}

int cperf_jemalloc_hooks_install(void **handle) {
    cperf_hooks hooks = {cperf_count_alloc, cperf_count_dalloc, cperf_ignore_expand, NULL};
    size_t size = sizeof(*handle);
    int rc = mallctl("experimental.hooks.install", handle, &size, &hooks, sizeof(hooks));
    return rc == 0 ? 0 : -rc;
}

int cperf_jemalloc_thread_counts_read(cperf_jemalloc_thread_counts *out) {
    if (cperf_thread_allocatedp == NULL || cperf_thread_deallocatedp == NULL) {
        uint64_t *allocatedp = NULL, *deallocatedp = NULL;
        size_t size = sizeof(allocatedp);
        int rc = mallctl("thread.allocatedp", &allocatedp, &size, NULL, 0);
        if (rc != 0) return -rc;
        size = sizeof(deallocatedp);
        rc = mallctl("thread.deallocatedp", &deallocatedp, &size, NULL, 0);
        if (rc != 0) return -rc;
        cperf_thread_allocatedp = allocatedp;
        cperf_thread_deallocatedp = deallocatedp;
    }
    out->allocations = cperf_thread_allocations;
    out->frees = cperf_thread_frees;
    out->bytes_allocated = *cperf_thread_allocatedp;
    out->bytes_deallocated = *cperf_thread_deallocatedp;
    return 0;
}

#else

int cperf_jemalloc_active(void) { return -ENOSYS; }
int cperf_mallctl_read_string(const char *name, char *buf, size_t capacity) {
    (void)name; (void)buf; (void)capacity; return -ENOSYS;
}
int cperf_jemalloc_hooks_install(void **handle) { (void)handle; return -ENOSYS; }
int cperf_jemalloc_thread_counts_read(cperf_jemalloc_thread_counts *out) { (void)out; return -ENOSYS; }

#endif
