import Foundation

/// ANSI colour for terminals, or none (piped output, NO_COLOR, TERM=dumb).
public struct ReportStyle: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    public static func detect() -> ReportStyle {
        let environment = ProcessInfo.processInfo.environment
        let enabled = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return ReportStyle(color: enabled)
    }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func band(_ text: String, _ band: String?) -> String {
        switch band {
        case "green": paint(text, "32")
        case "yellow": paint(text, "33")
        case "red": paint(text, "31")
        default: text
        }
    }
}

/// Number formats shared by every report.
enum Format {
    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
    static func grade(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
    static func index(_ value: Double) -> String { String(format: "%.0f/100", value) }

    static func day(_ date: Date) -> String { ReportDocument.day(date) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

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
        let gone = "\(percent(pace.elapsed)) of the quarter gone"
        switch pace.status {
        case "finished": return "quarter finished"
        case "not-started": return "quarter not started"
        default: return "\(gone) · \(pace.status.replacingOccurrences(of: "-", with: " "))"
        }
    }
}

/// Finds an item by id, the last part of its id, or its title (case-insensitive, unique prefix).
public enum ItemLookup {
    public static func find(_ text: String, in alignment: Alignment) -> AlignedItem? {
        let needle = text.lowercased().trimmingCharacters(in: .whitespaces)
        let items = alignment.items
        if let exact = items.first(where: { $0.id.lowercased() == needle }) { return exact }
        let steps: [(AlignedItem) -> Bool] = [
            { $0.id.lowercased().split(separator: "/").last.map(String.init) == needle },
            { $0.title.lowercased() == needle },
            { $0.title.lowercased().hasPrefix(needle) },
        ]
        for step in steps {
            let found = items.filter(step)
            if found.count == 1 { return found[0] }
        }
        return nil
    }
}
