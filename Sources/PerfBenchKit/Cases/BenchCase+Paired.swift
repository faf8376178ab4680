extension BenchCase {
    /// A before/after pair over one event stream, declared with closures: no `CaseInstance` class to
    /// write.
    ///
    /// For each side the harness calls `events` and the side's builder once, outside any measured
    /// region, then calls the body the builder returned once per event, cycling through the stream.
    /// The body returns a cheap fingerprint of that event's output; the digest pass folds both sides'
    /// fingerprints over the same events, and a difference is a `CaseFailure.digestMismatch` (exit
    /// 70), never a measurement. In results, `before` is the `legacy` side and `after` the `fixed`
    /// side: the speedup is before/after and the floor judges the after side.
    ///
    /// The measured loop is the one every standard case runs (`EventDriver`), specialized for `Event`
    /// in the caller's module because this function is inlinable: per event it reads the stream,
    /// calls the body through its closure context (an indirect call the optimizer cannot inline) and
    /// folds the fingerprint. `DeclaringCases.md` gives what that costs in instructions.
    ///
    /// - Parameters:
    ///   - id: `component.operation.variant.size`.
    ///   - items: the items this case exercises (issue or audit-item numbers); `--items` selects by them.
    ///   - isolates: the items its speedup is credited to (nil: all of `items`).
    ///   - summary: one line: what an event does.
    ///   - parameters: tunables `--set name=value` overrides; their resolved values reach every builder.
    ///   - floor: what the after side promises: the least speedup and the most allocations per event.
    ///   - tolerance: how the gate judges this case where the defaults do not fit, with the reason.
    ///   - events: builds the event stream. Called once per side, so it must be deterministic (a
    ///     seeded generator): both sides must see the same events.
    ///   - before: builds the before side's state and returns its per-event body.
    ///   - after: builds the after side's state and returns its per-event body.
    /// - Precondition: `events` returns at least one event.
    @inlinable
    public static func paired<Event>(
        id: CaseID, items: [Int], isolates: [Int]? = nil, summary: String, parameters: [CaseParameter] = [],
        floor: CaseFloor, tolerance: CaseTolerance? = nil,
        events: @escaping @Sendable (ResolvedParameters) -> [Event],
        before: @escaping @Sendable (ResolvedParameters) -> (Event) -> UInt64,
        after: @escaping @Sendable (ResolvedParameters) -> (Event) -> UInt64
    ) -> BenchCase {
        BenchCase(
            id: id, items: items, isolates: isolates, summary: summary, parameters: parameters, floor: floor,
            tolerance: tolerance
        ) { implementation, parameters in
            let body: (Event) -> UInt64
            switch implementation {
            case .legacy: body = before(parameters)
            case .fixed: body = after(parameters)
            }
            return EventDriver(ClosureWorkload(body), events: events(parameters))
        }
    }
}

/// A per-event body given as a closure: the workload of a `BenchCase.paired` side.
@usableFromInline final class ClosureWorkload<Event>: EventWorkload {
    @usableFromInline let body: (Event) -> UInt64

    @inlinable init(_ body: @escaping (Event) -> UInt64) {
        self.body = body
    }

    @inlinable func perform(_ event: Event) -> UInt64 {
        body(event)
    }

    /// The body's fingerprints say it all: a paired side's state is its own business.
    @usableFromInline func stateFingerprint() -> UInt64 { 0 }
}
