/// `strategy.md` as `bearing init` writes it: both priority shapes, a list with `{#id}` labels for short
/// references, and a priority described apart in an H3 section with a `>` summary and a success signal
/// (Bearing reads one priorities section, so the H3 shape is shown through the list's matching section).
enum StrategyTemplate {
    static let text = """
        ---
        weights:
          reliability: 40%
          self-serve: 35%
          partners: 25%
        ---

        # Strategy

        ## Mission

        Why we exist, in one or two sentences: the problem we solve and for whom.

        ## Our priorities

        A numbered list, one priority per item. The bold text is its title; `{#id}` gives it a short id that
        objectives and roadmap items name in `Priorities:`. Nested items are sub-priorities.

        1. **Reliable service.** Nothing our customers rely on goes down. {#reliability}
           - Every alert has a runbook and an owner. {#runbooks}
           - Upgrades need no maintenance window. {#upgrades}
        2. **Self-serve onboarding.** A new customer starts without calling us. {#self-serve}
        3. **Partners build on us.** {#partners}

        ## Priorities in depth

        A priority that needs more words gets a section of its own, with the same title as in the list: its
        quote is the priority's summary, its bullets say what it means, and its last paragraph how we will know.

        ### Partners build on us

        > Other products integrate with ours through a stable, documented API.

        - Every endpoint is documented with an example.
        - Three partner integrations are live.

        We will know this is working when a partner ships an integration without talking to us.

        """
}
