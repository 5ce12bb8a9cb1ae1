import BearingModel

/// A status written in an item's heading beside its name: after it in brackets or after a separator ("Faster sync
/// (done)", "Search | DONE", "Billing — at risk", "Objective 2: Grow usage [Completed]"), or in brackets before it
/// ("[DONE] Roadmap as CSV"). It says how the work stands and is no word of its name, so the title (and the id and links
/// made from it) stay the plain name. Only a whole status phrase set off so counts: "Done right", "Make onboarding done
/// in a day" and "Risk register" are titles.
enum TitleStatus {
    /// Status words that, set off in a heading, more often qualify the name than say how the work stands: "Pricing
    /// (new)", "Sync — draft", "Vendors (TBD)", "Compliance - Risk".
    private static let ambiguous: Set<String> = ["new", "active", "cut", "met", "risk", "idea", "draft", "tbd", "ready", "late"]
    private static let separators = [" | ", " || ", " — ", " – ", " - ", " -- ", " —", " –"]
    /// Words struck out with one or two tildes each side, at the head of the text: "~Old dashboard~", "~~Legacy export~~".
    private static let struckLead = Pattern(#"^(~~?)(?!~)[^~\s](?:[^~]*[^~\s])?\1(?!~)"#, needs: ["~"])

    /// The status `title` states beside its name, and the name without it; nil when it states none.
    static func split(_ title: String) -> (status: Status, rest: String)? {
        let text = title.trimmed
        guard text.count > 3 else { return nil }
        for (open, close) in [("(", ")"), ("[", "]")] {
            if text.hasSuffix(close), let start = text.range(of: open, options: .backwards) {
                let inner = text[start.upperBound..<text.index(before: text.endIndex)]
                if let status = phrase(inner), let rest = name(text[..<start.lowerBound]) { return (status, rest) }
            }
        }
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            let inner = text[text.index(after: text.startIndex)..<end]
            if let status = phrase(inner), let rest = name(text[text.index(after: end)...]) { return (status, rest) }
        }
        // "~Old dashboard~ dropped", "~~Legacy export~~ cancelled": a status right after words struck out says why they
        // are; the struck words, tildes and all, are the name (the reader of the name crosses them off).
        if text.hasPrefix("~"), let match = struckLead.firstMatchWithRange(in: text), match.range.upperBound < text.endIndex,
           let status = phrase(text[match.range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "|:–—-()[] "))[...]) {
            return (status, String(text[match.range]))
        }
        // "Rename Dashboard → Insight (2-3 hours) ✅ COMPLETE", "Settings Service 🚧 IN PROGRESS": a status symbol then
        // the status in words, set off after the name as a separator would set it off.
        if let said = symbolAndWords(text) { return said }
        // The last separator: "Sync — phase 2 — done" is "Sync — phase 2", done.
        guard mayHoldSeparator(text) else { return nil }
        let cuts = separators.compactMap { text.range(of: $0, options: .backwards) }
        if let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) {
            if let status = phrase(text[cut.upperBound...]), let rest = name(text[..<cut.lowerBound]) { return (status, rest) }
        }
        return nil
    }

    /// A status symbol standing as a word of its own, followed by up to three words that name a status, at the end of
    /// `text`. The words say how the work stands more exactly than the symbol (`⏳ PENDING` is not started yet).
    private static func symbolAndWords(_ text: String) -> (status: Status, rest: String)? {
        // Every heading is asked: most have no character from U+2300 on, where the symbols are.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2300 }) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for index in stride(from: words.count - 2, through: max(1, words.count - 4), by: -1) {
            guard let symbol = Status.leadingSymbol(in: String(words[index])), symbol.rest.isEmpty else { continue }
            guard let status = phrase(Substring(words[(index + 1)...].joined(separator: " "))),
                  let rest = name(Substring(words[..<index].joined(separator: " "))) else { return nil }
            return (status, rest)
        }
        return nil
    }

    /// Whether `text` has a space followed by `|`, `-`, `—` or `–`, as every separator starts: most titles have none,
    /// and eight backward searches through Foundation for each title cost more than the rest of `split`.
    static func mayHoldSeparator(_ text: String) -> Bool {
        var previous: UInt8 = 0, space = false
        for byte in text.utf8 {
            if space && (byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-")) { return true }
            // — is E2 80 94 and – is E2 80 93: a space, then E2 80.
            if previous == 0xE2 && byte == 0x80 && space { return true }
            if byte != 0xE2 { space = byte == UInt8(ascii: " ") }
            previous = byte
        }
        return false
    }

    /// The status a set-off phrase names: up to three words that read as a status and nothing else.
    private static func phrase(_ text: Substring) -> Status? {
        let words = text.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ".!:;,*_` ")).split(separator: " ")
        guard (1...3).contains(words.count), !ambiguous.contains(words.joined(separator: " ").lowercased()),
              words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } }) else { return nil }
        return Status(reading: words.joined(separator: " "))
    }

    /// The name left beside the status, when it still has words: "(done)" alone is no title.
    private static func name(_ text: Substring) -> String? {
        let rest = text.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "|:–—- "))
        return rest.contains(where: \.isLetter) ? rest : nil
    }
}

import Foundation
