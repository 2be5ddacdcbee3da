import Testing
import TestSupport

/// A run that requires every optional resource (CI's) has each one, so no test that needs one was skipped.
@Suite struct OptionalResourcesTests {
    @Test(.enabled(if: OptionalResource.requireAll, "runs where DATAPLAN_REQUIRE_ALL=1, as .ci/run sets it"))
    func everyOptionalResourceIsPresentWhenTheRunRequiresThemAll() {
        let absent = OptionalResource.all.filter { !$0.isPresent }.map(\.name)
        #expect(absent.isEmpty, "DATAPLAN_REQUIRE_ALL=1 but absent: \(absent)")
    }

    @Test(
        .enabled(
            if: OptionalResource.hideOptional,
            "runs where DATAPLAN_HIDE_OPTIONAL=1, as .ci/run's first run sets it"))
    func hidingTheOptionalResourcesReportsEachAbsent() {
        #expect(OptionalResource.all.allSatisfy { !$0.isPresent })
    }
}
