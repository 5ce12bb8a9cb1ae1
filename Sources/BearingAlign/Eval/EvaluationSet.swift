import BearingModel
import BearingParse
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
    /// Everyday work that serves no strategy (`unrelated/items.txt`), placed against every organization's strategy.
    public var unrelated: [String] = []
    /// Sets that could not be read, with why (the real plans when `../shared/corpus` is absent).
    public var skipped: [String] = []
    /// The full sentence model's figures per set (`reference.json`, written by scripts/distill/reference.py), if any.
    public var reference: [String: Reference] = [:]

    /// One set's full-model figures: counts over its labelled items.
    public struct Reference: Sendable, Codable, Hashable {
        public var items: Int
        public var top1: Int
        public var top2: Int
    }

    /// The label of an item that serves no priority.
    public static let none = "none"

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
        var set = EvaluationSet(organizations: organizations)
        if let text = try? fileSystem.readFile(folder + "/unrelated/items.txt") {
            set.unrelated = TokenVectors.backgroundLines(String(decoding: text, as: UTF8.self))
        }
        if let data = try? fileSystem.readFile(folder + "/reference.json") {
            // Per set, a few counts; the unrelated row has no labelled items.
            struct File: Decodable { var sets: [String: [String: Int]] }
            do {
                set.reference = try JSONDecoder().decode(File.self, from: data).sets.compactMapValues { counts in
                    guard let items = counts["items"], items > 0, let top1 = counts["top1"], let top2 = counts["top2"] else { return nil }
                    return Reference(items: items, top1: top1, top2: top2)
                }
            }
            catch { throw LoadError.invalid("reference.json", "\(error)") }
        }
        let labels = (fileSystem.listFiles(folder + "/real") ?? []).filter { $0.hasSuffix(".labels") && !$0.contains("/") }.sorted()
        let corpus = folder + "/../../shared/corpus"
        for file in labels {
            let name = "real/" + String(file.dropLast(".labels".count))
            guard fileSystem.fileExists(corpus) else {
                set.skipped.append("\(name): skipped, the corpus is not at \(corpus)")
                continue
            }
            let text = String(decoding: try fileSystem.readFile(folder + "/real/" + file), as: UTF8.self)
            do {
                set.organizations.append(try CorpusLabels.organization(name, labels: text, corpus: corpus, fileSystem: fileSystem))
            } catch {
                throw LoadError.invalid(name, "\(error)")
            }
        }
        return set
    }

    private static func organization(_ name: String, base: String, fileSystem: FileSystem) throws -> Organization {
        // Read the pair as a workspace so the evaluation sees exactly what `bearing check` would.
        let workspace = FileSystem(
            listFiles: { $0 == "/set/objectives" ? ["items.md"] : nil },
            readFile: { try fileSystem.readFile($0 == "/set/strategy.md" ? base + "/strategy.md" : base + "/items.md") },
            fileExists: { ["/set/strategy.md", "/set/objectives", "/set/objectives/items.md"].contains($0) },
            fileSize: { fileSystem.fileSize($0 == "/set/strategy.md" ? base + "/strategy.md" : base + "/items.md") })
        let plan = WorkspaceLoader(fileSystem: workspace).load(root: "/set")
        if let error = plan.errors.first { throw LoadError.invalid(name, error.description) }
        guard let strategy = plan.strategy else { throw LoadError.invalid(name, "no strategy") }
        let ids = Set(strategy.topLevel.map(\.id))
        let items = try plan.objectives.map { objective -> Item in
            var expected: String?
            let kept = objective.body.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                guard line.hasPrefix("Expected:") else { return true }
                expected = line.dropFirst("Expected:".count).trimmingCharacters(in: .whitespaces)
                return false
            }
            guard let label = expected, ids.contains(label) || label == Self.none else {
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

extension EvaluationSet {
    /// The texts inference sees, for the full-model reference (`scripts/distill/reference.py`).
    public struct Dump: Codable, Sendable {
        public struct Organization: Codable, Sendable {
            public var name: String
            public var priorities: [String]
            /// Per priority: its whole text, then each facet (title, summary, success signal, sub-priorities).
            public var texts: [[String]]
            public var items: [String]
            public var labels: [String]
        }
        public var organizations: [Organization]
        public var unrelated: [String]
        public var background: [String]
    }

    public func dump(background: [String]) -> Dump {
        Dump(organizations: organizations.map { organization in
            let strategy = organization.strategy
            let texts = strategy.topLevel.map { priority in
                let children = strategy.children(of: priority.id)
                return [PriorityInferrer.profileText(priority, children: children)]
                    + ([priority.title, priority.summary, priority.successSignal].compactMap { $0 }.filter { !$0.isEmpty })
                    + children.map(PriorityInferrer.childText)
            }
            return Dump.Organization(name: organization.name, priorities: strategy.topLevel.map(\.id), texts: texts,
                                     items: organization.items.map(\.text), labels: organization.items.map(\.expected))
        }, unrelated: unrelated, background: background)
    }
}
