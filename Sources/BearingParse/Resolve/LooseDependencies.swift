import BearingModel

/// `Dependencies:` names the roadmap items work waits for (`Dependencies: `CI-CD`, Shared login`) as often as, in a plan
/// template, what it needs in words (`Dependencies: Data access`, `Preclinical results, funding`). The field is kept as
/// written until resolution, and read as `Depends on:` only when some value names an item or every value is written
/// as an id (`` `CI-CD` ``, `auth-rewrite`, `PROJ-42`): free text that names nothing stays a field, with no error.
enum LooseDependencies {
    /// Keys that only sometimes name dependencies; "Depends on" and "Blocked by" always do.
    static let keys: Set<String> = ["dependencies", "dependency"]

    static func take(_ metadata: inout Metadata, index: ReferenceIndex) {
        guard metadata.custom.contains(where: { keys.contains(MetadataKey.normalize($0.key)) }) else { return }
        var kept: [CustomField] = []
        for field in metadata.custom {
            guard keys.contains(MetadataKey.normalize(field.key)), let location = field.location else {
                kept.append(field)
                continue
            }
            var values = MetadataValues(line: MetadataReader.Line(key: field.key, value: field.value, line: location.line,
                                                                  valueColumn: location.column, endLine: location.line),
                                        path: location.path)
            let references = values.references()
            let naming = references.filter { reference in
                [reference.written, reference.text].compactMap { $0 }.contains { text in
                    if case .missing = index.resolve(text) { false } else { true }
                }
            }
            if !naming.isEmpty {
                // "User Accounts (for assignment), Scheduling system": beside a name of an item, words that name none and
                // are near none ("Scheduling system") say in words what else the work needs, and stay the field's text;
                // a near miss ("Shared logn") is a reference with a did-you-mean.
                let words = references.filter { reference in
                    guard !naming.contains(reference), !isWrittenAsID(reference.written ?? reference.text) else { return false }
                    return index.resolve(reference.text) == .missing(suggestion: nil)
                }
                metadata.dependsOn += references.filter { !words.contains($0) }
                if !words.isEmpty {
                    var rest = field
                    rest.value = words.map { $0.written ?? $0.text }.joined(separator: ", ")
                    kept.append(rest)
                }
            } else if (!references.isEmpty && references.allSatisfy { isWrittenAsID($0.written ?? $0.text) }) || MetadataValues.saysNone(field.value) {
                metadata.dependsOn += references
            } else {
                kept.append(field)
            }
        }
        metadata.custom = kept
    }

    /// `` `CI-CD` ``, `auth-rewrite`, `PROJ-42`, `#12`: one token with no spaces and a mark of an id (a hyphen, an
    /// underscore, a digit, a code span or a `#`), not a word of prose.
    static func isWrittenAsID(_ text: String) -> Bool {
        let token = text.trimmed
        guard !token.isEmpty, !token.contains(where: \.isWhitespace) else { return false }
        return token.hasPrefix("`") || token.hasPrefix("#") || token.contains(where: { $0 == "-" || $0 == "_" || $0.isNumber })
    }
}
