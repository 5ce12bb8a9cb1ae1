import BearingModel
import Foundation

/// Infers which priorities a piece of planning text serves, from static token vectors, one text at a time:
/// what a text is linked to depends on the strategy and on that text alone, never on the rest of the plan.
///
/// 1. Texts are cleaned (`InferenceText`) and embedded as the weighted mean of their token vectors.
/// 2. Every vector is centred on a fixed background — the mean of a bank of everyday work unrelated to any
///    strategy (`Resources/background-work.txt`) — which removes what all planning text shares.
/// 3. A priority's *facets* are its title, summary, success signal and each sub-priority; an item's
///    *relatedness* to a priority is its best cosine with the priority's whole text or one of its facets.
/// 4. The item's *background relatedness* is its mean cosine with its closest items of the bank. The *margin*
///    (relatedness − background relatedness) says how much more the item has to do with the priority than
///    everyday work has; `Calibration` maps it to a strength that means the same in every workspace.
public struct PriorityInferrer: Sendable {
    /// log(1 + 300): words less frequent than the 300th most common English word.
    static let evidenceMinimumWeight: Float = 5.7
    /// Which priority fits best is judged on the priority's whole text (this share) and its best facet (the rest): the
    /// best facet alone lets one short or generic facet ("Functionality") win for unrelated items, the whole text alone
    /// misses an item that matches one sub-priority. Chosen on the invented evaluation sets (docs/scoring.md): top-1
    /// 56 → 58 of 68 there; the real sets were held out. Strength and orphans stay on the best facet (`similarity`).
    static let wholeTextWeight: Float = 0.75
    /// How many of the bank's closest items stand for "everyday work" beside one text.
    static let backgroundNeighbours = 3
    /// How much a shared word that only one priority's text uses adds to that priority's fit, at most (all the item's
    /// rarer words being that priority's own): "Set up the operations workspace" went to "governance", whose text has
    /// neither word, over the priority that says "Operations"; "community" in a title lost to "materials science
    /// manufacturing", words that all three priorities share. Cosines of static vectors blur such a word with its
    /// neighbours; the word itself is the evidence a reader can check.
    /// 0.05 is the largest weight that leaves `bearing eval`'s top-1 and top-2 unchanged on every set (0.1 and above
    /// lost an astropy item; one unrelated item of 360 is no longer flagged): it decides between priorities whose
    /// fits are close, as in the examples above, and does not override the vectors.
    static let distinctiveWordWeight: Float = 0.05

    /// How much the words an item shares with a priority's text add to that priority's fit, at most, when the vectors
    /// read the item poorly (`poorlyRead`). The vectors were distilled from an English model: a Spanish item ("Crear
    /// primer borrador de diseño de marca") is all word pieces, its cosines sit within 0.01 of each other for every
    /// priority, and "Imagen y marketing" went to "Finanzas" though "imagen", "marketing" and "marca" are the other
    /// priority's own words. 0.3 is more than the cosines of such an item differ, and less than a title naming a priority
    /// adds (`titleNameFit`). English items are read as before: their share of split words is below the ramp.
    static let sharedWordWeight: Float = 0.3

    /// The share of an item's content words the vocabulary splits into pieces at which shared words start to count
    /// (`sharedWordWeight` × 0), and at which they count in full. Lines of the corpus (English): 70 % of them split
    /// fewer than 0.2 of their words, 3 % split half or more; German, French, Spanish and Portuguese items 0.6–1.
    static let poorlyReadRamp: (start: Float, full: Float) = (0.45, 0.7)

    let vectors: TokenVectors
    public let priorities: [Priority]
    let children: [[Priority]]
    /// The fixed centre: the mean of the background bank.
    let centre: [Float]
    /// Per top-level priority, its whole text then each facet, centred unit vectors.
    let wholeVectors: [[Float]]
    let facetVectors: [[[Float]]]
    /// Per top-level priority, each sub-priority's centred unit vector (also among its facets).
    let childVectors: [[[Float]]]
    /// The background bank, centred unit vectors end to end.
    let backgroundRows: [Float]
    /// Lowercased stems of each priority's words, for exact-match evidence.
    let priorityStems: [Set<String>]
    /// Per top-level priority, its stems that no other top-level priority's text uses.
    let distinctiveStems: [Set<String>]
    /// Per top-level priority, the stems other top-level priorities' texts use and its own does not (empty when its own
    /// text has none): what is never related evidence for it. Made once, not for every item placed (1 % of a cold build).
    let otherStems: [Set<String>]
    /// Per top-level priority, the stems of its name's content words (nil when a title cannot name it, `nameStems`).
    let nameStems: [Set<String>?]
    /// Per top-level priority, its whole text, facets and sub-priorities in that order: what `relatedness` takes the
    /// best of, built once instead of for every item and priority.
    let profileVectors: [[[Float]]]
    /// The organization's own name (`nameWords`), left out of every item's words before it is embedded.
    let nameWords: Set<String>
    /// What every inference depends on besides its text (`InferenceCache`): the priorities' ids and texts, and the vectors.
    public let context: UInt64

    public init(strategy: Strategy, vectors: TokenVectors) {
        self.vectors = vectors
        let topLevel = strategy.topLevel
        let children = topLevel.map { strategy.children(of: $0.id) }
        priorities = topLevel
        self.children = children
        let embed = { (text: String) in vectors.embed(FigureText.removed(InferenceText.clean(text))) }
        let bank = vectors.background.map(embed).filter(Vector.hasLength)
        let centre = Vector.mean(bank, dimensions: vectors.dimensions)
        self.centre = centre
        let centred = { (v: [Float]) -> [Float] in Vector.hasLength(v) ? Vector.normalized(Vector.subtract(v, centre)) : v }
        let texts = topLevel.indices.map { Self.profileText(topLevel[$0], children: children[$0]) }
        wholeVectors = texts.map { centred(embed($0)) }
        childVectors = children.map { $0.map { centred(embed(Self.childText($0))) } }
        facetVectors = topLevel.indices.map { index in
            let own = [topLevel[index].title, topLevel[index].summary, topLevel[index].successSignal].compactMap { $0 }.filter { !$0.isEmpty }
            return own.map { centred(embed($0)) }.filter(Vector.hasLength)
        }
        backgroundRows = bank.flatMap(centred)
        let stems = texts.map { Stems.of(InferenceText.clean($0)) }
        priorityStems = stems
        distinctiveStems = stems.indices.map { index in
            stems[index].subtracting(stems.indices.filter { $0 != index }.flatMap { stems[$0] })
        }
        otherStems = stems.indices.map { index in
            stems[index].isEmpty ? [] : Set(stems.indices.filter { $0 != index }.flatMap { stems[$0] }).subtracting(stems[index])
        }
        nameStems = topLevel.map { Self.nameStems($0.title) }
        // A word of the title that only one priority's text uses is that priority's word ("Cybersecurity strategy" with
        // one priority on cybersecurity), not a name every part of the plan shares.
        let ownWords = Set(distinctiveStems.flatMap { $0 })
        let names = Self.nameWords(strategy.title, tokenizer: vectors.tokenizer).filter { !ownWords.contains(Stems.stem($0)) }
        nameWords = names
        let (whole, facets, subs) = (wholeVectors, facetVectors, childVectors)
        profileVectors = topLevel.indices.map { [whole[$0]] + facets[$0] + subs[$0] }
        var context = ContentHash()
        context.add("\(vectors.dimensions) \(vectors.weights.count) \(vectors.background.count)")
        context.add(names.sorted().joined(separator: " "))
        for (index, priority) in topLevel.enumerated() {
            context.add(priority.id)
            context.add(texts[index])
            for child in children[index] { context.add(child.id) }
            // Facets are the title, summary and signal apart: the same joined text may split differently.
            for facet in [priority.title, priority.summary, priority.successSignal] { context.add(facet ?? "\u{0}") }
        }
        self.context = context.value
    }

    /// The stemmed content words of a priority's name (`ContentWords`: no stop words, no labels such as "Goal 1"),
    /// nil when fewer than two are left: one word ("Community", "Security") is a topic many titles mention in passing,
    /// two or more ("Building power") name the priority.
    static func nameStems(_ title: String) -> Set<String>? {
        let words = ContentWords.words(title).filter(ReadableScript.reads)
        let stems = Set(words.map(Stems.stem))
        return stems.count < minimumNameWords ? nil : stems
    }

    /// The words of the strategy's title ("js-ipfs strategy 2018") that the vocabulary knows only as pieces: the
    /// organization's coined name ("ipfs" → "ip", "##fs"), which its plans write in every item and its priorities in
    /// most. The pieces mean nothing of the work, yet decided links: "Daemon is as reliable as it can be" (its key
    /// results say "js-ipfs" three times) went to the priority whose text says "js-ipfs nodes", 0.89, over "Reliability
    /// and performance". A word the vocabulary knows ("Community" in "Harbor Community Clinic") keeps its meaning.
    /// Only items lose it: the priorities' texts stay as written, so their vectors, and the calibration measured on
    /// them, do not move (taking it out of both lost an astropy item's top-2 and one unrelated item's orphan flag).
    static func nameWords(_ title: String, tokenizer: WordPiece) -> Set<String> {
        Set(tokenizer.words(InferenceText.clean(title)).filter { word in
            word.pieces.count > 1 && word.text.count >= 3 && word.text.contains(where: \.isLetter) && !StopWords.contains(word.text)
        }.map(\.text))
    }

    /// How many content words a priority's name needs for a title to name it.
    static let minimumNameWords = 2

    /// Everything the strategy says about a priority, as one text.
    static func profileText(_ priority: Priority, children: [Priority]) -> String {
        ([priority.title, priority.summary, priority.successSignal] + children.map(childText))
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// A sub-priority's summary (else its title) and its own detail: the bullets under it in the strategy, which
    /// name what only it covers ("ArtifactHub migration" under "Catalog").
    static func childText(_ child: Priority) -> String {
        let detail = Self.detail(child.body).trimmingCharacters(in: .whitespacesAndNewlines)
        return [child.summary ?? child.title, detail].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// What a sub-priority's source says beyond its summary: a list item's lines after its first paragraph (the nested
    /// bullets), or the whole body under a heading, whose title is the heading.
    static func detail(_ body: String) -> String {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, ListMarker.leads(first) else { return body }
        var rest = lines.dropFirst()
        while let line = rest.first, !line.allSatisfy(\.isWhitespace), !ListMarker.leads(line) { rest = rest.dropFirst() }
        return rest.joined(separator: "\n")
    }

    /// One text to place: the item's whole text (title and body), its title apart, and its owners, whose names are
    /// not what the work is about.
    public struct Input: Sendable {
        public var text: String
        public var title: String?
        public var owners: [String]
        /// Text read beside the item's own, such as its group heading (`AlignedItem.groupContext`): it joins what the
        /// vectors read, but not the test of whether the item says enough to be linked.
        public var context: String?
        public init(text: String) { self.init(text: text, title: nil) }

        public init(text: String, title: String?, owners: [String] = [], context: String? = nil) {
            self.text = text
            self.title = title
            self.owners = owners
            self.context = context
        }

        /// What the inference depends on, as one text: the cache's key.
        var key: String {
            title == nil && owners.isEmpty && context == nil ? text : ([text, title ?? ""] + owners + (context.map { ["\u{1}" + $0] } ?? [])).joined(separator: "\u{0}")
        }
    }

    /// How much a title that names a priority adds to its fit: more than any two fits differ (cosines of unit vectors
    /// and a 0.05 share), so the named priority ranks first.
    static let titleNameFit: Float = 1
    /// The least strength of a priority (or sub-priority) the title names: "unmistakably about it" on the calibrated
    /// scale. "Increase the Joystream building power" names "Building power"; the word the reader checks is in both.
    static let titleNameStrength: Float = 0.75

    public func infer(_ inputs: [Input]) -> [Inference] {
        inferCounting(inputs).inferences
    }

    /// `infer`, plus each text's count of words that carry weight (not punctuation, not unknown), from the
    /// same tokenizing, which is most of the work. Each text is placed on its own: the others are never read.
    public func inferCounting(_ inputs: [Input]) -> (inferences: [Inference], meaningfulWords: [Int], tooThin: [Bool]) {
        var cache = InferenceCache()
        return inferCounting(inputs, cache: &cache)
    }

    /// `inferCounting`, answering from `cache` the texts it holds and adding the others: a text's inference depends
    /// on the text and `context` only, so a cache kept across builds answers every unchanged item. A cache made for
    /// another strategy or vectors is emptied first.
    public func inferCounting(_ inputs: [Input], cache: inout InferenceCache) -> (inferences: [Inference], meaningfulWords: [Int], tooThin: [Bool]) {
        if cache.context != context { cache = InferenceCache(context: context) }
        let texts = inputs.map(\.key)
        return inferCounting(texts: texts, keys: texts.map(ContentHash.of), input: { inputs[$0] }, cache: &cache)
    }

    /// `inferCounting` of the plan's items: each item's key text (`Input.key`) and its hash are taken from the last call
    /// for an item that is the same box (`AlignedItem.Kept` keeps unchanged items), instead of joining its title and
    /// body, then the key, and hashing every text of the plan again on every rebuild.
    func inferCounting(_ items: [AlignedItem], cache: inout InferenceCache) -> (inferences: [Inference], meaningfulWords: [Int], tooThin: [Bool]) {
        if cache.context != context {
            // The items were made from the plan alone, whatever the strategy: the new cache keeps them.
            let items = cache.items
            cache = InferenceCache(context: context)
            cache.items = items
        }
        let kept = cache.itemKeys
        var byID: [String: InferenceCache.ItemKey]?
        var made: [InferenceCache.ItemKey] = []
        made.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            // In the order of the last build first; by id when items moved.
            if index < kept.count, kept[index].item.isIdentical(to: item) {
                made.append(kept[index])
                continue
            }
            if byID == nil { byID = Dictionary(kept.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first }) }
            if let known = byID?[item.id], known.item.isIdentical(to: item) {
                made.append(known)
            } else {
                let text = Self.input(item).key
                made.append(InferenceCache.ItemKey(item: item, text: text, hash: ContentHash.of(text)))
            }
        }
        cache.itemKeys = made
        return inferCounting(texts: made.map(\.text), keys: made.map(\.hash), input: { Self.input(items[$0]) }, cache: &cache)
    }

    /// What inference reads of an item.
    static func input(_ item: AlignedItem) -> Input {
        Input(text: item.text, title: item.title, owners: item.owners, context: item.context)
    }

    /// The shared part: `texts` are the inputs' keys (`Input.key`) and `keys` their hashes; `input` gives the input at
    /// an index, asked for only for a text the cache does not hold.
    private func inferCounting(texts: [String], keys: [UInt64], input: @Sendable (Int) -> Input,
                               cache: inout InferenceCache) -> (inferences: [Inference], meaningfulWords: [Int], tooThin: [Bool]) {
        cache.latestKeys = keys
        var missing: [Int] = []
        var queued = Set<UInt64>()
        for index in texts.indices where cache.entry(for: texts[index], key: keys[index]) == nil {
            // The same text twice in one plan is placed once.
            if queued.insert(keys[index]).inserted { missing.append(index) }
        }
        cache.latestPlaced = missing.count
        let placed = Parallel.mapRuns(missing) { run -> [InferenceCache.Entry] in
            var words: [String: [Int32]] = [:]
            return run.map { index in entry(input(index), key: texts[index], cache: &words) }
        }
        for (index, entry) in zip(missing, placed) { cache.store(entry, key: keys[index]) }
        var inferences: [Inference] = [], counts: [Int] = [], thin: [Bool] = []
        inferences.reserveCapacity(texts.count)
        counts.reserveCapacity(texts.count)
        thin.reserveCapacity(texts.count)
        for index in texts.indices {
            // Every text was stored above unless its key collided with another text's, which is placed now.
            let entry = cache.entry(for: texts[index], key: keys[index]) ?? {
                var words: [String: [Int32]] = [:]
                return self.entry(input(index), key: texts[index], cache: &words)
            }()
            inferences.append(entry.inference)
            counts.append(entry.meaningfulWords)
            thin.append(entry.tooThin)
        }
        return (inferences, counts, thin)
    }

    /// A text's inference, its weighty words and whether it is too thin to link (`ContentWords`), from one cleaning
    /// of the text: the thinness test cleaned every text again, a seventh of each revision of a history walk.
    /// `key` is `input.key`, made once by the caller: the entry keeps that very string, so that comparing it with the
    /// next build's (kept) key text is one pointer.
    private func entry(_ input: Input, key: String, cache: inout [String: [Int32]]) -> InferenceCache.Entry {
        let cleaned = Self.cleaned(input.text, title: input.title, owners: input.owners)
        let read = input.context.map { cleaned + "\n" + InferenceText.clean($0) } ?? cleaned
        let (inference, count) = place(cleaned: read, title: input.title, cache: &cache)
        return InferenceCache.Entry(text: key, inference: inference, meaningfulWords: count, tooThin: ContentWords.isTooThin(cleaned: cleaned))
    }

    /// An item's text as inference reads it: template lines it repeats, its template (`TemplateText`), Markdown
    /// machinery (`InferenceText`), and figures and metadata words (`FigureText`) taken out.
    /// The title is set apart after repeated lines are found (a body that restates the title is not a repeat of it), and
    /// only the body loses its template: a title's own lead ("CEO KR: Make GitLab easier to buy") is how its writer
    /// named the work, not a field of a template, and its placeholders alone go.
    static func cleaned(_ text: String, title: String? = nil, owners: [String] = []) -> String {
        let kept = RepeatedLines.removed(text)
        guard let title, !title.isEmpty, kept.hasPrefix(title + ". ") else {
            return FigureText.removed(InferenceText.clean(TemplateText.removed(kept, owners: owners)))
        }
        let body = TemplateText.removed(String(kept.dropFirst(title.count + 2)), owners: owners)
        return FigureText.removed(InferenceText.clean(TemplateText.withoutNames(TemplateText.placeholdersRemoved(title), owners: owners) + ".\n" + body))
    }

    /// Where one text lands, and how many of its words carry weight.
    func place(_ text: String, title: String? = nil, cache: inout [String: [Int32]]) -> (Inference, Int) {
        place(cleaned: Self.cleaned(text), title: title, cache: &cache)
    }

    /// The top-level priorities (by index) whose name the title holds: every content word of it, after stemming.
    /// Sub-priorities are left out: their names are often a lead-in ("Within communities:") that many titles share.
    func named(byTitle title: String?) -> Set<Int> {
        guard let title else { return [] }
        let words = Stems.of(InferenceText.clean(TemplateText.placeholdersRemoved(title)))
        guard !words.isEmpty else { return [] }
        return Set(priorities.indices.filter { nameStems[$0].map { $0.isSubset(of: words) } ?? false })
    }

    private func place(cleaned: String, title: String?, cache: inout [String: [Int32]]) -> (Inference, Int) {
        // Words in a script the vectors do not read carry no meaning here (`ReadableScript`).
        var words = vectors.tokenizer.words(cleaned, cache: &cache)
        if !nameWords.isEmpty { words = words.filter { !nameWords.contains($0.text) } }
        if !cleaned.utf8.allSatisfy({ $0 < 0x80 }) { words = words.filter { ReadableScript.reads($0.text) } }
        let (sum, weight) = vectors.sum(words)
        let meaningful = words.count { word in word.pieces.contains { vectors.weights[Int($0)] > 0 } }
        guard weight > 0, !priorities.isEmpty else { return (Inference(ranking: [], subPriority: nil, evidence: [], background: 0), meaningful) }
        let item = Vector.normalized(Vector.subtract(Vector.normalized(sum), centre))
        let background = backgroundRelatedness(item)
        var ranking: [PriorityMatch] = []
        ranking.reserveCapacity(priorities.count)
        // Relatedness is the best cosine with the priority's whole text, its own facets and its sub-priorities.
        let cosines = profileVectors.map { Vector.dots(item, $0) }
        let candidates = evidenceCandidates(words)
        let candidateStems = Set(candidates.map { Stems.stem($0.text) })
        let named = named(byTitle: title)
        let shared = sharedWords(words)
        for index in priorities.indices {
            let similarity = cosines[index].max() ?? 0
            let distinctive = candidateStems.isEmpty ? 0 : Float(candidateStems.intersection(distinctiveStems[index]).count) / Float(candidateStems.count)
            var fit = Self.wholeTextWeight * cosines[index][0] + (1 - Self.wholeTextWeight) * similarity + Self.distinctiveWordWeight * distinctive
            if shared.weight > 0 {
                // Each shared word counts, the first most: n / (n + 1). Divided by the item's length instead, two words
                // of "redes sociales" in a nine-word item were outweighed by cosines that know no Spanish.
                let count = Float(shared.stems.intersection(priorityStems[index]).count)
                fit += shared.weight * count / (count + 1)
            }
            var strength = Calibration.strength(margin: similarity - background)
            if named.contains(index) {
                fit += Self.titleNameFit
                strength = max(strength, Self.titleNameStrength)
            }
            var match = PriorityMatch(priority: priorities[index].id, similarity: similarity, margin: similarity - background, strength: strength, fit: fit)
            match.namedByTitle = named.contains(index)
            ranking.append(match)
        }
        ranking.sort { $0.fit != $1.fit ? $0.fit > $1.fit : $0.priority < $1.priority }
        guard let best = priorities.firstIndex(where: { $0.id == ranking[0].priority }) else {
            return (Inference(ranking: ranking, subPriority: nil, evidence: [], background: background), meaningful)
        }
        var subs: [String: PriorityMatch] = [:]
        for index in priorities.indices {
            var sub: PriorityMatch?
            // The sub-priorities' cosines are the last of the profile's (`Vector.dots` gives each to the bit).
            let childCosines = cosines[index].suffix(childVectors[index].count)
            for (position, similarity) in zip(children[index].indices, childCosines) where sub.map({ similarity > $0.similarity }) ?? true {
                sub = PriorityMatch(priority: children[index][position].id, similarity: similarity, margin: similarity - background,
                                    strength: Calibration.strength(margin: similarity - background))
            }
            if let sub { subs[priorities[index].id] = sub }
        }
        // The first of the closest facets, as `max(by:)` over the facets picked it.
        var closestIndex = 0
        for (position, cosine) in cosines[best].enumerated() where cosine > cosines[best][closestIndex] { closestIndex = position }
        let closest = profileVectors[best].isEmpty ? wholeVectors[best] : profileVectors[best][closestIndex]
        var evidence = evidence(candidates, profile: closest, stems: priorityStems[best], otherStems: otherStems[best])
        if shared.weight > 0 { evidence = Self.withSharedWords(evidence, words: words, stems: priorityStems[best]) }
        var inference = Inference(ranking: ranking, subPriority: subs[priorities[best].id], evidence: evidence, background: background)
        inference.subPriorities = subs
        return (inference, meaningful)
    }

    /// The stems of an item's content words that some priority's text uses and not every one does, and how much they
    /// count (`sharedWordWeight`, scaled by the share of its words the vocabulary splits into pieces): 0 for an item
    /// the vectors read well.
    func sharedWords(_ words: [WordPiece.Word]) -> (stems: Set<String>, weight: Float) {
        let isContent = { (word: WordPiece.Word) in
            Self.isWordCandidate(word.text) && !StopWords.contains(word.text) && !Self.otherLanguagesFunctionWords.contains(word.text)
        }
        var content = 0, split = 0
        for word in words where isContent(word) {
            content += 1
            if word.pieces.count > 1 { split += 1 }
        }
        guard content >= 3, priorities.count > 1 else { return ([], 0) }
        let share = Float(split) / Float(content)
        let ramp = min(1, max(0, (share - Self.poorlyReadRamp.start) / (Self.poorlyReadRamp.full - Self.poorlyReadRamp.start)))
        guard ramp > 0 else { return ([], 0) }
        // The stems only now: nearly every English item stops above, and stemming and hashing its every word was 1 % of
        // a cold build's CPU at 2,000 files.
        var stems = Set<String>()
        for word in words where isContent(word) { stems.insert(Stems.stem(word.text)) }
        // A word every priority's text uses ("de", "los", "para" in a Spanish strategy) tells them apart no better than the vectors.
        let everywhere = priorityStems.dropFirst().reduce(priorityStems.first ?? []) { $0.intersection($1) }
        let telling = stems.filter { stem in !everywhere.contains(stem) && priorityStems.contains { $0.contains(stem) } }
        return telling.isEmpty ? ([], 0) : (stems.subtracting(everywhere), Self.sharedWordWeight * ramp)
    }

    /// Articles, prepositions and conjunctions of German, French, Spanish, Portuguese, Italian and Dutch (accents
    /// stripped, as the tokenizer gives them): whole words of the vocabulary that say nothing, so they neither make an
    /// item look well read nor count as shared words.
    static let otherLanguagesFunctionWords: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "und", "mit", "fur", "von", "auf", "aus", "bei", "zum", "zur", "ein", "eine",
        "einen", "einer", "nach", "uber", "unter", "oder", "aber", "sich", "ist", "sind", "wir", "les", "une", "aux", "pour",
        "avec", "dans", "sur", "par", "est", "sont", "nous", "leur", "leurs", "ses", "son", "qui", "que", "los", "las", "del",
        "una", "uno", "con", "para", "por", "como", "sus", "mas", "este", "esta", "estos", "estas", "nuestro", "nuestra",
        "dos", "nos", "nas", "uma", "pelo", "pela", "com", "seu", "sua", "nosso", "nossa", "della", "delle", "degli", "dei",
        "con", "per", "una", "nel", "nella", "sul", "sulla", "het", "een", "van", "voor", "met", "naar", "bij", "zijn",
    ]

    /// The evidence, with the item's words the linked priority's text also uses listed as exact first: for an item the
    /// vectors read poorly, its word vectors may not point to the priority, but the shared words are what a reader checks.
    static func withSharedWords(_ evidence: [Evidence], words: [WordPiece.Word], stems: Set<String>) -> [Evidence] {
        var exact = evidence.filter { $0.kind == .exact }
        var seen = Set(exact.map(\.term))
        for word in words where exact.count < 3 && hasThreeCharacters(word.text) && !StopWords.contains(word.text) && stems.contains(Stems.stem(word.text)) {
            if seen.insert(word.text).inserted { exact.append(Evidence(term: word.text, kind: .exact)) }
        }
        let related = evidence.filter { $0.kind == .related && !seen.contains($0.term) }
        return exact + related.prefix(max(0, 4 - exact.count))
    }

    /// `text.count >= 3 && text.first?.isLetter == true`, by the bytes when the text opens with three ASCII bytes (every
    /// word of an English item): three ASCII bytes but a carriage return are three characters, and an ASCII character is
    /// a letter when it is one of A–Z, a–z. Asked of every word of every item, the Character properties were 1 % of a
    /// cold build's CPU at 2,000 files.
    static func isWordCandidate(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.count >= 3, let first = bytes.first, first < 0x80, !bytes.prefix(3).contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            return (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
        }
        return text.count >= 3 && text.first?.isLetter == true
    }

    /// `text.count >= 3`, by the bytes when the text opens with three ASCII bytes (see `isWordCandidate`).
    static func hasThreeCharacters(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.count >= 3, !bytes.prefix(3).contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return true }
        return text.count >= 3
    }

    /// The mean cosine of `item` with its closest items of the background bank: how related it is to everyday work.
    func backgroundRelatedness(_ item: [Float]) -> Float {
        let cosines = Vector.dots(item, rows: backgroundRows, width: vectors.dimensions)
        guard !cosines.isEmpty else { return 0 }
        var top: [Float] = []
        for cosine in cosines {
            if top.count < Self.backgroundNeighbours { top.append(cosine); top.sort(by: >) }
            else if cosine > top[top.count - 1] { top[top.count - 1] = cosine; top.sort(by: >) }
        }
        return top.reduce(0, +) / Float(top.count)
    }

    /// The distinct words of a text that can be evidence: three letters or more, not a stop word, and every piece
    /// rarer than the few hundred most frequent words ("per", "more", "our"), which explain nothing whatever their cosine.
    func evidenceCandidates(_ words: [WordPiece.Word]) -> [WordPiece.Word] {
        var seen = Set<String>()
        return words.filter { word in
            !word.pieces.isEmpty && Self.isWordCandidate(word.text) && !StopWords.contains(word.text)
                && word.pieces.allSatisfy({ vectors.weights[Int($0)] >= Self.evidenceMinimumWeight }) && seen.insert(word.text).inserted
        }
    }

    /// The candidate words (see `evidenceCandidates`) that pull most towards `profile`: exact matches with the
    /// priority's own words first, then the strongest related words. A word another priority's text uses and this
    /// one's does not is never related evidence for this one: "operations" is the remote-organization priority's word,
    /// and listed as the reason for a link to governance it told the reader the opposite of what it is.
    func evidence(_ candidates: [WordPiece.Word], profile: [Float], stems: Set<String>, otherStems: Set<String> = []) -> [Evidence] {
        let centreScore = Vector.dot(centre, profile)
        var kept: [(text: String, weight: Float)] = []
        kept.reserveCapacity(candidates.count)
        var rows: [Float] = []
        rows.reserveCapacity(candidates.count * vectors.dimensions)
        var vector = [Float](repeating: 0, count: vectors.dimensions)
        for word in candidates {
            for d in vector.indices { vector[d] = 0 }
            var weight: Float = 0
            for id in word.pieces { weight += vectors.add(Int(id), into: &vector) }
            guard weight > 0 else { continue }
            rows.append(contentsOf: vector)
            kept.append((word.text, weight))
        }
        let dots = Vector.dots(profile, rows: rows, width: vectors.dimensions)
        var scored: [(key: String, value: Float)] = []
        scored.reserveCapacity(kept.count)
        for (index, word) in kept.enumerated() {
            let score = dots[index] - word.weight * centreScore
            if score > 0 { scored.append((word.text, score)) }
        }
        let ranked = scored.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        // Up to three exact words, then related ones to make four.
        var exact: [Evidence] = []
        var related: [Evidence] = []
        for (term, _) in ranked {
            let stem = Stems.stem(term)
            if stems.contains(stem) {
                if exact.count < 3 { exact.append(Evidence(term: term, kind: .exact)) }
            } else if related.count < 4 && !otherStems.contains(stem) {
                related.append(Evidence(term: term, kind: .related))
            }
            if exact.count == 3 && !related.isEmpty { break }
        }
        return exact + related.prefix(4 - exact.count)
    }
}

/// Where one text lands: every top-level priority ranked, the best sub-priority of the first, and why.
public struct Inference: Sendable, Hashable {
    public var ranking: [PriorityMatch]
    public var subPriority: PriorityMatch?
    /// The best sub-priority under every top-level priority that has any, keyed by the top-level id: a declared
    /// `Priorities: platform` is placed under its closest sub-priority from these.
    public var subPriorities: [String: PriorityMatch] = [:]
    public var evidence: [Evidence]
    /// The text's mean cosine with its closest items of everyday work (the background bank).
    public var background: Float

    public var best: PriorityMatch? { ranking.first }

    /// No priority or sub-priority is linked: the strongest is below the orphan line.
    public var isOrphan: Bool { strongest.map { $0.strength < Calibration.orphanStrength } ?? true }

    public func score(of priority: String) -> PriorityMatch? { ranking.first { $0.priority == priority } }

    /// The best match among the top-level priorities and the sub-priority: what an orphan is judged on.
    public var strongest: PriorityMatch? {
        [best, subPriority].compactMap { $0 }.max { $0.strength != $1.strength ? $0.strength < $1.strength : $0.margin < $1.margin }
    }
}

/// How one text relates to one priority (or sub-priority).
public struct PriorityMatch: Sendable, Hashable, Codable {
    public var priority: String
    /// Best cosine with the priority's whole text or one of its facets, after centring on the background (−1…1).
    public var similarity: Float
    /// `similarity` minus the text's relatedness to everyday work: above 0, the text has more to do with the priority.
    public var margin: Float
    /// `margin` calibrated to 0…1 (see `Calibration`): 0.25 is the orphan line in every workspace.
    public var strength: Float
    /// What priorities are ranked by: the whole text's cosine and `similarity` combined (`PriorityInferrer.wholeTextWeight`).
    public var fit: Float
    /// The item's title holds this priority's name (every content word, after stemming): its fit and strength are raised.
    public var namedByTitle: Bool? = nil

    public init(priority: String, similarity: Float, margin: Float, strength: Float, fit: Float? = nil) {
        self.priority = priority
        self.similarity = similarity
        self.margin = margin
        self.strength = strength
        self.fit = fit ?? similarity
    }
}

/// A word of the item that supports a link: `exact` when the priority's text uses it too.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case exact, related }
    public var term: String
    public var kind: Kind
}

/// Whether a line starts a list item: `-`, `*`, `+` or `1.` / `1)` after its indent, then a space.
enum ListMarker {
    static func leads(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        if let first = text.first, "-*+".contains(first) { return text.dropFirst().first == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        let after = text.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && after.dropFirst().first == " "
    }
}
