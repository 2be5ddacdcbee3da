import Foundation
import Testing
import Diagnostics
@testable import Model

@Suite struct DesignReaderTests {
    @Test func theSpecExampleReadsIntoATypedDesign() throws {
        let text = """
            dataplan: 1
            name: shop
            region: eu-west-1
            tags: {project: shop, team: data}
            requirements: {latency: 1s, residency: [eu-west-1], budget: 25000 USD/month}
            components:
              web: {type: web-app, emits: {rate: 100K/s, record-size: 1KB}}
              clicks: {type: kinesis-data-streams, shards: 120, tags: {team: streaming}, region: eu-central-1}
              enrich: {type: lambda, memory: 1024MB, on-failure: failed}
              failed: {type: sqs}
            flows:
              - web -> clicks -> enrich
              - {from: clicks, to: [failed], mode: stream, tls: true}
            """
        let reading = readDesign(text)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let design = try #require(reading.design)
        #expect(design.components.map(\.name) == ["web", "clicks", "enrich", "failed"])
        let clicks = try #require(design.component(named: "clicks"))
        #expect(clicks.type.category == .ingestion)
        #expect(clicks.region == "eu-central-1")
        #expect(design.component(named: "web")?.region == "eu-west-1")
        #expect(clicks.tags == ["project": "shop", "team": "streaming"])
        #expect(clicks.properties["shards"]?.value == .number(120))
        #expect(clicks.properties["shards"]?.mark == Mark(line: 8, column: 48))
        #expect(design.component(named: "enrich")?.property("memory")?.value == .size(bytes: 1_024_000_000))
        #expect(design.flows.map(\.label) == ["web -> clicks", "clicks -> enrich", "clicks -> failed"])
        #expect(design.flows[1].mark == Mark(line: 12, column: 12))
        #expect(design.flows[2].properties["tls"]?.value == .bool(true))
        #expect(design.requirements.latency == 1)
        #expect(design.requirements.residency == ["eu-west-1"])
        #expect(design.requirements.budget?.amount == 25000)
    }

    @Test func unknownTypeSuggestsTheClosest() throws {
        let error = try #require(onlyError(design(components: "  f: {type: lamda}\n")))
        #expect(
            error.message
                == "unknown component type 'lamda'; did you mean 'lambda'? (`dataplan services` lists every type)")
    }

    /// Names people know from CloudFormation or the console get the type they mean, not only near spellings.
    @Test(arguments: [
        ("kinesis-stream", "kinesis-data-streams"), ("glue-job", "glue"), ("emr-cluster", "emr"), ("s3-bucket", "s3"),
        ("lambda-function", "lambda"), ("dynamodb-table", "dynamodb"), ("sqs-queue", "sqs"),
        ("AWS::Kinesis::Stream", "kinesis-data-streams"), ("kinesis-firehose", "firehose"),
    ])
    func wellKnownNamesSuggestTheirType(typed: String, type: String) throws {
        let error = try #require(onlyError(design(components: "  f: {type: \"\(typed)\"}\n")))
        #expect(error.message.contains("did you mean '\(type)'?"), "\(error.message)")
        #expect(error.location == Diagnostics.SourceLocation(file: "d.yaml", line: 4, column: 13))
    }

    @Test func unknownPropertySuggestsTheClosest() throws {
        let error = try #require(onlyError(design(components: "  s:\n    type: kinesis-data-streams\n    shard: 4\n")))
        #expect(error.message == "unknown property 'shard' for type 'kinesis-data-streams'; did you mean 'shards'?")
        #expect(error.location.line == 6 && error.location.column == 5)
    }

    @Test func unknownTopLevelAndNestedKeys() throws {
        let top = try #require(onlyError("dataplan: 1\nname: t\ncomponent: {}\ncomponents: {a: {type: s3}}\n"))
        #expect(top.message == "unknown top-level key 'component'; did you mean 'components'?")
        let nested = try #require(onlyError(design(components: "  s: {type: s3, encryption: {at_rest: kms}}\n")))
        #expect(nested.message == "unknown key 'at_rest' in 'encryption'; did you mean 'at-rest'?")
        #expect(nested.location.column == 30)
    }

    @Test func wrongValueKinds() throws {
        let list = try #require(onlyError(design(components: "  s: {type: kinesis-data-streams, shards: [1]}\n")))
        #expect(list.message == "'shards' must be count, e.g. 120 or 100K; found a list")
        let bool = try #require(onlyError(design(components: "  s: {type: s3, versioning: yes}\n")))
        #expect(bool.message == "'versioning' has value 'yes', which is not true | false")
        let enumeration = try #require(
            onlyError(design(components: "  s: {type: kinesis-data-streams, mode: ondemand}\n")))
        #expect(
            enumeration.message
                == "'mode' must be one of provisioned, on-demand; found 'ondemand'; did you mean 'on-demand'?")
        let fraction = try #require(onlyError(design(components: "  s: {type: kinesis-data-streams, shards: 1.5}\n")))
        #expect(
            fraction.message.contains("(a count is a whole number); units: a whole number, optionally with K, M or B"))
    }

    @Test func unparsableUnitsNameKeyValueAndExpectation() throws {
        let error = try #require(onlyError(design(components: "  f: {type: lambda, duration: 80 msec}\n")))
        #expect(
            error.message == "'duration' has value '80 msec', which is not duration, e.g. 80ms, 5min, 24h "
                + "(minutes are written `min`, seconds `s`); units: ms, s, min, h or d")
        let rate = try #require(
            onlyError(
                design(components: "  a: {type: s3}\n  b: {type: s3}\n", flows: "  - {from: a, to: b, rate: 10MB/s}\n"))
        )
        #expect(rate.message.contains("(that is a volume: write it as `volume`)"))
        let emitted = try #require(onlyError(design(components: "  w: {type: web-app, emits: {rate: 1.5 TB/day}}\n")))
        #expect(
            emitted.message.contains(
                "(that is a volume: give `rate` in records, e.g. 20K/s, and the size of one in `record-size`)"),
            "emits has no `volume`, so the advice names what it has")
        let typo = try #require(onlyError(design(components: "  w: {type: web-app, emits: {rate: 2M/hours}}\n")))
        #expect(typo.message.contains("(did you mean '2M/hour'?)"))
    }

    @Test func danglingNamesInFlowsAndReferences() throws {
        let flow = try #require(
            onlyError(design(components: "  a: {type: s3}\n  b: {type: s3}\n", flows: "  - a -> bb\n")))
        #expect(flow.message == "flow names 'bb', which is not a component of this design; did you mean 'b'?")
        #expect(flow.location.line == 7 && flow.location.column == 10)
        let failure = try #require(onlyError(design(components: "  f: {type: lambda, on-failure: dlq}\n")))
        #expect(failure.message == "'dlq' is not a component of this design")
        let replication = try #require(
            onlyError(design(components: "  a: {type: s3, replication: {to: copy}}\n  copy2: {type: s3}\n")))
        #expect(replication.message == "'copy' is not a component of this design; did you mean 'copy2'?")
        #expect(replication.location.column == 35)
    }

    @Test func flowsToSelfAreRefused() throws {
        let chain = try #require(onlyError(design(components: "  a: {type: s3}\n", flows: "  - a -> a\n")))
        #expect(chain.message == "flow 'a -> a' goes from a component to itself")
        let map = try #require(onlyError(design(components: "  a: {type: s3}\n", flows: "  - {from: a, to: a}\n")))
        #expect(map.message == "flow 'a -> a' goes from a component to itself")
        let failure = try #require(onlyError(design(components: "  q: {type: sqs, on-failure: q}\n")))
        #expect(failure.message.contains("itself"))
    }

    @Test func aBadComponentDoesNotMakeItsFlowsDangle() {
        let errors = readDesign(design(components: "  a: {type: s3x}\n  b: {type: s3}\n", flows: "  - a -> b\n"))
            .diagnostics
        #expect(errors.count == 1)
    }

    @Test func structuralErrors() throws {
        #expect(try #require(onlyError("- a\n- b\n")).message.hasPrefix("the top level of a design must be a mapping"))
        #expect(
            try #require(onlyError("dataplan: 2\nname: t\ncomponents: {a: {type: s3}}\n")).message.hasPrefix(
                "`dataplan` must be 1"))
        #expect(
            try #require(onlyError("name: t\ncomponents: {a: {type: s3}}\n")).message.hasPrefix("missing `dataplan: 1`")
        )
        #expect(try #require(onlyError("dataplan: 1\nname: t\n")).message.hasPrefix("missing `components`"))
        #expect(
            try #require(onlyError(design(components: "  Bad_Name: {type: s3}\n"))).message.hasPrefix(
                "component name 'Bad_Name'"))
        #expect(
            try #require(onlyError(design(components: "  a: {region: us-east-1}\n"))).message
                == "component 'a' has no `type`")
        #expect(
            try #require(onlyError(design(components: "  a: {type: s3, region: us-east-7}\n"))).message.hasPrefix(
                "'region' names an unknown AWS region 'us-east-7'; did you mean"))
        #expect(
            try #require(onlyError(design(components: "  a: {type: s3}\n", flows: "  - a\n"))).message.hasPrefix(
                "a flow chain needs at least two components"))
    }

    @Test func suppressionsNeedAReason() throws {
        let reading = readDesign(
            design(
                components:
                    "  a:\n    type: s3\n    suppress: {SEC-004: \"public data set\", COST-003: {reason: "
                    + "\"short-lived\", until: 2027-01-31}}\n"
            ))
        let suppressions = try #require(reading.design?.components.first?.suppressions)
        #expect(suppressions.map(\.rule) == ["COST-003", "SEC-004"])
        #expect(suppressions[0].until == "2027-01-31")
        let missing = try #require(onlyError(design(components: "  a: {type: s3, suppress: {SEC-004: \"\"}}\n")))
        #expect(missing.message == "suppressing SEC-004 needs a reason: say why the rule does not apply here")
        let badID = try #require(onlyError(design(components: "  a: {type: s3, suppress: {sec4: x}}\n")))
        #expect(badID.message.contains("is not a rule id"))
    }

    @Test func everyErrorInAFileIsReportedNotJustTheFirst() {
        let text = design(
            components: "  a: {type: s3x}\n  b: {type: s3, versioning: maybe}\n  c: {type: lambda, memory: lots}\n")
        #expect(readDesign(text).diagnostics.count == 3)
    }

    @Test func mergeKeysShareSettingsBetweenComponents() throws {
        let text = design(
            components: "  a: &secure {type: s3, encryption: {at-rest: kms}}\n  b: {<<: *secure, versioning: true}\n")
        let b = try #require(readDesign(text).design?.component(named: "b"))
        #expect(b.property("encryption.at-rest")?.value == .string("kms"))
        #expect(b.type.name == "s3")
    }
}
