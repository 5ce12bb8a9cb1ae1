import BearingModel

// Objectives files, roadmaps and diagnostics as bytes, for parsed files kept between runs (`ParsedFiles+Bytes`). Every
// stored property is written: `ModelBytesTests` fails when a model type gains one this file does not know.

extension ByteWriter {
    mutating func objectivesFile(_ file: ObjectivesFile) {
        interned(file.path)
        quarter(file.quarter)
        string(file.title)
        string(file.team)
        string(file.intro)
        array(file.objectives) { $0.objective($1) }
        blocks(file.introBlocks)
        blocks(file.notes)
        anchors(file.anchors)
        bool(file.keyResultPage != nil)
        if let page = file.keyResultPage {
            keyResult(page.keyResult)
            string(page.objectiveTitle)
            string(page.objectivePath)
            location(page.location)
            array(page.otherObjectives) { writer, related in
                writer.string(related.title)
                writer.string(related.path)
            }
        }
    }

    private mutating func objective(_ objective: Objective) {
        let fields = objective.fields
        string(fields.id)
        quarter(fields.quarter)
        string(fields.title)
        metadata(fields.metadata)
        array(fields.keyResults) { $0.keyResult($1) }
        array(fields.initiatives) { $0.initiative($1) }
        string(fields.body)
        location(fields.location)
        bool(fields.explicitID)
        resolved(fields.resolved)
        blocks(fields.blocks)
        string(fields.code)
        strings(fields.aliases)
        string(fields.group)
    }

    private mutating func initiative(_ initiative: Initiative) {
        string(initiative.id)
        string(initiative.title)
        metadata(initiative.metadata)
        array(initiative.keyResults) { $0.keyResult($1) }
        string(initiative.body)
        location(initiative.location)
        resolved(initiative.resolved)
        blocks(initiative.blocks)
    }

    private mutating func keyResult(_ result: KeyResult) {
        string(result.text)
        bool(result.done)
        double(result.progress)
        name(result.progressSource)
        location(result.location)
        string(result.priority)
        bool(result.figures != nil)
        if let figures = result.figures {
            string(figures.baseline); string(figures.target); string(figures.current); string(figures.stretch)
        }
        strings(result.owners)
        name(result.status)
        bool(result.weight != nil)
        if let weight = result.weight { double(weight.value); bool(weight.percent) }
    }

    private mutating func quarter(_ quarter: Quarter?) {
        bool(quarter != nil)
        guard let quarter else { return }
        int(quarter.year); int(quarter.number); name(quarter.span); int(quarter.fiscalStart)
    }

    private mutating func metadata(_ metadata: Metadata) {
        strings(metadata.owners)
        string(metadata.team)
        name(metadata.status)
        references(metadata.priorities)
        double(metadata.confidence)
        double(metadata.effort)
        string(metadata.effortWritten)
        references(metadata.roadmaps)
        strings(metadata.issues)
        string(metadata.due)
        references(metadata.dependsOn)
        references(metadata.objectives)
        array(metadata.custom) { out, field in
            out.string(field.key); out.string(field.value)
            out.bool(field.location != nil)
            if let location = field.location { out.location(location) }
        }
    }

    private mutating func references(_ references: [Reference]) {
        array(references) { out, reference in
            out.string(reference.text); out.location(reference.location); out.string(reference.written); out.bool(reference.singularKey)
        }
    }

    private mutating func resolved(_ resolved: ResolvedReferences) {
        strings(resolved.priorities); strings(resolved.objectives); strings(resolved.dependsOn); strings(resolved.roadmaps)
        strings(resolved.unresolved)
        string(resolved.declaredBy); bool(resolved.filedUnderHeading)
    }

    mutating func location(_ location: SourceLocation) {
        interned(location.path)
        int(location.line)
        int(location.column)
    }

    mutating func roadmap(_ roadmap: Roadmap) {
        string(roadmap.id)
        interned(roadmap.path)
        string(roadmap.title)
        array(roadmap.lanes) { $0.lane($1) }
        array(roadmap.items) { $0.roadmapItem($1) }
        blocks(roadmap.intro)
        blocks(roadmap.notes)
        anchors(roadmap.anchors)
        string(roadmap.database)
    }

    private mutating func lane(_ lane: Lane) {
        interned(lane.title)
        name(lane.kind)
        string(lane.period)
        location(lane.location)
        blocks(lane.intro)
        array(lane.groups) { $0.interned($1.title); $0.blocks($1.intro) }
        string(lane.summary)
    }

    private mutating func roadmapItem(_ item: RoadmapItem) {
        string(item.id)
        interned(item.roadmap)
        interned(item.lane)
        string(item.group)
        string(item.period)
        string(item.title)
        metadata(item.metadata)
        string(item.body)
        location(item.location)
        bool(item.explicitID)
        resolved(item.resolved)
        name(item.statusFrom)
        blocks(item.blocks)
        strings(item.aliases)
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        location(diagnostic.location)
        name(diagnostic.severity)
        name(diagnostic.code)
        string(diagnostic.message)
        string(diagnostic.fix)
        bool(diagnostic.candidates != nil)
        if let candidates = diagnostic.candidates {
            string(candidates.kind)
            strings(candidates.ids)
        }
    }
}

extension ByteReader {
    mutating func objectivesFile() throws -> ObjectivesFile {
        let path = try internedString(), quarter = try quarter(), title = try string(), team = try optionalString()
        let intro = try string(), objectives = try array { try $0.objective() }
        var file = ObjectivesFile(path: path, quarter: quarter, title: title, team: team, intro: intro, objectives: objectives,
                                  introBlocks: try blocks())
        file.notes = try blocks()
        file.anchors = try anchors()
        if try bool() {
            file.keyResultPage = KeyResultPage(keyResult: try keyResult(), objectiveTitle: try string(), objectivePath: try optionalString(),
                                               location: try location(),
                                               otherObjectives: try array { KeyResultPage.Related(title: try $0.string(), path: try $0.optionalString()) })
        }
        return file
    }

    private mutating func objective() throws -> Objective {
        Objective(id: try string(), quarter: try quarter(), title: try string(), metadata: try metadata(),
                  keyResults: try array { try $0.keyResult() }, initiatives: try array { try $0.initiative() }, body: try string(),
                  location: try location(), explicitID: try bool(), resolved: try resolved(), blocks: try blocks(),
                  code: try optionalString(), aliases: try strings(), group: try optionalString())
    }

    private mutating func initiative() throws -> Initiative {
        Initiative(id: try string(), title: try string(), metadata: try metadata(), keyResults: try array { try $0.keyResult() },
                   body: try string(), location: try location(), resolved: try resolved(), blocks: try blocks())
    }

    private mutating func keyResult() throws -> KeyResult {
        let text = try string(), done = try bool(), progress = try optionalDouble()
        let source: ProgressSource = try name(), location = try location(), priority = try optionalString()
        let figures = try bool()
            ? KeyResultFigures(baseline: try optionalString(), target: try optionalString(), current: try optionalString(),
                               stretch: try optionalString()) : nil
        return KeyResult(text: text, done: done, progress: progress, progressSource: source, location: location, priority: priority,
                         figures: figures, owners: try strings(), status: try optionalName(),
                         weight: try bool() ? KeyResultWeight(value: try double(), percent: try bool()) : nil)
    }

    private mutating func quarter() throws -> Quarter? {
        guard try bool() else { return nil }
        guard let quarter = Quarter(year: try int(), number: try int(), span: try name(), fiscalStart: try optionalInt()) else {
            throw DamagedBytes()
        }
        return quarter
    }

    private mutating func metadata() throws -> Metadata {
        var metadata = Metadata()
        metadata.owners = try strings()
        metadata.team = try optionalString()
        metadata.status = try optionalName()
        metadata.priorities = try references()
        metadata.confidence = try optionalDouble()
        metadata.effort = try optionalDouble()
        metadata.effortWritten = try optionalString()
        metadata.roadmaps = try references()
        metadata.issues = try strings()
        metadata.due = try optionalString()
        metadata.dependsOn = try references()
        metadata.objectives = try references()
        metadata.custom = try array { reader in
            CustomField(key: try reader.string(), value: try reader.string(), location: try reader.bool() ? try reader.location() : nil)
        }
        return metadata
    }

    private mutating func references() throws -> [Reference] {
        try array { reader in
            var reference = Reference(try reader.string(), at: try reader.location())
            reference.written = try reader.optionalString()
            reference.singularKey = try reader.bool()
            return reference
        }
    }

    private mutating func resolved() throws -> ResolvedReferences {
        var resolved = ResolvedReferences()
        resolved.priorities = try strings()
        resolved.objectives = try strings()
        resolved.dependsOn = try strings()
        resolved.roadmaps = try strings()
        resolved.unresolved = try strings()
        resolved.declaredBy = try optionalString()
        resolved.filedUnderHeading = try bool()
        return resolved
    }

    mutating func location() throws -> SourceLocation {
        SourceLocation(path: try internedString(), line: try int(), column: try int())
    }

    mutating func roadmap() throws -> Roadmap {
        var roadmap = Roadmap(id: try string(), path: try internedString(), title: try string(), lanes: try array { try $0.lane() },
                              items: try array { try $0.roadmapItem() })
        roadmap.intro = try blocks()
        roadmap.notes = try blocks()
        roadmap.anchors = try anchors()
        roadmap.database = try optionalString()
        return roadmap
    }

    private mutating func lane() throws -> Lane {
        var lane = Lane(title: try internedString(), kind: try name(), period: try optionalString(), location: try location())
        lane.intro = try blocks()
        lane.groups = try array { reader in LaneGroup(title: try reader.internedString(), intro: try reader.blocks()) }
        lane.summary = try optionalString()
        return lane
    }

    private mutating func roadmapItem() throws -> RoadmapItem {
        var item = RoadmapItem(id: try string(), roadmap: try internedString(), lane: try internedString(), group: try optionalString(),
                               period: try optionalString(), title: try string(), metadata: try metadata(), body: try string(),
                               location: try location(), explicitID: try bool(), resolved: try resolved())
        item.statusFrom = try optionalName()
        item.blocks = try blocks()
        item.aliases = try strings()
        return item
    }

    mutating func diagnostic() throws -> Diagnostic {
        let location = try location(), severity: Severity = try name(), code: DiagnosticCode = try name()
        let message = try string(), fix = try optionalString()
        let candidates = try bool() ? ReferenceCandidates(kind: try string(), ids: try strings()) : nil
        return Diagnostic(severity, code, message, at: location, fix: fix, candidates: candidates)
    }
}
