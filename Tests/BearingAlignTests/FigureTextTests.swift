import Testing
@testable import BearingAlign

/// Figures and metadata words are not what a piece of work is about: inference reads neither (docs/scoring.md,
/// section 2). Trial 25b (F3, F11).
@Suite("Figures and metadata words out of inference")
struct FigureTextTests {
    static func words(_ text: String) -> [String] {
        FigureText.removed(text).lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    @Test("numbers, amounts, percentages, dates and times go", arguments: [
        ("Monthly AWS bill from $210k to $150k, now $170k", ["monthly", "aws", "bill", "from", "to", "now"]),
        ("pages/week from 10 to 5, now 7", ["pages", "week", "from", "to", "now"]),
        ("participation 85% and uptime 99.95 %", ["participation", "and", "uptime"]),
        ("Ship by 2026-11-15 or 11/15/2026 at 10:30", ["ship", "by", "or", "at"]),
        ("Our logging bill is $40k/month, 1,200 GB, 3rd time, 2x faster, 100ms p50", ["our", "logging", "bill", "is", "month", "gb", "time", "faster", "p50"]),
        ("Revenue €1.5M, −3 pts, +12", ["revenue", "pts"]),
    ])
    func figures(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test("a figure joined to letters is a name and stays", arguments: [
        "S3", "EC2", "K8s", "2FA", "5G", "3D", "IPv6", "Q4", "H100",
    ])
    func names(word: String) {
        #expect(Self.words("Move to \(word) now") == ["move", "to", word.lowercased(), "now"])
    }

    @Test("field names inside a line and 'due' before a date go; 'due to' and a status word elsewhere stay", arguments: [
        ("In-app onboarding checklist. Priorities: plg", ["in", "app", "onboarding", "checklist", "plg"]),
        ("Pricing page revamp — due 2026-11-15", ["pricing", "page", "revamp"]),
        ("SOC 2 report, due by Q3. Status: at risk. Owner: Omar", ["soc", "report", "q3", "omar"]),
        ("Delayed due to the vendor; done when the page is live", ["delayed", "due", "to", "the", "vendor", "done", "when", "the", "page", "is", "live"]),
        ("Publish a status page and name an owner", ["publish", "a", "status", "page", "and", "name", "an", "owner"]),
    ])
    func metadataWords(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    static let costStrategy = """
        # Strategy

        ## Strategic priorities

        1. **Win mid-market enterprise accounts** {#enterprise}
           - SSO, audit logs, the stuff procurement asks for
        2. **Make the platform boringly reliable** {#reliability}
           - 99.95% uptime, fewer pages
        3. **Product-led growth** — people should get to value w/o talking to us; self-serve is how we grow {#plg}
        4. **Hire and keep great people** {#talent}
        5. **Get cloud costs under control** {#cost}
        """

    static func objective(now figure: String) -> String {
        """
        # Q2 2026

        ## Reduce AWS spend
        - Owner: Omar
        - Priorities: cost

        - [ ] Monthly AWS bill from $210k to $150k, now \(figure)
        """
    }

    @Test("a key result's figure moves neither the inference nor the declared link (trial 25b, F3: 0.24 → 0.78)")
    func figureDoesNotMoveTheLink() throws {
        let id = "2026-q2/reduce-aws-spend"
        let before = align(plan(["strategy.md": Self.costStrategy, "objectives/2026-Q2.md": Self.objective(now: "$170k")]), today: "2026-05-01")
        let after = align(plan(["strategy.md": Self.costStrategy, "objectives/2026-Q2.md": Self.objective(now: "$160k")]), today: "2026-05-01")
        let linkBefore = try #require(before.links(of: id).first { $0.kind == .declared })
        let linkAfter = try #require(after.links(of: id).first { $0.kind == .declared })
        #expect(linkBefore.strength == linkAfter.strength)
        #expect(linkBefore.explanation == linkAfter.explanation)
        let rankingBefore = try #require(before.inferences[id]).ranking, rankingAfter = try #require(after.inferences[id]).ranking
        #expect(rankingBefore.map(\.priority) == rankingAfter.map(\.priority))
        #expect(rankingBefore.map(\.margin) == rankingAfter.map(\.margin))
    }

    @Test("'due' is not evidence for a roadmap item due on a date (trial 25b, F11)")
    func dueIsNotEvidence() throws {
        let roadmap = """
            # Milestones

            ## 2026-Q4
            - **Pricing page revamp** — due 2026-11-15
            """
        let alignment = align(plan(["strategy.md": Self.costStrategy, "roadmaps/m.md": roadmap]))
        let item = try #require(alignment.items.first { $0.title.hasPrefix("Pricing page revamp") })
        let terms = alignment.links(of: item.id).flatMap(\.evidence).map(\.term)
        #expect(!terms.contains("due"), "\(terms)")
        #expect(!terms.contains { $0.first?.isNumber == true }, "\(terms)")
    }
}
