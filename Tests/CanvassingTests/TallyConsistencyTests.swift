import Canvassing
import Testing

/// QA defect 10: `doctor` did not compare the canvass tallies with the attempts.
@Suite struct TallyConsistencyTests {
    @Test(arguments: [
        (tallied: ["LA": 3, "LB": 1], stored: ["LA": 3, "LB": 1], districts: [String]()),
        (tallied: [:], stored: [:], districts: []),
        (tallied: ["LA": 5], stored: ["LA": 4], districts: ["LA"]),
        (tallied: ["LA": 1], stored: [:], districts: ["LA"]),
        (tallied: ["LA": 2], stored: ["LA": 2, "LB": 1], districts: ["LB"]),
    ])
    func eachDistrictsCountsMustAgree(tallied: [String: Int], stored: [String: Int], districts: [String]) {
        let problems = TallyConsistency.problems(tallied: tallied, stored: stored)
        #expect(problems.count == districts.count)
        for (problem, district) in zip(problems, districts) {
            #expect(problem.contains("polling district \(district) "))
        }
    }

    @Test func theSentenceSaysBothCounts() {
        #expect(
            TallyConsistency.problems(tallied: ["LA": 5], stored: ["LA": 1])
                == ["canvass tallies for polling district LA count 5 attempts but 1 is stored; canvass summary is wrong there"])
    }
}
