import Foundation
import TestSupport
import Testing

/// `declared-unsupported` is a warning, and `check --strict` promises to fail on any warning (PRODUCT.md, README,
/// docs/diagnostics.md): it fails on this one too. Trial 26a asked whether it should; the docs now say it does and how
/// to resolve it, and the resolution they give for work that serves no priority passes.
@Suite("declared-unsupported and check --strict")
struct DeclaredUnsupportedStrictTests {
    static let strategy = """
        # Strategy

        ## Priorities

        1. **Product-led growth** {#product-led-growth}
           People sign up on their own, reach value in the product within a day, and upgrade to a paid plan: self-serve onboarding, activation and trials.
        2. **Win enterprise accounts** {#enterprise}
           Large companies buy annual contracts through a sales team: security reviews, single sign-on and procurement.
        """
    static func objectives(declaring: Bool) -> String {
        """
        # 2026-Q4

        ## Renew the office lease
        - Owner: Lee
        \(declaring ? "- Priorities: product-led-growth\n" : "")
        Negotiate the renewal of the office lease with the landlord before it expires in January, and compare two other buildings nearby on rent and commute.
        """
    }

    @Test("check warns and exits 0; --strict fails on it; without the declaration it is an orphan and --strict passes")
    func strict() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives(declaring: true)])
        let check = try Bearing.run(["check", "--workspace", repo.root.path, "--today", "2026-11-15", "--no-history"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("objectives/2026-Q4.md:5:15: warning: declared product-led-growth, but the text"), "\(check.stdout)")
        #expect(check.stdout.contains("[declared-unsupported]"), "\(check.stdout)")
        let strict = try Bearing.run(["check", "--workspace", repo.root.path, "--today", "2026-11-15", "--no-history", "--strict"])
        #expect(strict.status == 1)
        try repo.write(["objectives/2026-Q4.md": Self.objectives(declaring: false)])
        let undeclared = try Bearing.run(["check", "--workspace", repo.root.path, "--today", "2026-11-15", "--no-history", "--strict"])
        #expect(undeclared.status == 0, "\(undeclared.stdout)")
    }

    @Test("docs/diagnostics.md says --strict fails on it and how to resolve it")
    func documented() throws {
        let docs = try String(contentsOf: Bearing.packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let row = try #require(docs.split(separator: "\n").first { $0.hasPrefix("| `declared-unsupported` |") })
        #expect(row.contains("fails `check --strict`"), "\(row)")
        #expect(row.contains("To resolve it"), "\(row)")
        #expect(!row.contains("while another priority clearly fits it"), "the warning does not need another priority to fit: \(row)")
    }
}
