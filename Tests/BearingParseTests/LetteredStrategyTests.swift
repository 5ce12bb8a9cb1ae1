import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A nonprofit's or public body's strategy that letters its goals ("### Goal A: Grow our member base") and numbers
/// their outcomes under the letter ("#### A.1 Rural outreach"): the letters are the priorities' positions, the labels
/// leave the titles, and work refers to them the ways people write them.
@Suite("A lettered strategy")
struct LetteredStrategyTests {
    static let strategy = """
        # Strategy 2027

        ## Goals

        ### Goal A: Grow our member base
        Reach more members in rural areas.

        #### A.1 Rural outreach
        #### A.2 Online sign-up

        ### Goal B: Financial sustainability
        Diversify income.

        ### Goal C: Great service
        #### C.1 Faster answers
        #### C.2 Better volunteer training
        """

    func priorities(_ markdown: String) -> [Priority] {
        StrategyParser().parse(read(markdown, path: "strategy.md")).strategy.priorities
    }

    @Test("'Goal A:' and 'A.1' are positions A and A.1, and the titles are the words")
    func lettersArePositions() {
        let found = priorities(Self.strategy)
        #expect(found.map(\.number) == ["A", "A.1", "A.2", "B", "C", "C.1", "C.2"])
        #expect(found.map(\.title) == ["Grow our member base", "Rural outreach", "Online sign-up", "Financial sustainability",
                                       "Great service", "Faster answers", "Better volunteer training"])
        #expect(found.map(\.id) == ["grow-our-member-base", "rural-outreach", "online-sign-up", "financial-sustainability",
                                    "great-service", "faster-answers", "better-volunteer-training"])
        #expect(found[1].parent == "grow-our-member-base")
    }

    @Test("other ways of lettering: '## A. …', '(B)', 'Strategic aim C –', 'A1:' parts and unlabelled parts")
    func otherLetterings() {
        let dotted = priorities("""
            # Plan

            ## Priorities

            ### A. Grow our member base
            - Rural outreach
            - Online sign-up

            ### B. Financial sustainability
            """)
        #expect(dotted.map(\.number) == ["A", "A.1", "A.2", "B"])
        #expect(dotted.map(\.title) == ["Grow our member base", "Rural outreach", "Online sign-up", "Financial sustainability"])
        let bracketed = priorities("""
            # Plan

            ## Strategic aims

            ### (A) Grow our member base
            ### (B) Financial sustainability
            """)
        #expect(bracketed.map(\.number) == ["A", "B"])
        #expect(bracketed.map(\.title) == ["Grow our member base", "Financial sustainability"])
        let aims = priorities("""
            # Plan

            ## Strategic aims

            ### Strategic aim A – Grow our member base
            #### Outcome A1: Rural outreach
            ### Strategic aim B – Financial sustainability
            """)
        #expect(aims.map(\.number) == ["A", "A1", "B"])
        #expect(aims.map(\.title) == ["Grow our member base", "Rural outreach", "Financial sustainability"])
    }

    @Test("a list of lettered priorities without bold: '- A. Grow our member base. Reach …'")
    func listShape() {
        let found = priorities("""
            # Plan

            ## Our priorities

            - A. Grow our member base. Reach more members in rural areas.
              - A.1 Rural outreach
            - B. Financial sustainability
            """)
        #expect(found.map(\.number) == ["A", "A.1", "B"])
        #expect(found.map(\.title) == ["Grow our member base", "Rural outreach", "Financial sustainability"])
        #expect(found.first?.summary == "Reach more members in rural areas.")
    }

    @Test("numbered strategies, a lone 'Plan B:' and titles starting with a word 'A' keep their numbers and titles")
    func notLettered() {
        let numbered = priorities("""
            # Plan

            ## Priorities

            ### Goal 1: Grow our member base
            #### 1.1 Rural outreach
            ### Goal 2: Financial sustainability
            """)
        #expect(numbered.map(\.number) == ["1", "1.1", "2"])
        let lone = priorities("""
            # Plan

            ## Priorities

            ### Plan B: Keep the lights on
            ### A better service
            """)
        #expect(lone.map(\.number) == ["1", "2"])
        #expect(lone.map(\.title) == ["Plan B: Keep the lights on", "A better service"])
        let outOfOrder = priorities("""
            # Plan

            ## Priorities

            ### B. Financial sustainability
            ### A. Grow our member base
            """)
        #expect(outOfOrder.map(\.number) == ["1", "2"])
    }

    static func workspace(_ objectives: String, strategy: String = strategy) -> Plan {
        loadWorkspace(["strategy.md": strategy, "objectives/2027-Q1.md": objectives])
    }

    @Test("'A.1', 'Goal C.1', 'C1', 'Goal C', 'C', 'B – title', '(B2)' and the old ids resolve to the lettered priorities")
    func references() {
        let plan = Self.workspace("""
            # Q1 2027

            ## One
            Priorities: A.1

            ## Two
            Priorities: Goal C.1

            ## Three
            Priorities: C1

            ## Four
            Priorities: Goal C

            ## Five
            Priorities: C

            ## Six
            Aligned to: B – Financial sustainability

            ## Seven
            Priorities: goal-a-grow-our-member-base, a-2-online-sign-up

            ## Eight
            Priorities: 2, 3.2

            ## Nine
            **Goal:** C.2
            Owner: Sam

            ## Ten (A2)
            Owner: Sam
            """)
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty)
        let resolved = plan.objectives.map(\.resolved.priorities)
        #expect(resolved == [["rural-outreach"], ["faster-answers"], ["faster-answers"], ["great-service"], ["great-service"],
                             ["financial-sustainability"], ["grow-our-member-base", "online-sign-up"],
                             ["financial-sustainability", "better-volunteer-training"], ["better-volunteer-training"], ["online-sign-up"]])
    }

    @Test("a field named with the strategy's label word ('Strategic aim: B') links")
    func labelWordField() {
        let plan = Self.workspace("""
            # Q1 2027

            ## Reserves policy
            Strategic aim: B
            Owner: Sam
            """, strategy: """
            # Plan

            ## Strategic aims

            ### Strategic aim A – Grow our member base
            ### Strategic aim B – Financial sustainability
            """)
        #expect(plan.objectives.map(\.resolved.priorities) == [["financial-sustainability"]])
    }

    @Test("beside a numbered strategy a letter is no position: 'C' stays unresolved and '(A2)' no tag")
    func numberedKeepsLetters() {
        let plan = Self.workspace("""
            # Q1 2027

            ## One
            Priorities: Goal 2

            ## Two (A2)
            Owner: Sam
            """, strategy: """
            # Plan

            ## Priorities

            ### Goal 1: Grow our member base
            ### Goal 2: Financial sustainability
            """)
        #expect(plan.objectives.map(\.resolved.priorities) == [["financial-sustainability"], []])
        #expect(ReferenceIndex.letterLabel("vitamin d") == nil)
        #expect(ReferenceIndex.letterLabel("goal c.1") == "c.1")
        #expect(ReferenceIndex.letterLabel("(b2)") == "b.2")
    }
}
