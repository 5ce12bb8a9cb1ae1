import BearingModel

// The export records repeated for every objective, key result, roadmap item and diagnostic print themselves;
// keys in sorted snake_case order, each record compared with JSONEncoder in JSONWriterTests.

extension LocationRecord: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("line", line)
            w.field("path", path)
        }
    }
}

extension KeyResultRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("done", done)
            if let figures {
                w.field("figures", figures)
            } else {
                w.key("figures"); w.null()
            }
            w.field("line", line)
            if !owners.isEmpty { w.field("owners", owners) }
            w.field("priority", priority)
            w.field("progress", progress)
            w.field("progress_source", progressSource)
            if let status { w.field("status", status) }
            w.field("text", text)
            if let weight { w.field("weight", weight) }
        }
    }
}

extension KeyResultFigures: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("baseline", baseline)
            w.field("current", current)
            // Only where a stretch figure is written: most key results have none, and their records stay as they were.
            if let stretch { w.field("stretch", stretch) }
            w.field("target", target)
        }
    }
}

extension MetadataRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("confidence", confidence)
            w.field("custom", custom)
            w.field("due", due)
            w.field("effort", effort)
            w.field("issues", issues)
            w.field("owners", owners)
            w.field("status", status)
            w.field("team", team)
        }
    }
}

extension InitiativeRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("grade", grade.grade)
            w.field("grade_coverage", grade.coverage)
            w.field("id", id)
            w.field("key_results", keyResults)
            w.field("key_results_measured", grade.measured)
            w.field("location", location)
            w.field("metadata", metadata)
            w.field("priorities", priorities)
            w.field("title", title)
        }
    }
}

extension ObjectiveRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("body", body)
            w.field("commitment", commitment)
            w.field("grade", grade.grade)
            w.field("grade_coverage", grade.coverage)
            w.field("group", group)
            w.field("id", id)
            w.field("initiatives", initiatives)
            w.field("key_results", keyResults)
            w.field("key_results_measured", grade.measured)
            w.field("location", location)
            w.field("metadata", metadata)
            w.field("owners", owners)
            w.field("priorities", priorities)
            w.field("quarter", quarter)
            w.field("roadmaps", roadmaps)
            w.field("status", status)
            w.field("title", title)
        }
    }
}

extension RoadmapItemRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("body", body)
            w.field("depends_on", dependsOn)
            w.field("group", group)
            w.field("id", id)
            w.field("lane", lane)
            w.field("location", location)
            w.field("metadata", metadata)
            w.field("objectives", objectives)
            w.field("owners", owners)
            w.field("period", period)
            w.field("priorities", priorities)
            w.field("roadmap", roadmap)
            w.field("status", status)
            w.field("title", title)
        }
    }
}

extension DiagnosticRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            // Only on a reference that matched nothing: every id it could have named, in full (the text output
            // lists them once after all the findings).
            if let candidates {
                w.key("candidates")
                w.object { c in
                    c.field("ids", candidates.ids)
                    c.field("kind", candidates.kind)
                }
            }
            w.field("code", code)
            w.field("column", column)
            w.field("fix", fix)
            w.field("line", line)
            w.field("message", message)
            w.field("path", path)
            w.field("severity", severity)
        }
    }
}

extension StrategyRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("path", path)
            w.field("sections", sections)
            w.field("title", title)
        }
    }
}

extension StrategyRecord.SectionRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("body", body)
            w.field("id", id)
            w.field("kind", kind)
            w.field("title", title)
        }
    }
}

extension PriorityRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("id", id)
            w.field("location", location)
            w.field("number", number)
            w.field("parent", parent)
            w.field("success_signal", successSignal)
            w.field("summary", summary)
            w.field("title", title)
            w.field("weight", weight)
        }
    }
}

extension RoadmapRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("id", id)
            w.field("lanes", lanes)
            w.field("path", path)
            w.field("title", title)
        }
    }
}

extension RoadmapRecord.LaneRecord: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.field("kind", kind)
            w.field("period", period)
            if let summary { w.field("summary", summary) }
            w.field("title", title)
        }
    }
}
