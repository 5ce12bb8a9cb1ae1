import BearingModel
import CCmark

extension TreeConverter {
    /// A code block opened with ``` or ~~~ and never closed runs to the end of the file (CommonMark): every heading and
    /// task item after it is code, not plan. A fence left open mid-edit ("```sh" before a command, the closing line
    /// forgotten) silently took the objectives below it off every page; it is said at the fence, naming what it hid.
    /// Only at the file's top level, and only when it hides a heading or a task item: a file that ends in a code block
    /// without its closing line is otherwise shown as it is written.
    mutating func checkUnclosedFence(_ node: CmarkNode, text literal: String) {
        let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
        guard let fence = Self.fence(sourceLine(start)) else { return }
        if end > start, let closing = Self.fence(sourceLine(end)), closing.character == fence.character, closing.length >= fence.length,
           closing.info.isEmpty {
            return
        }
        var hidden: (line: Int, text: String)?
        for (offset, written) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = written.drop { $0 == " " }
            if Self.isHeading(line) || Self.isTaskItem(line) {
                hidden = (start + 1 + offset, String(line.trimmingTrailingSpace))
                break
            }
        }
        guard let hidden else { return }
        let marker = String(repeating: fence.character, count: fence.length)
        diagnostics.warning(.unclosedCodeBlock,
                            "this code block is never closed, so the rest of the file is read as code, not as the plan: `\(hidden.text)` at line \(hidden.line + lineOffset) and all after it",
                            line: start + lineOffset, column: Int(cmark_node_get_start_column(node)),
                            fix: "close the block with a line of \(marker) after its last line of code")
    }

    /// The fence a line opens or closes with: up to three spaces, then three or more backticks or tildes.
    private static func fence(_ line: Substring) -> (character: Character, length: Int, info: Substring)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3, let character = line.dropFirst(indent.count).first, character == "`" || character == "~" else { return nil }
        let run = line.dropFirst(indent.count).prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        return (character, run.count, line.dropFirst(indent.count + run.count).trimmingTrailingSpace.drop { $0 == " " })
    }

    private static func isHeading(_ line: Substring) -> Bool {
        let marks = line.prefix { $0 == "#" }
        guard (1...6).contains(marks.count) else { return false }
        let rest = line.dropFirst(marks.count)
        return rest.first == " " && rest.contains { $0.isLetter || $0.isNumber }
    }

    private static func isTaskItem(_ line: Substring) -> Bool {
        var rest = line
        if let marker = rest.first, "-*+".contains(marker) {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix { $0.isNumber }
            guard !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, mark == "." || mark == ")" else { return false }
            rest = rest.dropFirst(digits.count + 1)
        }
        return rest.hasPrefix(" [ ]") || rest.hasPrefix(" [x]") || rest.hasPrefix(" [X]")
    }
}
