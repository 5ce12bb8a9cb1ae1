import BearingModel

/// A design document that a spec-driven generator writes beside its task list: spec-kit's `plan.md` (`# Implementation
/// Plan: …` over `**Branch**: … | **Date**: … | **Spec**: [link]`), `spec.md` (`# Feature Specification: …` over
/// `**Feature Branch**:`), `research.md`, `data-model.md` and `quickstart.md` (`**Feature**: … | **Phase**: …`) and its
/// spec quality checklist, and Kiro's `requirements.md` (user stories over acceptance criteria) and `design.md`.
///
/// Read as a roadmap, such a file's technical context, constitution gates, user stories and research questions became
/// two dozen false items; read as objectives, its success criteria became objectives. It describes what to build, not
/// the work, which is its `tasks.md`: the file is recognised by its generator's title *and* header (or sections), so a
/// roadmap titled "Implementation plan" or a Kiro task list (`# Implementation Plan` over `- [ ] 1. …`) is still read.
package enum DesignDocument {
    /// What the file was recognised as, and the line that shows it (its title).
    package struct Found: Sendable, Equatable {
        /// "spec-kit's implementation plan".
        package var kind: String
        /// What in the file says so: "its `**Branch**:` and `**Spec**:` header".
        package var evidence: String
        package var line: Int
    }

    /// The words of a spec-kit document's title and what it is, most specific first. A quality checklist needs only
    /// `**Feature**:` or `**Purpose**:` beside its title.
    static let specKitKinds: [(words: String, name: String, checklist: Bool)] = [
        ("specification quality checklist", "quality checklist of a specification", true),
        ("implementation plan", "implementation plan", false), ("feature specification", "feature specification", false),
        ("specification", "specification", false), ("research", "research notes", false), ("data model", "data model", false),
        ("quickstart", "quickstart guide", false), ("contract", "interface contract", false), ("design", "design notes", false),
    ]

    package static func recognise(_ document: MarkdownDocument) -> Found? {
        guard let (title, line) = firstTitle(document.blocks) else { return nil }
        let keys = headerKeys(document, after: line)
        let headings = Set(document.blocks.compactMap { block -> String? in
            guard case .heading(let level, let content, _) = block.kind, level >= 2 else { return nil }
            return normalized(content.plainText)
        })
        let lower = normalized(title)
        // A task list or a roadmap is never one, whatever else its title says (`# Task Breakdown: Contract Renewal
        // Reminders` over a spec-kit header, `# Design: platform roadmap 2027`), nor a file of spec-kit's tasks.
        guard !lower.contains("task"), !lower.contains("roadmap"), !holdsTasks(document) else { return nil }
        func found(_ kind: String, _ evidence: String) -> Found { Found(kind: kind, evidence: evidence, line: line) }
        // spec-kit writes the feature's branch in the header of each of its documents (`**Branch**:` in plan.md,
        // `**Feature Branch**:` in spec.md and in some assistants' research.md) or its feature and phase (`**Feature**: 001 |
        // **Phase**: 0 (Outline & Research)`); the title names which document it is. Its task list says neither.
        let branch = keys.contains("branch") ? "Branch" : keys.contains("feature branch") ? "Feature Branch" : nil
        let phase = keys.contains("feature") && keys.contains("phase")
        if branch != nil || phase || keys.contains("feature") || keys.contains("purpose"),
           !lower.hasPrefix("tasks"), let kind = specKitKinds.first(where: { lower.hasPrefix($0.words) && (branch != nil || phase || $0.checklist) }) {
            let evidence = branch.map { "its `**\($0)**:` header" } ?? (phase ? "its `**Feature**:` and `**Phase**:` header" : "its title and header")
            return found("spec-kit's \(kind.name)", evidence)
        }
        if lower.hasPrefix("feature specification"), headings.contains(where: { $0.hasPrefix("user scenarios") }) {
            return found("spec-kit's feature specification", "its “User Scenarios & Testing” section")
        }
        if lower.hasPrefix("requirements document") || lower == "requirements",
           document.blocks.contains(where: isUserStory), headings.contains(where: { $0.hasPrefix("acceptance criteria") }) {
            return found("Kiro's requirements document", "its user stories over acceptance criteria")
        }
        if lower.hasPrefix("design document") || lower == "design" || lower.hasPrefix("design —") || lower.hasPrefix("design -")
            || lower.hasPrefix("design:") {
            let sections = ["overview", "architecture", "components and interfaces", "data models", "error handling",
                            "testing strategy", "correctness properties"]
            let held = sections.filter { headings.contains($0) }
            if held.count >= 3 { return found("a design document", "its \(held.prefix(3).map { "“\($0.capitalizedFirst)”" }.joined(separator: ", ")) sections") }
        }
        return nil
    }

    /// Whether the file lists spec-kit's tasks (`- [ ] T001 …`): then it is the plan of work, whatever its title.
    static func holdsTasks(_ document: MarkdownDocument) -> Bool {
        document.lines.contains { line in
            let text = line.drop { $0 == " " }
            guard text.hasPrefix("- ["), text.count > 10 else { return false }
            let rest = text.dropFirst(6)
            return rest.first == "T" && rest.dropFirst().prefix(3).allSatisfy(\.isNumber) && rest.dropFirst().prefix(3).count == 3
        }
    }

    /// The file's first H1 and its line; nil when a block other than front matter, a label or HTML comes first.
    static func firstTitle(_ blocks: [Block]) -> (String, Int)? {
        for block in blocks {
            switch block.kind {
            case .heading(1, let content, _): return (content.plainText.trimmed, block.line)
            case .label, .html: continue
            default: return nil
            }
        }
        return nil
    }

    /// The bold keys (`**Branch**:`, `**Feature Branch:**`) written on the lines between the title and the first
    /// heading after it, lower-cased.
    static func headerKeys(_ document: MarkdownDocument, after line: Int) -> Set<String> {
        var keys: Set<String> = []
        var index = line
        while index < document.lines.count, index < line + 40 {
            let text = String(document.lines[index])
            if text.hasPrefix("#") { break }
            for match in boldKey.allMatches(in: text) {
                if let key = match[1] ?? match[2] { keys.insert(normalized(key)) }
            }
            index += 1
        }
        return keys
    }

    /// `**Key**:` or `**Key:**`.
    static let boldKey = Pattern(#"\*\*([A-Za-z][A-Za-z ]{0,30})\*\*\s*:|\*\*([A-Za-z][A-Za-z ]{0,30}):\*\*"#, needs: ["**"])

    /// A paragraph that opens with `**User Story:**` (Kiro's requirement).
    static func isUserStory(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        return normalized(content.plainText).hasPrefix("user story:")
    }

    static func normalized(_ text: String) -> String {
        text.trimmed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
