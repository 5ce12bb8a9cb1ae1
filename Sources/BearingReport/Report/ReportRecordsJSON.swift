import BearingAlign

// The report's per-item records print themselves (see JSONWritable); compared with JSONEncoder in the tests.

extension ReportDocument.LinkRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("evidence", evidence)
            w.field("explanation", explanation)
            w.field("item", item)
            w.field("kind", kind)
            w.field("priority", priority)
            w.field("strength", strength)
            w.field("via", via)
        }
    }
}

extension ItemScore: JSONWritable {
    /// `priority` and `linkKind` are plain optionals: left out when nil, as synthesized Encodable does.
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("item", item)
            w.field("kind", kind.rawValue)
            if let linkKind { w.field("link_kind", linkKind.rawValue) }
            w.field("orphan", orphan)
            if let priority { w.field("priority", priority) }
            w.field("strength", strength)
            w.field("terms", terms)
            w.field("too_little_text", tooLittleText)
        }
    }
}
