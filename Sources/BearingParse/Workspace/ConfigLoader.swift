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
        let key = entry.key.lowercased()
        switch key {
        case "title": config.title = text(value, key: key, example: "`title: Platform plan`", diagnostics: &diagnostics) ?? config.title
        case "base_url": config.baseURL = text(value, key: key, example: "`base_url: https://plans.example.com/`", diagnostics: &diagnostics) ?? config.baseURL
        case "today":
            guard let text = value.string, DateText.isISODate(text) else {
                let reason = value.string.flatMap(DateText.missingDay).map { "; \($0)" } ?? ""
                diagnostics.error(.configInvalid, "`today` must be a date written YYYY-MM-DD" + reason, line: value.line); return
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
            guard let written = value.string, let month = Self.month(written) else {
                let guess = value.string.flatMap { DidYouMean.best($0.trimmed.lowercased(), among: monthNames) }
                diagnostics.error(.configInvalid, "`fiscal_year_start` must be a month, such as February or 2"
                                  + (value.string.map { "; `\($0.trimmed)` is not one" } ?? ""),
                                  line: value.line, fix: guess.map { "did you mean `\($0.prefix(1).uppercased() + $0.dropFirst())`?" })
                return
            }
            config.fiscalYearStart = month
        case "priorities_heading", "priorities_headings":
            config.prioritiesHeadings = headings(value, key: entry.key, diagnostics: &diagnostics)
        case "ignore_headings":
            config.ignoreHeadings = headings(value, key: entry.key, diagnostics: &diagnostics)
        case "weights":
            guard case .mapping = value else {
                if value.string?.isEmpty != true {
                    diagnostics.error(.configInvalid, "`weights` must map each priority to its share of effort", line: value.line,
                                      fix: "write it as `weights: { growth: 60%, reliability: 40% }`")
                }
                return
            }
            for weight in value.entries {
                guard let number = weight.value.string.flatMap(NumberText.share) else {
                    diagnostics.error(.weightsInvalid, "weight for `\(weight.key)` must be a share of effort from 0 to 100%, such as `40%` or `0.4`", line: weight.line); continue
                }
                config.weights.append(WeightEntry(reference: Reference(weight.key, at: SourceLocation(path: path, line: weight.line)), value: number))
            }
        case "people":
            config.people = PeopleConfig.read(value, path: path, diagnostics: &diagnostics)
        case "paths":
            readPaths(value, into: &config, diagnostics: &diagnostics)
        default:
            let guess = DidYouMean.best(key, among: knownKeys)
            diagnostics.warning(.configUnknownKey, "unknown setting `\(entry.key)` in \(path)", line: entry.line,
                                fix: guess.map { "did you mean `\($0)`?" })
        }
    }

    /// `paths:`: where the strategy, objectives and roadmaps are. Each path named is remembered with its line, so a
    /// folder that does not exist is said there (`WorkspaceScanner`), not read as a plan with nothing in it.
    private static func readPaths(_ value: YAMLValue, into config: inout WorkspaceConfig, diagnostics: inout DiagnosticBag) {
        guard case .mapping(let entries, _) = value else {
            if value.string?.isEmpty != true {
                diagnostics.error(.configInvalid, "`paths` must map strategy, objectives and roadmaps to where they are", line: value.line,
                                  fix: "write it as `paths: { objectives: okrs, roadmaps: [roadmaps, team-roadmaps] }`")
            }
            return
        }
        for item in entries {
            let key = item.key.lowercased()
            switch key {
            case "strategy":
                guard let text = text(item.value, key: "paths: strategy", example: "`strategy: docs/strategy.md`", diagnostics: &diagnostics) else { continue }
                config.strategyPath = text
                config.pathLines[text] = item.value.line
            case "objectives", "roadmaps":
                let paths = strings(item.value, key: "paths: \(key)", diagnostics: &diagnostics)
                if key == "objectives" { config.objectivePaths = paths } else { config.roadmapPaths = paths }
                for path in paths { config.pathLines[path] = item.value.line }
            default:
                diagnostics.warning(.configUnknownKey, "unknown path setting `\(item.key)`; expected strategy, objectives or roadmaps", line: item.line)
            }
        }
    }

    /// A setting that is one piece of text; nil (with an error) for a list or mapping, and nil for an empty value.
    private static func text(_ value: YAMLValue, key: String, example: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let text = value.string else {
            diagnostics.error(.configInvalid, "`\(key)` must be one piece of text, not a \(kind(value))", line: value.line, fix: "write it as \(example)")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// A setting that is one text or a list of them; a mapping, or a list item that is not text, is an error.
    private static func strings(_ value: YAMLValue, key: String, diagnostics: inout DiagnosticBag) -> [String] {
        switch value {
        case .scalar(let text, _): return text.isEmpty ? [] : [text]
        case .sequence(let items, _):
            for item in items where item.string == nil {
                diagnostics.error(.configInvalid, "each entry of `\(key)` must be text, not a \(kind(item))", line: item.line,
                                  fix: "write it as `\(key): [first, second]`")
            }
            return items.compactMap(\.string).filter { !$0.isEmpty }
        case .mapping:
            diagnostics.error(.configInvalid, "`\(key)` must be text or a list of texts, not a mapping", line: value.line,
                              fix: "write it as `\(key): [first, second]`")
            return []
        }
    }

    /// Heading titles; a bare number (`ignore_headings: 3`) is taken for a count or a level, not the title "3", and
    /// is an error rather than a setting that matches nothing.
    private static func headings(_ value: YAMLValue, key: String, diagnostics: inout DiagnosticBag) -> [String] {
        strings(value, key: key, diagnostics: &diagnostics).filter { title in
            guard Double(title.trimmed) != nil else { return true }
            diagnostics.error(.configInvalid, "`\(key)` lists heading titles; `\(title)` is a number, not a title", line: value.line,
                              fix: "write the headings' text, such as `\(key): [Appendix, \"Notes*\"]`")
            return false
        }
    }

    private static func kind(_ value: YAMLValue) -> String {
        switch value {
        case .scalar: "text"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// "February", "feb", "Feb." or "2" → 2: a month's name or its first three letters ("Sept" too); "Febuary" is
    /// no month (the caller offers "February"), where reading it by its first letters took "Febxyz" as well.
    static func month(_ text: String) -> Int? {
        var lower = text.lowercased().trimmed
        if let number = Int(lower), (1...12).contains(number) { return number }
        if lower.hasSuffix(".") { lower.removeLast() }
        if lower == "sept" { return 9 }
        return monthNames.firstIndex { $0 == lower || $0.prefix(3) == lower }.map { $0 + 1 }
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
            // A size past what a file can hold (`1e30GB`) is no size: converting it to Int would trap.
            guard let number = Double(lower.dropLast(suffix.count)), number.isFinite, number >= 0, number * Double(factor) < 1e15 else { return nil }
            return Int(number * Double(factor))
        }
        return Int(lower).flatMap { $0 > 0 ? $0 : nil }
    }
}

import BearingModel
import Foundation
