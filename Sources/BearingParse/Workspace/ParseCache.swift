import BearingModel
import Foundation

/// Parsed files kept across loads, keyed by the file system's content id (git's object id when a history walk
/// reads revisions): a file unchanged between two revisions is read and parsed once. Loads of files without a
/// content id (the disk) bypass it.
///
/// A reference type on purpose: one cache is shared by every load of a walk, and the loader fills it from both
/// cores at once, hence the lock.
public final class ParseCache: @unchecked Sendable {
    /// One file's parse: what it produced, its diagnostics and its `InputFingerprint` digest.
    struct Entry<Value: Sendable>: Sendable {
        var value: Value?
        var diagnostics: [Diagnostic]
        var digest: UInt64
    }

    private let lock = NSLock()
    private var strategies: [String: Entry<StrategyParser.Result>] = [:]
    private var objectives: [String: Entry<ObjectivesFile>] = [:]
    private var roadmaps: [String: Entry<Roadmap>] = [:]
    /// How many files were parsed rather than found here, for tests and measurements.
    public private(set) var misses = 0

    public init() {}

    /// The key of a file's parse: its path (locations name it), its content id and the settings it was parsed with.
    static func key(path: String, contentID: String, config: UInt64?) -> String {
        "\(path)\u{0}\(contentID)\u{0}\(config.map(String.init) ?? "-")"
    }

    func strategy(_ key: String?, parse: () -> Entry<StrategyParser.Result>) -> Entry<StrategyParser.Result> {
        cached(key, in: \.strategies, parse: parse)
    }

    func objectives(_ key: String?, parse: () -> Entry<ObjectivesFile>) -> Entry<ObjectivesFile> {
        cached(key, in: \.objectives, parse: parse)
    }

    func roadmap(_ key: String?, parse: () -> Entry<Roadmap>) -> Entry<Roadmap> {
        cached(key, in: \.roadmaps, parse: parse)
    }

    private func cached<Value>(_ key: String?, in table: ReferenceWritableKeyPath<ParseCache, [String: Entry<Value>]>,
                               parse: () -> Entry<Value>) -> Entry<Value> {
        guard let key else { return parse() }
        lock.lock()
        let found = self[keyPath: table][key]
        lock.unlock()
        if let found { return found }
        // Parsed outside the lock: two threads never ask for the same file of one load, and a rare double
        // parse across loads costs less than holding both cores on one lock.
        let entry = parse()
        lock.lock()
        self[keyPath: table][key] = entry
        misses += 1
        lock.unlock()
        return entry
    }
}
