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

    /// "DRAFT Quarterly Priorities for FY25Q4", "[Draft] Q3 OKRs", "Draft: Q3 OKRs": the plan's state written before the
    /// heading's words, or nil when there is none. Only in capitals, in brackets or before a colon: "Draft the Q3 budget"
    /// is work to do, and "Proposed API changes" is what the section holds.
    static func stripLeadingState(_ text: String) -> String? {
        mayHoldState(text) ? stripLeadingStateWhole(text) : nil
    }

    /// `stripLeadingState` without its byte test (`mayHoldState`), which a test compares with it.
    static func stripLeadingStateWhole(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.split(separator: " ", maxSplits: 1).first else { return nil }
        let word = String(first)
        var marker: String?
        if let open = word.first, let close = word.last, word.count > 2, (open == "[" && close == "]") || (open == "(" && close == ")") {
            marker = String(word.dropFirst().dropLast())
        } else if word.hasSuffix(":") {
            marker = String(word.dropLast())
        } else if word.count >= 3, word.allSatisfy({ $0.isUppercase }) {
            marker = word
        }
        guard let marker, leadingStates.contains(marker.lowercased()) else { return nil }
        let rest = trimmed.dropFirst(word.count).trimmingCharacters(in: CharacterSet(charactersIn: " -–—:"))
        return rest.isEmpty ? nil : rest
    }

    private static let leadingStates: Set<String> = ["draft", "proposed", "tentative", "preliminary", "provisional", "wip"]
    private static let leadingStateBytes = leadingStates.map { Array($0.utf8) }

    /// False when the text is ASCII and holds none of `leadingStates` in any case, so no word of it is one: every heading
    /// is asked, and Foundation's trimming and a split for each were 0.45 % of a cold build's CPU at 2,000 files.
    /// (Each state is lowercase letters, and `byte | 0x20` is such a letter only for that letter in either case.)
    private static func mayHoldState(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
            return leadingStateBytes.contains { state in
                guard bytes.count >= state.count else { return false }
                return (0...(bytes.count - state.count)).contains { start in
                    state.indices.allSatisfy { (bytes[start + $0] | 0x20) == state[$0] }
                }
            }
        }
    }

    /// True when `strip` surely finds no remark, by the bytes of an ASCII text: it ends (spaces and tabs aside) with a
    /// letter or digit, so there is no symbol and no bracket to strip, and no space comes right before a `-`, so its
    /// last dash sets nothing off (the other dashes are not ASCII). 0.6 % of a cold build's CPU went to the general path.
    private static func surelyBare(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            guard end > 0 else { return false }
            let last = bytes[end - 1]
            guard (last | 0x20) >= 0x61 && (last | 0x20) <= 0x7A || last >= 0x30 && last <= 0x39 else { return false }
            return !bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: " ") && bytes[$0 + 1] == UInt8(ascii: "-") }
        }
    }

    /// The heading without its trailing remark, or nil when it has none. A parenthesised remark of up to four words
    /// that names no team, a dash and up to two state words, or status symbols (no letter or digit) are remarks.
    static func strip(_ text: String) -> String? {
        surelyBare(text) ? nil : stripWhole(text)
    }

    /// `strip` without its byte test (`surelyBare`), which a test compares with it.
    static func stripWhole(_ text: String) -> String? {
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
