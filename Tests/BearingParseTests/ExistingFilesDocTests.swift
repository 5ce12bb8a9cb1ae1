import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Every example of "Bring your existing files" in docs/format.md is a test: the files it shows are loaded as a
/// workspace and what Bearing reads must be what the `text` block under them says, so the docs cannot drift.
@Suite("docs/format.md: Bring your existing files")
struct ExistingFilesDocTests {
    /// One example: the files shown (workspace path → text) and the expected reading (key → value).
    struct Example: Sendable, CustomTestStringConvertible {
        var line: Int
        var files: [(path: String, text: String)]
        var expected: [(key: String, value: String)]
        var testDescription: String { "line \(line): " + files.map(\.path).joined(separator: " + ") }
    }

    static let formatDoc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/format.md")

    static let sectionTitle = "## Bring your existing files"

    /// The examples of the section: each `<!-- example: path -->` comment names the file its fenced block holds;
    /// consecutive ones make one workspace, and the ```` ```text ```` block after them is the expected reading.
    static var examples: [Example] {
        guard let doc = try? String(contentsOf: formatDoc, encoding: .utf8) else { return [] }
        let lines = doc.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: sectionTitle) else { return [] }
        var examples: [Example] = []
        var files: [(path: String, text: String)] = []
        var fileLine = 0
        var index = start + 1
        while index < lines.count, !lines[index].hasPrefix("## ") {
            let line = lines[index]
            if line.hasPrefix("<!-- example:"), line.hasSuffix("-->") {
                let path = line.dropFirst("<!-- example:".count).dropLast("-->".count).trimmingCharacters(in: .whitespaces)
                let (body, next) = fenced(lines, from: index + 1)
                if files.isEmpty { fileLine = index + 1 }
                files.append((path, body ?? "<!-- no fenced block after this example comment -->"))
                index = next
            } else if line == "```text", !files.isEmpty {
                let (body, next) = fenced(lines, from: index)
                examples.append(Example(line: fileLine, files: files, expected: expectations(body ?? "")))
                files = []
                index = next
            } else {
                index += 1
            }
        }
        if !files.isEmpty { examples.append(Example(line: fileLine, files: files, expected: [("reading", "missing")])) }
        return examples
    }

    /// The body of the fenced block that opens at `index` (blank lines before it allowed), and the line after it.
    static func fenced(_ lines: [String], from index: Int) -> (String?, Int) {
        var open = index
        while open < lines.count, lines[open].isEmpty { open += 1 }
        guard open < lines.count, lines[open].hasPrefix("```") else { return (nil, index) }
        guard let close = lines[(open + 1)...].firstIndex(of: "```") else { return (nil, lines.count) }
        return (lines[(open + 1)..<close].joined(separator: "\n") + "\n", close + 1)
    }

    /// `key: value` pairs, separated by `;` or new lines.
    static func expectations(_ text: String) -> [(key: String, value: String)] {
        text.split(whereSeparator: { $0 == "\n" || $0 == ";" }).compactMap { part -> (String, String)? in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            guard let colon = trimmed.range(of: ": ") else { return (trimmed, "<no value>") }
            return (String(trimmed[..<colon.lowerBound]).lowercased(), String(trimmed[colon.upperBound...]).trimmingCharacters(in: .whitespaces))
        }
    }

    /// Everything an example may state, computed from the loaded plan. Lists are joined with ", ", and "none"
    /// stands for nothing at all.
    static func reading(of plan: Plan) -> [String: String] {
        func list(_ values: [String]) -> String { values.isEmpty ? "none" : values.joined(separator: ", ") }
        func distinct(_ values: [String]) -> [String] { values.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        func number(_ value: Double?) -> String {
            guard let value else { return "unknown" }
            let rounded = (value * 1000).rounded() / 1000
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
        func owners(_ metadata: Metadata) -> String { metadata.owners.isEmpty ? "none" : metadata.owners.joined(separator: " and ") }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        func day(_ date: Date) -> String {
            let parts = utc.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        let priorities = plan.strategy?.priorities ?? []
        let topLevel = plan.strategy?.topLevel ?? []
        let objectives = plan.objectives
        let items = plan.roadmapItems
        let results = objectives.flatMap(\.keyResults)
        let periods = distinct(objectives.compactMap(\.quarter).map(\.description))
        let periodDates = distinct(objectives.compactMap(\.quarter).map {
            day($0.dateInterval.start) + " to " + day($0.dateInterval.end.addingTimeInterval(-86_400))
        })
        return [
            "priorities": list(topLevel.map(\.title)),
            "priority ids": list(topLevel.map(\.id)),
            "sub-priorities": list(priorities.filter { $0.parent != nil }.map(\.title)),
            "summaries": list(topLevel.map { $0.summary ?? "none" }),
            "objectives": list(objectives.map(\.title)),
            "objective ids": list(objectives.map(\.id)),
            "periods": list(periods),
            "period dates": list(periodDates),
            "teams": list(objectives.map { $0.metadata.team ?? "none" }),
            "owners": list(objectives.map { owners($0.metadata) }),
            "statuses": list(objectives.map { $0.metadata.status?.rawValue ?? "none" }),
            "key results": String(results.count),
            "key result texts": list(results.map(\.text)),
            "progress": list(results.map { number($0.progress) }),
            "key result priorities": list(results.map { $0.priority ?? "none" }),
            "done": String(results.filter(\.done).count),
            "initiatives": list(objectives.flatMap(\.initiatives).map(\.title)),
            "initiative owners": list(objectives.flatMap(\.initiatives).map { owners($0.metadata) }),
            "initiative statuses": list(objectives.flatMap(\.initiatives).map { $0.metadata.status?.rawValue ?? "none" }),
            "item ids": list(items.map(\.id)),
            "lanes": list(plan.roadmaps.flatMap(\.lanes).map(\.title)),
            "roadmap items": list(items.map(\.title)),
            "groups": list(items.map { $0.group ?? "none" }),
            "group texts": list(plan.roadmaps.flatMap(\.lanes).flatMap(\.groups).map(\.title)),
            "commitments": list(objectives.map { $0.metadata.custom.first { $0.key == "Commitment" }?.value ?? "none" }),
            "decisions": list(objectives.flatMap { $0.metadata.custom.filter { $0.key == "Decision" }.map(\.value) }),
            "item dues": list(items.map { $0.metadata.due ?? "none" }),
            "item periods": list(items.map { $0.period ?? "none" }),
            "item statuses": list(items.map { $0.metadata.status?.rawValue ?? "none" }),
            "item owners": list(items.map { owners($0.metadata) }),
            "item teams": list(items.map { $0.metadata.team ?? "none" }),
            "warnings": list(plan.diagnostics.filter { $0.severity == .warning }.map(\.code.rawValue)),
            "notes": list(plan.diagnostics.filter { $0.severity == .note }.map(\.code.rawValue)),
            "errors": list(plan.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)),
        ]
    }

    /// Loads the example's files as a workspace, beside a minimal strategy when it shows none.
    static func load(_ example: Example) -> Plan {
        var files: [String: String] = [:]
        for file in example.files { files[file.path] = (files[file.path] ?? "") + file.text }
        let strategyPath = files["bearing.yml"].map { ConfigLoader.load($0).0.strategyPath } ?? "strategy.md"
        if files[strategyPath] == nil { files[strategyPath] = minimalStrategy }
        return loadWorkspace(files)
    }

    @Test("the section is there, with an example for every shape it names")
    func sectionIsThere() {
        let examples = Self.examples
        #expect(examples.count >= 30)
        let paths = examples.flatMap { $0.files.map(\.path) }
        #expect(paths.contains { $0.hasSuffix(".mdx") })
        #expect(paths.contains("bearing.yml"))
        #expect(paths.contains { $0.hasPrefix("roadmaps/") })
        #expect(paths.contains("strategy.md"))
    }

    @Test("each example reads as its text block says, warnings included", arguments: examples)
    func example(_ example: Example) {
        let reading = Self.reading(of: Self.load(example))
        var stated = Set<String>()
        for (key, value) in example.expected {
            stated.insert(key)
            guard let actual = reading[key] else {
                Issue.record("unknown key \"\(key)\"; known: \(reading.keys.sorted().joined(separator: ", "))")
                continue
            }
            #expect(actual == value, "\(key)")
        }
        // What an example does not mention it must not cause: unstated warnings and errors are "none".
        for key in ["warnings", "errors"] where !stated.contains(key) {
            #expect(reading[key] == "none", "\(key)")
        }
    }
}
