/// Metadata keys written with a typo, as `check` warns of them ("unknown metadata key `Priorites`; did you mean
/// `Priorities`?"): kept as custom fields, so the item declares nothing under them.
package enum MisspeltKey {
    /// The priorities key that `key` misspells ("Priorites", "Prioirty"), in its known spelling; nil for a known key
    /// or any other.
    package static func priorities(_ key: String, value: String) -> String? {
        guard MetadataKey(spelling: key) == nil, let near = MetadataReader.nearKey(key, value: value),
              MetadataKey(spelling: near) == .priorities else { return nil }
        return near
    }
}
