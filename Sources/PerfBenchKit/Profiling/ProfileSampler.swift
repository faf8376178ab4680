#if canImport(Glibc)
import Glibc
#endif

/// The sampling engine: opens one sampling event per side for the calling thread, samples exactly
/// the side's batches, and turns the callchains into named, harness-folded stacks.
package enum ProfileSampler {
    /// The software events tried, in order, when the requested event cannot be opened.
    package static let softwareFallbacks = ["cpu-clock", "task-clock"]

    /// The event sampling will use, and what to tell the reader about the choice.
    package struct EventChoice: Sendable {
        /// The encoding that opened.
        package var encoding: EventEncoding
        /// The one-line reason the requested event could not be used, when a fallback was taken.
        package var fallbackReason: String?
    }

    /// Encodes `requested` and checks that it opens for sampling; if it does not, takes the first
    /// software clock that does and says why.
    ///
    /// - Throws: `ProfileError.unknownEvent` when libpfm4 cannot encode the name (a usage error);
    ///   `.noSamplingEvent` when nothing opens.
    package static func chooseEvent(_ requested: String, rate: SamplingRate) throws(ProfileError) -> EventChoice {
        var reasons: [String] = []
        do throws(CounterError) {
            let encoding = try EventEncoding.encode(requested)
            _ = try SamplingEvent(encoding, rate: rate, dataPages: 1)
            return EventChoice(encoding: encoding, fallbackReason: nil)
        } catch .unknownEvent(let name) {
            throw .unknownEvent(.unknownEvent(name: name))
        } catch .encodingFailed(let name, let code, let message) {
            throw .unknownEvent(.encodingFailed(name: name, pfmCode: code, pfmMessage: message))
        } catch {
            reasons.append(error.description)
        }
        for name in softwareFallbacks where name != requested {
            do throws(CounterError) {
                let encoding = try EventEncoding.encode(name)
                _ = try SamplingEvent(encoding, rate: rate, dataPages: 1)
                return EventChoice(encoding: encoding, fallbackReason: reasons[0])
            } catch {
                reasons.append(error.description)
            }
        }
        throw .noSamplingEvent(reasons)
    }

    /// Samples `request.sides` of `benchCase`.
    ///
    /// - Throws: `ProfileError` when the event cannot be chosen or controlled, or symbols cannot be read.
    package static func profile(
        _ benchCase: BenchCase, parameters: ResolvedParameters, request: ProfileRequest, why: String
    ) throws(ProfileError) -> ProfileOutcome {
        let choice = try chooseEvent(request.event ?? "cycles", rate: request.rate)
        let instances = request.sides.map { benchCase.makeInstance($0, parameters: parameters) }
        var sides: [(instance: any CaseInstance, event: SamplingEvent, batch: Int)] = []
        do {
            for instance in instances {
                let batch = ProfileBatches.calibrate(instance, maxEvents: benchCase.maxBatchEvents)
                sides.append((instance, try SamplingEvent(choice.encoding, rate: request.rate), batch))
            }
        } catch {
            throw .noSamplingEvent([error.description])
        }
        let sampled: [ProfileBatches.SampledSide]
        var counts: [SamplingCount] = []
        do {
            sampled = try ProfileBatches.sample(sides, seconds: request.secondsPerSide)
            for side in sides { counts.append(try side.event.read()) }
        } catch {
            throw .samplingFailed(operation: error.description, errno: error.code ?? 0)
        }
        let symbols = try Symbolizer()
        let threadID = SamplingEvent.callingThreadID
        var profiles: [SideProfile] = []
        var notes: [String] = []
        for (index, implementation) in request.sides.enumerated() {
            let side = makeSide(
                implementation, sampled: sampled[index], count: counts[index], encoding: choice.encoding,
                rate: request.rate, symbols: symbols, threadID: threadID)
            profiles.append(side)
            notes += tallyNotes(side)
        }
        if benchCase.isMultithreaded {
            notes.append("the case runs two threads; only the calling thread was sampled")
        }
        let eventText = "sampling \(choice.encoding.name) \(request.rate), user space, calling thread only"
        let reason =
            choice.fallbackReason.map { "\($0); \(eventText) instead" } ?? eventText
        return ProfileOutcome(
            caseID: benchCase.id.description, parameters: parameters.values, engine: .sample,
            engineReason: "\(why): \(reason)", notes: (choice.fallbackReason.map { [$0] } ?? []) + notes,
            sides: profiles)
    }

    static func makeSide(
        _ implementation: Implementation, sampled: ProfileBatches.SampledSide, count: SamplingCount,
        encoding: EventEncoding, rate: SamplingRate, symbols: Symbolizer, threadID: UInt32
    ) -> SideProfile {
        var raw = StackProfile()
        var foreign = 0
        for sample in sampled.records.samples {
            guard sample.tid == threadID else {
                foreign += 1
                continue
            }
            raw.add(symbols.stack(sample.callchain.isEmpty ? [sample.ip] : sample.callchain), count: 1)
        }
        let records = sampled.records
        let attributed = records.samples.count - foreign
        let tally = SamplingTally(
            samples: attributed, lostSamples: records.lostSamples, throttleRecords: records.throttleRecords,
            truncatedRecords: records.truncatedRecords + (records.truncatedBytes > 0 ? 1 : 0),
            foreignSamples: foreign, count: count, expectedSamples: expectedSamples(count: count, rate: rate))
        let isClock = !encoding.isHardware && (encoding.config == 0 || encoding.config == 1)
        let taken = Double(attributed) + Double(records.lostSamples)
        return SideProfile(
            implementation: implementation, events: sampled.events, stacks: HarnessFolding.standard.fold(raw),
            countUnit: "samples", weightPerCount: taken > 0 ? Double(count.value) / taken : 0,
            weightUnit: isClock ? "ns" : encoding.name, sampling: tally, totalInstructions: nil)
    }

    /// Samples a rate should give: the count over the period, or the running time times the frequency.
    package static func expectedSamples(count: SamplingCount, rate: SamplingRate) -> Double {
        switch rate {
        case .period(let period): Double(count.value) / Double(max(period, 1))
        case .frequency(let hertz): Double(count.runningNanoseconds) * Double(hertz) / 1e9
        }
    }

    static func tallyNotes(_ side: SideProfile) -> [String] {
        guard let tally = side.sampling else { return [] }
        var notes: [String] = []
        let name = side.implementation.rawValue
        if tally.lostSamples > 0 {
            notes.append("\(name): the kernel lost \(tally.lostSamples) samples (ring buffer full)")
        }
        if tally.throttleRecords > 0 {
            notes.append("\(name): the kernel throttled sampling \(tally.throttleRecords) times")
        }
        if tally.truncatedRecords > 0 {
            notes.append("\(name): \(tally.truncatedRecords) truncated records skipped")
        }
        if tally.foreignSamples > 0 {
            notes.append("\(name): \(tally.foreignSamples) samples of other threads ignored")
        }
        return notes
    }
}
