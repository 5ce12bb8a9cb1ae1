import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 23, F4 and F6: key results indented into a code block were dropped without a word, and a milestone's week span
/// ("M1 (week 1–2): …") was called a service level.
@Suite("Indented key results and milestone week spans (trial 23)")
struct IndentedKeyResultsTrial23Tests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    @Test("a list indented by 8 spaces or a tab under an objective is warned at its first line, items counted")
    func indentedListWarned() {
        let (file, diagnostics) = objectives("""
            # Q4 2026

            ## Be profitable
                    - make 15,000 recurring revenue per month
                    - reach 20% long term retention

            ## Grow the community
            \t- [ ] 10 regulars on the forum: 4/10
            \t- [ ] 2 meetups held
            """)
        #expect(file.objectives.count == 2)
        let unread = diagnostics.filter { $0.code == .keyResultsUnread }
        #expect(unread.map(\.location.line) == [4, 8])
        #expect(unread.allSatisfy { $0.message == "this indented block reads as code in Markdown, so its 2 list items are not read as key results" })
        #expect(unread.first?.fix?.contains("remove the leading indentation") == true)
    }

    @Test("items glued to their dash (`-hiring …`) are counted, and the fix says to add the space")
    func gluedItems() {
        let (_, diagnostics) = objectives("""
            # Q4 2026

            ## Develop version control for hardware
                    -users can create clones and branches of projects
                    -stable 1.0 version released as open source software
                            >update once goals are set with the dev team
            """)
        let unread = diagnostics.filter { $0.code == .keyResultsUnread }
        #expect(unread.count == 1)
        #expect(unread.first?.fix?.contains("space after each `-`") == true)
    }

    @Test("a real code block under an objective is not warned: shell lines, YAML, a fenced list", arguments: [
        "    make deploy\n    ./scripts/check.sh",
        "    - name: build\n      run: make\n    - name: test\n      run: make test",
        "```\n- not a key result\n- an example of the format\n```",
        "    1.2.3 is the version\n    2.0.0 is next",
    ])
    func realCodeNotWarned(_ code: String) {
        let (_, diagnostics) = objectives("# Q4 2026\n\n## Ship the release pipeline\n\n- [ ] Releases cut weekly\n\n" + code + "\n")
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread }, "\(code)")
    }

    @Test("a milestone's week or month span is no service level and no target", arguments: [
        "M1 (week 1–2): health endpoints, central logging",
        "M2 (week 3–4): memory API unified",
        "M1 (Woche 1–2): Health-Endpoints, zentrales Logging",
        "M3 (weeks 5 - 6): dashboards",
        "Partner beta (months 3-4)",
    ])
    func milestoneSpan(_ text: String) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(reading.progress == nil)
        #expect(reading.unread == nil, "\(text): \(reading.unread ?? "")")
    }

    @Test("a range of counts in text that is not ASCII is a target, not a service level")
    func rangeNotServiceLevel() {
        let reading = ProgressReader.read("Hire 2–3 engineers", checked: nil)
        #expect(reading.unread?.contains("states a target") == true, "\(reading.unread ?? "")")
        // The service level itself keeps its own message.
        #expect(ProgressReader.read("99.95% uptime (currently 99.9%)", checked: nil).unread?.contains("service level") == true)
        #expect(ProgressReader.read("99.95% uptime – currently 99.9%", checked: nil).unread?.contains("service level") == true)
    }

    @Test("the milestones of the trial's repro give no progress warning")
    func milestonesFile() {
        let (file, diagnostics) = objectives("""
            # Q4

            ## Milestones

            - M1 (week 1–2): health endpoints, central logging
            - M2 (week 3–4): memory API unified
            """)
        #expect(file.objectives.count == 1)
        #expect(!diagnostics.contains { $0.code == .progressUnread }, "\(diagnostics.map(\.message))")
    }
}

extension IndentedKeyResultsTrial23Tests {
    @Test("milestones in their weeks stay the objective's key results, with no progress warning")
    func milestonesStayKeyResults() {
        let (file, diagnostics) = objectives("""
            # Q4

            ## Milestones

            - M1 (week 1–2): health endpoints, central logging
            - M2 (week 3–4): memory API unified
            - M3 (week 5-6): dashboards live
            """)
        #expect(file.objectives.first?.keyResults.count == 3)
        #expect(!diagnostics.contains { $0.code == .progressUnread })
    }
}
