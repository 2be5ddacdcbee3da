/// Which IAM actions and SAM policy templates write data: a function allowed to write to a resource
/// sends data to it, so the importer draws a flow.
enum WriteActions {
    /// Action names (after `service:`) that put data somewhere, by prefix.
    static let verbs = [
        "Put", "BatchWrite", "UpdateItem", "SendMessage", "Publish", "StartJobRun", "StartExecution",
        "StartQueryExecution", "ExecuteStatement", "BatchExecuteStatement", "CompleteMultipartUpload",
        "CreateMultipartUpload", "UploadPart", "WriteRecords",
    ]

    static func writes(_ action: String) -> Bool {
        let name = action.split(separator: ":").last.map(String.init) ?? action
        if name == "*" { return true }
        return verbs.contains { name.hasPrefix($0) }
    }

    /// SAM policy templates that allow writing (`DynamoDBCrudPolicy`, `S3WritePolicy`, `SQSSendMessagePolicy`...).
    static func writesByTemplate(_ name: String) -> Bool {
        ["Crud", "Write", "SendMessage", "Publish", "FullAccess", "PutRecord"].contains { name.contains($0) }
    }
}
