import Foundation
import BearingModel

/// `Status:` lines that hold a sentence rather than a status, as a backlog writes the next step there ("- Status: Migrate
/// to v1 endpoints", "- Status: Add missing indexes" under Plane's technical-debt items). Each is an unknown status, but
/// one warning per line said the same thing three times: a file's such lines are said once, at the first, naming the rest.
enum SentenceStatuses {
    /// Whether a Status value is a sentence: three words or more, none of its parts a status. A shorter value is more
    /// likely a status misspelt or a tracker's word, which the unknown-status warning's did-you-mean serves better; a
    /// template's slot that lists the statuses ("e.g., _On Track_, _At Risk_, _Completed_, etc.", OpenTelemetry's
    /// roadmap template) is no next step either.
    static func isSentence(_ value: String) -> Bool {
        guard value.split(whereSeparator: { $0 == " " }).filter({ $0.contains(where: \.isLetter) }).count >= 3 else { return false }
        let parts = value.split(whereSeparator: { ",;/()".contains($0) }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*_` .")) }
        return !parts.contains { Status(reading: $0) != nil } && !value.lowercased().hasPrefix("e.g")
    }

    /// The warning for one such line.
    static func message(key: String, value: String) -> String {
        "`\(key): \(value)` is a sentence, not a status: it stays in the item's text, and the item has no status"
    }

    static let fix = "write how the work stands (`Status: planned`, `in progress`, `done`…) and move the sentence to a line of its own (`Next step: …`)"

    private static let marker = "` is a sentence, not a status"

    /// `diagnostics` with two or more sentence warnings folded into one at the first, which quotes the others' lines.
    static func merge(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let found = diagnostics.indices.filter { diagnostics[$0].code == .unknownStatus && diagnostics[$0].message.contains(marker) }
        guard found.count >= 2, let first = found.first else { return diagnostics }
        var merged = diagnostics
        let quoted = found.map { index -> String in
            let message = diagnostics[index].message
            let end = message.range(of: marker).map(\.lowerBound) ?? message.endIndex
            return "\(message[..<end])` (line \(diagnostics[index].location.line))"
        }
        let shown = quoted.prefix(4).joined(separator: ", ")
        let more = quoted.count > 4 ? " and \(quoted.count - 4) more" : ""
        merged[first] = Diagnostic(.warning, .unknownStatus,
                                   "\(found.count) `Status:` lines hold sentences, not statuses: \(shown)\(more); they stay in their items' text, and those items have no status",
                                   at: diagnostics[first].location, fix: fix)
        let dropped = Set(found.dropFirst())
        return merged.indices.filter { !dropped.contains($0) }.map { merged[$0] }
    }
}
