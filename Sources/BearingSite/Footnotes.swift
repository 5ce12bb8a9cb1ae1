import BearingModel

/// Footnotes as GitHub, MyST and Pandoc write them: `text[^label]` refers to a paragraph starting `[^label]: note`.
/// cmark (CommonMark) knows neither, so both would show as literal brackets (2i2c's strategy: "theory of impact[^gsbs]").
/// The notes a fragment defines are taken out of its paragraphs and listed after it; a reference to one of them becomes
/// a superscript number linking there. A reference nothing in the fragment defines stays text, as GitHub leaves it; a
/// definition in a code block is code, since cmark never hands it over as a paragraph.
struct Footnotes {
    struct Note {
        var label: String
        var content: [Inline]
        /// The definition's line: with the label it makes the note's id unique on a page that shows several fragments.
        var line: Int
    }

    /// The notes in the order they are defined, which numbers them.
    var notes: [Note]
    /// The fragment without its definitions.
    var blocks: [Block]
    /// The note's number (1-based) and id, by label.
    var byLabel: [String: (number: Int, id: String)]

    /// The fragment's notes, or nil when it defines none: the cheap test on each top-level paragraph's first run keeps
    /// the 6,000 pages of a large plan, which have no footnotes, from paying for them.
    init?(_ blocks: [Block]) {
        guard blocks.contains(where: { Self.startsDefinition($0) }) else { return nil }
        var notes: [Note] = []
        var kept: [Block] = []
        for block in blocks {
            guard Self.startsDefinition(block), case .paragraph(let content) = block.kind else {
                kept.append(block)
                continue
            }
            notes += Self.definitions(Self.mergingText(content), line: block.line)
        }
        self.notes = notes
        self.blocks = kept
        var byLabel: [String: (number: Int, id: String)] = [:]
        for (index, note) in notes.enumerated() where byLabel[note.label] == nil {
            // The first definition of a label wins, as in GitHub; a later one is still listed.
            byLabel[note.label] = (index + 1, "fn-\(note.line)-\(HTMLRenderer.safeID(note.label))")
        }
        self.byLabel = byLabel
    }

    private static func startsDefinition(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind, case .text(let first)? = content.first, first.hasPrefix("[") else { return false }
        // cmark hands `[^gsbs]: …` over as the runs "[", "^gsbs", "]" and ": …".
        var text = ""
        for case .text(let run) in content.prefix(4) { text += run }
        return marker(in: Substring(text)) != nil
    }

    /// The label and what follows `[^label]:` at the start of `text`, or nil. A label has no space or bracket.
    static func marker(in text: Substring) -> (label: String, rest: Substring)? {
        guard text.hasPrefix("[^") else { return nil }
        let afterCaret = text.index(text.startIndex, offsetBy: 2)
        guard let close = text[afterCaret...].firstIndex(of: "]") else { return nil }
        let label = text[afterCaret..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" || $0 == "^" }) else { return nil }
        let after = text[text.index(after: close)...]
        guard after.hasPrefix(":") else { return nil }
        return (String(label), after.dropFirst())
    }

    /// A definition paragraph's notes: each line that starts `[^label]:` starts one, the lines after it continue it
    /// (`[^1]: One.` and `[^2]: Two.` on consecutive lines are one paragraph to cmark).
    private static func definitions(_ content: [Inline], line: Int) -> [Note] {
        var notes: [Note] = []
        var atLineStart = true
        var lineNumber = line
        for item in content {
            if atLineStart, case .text(let text) = item, let (label, rest) = marker(in: Substring(text)) {
                let trimmed = rest.drop { $0 == " " || $0 == "\t" }
                notes.append(Note(label: label, content: trimmed.isEmpty ? [] : [.text(String(trimmed))], line: lineNumber))
                atLineStart = false
                continue
            }
            if item == .softBreak || item == .lineBreak {
                atLineStart = true
                lineNumber += 1
            } else {
                atLineStart = false
            }
            if !notes.isEmpty { notes[notes.count - 1].content.append(item) }
        }
        for index in notes.indices {
            // The break before the next definition is no part of this note.
            while let last = notes[index].content.last, last == .softBreak || last == .lineBreak { notes[index].content.removeLast() }
        }
        return notes
    }

    /// Adjacent text runs as one, so a marker cmark split at its bracket reads whole.
    static func mergingText(_ content: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(content.count)
        for item in content {
            if case .text(let text) = item, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + text)
            } else {
                out.append(item)
            }
        }
        return out
    }

    /// `text` escaped, with each `[^label]` this fragment defines as its superscript number.
    func referencing(_ text: String) -> String {
        guard text.contains("[^") else { return HTMLRenderer.escape(text) }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[^") {
            out += HTMLRenderer.escape(String(rest[..<open.lowerBound]))
            let candidate = rest[open.lowerBound...]
            if let close = candidate.firstIndex(of: "]") {
                let label = String(candidate[candidate.index(candidate.startIndex, offsetBy: 2)..<close])
                if let note = byLabel[label] {
                    out += "<sup class=\"fnref\"><a href=\"#\(note.id)\">\(note.number)</a></sup>"
                    rest = candidate[candidate.index(after: close)...]
                    continue
                }
            }
            out += "[^"
            rest = rest[open.upperBound...]
        }
        return out + HTMLRenderer.escape(String(rest))
    }
}
