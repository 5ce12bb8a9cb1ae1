import BearingModel
import Foundation

/// A remark written after a heading's period: "Q2 2026 (graded)", "Q1 2026 — done", "Q4 2025 ✅". The heading is still
/// that period's: the remark says how the period stands, not what the section holds.
enum HeadingRemark {
    /// Words that say how a period's plan stands, written after a dash ("— done", "– final draft"). Only these: a dash
    /// may also set off a name ("Q3 2026 — Platform"), which is no remark.
    private static let stateWords: Set<String> = [
        "done", "graded", "scored", "reviewed", "closed", "complete", "completed", "finished", "final", "draft", "drafts",
        "proposed", "approved", "agreed", "locked", "archived", "ongoing", "current", "active", "wip", "in", "progress",
        "planned", "planning", "tentative", "preliminary", "retro", "retrospective", "wrapped", "updated", "ended",
    ]

    /// The heading without its trailing remark, or nil when it has none. A parenthesised remark of up to four words
    /// that names no team, a dash and up to two state words, or status symbols (no letter or digit) are remarks.
    static func strip(_ text: String) -> String? {
        var rest = text.trimmingCharacters(in: .whitespaces)
        var changed = false
        // Status symbols first ("Q2 2026 (graded) ✅"), then one remark.
        while let last = rest.unicodeScalars.last, !CharacterSet.alphanumerics.contains(last), !")".unicodeScalars.contains(last) {
            rest = String(rest.unicodeScalars.dropLast()).trimmingCharacters(in: .whitespaces)
            changed = true
        }
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            let words = inner.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
            if !words.isEmpty, words.count <= 4, !words.contains(where: { ["team", "squad", "group", "department"].contains(String($0)) }) {
                rest = String(rest[..<open]).trimmingCharacters(in: .whitespaces)
                changed = true
            }
        } else if let dash = rest.lastIndex(where: { "—–-".contains($0) }), dash != rest.startIndex,
                  rest[rest.index(before: dash)] == " " {
            let words = rest[rest.index(after: dash)...].lowercased().split(separator: " ").map(String.init)
            if !words.isEmpty, words.count <= 2, words.allSatisfy(stateWords.contains) {
                rest = String(rest[..<dash]).trimmingCharacters(in: .whitespaces)
                changed = true
            }
        }
        return changed && !rest.isEmpty ? rest : nil
    }
}
