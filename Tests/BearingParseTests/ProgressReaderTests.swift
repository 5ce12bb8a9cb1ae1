import Foundation
import Testing
@testable import BearingParse
import BearingAlign
import BearingModel

@Suite("Key-result progress")
struct ProgressReaderTests {
    @Test("hostile text cannot make the patterns backtrack: a 1 MB key result reads at once")
    func hostile() {
        let reading = ProgressReader.read(String(repeating: "from 1 to 2 ", count: 90_000), checked: false)
        // Read as prose: its figures are not read, and it says so.
        #expect(reading.source == .unknown && reading.progress == nil && reading.problem != nil)
        let long = ProgressReader.read(String(repeating: "from 1 to 2 ", count: 45), checked: false)
        #expect(long.source != .range)
        let arrows = ProgressReader.read(String(repeating: "=> 5 of ", count: 70), checked: nil)
        #expect(arrows.progress == nil)
    }

    /// The misreads a new user found (issue 13), each pinned by name.
    @Test("numbers that are not progress are not read as progress", arguments: [
        ("24/7 support coverage", false, 0.0),
        ("Uptime 99.9%", true, 1.0),
        ("Ship v2.3 of the importer", false, 0.0),
        ("Publish the handbook by 2026-03-31", false, 0.0),
        ("Launch the pricing page by 3/31", false, 0.0),
        ("SOC 2 Type II report issued", false, 0.0),
        ("Pass the ISO 27001 surveillance audit", false, 0.0),
        ("Serve every endpoint over TLS 1.3 and HTTP/2", false, 0.0),
    ])
    func notProgress(_ text: String, _ checked: Bool, _ expected: Double) {
        #expect(ProgressReader.read(text, checked: checked).progress == expected)
        #expect(ProgressReader.read(text, checked: checked).source == .checkbox)
    }

    /// A weighted OKR file writes each key result's weight beside its target ("[Target: 60%, Weight: 40%]"), and OKR
    /// templates a confidence: Bearing read 40% done and 70% done.
    @Test("a weight, confidence or probability is how much a key result counts or how likely it is, never progress")
    func weightAndConfidence() {
        for text in ["KR1: Achieve >60% approval rate by Month 3 [Target: 60%, Weight: 40%]", "Launch the Java SDK (confidence 70%)",
                     "Launch the Go SDK — Confidence: 50%", "Reach 80% adoption — probability 60%", "Ship the importer, 30% weighting",
                     "Ship the importer (confidence 7/10)", "Ship the importer — 60% chance"] {
            #expect(ProgressReader.read(text, checked: nil).progress == nil, "\(text)")
        }
        // The current value beside them still counts.
        #expect(ProgressReader.read("Reach 80% adoption (now 60%, weight 20%)", checked: false).progress == 0.75)
        #expect(ProgressReader.read("Migrate 10 customers (weight 20%): 40%", checked: false).progress == 0.4)
        #expect(ProgressReader.read("Raise customer confidence to 80%, now 60%", checked: false).progress == 0.75)
    }

    /// A weight or confidence in brackets is often a bare number ("(weight 2)", "(confidence 0.7)"): Bearing read
    /// "Ship the new wizard (weight 2), 50% done" as done, the weight 2 of a target 50.
    @Test("a bare weight or confidence in brackets is no figure; a measure named by the word keeps its numbers")
    func bareWeightInBrackets() {
        #expect(ProgressReader.read("Ship the new wizard (weight 2), 50% done", checked: false).progress == 0.5)
        #expect(ProgressReader.read("Ship the new wizard (weight: 2), now 50%", checked: false).progress == 0.5)
        #expect(ProgressReader.read("Ship the new wizard (confidence 0.7), 50% done", checked: false).progress == 0.5)
        #expect(ProgressReader.read("Ship the new wizard [Weight: 3], now 50%", checked: false).progress == 0.5)
        #expect(ProgressReader.read("Cut page weight from 4 MB to 2 MB, now 3 MB", checked: false).progress == 0.5)
        // The measure is confidence itself: "currently confidence 7/10" is its current value, as "currently happiness 7/10" is.
        #expect(ProgressReader.read("Raise team confidence score to 9/10 (currently confidence 7/10)", checked: false).progress
                == ProgressReader.read("Raise team happiness score to 9/10 (currently happiness 7/10)", checked: false).progress)
        #expect(ProgressReader.read("Raise team confidence score to 9/10 (currently confidence 7/10)", checked: false).progress != nil)
    }

    /// A sales OKR file: "Win rate of 40% on enterprise deals, up from 25%" read 0.25 done, "Reduce churn to 2%, down from
    /// 5%" 0.05 — the start taken for how far the work has got. The key result states its target and its start.
    @Test("a figure after 'up from', 'down from' or a baseline is where the measure started, not progress")
    func startIsNoProgress() {
        for text in ["Win rate of 40% on enterprise deals, up from 25%", "Reduce churn to 2%, down from 5%",
                     "Grow self-serve share to 60% (baseline: 35%)", "Activation to 50%, from 30%", "Trial conversion 12% vs. 8%",
                     "NPS detractors down to 10%, compared to 18%"] {
            let reading = ProgressReader.read(text, checked: false)
            #expect(reading.progress == nil, "\(text)")
            #expect(reading.unread != nil, "\(text)")
        }
        // With the current value written, the start counts as before; a checked box is done.
        #expect(ProgressReader.read("Grow ARR to $5M, up from $3M (now $4M)", checked: nil).progress == 0.5)
        #expect(ProgressReader.read("Win rate of 40% on enterprise deals, up from 25%", checked: true).progress == 1)
        // A share with no start before it is still read.
        #expect(ProgressReader.read("Routine tickets self-served: 55%", checked: nil).progress == 0.55)
        #expect(ProgressReader.read("Migrate the data from Postgres, 40%", checked: nil).progress == 0.4)
    }

    @Test("a target with no current value is unknown, never a guess")
    func targetOnly() {
        for text in ["Uptime 99.9%", "Hire 2 engineers", "Close 3 of 5 pilots", "Grow adoption to 40%", "Reduce churn to 3% (currently 5%)"] {
            let reading = ProgressReader.read(text, checked: false)
            #expect(reading.progress == nil, "\(text)")
            #expect(reading.unread != nil, "\(text)")
        }
    }

    @Test("the current value, not the last number: 1 of 3 pilots, 5 of 12 clinics")
    func currentValue() {
        #expect(ProgressReader.read("Close 3 of 5 pilots: 1 so far", checked: nil).progress.map { abs($0 - 1.0 / 3) < 1e-9 } == true)
        #expect(ProgressReader.read("Onboard 12 clinics; 5 done so far", checked: false).progress.map { abs($0 - 5.0 / 12) < 1e-9 } == true)
    }
}

/// Every row of the progress-forms table in docs/format.md is a test, so the docs and the reader cannot drift.
@Suite("docs/format.md progress forms")
struct ProgressFormsDocTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var checked: Bool?
        var progress: Double?
        var source: String
        var warning: String
        var testDescription: String { "\(checked.map { $0 ? "[x] " : "[ ] " } ?? "- ")\(text)" }
    }

    static let formatDoc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/format.md")

    /// The rows of the table after `<!-- progress-forms -->`; a malformed row becomes a row that fails.
    static var rows: [Row] {
        guard let doc = try? String(contentsOf: formatDoc, encoding: .utf8),
              let marker = doc.range(of: "<!-- progress-forms -->") else { return [] }
        var rows: [Row] = []
        for line in doc[marker.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            guard line.hasPrefix("|") else { if rows.isEmpty { continue } else { break } }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, cells[0].hasPrefix("`") else { continue }
            let box = cells[1].trimmingCharacters(in: ["`"])
            rows.append(Row(text: cells[0].trimmingCharacters(in: ["`"]), checked: box == "[x]" ? true : box == "[ ]" ? false : nil,
                            progress: Double(cells[2]), source: cells[3], warning: cells[4].trimmingCharacters(in: ["`"])))
        }
        return rows
    }

    @Test("the table is there and holds every misread the issue lists")
    func tableIsThere() {
        let texts = Set(Self.rows.map(\.text))
        #expect(Self.rows.count >= 40)
        for misread in ["24/7 support coverage", "Uptime 99.9%", "Reduce churn to 3% (currently 5%)", "Close 3 of 5 pilots: 1 so far",
                        "Onboard 12 clinics; 5 done so far", "Hire 2 engineers"] {
            #expect(texts.contains(misread), "\(misread)")
        }
    }

    @Test("each row reads as the docs say", arguments: rows)
    func row(_ row: Row) {
        let reading = ProgressReader.read(row.text, checked: row.checked)
        if let expected = row.progress {
            #expect(reading.progress.map { abs($0 - expected) < 0.001 } == true, "read \(String(describing: reading.progress))")
        } else {
            #expect(reading.progress == nil, "read \(String(describing: reading.progress))")
        }
        #expect(reading.source.rawValue == row.source)
        let warning = reading.problem != nil ? "progress-unreadable" : reading.unread != nil ? "progress-unread" : ""
        #expect(warning == row.warning)
    }
}

@Suite("Google-style grades after a key result")
struct TrailingGradeTests {
    @Test("a decimal grade after a final dash is the key result's score; a whole number there is a count", arguments: [
        ("Projected median battery life from 19 to 26 months, now 24 — 0.7", 0.7 as Double?, ProgressSource.score),
        ("Launch the beta - 1.0", 1.0, .score),
        ("Cut ticket backlog – .5", 0.5, .score),
        ("Ship v2 — 1", nil, .unknown),
        ("Reduce error budget burn — 0.1%", 0.001, .percent),
        ("Median battery life from 19 to 26 months, now 24", 5.0 / 7.0, .range),
    ])
    func trailingGrade(_ text: String, _ progress: Double?, _ source: ProgressSource) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(reading.progress.map { ($0 * 1000).rounded() } == progress.map { ($0 * 1000).rounded() })
        #expect(reading.source == source)
    }
}
