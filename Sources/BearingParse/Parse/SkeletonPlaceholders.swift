import BearingModel

/// The placeholder lines `bearing new` writes for its user to replace, in one place: the command writes them from here,
/// and the parsers know them from here. A line still in the template's words is no work: it is warned about
/// (`template-text`) and left out of key results, grades, effort and inference, so a skeleton nobody filled in does
/// not count as a plan.
package enum SkeletonPlaceholders {
    /// The key result under a new objective.
    package static let keyResult = "A first key result, with a figure when there is one"
    /// The sentence under a new objective's metadata.
    package static let objectiveWhy = "Why this matters this quarter, in a sentence or two."
    /// The sentence under a new roadmap item's metadata.
    package static let roadmapWhat = "What it delivers, and for whom."
    private static let objectiveTitlePrefix = "A first objective for "

    /// The title of the objective a new quarter's file starts with when no --title is given.
    package static func objectiveTitle(for quarter: Quarter) -> String {
        objectiveTitlePrefix + quarter.description
    }

    /// True when `title` is `objectiveTitle(for:)` of some quarter.
    package static func isObjectiveTitle(_ title: String) -> Bool {
        let text = title.trimmed
        guard text.hasPrefix(objectiveTitlePrefix) else { return false }
        let period = text.dropFirst(objectiveTitlePrefix.count)
        return !period.contains(" ") && Quarter.find(in: String(period)) != nil
    }

    /// True when a paragraph's or key result's text is one of the placeholder sentences.
    package static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return trimmed == keyResult || trimmed == objectiveWhy || trimmed == roadmapWhat
    }

    /// A template's slot standing for the whole text: `{{TITULO_OKR_2}}`, `{KR_1}`, `[Objective name]`, `<objective>`,
    /// `___`. An OKR template copied and not filled in ("## OKR 2: {{TITULO_OKR_2}}" over a table of `{{KR_2_1}}`
    /// cells) was an objective with a key result of its own.
    package static func isSlot(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard let first = trimmed.first, "{[<_".contains(first) else { return false }
        return slot.matches(trimmed)
    }

    private static let slot = Pattern(#"^(?:\{\{[^{}]{1,80}\}\}|\{[A-Za-z_][A-Za-z0-9_ ]{0,60}\}|\[[^\[\]]{1,80}\]|<[^<>]{1,80}>|_{3,})$"#)

    /// `body` without its placeholder lines (`- [ ] A first key result, …`, a paragraph that is only `Why this matters …`),
    /// for the text that inference reads.
    package static func withoutPlaceholders(_ body: String) -> String {
        // Byte searches: `contains` with a string goes through Foundation's Unicode-aware search on Linux, and this runs on
        // every objective's and item's body (1.7 % of a full build's CPU on the benchmark).
        guard body.containsBytes(of: keyResult) || body.containsBytes(of: objectiveWhy) || body.containsBytes(of: roadmapWhat)
        else { return body }
        let kept = body.split(separator: "\n", omittingEmptySubsequences: false).filter { !isPlaceholder(withoutMarker($0)) }
        return kept.joined(separator: "\n").trimmed
    }

    /// A line without its list marker and task box (`- [ ] `, `* `, `1. `).
    private static func withoutMarker(_ line: Substring) -> String {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " { rest = rest.dropFirst(2) }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(box.count) }
        return String(rest)
    }

    /// Warns at each placeholder paragraph among `blocks`.
    static func warnParagraphs(_ blocks: [Block], diagnostics: inout DiagnosticBag) {
        for block in blocks {
            guard case .paragraph(let content) = block.kind, isPlaceholder(content.plainText) else { continue }
            diagnostics.warning(.templateText, "\"\(content.plainText.trimmed)\" is still the template's placeholder; it is left out of inference",
                                line: block.line, column: block.column, fix: "replace it with what this is about, or remove it")
        }
    }
}
