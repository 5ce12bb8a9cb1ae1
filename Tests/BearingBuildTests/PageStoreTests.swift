@testable import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation
import Testing

/// The pages a build keeps in `.bearing-cache/pages.bin` for the next build into the same folder: a build that links
/// them writes, byte for byte, the site a build without them writes — after an edit, after a page of the output was
/// changed by hand, and when the file is damaged or was made for something else.
@Suite("Page store")
struct PageStoreTests {
    struct Workspace {
        let root: String
        let pipeline: BuildPipeline
        let store: PageStore

        init() throws {
            root = try InferenceStoreTests.workspace()
            pipeline = BuildPipeline(root: root)
            store = PageStore(root: root)
        }

        func analysis(today: String = "2026-11-15") throws -> BuildPipeline.Analysis { try BuildPipeline.align(pipeline.load(), today: today) }

        /// Builds into `out` (under the workspace) with the store, returning how many pages were linked.
        func build(_ out: String, store: PageStore? = nil, today: String = "2026-11-15", options: SiteBuilder.Options = .init()) throws -> Int {
            var reused = -1
            try pipeline.write(try analysis(today: today), options: options, output: URL(fileURLWithPath: root + "/" + out), store: store ?? self.store) {
                reused = $0
            }
            return reused
        }

        /// A build without the store into a folder of its own: the site the others must equal.
        func plain(today: String = "2026-11-15", options: SiteBuilder.Options = .init()) throws -> [String: Data] {
            let out = URL(fileURLWithPath: root + "/plain-\(UUID().uuidString)")
            try pipeline.write(try analysis(today: today), options: options, output: out)
            defer { try? FileManager.default.removeItem(at: out) }
            return BuildPipelineTests.files(under: out)
        }

        func site(_ out: String) -> [String: Data] { BuildPipelineTests.files(under: URL(fileURLWithPath: root + "/" + out)) }

        func kept(_ out: String) throws -> KeptPages {
            let stamp = try #require(store.stamp(output: root + "/" + out, today: try analysis().alignment.today, history: nil))
            return store.load(stamp: stamp)
        }
    }

    @Test func aSecondBuildLinksEveryKeyedPageAndWritesTheSameSite() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        #expect(try ws.build("_site") == 0)
        let keyed = try ws.kept("_site").pages.count
        #expect(keyed > 5)
        #expect(try ws.build("_site") == keyed)
        #expect(ws.site("_site") == (try ws.plain()))
        // Linked, not copied: the second site's page is the first site's file.
        let page = try #require(try ws.kept("_site").pages.keys.sorted().first)
        #expect(FileStamp(ws.root + "/_site/" + page) == (try ws.kept("_site")).pages[page]?.file)
    }

    @Test func afterAnEditOnlyThePagesItTouchesAreRendered() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.build("_site")
        let keyed = try ws.kept("_site").pages.count
        let file = ws.root + "/objectives/2026-Q1.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "## Lend hotspots", with: "## Lend more hotspots").write(toFile: file, atomically: true, encoding: .utf8)
        let reused = try ws.build("_site")
        #expect(reused > 0 && reused < keyed)
        #expect(ws.site("_site") == (try ws.plain()))
    }

    @Test func aSettingInBearingYmlRendersEveryKeyedPage() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.build("_site")
        #expect(try ws.build("_site") > 0)
        // A setting no key names (pages read the weeks after which a key result is stale, when there is history):
        // the whole of bearing.yml is in every key.
        try "stale_after_weeks: 3\n".write(toFile: ws.root + "/bearing.yml", atomically: true, encoding: .utf8)
        #expect(try ws.build("_site") == 0)
        #expect(ws.site("_site") == (try ws.plain()))
    }

    @Test func anotherScoringDayKeepsNothing() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.build("_site")
        #expect(try ws.build("_site", today: "2026-11-16") == 0)
        #expect(ws.site("_site") == (try ws.plain(today: "2026-11-16")))
    }

    @Test func aThemeTemplateEditedThroughALinkedFolderRendersEveryKeyedPage() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        // theme/ is a link to a folder shared by several workspaces: listing the link's own folder finds nothing.
        let shared = ws.root + "/shared-theme"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ws.root + "/theme", withDestinationPath: "shared-theme")
        let template = try #require(EmbeddedFiles.text("BearingSite/templates/objective.mustache"))
        try ("<p>one</p>\n" + template).write(toFile: shared + "/objective.mustache", atomically: true, encoding: .utf8)
        let options = SiteBuilder.Options(themeFolder: ws.root + "/theme")
        _ = try ws.build("_site", options: options)
        #expect(try ws.build("_site", options: options) > 0)
        try ("<p>two</p>\n" + template).write(toFile: shared + "/objective.mustache", atomically: true, encoding: .utf8)
        #expect(try ws.build("_site", options: options) == 0)
        #expect(ws.site("_site") == (try ws.plain(options: options)))
    }

    @Test func aPageChangedInTheOutputIsRenderedAgain() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.build("_site")
        let keyed = try ws.kept("_site").pages.count
        let page = try #require(try ws.kept("_site").pages.keys.sorted().last)
        // Rewritten in place with other bytes of the same length: its time changes, its inode does not.
        let path = ws.root + "/_site/" + page
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data(repeating: UInt8(ascii: "x"), count: bytes.count).write(to: URL(fileURLWithPath: path))
        #expect(try ws.build("_site") == keyed - 1)
        #expect(ws.site("_site") == (try ws.plain()))
    }

    @Test func aStoreForAnotherFolderOrExecutableOrDamagedIsNoStore() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.build("_site")
        // Another output folder: its pages are not the ones kept.
        #expect(try ws.build("other") == 0)
        #expect(try ws.build("_site") == 0)
        // Another executable.
        let foreign = PageStore(folder: ws.root + "/" + InferenceStore.folderName, build: "another-build")
        #expect(try ws.build("_site", store: foreign) == 0)
        // A cut file.
        _ = try ws.build("_site")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ws.store.path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: ws.store.path))
        #expect(try ws.build("_site") == 0)
        #expect(ws.site("_site") == (try ws.plain()))
    }

    @Test func theStampNamesEveryRevisionOfTheHistory() throws {
        let store = PageStore(folder: "/nowhere", build: "b")
        func commit(_ id: String, _ day: String) -> CommitInfo {
            CommitInfo(commit: id, author: "A", email: "a@example.org", date: day + "T10:00:00+00:00", committed: day + "T10:00:00+00:00")
        }
        let today = Date(timeIntervalSince1970: 1_795_000_000)
        // A shallow clone deepened by one: the same newest revision, count and cut, another first revision.
        let before = PlanHistory(revisions: [commit("6358b0f", "2026-10-20"), commit("9f0c2aa", "2026-11-01")], isShallow: true)
        let deepened = PlanHistory(revisions: [commit("d566b6d", "2026-10-25"), commit("9f0c2aa", "2026-11-01")], isShallow: true)
        let stamps = [nil, before, deepened].map { store.stamp(output: "/site", today: today, history: $0) }
        #expect(Set(stamps).count == 3)
        #expect(store.stamp(output: "/site", today: today, history: before) == stamps[1])
    }

    @Test func theFileReadsBackWhatWasKept() throws {
        let pages = KeptPages(pages: [
            "objectives/a b.html": .init(key: -42, file: FileStamp(device: 1, inode: 2, size: 3, seconds: 4, nanoseconds: 5)),
            "index.html": .init(key: Int.max, file: FileStamp(device: .max, inode: 0, size: 0, seconds: -1, nanoseconds: 999_999_999)),
        ])
        let bytes = PageStore.bytes(pages, stamp: "s 1")
        #expect(PageStore.pages(in: bytes, stamp: "s 1") == pages)
        #expect(PageStore.pages(in: bytes, stamp: "s 2") == nil)
        #expect(PageStore.pages(in: Array(bytes.dropLast()), stamp: "s 1") == nil)
    }
}

/// Which file Bearing's code came from, read from `/proc/self/maps`.
@Suite("Running executable")
struct RunningExecutableTests {
    @Test func aLineOfTheMapsNamesItsFileWhenItsRangeHoldsTheAddress() throws {
        let line: Substring = "55d0c3a00000-55d0c3c00000 r-xp 00002000 fd:01 1835081                    /opt/bearing/bin/bearing"
        let mapping = try #require(RunningExecutable.mapping(line, holding: 0x55d0_c3a0_1234))
        #expect(mapping.path == "/opt/bearing/bin/bearing" && mapping.inode == 1_835_081 && mapping.device == (0xfd, 0x01))
        #expect(RunningExecutable.mapping(line, holding: 0x55d0_c3c0_0000) == nil)
        #expect(RunningExecutable.mapping("7ffd1000-7ffd2000 rw-p 00000000 00:00 0                          [stack]", holding: 0x7ffd_1500) == nil)
    }

    @Test func theTestProcessIsItsOwnImage() {
        #if os(Linux)
        #expect(RunningExecutable.isProcessImage)
        #expect(RunningExecutable.file == "/proc/self/exe")
        #endif
    }
}
