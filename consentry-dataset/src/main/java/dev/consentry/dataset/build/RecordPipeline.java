package dev.consentry.dataset.build;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

import dev.consentry.consent.Decision;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.PurposeRule;
import dev.consentry.dataset.format.ContentRecord;
import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.redact.Operator;
import dev.consentry.redact.Redaction;
import dev.consentry.redact.RedactionEngine;

/**
 * The fate of one content record, in the order the build rules give: age, eligibility, the
 * member's decision, the author's age when they wrote it, special categories, redaction. (Unreadable
 * lines and repeated ids come first; they depend on the input, not on the record, and the build
 * decides them.) Pure and thread-safe: every input is immutable
 * and shared by the build's workers, so the outcome of a record never depends on which thread, or
 * in which order, it is processed.
 */
final class RecordPipeline {
    private final String purpose;
    private final Instant asOf;
    private final Instant since;
    private final PurposeRule rule;
    private final ConsentSnapshot snapshot;
    private final SpecialCategories specialCategories;
    private final RedactionEngine engine;
    private final Operator operator;

    RecordPipeline(String purpose, Instant asOf, Instant since, ConsentSnapshot snapshot, SpecialCategories specialCategories,
            RedactionEngine engine, Operator operator) {
        this.purpose = requireNonNull(purpose, "purpose is null");
        this.asOf = requireNonNull(asOf, "asOf is null");
        this.since = since;
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.rule = snapshot.policyVersion().flatMap(version -> version.purpose(purpose)).orElse(null);
        this.specialCategories = requireNonNull(specialCategories, "specialCategories is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.operator = requireNonNull(operator, "operator is null");
    }

    Outcome process(ContentRecord content) {
        if (content.createdAt().isAfter(asOf)) {
            return Outcome.excluded(Exclusion.CREATED_AFTER_AS_OF);
        }
        if (since != null && !content.createdAt().isAfter(since)) {
            return Outcome.excluded(Exclusion.CREATED_BEFORE_SINCE);
        }
        Decision decision = snapshot.decide(content.member(), purpose);
        if (rule == null) {
            return Outcome.excluded(decision.reason().name());
        }
        if (!rule.content().allowsKind(content.kind())) {
            return Outcome.excluded(Exclusion.KIND_NOT_ELIGIBLE);
        }
        if (!rule.content().allowsVisibility(content.visibility())) {
            return Outcome.excluded(Exclusion.NOT_PUBLIC);
        }
        if (!decision.allowed()) {
            return Outcome.excluded(decision.reason().name());
        }
        // The decision is taken as of the build; a post written at 17 is a minor's data for good.
        if (rule.minimumAge() > 0 && snapshot.wasYoungerThan(content.member(), rule.minimumAge(), content.createdAt())) {
            return Outcome.excluded(Exclusion.AUTHORED_AS_MINOR);
        }
        if (rule.filterSpecialCategories()) {
            Optional<String> category = specialCategories.find(content.text());
            if (category.isPresent()) {
                return Outcome.excluded(Exclusion.SPECIAL_CATEGORY, category.get());
            }
        }
        Redaction redaction = engine.redact(content.text(), operator);
        if (redaction.dropped()) {
            return Outcome.excluded(Exclusion.DROPPED_PII, redaction.verdict().reason().name());
        }
        ShardRecord record = new ShardRecord(content.id(), redaction.text(), content.kind(), content.lang(), content.createdAt());
        return Outcome.included(record, snapshot.memberNumber(content.member()), redaction.counts());
    }
}
