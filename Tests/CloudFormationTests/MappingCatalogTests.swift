import Model
import Testing

@testable import CloudFormation

@Suite struct MappingCatalogTests {
    @Test func everyMappingFileReadsCleanly() {
        let catalog = MappingCatalog.bundled
        #expect(catalog.diagnostics.isEmpty, "\(catalog.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(catalog.types.count > 40)
    }

    /// A mapping names only types and properties the design format has, and cites its source.
    @Test func everyMappingNamesRealTypesAndProperties() throws {
        for type in MappingCatalog.bundled.types {
            let mapping = try #require(MappingCatalog.bundled.mapping(for: type))
            #expect(mapping.source.hasPrefix("https://docs.aws.amazon.com/"), "\(type): source")
            // A type chosen by a property's value (an RDS engine) may leave out what only some of its types take.
            let names =
                mapping.dataplanType.map { [$0] } ?? Set(mapping.typeFrom?.values.values.map { $0 } ?? []).sorted()
            let components = try names.map { name in
                try #require(ComponentCatalog.type(named: name), "\(type): no type '\(name)'")
            }
            for property in mapping.properties + (mapping.events?.properties ?? []) where !components.isEmpty {
                let head = String(property.name.prefix { $0 != "." && $0 != "[" })
                #expect(
                    components.contains { $0.property(named: head) != nil },
                    "\(type): no type of \(names) has a property '\(head)'")
            }
        }
    }

    @Test func aServiceWideMappingCoversEveryTypeOfTheService() {
        #expect(MappingCatalog.bundled.mapping(for: "AWS::IAM::Role")?.kind == .skip)
        #expect(MappingCatalog.bundled.mapping(for: "AWS::EC2::VPC")?.kind == .skip)
        #expect(MappingCatalog.bundled.mapping(for: "AWS::ApiGateway::RestApi") == nil)
    }
}
