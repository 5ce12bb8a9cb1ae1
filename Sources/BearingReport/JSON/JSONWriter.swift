import BearingModel

/// A value that prints its own JSON in the layout of `JSONEncoder` with pretty printing, sorted keys and
/// snake_case (the layout planning.json has always had). Every value of planning.json, `bearing export` and
/// `bearing report --format json` prints this way, one path: each conformance writes its keys in sorted
/// snake_case order by hand, and the JSON tests check the order and the bytes.
package protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

/// Prints pretty JSON in JSONEncoder's layout (`"key" : value`, two-space indentation, an empty container
/// printed as an opening bracket, an empty line and the closing bracket).
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []
    /// The indentation of what is written next: the value itself at first, then the open container's entries.
    private var level: Int
    /// Entries already written into the open container.
    private var count = 0

    /// A writer for a value that starts at indentation `level`.
    package init(level: Int = 0) { self.level = level }

    package mutating func object(_ fields: (inout JSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), fields)
    }

    package mutating func array<Elements: Sequence>(_ elements: Elements, _ write: (inout JSONWriter, Elements.Element) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { writer in
            for element in elements {
                writer.entry()
                try write(&writer, element)
            }
        }
    }

    /// Moves what has been printed so far to `out`; the writer goes on where it was.
    package mutating func drain<Output: ByteOutput>(into out: inout Output) {
        out.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Starts the value of `name`; `name` is a snake_case property name, which never needs escaping.
    package mutating func key(_ name: StaticString) {
        entry()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts the value of a key that is data (a query's column name): escaped as any string is.
    package mutating func key(_ name: String) {
        entry()
        string(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    package mutating func string(_ value: String) { JSONText.append(value, to: &bytes, forScript: false) }
    /// JSON has no infinity or NaN: such a value (an overflow the model let through) is written `null`, so the file
    /// always parses.
    package mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        bytes.append(contentsOf: Self.numberText(value).utf8)
    }

    /// Swift's shortest round-trip form, without a trailing `.0`, as JSONEncoder writes it.
    static func numberText(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
    package mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    package mutating func flag(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    package mutating func null() { bytes.append(contentsOf: "null".utf8) }

    // The field forms: an optional prints `null`, so the export schema always carries its keys (the scores leave
    // theirs out with `if let`).
    package mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    package mutating func field(_ name: StaticString, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    package mutating func field(_ name: StaticString, _ value: Double) { key(name); number(value) }
    package mutating func field(_ name: StaticString, _ value: Double?) { key(name); if let value { number(value) } else { null() } }
    package mutating func field(_ name: StaticString, _ value: Int) { key(name); integer(value) }
    package mutating func field(_ name: StaticString, _ value: Bool) { key(name); flag(value) }
    package mutating func field(_ name: StaticString, _ values: [String]) { key(name); array(values) { $0.string($1) } }
    package mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) { key(name); value.write(to: &self) }
    package mutating func field<Value: JSONWritable>(_ name: StaticString, _ values: [Value]) { key(name); array(values) { $1.write(to: &$0) } }

    /// A dictionary of data keys: printed as they are, sorted by their UTF-8 bytes, as JSONEncoder sorts them.
    package mutating func field(_ name: StaticString, _ values: [String: String]) {
        dictionary(name, values) { $0.string($1) }
    }

    package mutating func field(_ name: StaticString, _ values: [String: Double]) {
        dictionary(name, values) { $0.number($1) }
    }

    private mutating func dictionary<Value>(_ name: StaticString, _ values: [String: Value], _ write: (inout JSONWriter, Value) -> Void) {
        key(name)
        let sorted = values.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { writer in
            for (key, value) in sorted {
                writer.key(key)
                write(&writer, value)
            }
        }
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) throws -> Void) rethrows {
        let (outerLevel, outerCount) = (level, count)
        bytes.append(open)
        bytes.append(0x0A)
        level += 2
        count = 0
        try body(&self)
        (level, count) = (outerLevel, outerCount)
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level))
        bytes.append(close)
    }

    /// The separator before an entry of the open container, and its indentation.
    private mutating func entry() {
        if count > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        count += 1
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level))
    }
}
