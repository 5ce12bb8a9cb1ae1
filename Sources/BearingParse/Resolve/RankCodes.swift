import BearingModel

/// `**Priority**: P0` on one objective and `**Priority**: P1` on the next: a team that ranks its work P0 to P4 (as
/// trackers and OKR templates do) writes the rank in a field named Priority. A `P1` alone may name the strategy's first
/// priority by its position, but a file where some item says `P0` and no priority is coded so (a strategy numbers its
/// priorities from 1) is ranking: every code in that file is its item's rank (the field `Rank`, as `### P1: Logs`
/// gives), not a link — read as links, `P1` linked an objective to whichever priority came first and `P0` was an error
/// no strategy could fix. A strategy that codes its priorities `P0`, `P1` … (`### P1: Reliable platform`) is named by
/// them as before, and there a code it lacks is an unknown priority; so is `p9` beside a strategy of three, with no `P0`
/// in the file: a position mistyped.
enum RankCodes {
    /// Moves the codes of files that rank their work into `Rank`, and returns a note for each file where a moved code
    /// would have linked by position (`P1`, the first priority): a writer who meant positions learns why nothing linked.
    @discardableResult
    static func take(_ plan: inout Plan, priorities index: ReferenceIndex) -> [Diagnostic] {
        guard !index.entries.isEmpty else { return [] }
        // "### P1: Reliable platform": a strategy that writes its priorities' codes names them by those codes, so a code
        // it lacks (`P4` beside P1–P3, a typo or a priority since dropped) is a broken link to report, not a rank —
        // and the file's other codes still link their objectives.
        // So does one whose priorities' ids are codes (`{#p1}`, as the benchmark's strategy labels them): `Priorities: p1`
        // names it by id.
        guard !index.entries.contains(where: { isCode($0.id) || $0.aliases.contains(where: isCode) }) else { return zeroRanks(&plan, priorities: index) }
        var notes: [Diagnostic] = []
        func ranks(_ metadata: Metadata) -> Bool {
            metadata.priorities.contains { reference in
                guard isCode(reference.text), reference.text.utf8.last == UInt8(ascii: "0") else { return false }
                if case .missing = index.resolve(reference.text) { return true }
                return false
            }
        }
        for f in plan.objectiveFiles.indices {
            let objectives = plan.objectiveFiles[f].objectives
            // Codes shared by several objectives are not read as grades here (`gradesEveryItem` is a roadmap's): an
            // objectives file that writes `Priority: P1` on two objectives and `P2` on two more says which of the
            // strategy's priorities each serves, as the position references are documented — objectives serve priorities.
            guard objectives.contains(where: { ranks($0.metadata) || $0.initiatives.contains { ranks($0.metadata) } }) else { continue }
            let written = objectives.flatMap { [$0.metadata] + $0.initiatives.map(\.metadata) }
            notes += note(written, index: index, because: "some item is ranked `P0`, which no priority is numbered")
            for o in objectives.indices {
                move(&plan.objectiveFiles[f].objectives[o].metadata)
                for i in objectives[o].initiatives.indices { move(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata) }
            }
        }
        for r in plan.roadmaps.indices {
            let written = plan.roadmaps[r].items.map(\.metadata)
            let zero = written.contains(where: ranks)
            guard zero || gradesEveryItem(written) else { continue }
            notes += note(written, index: index,
                          because: zero ? "some item is ranked `P0`, which no priority is numbered"
                                        : "each item carries one code and several share one, as a ranking does")
            for i in plan.roadmaps[r].items.indices { move(&plan.roadmaps[r].items[i].metadata) }
        }
        return notes
    }

    /// A strategy that codes its priorities (`### Reliable platform {#p1}`, `### P1: Reliable platform`) is named by its
    /// codes, but none of them is `P0` unless it says so: `Priority: P0` beside it is the item's rank (`P0` is a tracker's
    /// top one), not a link to a priority that cannot exist, and an `unknown priority` error stopped the build over it.
    /// It is the field `Rank`, with a warning once per file: the file's other codes still name the strategy's priorities,
    /// and the warning says so, for where they were meant as ranks too. A code past the strategy's (`P4` beside P1–P3) is
    /// still an unknown priority: a typo or a priority since dropped.
    private static func zeroRanks(_ plan: inout Plan, priorities index: ReferenceIndex) -> [Diagnostic] {
        func isZero(_ reference: Reference) -> Bool {
            guard isCode(reference.text), reference.text.utf8.last == UInt8(ascii: "0"), case .missing = index.resolve(reference.text) else { return false }
            return true
        }
        func moveZero(_ metadata: inout Metadata) {
            guard metadata.priorities.contains(where: isZero) else { return }
            for reference in metadata.priorities where isZero(reference) {
                metadata.custom.append(CustomField(key: "Rank", value: reference.text.uppercased(), location: reference.location))
            }
            metadata.priorities.removeAll(where: isZero)
        }
        var warnings: [Diagnostic] = []
        func warn(_ written: [Metadata]) {
            guard let zero = written.lazy.flatMap(\.priorities).first(where: isZero) else { return }
            // Codes written under `Priority:`, as the P0 is, may be ranks too; `Priorities: p1` names its priority.
            let linked = written.flatMap { $0.priorities.filter { isCode($0.text) && !isZero($0) && $0.singularKey } }
            let others = Array(Set(linked.map { $0.text.uppercased() })).sorted().map { "`\($0)`" }.joined(separator: ", ")
            let codes = index.entries.compactMap { isCode($0.id) ? $0.id : $0.aliases.first(where: isCode) }.map { "`\($0)`" }.joined(separator: ", ")
            let rest = others.isEmpty ? "" : "; this file's \(others) still name\(linked.count == 1 ? "s" : "") the strategy's priorities — if \(linked.count == 1 ? "it ranks" : "they rank") the work too, write \(linked.count == 1 ? "it" : "them") under `Rank:`"
            warnings.append(Diagnostic(.warning, .priorityRanks,
                                       "`\(zero.text)` names no priority of the strategy\(codes.isEmpty ? "" : " (its codes are \(codes))"), so it is read as the item's rank (the field Rank), not a link\(rest)",
                                       at: zero.location,
                                       fix: "write a rank under its own key (`Rank: \(zero.text.uppercased())`), and name the priority the work serves under `Priorities:`"))
        }
        // Only a file that writes a zero code is warned about or changed (`warn` and `moveZero` do nothing for the
        // others): gathering every file's metadata for `warn`, and taking each item's metadata in place, copied the
        // objectives and roadmap items of every file on every load, a rebuild's too.
        func hasZero(_ metadata: Metadata) -> Bool { metadata.priorities.contains(where: isZero) }
        for f in plan.objectiveFiles.indices {
            guard plan.objectiveFiles[f].objectives.contains(where: { hasZero($0.metadata) || $0.initiatives.contains { hasZero($0.metadata) } }) else { continue }
            warn(plan.objectiveFiles[f].objectives.flatMap { [$0.metadata] + $0.initiatives.map(\.metadata) })
            for o in plan.objectiveFiles[f].objectives.indices {
                moveZero(&plan.objectiveFiles[f].objectives[o].metadata)
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices { moveZero(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata) }
            }
        }
        for r in plan.roadmaps.indices {
            guard plan.roadmaps[r].items.contains(where: { hasZero($0.metadata) }) else { continue }
            warn(plan.roadmaps[r].items.map(\.metadata))
            for i in plan.roadmaps[r].items.indices { moveZero(&plan.roadmaps[r].items[i].metadata) }
        }
        return warnings
    }

    /// One note for a file whose codes are read as ranks, at the first code that would have linked by position; nil
    /// when none would have (every code `P0` or past the strategy's priorities), since then nothing is lost.
    private static func note(_ written: [Metadata], index: ReferenceIndex, because reason: String) -> [Diagnostic] {
        let codes = written.flatMap { $0.priorities.filter { isCode($0.text) } }
        guard let first = codes.first(where: { reference in
            if case .missing = index.resolve(reference.text) { return false }
            return true
        }) else { return [] }
        let shown = Array(Set(codes.map { $0.text.uppercased() })).sorted().map { "`\($0)`" }.joined(separator: ", ")
        return [Diagnostic(.note, .priorityRanks,
                           "\(shown) in this file \(codes.count == 1 ? "is" : "are") read as ranks (the field Rank), not as links to the strategy's priorities by position: \(reason)",
                           at: first.location,
                           fix: "to link an item to a priority, name it (`Priorities: \(index.entries[0].title)`) or write its number (`Priorities: 1`)")]
    }

    /// `Priority: P1` on three items, `P2` on the next, `P3` on the last (Thunderbird's roadmap, 32 items, no P0): a
    /// file that puts one code, and nothing else, on each of its items, several items sharing a code, grades the work
    /// on a scale rather than linking it — read by position, every P1 item served the strategy's first priority. At
    /// least three items carry a code, at least two codes are used and one of them twice, and no item pairs a code
    /// with another reference (`Priorities: P1, platform` links).
    private static func gradesEveryItem(_ items: [Metadata]) -> Bool {
        let coded = items.filter { $0.priorities.contains { isCode($0.text) } }
        guard coded.count >= 3, coded.allSatisfy({ $0.priorities.count == 1 }) else { return false }
        var counts: [String: Int] = [:]
        for metadata in coded { counts[metadata.priorities[0].text.uppercased(), default: 0] += 1 }
        return counts.count >= 2 && counts.values.contains { $0 >= 2 }
    }

    /// `P0` … `P9`, as written in a field (`p1` too: the field said Priority).
    static func isCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 2 && (bytes[0] == UInt8(ascii: "P") || bytes[0] == UInt8(ascii: "p")) && (0x30...0x39).contains(bytes[1])
    }

    private static func move(_ metadata: inout Metadata) {
        guard metadata.priorities.contains(where: { isCode($0.text) }) else { return }
        for reference in metadata.priorities where isCode(reference.text) {
            metadata.custom.append(CustomField(key: "Rank", value: reference.text.uppercased(), location: reference.location))
        }
        metadata.priorities.removeAll { isCode($0.text) }
    }
}
