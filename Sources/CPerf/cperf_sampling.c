#include "cperf_sampling.h"

#include <errno.h>

#if __has_include(<linux/perf_event.h>)
#include <linux/perf_event.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int cperf_sampling_open(const cperf_event_spec *spec, uint64_t period, uint32_t use_frequency) {
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof(attr));
    attr.size = sizeof(attr);
    attr.type = spec->type;
    attr.config = spec->config;
    attr.config1 = spec->config1;
    attr.config2 = spec->config2;
    attr.exclude_user = spec->exclude_user ? 1 : 0;
    attr.exclude_kernel = spec->exclude_kernel ? 1 : 0;
    attr.exclude_hv = 1;
    // The profile is of user code: a kernel callchain needs perf_event_paranoid <= 1 and says nothing
    // about the runtime under test.
    attr.exclude_callchain_kernel = 1;
    attr.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID | PERF_SAMPLE_CALLCHAIN;
    attr.read_format = PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
    attr.freq = use_frequency ? 1 : 0;
    if (use_frequency) {
        attr.sample_freq = period;
    } else {
        attr.sample_period = period;
    }
    attr.disabled = 1;
    attr.inherit = 0;
    long fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
    return fd < 0 ? -errno : (int)fd;
}

int cperf_sampling_map(int32_t fd, uint32_t data_pages, void **base) {
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) return -EINVAL;
    size_t length = (size_t)page * ((size_t)data_pages + 1);
    void *mapped = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (mapped == MAP_FAILED) return -errno;
    *base = mapped;
    return 0;
}

int cperf_sampling_unmap(void *base, uint32_t data_pages) {
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) return -EINVAL;
    return munmap(base, (size_t)page * ((size_t)data_pages + 1)) < 0 ? -errno : 0;
}

void cperf_sampling_position(const void *base, cperf_ring_position *out) {
    const struct perf_event_mmap_page *meta = base;
    // The acquire pairs with the kernel's write barrier: record bytes below head are visible.
    out->head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
    out->tail = __atomic_load_n(&meta->data_tail, __ATOMIC_RELAXED);
    out->data_offset = meta->data_offset;
    out->data_size = meta->data_size;
}

void cperf_sampling_release(void *base, uint64_t tail) {
    struct perf_event_mmap_page *meta = base;
    // The release orders our reads of the records before the kernel may overwrite them.
    __atomic_store_n(&meta->data_tail, tail, __ATOMIC_RELEASE);
}

int cperf_sampling_enable(int32_t fd) { return ioctl(fd, PERF_EVENT_IOC_ENABLE, 0) < 0 ? -errno : 0; }
int cperf_sampling_disable(int32_t fd) { return ioctl(fd, PERF_EVENT_IOC_DISABLE, 0) < 0 ? -errno : 0; }

int cperf_sampling_read(int32_t fd, uint64_t *out) {
    ssize_t n = read(fd, out, 3 * sizeof(uint64_t));
    if (n < 0) return -errno;
    return n == 3 * (ssize_t)sizeof(uint64_t) ? 0 : -EIO;
}

int32_t cperf_sampling_thread_id(void) { return (int32_t)syscall(SYS_gettid); }

int64_t cperf_sampling_page_size(void) {
    long page = sysconf(_SC_PAGESIZE);
    return page <= 0 ? -EINVAL : (int64_t)page;
}

#else

int cperf_sampling_open(const cperf_event_spec *spec, uint64_t period, uint32_t use_frequency) {
    (void)spec; (void)period; (void)use_frequency; return -ENOSYS;
}
int cperf_sampling_map(int32_t fd, uint32_t data_pages, void **base) {
    (void)fd; (void)data_pages; (void)base; return -ENOSYS;
}
int cperf_sampling_unmap(void *base, uint32_t data_pages) { (void)base; (void)data_pages; return -ENOSYS; }
void cperf_sampling_position(const void *base, cperf_ring_position *out) {
    (void)base; out->head = 0; out->tail = 0; out->data_offset = 0; out->data_size = 0;
}
void cperf_sampling_release(void *base, uint64_t tail) { (void)base; (void)tail; }
int cperf_sampling_enable(int32_t fd) { (void)fd; return -ENOSYS; }
int cperf_sampling_disable(int32_t fd) { (void)fd; return -ENOSYS; }
int cperf_sampling_read(int32_t fd, uint64_t *out) { (void)fd; (void)out; return -ENOSYS; }
int32_t cperf_sampling_thread_id(void) { return -ENOSYS; }
int64_t cperf_sampling_page_size(void) { return -ENOSYS; }

#endif
