import Foundation

/// ANSI colour for terminals, or none (piped output, NO_COLOR, TERM=dumb).
package struct ReportStyle: Sendable {
    package var color: Bool

    package init(color: Bool) { self.color = color }

    package static func detect() -> ReportStyle {
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
