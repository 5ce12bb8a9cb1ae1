/// Reads `bearing.yml` into a `WorkspaceConfig`, reporting bad values and unknown keys at their line.
package enum ConfigLoader {
    package static let fileName = "bearing.yml"
    static let knownKeys = ["title", "base_url", "paths", "weights", "ignore_headings", "priorities_heading", "fiscal_year_start", "today", "allow_html", "max_file_size", "stale_after_weeks", "people"]

    package static func load(_ text: String, path: String = fileName) -> (WorkspaceConfig, [Diagnostic]) {
        var config = WorkspaceConfig()
        var diagnostics = DiagnosticBag(path: path)
        let value: YAMLValue?
        switch YAMLReader.read(text) {
        case .success(let read): value = read
        case .failure(let failure):
            diagnostics.error(.configInvalid, "\(path) is not valid YAML: \(failure.message); using default settings", line: failure.line)
            return (config, diagnostics.items)
        }
        guard let value else { return (config, []) }
        guard case .mapping(let entries, _) = value else {
            diagnostics.error(.configInvalid, "\(path) must be a mapping of settings", line: value.line)
            return (config, diagnostics.items)
        }
        for entry in entries {
            apply(entry, to: &config, path: path, diagnostics: &diagnostics)
        }
        return (config, diagnostics.items)
    }

    private static func apply(_ entry: YAMLEntry, to config: inout WorkspaceConfig, path: String, diagnostics: inout DiagnosticBag) {
        let value = entry.value
        switch entry.key.lowercased() {
        case "title": config.title = value.string
        case "base_url": config.baseURL = value.string
        case "today":
            guard let text = value.string, DateText.isISODate(text) else {
                diagnostics.error(.configInvalid, "`today` must be a date written YYYY-MM-DD", line: value.line); return
            }
            config.today = text
        case "allow_html":
            guard let flag = value.string.flatMap(Self.bool) else {
                diagnostics.error(.configInvalid, "`allow_html` must be true or false", line: value.line); return
            }
            config.allowHTML = flag
        case "max_file_size":
            guard let bytes = value.string.flatMap(Self.byteCount) else {
                diagnostics.error(.configInvalid, "`max_file_size` must be a size such as 4MB or 500KB", line: value.line); return
            }
            config.maxFileBytes = bytes
        case "stale_after_weeks":
            guard let weeks = value.string.flatMap({ Int($0.trimmed) }), weeks > 0 else {
                diagnostics.error(.configInvalid, "`stale_after_weeks` must be a whole number of weeks, such as 6", line: value.line); return
            }
            config.staleAfterWeeks = weeks
        case "fiscal_year_start":
            guard let month = value.string.flatMap(Self.month) else {
                diagnostics.error(.configInvalid, "`fiscal_year_start` must be a month, such as February or 2", line: value.line); return
            }
            config.fiscalYearStart = month
        case "priorities_heading", "priorities_headings":
            config.prioritiesHeadings = strings(value)
        case "ignore_headings":
            config.ignoreHeadings = strings(value)
        case "weights":
            for weight in value.entries {
                guard let number = weight.value.string.flatMap(NumberText.share) else {
                    diagnostics.error(.weightsInvalid, "weight for `\(weight.key)` must be a share of effort from 0 to 100%, such as `40%` or `0.4`", line: weight.line); continue
                }
                config.weights.append(WeightEntry(reference: Reference(weight.key, at: SourceLocation(path: path, line: weight.line)), value: number))
            }
        case "people":
            config.people = PeopleConfig.read(value, path: path, diagnostics: &diagnostics)
        case "paths":
            for item in value.entries {
                switch item.key.lowercased() {
                case "strategy": if let text = item.value.string { config.strategyPath = text }
                case "objectives": config.objectivePaths = strings(item.value)
                case "roadmaps": config.roadmapPaths = strings(item.value)
                default:
                    diagnostics.warning(.configUnknownKey, "unknown path setting `\(item.key)`; expected strategy, objectives or roadmaps", line: item.line)
                }
            }
        default:
            let guess = DidYouMean.best(entry.key.lowercased(), among: knownKeys)
            diagnostics.warning(.configUnknownKey, "unknown setting `\(entry.key)` in \(path)", line: entry.line,
                                fix: guess.map { "did you mean `\($0)`?" })
        }
    }

    private static func strings(_ value: YAMLValue) -> [String] {
        switch value {
        case .scalar(let text, _): text.isEmpty ? [] : [text]
        case .sequence(let items, _): items.compactMap(\.string)
        case .mapping: []
        }
    }

    /// "February", "feb" or "2" → 2.
    static func month(_ text: String) -> Int? {
        let lower = text.lowercased().trimmed
        if let number = Int(lower), (1...12).contains(number) { return number }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard lower.count >= 3 else { return nil }
        return names.firstIndex { lower.hasPrefix($0) && $0.hasPrefix(String(lower.prefix(3))) }.map { $0 + 1 }
    }

    private static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    private static func byteCount(_ text: String) -> Int? {
        let lower = text.lowercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("gib", 1 << 30), ("gb", 1 << 30), ("mib", 1 << 20), ("mb", 1 << 20), ("kib", 1 << 10), ("kb", 1 << 10), ("b", 1)]
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            return Double(lower.dropLast(suffix.count)).map { Int($0 * Double(factor)) }
        }
        return Int(lower)
    }
}

import BearingModel
import Foundation
