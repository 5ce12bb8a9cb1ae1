import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A Chinese roadmap (GoyacJ/Goya `docs/progress/roadmap.md`, trial 25) writes its years "2026年": `### 2026年` and
/// `## 2027年` gave no period, where `### 2026` and `## 2027` do.
@Suite("Periods written in Chinese, Japanese and Korean")
struct CJKPeriodsTests {
    func parse(_ text: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(text, path: "roadmaps/roadmap.md"))
    }

    @Test("'2026年', '2026 年', '2026年第一季度', '2026年Q1', '2026年1月' are periods, as their English forms are")
    func cjkPeriodHeadings() {
        let (roadmap, _) = parse("""
            # 开发路线图

            ## 长期规划

            ### 2026年
            - 云原生增强（Kubernetes Operator）

            ### 2027 年
            - Serverless 支持

            ### 2028年第一季度
            - GraphQL 支持

            ### 2028年Q2
            - WebAssembly 支持

            ### 2029年1月
            - 插件市场

            ## 2030年

            - **生态繁荣**
            """)
        #expect(roadmap.items.map(\.period) == ["2026", "2027", "2028-Q1", "2028-Q2", PeriodText.normalize("January 2029", year: nil), "2030"],
                "\(roadmap.items.map(\.period))")
        #expect(roadmap.lanes.last?.kind == .period)
    }

    @Test("CJK period words read as English ones; other text is left as it is")
    func cjkPeriodText() {
        #expect(CJKPeriodText.english("2026年") == "2026")
        #expect(CJKPeriodText.english("2026年第一季度") == "2026 Q1")
        #expect(CJKPeriodText.english("2026年上半年") == "2026 H1")
        #expect(CJKPeriodText.english("2026년 3분기") == "2026 Q3")
        #expect(CJKPeriodText.english("２０２６年") == "2026")
        #expect(PeriodText.normalize("2026年度", year: nil) == nil)
        #expect(CJKPeriodText.english("Q3 2026") == "Q3 2026")
        // "12个月" is a length (twelve months), not December.
        #expect(PeriodText.normalize("12个月", year: nil) == nil)
    }
}
