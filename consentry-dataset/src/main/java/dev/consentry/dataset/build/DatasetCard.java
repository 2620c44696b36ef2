package dev.consentry.dataset.build;

import java.util.Locale;

import dev.consentry.consent.ReasonCode;

/**
 * {@code README.md}: a dataset card in the Hugging Face format — a YAML header the Hub reads, then
 * what a person deciding whether to train on the data needs: what it is, who is in it and why,
 * what personal data was removed, where it came from and how to check it.
 */
final class DatasetCard {
    static final String FILE = "README.md";

    private DatasetCard() {}

    /** The card for {@code manifest} (whose card, dataset and finishedAt fields it does not use). */
    static String render(Manifest manifest, String policyTitle, String legalBasis) {
        StringBuilder card = new StringBuilder();
        card.append("---\n");
        card.append("pretty_name: ").append(manifest.name()).append('\n');
        if (!manifest.languages().isEmpty()) {
            card.append("language:\n");
            manifest.languages().keySet().stream().filter(lang -> !lang.equals("unknown")).forEach(lang -> card.append("- ").append(lang).append('\n'));
        }
        card.append("size_categories:\n- ").append(sizeCategory(manifest.counts().included())).append('\n');
        card.append("task_categories:\n- text-generation\n");
        card.append("tags:\n- consentry\n- consent-filtered\n- pii-redacted\n- ").append(manifest.purpose()).append('\n');
        card.append("configs:\n- config_name: default\n  data_files: \"part-*.").append(manifest.format()).append("\"\n");
        card.append("---\n\n");

        card.append("# ").append(manifest.name()).append("\n\n");
        card.append("## Dataset summary\n\n");
        card.append(String.format(Locale.ROOT, "%,d records of member content for **%s** (%s), as of %s, built by Consentry %s. ",
                manifest.counts().included(), manifest.purpose(), policyTitle, manifest.asOf(), manifest.engine().version()));
        card.append(String.format(Locale.ROOT, "%,d members' content is included; %,d records were read. ", manifest.membersIncluded(), manifest.counts().read()));
        card.append("Each record is `{\"id\", \"text\", \"kind\", \"lang\", \"createdAt\"}`; no member id or other personal field is kept");
        card.append(manifest.previous() == null ? ".\n\n" : ". This is an incremental dataset: it holds only content created after " + manifest.previous().asOf()
                + ", the as-of of `" + manifest.previous().dataset() + "`.\n\n");

        card.append("## Consent and eligibility\n\n");
        card.append(String.format(Locale.ROOT, "Under policy `%s` version `%s` (legal basis: %s), every record was checked, first reason wins: "
                        + "an id an earlier record had, age, eligibility of its kind and visibility, its author's consent decision as of %s "
                        + "(from the consent ledger up to entry %d), the author's age when they wrote it, special categories, personal-data density.\n\n",
                manifest.policy().name(), manifest.policy().version() == null ? "none in force" : manifest.policy().version(), legalBasis,
                manifest.asOf(), manifest.ledger().sequence()));
        card.append("| outcome | records |\n|---|---:|\n");
        card.append(String.format(Locale.ROOT, "| included | %,d |\n", manifest.counts().included()));
        manifest.counts().excluded().forEach((reason, count) ->
                card.append(String.format(Locale.ROOT, "| excluded: `%s` — %s | %,d |\n", reason, explain(reason), count)));
        card.append('\n');

        card.append("## Personal and sensitive information\n\n");
        card.append(String.format(Locale.ROOT, "Personal data found in the text was replaced with the `%s` operator: %,d replacements.\n\n",
                manifest.redactions().operator(), manifest.redactions().total()));
        if (!manifest.redactions().byType().isEmpty()) {
            card.append("| type | replaced |\n|---|---:|\n");
            manifest.redactions().byType().forEach((type, count) -> card.append(String.format(Locale.ROOT, "| %s | %,d |\n", type, count)));
            card.append('\n');
        }
        if (!manifest.counts().specialCategories().isEmpty()) {
            card.append("Records about special categories of personal data (GDPR Art. 9) were left out:\n\n| category | records |\n|---|---:|\n");
            manifest.counts().specialCategories().forEach((category, count) -> card.append(String.format(Locale.ROOT, "| %s | %,d |\n", category, count)));
            card.append('\n');
        }
        card.append("Redaction is automatic and imperfect: treat the text as personal data of the platform's members, "
                + "use it only for the purpose above, and do not try to re-identify anyone.\n\n");

        card.append("## Provenance\n\n");
        card.append("- policy: `").append(manifest.policy().name()).append("` sha256 `").append(manifest.policy().sha256()).append("` (")
                .append(manifest.policy().source()).append(")\n");
        card.append("- consent ledger: up to entry ").append(manifest.ledger().sequence()).append(", head hash `").append(manifest.ledger().headHash()).append("`\n");
        for (Manifest.Input input : manifest.inputs()) {
            card.append(String.format(Locale.ROOT, "- input: `%s` (%,d bytes, sha256 `%s`)\n", input.path(), input.bytes(), input.sha256()));
        }
        if (manifest.previous() != null) {
            card.append("- previous dataset: `").append(manifest.previous().dataset()).append("` at `").append(manifest.previous().path())
                    .append("` (manifest sha256 `").append(manifest.previous().manifestSha256()).append("`)\n");
        }
        card.append("- build: ").append(manifest.startedAt()).append(", ").append(manifest.engine().name()).append(' ')
                .append(manifest.engine().version()).append(" on Java ").append(manifest.engine().java()).append("\n\n");

        card.append("## How to verify\n\n");
        card.append("`manifest.json` lists every file with its SHA-256. Check them all with\n\n");
        card.append("```\nconsentry verify <this folder>\n```\n\n");
        card.append("or with any SHA-256 tool. Given the same inputs, as-of instant, ledger, policy, operator key and shard size, "
                + "`consentry build` reproduces the shards byte for byte. `consentry lineage member ID` lists the datasets that used a "
                + "member's data; `consentry impact <this folder>` lists members whose consent has since been withdrawn.\n");
        return card.toString();
    }

    private static String explain(String reason) {
        return switch (reason) {
            case Exclusion.REJECTED -> "the line could not be read (see rejects.jsonl)";
            case Exclusion.DUPLICATE_ID -> "an id an earlier record of the inputs already had (the first is kept)";
            case Exclusion.CREATED_AFTER_AS_OF -> "created after the as-of instant";
            case Exclusion.CREATED_BEFORE_SINCE -> "already covered by the previous dataset";
            case Exclusion.KIND_NOT_ELIGIBLE -> "a kind of content the purpose may not use";
            case Exclusion.NOT_PUBLIC -> "not public";
            case Exclusion.AUTHORED_AS_MINOR -> "written while its author was under the purpose's minimum age";
            case Exclusion.SPECIAL_CATEGORY -> "about a special category of personal data";
            case Exclusion.DROPPED_PII -> "too much or too sensitive personal data";
            default -> explainDecision(reason);
        };
    }

    private static String explainDecision(String reason) {
        try {
            return switch (ReasonCode.valueOf(reason)) {
                case NOT_IN_POLICY -> "no policy version covered the purpose";
                case UNKNOWN_MEMBER -> "author not in the member registry";
                case ERASED -> "author's data erased";
                case JURISDICTION_EXCLUDED -> "author in an excluded jurisdiction";
                case MINOR -> "author under the minimum age";
                case OPTED_OUT -> "author switched the setting off";
                case GPC_OPT_OUT -> "author sent a Global Privacy Control signal";
                case OBJECTION_UPHELD -> "author's objection upheld";
                case DEFAULT_OFF -> "author never switched the purpose on";
                case NOTICE_PENDING -> "author not yet given notice long enough ago";
                case ALLOWED_BY_SETTING, ALLOWED_BY_DEFAULT -> "allowed";
            };
        } catch (IllegalArgumentException e) {
            return reason.toLowerCase(Locale.ROOT);
        }
    }

    private static String sizeCategory(long records) {
        if (records < 1_000) {
            return "n<1K";
        }
        if (records < 10_000) {
            return "1K<n<10K";
        }
        if (records < 100_000) {
            return "10K<n<100K";
        }
        if (records < 1_000_000) {
            return "100K<n<1M";
        }
        if (records < 10_000_000) {
            return "1M<n<10M";
        }
        return "10M<n<100M";
    }

}
