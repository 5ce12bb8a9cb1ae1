import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What a new user's trial and a fuzz over real files found (trial 24b): a weight past `Int.max` percent crashed every
/// command, a huge `Effort:` overflowed to infinity, "1 out of 4 engineers hired" read as done, a signed percentage as a
/// share done, a long key result lost its figure without a word, and "N of M" after a noun was called a bare target.
@Suite("Extreme values and counts of trial 24")
struct ExtremeValuesTrial24Tests {
    func load(_ files: [String: String]) -> Plan {
        WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
    }

    static let strategy = "# S\n\n## Priorities\n\n1. **Growth.** Grow revenue. {#growth}\n2. **Reliability.** Stay up. {#reliability}\n"

    @Test("a weight above 100% is an error at its line, in the strategy and in bearing.yml, and nothing crashes", arguments: [
        "1e20", "99999999999999999999", "1e20%", "1e308", "150%",
    ])
    func hugeWeight(_ weight: String) {
        let inStrategy = load(["strategy.md": "---\nweights:\n  growth: \(weight)\n---\n" + Self.strategy])
        #expect(inStrategy.diagnostics.contains { $0.code == .weightsInvalid && $0.location.line == 3 }, "\(inStrategy.diagnostics)")
        let inConfig = load(["strategy.md": Self.strategy, "bearing.yml": "weights:\n  growth: \(weight)\n"])
        #expect(inConfig.diagnostics.contains { $0.code == .weightsInvalid && $0.location.line == 2 }, "\(inConfig.diagnostics)")
    }

    @Test("a weight of 40, 40% or 0.4 is still a share")
    func shares() {
        #expect(NumberText.share("40") == 0.4 && NumberText.share("40%") == 0.4 && NumberText.share("0.4") == 0.4 && NumberText.share("100%") == 1)
    }

    @Test("an effort past a million is warned and left out, so no share or index overflows", arguments: ["1e308", "99999999999999999999", "2000000"])
    func hugeEffort(_ effort: String) {
        let plan = load(["strategy.md": Self.strategy,
                         "objectives/2026-Q4.md": "# Q4 2026\n\n## Grow revenue\n\nEffort: \(effort)\n\nGrow revenue.\n"])
        #expect(plan.objectives.first?.metadata.effort == nil)
        #expect(plan.diagnostics.contains { $0.code == .invalidValue && $0.location.line == 5 })
    }

    @Test("N out of M before a done-word is N of M done, as N of M is", arguments: [
        ("1 out of 4 engineers hired", 0.25), ("Hire engineers: 1 out of 4 hired", 0.25), ("3 out of 4 teams onboarded", 0.75),
        ("1 of 4 engineers hired", 0.25),
    ])
    func outOf(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress.map { abs($0 - expected) < 0.001 } ?? false, "\(text): \(String(describing: reading.progress))")
    }

    @Test("a signed percentage is a change aimed at, never a share done", arguments: ["Cloud cost -20%", "Churn −15%", "+15% signups", "Signups +15%"])
    func signedPercent(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil && reading.unread != nil, "\(text): \(String(describing: reading.progress))")
    }

    @Test("N of M ending the key result or after a participle is where it stands; after a verb it is a target, and the warning says how to give it", arguments: [
        ("Signed contracts 2 of 5", 0.4), ("Migrated 30 of 120 customers", 0.25), ("Customers migrated 30 out of 120", 0.25),
        ("Onboarded 3 of 4 teams", 0.75),
    ])
    func ofPairs(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress.map { abs($0 - expected) < 0.001 } ?? false, "\(text): \(String(describing: reading.progress))")
    }

    @Test("N of M after a verb stays a target, with a warning that names the colon", arguments: [
        "Close 3 of 5 pilots", "Launch 2 of 4 campaigns", "Exceed 3 of 5 targets", "Need 2 of 3 approvals", "Cut incidents to 2 of 5",
        "Pilots 2 of 5 live",
    ])
    func verbPairs(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil, "\(text): \(String(describing: reading.progress))")
        #expect(reading.unread?.contains("colon") == true, "\(text): \(reading.unread ?? "-")")
    }

    @Test("a rating aimed at keeps the plain target warning: a colon would make it no measure", arguments: [
        "Host 2 user conferences, avg. 4 out of 5 on survey event satisfaction", "Hold Contribute with 4 out of 5 stars from the attendee survey",
    ])
    func ratings(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil && reading.unread?.contains("colon") == false, "\(text): \(reading.unread ?? "-")")
    }

    @Test("a count of nothing divides by zero")
    func zeroTotal() {
        #expect(ProgressReader.read("Deals 5 of 0", checked: false).problem?.contains("divides by zero") == true)
    }

    @Test("a key result over 600 characters with figures is said to be unread, counted in characters")
    func longKeyResult() {
        let long = String(repeating: "word ", count: 125) + "done 3/7"
        let reading = ProgressReader.read(long, checked: false)
        #expect(reading.progress == nil && reading.problem?.contains("600 characters") == true)
        // 300 Cyrillic letters are 600 bytes but 300 characters: read.
        let cyrillic = String(repeating: "д", count: 280) + " 3/7"
        #expect(ProgressReader.read(cyrillic, checked: false).progress.map { abs($0 - 3.0 / 7) < 0.001 } ?? false)
        #expect(ProgressReader.read(long, checked: true).progress == 1)
    }
}
