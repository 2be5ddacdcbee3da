import Diagnostics
import Foundation
import Model
import Testing
import YAMLLoader

@testable import CloudFormation

@Suite struct TemplateImporterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let fixtureNames = ["clickstream.yaml", "orders.template.json", "sam-orders.yaml"]

    static func imported(
        _ text: String, file: String = "t.yaml", parameters: [String: String] = [:]
    ) throws
        -> ImportedTemplate
    {
        let document = YAMLLoader().load(text, file: file)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
        let root = try #require(document.root)
        return TemplateImporter(parameterValues: parameters).read(root, file: file)
    }

    /// The design `import` writes for each fixture; `DATAPLAN_UPDATE_GOLDENS=1` rewrites them.
    @Test(arguments: fixtureNames)
    func importedDesignMatchesItsGolden(_ name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        let imported = try Self.imported(text, file: name)
        #expect(!imported.diagnostics.contains { $0.severity == .error }, "\(imported.diagnostics)")
        let yaml = try #require(ImportedDesignWriter.yaml(imported, template: name))
        let golden = Self.goldens.appendingPathComponent(name + ".design.yaml")
        if ProcessInfo.processInfo.environment["DATAPLAN_UPDATE_GOLDENS"] == "1" {
            try yaml.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(yaml == (try String(contentsOf: golden, encoding: .utf8)), "run DATAPLAN_UPDATE_GOLDENS=1 swift test")
        // What `import` writes reads back as a valid design.
        let reading = DesignReader().read(YAMLLoader().load(yaml, file: "imported.yaml"))
        #expect(reading.diagnostics.filter { $0.severity == .error }.isEmpty, "\(reading.diagnostics)")
    }

    @Test func parametersConditionsAndMappingsAreWorkedOut() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("clickstream.yaml"), encoding: .utf8)
        let prod = try Self.imported(text)
        let stream = try #require(prod.design?["components"]?["click-stream"])
        #expect(stream["shards"]?.text == "4")
        #expect(stream["retention"]?.text == "168h")
        #expect(stream["encryption"]?["at-rest"]?.text == "kms")
        #expect(prod.design?["components"]?["dev-only-queue"] == nil)

        let dev = try Self.imported(text, parameters: ["Environment": "dev", "ShardCount": "2"])
        let devStream = try #require(dev.design?["components"]?["click-stream"])
        #expect(devStream["shards"]?.text == "2")
        #expect(devStream["retention"]?.text == "24h")
        #expect(devStream["encryption"] == nil, "Fn::If's false branch is AWS::NoValue")
        #expect(dev.design?["components"]?["dev-only-queue"] != nil)
    }

    @Test func findingsPointAtTheTemplatesOwnLines() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("clickstream.yaml"), encoding: .utf8)
        let imported = try Self.imported(text)
        let stream = try #require(imported.design?["components"]?.mapping?.first { $0.key.text == "click-stream" })
        #expect(stream.key.mark.line == 24, "the component is where its logical ID is written")
        #expect(stream.value["shards"]?.mark.line == 28, "a property is where the template sets it")
        let flows = try #require(imported.design?["flows"]?.sequence)
        #expect(flows.first?.mark.line == 55, "a flow is where the reference that makes it is written")
    }

    @Test func theLensPropertiesAreReadFromTemplates() throws {
        let text = """
            Resources:
              Clicks: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}
              Reader: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12, Handler: a.b, Code: {ZipFile: x}}}
              Forever:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  {EventSourceArn: !GetAtt Clicks.Arn, FunctionName: !Ref Reader, MaximumRecordAgeInSeconds: -1}
              Airflow: {Type: AWS::MWAA::Environment, Properties: {Name: a, WebserverAccessMode: PUBLIC_ONLY}}
              Nightly:
                Type: AWS::Glue::Job
                Properties:
                  {Role: r, Command: {Name: glueetl}, Timeout: 120, DefaultArguments: {--enable-auto-scaling: "true"}}
            """
        let components = try #require(Self.imported(text).design?["components"])
        #expect(components["reader"]?["maximum-record-age"] == nil, "-1 is no maximum, not a negative age")
        #expect(components["airflow"]?["publicly-accessible"]?.text == "true")
        #expect(components["nightly"]?["timeout"]?.text == "120min", "Glue's Timeout is in minutes")
        #expect(components["nightly"]?["auto-scaling"]?.text == "true")
        let aged = text.replacingOccurrences(of: "AgeInSeconds: -1", with: "AgeInSeconds: 3600")
        #expect(try Self.imported(aged).design?["components"]?["reader"]?["maximum-record-age"]?.text == "3600s")
    }

    @Test func substitutionsJoinsAndSelectsResolve() throws {
        var log = DiagnosticLogHolder()
        let text = """
            Parameters:
              Env: {Type: String, Default: prod}
              Names: {Type: CommaDelimitedList, Default: "a,b,c"}
            Resources:
              Bucket: {Type: AWS::S3::Bucket}
            """
        let document = YAMLLoader().load(text, file: "t.yaml")
        let root = try #require(document.root)
        let template = try #require(Template.read(root, file: "t.yaml", log: &log.log))
        var resolver = IntrinsicResolver(
            template: template, parameterValues: [:], region: "eu-west-1", stackName: "s")
        func resolve(_ yaml: String) -> TemplateValue {
            resolver.resolve(YAMLLoader().load(yaml, file: "v.yaml").root!)
        }
        #expect(resolve("!Sub '${Env}-${AWS::Region}-${!Literal}'").text == "prod-eu-west-1-${Literal}")
        #expect(resolve("!Sub ['${X}-y', {X: !Ref Env}]").text == "prod-y")
        #expect(resolve("!Join ['/', [a, !Ref Env]]").text == "a/prod")
        #expect(resolve("!Select [1, !Ref Names]").text == "b")
        #expect(resolve("!Select [2, !Split [',', 'x,y,z']]").text == "z")
        #expect(resolve("{'Fn::Join': ['', [s3://, {Ref: Bucket}]]}").references == ["Bucket"])
        if case .unknown(let text, let refs, _) = resolve("!Sub 'arn:aws:s3:::${Bucket}/*'") {
            #expect(text == "arn:aws:s3:::${Bucket}/*" && refs == ["Bucket"])
        } else {
            Issue.record("a Sub over a resource is known only at deploy time")
        }
        #expect(resolver.log.diagnostics.isEmpty)
        _ = resolve("!Ref Nothing")
        _ = resolve("!GetAtt Missing.Arn")
        #expect(
            resolver.log.diagnostics.map(\.message) == [
                "Ref 'Nothing' names no parameter, resource or pseudo parameter of this template",
                "Fn::GetAtt names 'Missing', which is not a resource of this template",
            ])
    }

    @Test func anUndecidableConditionTakesTheFirstBranchAndSaysSo() throws {
        let imported = try Self.imported(
            """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Size: {Type: Number}
            Conditions:
              Big: !Equals [!Ref Size, 10]
            Resources:
              Stream:
                Type: AWS::Kinesis::Stream
                Properties:
                  ShardCount: !If [Big, 10, 1]
            """)
        #expect(imported.design?["components"]?["stream"]?["shards"]?.text == "10")
        let warning = try #require(imported.diagnostics.first)
        #expect(warning.severity == .warning && warning.location.line == 10)
        #expect(warning.message.contains("takes its first branch"))
    }

    @Test func aCircularDependsOnIsAnErrorWhereTheCycleCloses() throws {
        let imported = try Self.imported(
            """
            Resources:
              A: {Type: AWS::SQS::Queue, DependsOn: B}
              B: {Type: AWS::SQS::Queue, DependsOn: [C]}
              C: {Type: AWS::SQS::Queue, DependsOn: A}
            """)
        let error = try #require(imported.diagnostics.first { $0.severity == .error })
        #expect(error.message == "circular DependsOn: A -> B -> C -> A")
        #expect(error.location.line == 4)
    }

    @Test func logicalIDsBecomeComponentNames() {
        #expect(DesignBuilder.componentName("RawEventsStream") == "raw-events-stream")
        #expect(DesignBuilder.componentName("DMSReplicationTask") == "dms-replication-task")
        #expect(DesignBuilder.componentName("S3Bucket2") == "s3-bucket2")
        #expect(DesignBuilder.componentName("rQueueRoutingStep") == "r-queue-routing-step")
    }

    @Test func aStackIsNamedAfterItsFileOrItsSAMProject() {
        #expect(TemplateImporter.stackName(of: "cdk.out/Orders.template.json") == "Orders")
        #expect(TemplateImporter.stackName(of: "patterns/s3-sqs-lambda/template.yaml") == "s3-sqs-lambda")
        #expect(TemplateImporter.stackName(of: "app/src/template.yml") == "app")
        #expect(TemplateImporter.stackName(of: "stack.yaml") == "stack")
    }

    @Test func designsAndTemplatesAreToldApart() throws {
        let template = try #require(YAMLLoader().load("Resources: {Q: {Type: AWS::SQS::Queue}}", file: "t").root)
        let design = try #require(YAMLLoader().load("dataplan: 1\nResources: {}", file: "d").root)
        let versioned = try #require(YAMLLoader().load("AWSTemplateFormatVersion: '2010-09-09'", file: "v").root)
        #expect(TemplateImporter.recognises(template))
        #expect(!TemplateImporter.recognises(design))
        #expect(TemplateImporter.recognises(versioned))
    }
}

/// A log to hand `Template.read`, whose problems these tests do not look at.
struct DiagnosticLogHolder {
    var log = DiagnosticLog(file: "t.yaml")
}
