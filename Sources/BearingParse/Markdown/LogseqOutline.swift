import BearingModel

/// A Logseq page: everything is an outline of bullets, a heading is a bullet (`- ## Now`), a block's properties are
/// `key:: value` lines under it, a task starts with its marker (`TODO`, `DOING`, `DONE`, `LATER`, `NOW`), and page
/// links are `[[Page]]`. Read as Markdown, a plan kept in Logseq was one list with no headings: no objectives, no lanes.
/// The outline is rewritten line for line, so every position stays true, into the Markdown a reader sees in Logseq:
/// a heading bullet is a heading and its children the blocks under it, a block's properties are its fields (under a
/// heading, its lines; under a bullet, its sub-bullets), a task marker a checkbox and a status, page links their text,
/// page properties at the top of the file a metadata header (`title:: OKRs` → `title: OKRs`).
enum LogseqOutline {
    static func rewrite(_ text: String) -> String {
        guard text.contains("- ") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard isOutline(lines) else { return text }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        // The heading bullets enclosing the current line, by their depth: their children are the blocks under them.
        var headings: [Int] = []
        // The last bullet: its depth under the nearest heading and whether it is a heading.
        var block: (depth: Int, heading: Bool)?
        var inPage = true
        for line in lines {
            let (depth, rest) = indentation(line)
            if rest.isEmpty {
                out.append("")
                continue
            }
            if rest.hasPrefix("- ") || rest == "-" {
                inPage = false
                let content = rest == "-" ? "" : String(rest.dropFirst(2))
                while let last = headings.last, last >= depth { headings.removeLast() }
                if headingLevel(content) != nil {
                    out.append(linksAsText(content))
                    headings.append(depth)
                    block = (depth, true)
                    continue
                }
                let relative = max(0, depth - ((headings.last ?? -1) + 1))
                block = (relative, false)
                out.append(String(repeating: "  ", count: relative) + "- " + task(linksAsText(content)))
                continue
            }
            if let (key, value) = property(rest) {
                if inPage {
                    // Page properties: the file's header, as `Title: …` lines over a blank line.
                    out.append(key + ": " + linksAsText(value))
                } else if hidden.contains(key.lowercased()) {
                    out.append("")
                } else if let block, !block.heading {
                    out.append(String(repeating: "  ", count: block.depth + 1) + "- " + key + ": " + linksAsText(value))
                } else {
                    out.append(key + ": " + linksAsText(value))
                }
                continue
            }
            if let (key, value) = scheduled(rest), let block, !block.heading {
                out.append(String(repeating: "  ", count: block.depth + 1) + "- " + key + ": " + value)
                continue
            }
            // A block's further lines: its text, at its content's indentation.
            let indent = block.map { $0.heading ? 0 : ($0.depth + 1) * 2 } ?? 0
            out.append(String(repeating: " ", count: indent) + linksAsText(rest))
        }
        return out.joined(separator: "\n")
    }

    /// True when the file is an outline: its content lines are bullets, their properties and their text, none of
    /// them a heading outside a bullet, and something of Logseq's own is in it (a property, a heading bullet, a task
    /// marker).
    static func isOutline(_ lines: [Substring]) -> Bool {
        var content = 0, bullets = 0, own = 0
        for line in lines {
            let (_, rest) = indentation(line)
            if rest.isEmpty { continue }
            content += 1
            if rest.hasPrefix("#") || rest.hasPrefix("```") || rest.hasPrefix("|") || rest.hasPrefix("---") && content == 1 { return false }
            if rest.hasPrefix("- ") || rest == "-" {
                bullets += 1
                let inner = rest.dropFirst(2)
                if headingLevel(String(inner)) != nil || markers[String(inner.prefix { $0 != " " })] != nil { own += 1 }
            } else if property(rest) != nil {
                own += 1
            }
        }
        return bullets >= 2 && own >= 1 && bullets * 10 >= (content - ownProperties(lines)) * 8
    }

    private static func ownProperties(_ lines: [Substring]) -> Int {
        lines.filter { property(indentation($0).rest) != nil }.count
    }

    /// The bullet depth of a line (a tab or two spaces a level) and the rest of it.
    static func indentation(_ line: Substring) -> (depth: Int, rest: String) {
        var tabs = 0, spaces = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == "\t" || line[index] == " " {
            if line[index] == "\t" { tabs += 1 } else { spaces += 1 }
            index = line.index(after: index)
        }
        var rest = String(line[index...])
        while let last = rest.last, last == " " || last == "\t" || last == "\r" { rest.removeLast() }
        return (tabs + spaces / 2, rest)
    }

    private static func headingLevel(_ content: String) -> Int? {
        let hashes = content.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), content.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// `owner:: [[Dana]]`: a property's key and value.
    static func property(_ text: String) -> (String, String)? {
        guard let range = text.range(of: ":: ") ?? (text.hasSuffix("::") ? text.range(of: "::", options: .backwards) : nil) else { return nil }
        let key = text[..<range.lowerBound]
        guard !key.isEmpty, key.count <= 40, key.first?.isLetter == true,
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " }) else { return nil }
        return (String(key), String(text[range.upperBound...]).trimmed)
    }

    /// `DEADLINE: <2027-03-20 Sat>` and `SCHEDULED: <2027-03-01 Mon>` under a task: when it is due and when it starts.
    private static func scheduled(_ text: String) -> (String, String)? {
        for (word, key) in [("DEADLINE:", "Due"), ("SCHEDULED:", "Start")] where text.hasPrefix(word) {
            let value = text.dropFirst(word.count).trimmed
            guard value.hasPrefix("<"), let close = value.firstIndex(of: ">") else { return nil }
            let inside = value[value.index(after: value.startIndex)..<close].split(separator: " ")
            guard let day = inside.first, DateText.isISODate(String(day)) else { return nil }
            return (key, String(day))
        }
        return nil
    }

    /// Properties Logseq keeps for itself: a block's id and whether it is folded.
    private static let hidden: Set<String> = ["id", "collapsed", "heading"]

    /// Task markers, each as a checkbox and the status it says.
    private static let markers: [String: (checked: Bool, status: String?)] = [
        "TODO": (false, nil), "LATER": (false, nil), "DOING": (false, "in progress"), "NOW": (false, "in progress"),
        "IN-PROGRESS": (false, "in progress"), "WAIT": (false, "blocked"), "WAITING": (false, "blocked"),
        "DONE": (true, nil), "CANCELED": (false, "dropped"), "CANCELLED": (false, "dropped"),
    ]

    /// `DOING Ship it` → `[ ] Ship it [in progress]`; `DONE Ship it` → `[x] Ship it`.
    private static func task(_ content: String) -> String {
        let word = String(content.prefix { $0 != " " })
        guard let marker = markers[word], content.count > word.count + 1 else { return content }
        var rest = String(content.dropFirst(word.count + 1))
        // `[#A]` after the marker is the task's priority in Logseq's own letters.
        if rest.hasPrefix("[#"), let close = rest.firstIndex(of: "]") { rest = String(rest[rest.index(after: close)...]).trimmed }
        return (marker.checked ? "[x] " : "[ ] ") + rest + (marker.status.map { " [\($0)]" } ?? "")
    }

    /// `[[Self-serve growth]]` and `#[[Q1 goals]]` as the words a reader sees.
    static func linksAsText(_ text: String) -> String {
        guard text.contains("[[") else { return text }
        return text.replacingAll("#[[", with: "").replacingAll("[[", with: "").replacingAll("]]", with: "")
    }
}
