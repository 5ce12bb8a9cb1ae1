import Foundation
import Testing
import TestSupport
@testable import BearingModel
@testable import BearingParse

/// Status labels, set-off statuses, shortcodes, "5m" minutes and bare owner names are ruled out on a text's bytes before the symbol tables,
/// searches and expressions run; the answer must be what the whole check gives, on every corpus line and on random
/// strings of the pieces they look for.
struct ByteShortcutsTests {
    static let extra = ["In progress", "✅ **Completed**", "🔧 In Progress:", "Next up", ":white_check_mark: Done", "(/) Done",
                        "Done right now please", "On track ✅", "Completed：", "  At risk  ", "Not started yet", "Done!", "Won't do",
                        "In\tprogress", "Done ✓ (COMPLETE)", "Sync — done", "Sync — phase 2 — done", "Pricing (new)", "[Done] Ship it",
                        "Ship it | done", "Ship it -- dropped", "Ship it –done", "Ship it —done", "A – b - c", "Done 2", "Ready.", "At-risk"]

    /// Seeded strings of status words, symbols and separators, so every branch of the byte checks meets real labels.
    static func random(count: Int) -> [String] {
        let pieces = ["Done", "done", "In", "progress", "On", "track", "at", "risk", "Next", "up", "✅", "🔧", "✓", ":x:", ":tada:",
                      "(x)", "(/)", "(!)", ":green_circle:", ":white_check_mark:", "::", ":Done:", "5m", "٣m", "12.5m", "p95", "VPE", "Dev Backend", "Data\u{00A0}Team", "—", "–", "-", "|", "||", "--", ":", "：", "\t", "\u{FE0F}", "1", ".", "won't", "é", "Ship"]
        let joins = ["", " ", " ", " ", "  "]
        var state: UInt64 = 23
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(1 + next(5))).map { _ in pieces[next(pieces.count)] + joins[next(joins.count)] }.joined() }
    }

    static func lines() -> [String] {
        let lines = DifferentialLines.all() + extra + extra.map { "**" + $0 + "**" } + random(count: 20_000)
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        return lines
    }

    @Test func aLabelsShortcutAgreesWithTheWholeCheck() {
        var labels = 0
        for line in Self.lines() {
            let fast = StatusLabel.status(ofTitle: line)
            #expect(fast == StatusLabel.statusWithoutShortcut(ofTitle: line), "\(line.debugDescription)")
            if fast != nil { labels += 1 }
        }
        #expect(labels > 20)
    }

    @Test func aSeparatorIsNeverTurnedAway() {
        var separated = 0
        for line in Self.lines() {
            let words = line.trimmed
            let has = [" | ", " || ", " — ", " – ", " - ", " -- ", " —", " –"].contains { words.contains($0) }
            if has { separated += 1; #expect(TitleStatus.mayHoldSeparator(words), "\(line.debugDescription)") }
        }
        #expect(separated > 100)
    }

    @Test func aShortcodeIsNeverTurnedAway() {
        var coded = 0
        for line in Self.lines() {
            let shown = Status.shortcodeEmoji.reduce(line) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
            if shown != line { coded += 1; #expect(Status.mayHoldShortcode(line), "\(line.debugDescription)") }
            #expect(Status.showingShortcodes(line) == shown, "\(line.debugDescription)")
        }
        #expect(coded > 100)
    }

    @Test func aMinuteIsNeverTurnedAway() {
        var minutes = 0
        for line in Self.lines() where DurationUnit.bareM.matches(line) {
            minutes += 1
            #expect(DurationUnit.mayHoldBareM(line), "\(line.debugDescription)")
        }
        #expect(minutes > 100)
    }

    @Test func aBareOwnerIsNeverTurnedAway() {
        var owners = 0
        for line in Self.lines() + Self.lines().map({ $0.trimmed }) where OwnerCascade.bare.matches(line) {
            owners += 1
            #expect(OwnerCascade.mayBeBareName(line), "\(line.debugDescription)")
        }
        #expect(owners > 100)
    }

    /// The rewrites' wake-up tests (`ObsidianMarkup.mayHold`, `MkDocsMarkup.mayHold`) look for their markers byte for byte;
    /// they were Foundation's Unicode-aware `contains`, a quarter of a cold build's CPU at 2,000 files. A text the old
    /// test woke the rewrite for must still wake it: on every corpus line, whole corpus files, and random strings of the
    /// markers beside combining marks, variation selectors and joiners, where a byte search and Foundation's may differ.
    @Test func aRewriteIsNeverTurnedAwayByItsByteTest() {
        let obsidian = ["%%", "::", "[/] ", "[-] ", " ^", "[>] ", "[<] ", "[!] ", "[?] ", "@{", "#status/", "📅", "📆", "🗓", "🛫", "✅ 2",
                        "❌ 2", "⏫", "🔼", "🔽", "⏬", "🔺", "🔁", "🆔", "⛔", "🏁"]
        let mkdocs = ["!!! ", "??? ", "???+ ", "=== \"", "===+ \"", "===! \"", " markdown", "--8<--", "{.", "{ .", "{:", "=lazy",
                      ":material-", ":octicons-", ":fontawesome-", ":simple-", ":::"]
        let pieces = obsidian + mkdocs + ["\u{301}", "\u{FE0F}", "\u{200D}", "e", "é", "🗓️", " ", "2", ":", "%", "[", "]", "-", "!", "="]
        var state: UInt64 = 39
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let random = (0..<20_000).map { _ in (0..<(1 + next(6))).map { _ in pieces[next(pieces.count)] }.joined() }
        let files = DifferentialLines.fileLines().joined(separator: "\n")
        var woken = 0
        for text in Self.lines() + random + [files] {
            if obsidian.contains(where: { text.contains($0) }) { woken += 1; #expect(ObsidianMarkup.mayHold(text), "\(text.debugDescription)") }
            if mkdocs.contains(where: { text.contains($0) }) { woken += 1; #expect(MkDocsMarkup.mayHold(text), "\(text.debugDescription)") }
        }
        #expect(woken > 1_000)
    }
}
