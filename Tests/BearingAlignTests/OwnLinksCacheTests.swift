import BearingModel
import BearingParse
import Foundation
import Testing
@testable import BearingAlign

/// Each item's own links (declared, with the warning about them, and inferred) are kept in the `InferenceCache`
/// between builds and reused for an unchanged item: every step of a series of edits aligns, with the kept cache, to
/// exactly the links and diagnostics of an alignment from nothing.
@Suite("Own links kept between builds")
struct OwnLinksCacheTests {
    static let strategy = """
        # Strategy

        ## Priorities

        1. **Security reviews.** Security and privacy reviews that pass on the first attempt. {#security}
        2. **Grow memberships.** More paying member communities and renewals. {#growth}
        """

    static let objectives = """
        ---
        quarter: 2026-Q4
        ---
        # Objectives

        ## Pass the state privacy audit

        - Priorities: security

        Every privacy review passes on the first attempt, with the audit findings closed.

        ### Close the audit findings

        Fix the findings the auditors raised in the privacy review.

        ## Sign up ten new member communities

        - Priorities: security

        Grow paying memberships: ten new member communities sign up and renew.

        ## Fix the build

        Make the nightly build green again.
        """

    static let roadmap = """
        # Platform roadmap

        ## Now

        ### Audit tooling

        - Objectives: pass-the-state-privacy-audit

        Tools for the auditors.

        ### Renewal reminders

        Remind member communities before their renewal date so more of them renew.
        """

    static func files(_ objectives: String, _ roadmap: String = roadmap, strategy: String = strategy) -> [String: String] {
        ["strategy.md": strategy, "objectives/2026-Q4.md": objectives, "roadmaps/platform.md": roadmap]
    }

    static let steps: [(String, [String: String])] = [
        ("first", files(objectives)),
        ("a sentence added to an objective", files(objectives.replacingOccurrences(
            of: "with the audit findings closed.", with: "with the audit findings closed. We track them in the weekly notes."))),
        // The declared-unsupported warning of the second objective moves down two lines: it must not keep its old line.
        ("lines added above an item", files(objectives.replacingOccurrences(
            of: "# Objectives\n", with: "# Objectives\n\nWritten by the platform team.\n"))),
        ("a declared priority changed", files(objectives.replacingOccurrences(of: "- Priorities: security\n\nGrow", with: "- Priorities: growth\n\nGrow"))),
        ("an inherited source renamed", files(objectives.replacingOccurrences(of: "Pass the state privacy audit", with: "Pass the federal privacy audit"),
                                             roadmap.replacingOccurrences(of: "pass-the-state-privacy-audit", with: "pass-the-federal-privacy-audit"))),
        ("a roadmap item's text", files(objectives, roadmap.replacingOccurrences(of: "Tools for the auditors.", with: "Tools for the auditors and reviewers."))),
        ("the strategy changed", files(objectives, strategy: strategy.replacingOccurrences(of: "renewals", with: "renewals and events"))),
    ]

    @Test func everyStepAlignsAsFromNothing() throws {
        var cache = InferenceCache()
        let aligner = Aligner(vectors: Shared.vectors)
        let today = DateText.parse("2026-11-15")!
        for (name, files) in Self.steps {
            let loaded = plan(files)
            let kept = aligner.align(loaded, today: today, cache: &cache)
            let fresh = aligner.align(loaded, today: today)
            #expect(kept.links == fresh.links, "\(name): links")
            #expect(kept.diagnostics == fresh.diagnostics, "\(name): diagnostics")
            #expect(kept.itemScores == fresh.itemScores, "\(name): scores")
            #expect(cache.ownLinks.count == kept.items.count, "\(name): one entry per item")
        }
    }

    @Test func theDeclaredWarningIsRaisedAndKept() throws {
        var cache = InferenceCache()
        let aligner = Aligner(vectors: Shared.vectors)
        let today = DateText.parse("2026-11-15")!
        let loaded = plan(Self.files(Self.objectives))
        let first = aligner.align(loaded, today: today, cache: &cache)
        let second = aligner.align(loaded, today: today, cache: &cache)
        let warnings = first.diagnostics.filter { $0.code == .declaredUnsupported }
        #expect(!warnings.isEmpty)
        #expect(second.diagnostics.filter { $0.code == .declaredUnsupported } == warnings)
    }
}
