import BearingCore
import Foundation

/// A labelled evaluation set: folders holding `strategy.md` and `items.md`, where each item (an H2) has
/// an `Expected: <priority id>` line that is removed before inference.
public struct EvaluationSet: Sendable {
    public struct Organization: Sendable {
        public var name: String
        public var strategy: Strategy
        public var items: [Item]
    }

    public struct Item: Sendable {
        public var title: String
        public var text: String
        public var expected: String
    }

    public var organizations: [Organization]

    public enum LoadError: Error, CustomStringConvertible {
        case empty(String), invalid(String, String)
        public var description: String {
            switch self {
            case .empty(let folder): "no evaluation sets in \(folder): expected sub-folders with strategy.md and items.md"
            case .invalid(let name, let why): "evaluation set \(name): \(why)"
            }
        }
    }

    /// Reads every sub-folder of `folder` that holds both files, in name order.
    public static func load(from folder: String, fileSystem: FileSystem = .disk) throws -> EvaluationSet {
        let names = Set((fileSystem.listFiles(folder) ?? []).compactMap { $0.split(separator: "/").count == 2 ? String($0.split(separator: "/")[0]) : nil })
        var organizations: [Organization] = []
        for name in names.sorted() {
            let base = folder + "/" + name
            guard fileSystem.fileExists(base + "/strategy.md"), fileSystem.fileExists(base + "/items.md") else { continue }
            organizations.append(try organization(name, base: base, fileSystem: fileSystem))
        }
        guard !organizations.isEmpty else { throw LoadError.empty(folder) }
        return EvaluationSet(organizations: organizations)
    }

    private static func organization(_ name: String, base: String, fileSystem: FileSystem) throws -> Organization {
        // Read the pair as a workspace so the evaluation sees exactly what `bearing check` would.
        let workspace = FileSystem(
            listFiles: { $0 == "/set/objectives" ? ["items.md"] : nil },
            readFile: { try fileSystem.readFile($0 == "/set/strategy.md" ? base + "/strategy.md" : base + "/items.md") },
            fileExists: { ["/set/strategy.md", "/set/objectives", "/set/objectives/items.md"].contains($0) },
            fileSize: { fileSystem.fileSize($0 == "/set/strategy.md" ? base + "/strategy.md" : base + "/items.md") })
        let plan = WorkspaceLoader(fileSystem: workspace).load(root: "/set")
        if let error = plan.errors.first { throw LoadError.invalid(name, DiagnosticFormatter.text(error)) }
        guard let strategy = plan.strategy else { throw LoadError.invalid(name, "no strategy") }
        let ids = Set(strategy.topLevel.map(\.id))
        let items = try plan.objectives.map { objective -> Item in
            var expected: String?
            let kept = objective.body.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                guard line.hasPrefix("Expected:") else { return true }
                expected = line.dropFirst("Expected:".count).trimmingCharacters(in: .whitespaces)
                return false
            }
            guard let label = expected, ids.contains(label) else {
                throw LoadError.invalid(name, "item \"\(objective.title)\" needs `Expected:` with one of \(ids.sorted().joined(separator: ", "))")
            }
            return Item(title: objective.title, text: objective.title + ". " + kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), expected: label)
        }
        return Organization(name: name, strategy: strategy, items: items)
    }
}

extension Plan {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
