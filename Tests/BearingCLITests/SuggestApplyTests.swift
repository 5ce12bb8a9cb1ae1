import Foundation
import Testing

/// `suggest --apply` changes only the lines it adds, on files shaped as real teams' files are.
@Suite("bearing suggest --apply keeps files as they were")
struct SuggestApplyTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let past = Date(timeIntervalSince1970: 1_700_000_000)

    /// A copy of the example workspace where 2026-Q3.md starts with a byte-order mark, 2026-Q4.md has CRLF line
    /// endings and mode 0640, 2026-plan.md is read-only, 2026-Q1.md ends lines with bare carriage returns (so
    /// its suggestion cannot be written), and a killed run left its temporary files behind.
    static func shapedCopy() throws -> URL {
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("bearing-apply-shapes-\(UUID().uuidString)")
        try manager.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["strategy.md", "bearing.yml", "objectives", "roadmaps"] {
            try manager.copyItem(at: Bearing.packageRoot.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let q3 = copy.appendingPathComponent("objectives/2026-Q3.md")
        try Data(bom + [UInt8](try Data(contentsOf: q3))).write(to: q3)
        let q4 = copy.appendingPathComponent("objectives/2026-Q4.md")
        try Data(try String(contentsOf: q4, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: q4)
        try manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: q4.path)
        try Data(Self.oldMac.utf8).write(to: copy.appendingPathComponent("objectives/2026-Q1.md"))
        try Data().write(to: copy.appendingPathComponent("objectives/.2026-Q2.md.bearing-tmp"))
        try Data("half".utf8).write(to: copy.appendingPathComponent("objectives/.2026-Q3.md.bearing-4242"))
        for file in try files(copy) {
            try manager.setAttributes([.modificationDate: past], ofItemAtPath: copy.appendingPathComponent(file).path)
        }
        try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy.appendingPathComponent("roadmaps/2026-plan.md").path)
        return copy
    }

    static let oldMac = "---\rquarter: 2026-Q1\r---\r\r## Publish our open impact report\r\r"
        + "Share credit with the communities that made the work possible, and tell the story of our network together.\r"

    static func files(_ root: URL) throws -> [String] {
        try ["objectives", "roadmaps"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).map { folder + "/" + $0 }
        }.sorted()
    }

    struct State: Equatable {
        var bytes: [UInt8]
        var modified: Date
        var mode: Int
    }

    static func state(_ root: URL) throws -> [String: State] {
        var result: [String: State] = [:]
        for file in try files(root) {
            let path = root.appendingPathComponent(file).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            result[file] = State(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))),
                                 modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                 mode: (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1)
        }
        return result
    }

    /// The lines of `new` that are not in `old`, when `old`'s lines all appear in order in `new`.
    static func added(_ old: [UInt8], _ new: [UInt8]) -> [String]? {
        let oldLines = old.split(separator: 0x0A, omittingEmptySubsequences: false)
        var extra: [String] = []
        var index = 0
        for line in new.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if index < oldLines.count, line.elementsEqual(oldLines[index]) { index += 1 } else { extra.append(String(decoding: line, as: UTF8.self)) }
        }
        return index == oldLines.count ? extra : nil
    }

    @Test("BOM, CRLF and permissions kept; unchanged and read-only files untouched; leftovers removed; a second run changes nothing")
    func keepsFiles() throws {
        let copy = try Self.shapedCopy()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: copy.appendingPathComponent("roadmaps/2026-plan.md").path)
            try? FileManager.default.removeItem(at: copy)
        }
        let before = try Self.state(copy)
        let dry = try Bearing.run(["suggest"], in: copy)
        for file in ["objectives/2026-Q1.md", "objectives/2026-Q3.md", "objectives/2026-Q4.md", "roadmaps/2026-plan.md"] {
            try #require(dry.stdout.contains("+ \(file):"), "the example no longer suggests anything for \(file); reshape this test")
        }
        let first = try Bearing.run(["suggest", "--apply"], in: copy)
        #expect(first.status == 1, "a read-only file is an error")
        #expect(first.stderr.contains("roadmaps/2026-plan.md: error: file is read-only"))
        #expect(first.stderr.contains("skipped objectives/2026-Q1.md:5: the file ends lines with a bare carriage return"))
        let after = try Self.state(copy)

        #expect(after["objectives/.2026-Q2.md.bearing-tmp"] == nil)
        #expect(after["objectives/.2026-Q3.md.bearing-4242"] == nil)
        #expect(!after.keys.contains { $0.contains(".bearing-") })

        let q3 = try #require(after["objectives/2026-Q3.md"])
        #expect(q3.bytes.starts(with: Self.bom))
        #expect(Self.added(before["objectives/2026-Q3.md"]?.bytes ?? [], q3.bytes)?.isEmpty == false)

        let q4 = try #require(after["objectives/2026-Q4.md"])
        #expect(q4.mode == 0o640)
        let q4Added = Self.added(before["objectives/2026-Q4.md"]?.bytes ?? [], q4.bytes) ?? []
        #expect(!q4Added.isEmpty && q4Added.allSatisfy { $0.hasSuffix("\r") })
        #expect(q4.bytes.split(separator: 0x0A).allSatisfy { $0.last == 0x0D })

        // 2026-Q1.md's only suggestion could not be written; 2026-plan.md is read-only: neither is touched.
        for unchanged in ["roadmaps/2026-plan.md", "objectives/2026-Q1.md"] {
            #expect(after[unchanged] == before[unchanged], "\(unchanged) was rewritten")
        }
        for (file, state) in after {
            let lines = Self.added(before[file]?.bytes ?? [], state.bytes)
            #expect(lines?.allSatisfy { $0.contains("Priorities: ") } == true, "\(file) changed beyond added lines")
        }

        let second = try Bearing.run(["suggest", "--apply"], in: copy)
        #expect(second.stdout.contains("wrote 0 Priorities: lines"))
        #expect(try Self.state(copy) == after, "the second run changed a file")

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: copy.appendingPathComponent("roadmaps/2026-plan.md").path)
        let writable = try Bearing.run(["suggest", "--apply"], in: copy)
        #expect(writable.status == 0)
        let plan = try Self.state(copy)["roadmaps/2026-plan.md"]
        let planAdded = Self.added(before["roadmaps/2026-plan.md"]?.bytes ?? [], plan?.bytes ?? []) ?? []
        #expect(!planAdded.isEmpty && planAdded.allSatisfy { $0.hasPrefix("  - Priorities: ") })
        #expect(plan?.mode == 0o644)
    }
}
