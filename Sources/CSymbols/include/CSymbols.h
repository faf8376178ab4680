#ifndef CSYMBOLS_H
#define CSYMBOLS_H
// Symbols for sampled addresses through elfutils' libdwfl, and Swift names through the Swift runtime's
// own demangler. A target of its own so that only the profiler links libdw and libelf.

#include <stddef.h>
#include <stdint.h>

/// An open libdwfl session over one process's mapped modules (a Dwfl *).
typedef struct csymbols_session csymbols_session;

/// 1 when libdwfl is built in; -ENOSYS otherwise.
int csymbols_available(void);

/// Reports every module mapped into process pid (/proc/PID/maps) into a new session *out;
/// 0, -errno from reading the maps, -EIO for another libdwfl failure, -ENOSYS without libdwfl.
int csymbols_open_process(int32_t pid, csymbols_session **out);

/// Ends a session from csymbols_open_process; never fails.
void csymbols_close(csymbols_session *session);

/// Copies the name of the symbol containing address into name and the base name of its module into
/// module (both NUL-terminated, truncated to capacity); 1 when a symbol was found, 0 when only the
/// module (name empty), -ENOENT when no module maps the address, -ENOSYS without libdwfl.
int csymbols_lookup(csymbols_session *session, uint64_t address, char *name, size_t name_capacity,
                    char *module, size_t module_capacity);

/// Copies the name of the ELF section holding address (e.g. `.plt`) into name (NUL-terminated, truncated);
/// 1 when found, 0 when the module's ELF has no section there, -ENOENT when no module maps the address,
/// -ENOSYS without libdwfl.
int csymbols_section(csymbols_session *session, uint64_t address, char *name, size_t capacity);

/// libdwfl's message for its most recent error on this thread (never NULL).
const char *csymbols_last_error(void);

/// Demangles a Swift symbol with the runtime's swift_demangle into buffer (NUL-terminated, truncated);
/// the full length of the demangled name, or -EINVAL when the name is not a Swift symbol.
int64_t csymbols_swift_demangle(const char *mangled, char *buffer, size_t capacity);

/// Demangles an Itanium C++ symbol (`_Z…`) with libstdc++'s __cxa_demangle into buffer (NUL-terminated,
/// truncated); the full length of the demangled name, or -EINVAL when the name does not demangle.
int64_t csymbols_cxx_demangle(const char *mangled, char *buffer, size_t capacity);

#endif
