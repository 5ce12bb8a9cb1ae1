import BearingModel
import Foundation

/// One name per person across the plan. "Sam Kaur", "sam kaur" and "Sam  Kaur" are one person to any reader, so
/// owners that differ only in case, spacing or a leading `@` are shown with one spelling: a name given in `people:`
/// when bearing.yml ties the spelling to one, else the spelling most used (one written with capitals before one
/// without, then the first seen). Every view (the site's By owner, the review, JSON, CSV, planning.db) reads the
/// owners from the plan, so they agree. Spellings that differ only in accents or punctuation ("José Díaz", "Jose
/// Diaz", "jose.diaz") may be two people: a note suggests a `people:` entry, and nothing is merged.
struct OwnerNames {
    /// Folded spelling → the name shown.
    private var shown: [String: String] = [:]
    /// Folded spellings `people:` maps, whose names are not subject to the accents-and-punctuation hint.
    private var configured: Set<String> = []

    /// Rewrites every owner in the plan to the name shown for it, and returns the hints about names that may be one
    /// person.
    static func unify(_ plan: inout Plan) -> [Diagnostic] {
        var uses: [(spelling: String, location: SourceLocation)] = []
        for file in plan.objectiveFiles {
            for objective in file.objectives {
                uses += objective.metadata.owners.map { ($0, objective.location) }
                for initiative in objective.initiatives { uses += initiative.metadata.owners.map { ($0, initiative.location) } }
            }
        }
        for roadmap in plan.roadmaps { for item in roadmap.items { uses += item.metadata.owners.map { ($0, item.location) } } }
        guard !uses.isEmpty else { return [] }
        let names = OwnerNames(spellings: uses.map(\.spelling), people: plan.config.people)
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                names.rename(&plan.objectiveFiles[f].objectives[o].metadata)
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices {
                    names.rename(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata)
                }
            }
        }
        for r in plan.roadmaps.indices { for i in plan.roadmaps[r].items.indices { names.rename(&plan.roadmaps[r].items[i].metadata) } }
        return names.hints(uses)
    }

    init(spellings: [String], people: [Person]) {
        // People first: their names and listed spellings are theirs whatever the plan's counts say.
        for person in people {
            for spelling in [person.name] + person.spellings {
                let key = Self.fold(spelling)
                guard shown[key] == nil else { continue }
                shown[key] = person.name
                configured.insert(key)
            }
        }
        var counts: [String: [String: Int]] = [:], order: [String: Int] = [:]
        for spelling in spellings {
            let key = Self.fold(spelling), written = Self.tidy(spelling)
            counts[key, default: [:]][written, default: 0] += 1
            if order[written] == nil { order[written] = order.count }
        }
        for (key, written) in counts where shown[key] == nil {
            let best = written.max { a, b in
                let (ca, cb) = (Self.hasCapital(a.key), Self.hasCapital(b.key))
                if ca != cb { return !ca }
                if a.value != b.value { return a.value < b.value }
                return (order[a.key] ?? 0) > (order[b.key] ?? 0)
            }
            shown[key] = best?.key
        }
    }

    /// The name shown for a spelling.
    func name(_ spelling: String) -> String { shown[Self.fold(spelling)] ?? Self.tidy(spelling) }

    /// The owners of one item, each under its shown name, once.
    func rename(_ metadata: inout Metadata) {
        guard !metadata.owners.isEmpty else { return }
        var seen: [String] = []
        for owner in metadata.owners.map(name) where !seen.contains(owner) { seen.append(owner) }
        metadata.owners = seen
    }

    /// Lower case, runs of spaces as one, no leading `@`: what a reader ignores when telling people apart.
    static func fold(_ spelling: String) -> String {
        var text = tidy(spelling).lowercased()
        if text.hasPrefix("@") { text.removeFirst() }
        return text
    }

    /// The spelling with its spaces (non-breaking ones too) run together and trimmed.
    static func tidy(_ spelling: String) -> String {
        spelling.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func hasCapital(_ text: String) -> Bool { text.contains { $0.isUppercase } }

    /// A note for each shown name that matches an earlier one but for accents, punctuation and spaces ("Jose Diaz" after
    /// "José Díaz", "sam.kaur" after "Sam Kaur"), at its first use. Names `people:` settles are left alone.
    private func hints(_ uses: [(spelling: String, location: SourceLocation)]) -> [Diagnostic] {
        var first: [String: (name: String, location: SourceLocation)] = [:], hinted: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for use in uses {
            let key = Self.fold(use.spelling)
            guard !configured.contains(key) else { continue }
            let shownName = name(use.spelling), loose = Self.loose(shownName)
            guard loose.count >= 4 else { continue }
            guard let earlier = first[loose] else { first[loose] = (shownName, use.location); continue }
            guard earlier.name != shownName, hinted.insert(shownName).inserted else { continue }
            diagnostics.append(Diagnostic(.note, .ownerSpellings,
                "owner \(shownName) differs from \(earlier.name) (\(earlier.location.path):\(earlier.location.line)) only in accents, punctuation or spacing; they are listed as two people",
                at: use.location, fix: "if they are one person, add to bearing.yml: `people: { \"\(earlier.name)\": [\"\(shownName)\"] }`"))
        }
        return diagnostics
    }

    /// Letters and digits only, without accents or case: "José Díaz", "jose.diaz" and "@JoseDiaz" are all "josediaz".
    static func loose(_ name: String) -> String {
        String(name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
