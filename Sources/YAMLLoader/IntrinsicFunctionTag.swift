/// CloudFormation's short-form tags (`!Ref`, `!GetAtt`, `!Sub`, ...), read as the long form they stand for.
///
/// CloudFormation defines `!Ref Name` as `{Ref: Name}` and `!Sub text` as `{"Fn::Sub": text}`, so the loader
/// builds that one-pair mapping and a template's reader sees one shape whichever form was written.
public enum IntrinsicFunctionTag {
    /// Short-form tag to the long-form key, as the CloudFormation User Guide lists them.
    public static let longForms: [String: String] = [
        "!Ref": "Ref", "!Condition": "Condition",
        "!GetAtt": "Fn::GetAtt", "!Sub": "Fn::Sub", "!Join": "Fn::Join", "!If": "Fn::If", "!Select": "Fn::Select",
        "!Split": "Fn::Split", "!ImportValue": "Fn::ImportValue", "!FindInMap": "Fn::FindInMap",
        "!Equals": "Fn::Equals", "!Not": "Fn::Not", "!And": "Fn::And", "!Or": "Fn::Or", "!Base64": "Fn::Base64",
        "!Cidr": "Fn::Cidr", "!GetAZs": "Fn::GetAZs", "!Transform": "Fn::Transform", "!Length": "Fn::Length",
        "!ToJsonString": "Fn::ToJsonString",
    ]

    /// `node` as the one-pair mapping its tag stands for; the key is placed where the tag was written.
    static func longForm(_ key: String, of node: YAMLNode) -> YAMLNode {
        YAMLNode(
            .mapping([YAMLPair(key: YAMLNode(.scalar(YAMLScalar(key)), at: node.mark), value: node)]), at: node.mark)
    }
}
