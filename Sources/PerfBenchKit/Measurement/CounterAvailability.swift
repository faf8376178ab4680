/// Whether one counter can be used here, and why not.
package enum CounterAvailability: Sendable, Equatable {
    case available
    case unavailable(CounterError)

    /// Whether the counter can be opened.
    package var isAvailable: Bool {
        if case .available = self { true } else { false }
    }

    /// The one-line reason it cannot, or nil when available.
    package var reason: String? {
        if case .unavailable(let error) = self { error.description } else { nil }
    }
}

/// The answer to "can this event be used here?" for one name: encodable by libpfm4, openable by the kernel.
package struct EventProbe: Sendable, Equatable {
    /// The name as asked.
    package var name: String
    /// libpfm4's encoding, nil when the name could not be encoded.
    package var encoding: EventEncoding?
    /// `.available` when perf_event_open succeeded for the calling thread, else the encode or open error.
    package var availability: CounterAvailability

    /// Whether libpfm4 could encode the name.
    package var isEncodable: Bool { encoding != nil }

    /// Encodes and tries to open each name alone (user space only unless `includesKernel`), closing
    /// each at once.
    ///
    /// - Returns: one probe per name, in order. Never throws: every failure is in its probe.
    package static func probe(_ names: [String], includesKernel: Bool = false) -> [EventProbe] {
        names.map { probe($0, includesKernel: includesKernel) }
    }

    /// Encodes and tries to open one name; see `probe(_:includesKernel:)`.
    package static func probe(_ name: String, includesKernel: Bool = false) -> EventProbe {
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
