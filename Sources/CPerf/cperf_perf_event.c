#include "cperf_perf_event.h"

#include <errno.h>

#if __has_include(<linux/perf_event.h>)
#include <linux/perf_event.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int cperf_perf_event_open(const cperf_event_spec *spec, int32_t group_fd, uint32_t is_leader) {
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof(attr));
    attr.size = sizeof(attr);
    attr.type = spec->type;
    attr.config = spec->config;
    attr.config1 = spec->config1;
    attr.config2 = spec->config2;
    attr.exclude_user = spec->exclude_user ? 1 : 0;
    attr.exclude_kernel = spec->exclude_kernel ? 1 : 0;
    attr.exclude_hv = spec->exclude_hv ? 1 : 0;
    attr.read_format = PERF_FORMAT_GROUP | PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
    // Members follow their leader: only the leader starts disabled, so enabling it starts all.
    attr.disabled = is_leader ? 1 : 0;
    long fd = syscall(SYS_perf_event_open, &attr, 0, -1, (int)group_fd, PERF_FLAG_FD_CLOEXEC);
    return fd < 0 ? -errno : (int)fd;
}

static int cperf_group_ioctl(int32_t fd, unsigned long request) {
    return ioctl(fd, request, PERF_IOC_FLAG_GROUP) < 0 ? -errno : 0;
}

int cperf_perf_event_enable_group(int32_t fd) { return cperf_group_ioctl(fd, PERF_EVENT_IOC_ENABLE); }
int cperf_perf_event_disable_group(int32_t fd) { return cperf_group_ioctl(fd, PERF_EVENT_IOC_DISABLE); }
int cperf_perf_event_reset_group(int32_t fd) { return cperf_group_ioctl(fd, PERF_EVENT_IOC_RESET); }

int64_t cperf_perf_event_read_group(int32_t fd, uint64_t *buffer, size_t capacity_words) {
    ssize_t n = read(fd, buffer, capacity_words * sizeof(uint64_t));
    return n < 0 ? -errno : (int64_t)n;
}

int cperf_perf_event_close(int32_t fd) { return close(fd) < 0 ? -errno : 0; }

#else

int cperf_perf_event_open(const cperf_event_spec *spec, int32_t group_fd, uint32_t is_leader) {
    (void)spec; (void)group_fd; (void)is_leader; return -ENOSYS;
}
int cperf_perf_event_enable_group(int32_t fd) { (void)fd; return -ENOSYS; }
int cperf_perf_event_disable_group(int32_t fd) { (void)fd; return -ENOSYS; }
int cperf_perf_event_reset_group(int32_t fd) { (void)fd; return -ENOSYS; }
int64_t cperf_perf_event_read_group(int32_t fd, uint64_t *buffer, size_t capacity_words) {
    (void)fd; (void)buffer; (void)capacity_words; return -ENOSYS;
}
int cperf_perf_event_close(int32_t fd) { (void)fd; return -ENOSYS; }

#endif
