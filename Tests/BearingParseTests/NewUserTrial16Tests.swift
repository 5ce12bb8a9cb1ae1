import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What three new users' own workspaces showed (a university's research computing group, a hardware start-up, a
/// city council's digital service): one team listed under two names, a team line swallowing the sentence under it.
@Suite("New users' trials: the team a file names")
struct NewUserTrial16Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: path)).0
    }

    @Test("front matter's team is the objectives' team, not the shorter name in the file's title")
    func frontMatterTeamWins() {
        let file = objectives("""
            ---
            team: Research Data Management
            ---

            # RDM objectives — Q4 2026

            ## Open the data repository to the whole university

            - Owner: Tomasz
            """)
        #expect(file.objectives.map(\.metadata.team) == ["Research Data Management"])
    }

    @Test("'Platform team objectives' is the Platform team's")
    func teamWordIsNotTheName() {
        let file = objectives("""
            # Platform team objectives

            ## Switch off the first tranche of on-prem servers

            - Owner: Dev Patel
            """)
        #expect(file.objectives.map(\.metadata.team) == ["Platform"])
    }

    @Test("a Team line over a sentence on the next line is the team alone")
    func teamLineThenSentence() {
        let file = objectives("""
            # Firmware OKRs — Q4 2026

            Team: Firmware
            Draft for the Dec 9 planning review. Scores will be filled in at the check-in.

            ## O1: Gen 3 hub firmware passes PVT

            - **Owner:** @dmitri
            """)
        #expect(file.team == "Firmware")
        #expect(file.objectives.map(\.metadata.team) == ["Firmware"])
    }
}
