import BearingModel
import BearingParse
import BearingServe
import Foundation
import Testing

@Suite("Live site")
struct LiveSiteTests {
    static let list = WatchList(folders: ["objectives"], files: ["strategy.md"])
    static let error = Diagnostic(.error, .unresolvedReference, "no priority named `growht`", at: SourceLocation(path: "objectives/2026-Q4.md", line: 12, column: 3))

    static func rebuilt(_ page: String?, errors: [Diagnostic] = []) -> RebuiltSite {
        RebuiltSite(files: page.map { ["index.html": Data($0.utf8)] }, errors: errors, watchList: list)
    }

    @Test("a rebuild with errors keeps the last good site and its build id, with the errors; fixing it serves a new build")
    func keepLastGood() {
        let site = LiveSite()
        let first = site.publish(Self.rebuilt("one"))
        #expect(first.errors.isEmpty && !first.kept)
        let broken = site.publish(Self.rebuilt("broken", errors: [Self.error]))
        #expect(broken.build == first.build)
        #expect(broken.files == first.files)
        #expect(broken.kept)
        #expect(broken.errors == [Self.error])
        #expect(broken.message.contains("\"location\":\"objectives/2026-Q4.md:12:3\""))
        let fixed = site.publish(Self.rebuilt("two"))
        #expect(fixed.build != first.build)
        #expect(fixed.files["index.html"] == Data("two".utf8))
        #expect(fixed.errors.isEmpty && !fixed.kept)
        #expect(fixed.message.contains("\"errors\":[]"))
    }

    @Test("with no good site yet, the site with errors is served (its pages list them), never nothing")
    func firstBuildWithErrors() {
        let site = LiveSite()
        let first = site.publish(Self.rebuilt("with errors", errors: [Self.error]))
        #expect(first.files["index.html"] == Data("with errors".utf8))
        #expect(!first.kept && first.errors.count == 1)
        let second = site.publish(Self.rebuilt("still errors", errors: [Self.error]))
        #expect(second.build != first.build)
        #expect(second.files["index.html"] == Data("still errors".utf8))
        // A site that cannot be rendered at all keeps what was served.
        let unrendered = site.publish(Self.rebuilt(nil, errors: [Self.error]))
        #expect(unrendered.build == second.build && unrendered.kept)
    }

    @Test("a page that connects late gets the current build id first, then each new one")
    func lateListener() async {
        let site = LiveSite()
        site.publish(Self.rebuilt("one"))
        let second = site.publish(Self.rebuilt("two"))
        var messages = site.subscribe().makeAsyncIterator()
        #expect(await messages.next()?.contains("\"build\":\"\(second.build)\"") == true)
        let third = site.publish(Self.rebuilt("three"))
        #expect(await messages.next()?.contains("\"build\":\"\(third.build)\"") == true)
    }
}
