package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyParser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What one line cannot show: every member, purpose, policy version and objection an event names must exist,
 * a setting needs a purpose with a setting control and an objection one that takes objections. Objections filed
 * earlier in the batch count; follow-ups are filed under the member who objected.
 */
class EventBatchReferencesTest {

    private static final Policy POLICY = PolicyParser.parse("refs.yaml", """
            name: refs
            purposes:
              ads:
                controls: [setting]
                default: off
              research:
                controls: [objection]
                default: on
              later:
                controls: [objection]
                default: on
            versions:
              - version: v1
                from: 2025-01-01T00:00:00Z
                purposes:
                  ads: {}
                  research: {}
              - version: v2
                from: 2025-06-01T00:00:00Z
                purposes:
                  ads: {}
                  later: {}
            """);
    private static final Instant AT = Instant.parse("2025-07-01T00:00:00Z");
    private static final Provenance P = new Provenance("e1", "test");

    /** The store holds member m1, and objection o-old filed by m1. */
    private static final EventBatchValidator.Registry STORE = new EventBatchValidator.Registry() {
        @Override
        public boolean hasMember(String memberId) {
            return Set.of("m1", "m2").contains(memberId);
        }

        @Override
        public Optional<String> objectionOwner(String objectionId) {
            return Optional.ofNullable(Map.of("o-old", "m1").get(objectionId));
        }
    };

    private static EventBatchValidator validator() {
        return new EventBatchValidator(POLICY, STORE);
    }

    @Test
    void knownReferences_areAccepted_underTheMemberTheEventNames() {
        EventBatchValidator v = validator();
        for (ConsentEvent e : List.of(
                new SettingChanged("m1", "ads", true, AT, P),
                new NoticeGiven("m1", "v2", null, AT, P),
                new GpcSignal("m2", AT, P),
                new Relocation("m2", "DE", AT, P),
                new Erasure("m2", AT, P),
                new ObjectionFiled("m2", "o-new", List.of("research", "later"), null, AT, P))) {
            LineResult<EventBatchValidator.ResolvedEvent> r = v.validate(e);
            assertThat(r.problems()).as(e.toString()).isEmpty();
            assertThat(r.value()).isEqualTo(new EventBatchValidator.ResolvedEvent(e.member().orElseThrow(), e));
        }
    }

    @Test
    void unknownMember_isNamed() {
        LineResult<EventBatchValidator.ResolvedEvent> r = validator().validate(new Erasure("m9", AT, P));
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems()).containsExactly("unknown member 'm9'; import it with 'consentry import members' first");
    }

    @Test
    void setting_needsAKnownPurposeWithASettingControl() {
        EventBatchValidator v = validator();
        assertThat(v.validate(new SettingChanged("m1", "nope", true, AT, P)).problems())
                .containsExactly("unknown purpose 'nope'; the policy has [ads, later, research]");
        assertThat(v.validate(new SettingChanged("m1", "research", false, AT, P)).problems())
                .containsExactly("purpose 'research': members cannot set it (it has no setting control)");
    }

    @Test
    void everyProblemOfALine_isReported() {
        assertThat(validator().validate(new SettingChanged("m9", "nope", true, AT, P)).problems()).containsExactly(
                "unknown member 'm9'; import it with 'consentry import members' first",
                "unknown purpose 'nope'; the policy has [ads, later, research]");
        assertThat(validator().validate(new ObjectionFiled("m1", "o-old", List.of("ads", "nope"), null, AT, P)).problems()).containsExactly(
                "objection 'o-old' was already filed",
                "purpose 'ads': it takes no objection",
                "unknown purpose 'nope'; the policy has [ads, later, research]");
    }

    @Test
    void notice_needsAKnownPolicyVersion() {
        assertThat(validator().validate(new NoticeGiven("m1", "v3", "email", AT, P)).problems())
                .containsExactly("unknown policy version 'v3'");
        assertThat(validator().validate(new NoticeGiven("m1", "v1", "email", AT, P)).isOk()).isTrue();
    }

    @Test
    void objectionFiled_aPurposeOfAnyVersionThatTakesObjections_andANewId() {
        EventBatchValidator v = validator();
        assertThat(v.validate(new ObjectionFiled("m1", "o1", List.of("later"), null, AT, P)).isOk()).isTrue();
        assertThat(v.validate(new ObjectionFiled("m2", "o1", List.of("research"), null, AT, P)).problems())
                .containsExactly("objection 'o1' was already filed");
        assertThat(v.validate(new ObjectionFiled("m1", "o-old", List.of("research"), null, AT, P)).problems())
                .containsExactly("objection 'o-old' was already filed");
    }

    @Test
    void followUps_resolveToTheMemberWhoObjected_inTheStoreOrEarlierInTheBatch() {
        EventBatchValidator v = validator();
        ObjectionDecided oldDecided = new ObjectionDecided("o-old", true, null, AT, P);
        assertThat(v.validate(oldDecided).value()).isEqualTo(new EventBatchValidator.ResolvedEvent("m1", oldDecided));

        ObjectionWithdrawn early = new ObjectionWithdrawn("o2", AT, P);
        assertThat(v.validate(early).problems())
                .containsExactly("unknown objection 'o2'; it must be filed before it is decided or withdrawn");

        assertThat(v.validate(new ObjectionFiled("m2", "o2", List.of("research"), null, AT, P)).isOk()).isTrue();
        assertThat(v.validate(early).value()).isEqualTo(new EventBatchValidator.ResolvedEvent("m2", early));
        ObjectionDecided decided = new ObjectionDecided("o2", false, "no", AT, P);
        assertThat(v.validate(decided).value()).isEqualTo(new EventBatchValidator.ResolvedEvent("m2", decided));
    }

    @Test
    void aRefusedFiling_doesNotCountAsFiled() {
        EventBatchValidator v = validator();
        assertThat(v.validate(new ObjectionFiled("m1", "o3", List.of("ads"), null, AT, P)).isOk()).isFalse();
        assertThat(v.validate(new ObjectionWithdrawn("o3", AT, P)).isOk()).isFalse();
        assertThat(v.validate(new ObjectionFiled("m9", "o4", List.of("research"), null, AT, P)).isOk()).isFalse();
        assertThat(v.validate(new ObjectionWithdrawn("o4", AT, P)).isOk()).isFalse();
    }

    @Test
    void eachValidator_remembersOnlyItsOwnBatch() {
        assertThat(validator().validate(new ObjectionFiled("m1", "o5", List.of("research"), null, AT, P)).isOk()).isTrue();
        assertThat(validator().validate(new ObjectionWithdrawn("o5", AT, P)).isOk()).isFalse();
    }
}
