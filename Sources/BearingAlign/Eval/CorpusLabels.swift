import BearingModel
import BearingParse
import Foundation

/// Labelled items from real planning files, stored as locators rather than text (`eval/real/*.labels`): the corpus
/// is read where it lies (`../shared/corpus` beside the repository), never copied into the project.
///
///     priority <id> | <path under the corpus> | <heading or list item title> [| intro]
///     item <priority id or none> | <path under the corpus> | <heading or list item title>
///
/// A heading locator takes its section (up to the next heading of the same or a higher level; with `intro`, only up
/// to the first list); a list-item locator takes the item and everything indented under it.
enum CorpusLabels {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func organization(_ name: String, labels: String, corpus: String, fileSystem: FileSystem) throws -> EvaluationSet.Organization {
        var priorities: [Priority] = []
        var items: [EvaluationSet.Item] = []
        var files: [String: [String]] = [:]
        func lines(_ path: String) throws -> [String] {
            if let known = files[path] { return known }
            let data = try fileSystem.readFile(corpus + "/" + path)
            // By Character: "\r\n" is one Character in Swift, so splitting on "\n" would leave a CRLF file one line.
            let read = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            files[path] = read
            return read
        }
        for (number, raw) in labels.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let space = line.firstIndex(of: " ") else { throw Problem(description: "\(name):\(number + 1): expected `priority` or `item`") }
            let kind = String(line[..<space])
            let fields = line[space...].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else { throw Problem(description: "\(name):\(number + 1): expected `id | path | locator`") }
            let text = try lines(fields[1])
            guard let section = locate(fields[2], in: text, introOnly: fields.count > 3 && fields[3] == "intro") else {
                throw Problem(description: "\(name):\(number + 1): \"\(fields[2])\" not found in \(fields[1])")
            }
            let location = SourceLocation(path: fields[1], line: section.line)
            switch kind {
            case "priority":
                let id = fields[0]
                priorities.append(Priority(id: id, number: "\(priorities.filter { $0.parent == nil }.count + 1)", title: section.title,
                                           summary: section.body.isEmpty ? nil : section.body, location: location))
                for (index, bullet) in section.bullets.enumerated() {
                    priorities.append(Priority(id: "\(id).\(index + 1)", number: "", title: bullet, parent: id, location: location))
                }
            case "item":
                items.append(EvaluationSet.Item(title: section.title, text: section.title + ". " + section.body, expected: fields[0]))
            default:
                throw Problem(description: "\(name):\(number + 1): expected `priority` or `item`, not `\(kind)`")
            }
        }
        let ids = Set(priorities.map(\.id))
        if let unknown = items.first(where: { $0.expected != EvaluationSet.none && !ids.contains($0.expected) }) {
            throw Problem(description: "\(name): item \"\(unknown.title)\" is labelled \(unknown.expected), which no priority has")
        }
        return EvaluationSet.Organization(name: name, strategy: Strategy(path: name, title: name, priorities: priorities), items: items)
    }

    struct Section {
        var title: String
        var body: String
        var bullets: [String]
        var line: Int
    }

    /// The first heading or list item whose text is `locator`, else the first whose text contains it; only headings
    /// when it starts with `#` (so a table of contents listing the same words is not taken for the section). A whole
    /// match comes first so that a bare role in a cascade ("* CRO", "* Product") is found, not an earlier line that
    /// only contains those letters ("across", "CEO: Popular next generation product").
    static func locate(_ locator: String, in lines: [String], introOnly: Bool) -> Section? {
        locate(locator, in: lines, introOnly: introOnly, whole: true) ?? locate(locator, in: lines, introOnly: introOnly, whole: false)
    }

    private static func locate(_ locator: String, in lines: [String], introOnly: Bool, whole: Bool) -> Section? {
        let headingsOnly = locator.hasPrefix("#")
        let wanted = normalized(locator.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces))
        for (index, line) in lines.enumerated() {
            let level = headingLevel(line)
            let plain = normalized(plainLine(line))
            if whole ? plain != wanted : !plain.contains(wanted) { continue }
            if level > 0 {
                var end = index + 1
                while end < lines.count, !(headingLevel(lines[end]) > 0 && headingLevel(lines[end]) <= level) {
                    if introOnly, listMarker(lines[end]) != nil { break }
                    end += 1
                }
                return section(title: plainLine(line), body: Array(lines[(index + 1)..<end]), line: index + 1)
            }
            if level == 0, !headingsOnly, let indent = listMarker(line) {
                var end = index + 1
                while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces).isEmpty
                        || (leadingSpaces(lines[end]) > indent && headingLevel(lines[end]) == 0) {
                    end += 1
                }
                let full = plainLine(line)
                // A bold lead-in ("**Title.** text") is the title; the rest of the line is body.
                let title = boldLead(line).flatMap { $0.hasSuffix(":") ? nil : $0 } ?? full
                let rest = full.hasPrefix(title) ? String(full.dropFirst(title.count)) : ""
                var result = section(title: title, body: Array(lines[(index + 1)..<end]), line: index + 1)
                result.body = (rest + " " + result.body).trimmingCharacters(in: .whitespaces)
                return result
            }
        }
        return nil
    }

    private static func section(title: String, body: [String], line: Int) -> Section {
        let bullets = body.filter { listMarker($0) != nil }.map(plainLine).filter { !$0.isEmpty }
        let text = body.map(plainLine).filter { !$0.isEmpty }.joined(separator: " ")
        return Section(title: title.trimmingCharacters(in: .whitespaces), body: text, bullets: bullets, line: line)
    }

    static func headingLevel(_ line: String) -> Int {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).first == " " ? hashes : 0
    }

    /// The indentation of a list item's marker, or nil when the line is not a list item.
    static func listMarker(_ line: String) -> Int? {
        let trimmed = line.drop { $0 == " " }
        if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " { return leadingSpaces(line) }
        let digits = trimmed.prefix { $0.isNumber }
        if !digits.isEmpty, let next = trimmed.dropFirst(digits.count).first, ".)".contains(next) { return leadingSpaces(line) }
        return nil
    }

    static func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }

    /// A line without its heading or list marker, emphasis, checkbox and link targets.
    static func plainLine(_ line: String) -> String {
        var text = line.trimmingCharacters(in: .whitespaces)
        text = String(text.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        if listMarker(line) != nil {
            text = String(text.drop { $0 != " " }).trimmingCharacters(in: .whitespaces)
            for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) { text = String(text.dropFirst(box.count)) }
        }
        text = InferenceText.clean(text)
        return text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "\\", with: "").trimmingCharacters(in: .whitespaces)
    }

    static func boldLead(_ line: String) -> String? {
        guard let open = line.range(of: "**"), let close = line.range(of: "**", range: open.upperBound..<line.endIndex),
              line[..<open.lowerBound].allSatisfy({ " -*+0123456789.)".contains($0) }) else { return nil }
        return plainLine(String(line[open.upperBound..<close.lowerBound]))
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
