#include "CSymbols.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

// Exported by the Swift runtime (libswiftCore), which every Swift program links.
extern char *swift_demangle(const char *mangled_name, size_t mangled_name_length, char *output_buffer,
                            size_t *output_buffer_size, uint32_t flags);

// The C++ ABI's demangler (libstdc++), for the Swift runtime's own C++ functions.
extern char *__cxa_demangle(const char *mangled_name, char *output_buffer, size_t *length, int *status);

static void csymbols_copy(const char *text, char *buffer, size_t capacity) {
    if (capacity == 0) return;
    size_t length = text == NULL ? 0 : strlen(text);
    if (length >= capacity) length = capacity - 1;
    if (length > 0) memcpy(buffer, text, length);
    buffer[length] = '\0';
}

int64_t csymbols_swift_demangle(const char *mangled, char *buffer, size_t capacity) {
    char *demangled = swift_demangle(mangled, strlen(mangled), NULL, NULL, 0);
    if (demangled == NULL) return -EINVAL;
    int64_t length = (int64_t)strlen(demangled);
    csymbols_copy(demangled, buffer, capacity);
    free(demangled);
    return length;
}

int64_t csymbols_cxx_demangle(const char *mangled, char *buffer, size_t capacity) {
    int status = 0;
    char *demangled = __cxa_demangle(mangled, NULL, NULL, &status);
    if (demangled == NULL || status != 0) {
        free(demangled);
        return -EINVAL;
    }
    int64_t length = (int64_t)strlen(demangled);
    csymbols_copy(demangled, buffer, capacity);
    free(demangled);
    return length;
}

#if __has_include(<elfutils/libdwfl.h>)
#include <elfutils/libdwfl.h>
#include <gelf.h>

int csymbols_available(void) { return 1; }

int csymbols_open_process(int32_t pid, csymbols_session **out) {
    static const Dwfl_Callbacks callbacks = {
        .find_elf = dwfl_linux_proc_find_elf,
        .find_debuginfo = dwfl_standard_find_debuginfo,
    };
    Dwfl *dwfl = dwfl_begin(&callbacks);
    if (dwfl == NULL) return -EIO;
    dwfl_report_begin(dwfl);
    // Positive: an errno from reading /proc/PID/maps; negative: a libdwfl error.
    int rc = dwfl_linux_proc_report(dwfl, (pid_t)pid);
    if (rc != 0) {
        dwfl_end(dwfl);
        return rc > 0 ? -rc : -EIO;
    }
    if (dwfl_report_end(dwfl, NULL, NULL) != 0) {
        dwfl_end(dwfl);
        return -EIO;
    }
    *out = (csymbols_session *)dwfl;
    return 0;
}

void csymbols_close(csymbols_session *session) { dwfl_end((Dwfl *)session); }

int csymbols_lookup(csymbols_session *session, uint64_t address, char *name, size_t name_capacity,
                    char *module, size_t module_capacity) {
    Dwfl_Module *found = dwfl_addrmodule((Dwfl *)session, (Dwarf_Addr)address);
    if (found == NULL) return -ENOENT;
    const char *module_name = dwfl_module_info(found, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    const char *base = module_name == NULL ? NULL : strrchr(module_name, '/');
    csymbols_copy(base == NULL ? module_name : base + 1, module, module_capacity);
    const char *symbol = dwfl_module_addrname(found, (GElf_Addr)address);
    csymbols_copy(symbol, name, name_capacity);
    return symbol == NULL ? 0 : 1;
}

int csymbols_section(csymbols_session *session, uint64_t address, char *name, size_t capacity) {
    Dwfl_Module *found = dwfl_addrmodule((Dwfl *)session, (Dwarf_Addr)address);
    if (found == NULL) return -ENOENT;
    Dwarf_Addr relative = (Dwarf_Addr)address;
    Dwarf_Addr bias = 0;
    Elf_Scn *section = dwfl_module_address_section(found, &relative, &bias);
    Elf *elf = dwfl_module_getelf(found, &bias);
    size_t names = 0;
    GElf_Shdr header;
    if (section == NULL || elf == NULL) return 0;
    if (elf_getshdrstrndx(elf, &names) != 0 || gelf_getshdr(section, &header) == NULL) return 0;
    const char *section_name = elf_strptr(elf, names, header.sh_name);
    if (section_name == NULL) return 0;
    csymbols_copy(section_name, name, capacity);
    return 1;
}

const char *csymbols_last_error(void) {
    const char *message = dwfl_errmsg(-1);
    return message == NULL ? "no libdwfl error" : message;
}

#else

int csymbols_available(void) { return -ENOSYS; }
int csymbols_open_process(int32_t pid, csymbols_session **out) { (void)pid; (void)out; return -ENOSYS; }
void csymbols_close(csymbols_session *session) { (void)session; }
int csymbols_lookup(csymbols_session *session, uint64_t address, char *name, size_t name_capacity,
                    char *module, size_t module_capacity) {
    (void)session; (void)address; (void)name; (void)name_capacity; (void)module; (void)module_capacity;
    return -ENOSYS;
}
int csymbols_section(csymbols_session *session, uint64_t address, char *name, size_t capacity) {
    (void)session; (void)address; (void)name; (void)capacity; return -ENOSYS;
}
const char *csymbols_last_error(void) { return "libdwfl not built in (ENOSYS)"; }

#endif
