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

// The scores: optionals are left out when nil (they were plain optionals of the Encodable form the JSON
// schema was first written from).

extension ScopeScore: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("alignment_index", alignmentIndex)
            if let balance { w.field("balance", balance) }
            w.field("coverage", coverage)
            w.field("gaps", gaps)
            if let grade { w.field("grade", grade) }
            if let gradeBand { w.field("grade_band", gradeBand) }
            if let gradeCoverage { w.field("grade_coverage", gradeCoverage) }
            w.field("items", items)
            w.field("key", key)
            w.field("kind", kind.rawValue)
            w.field("orphan_share", orphanShare)
            w.field("orphans", orphans)
            if let pace { w.field("pace", pace) }
            w.field("shares", shares)
            w.field("sub_coverage", subCoverage)
            w.field("sub_gaps", subGaps)
            w.field("too_little_text", tooLittleText)
        }
    }
}

extension Pace: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("elapsed", elapsed)
            w.field("grade", grade)
            w.field("status", status)
        }
    }
}

extension PriorityMetrics: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("direction", direction)
            w.field("effort", effort)
            w.field("effort_share", effortShare)
            w.field("items", items)
            if let parent { w.field("parent", parent) }
            w.field("priority", priority)
            if let progress { w.field("progress", progress) }
            if let target { w.field("target", target) }
            w.field("trend", trend)
        }
    }
}

extension TrendPoint: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("effort_share", effortShare)
            w.field("items", items)
            w.field("quarter", quarter)
        }
    }
}
