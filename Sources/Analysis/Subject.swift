/// What a rule is evaluated on: one component, one flow, or the whole design (indices into the design).
public enum Subject: Sendable, Hashable {
    case component(Int)
    case flow(Int)
    case design
}
