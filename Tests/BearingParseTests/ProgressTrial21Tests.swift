import Testing
@testable import BearingModel
@testable import BearingParse

/// Key-result progress a new user's trial found flipped (trial 21, F9 and F27): a change against the goal read as met, a
/// level read as a share done, two thresholds or versions read as `N/M`, a rating read as progress, the
/// `Current: … / Target: …` field pair unread, and table Current cells called missing though they were read.
@Suite("Progress misreads of trial 21")
struct ProgressTrial21Tests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    func near(_ value: Double?, _ expected: Double) -> Bool {
        value.map { abs($0 - expected) < 0.01 } ?? false
    }

    @Test("a relative target reads the change made so far, falling or rising, in either form", arguments: [
        ("Reduce churn by 25% (down 10% so far)", 0.4),
        ("Increase signups by 20% (up 5% so far)", 0.25),
        ("Increase signups by 20%, now up 5%", 0.25),
        ("Cut support tickets by 50%: down 60% so far", 1.0),
        ("25% fewer failed deploys (now 10% lower)", 0.4),
        ("Grow weekly active users by 10% — up 12% so far", 1.0),
    ])
    func relativeChange(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(near(reading.progress, expected), "\(text): \(String(describing: reading.progress))")
    }

    @Test("a change against the goal is no progress, never met", arguments: [
        "Reduce churn by 25% (up 10% so far)",
        "Reduce bugs by 25%, now 9% increase (47 to 51)",
        "Increase signups by 20%, now down 5%",
        "Reduce bugs by 25% (47 to 51)",
        "Increase retention by 10% (no change)",
    ])
    func againstTheGoal(_ text: String) {
        #expect(ProgressReader.read(text, checked: false).progress == 0, "\(text)")
    }

    @Test("a relative target beside a level, not a change, is unknown with a warning; with a baseline it is the change")
    func relativeTargetBesideLevel() {
        let level = ProgressReader.read("Reduce churn by 25% (currently 5%)", checked: false)
        #expect(level.progress == nil)
        #expect(level.unread?.contains("change") == true)
        let based = ProgressReader.read("Reduce churn by 25% (baseline 8%, now 6%)", checked: false)
        #expect(near(based.progress, 1))
    }

    @Test("two thresholds, versions, ratings and a rating aimed at are no `N/M` of work done", arguments: [
        "App store rating remains at or above 4.6 / 4.8",
        "Support iOS 17/18 and Android 14/15",
        "Reach 4.5/5 app rating",
        "Reach 4/5 app rating",
        "Keep the app rated 4/5 or higher",
    ])
    func notCounts(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.source != .ratio, "\(text): \(String(describing: reading.progress))")
        #expect(reading.progress != 0.9 && (reading.progress ?? 0) < 0.5, "\(text): \(String(describing: reading.progress))")
    }

    @Test("counts of work done stay ratios", arguments: [
        ("Close 3/5 pilots", 0.6), ("Docs for the 10 most common tasks: 7/10", 0.7), ("Migrate 1,200/2,400 repositories", 0.5),
    ])
    func countsStay(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.source == .ratio)
        #expect(near(reading.progress, expected), "\(text)")
    }

    @Test("the `Current: … / Target: …` field pair is read, in either order", arguments: [
        ("Onboard 5 teams. Current: 3 / Target: 5", 0.6),
        ("Paying teams (Target: 40, Current: 10)", 0.25),
        ("NPS — Target: 50; Actual: 45", 0.9),
    ])
    func labelledPair(_ text: String, _ expected: Double) {
        #expect(near(ProgressReader.read(text, checked: false).progress, expected), "\(text)")
    }

    @Test("a service level with an actual value at or above it is met; below it stays unknown")
    func serviceLevelMet() {
        #expect(ProgressReader.read("99.9% uptime (actual: 99.95%)", checked: false).progress == 1)
        let below = ProgressReader.read("99.95% uptime (currently 99.9%)", checked: false)
        #expect(below.progress == nil)
        #expect(below.unread != nil)
    }

    @Test("a `| KR | Current |` table: changes, answers, zero targets and levels are read against the key result's words")
    func currentColumn() throws {
        let (file, diagnostics) = objectives("""
            # Q4 2026

            ## Ship a stable app

            | KR | Current |
            |---|---|
            | Reduce bugs by 25% | 9% *increase* (47 to 51) |
            | App store rating remains at or above 4.6 / 4.8 | Yes |
            | Zero app store rejections | 0 |
            | App load time is 2 seconds or less | 4.3 sec |
            | Zero severity-1 accessibility issues | 1 |
            | Retention increase by 10% | Baseline 30 day - 68%, HS Launch - 30 day - 74% |
            | Reduce crashes by 20% | Stable (12 to 6) |
            | Adoption to 80% | 60% |
            """)
        let results = try #require(file.objectives.first).keyResults
        #expect(results.map(\.progress) == [0, 1, 1, nil, nil, nil, 1, 0.75])
        let unread = diagnostics.filter { $0.code == .progressUnread }
        #expect(unread.map(\.location.line) == [10, 11, 12])
        // The Current cells were read: no warning says there is no current value.
        #expect(!unread.contains { $0.message.contains("no current value") }, "\(unread.map(\.message))")
    }
}
