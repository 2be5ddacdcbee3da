import Testing
@testable import DataplanKit

/// `--sweep PATH=FROM..TO[:STEPS]` read, and refused with a message that says what is wrong.
@Suite struct SweepSpecTests {
    @Test func aComponentPropertyAFlowAndARateAreTargets() throws {
        #expect(
            try SweepSpec.parse("transform.duration=10min..4h:12").get()
                == SweepSpec(
                    path: "transform.duration", target: .property(component: "transform", path: ["duration"]),
                    fromText: "10min", toText: "4h", steps: 12))
        #expect(
            try SweepSpec.parse("landing->transform.volume=1GB/day..2TB/day").get().target
                == .flow(from: "landing", to: "transform", property: "volume"))
        #expect(try SweepSpec.parse("landing->transform.volume=1GB/day..2TB/day").get().steps == SweepSpec.defaultSteps)
        #expect(try SweepSpec.parse("rate:glue/dpu-hour=0.2..0.6").get().target == .rate("glue/dpu-hour"))
        #expect(
            try SweepSpec.parse("web.emits.rate=1K/s..20K/s:4").get().target
                == .property(component: "web", path: ["emits", "rate"]))
    }

    @Test(arguments: [
        ("transform.duration", "PATH=FROM..TO"),
        ("transform.duration=10min", "range FROM..TO"),
        ("Transform.duration=1..2", "COMPONENT.PROPERTY"),
        ("transform.duration=1..2:0", "STEPS"),
        ("rate:glue/dpu-hours=1..2", "unknown rate 'glue/dpu-hours'; did you mean 'glue/dpu-hour'?"),
    ])
    func aMalformedSweepSaysWhatIsWrong(text: String, expected: String) {
        guard case .failure(let error) = SweepSpec.parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.message.contains(expected), "\(error.message)")
    }
}
