import Testing
@testable import BearingModel
@testable import BearingParse

/// What a file says about all its objectives at once: its outline when headings skip a level (`## Engineering` over
/// `#### Ship the beta`, as word processors and templates leave them), and its owner named under the title.
@Suite("An objectives file's outline and owner")
struct FileOutlineTests {
    func objectives(_ markdown: String, path: String = "objectives/2027-Q1.md") -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: path)).0
    }

    @Test("H4 objectives straight under H2 team headings are the team's objectives, not key results of a team objective")
    func skippedLevel() {
        let file = objectives("""
            # Q1 2027 OKRs

            ## Engineering

            #### Ship the member app beta
            - KR: 500 beta members (now 120)
            - KR: Crash-free sessions above 99% (now 97%)

            #### Cut hosting costs
            - KR: Monthly bill from £9k to £6k, now £7.5k

            ## Fundraising

            #### Secure new grants
            - KR: £200k in new grants (now £80k)
            """)
        #expect(file.objectives.map(\.title) == ["Ship the member app beta", "Cut hosting costs", "Secure new grants"])
        #expect(file.objectives.map(\.metadata.team) == ["Engineering", "Engineering", "Fundraising"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1, 1])
    }

    @Test("an objective's own H4 parts under an H2 objective stay its parts")
    func partsStayParts() {
        let file = objectives("""
            # Q1 2027 OKRs

            ## Answer members faster

            #### Key results
            - Median first response from 30h to 24h, now 27h
            - Train 40 volunteers (now 12)
            """)
        #expect(file.objectives.map(\.title) == ["Answer members faster"])
        #expect(file.objectives.first?.keyResults.count == 2)
    }

    @Test("the owner under the title answers for each objective that names nobody else", arguments: [
        "**Owner:** Dana Whitfield  \n**Status:** Active",
        "Owner: Dana Whitfield",
        "| Field | Value |\n|---|---|\n| Owner | Dana Whitfield |",
    ])
    func fileOwner(_ fields: String) {
        let file = objectives("""
            # Operations OKRs, Q1 2027

            \(fields)

            ## Answer members faster
            - Median first response from 30h to 24h, now 27h

            ## Put fundraising on a steady footing
            Owner: Sam Kaur

            - £200k in new grants (now £80k)
            """)
        #expect(file.objectives.map(\.metadata.owners) == [["Dana Whitfield"], ["Sam Kaur"]])
    }

    @Test("front matter owners are the file's owners; an author is not an owner")
    func frontMatterOwnersNotAuthor() {
        let owned = objectives("""
            ---
            owners: [Dana Whitfield, Tom Reyes]
            ---
            # Operations OKRs, Q1 2027

            ## Answer members faster
            - Median first response from 30h to 24h, now 27h
            """)
        #expect(owned.objectives.map(\.metadata.owners) == [["Dana Whitfield", "Tom Reyes"]])
        let authored = objectives("""
            # Operations OKRs, Q1 2027

            **Author:** Dana Whitfield  
            **Last Updated:** 2027-02-10

            ## Answer members faster
            - Median first response from 30h to 24h, now 27h
            """)
        #expect(authored.objectives.map(\.metadata.owners) == [[]])
    }
}
