import BearingAlign
@testable import BearingBuild
import BearingModel
import Foundation
import Testing

/// The inference cache kept in the workspace's `.bearing-cache/` between runs of the command line: a run with it gives
/// what a run without it gives, a second run answers every unchanged text from it, and a folder it cannot read or write
/// is no cache, never an error.
@Suite("Inference store")
struct InferenceStoreTests {
    static func workspace() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/objectives", withIntermediateDirectories: true)
        for (path, text) in try BuildPipelineTests.files() {
            try text.write(toFile: root + path.dropFirst("/ws".count), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func theExecutableHasABuildID() throws {
        let id = try #require(BuildIdentity.current)
        #expect(id.count >= 16 && id.allSatisfy(\.isHexDigit))
    }

    @Test func aSecondRunAnswersFromTheStoreAndScoresAlike() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipeline = BuildPipeline(root: root), store = InferenceStore(root: root)
        let plain = try BuildPipeline.align(pipeline.load(), today: "2026-11-15")
        let first = try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store)
        let folder = root + "/" + InferenceStore.folderName
        #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8).contains("\n*\n"))
        #expect(FileManager.default.fileExists(atPath: folder + "/CACHEDIR.TAG"))
        let kept = store.load()
        #expect(kept.count == plain.alignment.items.count)
        let second = try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store)
        for analysis in [first, second] {
            #expect(analysis.alignment.links == plain.alignment.links)
            #expect(analysis.alignment.itemScores == plain.alignment.itemScores)
            #expect(analysis.diagnostics == plain.diagnostics)
        }
    }

    @Test func aDamagedOrForeignFileIsAnEmptyCache() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipeline = BuildPipeline(root: root), store = InferenceStore(root: root)
        let plain = try BuildPipeline.align(pipeline.load(), today: "2026-11-15")
        _ = try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load().count == 0)
        #expect(try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store).alignment.links == plain.alignment.links)
        // One bit changed in the middle, where a letter of a kept text or a strength may be: refused by the checksum.
        var whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.path)))
        #expect(store.load().count > 0)
        whole[whole.count / 2] ^= 4
        try Data(whole).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load().count == 0)
        // Another executable's file (a new build of Bearing, whose inference may differ) is not read.
        let other = InferenceStore(folder: root + "/" + InferenceStore.folderName, build: "another-build")
        #expect(other.load().count == 0)
    }

    @Test func aWorkspaceThatCannotBeWrittenStillBuilds() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A file where the folder would be: the store cannot be made, and the run goes on without it.
        try Data().write(to: URL(fileURLWithPath: root + "/" + InferenceStore.folderName))
        let plain = try BuildPipeline.align(BuildPipeline(root: root).load(), today: "2026-11-15")
        let stored = try BuildPipeline.align(BuildPipeline(root: root).load(), today: "2026-11-15", store: InferenceStore(root: root))
        #expect(stored.alignment.links == plain.alignment.links)
    }

    @Test func anUnchangedPlanLeavesTheFileAsItIs() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipeline = BuildPipeline(root: root), store = InferenceStore(root: root)
        _ = try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store)
        let before = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: store.path)
        _ = try BuildPipeline.align(pipeline.load(), today: "2026-11-15", store: store)
        #expect(before != nil)
        #expect(try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date == Date(timeIntervalSince1970: 0))
    }
}
