import ComputeRuntime

struct DeliverBuilder: HostInstanceBuilder {
    var origins: Int
    var payloadBytes: Int
    /// Outputs the daemon emits per delivery, each the case's payload.
    var outputs: Int

    func make<Host: DaemonHosting, Chain: CausalChainHashing>(_ type: Host.Type, chain: Chain.Type) -> any CaseInstance
    {
        let payload = ChainFixture.payload(bytes: payloadBytes)
        let host = ChainFixture.make(type, outputs: Array(repeating: payload, count: outputs))
        return EventDriver(DeliverWorkload(host), events: Self.events(origins: origins, payloadBytes: payloadBytes))
    }

    /// 4 096 events cycling over `origins` origins, each carrying the case's payload.
    static func events(origins: Int, payloadBytes: Int) -> [CausalEvent] {
        ChainFixture.events(origins: origins, count: 4096, payload: ChainFixture.payload(bytes: payloadBytes))
    }
}

struct ParentHashBuilder: HostInstanceBuilder {
    var payloadBytes: Int

    func make<Host: DaemonHosting, Chain: CausalChainHashing>(_ type: Host.Type, chain: Chain.Type) -> any CaseInstance
    {
        EventDriver(ParentHashWorkload<Chain>(), events: Self.events(payloadBytes: payloadBytes))
    }

    /// 64 events over 4 origins, each carrying the case's payload.
    static func events(payloadBytes: Int) -> [CausalEvent] {
        ChainFixture.events(origins: 4, count: 64, payload: ChainFixture.payload(bytes: payloadBytes))
    }
}

struct RecoveryBuilder: RegistryInstanceBuilder {
    var handlers: Int

    func make<Registry: RecoveryRegistering>(_ type: Registry.Type) -> any CaseInstance {
        EventDriver(RecoveryTickWorkload(Registry(), handlers: handlers), events: [0])
    }
}

extension CaseCatalog {
    static var chainCases: [BenchCase] {
        var cases: [BenchCase] = []
        for origins in [1, 16] {
            cases.append(
                BenchCase(
                    id: CaseID("daemon", "deliver", "noOutput", "o\(origins)"), items: [153],
                    summary:
                        "deliver to a daemon that emits nothing, events from \(origins) origin(s): skip the horizon encode",
                    parameters: [
                        CaseParameter("origins", origins, range: 1...4096, "distinct observed origins"),
                        CaseParameter("payloadBytes", 64, range: 0...65_536, "input payload size"),
                    ],
                    // 16 origins: the issue asks 3x; this VM measures ~3.5x (legacy ≈ 80 ns of which the
                    // encode is ≈ 56 ns; the fixed path's observe + process ≈ 22 ns). The floor keeps a
                    // noise margin below it: 2.5x.
                    floor: .hotPath(minSpeedup: origins >= 16 ? 2.5 : 1.2),
                    makeLimit: { ObserveLimit.instance(origins: $0["origins"], payloadBytes: $0["payloadBytes"]) }
                ) { implementation, parameters in
                    implementation.instance(
                        DeliverBuilder(
                            origins: parameters["origins"], payloadBytes: parameters["payloadBytes"], outputs: 0
                        ))
                })
        }
        for bytes in [64, 1024] {
            cases.append(
                BenchCase(
                    // One output, so both sides read the clock once (#162) and copy alike (#170): the
                    // gain is #154's buffer and #153's cached horizon encode, together. Credited to none.
                    id: CaseID("daemon", "deliver", "oneOutput", "b\(bytes)"), items: [153, 154, 162, 170],
                    isolates: [],
                    summary:
                        "deliver emitting one \(bytes)-byte output, 16 origins: parent hash, receivedAt, event copies",
                    parameters: [
                        CaseParameter("origins", 16, range: 1...4096, "distinct observed origins"),
                        CaseParameter("payloadBytes", bytes, range: 0...65_536, "payload size"),
                    ],
                    // The returned [CausalEvent] is the API's answer: one allocation on both sides.
                    floor: CaseFloor(minSpeedup: bytes >= 1024 ? 1.1 : 1.4, maxFixedAllocsPerEvent: 1)
                ) { implementation, parameters in
                    implementation.instance(
                        DeliverBuilder(
                            origins: parameters["origins"], payloadBytes: parameters["payloadBytes"], outputs: 1)
                    )
                })
            cases.append(
                BenchCase(
                    id: CaseID("chain", "parentHash", "streaming", "b\(bytes)"), items: [154], isolates: [154],
                    summary: "computeParentHash of a link and a \(bytes)-byte payload: buffer copy vs streaming XXH3",
                    parameters: [CaseParameter("payloadBytes", bytes, range: 0...1_048_576, "payload size")],
                    // Large payloads are dominated by hashing itself: the saved copy matters less.
                    floor: .hotPath(minSpeedup: bytes >= 1024 ? 1.0 : 1.8),
                    makeLimit: { ParentHashLimit.instance(payloadBytes: $0["payloadBytes"]) }
                ) { implementation, parameters in
                    implementation.instance(ParentHashBuilder(payloadBytes: parameters["payloadBytes"]))
                })
        }
        cases.append(
            BenchCase(
                // #162 cannot be isolated through the hosts: every output also pays #154's buffer and
                // every delivery #153's horizon encode, each far more than a clock read (callgrind does
                // not even see one: it is a vDSO call), so this case touches #162 without crediting it.
                id: CaseID("daemon", "deliver", "manyOutputs", "k8"), items: [153, 154, 162, 170], isolates: [],
                summary: "deliver emitting 8 outputs of 64 bytes: a clock read per output (legacy) or per delivery",
                parameters: [
                    CaseParameter("origins", 16, range: 1...4096, "distinct observed origins"),
                    CaseParameter("payloadBytes", 64, range: 0...65_536, "payload size"),
                    CaseParameter("outputs", 8, range: 1...1024, "outputs per delivery"),
                ],
                // The returned [CausalEvent] is the API's answer: one allocation on both sides.
                floor: CaseFloor(minSpeedup: 1.1, maxFixedAllocsPerEvent: 1)
            ) { implementation, parameters in
                implementation.instance(
                    DeliverBuilder(
                        origins: parameters["origins"], payloadBytes: parameters["payloadBytes"],
                        outputs: parameters["outputs"]))
            })
        cases.append(
            BenchCase(
                id: CaseID("recovery", "tryRunAll", "handlers", "n8"), items: [159],
                summary: "control plane: one recovery tick over 8 handlers (never landed upstream: no slower)",
                parameters: [CaseParameter("handlers", 8, range: 0...10_000, "registered handlers")],
                // The audit calls the fix optional at ~1 Hz: promise "no slower"; the recovered-slot list
                // the tick returns is its answer (one allocation).
                floor: CaseFloor(minSpeedup: 1.0, maxFixedAllocsPerEvent: 1)
            ) { implementation, parameters in
                implementation.instance(RecoveryBuilder(handlers: parameters["handlers"]))
            })
        return cases
    }
}
