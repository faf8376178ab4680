/// Whether one counter can be used here, and why not.
public enum CounterAvailability: Sendable, Equatable {
    case available
    case unavailable(CounterError)

    /// Whether the counter can be opened.
    public var isAvailable: Bool {
        if case .available = self { true } else { false }
    }

    /// The one-line reason it cannot, or nil when available.
    public var reason: String? {
        if case .unavailable(let error) = self { error.description } else { nil }
    }
}

/// The answer to "can this event be used here?" for one name: encodable by libpfm4, openable by the kernel.
public struct EventProbe: Sendable, Equatable {
    /// The name as asked.
    public var name: String
    /// libpfm4's encoding, nil when the name could not be encoded.
    public var encoding: EventEncoding?
    /// `.available` when perf_event_open succeeded for the calling thread, else the encode or open error.
    public var availability: CounterAvailability

    /// Whether libpfm4 could encode the name.
    public var isEncodable: Bool { encoding != nil }

    /// Encodes and tries to open each name alone (user space only unless `includesKernel`), closing
    /// each at once.
    ///
    /// - Returns: one probe per name, in order. Never throws: every failure is in its probe.
    public static func probe(_ names: [String], includesKernel: Bool = false) -> [EventProbe] {
        names.map { probe($0, includesKernel: includesKernel) }
    }

    /// Encodes and tries to open one name; see `probe(_:includesKernel:)`.
    public static func probe(_ name: String, includesKernel: Bool = false) -> EventProbe {
        let encoding: EventEncoding
        do {
            encoding = try EventEncoding.encode(name, includesKernel: includesKernel)
        } catch {
            return EventProbe(name: name, encoding: nil, availability: .unavailable(error))
        }
        do {
            let descriptor = try EventDescriptor(opening: encoding, groupFD: -1)
            try descriptor.close()
            return EventProbe(name: name, encoding: encoding, availability: .available)
        } catch {
            return EventProbe(name: name, encoding: encoding, availability: .unavailable(error))
        }
    }
}
