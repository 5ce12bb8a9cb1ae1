import BearingModel

/// A heading written with no space after its hashes (`##09 Principles and actions`, `####Action 01: …`), as pages made
/// for Markdown.pl, kramdown, Redcarpet or Python-Markdown write them: those read it as a heading, and the site built from
/// the page shows one. CommonMark wants the space, so read as written the heading was a paragraph of hashes and words,
/// and the sections under it were lost.
///
/// The line gets the space, so every position stays on its line. Only two hashes or more: `#okr` or `#todo fix the
/// build` at the start of a line is a tag in Obsidian and Logseq notes, never a heading. Fenced code, and lines indented
/// as code, are left as written; so is a run of hashes before anything but a letter or a digit (`##-`, `###=`), and a
/// line right under a paragraph's or a list item's words.
enum HeadingWithoutSpace {
    static func rewrite(_ text: String) -> String {
        guard mayHold(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence = CodeFence()
        var changed = false
        let start = CodeFence.frontMatterEnd(lines)
        for index in lines.indices.dropFirst(start) {
            if fence.holds(lines[index]) { continue }
            // Only a line standing apart, after a blank line or a heading: `##winning #team` under a paragraph's or a list
            // item's words is more of them (tags), where the pages written so put a blank line before each heading.
            guard index == start || lines[index - 1].trimmed.isEmpty || lines[index - 1].drop(while: { $0 == " " }).hasPrefix("#") else {
                continue
            }
            if let spaced = spaced(lines[index]) {
                lines[index] = spaced
                changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The line with a space after its opening hashes (and before closing ones glued to its words, `##Title##`), or nil
    /// when it is no heading written without the space.
    static func spaced(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        let hashes = rest.prefix { $0 == "#" }
        guard (2...6).contains(hashes.count), let first = rest.dropFirst(hashes.count).first,
              first.isLetter || first.isNumber else { return nil }
        var words = String(rest.dropFirst(hashes.count))
        // `##Title##`: Markdown.pl drops a closing run, which CommonMark reads only after a space.
        let closing = words.reversed().prefix { $0 == "#" }.count
        if closing >= 2, closing < words.count, let before = words.dropLast(closing).last, before != " " {
            words = String(words.dropLast(closing)) + " " + String(repeating: "#", count: closing)
        }
        return String(indent) + String(hashes) + " " + words
    }

    /// Whether some line starts (after at most three spaces) with two or more hashes and then a letter or a digit, looked
    /// for in the bytes: this runs over every file, and most have no such line.
    static func mayHold(_ text: String) -> Bool {
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var index = 0
            let count = bytes.count
            while index < count {
                // At the start of a line.
                var at = index
                var spaces = 0
                while at < count, bytes[at] == UInt8(ascii: " "), spaces < 4 { at += 1; spaces += 1 }
                if spaces <= 3 {
                    var hashes = 0
                    while at < count, bytes[at] == UInt8(ascii: "#") { at += 1; hashes += 1 }
                    if (2...6).contains(hashes), at < count {
                        let byte = bytes[at]
                        // An ASCII letter or digit, or the first byte of a character beyond ASCII (a letter of another script).
                        if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0xC0 { return true }
                    }
                }
                guard let next = UnsafeBufferPointer(rebasing: bytes[at...]).firstIndex(of: UInt8(ascii: "\n")) else { return false }
                index = at + next + 1
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }
}
