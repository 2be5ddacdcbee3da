import Parallel
import Reporting

/// The end of a command's run. What a large run leaves (its report: every file's text, findings
/// and priced lines) is handed to the release thread, which the process's exit does not wait for;
/// a small run's is freed where it is dropped, which costs less than starting that thread.
public enum RunEnd {
    public static func drop(_ report: consuming CheckReport) {
        if isLarge(report.files) { BackgroundRelease.release(consume report) }
    }

    public static func drop(_ report: consuming CostReport) {
        if isLarge(report.entries.map(\.file)) { BackgroundRelease.release(consume report) }
    }

    static func isLarge(_ files: [FileReport]) -> Bool {
        files.contains { ($0.sourceBytes?.count ?? 0) >= DesignPipeline.backgroundReleaseBytes }
    }
}
