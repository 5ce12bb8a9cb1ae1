import Testing
@testable import BearingModel
@testable import BearingParse

/// Readings left over from sessions 20 and 21: key results numbered with no space after the number inside a paragraph,
/// "5m" in a measure of time, and a sentence that ends on "U.S.".
@Suite("Numbered key-result lines, minutes and U.S.")
struct KeyResultLinesAndUnitsTests {
    func objectives(_ body: String) -> ([Objective], [Diagnostic]) {
        let (file, diagnostics) = ObjectivesParser().parse(read("# Objectives 2026-Q3\n\n\(body)\n", path: "objectives/2026-Q3.md"))
        return (file.objectives, diagnostics)
    }

    @Test("lines numbered with no space after the number under a Key Results label are its key results, with a warning at their line")
    func gluedNumbersInTheLabelsParagraph() {
        let (found, diagnostics) = objectives("""
            ## Ship faster

            **Key Results:**
            1.Lead time under 2 days
            2.Deploy weekly
            """)
        #expect(found.first?.keyResults.map(\.text) == ["Lead time under 2 days", "Deploy weekly"])
        #expect(found.first?.keyResults.map(\.location.line) == [6, 7])
        let warning = diagnostics.first { $0.code == .taskMarkerSpace }
        #expect(warning?.location.line == 6)
        #expect(warning?.message.contains("GitHub shows them as one paragraph") == true)
        // The page shows the label and then the list the lines were read as, not the lines again as prose.
        let kinds = found.first?.blocks.map { block -> String in
            switch block.kind {
            case .paragraph(let content): "p:" + content.plainText
            case .list(let ordered, let items): "\(ordered ? "ol" : "ul"):\(items.count)"
            default: "other"
            }
        }
        #expect(kinds == ["p:Key Results:", "ol:2"])
    }

    @Test("a paragraph of such lines after the label is read too, ')' numbers included, and its figures are read")
    func gluedNumbersAfterTheLabel() {
        let (found, diagnostics) = objectives("""
            ## Grow usage

            **Key Results:**

            1.Weekly actives from 100 to 500, now 200
            2)Retention at 40%
            3. Churn under 5%
            """)
        let results = found.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Weekly actives from 100 to 500, now 200", "Retention at 40%", "Churn under 5%"])
        #expect(results.first?.progress == 0.25)
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
    }

    @Test("numbered-looking lines outside a key-results label, and figures such as '1.5x', stay prose")
    func otherParagraphsStay() {
        let (prose, _) = objectives("## Ship faster\n\nWe learned:\n1.Small batches\n2.Fewer handoffs\n\n- [ ] Lead time under 2 days")
        #expect(prose.first?.keyResults.map(\.text) == ["Lead time under 2 days"])
        let (figures, _) = objectives("## Ship faster\n\n**Key Results:**\n1.5x faster builds\n2.5x fewer flakes")
        #expect(figures.first?.keyResults.isEmpty == true)
    }

    @Test("'5m' in a measure of time is minutes; with money or people it stays millions", arguments: [
        ("Deploy time from 2h to 5m, now 30m", 0.7826), ("MTTR from 60 min to 5m, now 20m", 0.7273),
        ("Build time from 30 minutes to 5m, now 10 minutes", 0.8), ("Revenue from $1m to $5m, now $2m", 0.25),
        ("5M users, now 2M", 0.4), ("Reach $5m ARR, now $2m", 0.4),
    ])
    func minutes(_ text: String, _ expected: Double) {
        let progress = ProgressReader.read(text, checked: false).progress
        #expect(progress.map { abs($0 - expected) < 0.001 } == true, "\(text): \(String(describing: progress))")
    }

    @Test("a falling time target with only its current value is unknown, as with 'min' written out", arguments: [
        "Deploy in 5m, now 12m", "p95 build time under 5m, now 8m",
    ])
    func fallingMinutes(_ text: String) {
        #expect(ProgressReader.read(text, checked: false).progress == nil, "\(text)")
    }

    @Test("a sentence that ends on 'U.S.' ends there; 'the U.S. market' and 'e.g. Slack' go on")
    func usSentence() {
        #expect(TitleText.firstSentence("Launch in the U.S. Next we open Canada.").sentence == "Launch in the U.S.")
        #expect(TitleText.firstSentence("Grow the U.S. market fast. Then Europe.").sentence == "Grow the U.S. market fast")
        #expect(TitleText.firstSentence("Win the U.S. Army contract. Then more.").sentence == "Win the U.S. Army contract")
        #expect(TitleText.firstSentence("Use chat, e.g. Slack for alerts. Then more.").sentence == "Use chat, e.g. Slack for alerts")
    }
}
