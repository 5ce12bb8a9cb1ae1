import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmap bullets and titles as a new user's trial wrote them: a status word after a bold title, fields in brackets
/// after a described item, abbreviations in a title, a handle after a dash, and an owner after an objective's title.
@Suite("Roadmap bullets and titles: a new user's trial (20)")
struct BulletsTrial20Tests {
    func items(_ bullets: String, lane: String = "## Now") -> [RoadmapItem] {
        RoadmapParser().parse(read("# Clinic roadmap\n\n\(lane)\n\n\(bullets)\n", path: "roadmaps/clinic.md")).0.items
    }

    // MARK: A status word after a bold title

    @Test("a status word alone after a bold title is the item's status, over the lane's", arguments: [
        ("## Now", "- **Pager** blocked", "Pager", Status.offTrack),
        ("## Done", "- **Fax integration** dropped", "Fax integration", Status.dropped),
        ("## Done", "- **Fax integration** dropped.", "Fax integration", Status.dropped),
        ("## Next", "- **Waitlist** at risk", "Waitlist", Status.atRisk),
        ("## Done", "- **Fax bridge** dropped — no clinic uses fax", "Fax bridge", Status.dropped),
    ])
    func statusWordAfterBold(lane: String, line: String, title: String, status: Status) throws {
        let item = try #require(items(line, lane: lane).first)
        #expect(item.title == title)
        #expect(item.metadata.status == status)
    }

    @Test("words after a bold title that are not a status leave it to the lane")
    func descriptionAfterBoldIsNoStatus() throws {
        let item = try #require(items("- **Pager** rings the on-call nurse", lane: "## Done").first)
        #expect(item.title == "Pager")
        #expect(item.metadata.status == .done)
    }

    // MARK: Fields in brackets after a described item

    @Test("an owner or status in brackets after a bold title's description is read, and the description kept", arguments: [
        ("- **Kiosk.** A tablet app for the front desk. (owner: Lee Chen)", ["Lee Chen"], nil),
        ("- **Kiosk.** A tablet app for the front desk. (Status: at risk)", [], Status.atRisk),
        ("- **Kiosk.** A tablet app for the front desk. (Owner: Lee Chen; Status: at risk)", ["Lee Chen"], Status.atRisk),
    ] as [(String, [String], Status?)])
    func bracketFieldsKeepDescription(line: String, owners: [String], status: Status?) throws {
        let item = try #require(items(line).first)
        #expect(item.title == "Kiosk")
        #expect(item.metadata.owners == owners)
        #expect(item.metadata.status == status)
        #expect(item.body == "- **Kiosk.** A tablet app for the front desk.")
        let shown = item.blocks.map { block -> String in
            if case .paragraph(let content) = block.kind { return content.plainText.trimmed }
            return "\(block.kind)"
        }
        #expect(shown == ["A tablet app for the front desk."])
    }

    @Test("a described item over two lines keeps both, the bracket cut off the second")
    func bracketFieldsOnSecondLine() throws {
        let item = try #require(items("- **Kiosk.** A tablet app\n  for the front desk. (owner: Lee Chen)").first)
        #expect(item.metadata.owners == ["Lee Chen"])
        #expect(item.body.hasPrefix("- **Kiosk.** A tablet app\n"))
        #expect(item.body.hasSuffix("for the front desk."))
    }

    // MARK: Abbreviations in a title

    @Test("a title is not cut at an abbreviation", arguments: [
        ("- Talk to Dr. Smith about the grant.", "Talk to Dr. Smith about the grant"),
        ("- Meet Mr. Jones at the St. Louis office.", "Meet Mr. Jones at the St. Louis office"),
        ("- Ship v2 to the U.S. market", "Ship v2 to the U.S. market"),
        ("- Open the U.K. office with Mrs. Patel and Ms. Ito", "Open the U.K. office with Mrs. Patel and Ms. Ito"),
        ("- Read J. R. R. Tolkien with the book club", "Read J. R. R. Tolkien with the book club"),
        ("- Compare Epic vs. Cerner for the clinics", "Compare Epic vs. Cerner for the clinics"),
        ("- Renew Acme Inc. contract for two years", "Renew Acme Inc. contract for two years"),
        ("- Close No. 4 clinic on Fridays", "Close No. 4 clinic on Fridays"),
        ("- Ship the pager. Then the kiosk.", "Ship the pager"),
    ])
    func abbreviations(line: String, title: String) throws {
        let item = try #require(items(line).first)
        #expect(item.title == title)
    }

    @Test("a long title is not cut inside brackets")
    func longTitleNotCutInBrackets() throws {
        let line = "- Support JIT compilation (e.g., numba, JAX, etc.) throughout Astropy core and coordinated packages."
        let item = try #require(items(line).first)
        #expect(TitleText.unclosedParenthesis(in: item.title[...]) == nil, "title: \(item.title)")
        #expect(item.title.hasPrefix("Support JIT compilation (e.g., numba, JAX, etc.)"))
    }

    // MARK: A handle after a dash

    @Test("handles after a dash at the end of a roadmap bullet are its owners", arguments: [
        ("- Submit claims directly to insurers — @lee", ["lee"]),
        ("- Submit claims directly to insurers – @lee, @ana", ["lee", "ana"]),
        ("- Submit claims directly to insurers - @lee and @ana", ["lee", "ana"]),
    ])
    func dashedHandles(line: String, owners: [String]) throws {
        let item = try #require(items(line).first)
        #expect(item.title == "Submit claims directly to insurers")
        #expect(item.metadata.owners == owners)
    }

    @Test("a handle inside the words is not an owner")
    func handleInWords() throws {
        let item = try #require(items("- Ask @lee about the insurer list").first)
        #expect(item.title == "Ask @lee about the insurer list")
        #expect(item.metadata.owners.isEmpty)
    }

    // MARK: An owner after an objective's or a roadmap heading's title

    @Test("an owner after a dash or in brackets at the end of an objective heading is its owner", arguments: [
        "## O1: Grow mid-size clinics — Owner: Ana Souza",
        "## O1: Grow mid-size clinics – owner: Ana Souza",
        "## O1: Grow mid-size clinics - Owner: Ana Souza",
        "## O1: Grow mid-size clinics (Owner: Ana Souza)",
    ])
    func objectiveHeadingOwner(heading: String) throws {
        let markdown = "# 2026 Q4\n\n\(heading)\n\nMore clinics of 20 to 80 staff.\n\n- KR1: Sign 12 clinics\n"
        let objective = try #require(ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.first)
        #expect(objective.title == "Grow mid-size clinics")
        #expect(objective.metadata.owners == ["Ana Souza"])
    }

    @Test("an owner after a dash at the end of a roadmap heading is the item's owner")
    func roadmapHeadingOwner() throws {
        let item = try #require(items("### Kiosk — Owner: Ana Souza\n\nA tablet app for the front desk.").first)
        #expect(item.title == "Kiosk")
        #expect(item.metadata.owners == ["Ana Souza"])
    }

    @Test("a dash and words that are no owner field stay in the heading")
    func headingDashWithoutOwner() throws {
        let markdown = "# 2026 Q4\n\n## O1: Grow mid-size clinics — owners say yes\n\n- KR1: Sign 12 clinics\n"
        let objective = try #require(ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.first)
        #expect(objective.title == "Grow mid-size clinics — owners say yes")
        #expect(objective.metadata.owners.isEmpty)
    }
}
