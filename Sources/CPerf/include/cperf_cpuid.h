#ifndef CPERF_CPUID_H
#define CPERF_CPUID_H
// The hypervisor's CPUID signature (leaf 0x40000000), part of a host's identity: the same CPU
// model under KVM and under another hypervisor need not run at the same speed.

/// Writes the 12-character signature (e.g. "KVMKVMKVM") NUL-terminated into `out` (13 bytes) and
/// returns 1; returns 0 when the CPUID hypervisor bit is clear or the CPU is not x86.
int cperf_hypervisor_signature(char out[13]);

#endif
