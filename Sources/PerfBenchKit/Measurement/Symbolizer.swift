import CSymbols

#if canImport(Glibc)
import Glibc
#endif

/// Names for code addresses of this process: symbols found by elfutils' libdwfl in every mapped
/// module, Swift names demangled by the Swift runtime.
///
/// Open it after the profiled code has run (so every module it loaded is mapped) and before any is
/// unloaded. Lookups are cached per address.
package final class Symbolizer {
    private let session: OpaquePointer
    private var cache: [UInt64: String] = [:]

    /// Reports every module mapped into this process.
    ///
    /// - Throws: `ProfileError.symbolsUnavailable` with libdwfl's reason.
    package init() throws(ProfileError) {
        var session: OpaquePointer?
        let rc = csymbols_open_process(getpid(), &session)
        guard rc == 0, let session else {
            let reason =
                rc == -ENOSYS
                ? "perfbench was built without elfutils' libdwfl (ENOSYS)"
                : rc == -EIO
                    ? String(cString: csymbols_last_error()) : "reading /proc/self/maps: \(ErrnoName.symbol(-rc))"
            throw .symbolsUnavailable(reason)
        }
        self.session = session
    }

    deinit {
        csymbols_close(session)
    }

    /// The demangled name of the function containing `address`; `[module section]` (e.g.
    /// `[perfbench .plt]`) when the module has no symbol there, `[unknown]` when no module maps it.
    package func name(at address: UInt64) -> String {
        if let cached = cache[address] { return cached }
        var symbol = [CChar](repeating: 0, count: 1024)
        var module = [CChar](repeating: 0, count: 256)
        let rc = symbol.withUnsafeMutableBufferPointer { symbolBuffer in
            module.withUnsafeMutableBufferPointer { moduleBuffer in
                csymbols_lookup(
                    session, address, symbolBuffer.baseAddress, symbolBuffer.count, moduleBuffer.baseAddress,
                    moduleBuffer.count)
            }
        }
        let name: String
        switch rc {
        case 1: name = SwiftDemangler.demangle(Self.string(symbol))
        case 0: name = "[\(Self.string(module))\(sectionSuffix(address))]"
        default: name = "[unknown]"
        }
        cache[address] = name
        return name
    }

    /// ` .plt` when `address` lies in a named section (a PLT stub has no symbol of its own), else empty.
    private func sectionSuffix(_ address: UInt64) -> String {
        var section = [CChar](repeating: 0, count: 64)
        let rc = section.withUnsafeMutableBufferPointer {
            csymbols_section(session, address, $0.baseAddress, $0.count)
        }
        return rc == 1 ? " \(Self.string(section))" : ""
    }

    /// Frames of a user callchain (innermost first, as the kernel records it), root first.
    ///
    /// Return addresses are looked up one byte back so a call that ends its function (a `noreturn`
    /// call) is named after the caller, not the function that follows it.
    package func stack(_ callchain: [UInt64]) -> [String] {
        var frames: [String] = []
        frames.reserveCapacity(callchain.count)
        for (position, address) in callchain.enumerated().reversed() {
            frames.append(name(at: position == 0 ? address : address &- 1))
        }
        return frames
    }

    private static func string(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Symbol names made readable by the toolchain's own demanglers: the Swift runtime's
/// `swift_demangle` for Swift symbols and libstdc++'s `__cxa_demangle` for the runtime's C++
/// functions, never a demangler of perfbench's.
package enum SwiftDemangler {
    /// The demangled name of `symbol`, or `symbol` unchanged when it is neither a Swift nor a C++ symbol.
    package static func demangle(_ symbol: String) -> String {
        if symbol.hasPrefix("_Z") { return demangled(symbol, csymbols_cxx_demangle) ?? symbol }
        return demangled(symbol, csymbols_swift_demangle) ?? symbol
    }

    private static func demangled(
        _ symbol: String, _ demangler: (UnsafePointer<CChar>?, UnsafeMutablePointer<CChar>?, Int) -> Int64
    ) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = buffer.withUnsafeMutableBufferPointer { demangler(symbol, $0.baseAddress, $0.count) }
        guard length > 0 else { return nil }
        if Int(length) >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(length) + 1)
            _ = buffer.withUnsafeMutableBufferPointer { demangler(symbol, $0.baseAddress, $0.count) }
        }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
