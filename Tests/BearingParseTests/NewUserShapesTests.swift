import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met by trying Bearing as a new user on public roadmaps and OKR pages outside the corpus (a SIG roadmap with
/// a "Deliverables" list, a project roadmap whose horizons are H3s, an early roadmap with H3 lanes under its title, an
/// OKR page with "!WIP!" headings and a tracking table). Each snippet is written here in the same shape.
@Suite("New-user shapes")
struct NewUserShapesTests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q2.md"))
    }

    @Test("H3 lanes under a lone title are lanes; before, the file had no items")
    func h3LanesUnderTitle() {
        let (roadmap, diagnostics) = self.roadmap("""
            # Clinic app roadmap (2026-03-01)

            A tentative plan; things change.

            ### Short term (1-3 months)

             - Faster calendar
             - Reminders by text

            ### Long term

            - A mobile app
            """)
        #expect(roadmap.lanes.map(\.title) == ["Short term (1-3 months)", "Long term"])
        #expect(roadmap.items.map(\.title) == ["Faster calendar", "Reminders by text", "A mobile app"])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("an H2 over horizon H3s gives way to them; a status symbol in a heading is its items' status, not its name")
    func horizonH3s() {
        let (roadmap, _) = self.roadmap("""
            ## Where we are

            We are in beta.

            ## Detailed roadmap

            ### Ongoing work 🚧
            - [Shared calendars](https://example.org/1)

            ### Future work 🔮
            - Billing exports

            ### Completed milestones ✅
            - Reminders by text
            """)
        #expect(roadmap.lanes.map(\.title) == ["Ongoing work", "Future work", "Completed milestones"])
        #expect(roadmap.items.map(\.title) == ["Shared calendars", "Billing exports", "Reminders by text"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, nil, .done])
    }

    @Test("a done group under a lane makes its items done")
    func doneGroup() {
        let (roadmap, _) = self.roadmap("""
            ## Platform

            ### Shipped
            - Reminders by text
            - Shared calendars
            """)
        #expect(roadmap.items.map(\.metadata.status) == [.done, .done])
    }

    @Test("an emoji before a bold label-only lead: the title follows the label, a bracketed status is the status")
    func phaseLabels() {
        let (roadmap, _) = self.roadmap("""
            ## Phases

            - 🐣 **Phase 1:** Self-serve onboarding (Done ✅) - A clinic starts without calling us,
              in one afternoon.
            - 🐢 **Phase 2:** Shared calendars - Every clinic in a group sees one calendar.
            """)
        #expect(roadmap.items.map(\.title) == ["Self-serve onboarding", "Shared calendars"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, nil])
    }

    @Test("a Deliverables heading lists items even after intro prose; focus, risks, requests and an empty status table are not items")
    func deliverables() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap and vision

            ## Clinic roadmap for 2026 and beyond

            ### Primary Focus

            A **fast** and **accessible** scheduling app.

            1. **Fast**: every screen loads at once.

            ### Deliverables

            The deliverables below are sorted by priority.

            1. **Rewrite the calendar (Fast)**

               https://example.org/issues/1

               Outcome: a week loads in under a second.

            1. **Screen-reader support
               (Accessible)**

               Outcome: every form works with a screen reader.

            ### Known Risks

            1. **We depend on the vendor's API**

               It may change.

            ### Requests to Other Teams

            1. **Design team**

               For the new calendar.

            ### Current Status

            | Topic | Lead | Status |
            | ----- | ---- | ------ |
            |       |      |        |
            """)
        #expect(roadmap.items.map(\.title) == ["Rewrite the calendar (Fast)", "Screen-reader support (Accessible)"])
        #expect(roadmap.items.map(\.group) == ["Deliverables", "Deliverables"])
    }

    @Test("'!WIP!', shortcodes and 'Objective:' before a heading: the title is what follows, WIP is in progress")
    func wipHeading() {
        let (file, _) = objectives("""
            ## !WIP! :construction_worker: Objective: `Launch the clinic app`
            Clinics book online.

            ## ✅ Objective: Reminders by text
            Fewer no-shows.
            """)
        #expect(file.objectives.map(\.title) == ["Launch the clinic app", "Reminders by text"])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .done])
        #expect(file.objectives[0].id == "2026-q2/launch-the-clinic-app")
    }

    @Test("a bold-key list of short custom fields beside a known key is metadata; Tracking Manager is the owner")
    func customFields() {
        let (file, _) = objectives("""
            ## Launch the clinic app
            - **Active from:** 20.08.25
            - **Tracked:** Every Tuesday
            - **Tracking Manager**: Ada
            - **Key Results:**
              1. `Ten clinics book online.`
            """)
        #expect(file.objectives[0].metadata.owners == ["Ada"])
        #expect(file.objectives[0].metadata.custom.map(\.key) == ["Active from", "Tracked"])
        #expect(file.objectives[0].keyResults.map(\.text) == ["Ten clinics book online."])
    }

    @Test("a tracking table's latest scores are the key results' progress, and they are no longer unread")
    func trackingTable() {
        let (file, diagnostics) = objectives("""
            ## Launch the clinic app
            - Owner: Ada
            - Key results:
              1. At least 20 clinics book online.
              2. At least 500 bookings a week.
              3. Reminders reach 90% of patients.

            #### Tracking

            | Date     | KR #1 | KR #2 | KR #3 | Comments |
            |----------|:-----:|:-----:|:-----:|----------|
            | 03.03.26 | 0.10  | 0.00  | NA    | first    |
            | 10.03.26 | 0.25  | 40%   |       | second   |
            | 17.03.26 |       |       |       | -        |
            """)
        let results = file.objectives[0].keyResults
        #expect(results.map(\.progress) == [0.25, 0.4, nil])
        #expect(results.map(\.progressSource) == [.score, .percent, .unknown])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [6])
    }
}
