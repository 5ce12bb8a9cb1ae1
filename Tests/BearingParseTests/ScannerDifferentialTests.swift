import Foundation
import Testing
import TestSupport
@testable import BearingParse

/// The byte scanners and prefilters that spare the parsers their regular expressions give the same answers as the
/// expressions, over every line of the real plans, the project's own files and seeded random strings
/// (`DifferentialLines`). A prefilter may only say "cannot match" where the expression finds nothing.
@Suite("Scanners against their expressions")
struct ScannerDifferentialTests {
    static let lines = DifferentialLines.all()

    @Test func theLinesCoverBothAnswers() {
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        // Without lines each expression matches, the comparisons below would prove nothing.
        #expect(Self.lines.count { !ProgressMask.notFigures.allRanges(in: $0).isEmpty } > 500)
        #expect(Self.lines.count { !ProgressMask.serviceLevels.allRanges(in: $0).isEmpty } > 500)
        #expect(Self.lines.count { KeyResultLabel.prefix.matches($0) } > 100)
    }

    @Test func progressMaskPrefiltersSkipOnlyWhatCannotMatch() {
        for line in Self.lines {
            let filter = LiteralFilter(line)
            if !ProgressMask.mayHideFigures(filter) { #expect(ProgressMask.notFigures.allRanges(in: line).isEmpty, "\(line)") }
            if !ProgressMask.mayHideLevels(filter) { #expect(ProgressMask.serviceLevels.allRanges(in: line).isEmpty, "\(line)") }
            #expect(ProgressMask.mask(line) == ProgressMask.mask(line, filter: nil), "\(line)")
        }
    }

    @Test func progressReaderGatesSkipOnlyWhatCannotMatch() {
        for line in Self.lines {
            let filter = LiteralFilter(line)
            let measure = ProgressMask.mask(line).text
            if !filter.mayHold(any: TargetAndCurrent.markers) { #expect(TargetAndCurrent.read(measure) == nil, "\(line)") }
            if !filter.mayHold("now", "currently", "so far", "to date", "at", "score") { #expect(!ProgressReader.hint.matches(measure), "\(line)") }
            #expect(ProgressReader.hasFreeDigit(measure) == ProgressReader.digit.matches(measure), "\(measure)")
            #expect(ProgressReader.hasFreeDigit(line) == ProgressReader.digit.matches(line), "\(line)")
        }
    }

    @Test func keyResultLabelsOnBytesMatchCharacters() {
        for line in Self.lines {
            if let bytes = KeyResultLabel.normalizeASCII(line) { #expect(bytes == KeyResultLabel.normalizeCharacters(line), "\(line)") }
            #expect(KeyResultLabel.hasPrefix(line) == (KeyResultLabel.prefix.matches(line) || KeyResultLabel.lowercaseOwnerPrefix.matches(line)), "\(line)")
        }
    }

    @Test func literalFilterShapes() {
        let filter = LiteralFilter("Hire 2 - 3 engineers by 3/31, v2 in 2026")
        #expect(filter.mayHoldDigits(around: UInt8(ascii: "-"), spaced: true))
        #expect(!filter.mayHoldDigits(around: UInt8(ascii: "-")))
        #expect(filter.mayHoldDigits(around: UInt8(ascii: "/")))
        #expect(filter.mayHold("v", thenDigits: 1) && filter.mayHold("20", thenDigits: 2) && !filter.mayHold("19", thenDigits: 2))
        #expect(!filter.mayHold(UInt8(ascii: "/"), times: 2))
        #expect(filter.mayHold("ENGINEERS".lowercased()) && !filter.mayHold("uptime"))
        // Not ASCII: every check says "maybe", so the expression runs.
        let other = LiteralFilter("ſla")
        #expect(other.mayHold("uptime") && other.mayHoldDigit && other.mayHoldDigits(around: UInt8(ascii: "-")))
    }

    @Test func referenceNormalizingByBytesAgreesWithCharacters() {
        var compared = 0
        let extra = ["  \"Grow revenue.\"  ", "`ops`:", "A\tB\n\nC", ".:", "", "\u{0B}x\u{0C}", "Q1 FY24 — OKR", "x.\n", "\n.Foo"]
        for line in Self.lines + extra {
            #expect(ReferenceIndex.normalize(line) == ReferenceIndex.normalizedByCharacters(line), "\(line)")
            compared += 1
        }
        #expect(compared > 1_000)
    }
}
