import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// User 31: a new user in Europe wrote `Due: 31/03/2027` and it was kept with no word, while `2027-02-30` was warned.
    @Test("a numeric date whose day is plain is read as that day and warned; one that could be either is kept and warned")
    func dayFirstDue() {
        let (file, diagnostics) = objectives("""
            # 2027-Q1

            ## Keep the fleet rideable

            - Owner: Ada Lovelace
            - Due: 31/03/2027

            - [ ] Bikes repaired the same day: 40 of 50

            ## Open the second depot

            - Due: 01/03/2027

            - [ ] Depot lease signed

            ## Train the mechanics

            - Due: 3/31/2027

            - [ ] Mechanics trained: 2 of 6
            """, path: "objectives/2027-Q1.md")
        #expect(file.objectives.map(\.metadata.due) == ["2027-03-31", "01/03/2027", "2027-03-31"])
        let warned = diagnostics.filter { $0.code == .invalidValue }
        #expect(warned.map(\.location.line) == [6, 12, 18], "\(diagnostics)")
        #expect(warned[0].message.contains("read as 2027-03-31"))
        #expect(warned[1].message.contains("1 March") && warned[1].message.contains("3 January"))
    }
}
