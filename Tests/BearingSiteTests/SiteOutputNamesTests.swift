import Foundation
import Testing
import BearingModel
@testable import BearingSite

/// A new user published with GitHub Pages put a `CNAME` and a folder of notes into `_site/`: the next build deleted
/// both without a word. What the user adds at the top of a site is kept; what Bearing writes there is its own.
@Suite("What the user adds to a built site")
struct SiteOutputNamesTests {
    @Test("a file and a folder added at the top of a site are in the next build's site, unchanged")
    func addedFilesKept() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try OutputSafetyTests.build(output)
        try Data("plans.example.org\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("notes/drafts"), withIntermediateDirectories: true)
        try Data("# Offsite\n".utf8).write(to: output.appendingPathComponent("notes/drafts/offsite.md"))
        try OutputSafetyTests.build(output)
        #expect(try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "plans.example.org\n")
        #expect(try String(contentsOf: output.appendingPathComponent("notes/drafts/offsite.md"), encoding: .utf8) == "# Offsite\n")
        // And again: kept by every build, not only the first after they were added.
        try OutputSafetyTests.build(output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("CNAME").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test("a kept file is the one the user added, its time and permissions unchanged; a named pipe is kept without being read")
    func addedFilesKeptAsTheyAre() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try OutputSafetyTests.build(output)
        // A GitHub Pages CNAME written a year ago, private notes, and a pipe a preview tool listens on.
        let cname = output.appendingPathComponent("CNAME").path, notes = output.appendingPathComponent("notes").path
        try Data("plans.example.org\n".utf8).write(to: URL(fileURLWithPath: cname))
        let written = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: cname)
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        try Data("# Offsite\n".utf8).write(to: URL(fileURLWithPath: notes + "/offsite.md"))
        chmod(notes + "/offsite.md", 0o600)
        #expect(mkfifo(notes + "/preview", 0o644) == 0)
        try OutputSafetyTests.build(output)
        let kept = try FileManager.default.attributesOfItem(atPath: cname)
        #expect(kept[.modificationDate] as? Date == written)
        #expect(try String(contentsOfFile: notes + "/offsite.md", encoding: .utf8) == "# Offsite\n")
        #expect((try FileManager.default.attributesOfItem(atPath: notes + "/offsite.md")[.posixPermissions] as? Int) == 0o600)
        var status = stat()
        #expect(lstat(notes + "/preview", &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test("what is left inside Bearing's own folders, or a name Bearing writes, goes with the old site (counter-case)")
    func ownNamesReplaced() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try OutputSafetyTests.build(output)
        try Data("stale".utf8).write(to: output.appendingPathComponent("objectives/removed-objective.html"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("media"), withIntermediateDirectories: true)
        try Data("old image".utf8).write(to: output.appendingPathComponent("media/old.png"))
        try OutputSafetyTests.build(output)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("objectives/removed-objective.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("media").path))
    }

    @Test("every name a build writes at the top of the site is one Bearing knows as its own")
    func ownedNamesComplete() throws {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let top = Set(files.map { String($0.0.split(separator: "/").first ?? "") })
        // The database, `--data` exports and copied images are written by other stages under these names.
        #expect(top.subtracting(SiteMarker.ownedNames).isEmpty, "\(top.subtracting(SiteMarker.ownedNames).sorted())")
        #expect(SiteMarker.ownedNames.isSuperset(of: ["data", "media", SiteMarker.name]))
    }

    /// A review found a second site built into `_site/team-a` while the outer one built: its staging and lock folders
    /// were taken for the user's and copied, or failed the outer build when they vanished mid-copy.
    @Test("another build's staging, retired and lock names inside the site are not the user's (counter-case)")
    func otherBuildsFolders() {
        for name in [".team-a.building", ".team-a.previous", ".team-a.lock", ".site.building-4242", ".x.previous-17"] {
            #expect(OutputWriter.Folders.isBuildFolder(name), "\(name)")
        }
        for name in [".building", ".well-known", ".nojekyll", "team-a.building", ".team-a.build", ".git", "CNAME"] {
            #expect(!OutputWriter.Folders.isBuildFolder(name), "\(name)")
        }
    }
}
