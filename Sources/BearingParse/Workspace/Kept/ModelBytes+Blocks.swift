import BearingModel

// Parsed Markdown blocks as bytes, for parsed files kept between runs (`ParsedFiles+Bytes`). Each case of an enumeration
// is a tag byte; the tags are this layout's own, so reordering a Swift enumeration changes nothing here.

extension ByteWriter {
    mutating func blocks(_ blocks: [Block]) { array(blocks) { $0.block($1) } }

    mutating func block(_ block: Block) {
        int(block.line)
        int(block.column)
        int(block.endLine)
        switch block.kind {
        case .heading(let level, let content, let label):
            byte(0); int(level); inlines(content); string(label)
        case .paragraph(let content):
            byte(1); inlines(content)
        case .list(let ordered, let items):
            byte(2); bool(ordered); array(items) { $0.listItem($1) }
        case .quote(let blocks):
            byte(3); self.blocks(blocks)
        case .code(let info, let text):
            byte(4); string(info); string(text)
        case .directive(let name, let argument, let options, let body, let text):
            byte(5); string(name); string(argument)
            array(options.sorted { $0.key < $1.key }) { $0.string($1.key); $0.string($1.value) }
            blocks(body); string(text)
        case .label(let name):
            byte(6); string(name)
        case .html(let html):
            byte(7); string(html)
        case .thematicBreak:
            byte(8)
        case .table(let header, let rows, let alignments):
            byte(9); cells(header); array(rows) { $0.cells($1) }; array(alignments) { $0.name($1) }
        case .fields(let fields):
            byte(10)
            array(fields) { out, field in
                out.string(field.key); out.string(field.value); out.int(field.line); out.int(field.valueColumn)
            }
        }
    }

    private mutating func listItem(_ item: ListItem) {
        blocks(item.blocks)
        byte(item.task.map { $0 ? 2 : 1 } ?? 0)
        bool(item.taskMarkerGlued)
        string(item.label)
        int(item.line); int(item.column); int(item.endLine)
        int(item.number)
    }

    private mutating func cells(_ cells: [TableCell]) {
        array(cells) { out, cell in out.inlines(cell.content); out.int(cell.line); out.int(cell.column) }
    }

    mutating func inlines(_ inlines: [Inline]) { array(inlines) { $0.inline($1) } }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text): byte(0); string(text)
        case .code(let text): byte(1); string(text)
        case .emphasis(let content): byte(2); inlines(content)
        case .strong(let content): byte(3); inlines(content)
        case .link(let destination, let content): byte(4); string(destination); inlines(content)
        case .image(let source, let content): byte(5); string(source); inlines(content)
        case .html(let html): byte(6); string(html)
        case .softBreak: byte(7)
        case .lineBreak: byte(8)
        }
    }

    mutating func anchors(_ anchors: HeadingAnchors) {
        array(anchors.byLine.sorted { $0.key < $1.key }) { $0.int($1.key); $0.string($1.value) }
        array(anchors.labels.sorted { $0.key < $1.key }) { $0.string($1.key); $0.int($1.value) }
    }
}

extension ByteReader {
    mutating func blocks() throws -> [Block] { try array { try $0.block() } }

    mutating func block() throws -> Block {
        let line = try int(), column = try int(), endLine = try int()
        let kind: Block.Kind
        switch try byte() {
        case 0: kind = .heading(level: try int(), content: try inlines(), label: try optionalString())
        case 1: kind = .paragraph(try inlines())
        case 2: kind = .list(ordered: try bool(), items: try array { try $0.listItem() })
        case 3: kind = .quote(try blocks())
        case 4: kind = .code(info: try string(), text: try string())
        case 5:
            let name = try string(), argument = try string()
            var options: [String: String] = [:]
            for _ in 0..<(try count()) {
                let key = try string()
                options[key] = try string()
            }
            kind = .directive(name: name, argument: argument, options: options, body: try blocks(), text: try string())
        case 6: kind = .label(try string())
        case 7: kind = .html(try string())
        case 8: kind = .thematicBreak
        case 9: kind = .table(header: try cells(), rows: try array { try $0.cells() }, alignments: try array { try $0.name() })
        case 10:
            kind = .fields(try array { reader in
                InlineField(key: try reader.string(), value: try reader.string(), line: try reader.int(), valueColumn: try reader.int())
            })
        default: throw DamagedBytes()
        }
        return Block(kind, line: line, column: column, endLine: endLine)
    }

    private mutating func listItem() throws -> ListItem {
        let blocks = try blocks()
        let task: Bool?
        switch try byte() {
        case 0: task = nil
        case 1: task = false
        case 2: task = true
        default: throw DamagedBytes()
        }
        return ListItem(blocks: blocks, task: task, taskMarkerGlued: try bool(), label: try optionalString(), line: try int(),
                        column: try int(), endLine: try int(), number: try optionalInt())
    }

    private mutating func cells() throws -> [TableCell] {
        try array { reader in TableCell(try reader.inlines(), line: try reader.int(), column: try reader.int()) }
    }

    mutating func inlines() throws -> [Inline] { try array { try $0.inline() } }

    mutating func inline() throws -> Inline {
        switch try byte() {
        case 0: .text(try string())
        case 1: .code(try string())
        case 2: .emphasis(try inlines())
        case 3: .strong(try inlines())
        case 4: .link(destination: try string(), content: try inlines())
        case 5: .image(source: try string(), content: try inlines())
        case 6: .html(try string())
        case 7: .softBreak
        case 8: .lineBreak
        default: throw DamagedBytes()
        }
    }

    mutating func anchors() throws -> HeadingAnchors {
        var anchors = HeadingAnchors()
        for _ in 0..<(try count()) {
            let line = try int()
            anchors.byLine[line] = try string()
        }
        for _ in 0..<(try count()) {
            let label = try string()
            anchors.labels[label] = try int()
        }
        return anchors
    }
}
