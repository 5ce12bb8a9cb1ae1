import BearingModel

/// One top-level entry of a JSON document printed as a stream (planning.json): its key and how to print its
/// value. A long list prints one record at a time and calls `drain` after each, so the document is never held.
package struct JSONEntry {
    package typealias Print = (_ writer: inout JSONWriter, _ drain: (inout JSONWriter) -> Void) throws -> Void
    package let key: StaticString
    package let print: Print

    package init(_ key: StaticString, _ print: @escaping Print) {
        self.key = key
        self.print = print
    }

    /// Prints `entries` as one object, keys sorted as JSONEncoder sorts them, straight into `out`.
    package static func write<Output: ByteOutput>(_ entries: [JSONEntry], into out: inout Output) throws {
        let sorted = entries.sorted { a, b in a.key.withUTF8Buffer { x in b.key.withUTF8Buffer { y in x.lexicographicallyPrecedes(y) } } }
        var writer = JSONWriter()
        try writer.object { writer in
            for entry in sorted {
                writer.key(entry.key)
                try entry.print(&writer) { $0.drain(into: &out) }
                writer.drain(into: &out)
            }
        }
        writer.drain(into: &out)
    }
}
