import Foundation
import Testing
import BearingAlign
@testable import BearingSite

/// Golden pages of the example workspace as of 2026-11-24.
/// Re-record after an intended change with: BEARING_RECORD_GOLDEN=1 swift test --filter Golden
@Suite("Golden pages")
struct GoldenPageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("example pages match their golden files", arguments: ["index.html", "quarters/2026-Q4.html", "roadmaps/platform.html", "alignment.html"])
    func page(_ path: String) throws {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(files.first { $0.0 == path }).1
        let golden = Self.folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "__"))
        if ProcessInfo.processInfo.environment["BEARING_RECORD_GOLDEN"] != nil {
            try page.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(page == expected, "\(path) differs from Golden/\(golden.lastPathComponent); re-record with BEARING_RECORD_GOLDEN=1 if intended")
    }
}
