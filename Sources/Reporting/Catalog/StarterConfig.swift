/// The `.dataplan.yml` that `dataplan init --config` writes: every key the config takes, each with what it does.
public enum StarterConfig {
    public static let fileName = ".dataplan.yml"

    public static let text = """
        # Settings for every dataplan run in this folder and below (docs/interface.md, `.dataplan.yml`).
        # A command-line option wins over its key here.

        # The gate: `dataplan check` exits 1 on a finding at or above this: error | warning | info | never.
        fail-on: error

        # The cost-allocation tags every AWS component must carry (rule COST-001); components inherit
        # the design's top-level `tags`.
        required-tags: [project, environment, team, cost-center]

        rules:
          # Rules that never run here, by id (`dataplan rules` lists them).
          disable: []
          # A rule's severity for this repository, by id: error | warning | info.
          severity: {}

        # Folders of your own rules, in the format of docs/rules-language.md; relative to this file.
        rule-packs: []

        # Findings accepted as they are: write the file with `dataplan check DESIGNS --write-baseline FILE`,
        # then name it here; findings it lists are reported as baselined and do not fail the gate.
        # baseline: .dataplan-baseline.json

        # The monthly budget `dataplan cost` holds a design to when neither `--budget` nor the design's
        # `requirements.budget` gives one; over it, `cost` exits 1.
        # budget: 20000 USD/month

        # A cost gate (`cost` against a budget, `diff --max-increase`) fails when lines without a rate could
        # change its verdict; true judges on the priced lines alone, as `--allow-unpriced` does.
        allow-unpriced: false

        # Controls the whole account has, declared once for every design here, as design components:
        # a design's rules that ask for them (CloudTrail, Config, CloudWatch, Budgets) are then met.
        # account:
        #   trail: {type: cloudtrail, multi-region: true, log-validation: true}
        #   posture: {type: config, recording: continuous}
        #   monitoring: {type: cloudwatch}
        #   budget: {type: budgets, alerts: true, anomaly-detection: true}

        """
}
