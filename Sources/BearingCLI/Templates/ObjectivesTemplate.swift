import BearingModel

/// The first objectives file `bearing init` writes, for the current quarter: H2 objectives with a metadata
/// list, task-item key results in the progress forms Bearing reads, an initiative, and one objective that is
/// only a title and prose, since real plans often have those.
enum ObjectivesTemplate {
    static func text(quarter: Quarter) -> String {
        """
        # Objectives for \(quarter)

        One file per quarter, named after it. Each H2 is an objective; its first list is its metadata, and its
        task items are its key results. Add one with `bearing new objective --title "…"`.

        ## Make the service dependable

        - **Owner:** Ada Lovelace
        - **Status:** on-track
        - **Priorities:** reliability, runbooks
        - **Effort:** M

        Customers noticed two outages last quarter. This quarter every alert gets an owner and a runbook.

        - [ ] Pages per week from 12 to 3, now 7
        - [ ] Alerts with a runbook: 18 of 24
        - [x] On-call rotation of four engineers
        - [ ] Incidents with a postmortem: 80%

        ### Upgrades without downtime

        - Owner: Grace Hopper
        - Status: at-risk
        - Priorities: upgrades

        Roll out new versions to every customer without a maintenance window.

        - [ ] Customers upgraded without a window: 5/20

        ## Let customers start on their own

        - **Owner:** Grace Hopper
        - **Status:** not-started
        - **Priorities:** self-serve
        - **Confidence:** 60%

        - [ ] Sign-ups that finish setup without help from 10% to 50%, now 10%
        - [ ] Setup guide published

        ## Document the API for partners

        Partners keep asking how to integrate. A reference and three worked examples would answer most of their
        questions before they ask.

        """
    }
}
