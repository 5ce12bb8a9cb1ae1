import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a new user's twentieth trial found on objective pages: a key result's owner and status, read from the end of
/// its line, were shown again in its words; and key results written as headings showed no progress, their
/// `**Owner:**` and `Status:` lines running together as one sentence.
@Suite struct NewUserTrial20Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Growth** — more customers\n"
    static let objectives = """
        # 2026-Q1

        ## Make onboarding self-serve

        - [ ] Self-serve signups from 10% to 50%, now 20% — Owner: Jamie
        - [ ] Setup time under 1 day [at risk]
        - [ ] Docs rewritten: 2/5 (owner: Ana)
        - [ ] Read the [setup guide](https://example.org/setup) — @lee [on track]
        - [ ] Answer every ticket — Team: Support

        ## Win the enterprise segment

        ### KR1: Enterprise deals from 0 to 5, now 2

        **Owner:** Ana
        Status: on track

        ### KR2: Security review passed

        **Owner:** Priya Natarajan
        Status: at risk
        """

    static func page(_ name: String) throws -> String {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q1.md": objectives])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(pages.first { $0.0 == "objectives/2026-q1/\(name).html" })
        let html = String(decoding: page.1, as: UTF8.self)
        return String(html[(html.range(of: "<div class=\"prose\">")?.upperBound ?? html.startIndex)...])
    }

    @Test("a key result's words on its page leave out the owner and status read from them, and keep everything else")
    func keyResultWords() throws {
        let prose = try Self.page("make-onboarding-self-serve")
        #expect(prose.contains("<li>Self-serve signups from 10% to 50%, now 20% <span style=\"--p:"), "\(prose)")
        #expect(prose.contains("<li>Setup time under 1 day <span class=\"kr unknown\""), "\(prose)")
        #expect(prose.contains("<li>Docs rewritten: 2/5 <span style=\"--p:"), "\(prose)")
        #expect(prose.contains("<li>Read the <a href=\"https://example.org/setup\">setup guide</a> <span style=\"--p:"), "\(prose)")
        #expect(!prose.contains("Owner: Jamie") && !prose.contains("[at risk]") && !prose.contains("@lee"), "\(prose)")
        #expect(prose.contains("<span class=\"muted\">Jamie</span>") && prose.contains("<span class=\"status at-risk\">"), "\(prose)")
        // A field that is neither owner nor status is not read from the line, and stays in its words.
        #expect(prose.contains("<li>Answer every ticket — Team: Support <span"), "\(prose)")
    }

    @Test("a key result written as a heading shows its progress, status and owner, and its field lines stay apart")
    func headingKeyResults() throws {
        let prose = try Self.page("win-the-enterprise-segment")
        #expect(prose.contains("KR1: Enterprise deals from 0 to 5, now 2</h2>\n<p><span style=\"--p:40%\">40%</span> <span class=\"status on-track\">on-track</span> <span class=\"muted\">Ana</span></p>"), "\(prose)")
        #expect(prose.contains("<span class=\"status at-risk\">at-risk</span> <span class=\"muted\">Priya Natarajan</span>"), "\(prose)")
        #expect(prose.contains("<p class=\"fields\"><strong>Owner:</strong> Ana · Status: on track</p>"), "\(prose)")
    }
}
