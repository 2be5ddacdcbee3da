import Diagnostics
@testable import YAMLLoader

/// Every node of a load with its position, tag and style, and every diagnostic, one per line:
/// two loads are the same when their dumps are.
enum TreeDump {
    static func of(_ document: LoadedDocument) -> String {
        let diagnostics = document.diagnostics.map { "\($0.severity) \($0.location.line):\($0.location.column) \($0.message)" }
        return (diagnostics + lines(of: document.root)).joined(separator: "\n")
    }

    static func of(_ root: YAMLNode?) -> String {
        lines(of: root).joined(separator: "\n")
    }

    private static func lines(of root: YAMLNode?) -> [String] {
        var lines: [String] = []
        var pending: [(node: YAMLNode, depth: Int)] = root.map { [($0, 0)] } ?? []
        while let (node, depth) = pending.popLast() {
            let head = String(repeating: " ", count: depth) + "\(node.mark) \(node.tag ?? "-")"
            switch node.content {
            case .scalar(let scalar):
                lines.append("\(head) \(scalar.style) \(scalar.value.debugDescription)")
            case .sequence(let items):
                lines.append("\(head) [\(items.count)]")
                pending += items.reversed().map { ($0, depth + 1) }
            case .mapping(let pairs):
                lines.append("\(head) {\(pairs.count)}")
                pending += pairs.reversed().flatMap { [($0.value, depth + 2), ($0.key, depth + 1)] }
            }
        }
        return lines
    }
}
