import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Where the shared 2i2c corpus lives when the repository is checked out beside `shared/`.
enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/2i2c")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// Shown by Swift Testing as the reason a corpus test was skipped.
    static let absent: Comment = "../shared/corpus/2i2c is not beside the repository; corpus tests skipped"

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    static func document(_ relative: String, as path: String? = nil) throws -> MarkdownDocument {
        MarkdownReader().read(try text(relative), path: path ?? relative)
    }
}

func read(_ markdown: String, path: String = "test.md") -> MarkdownDocument {
    MarkdownReader().read(markdown, path: path)
}

/// Loads an in-memory workspace; keys are workspace-relative paths.
func loadWorkspace(_ files: [String: String]) -> Plan {
    WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
}

/// A trial's suite: real excerpts read against a strategy of the suite's own (a file of the excerpts overrides it).
protocol TrialWorkspace {
    var strategy: String { get }
}

extension TrialWorkspace {
    /// The workspace of `files` (workspace-relative paths) with that strategy.
    func load(_ files: [String: String]) -> Plan { loadWorkspace(files.merging(["strategy.md": strategy]) { own, _ in own }) }

    /// The items of `roadmap` as the workspace's one roadmap.
    func items(_ roadmap: String) -> [RoadmapItem] { load(["roadmaps/roadmap.md": roadmap]).roadmaps.first?.items ?? [] }
}

/// The trials' suites (26, 26b, 27's leftovers): against a strategy of two priorities, `mid-market` and `reliability`.
protocol TwoPriorityTrial: TrialWorkspace {}

extension TwoPriorityTrial {
    var strategy: String { "## Priorities\n\n- **Win the mid-market** {#mid-market}\n- **Reliability** {#reliability}\n" }
}

func loadWorkspace(data files: [String: Data]) -> Plan {
    WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
}

extension Plan {
    var codes: Set<DiagnosticCode> { Set(diagnostics.map(\.code)) }
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

let minimalStrategy = """
# Strategy

## Priorities

1. **Platform.** Run one shared platform. {#platform}
   - Shared stack for every community. {#shared-stack}
   - Reliable operations. {#ops}
2. **Revenue.** Grow reliable recurring revenue. {#revenue}
   - Memberships cover core services. {#memberships}
3. **Community.** Co-create with communities.
"""

/// A readable dump of a block tree, one node per line with its line span, for comparing structure in tests.
func dump(_ blocks: [Block], indent: String = "") -> String {
    blocks.map { block -> String in
        let span = "@\(block.line)-\(block.endLine)"
        switch block.kind {
        case .heading(let level, let content, let label):
            return "\(indent)h\(level)\(label.map { " #\($0)" } ?? "") \(content.plainText) \(span)"
        case .paragraph(let content):
            return "\(indent)p \(content.plainText) \(span)"
        case .list(let ordered, let items):
            let head = "\(indent)\(ordered ? "ol" : "ul") \(span)"
            let body = items.map { item -> String in
                let task = item.task.map { $0 ? " [x]" : " [ ]" } ?? ""
                let label = item.label.map { " #\($0)" } ?? ""
                return "\(indent)  li\(task)\(label) @\(item.line)\n" + dump(item.blocks, indent: indent + "    ")
            }
            return ([head] + body).joined(separator: "\n")
        case .quote(let inner):
            return "\(indent)quote \(span)\n" + dump(inner, indent: indent + "  ")
        case .code(let info, _):
            return "\(indent)code \(info) \(span)"
        case .directive(let name, let argument, let options, let body, _):
            let opts = options.keys.sorted().map { " :\($0):\(options[$0]!)" }.joined()
            return "\(indent)directive {\(name)} \(argument)\(opts) \(span)" + (body.isEmpty ? "" : "\n" + dump(body, indent: indent + "  "))
        case .label(let label):
            return "\(indent)label \(label) \(span)"
        case .html:
            return "\(indent)html \(span)"
        case .thematicBreak:
            return "\(indent)hr \(span)"
        case .table(let header, let rows, _):
            let cells = { (row: [TableCell]) in row.map { "\($0.text)@\($0.line):\($0.column)" }.joined(separator: " | ") }
            return (["\(indent)table \(span)", "\(indent)  th \(cells(header))"] + rows.map { "\(indent)  tr \(cells($0))" }).joined(separator: "\n")
        case .fields(let fields):
            return "\(indent)fields " + fields.map { "\($0.key)=\($0.value)@\($0.line):\($0.valueColumn)" }.joined(separator: ", ") + " \(span)"
        }
    }.joined(separator: "\n")
}
