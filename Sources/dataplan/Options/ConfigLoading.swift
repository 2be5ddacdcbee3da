import Diagnostics
import DataplanKit

extension CommonOptions {
    /// The config named by --config, else the nearest `.dataplan.yml` upward, else the defaults.
    func loadConfig() -> (ProjectConfig, [Diagnostic]) {
        guard let path = config ?? ProjectConfig.discover() else { return (ProjectConfig(), []) }
        return ProjectConfigReader.read(path: path)
    }
}
