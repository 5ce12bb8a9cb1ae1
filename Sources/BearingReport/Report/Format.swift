import BearingAlign
import BearingModel
import Foundation

/// Number formats shared by every report.
enum Format {
    /// Halves round up, as the site's figures do: a share of 1/8 read "12%" in the stakeholder update and "13%" in the
    /// heatmap beside it on the same page (printf rounds an exact half to even).
    static func percent(_ value: Double) -> String { NumberFormat.fixed((value * 100).rounded(), digits: 0) + "%" }
    static func decimal(_ value: Double) -> String { NumberFormat.fixed(value, digits: 2) }
    static func grade(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, digits: 2) } ?? "–" }
    static func index(_ value: Double) -> String { NumberFormat.fixed(value, digits: 0) + "/100" }

    static func day(_ date: Date) -> String { ReportDocument.day(date) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    /// A name in a first column: padded to `width`, but never cut, since a cut id ("fast-build") names nothing the
    /// user can find; a longer name is followed by two spaces instead.
    static func label(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + "  " : pad(text, width)
    }

    /// `text` in exactly `width` characters: padded, or cut with "…" as its last.
    static func shortened(_ text: String, _ width: Int) -> String {
        text.count > width && width > 1 ? String(text.prefix(width - 1)) + "…" : pad(text, width)
    }

    /// "1 error", "2 errors".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func arrow(_ direction: String) -> String {
        switch direction {
        case "rising": "▲ rising"
        case "falling": "▼ falling"
        default: "– steady"
        }
    }

    static func paceText(_ pace: Pace) -> String {
        let gone = "\(percent(pace.elapsed)) of the \(pace.periodWord) gone"
        switch pace.status {
        case "finished": return "\(pace.periodWord) finished"
        case "not-started": return "\(pace.periodWord) not started"
        default: return "\(gone) · \(pace.status.replacingOccurrences(of: "-", with: " "))"
        }
    }
}
