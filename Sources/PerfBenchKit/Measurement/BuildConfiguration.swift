/// How the measured binary was compiled. Timings of a debug build do not represent the runtime.
package enum BuildConfiguration: String, Codable, Sendable, CaseIterable {
    case release
    case debug

    /// The configuration of the running binary, from the `DEBUG` compilation condition.
    package static let current: BuildConfiguration = {
        #if DEBUG
        return .debug
        #else
        return .release
        #endif
    }()
}
