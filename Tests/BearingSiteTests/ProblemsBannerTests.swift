import Foundation
import Testing
import BearingModel
import BearingAlign
@testable import BearingSite

/// What a site built with errors shows: the banner's lines short, the valid ids once under them (not after each of
/// twenty unknown references), and the dashboard's and review's figures marked provisional beside "N errors".
@Suite("Site: the problems banner and provisional figures")
struct ProblemsBannerTests {
    static let files = [
        "strategy.md": """
            ## Strategic priorities

            1. **Growth** {#growth}: grow the number of paying members.
               - **Retention** {#retention}: keep members renewing each year.
            2. **Platform** {#platform}: a reliable hosting platform.
            3. **Team** {#team}: a team that lasts.
            """,
        "objectives/2026-Q4.md": """
            # Objectives 2026-Q4

            ## Raise membership renewals
            - Priorities: p9
            - [ ] 1/2 done

            ## Improve platform uptime
            - Priorities: platfrom
            - [ ] 1/2 done

            ## Hire two engineers
            - Priorities: tema
            - [ ] 1/2 hired
            """,
    ]

    func pages(_ files: [String: String] = Self.files, showProblems: Bool = true) throws -> [String: String] {
        let (plan, alignment) = Site.memory(files)
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: showProblems))
        return Site.text(pages)
    }

    @Test("each error's line has its did-you-mean but not the valid ids, which are listed once after the list")
    func validIDsOnce() throws {
        let index = try #require(try pages()["index.html"])
        let banner = try #require(index.components(separatedBy: "<details class=\"problems\"").dropFirst().first)
        #expect(banner.contains("unknown priority <code>platfrom</code>; <span class=\"fix\">did you mean <code>platform</code> (“Platform”)?</span>"))
        #expect(!banner.contains("valid ids:"))
        #expect(banner.components(separatedBy: "<details class=\"valid-ids\">").count == 2)
        #expect(banner.contains("<summary>Valid priority ids (4)</summary>\n<p><code>growth</code> <code>platform</code> <code>team</code> <code>retention</code> </p>"))
        // Other pages list the first problems, with the ids once too.
        let review = try #require(try pages()["review.html"])
        #expect(review.components(separatedBy: "Valid priority ids").count == 2)
    }

    @Test("the dashboard and the review say the figures are provisional, and why, beside them")
    func provisionalFigures() throws {
        let pages = try pages()
        for path in ["index.html", "review.html"] {
            let page = try #require(pages[path])
            #expect(page.contains("<p class=\"provisional-note\"><strong>Provisional figures.</strong> 3 errors in the plan (3 items name a priority "
                                  + "or objective that matches nothing and are scored without it). They will change when the errors are fixed"), "\(path)")
            #expect(page.contains("<li class=\"kpi  provisional\"><span class=\"kpi-value\">"), "\(path)")
            #expect(page.contains("<span class=\"kpi-label\">alignment index</span> <span class=\"kpi-note\">out of 100 · provisional: 3 errors</span>"), "\(path)")
            // The other linked figures say only "provisional": the sentence above them gives the count and the why.
            #expect(page.contains("<span class=\"kpi-label\">orphan work</span> <span class=\"kpi-note\">") && page.contains(" of 3 items · provisional</span>"), "\(path)")
            // The grade comes from key results, which no reference error changes.
            #expect(!page.contains("key-result progress so far</span> <span class=\"kpi-note\">68% of the quarter gone: on pace · provisional"), "\(path)")
        }
    }

    @Test("a plan without errors has no provisional mark anywhere")
    func cleanPlan() throws {
        var files = Self.files
        files["objectives/2026-Q4.md"] = "# Objectives 2026-Q4\n\n## Raise membership renewals\n- Priorities: growth\n- [ ] 1/2 done\n"
        let pages = try pages(files)
        for path in ["index.html", "review.html"] {
            let page = try #require(pages[path])
            #expect(!page.contains("provisional"), "\(path)")
            #expect(!page.contains("valid-ids"), "\(path)")
        }
    }
}
