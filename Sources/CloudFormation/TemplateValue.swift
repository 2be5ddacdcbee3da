import Diagnostics

/// A template value with its intrinsic functions worked out as far as the template alone allows.
indirect enum TemplateValue {
    /// A scalar as written (numbers and booleans too), or text the functions computed.
    case text(String, Mark)
    case list([TemplateValue], Mark)
    case map([(key: String, value: TemplateValue)], Mark)
    /// `Ref` or `Fn::GetAtt` of a resource: known only once the stack exists.
    case reference(String, attribute: String?, Mark)
    /// A value known only at deploy time (`Fn::Sub` over an ARN, `Fn::ImportValue`, ...), with the
    /// resources it names.
    case unknown(String, refs: [String], Mark)
    /// `AWS::NoValue`: as if the property were not written.
    case noValue

    var mark: Mark? {
        switch self {
        case .text(_, let mark), .list(_, let mark), .map(_, let mark), .reference(_, _, let mark),
            .unknown(_, _, let mark):
            mark
        case .noValue: nil
        }
    }

    var text: String? {
        if case .text(let text, _) = self { return text }
        return nil
    }

    var list: [TemplateValue]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    subscript(key: String) -> TemplateValue? {
        guard case .map(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// Every resource the value names, in the order written, each once.
    var references: [String] {
        var found: [String] = []
        func walk(_ value: TemplateValue) {
            switch value {
            case .reference(let id, _, _): found.append(id)
            case .unknown(_, let refs, _): found += refs
            case .list(let items, _): items.forEach(walk)
            case .map(let pairs, _): pairs.forEach { walk($0.value) }
            case .text, .noValue: break
            }
        }
        walk(self)
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }
}
