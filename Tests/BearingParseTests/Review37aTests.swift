import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Review of the Obsidian vault reader: the Tasks plugin's own fields as its documented formats write them, and text
/// of plans written elsewhere that only looks like Obsidian's.
@Suite("Review 37a: the Tasks plugin's fields, and lookalikes of Obsidian's marks")
struct Review37aTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        ### 1. Self-serve growth
        Grow revenue from teams who sign up on their own.

        ### 2. Reliability
        Never lose or double-charge a payment.
        """

    @Test("Tasks' ids, dependencies and on-completion setting (🆔 ⛔ 🏁, `[id::]`, `[dependsOn::]`) are no words of a key result; `[completion::]` is done and `[cancelled::]` dropped")
    func tasksFields() throws {
        let plan = load(["objectives/2027-Q1.md": """
            ---
            quarter: 2027-Q1
            ---
            # Make payments reliable

            - [ ] #task Payment success rate from 97.1% to 99.5% [current:: 98.9%] 🆔 pay01 📅 2027-03-31
            - [ ] #task Move the card vault ⛔ pay01,x7k2m9 ⏳ 2027-02-01 🏁 delete
            - [x] #task Retire the legacy gateway [completion:: 2027-01-15]
            - [-] #task Fraud model v2 [cancelled:: 2027-02-01]
            - [ ] #task Weekly failure review [repeat:: every week] [id:: rev01] [dependsOn:: pay01] [due:: 2027-01-06]
            - [ ] Refund flow rewrite ⛔ blocked on legal review
            """])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(keyResults.map(\.text) == ["#task Payment success rate from 97.1% to 99.5% (current: 98.9%)",
                                           "#task Move the card vault ⏳ 2027-02-01", "#task Retire the legacy gateway",
                                           "#task Fraud model v2", "#task Weekly failure review",
                                           "Refund flow rewrite ⛔ blocked on legal review"])
        #expect(keyResults.map(\.status) == [nil, nil, .done, .dropped, nil, nil])
        #expect(keyResults.map(\.location.line) == [6, 7, 8, 9, 10, 11])
    }

    @Test("C++, Rust and Haskell names with `::` in brackets, and a power ending a line, stay as written", arguments: [
        ("- Plugin API (see [Plugin::register]) for third parties", "Plugin API (see [Plugin::register]) for third parties"),
        ("- Replace (std::map) with a flat hash map", "Replace (std::map) with a flat hash map"),
        ("- Expose (parse :: Text -> AST) to plugins", "Expose (parse :: Text -> AST) to plugins"),
        ("- Fit the cost curve to n ^2", "Fit the cost curve to n ^2"),
    ])
    func lookalikes(_ line: String, _ title: String) {
        #expect(items("# Roadmap\n\n## Next\n\n\(line)\n").map(\.title) == [title])
    }

    @Test("a site generator's `priority: 0.8` (a sitemap weight) is no priority of the strategy's")
    func sitemapPriority() throws {
        let plan = load(["objectives/2027-Q1.md": """
            ---
            title: "Q1 2027 OKRs"
            priority: 0.8
            ---
            # Q1 2027 OKRs

            ## Faster builds
            - [ ] Cut p95 build time from 10 min to 5 min, now 8 min

            ## Better errors
            - [ ] 20 error messages rewritten, now 5
            """])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.metadata.priorities) == [[], []])
    }
}

@Suite("Review 37a: a front matter's unknown priority")
struct Review37aFrontMatterPriorityTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Reliability\nNever lose a payment.\n"

    @Test("a misspelt `priority:` in front matter above three objectives is one error at its line, not three")
    func saidOnce() throws {
        let plan = load(["objectives/2027-Q1.md": """
            ---
            quarter: 2027-Q1
            priority: Reliabilty
            ---
            # Q1 2027

            ## Make payments reliable
            - [ ] Payment success rate from 97% to 99%, now 98%

            ## Cut refunds
            - [ ] Refund rate from 5% to 2%, now 3%

            ## Faster payouts
            - [ ] Payout time from 3 days to 1 day, now 2 days
            """])
        let errors = plan.diagnostics.filter { $0.code == .unresolvedReference }
        #expect(errors.count == 1, "\(errors.map { "\($0.location.line): \($0.message)" })")
        #expect(errors.first?.location.line == 3)
    }
}

@Suite("Review 37a: Obsidian's marks in a code span are code")
struct Review37aCodeSpanTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Reliability\nNever lose a payment.\n"

    @Test("`%%` in a code span stays as written, as Obsidian shows it", arguments: [
        ("- Search refunds with `LIKE '%%a'` and `%%b` patterns", "Search refunds with LIKE '%%a' and %%b patterns"),
        ("- Name `[[wikilinks]]` with `%%` escapes", "Name [[wikilinks]] with %% escapes"),
    ])
    func codeSpans(_ line: String, _ title: String) {
        #expect(items("# Roadmap\n\n## Next\n\n\(line)\n").map(\.title) == [title])
    }

    @Test("a comment beside a code span is still left out")
    func commentBesideCode() {
        #expect(items("# Roadmap\n\n## Next\n\n- Ship `v2` exports %% ask Lee %%\n").map(\.title) == ["Ship v2 exports"])
    }
}
