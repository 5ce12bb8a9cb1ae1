import BearingAlign
import BearingModel
@testable import BearingReport
import Testing

/// `bearing report`'s line per objective tells an objective whose key results give no progress from one that has none:
/// GitLab's FY23-Q4 page has ten "CEO KR:" lines without figures, and the report said "no key results".
@Suite struct TextReportLinesTests {
    @Test("key results without progress are 'progress unknown'; an objective without any has 'no key results'")
    func unknownProgressIsNotNoKeyResults() {
        let objectives = """
            # 2026-Q4

            ## Mature the shared platform to improve the product experience

            1. **CEO KR:** Move every hub onto the shared stack
            2. **CEO KR:** Cut the operations toil of each upgrade

            ## Run one shared platform for every community

            We keep the platform running for every community we host.

            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        #expect(plan.objectives.first?.keyResults.count == 2)
        let text = TextReport(alignment: align(plan), plan: plan, quarter: Quarter(year: 2026, number: 4), style: ReportStyle(color: false)).render()
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.contains("Mature the shared platform") && $0.contains("progress unknown") }, "\(text)")
        #expect(lines.contains { $0.contains("Run one shared platform") && $0.contains("no key results") }, "\(text)")
    }

    @Test("a grade over only some key results says how many it covers, in the text, Markdown and explain reports alike")
    func partialGradeSaysItsCoverage() {
        let objectives = """
            # 2026-Q4

            ## Grow revenue from memberships

            - KR1: [x] Launch the membership plan
            - KR2: Sign 40 new member communities
            - KR3: Raise membership revenue

            ## Run one shared platform for every community

            - [x] Move every hub onto the shared stack

            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        let alignment = align(plan)
        let text = TextReport(alignment: alignment, plan: plan, quarter: Quarter(year: 2026, number: 4), style: ReportStyle(color: false)).render()
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.contains("Grow revenue") && $0.contains("grade 1.00 (1 of 3 key results measured)") }, "\(text)")
        #expect(lines.contains { $0.contains("Run one shared platform") && $0.contains("grade 1.00") && !$0.contains("KRs") }, "\(text)")
        let markdown = MarkdownReport(alignment: alignment, plan: plan, quarter: nil).render()
        #expect(markdown.contains("1.00 (1 of 3 key results measured)"), "\(markdown)")
        #expect(markdown.components(separatedBy: "key results measured").count == 2, "\(markdown)")
    }

    @Test("the objective lines never cut a link or a grade; a title past 60 characters ends in …")
    func columnsAreNotCut() {
        let objectives = """
            # 2026-Q4

            ## Get ten more communities using the shared platform for their teaching and research hubs this quarter

            Priorities: memberships

            - KR1: Sign 10 agreements, now 4

            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        let text = TextReport(alignment: align(plan), plan: plan, quarter: Quarter(year: 2026, number: 4), style: ReportStyle(color: false)).render()
        let line = text.split(separator: "\n").first { $0.contains("Get ten more") }.map(String.init) ?? ""
        #expect(line.contains("Get ten more communities using the shared platform for thei…  "), "\(text)")
        #expect(line.contains("revenue (declared 0."), "\(text)")
        #expect(line.contains("grade 0.40"), "\(text)")
    }
}
