import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Key-result figures of a chief of staff's trial (25b): "metric N%" read three ways — `gross margin 70%` fell silently
/// to its unchecked box because "margin 70" was hidden as a date ("March 70") — and impossible figures (`7 of 5`,
/// `140%`, `now 100.5%` of an uptime) clamped to done without a word.
@Suite("Key-result figures (trial 25b)")
struct FiguresTrial25Tests {
    func load(_ objectives: String) -> Plan {
        WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": "## Priorities\n\n1. **Win enterprise accounts** {#enterprise}\n",
            "/ws/objectives/2026-Q4.md": objectives,
        ])).load(root: "/ws")
    }

    @Test("a bare `metric N%` reads the same whatever the metric's name; a service level stays a target")
    func metricPercentConsistent() {
        let plan = load("# Q4 2026\n\n## KR forms\n- Priorities: enterprise\n\n- [ ] Uptime 99.9%\n- [ ] participation 85%\n"
            + "- [ ] free→paid conversion 4%\n- [ ] gross margin 70%\n")
        let read = plan.objectives.first?.keyResults.map { $0.progress } ?? []
        #expect(read == [nil, 0.85, 0.04, 0.7], "\(read)")
        #expect(plan.objectives.first?.keyResults.allSatisfy { $0.progressSource != .checkbox } == true)
        #expect(plan.diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [6], "\(plan.diagnostics)")
    }

    @Test("a word that only starts like a month hides no figure", arguments: [
        ("gross margin 70%", 0.7), ("Marketing-qualified leads: 45%", 0.45), ("Junior hires onboarded 3 of 4", 0.75),
        ("Separate services migrated: 60%", 0.6), ("Octopus deploys moved: 2/4", 0.5),
    ])
    func monthLikeWords(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress.map { abs($0 - expected) < 0.001 } == true, "\(text): \(String(describing: reading.progress)) \(reading.source)")
    }

    @Test("a month and its day are still a date, not a figure", arguments: ["Launch by Mar 3", "Ship on March 31", "Open the office 3 Sept 2026"])
    func monthsStillDates(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.source == .checkbox && reading.progress == 0, "\(text): \(reading)")
    }

    @Test("an unchecked key result with a percentage never falls silently to its box", arguments: [
        "Decrease churn 5%", "Increase adoption 45%", "Reduce cloud spend 10%",
    ])
    func noSilentCheckbox(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil && reading.unread != nil, "\(text): \(reading)")
    }

    @Test("a colon, `at` or `now` after a verb of change gives where the measure stands", arguments: [
        ("Increase adoption: 45%", 0.45), ("Increase adoption, now 45%", 0.45), ("Grow adoption at 45%", 0.45),
        ("Cut unnecessary tickets by 50% 20%", 0.2),
    ])
    func changeWithMarker(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress.map { abs($0 - expected) < 0.001 } == true, "\(text): \(reading)")
    }

    @Test("figures past done are clamped for the grade and warned at their line; a checked box is taken as written")
    func impossibleFigures() {
        let plan = load("# Q4 2026\n\n## SSO for enterprise customers\n- Priorities: enterprise\n\n- [ ] SSO GA: 140%\n"
            + "- [ ] 7 of 5 design partners live\n- [ ] uptime from 99.8% to 99.95%, now 100.5%\n- [x] Over-delivered 12/10\n"
            + "- [ ] Signups from 100 to 200, now 250\n- Services: 10 iterations to the handbook: 11/10 (110%)\n")
        #expect(plan.objectives.first?.keyResults.map(\.progress) == [1, 1, 1, 1, 1, 1])
        let warned = plan.diagnostics.filter { $0.code == .progressClamped }
        #expect(warned.map(\.location.line) == [6, 7, 8], "\(plan.diagnostics)")
        #expect(warned.allSatisfy { $0.severity == .warning })
        #expect(warned.map(\.message).joined().contains("`7 of 5`"), "\(warned)")
    }
}
