import Diagnostics
import Testing
import YAMLLoader
@testable import Model

/// Reads a design from text as the CLI would, minus the file system.
func readDesign(_ text: String, file: String = "d.yaml") -> DesignReading {
    DesignReader().read(YAMLLoader().load(text, file: file))
}

/// The one error a design gives; fails the test when there is not exactly one.
func onlyError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let errors = readDesign(text).diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
    return errors.first
}

/// A design with the given components and flows under a valid header.
func design(components: String, flows: String = "") -> String {
    "dataplan: 1\nname: t\ncomponents:\n" + components + (flows.isEmpty ? "" : "flows:\n" + flows)
}
