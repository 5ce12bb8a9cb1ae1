import Foundation
import Testing
import BearingModel
import BearingParse
import BearingAlign
@testable import BearingSite

enum Site {
    static let vectors: TokenVectors = {
        do { return try TokenVectors.bundled() } catch { preconditionFailure("token vectors missing: \(error)") }
    }()
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = DateText.parse("2026-11-24")!

    static func example() -> (Plan, Alignment) {
        let plan = WorkspaceLoader().load(root: repositoryRoot.path)
        return (plan, Aligner(vectors: vectors).align(plan, today: today))
    }

    static func memory(_ files: [String: String]) -> (Plan, Alignment) {
        let plan = WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
        return (plan, Aligner(vectors: vectors).align(plan, today: today))
    }

    /// The site rendered in memory from `files`, each page as text by its path.
    static func pages(_ files: [String: String], options: SiteBuilder.Options = .init()) throws -> [String: String] {
        let (plan, alignment) = memory(files)
        return text(try SiteBuilder().render(plan: plan, alignment: alignment, options: options))
    }

    /// Rendered files as text by path (the first of a repeated path).
    static func text(_ rendered: [(String, Data)]) -> [String: String] {
        Dictionary(rendered.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func files(under root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            }
        }
        return result
    }
}
