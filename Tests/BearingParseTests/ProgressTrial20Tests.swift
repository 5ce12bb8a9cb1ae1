import Testing
@testable import BearingModel
@testable import BearingParse

/// Key-result progress a new user's trial found misread, silently (trial 20), each pinned by the phrasing found.
@Suite("Progress misreads of trial 20")
struct ProgressTrial20Tests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027-Q1.md"))
    }

    func near(_ value: Double?, _ expected: Double) -> Bool {
        value.map { abs($0 - expected) < 0.01 } ?? false
    }

    @Test("the number a done-word marks that is the M of `N of M` is the target; N is the current value", arguments: [
        "1 of 4 engineers hired", "1 of 4 designers hired", "1 of 4 clinics onboarded", "1 of 4 hubs migrated",
    ])
    func countOfDone(_ text: String) {
        #expect(ProgressReader.read(text, checked: false).progress == 0.25, "\(text)")
    }

    @Test("a trailing percent that is a target or tolerance is no result", arguments: [
        "Forecast accurate within 5%",
        "Increase the rolling average by >=10%",
        "Pipeline success from 77% to 90% (ultimate goal of 99%)",
        "Raise NPS to 50 (stretch goal 60%)",
        "Cut build time by up to 30%",
        "Conversion: aim for 12%",
        "Error budget <= 2%",
    ])
    func percentTarget(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil, "\(text)")
        #expect(reading.unread != nil, "\(text)")
    }

    @Test("a trailing percent that is a result stays progress", arguments: [
        ("Launch the beta — 60%", 0.6), ("Adoption 45%", 0.45), ("Routine tickets self-served: 55%", 0.55),
    ])
    func percentResult(_ text: String, _ expected: Double) {
        #expect(ProgressReader.read(text, checked: nil).progress == expected, "\(text)")
    }

    @Test("figures in different units of time are converted to one before they are compared", arguments: [
        ("Reduce p99 latency from 1.2s to 400ms, now 800ms", 0.5),
        ("Response time from 2 days to 4 hours, now 1 day", 0.545),
        ("Build time 10 min -> 90 s, now 5 min", 0.588),
        ("Detection time from 40 to 5 minutes, now 12", 0.8),
    ])
    func mixedDurations(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(near(reading.progress, expected), "\(text): \(String(describing: reading.progress))")
    }

    @Test("mixed units of time with a figure of no unit are unknown, not bare numbers compared")
    func mixedDurationWithoutUnit() {
        let reading = ProgressReader.read("Reduce p99 latency from 1.2s to 400ms, now 800", checked: nil)
        #expect(reading.progress == nil)
        #expect(reading.problem != nil)
    }

    @Test("a service level from a written start is a distance covered, in a bullet as in a table")
    func serviceLevelWithStart() {
        #expect(near(ProgressReader.read("Uptime from 99.2% to 99.9%, now 99.5%", checked: nil).progress, 0.43))
        #expect(near(ProgressReader.read("Uptime 99.2% → 99.9%, now 99.5%", checked: nil).progress, 0.43))
        // Without a start the level is met or not.
        #expect(ProgressReader.read("99.95% uptime (currently 99.9%)", checked: nil).progress == nil)
        let (file, _) = objectives("""
            # Q1 2027 OKRs

            | Objective | Key Result | Baseline | Target | Current | Status |
            |---|---|---|---|---|---|
            | Run reliably | Uptime | 99.2% | 99.9% | 99.5% | On track |
            """)
        #expect(near(file.objectives.first?.keyResults.first?.progress, 0.43))
    }

    @Test("a row its figures call complete but its status calls at risk is unknown, with a warning at the row")
    func tableContradiction() {
        let (file, diagnostics) = objectives("""
            # Q1 2027 OKRs

            | Objective | Key Result | Target | Current | Status |
            |---|---|---|---|---|
            | Keep patients coming | No-show rate (%) | 5 | 8 | at risk |
            | | Bounce rate | 20% | 35% | off track |
            | | Clinics onboarded | 4 | 4 | on track |
            | | Referrals | 10 | 12 | done |
            """)
        #expect(file.objectives.first?.keyResults.map(\.progress) == [nil, nil, 1, 1])
        let warned = diagnostics.filter { $0.code == .progressUnread }
        #expect(warned.map(\.location.line) == [5, 6])
        #expect(warned.first?.message.contains("at risk") == true)
    }

    @Test("a bullet its figures call complete but its status calls off track is unknown, with a warning; a checked one is done")
    func bulletContradiction() {
        let (file, diagnostics) = objectives("""
            # Q1 2027 OKRs

            ## Keep patients coming

            - [ ] No-show rate: 8/5 [off track]
            - [x] Referrals 12/10 [at risk]
            - [ ] Clinics 4/4 [on track]
            """)
        #expect(file.objectives.first?.keyResults.map(\.progress) == [nil, 1, 1])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [5])
    }

    @Test("amounts of money, `out of`, a percent marked done and a value marked now at the end are read", arguments: [
        ("Revenue €40k of €100k", 0.4), ("Pilot clinics: 3 out of 5", 0.6), ("Migration 60 % done", 0.6),
        ("Migration 60% done", 0.6), ("Grow MAU to 10k — 4k now", 0.4),
    ])
    func moreForms(_ text: String, _ expected: Double) {
        #expect(near(ProgressReader.read(text, checked: nil).progress, expected), "\(text)")
    }

    @Test("`out of` after a verb is still a target")
    func outOfTarget() {
        #expect(ProgressReader.read("Close 3 out of 5 pilots", checked: false).progress == nil)
    }
}
