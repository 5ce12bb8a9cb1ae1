import Foundation
import Testing
@testable import BearingModel

@Suite("Atomic file writes")
struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the new bytes replace the old, the mode is kept, no temporary file stays, a leftover one is replaced")
    func replaces() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: AtomicFile.temporaryPath(for: file)))
        try AtomicFile.write(Array("new\n".utf8), to: file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new\n")
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test("a write through a symbolic link changes the file it points to and keeps the link")
    func throughLink() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("real.md").path
        let link = folder.appendingPathComponent("link.md").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
        try AtomicFile.write(Array("new\n".utf8), to: link)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.md")
    }

    @Test("leftovers of killed runs are removed beside the given files, and nothing else is")
    func leftovers() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["a.md", ".a.md.bearing-tmp", ".a.md.bearing-123", ".a.md.bearing-x1", ".b.md.bearing-tmp", "notes.txt"]
        for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
        AtomicFile.removeLeftovers(beside: [folder.appendingPathComponent("a.md").path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".a.md.bearing-x1", ".b.md.bearing-tmp", "a.md", "notes.txt"])
    }

    @Test("a file read-only for everyone is not writable, even for root")
    func readOnly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md").path
        try Data().write(to: URL(fileURLWithPath: file))
        #expect(AtomicFile.isWritable(file))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        #expect(!AtomicFile.isWritable(file))
    }
}
