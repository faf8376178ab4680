/// A scaling sweep: cases that differ only in one size, drawn as ns/event against that size.
///
/// Cases form a sweep when their ids agree on every dotted component but the last, and either the
/// last components are one letter prefix plus a number (`n10`, `n100`, `n1000`; other members of
/// the group are left out), or their `params` differ in exactly one key. At least two sizes make a
/// sweep.
package struct Sweep: Sendable, Equatable {
    /// The shared id prefix, e.g. `lb.select.roundRobin`.
    package var name: String
    /// The size's name: the id's letter prefix (`n`) or the differing parameter key.
    package var parameter: String
    /// Sizes ascending, each with its case.
    package var points: [Point]

    /// One size of the sweep.
    package struct Point: Sendable, Equatable {
        /// The size (the number in `n100`, or the varying parameter's value).
        package var size: Double
        /// The case measured at that size.
        package var result: CaseResult
    }

    /// The sweeps among `cases`, in the order their first case appears.
    package static func find(in cases: [CaseResult]) -> [Sweep] {
        var order: [String] = []
        var groups: [String: [CaseResult]] = [:]
        for result in cases {
            guard let dot = result.id.lastIndex(of: ".") else { continue }
            let prefix = String(result.id[..<dot])
            if groups[prefix] == nil { order.append(prefix) }
            groups[prefix, default: []].append(result)
        }
        return order.compactMap { prefix in
            guard let members = groups[prefix], members.count >= 2 else { return nil }
            return sweep(name: prefix, members: members)
        }
    }

    private static func sweep(name: String, members: [CaseResult]) -> Sweep? {
        // Sized members (`n10`, `n100`) sweep even when the group also holds an unsized variant
        // (`cold`); the most common letter prefix wins.
        let sized = members.compactMap { member -> (letters: String, point: Point)? in
            let suffix = String(member.id[member.id.index(after: member.id.lastIndex(of: ".")!)...])
            return letterNumber(suffix).map { ($0.letters, Point(size: $0.number, result: member)) }
        }
        var prefixes: [String] = []
        for entry in sized where !prefixes.contains(entry.letters) { prefixes.append(entry.letters) }
        func points(_ letters: String) -> [Point] { sized.filter { $0.letters == letters }.map(\.point) }
        // max(by:) keeps the first of equal maxima: ties go to the prefix seen first.
        if let letters = prefixes.max(by: { points($0).count < points($1).count }), points(letters).count >= 2 {
            return finished(name: name, parameter: letters, points: points(letters))
        }
        let keys = Set(members.flatMap(\.params.keys))
        let varying = keys.filter { key in Set(members.map { $0.params[key] }).count > 1 }
        guard varying.count == 1, let key = varying.first, members.allSatisfy({ $0.params[key] != nil }) else {
            return nil
        }
        return finished(
            name: name, parameter: key, points: members.map { Point(size: Double($0.params[key]!), result: $0) })
    }

    private static func finished(name: String, parameter: String, points: [Point]) -> Sweep? {
        guard Set(points.map(\.size)).count == points.count else { return nil }
        return Sweep(name: name, parameter: parameter, points: points.sorted { $0.size < $1.size })
    }

    /// `n1000` → (`n`, 1000); nil unless letters then digits.
    private static func letterNumber(_ suffix: String) -> (letters: String, number: Double)? {
        let letters = suffix.prefix { $0.isLetter }
        let digits = suffix.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isNumber), let number = Double(digits) else {
            return nil
        }
        return (String(letters), number)
    }
}
