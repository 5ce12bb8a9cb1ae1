import Testing
@testable import BearingParse

/// A new user's key result "Sign 5 contracts — 2 signed" had no progress, while "2 signed so far" read 0.4: the count
/// of what is done, in the key result's own verb, is where it stands.
@Suite("A count in the key result's own verb is its current value")
struct OwnVerbCountTests {
    @Test("the figure its own verb marks as done is counted against the target", arguments: [
        ("Sign 5 contracts — 2 signed", 0.4),
        ("Ship 4 features: 1 shipped", 0.25),
        ("Migrate 20 services (12 migrated)", 0.6),
        ("Publish 10 case studies, 5 published", 0.5),
        ("Deploy 8 clinics — 2 deployed", 0.25),
        ("Certify 10 partners — 4 certified", 0.4),
        ("Retire 6 legacy jobs; 3 retired", 0.5),
    ])
    func ownVerb(text: String, expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == expected, "\(text): \(String(describing: reading.progress))")
    }

    @Test("the first figure is never the count, and another verb's past is no count (counter-cases)", arguments: [
        "Sign 5 contracts signed off by 2 partners",
        "Ship 4 features requested by 3 customers",
        "Sign 5 contracts with 2 partners",
    ])
    func noCount(text: String) {
        #expect(ProgressReader.read(text, checked: false).progress == nil, "\(text)")
    }
}
