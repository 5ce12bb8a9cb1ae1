import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 25a, F4, F12 and F17: real OKR files' pointer and closing prose, `**KR n.m**:` paragraphs with field bullets,
/// and a yearly file's success targets and quarterly milestones.
@Suite("Objectives: pointer prose, KR paragraphs with fields, yearly milestones (trial 25)")
struct ObjectivesTrial25Tests {
    func objectives(_ markdown: String, path: String = "objectives/OKR.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: F4

    /// js-ipfs `OKR.md` (2018): bold-paragraph objectives over plain bullets, a closing pointer paragraph, and older
    /// quarters that only point to a spreadsheet.
    static let jsIPFS = """
        # Quarterly Objectives and Key Results

        ## 2018 Q3

        **New user/contributor experience is extraordinary**

        - js.ipfs.io is finished and published - @diasdavid
        - Onboard 2 new full time contributors - @diasdavid

        **Daemon is as reliable as it can be**

        - A Daemon runs for 10 days without a crash - @alanshaw
        - js-ipfs can handle 1TB of data, both Node.js and Browser - @hugomrdias

        Once these OKRs are finished, you will be able to find them on the [2018 Q3 IPFS OKRs Spreadsheet](https://example.org/q3)

        ## 2018 Q2

        Find the **js-ipfs OKRs** for 2018 Q2 at the [2018 Q2 IPFS OKRs Spreadsheet](https://example.org/q2)

        ## 2018 Q1

        Find the **js-ipfs OKRs** for 2018 Q1 at the [2018 Q1 IPFS OKRs Spreadsheet](https://example.org/q1)
        """

    @Test("a quarter that only points to a spreadsheet has no objectives, and says so at its heading")
    func pointerQuarter() {
        let (file, diagnostics) = objectives(Self.jsIPFS)
        #expect(file.objectives.map(\.title) == ["New user/contributor experience is extraordinary", "Daemon is as reliable as it can be"])
        #expect(file.objectives.allSatisfy { $0.quarter == Quarter(year: 2018, number: 3) })
        let notes = diagnostics.filter { $0.code == .noObjectives }
        #expect(notes.map(\.location.line) == [17, 21])
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(notes.first?.message.contains("2018 Q2 IPFS OKRs Spreadsheet") == true)
        #expect(!diagnostics.contains { $0.code == .periodHeading })
    }

    @Test("IPLD: H3 objectives in one quarter, a pointer paragraph in the other")
    func pointerBesideHeadings() {
        let (file, diagnostics) = objectives("""
            # Quarterly Objectives and Key Results

            ## 2018 Q2

            > Work in Progress

            ### Implement updated IPLD Format spec

             - Finish updating the IPLD format spec

            ## 2018 Q1

            Find the OKRs for 2018 Q1 at the [IPFS OKRs Spreadsheet](https://example.org/sheet)
            """, path: "objectives/okrs.md")
        #expect(file.objectives.map(\.title) == ["Implement updated IPLD Format spec"])
        #expect(diagnostics.filter { $0.code == .noObjectives }.map(\.location.line) == [11])
    }

    @Test("a plain closing line after bold-paragraph objectives is the quarter's prose, not an objective")
    func closingProseAfterBoldTitles() {
        let (file, _) = objectives("""
            # OKRs

            ## 2018 Q3

            **Docs are complete**

            - Every API has an example

            **Releases are boring**

            - Ship a release every two weeks

            We will review these at the end of the quarter
            """)
        #expect(file.objectives.map(\.title) == ["Docs are complete", "Releases are boring"])
    }

    @Test("plain title lines over their key results are still objectives, and one alone under a period too")
    func plainTitleLinesKept() {
        let (file, _) = objectives("""
            # OKRs

            ## 2018 Q3

            Alpha release of the editor

            - Ship the alpha to 10 testers

            Grow the stream

            - Reach 100 viewers

            ## 2018 Q2

            Hold a game jam
            """)
        #expect(file.objectives.map(\.title) == ["Alpha release of the editor", "Grow the stream", "Hold a game jam"])
    }

    // MARK: F12

    /// The Mark Egly Foundation's annual OKRs: `**KR 1.1**: title` paragraphs, each over Target / Measurement / Owner
    /// bullets, under a `**Key Results**:` label; the document header names the file's owner.
    static let foundation = """
        # Mark Egly Foundation - Annual Goals & OKRs (2026)

        **Owner**: Executive Team

        ## Foundation-Level Objectives

        ### Objective 1: Build a Strong Organizational Foundation

        **Why this matters**: We can't achieve our mission without solid infrastructure

        **Key Results**:

        **KR 1.1**: Form and activate Board of Directors

        - **Target**: 5 board members recruited, oriented, and actively engaged
        - **Measurement**: Board composition complete + 90%+ attendance at quarterly meetings
        - **Owner**: Mark Egly (Founder)

        **KR 1.2**: Establish 501(c)(3) compliance infrastructure

        - **Target**: All IRS requirements met, accounting systems operational, first audit completed
        - **Measurement**: IRS compliance checklist 100% complete + clean audit
        - **Owner**: Executive Director

        ## Support OKRs

        ### Objective 5: Remove Financial Barriers for 500 Patients

        **Key Results**:

        **KR 5.2**: Assist 500 patients

        - **Target**: 500 patients receive financial assistance for testing or treatment
        - **Owner**: Patient Services Director

        **KR 5.4**: Distribute $250K in patient assistance

        - **Target**: $250,000 distributed to patients for testing/treatment
        - **Owner**: Patient Services Director
        """

    @Test("a KR paragraph's Owner and Target bullets are that key result's owner and figures")
    func keyResultParagraphFields() {
        let (file, _) = objectives(Self.foundation, path: "objectives/2026.md")
        let first = file.objectives.first
        #expect(first?.keyResults.map(\.text) == ["Form and activate Board of Directors", "Establish 501(c)(3) compliance infrastructure"])
        #expect(first?.keyResults.map(\.owners) == [["Mark Egly"], ["Executive Director"]])
        #expect(first?.keyResults.first?.figures?.target == "5 board members recruited, oriented, and actively engaged")
        // Key results owned by different people: the objective is the file's owner's; owned alike, it is that owner's.
        #expect(first?.metadata.owners == ["Executive Team"])
        #expect(file.objectives.last?.metadata.owners == ["Patient Services Director"])
        #expect(file.objectives.last?.keyResults.map(\.owners) == [["Patient Services Director"], ["Patient Services Director"]])
    }

    @Test("\"Key Results:\" over KR paragraphs is followed by key results: no unread warning; 501(c)(3) is no target")
    func keyResultParagraphsNoFalseWarnings() {
        let (file, diagnostics) = objectives(Self.foundation, path: "objectives/2026.md")
        #expect(file.objectives.map { $0.keyResults.count } == [2, 2])
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
        #expect(!diagnostics.contains { $0.code == .progressUnread && $0.location.line == 19 })
    }

    @Test("a code section number is no figure: 501(c)(3), 401(k)")
    func codeSectionsAreNoFigures() {
        #expect(ProgressReader.read("Establish 501(c)(3) compliance infrastructure", checked: nil).unread == nil)
        #expect(ProgressReader.read("Offer a 401(k) plan to all staff", checked: nil).unread == nil)
        #expect(ProgressReader.read("Reach 501 members", checked: nil).unread != nil)
    }

    // MARK: F17

    /// The foundation's yearly file around its objectives: an overview with "What success looks like by October 2026"
    /// targets, and quarterly milestones marked ✅.
    static let yearly = """
        # Annual Goals & OKRs (2026)

        ## Year 1 Overview

        **What success looks like by October 2026**:

        - 1,000+ physicians trained
        - $500K raised to fund Year 2 growth

        ## Education OKRs

        ### Objective 3: Train 1,000 Physicians to Recognize AATD

        **KR 3.2**: Train 1,000 physicians, now 120

        ## Quarterly Milestones

        ### Q1: November 2025 - January 2026 (Setup Phase)

        **Organizational**:

        - ✅ Board of Directors formed (5 members)
        - ✅ Executive Director hired

        ### Q2: February - April 2026 (Launch Phase)

        - 🚧 First CME course live
        """

    @Test("quarterly milestones marked ✅ and the success targets are said at their sections, with what they hold")
    func yearlyMilestonesAndTargetsSaid() {
        let (file, diagnostics) = objectives(Self.yearly, path: "objectives/2026.md")
        #expect(file.objectives.map(\.title) == ["Train 1,000 Physicians to Recognize AATD"])
        let overview = diagnostics.first { $0.location.line == 3 }
        #expect(overview?.code == .skippedSection)
        #expect(overview?.message.contains("2 targets under \"What success looks like by October 2026\"") == true)
        let milestones = diagnostics.first { $0.location.line == 16 }
        #expect(milestones?.code == .unreadObjectives)
        #expect(milestones?.message.contains("3 milestones") == true)
        #expect(milestones?.message.contains("Q1: November 2025 - January 2026 (Setup Phase)") == true)
    }

    @Test("a dated success label is a success label: its measures under an objective are key results")
    func datedSuccessLabel() {
        #expect(KeyResultLabel.role(of: "**What success looks like by October 2026**:") == .success)
        #expect(KeyResultLabel.role(of: "Success looks like at the end of Q3:") == .success)
        #expect(KeyResultLabel.role(of: "What success looks like for our users is simple") == nil)
    }

    // MARK: F10

    @Test("--apply writes a Priorities: line under a bold-paragraph objective, and the objective reads it back")
    func prioritiesUnderBoldParagraph() throws {
        var text = Self.jsIPFS
        for (line, value) in [(10, "reliability"), (5, "contributors")] {
            guard case .success(let edit) = PrioritiesLineWriter.insert(value, forItemAt: line, in: text, path: "objectives/OKR.md") else {
                Issue.record("no line written for the objective at line \(line)")
                return
            }
            text = edit.text
        }
        #expect(text.contains("**New user/contributor experience is extraordinary**\n\nPriorities: contributors\n\n- js.ipfs.io"))
        let (file, _) = objectives(text)
        #expect(file.objectives.map(\.title) == ["New user/contributor experience is extraordinary", "Daemon is as reliable as it can be"])
        #expect(file.objectives.map { $0.metadata.priorities.map(\.text) } == [["contributors"], ["reliability"]])
        #expect(file.objectives.map { $0.keyResults.count } == [2, 2])
        // Run again, each declares its priorities already.
        guard case .failure(let again) = PrioritiesLineWriter.insert("x", forItemAt: 5, in: text, path: "objectives/OKR.md") else {
            Issue.record("a second line was written")
            return
        }
        #expect(again == .alreadyDeclared)
    }

    @Test("a bold-paragraph objective with a field paragraph under it gets the line among its fields, in their style")
    func prioritiesAmongParagraphFields() throws {
        let text = """
            # OKRs

            ## 2026 Q4

            **Ship the partner portal**

            **Owner:** Ada

            - Launch to 10 partners
            """
        guard case .success(let edit) = PrioritiesLineWriter.insert("partners", forItemAt: 5, in: text, path: "objectives/OKR.md") else {
            Issue.record("no line written")
            return
        }
        #expect(edit.text.contains("**Owner:** Ada\n**Priorities:** partners\n"))
    }

    /// A dated label two success labels start ("how we'll know" and "how we'll know we've succeeded"): the answer may
    /// not hang on which of them a set gives first, which changes from one process to the next.
    @Test("a dated success label that two labels start is a success label in every process")
    func datedLabelTwoLabelsStart() {
        #expect(KeyResultLabel.role(of: "How we'll know we've succeeded by Q3:") == .success)
        #expect(KeyResultLabel.role(of: "**How we will know we have succeeded by the end of 2026**") == .success)
        #expect(KeyResultLabel.role(of: "How we'll know in 2026:") == .success)
    }
}
