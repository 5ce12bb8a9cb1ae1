import Foundation
import Testing
import BearingModel

/// Bearing reads its resources only from the executable (Sources/CBearingResources/resources.c); a file added
/// under a Resources folder but not embedded would be silently missing from every build, so this suite
/// compares the two, byte for byte.
@Suite("Embedded files")
struct EmbeddedFilesTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every file under Sources/<target>/Resources, as "<target>/<path under Resources>".
    static func resourceFiles() throws -> [String] {
        var files: [String] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(target).appendingPathComponent("Resources")
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let relative = walker.nextObject() as? String {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isFolder),
                   !isFolder.boolValue { files.append(target + "/" + relative) }
            }
        }
        return files.sorted()
    }

    @Test("every file in a Resources folder is embedded, with the same bytes")
    func everyResourceIsEmbedded() throws {
        let files = try Self.resourceFiles()
        #expect(files.contains("BearingAlign/token-vectors.bin"))
        #expect(files.contains("BearingSite/templates/layout.mustache"))
        for file in files {
            let parts = file.split(separator: "/", maxSplits: 1).map(String.init)
            let onDisk = try Data(contentsOf: Self.sources.appendingPathComponent(parts[0]).appendingPathComponent("Resources")
                .appendingPathComponent(parts[1]))
            guard let embedded = EmbeddedFiles.bytes(file) else {
                Issue.record("\(file) is not embedded: add it to Sources/CBearingResources/resources.c")
                continue
            }
            #expect(Data(embedded) == onDisk, "\(file): the embedded bytes differ from the file")
        }
    }

    @Test("nothing is embedded that is not in a Resources folder, and no path twice")
    func nothingStale() throws {
        let files = Set(try Self.resourceFiles())
        let embedded = EmbeddedFiles.paths
        #expect(Set(embedded).count == embedded.count, "a path is embedded twice")
        for path in embedded where !files.contains(path) {
            Issue.record("\(path) is embedded but is not a file under Sources/*/Resources")
        }
    }

    @Test("an unknown path is nil, not an empty file")
    func unknownPath() {
        #expect(EmbeddedFiles.bytes("BearingSite/templates/no-such.mustache") == nil)
        #expect(EmbeddedFiles.text("BearingSite/scoring.md")?.isEmpty == false)
    }
}
