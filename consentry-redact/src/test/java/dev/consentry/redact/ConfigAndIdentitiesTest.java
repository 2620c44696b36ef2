package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigAndIdentitiesTest {

    @Test
    void defaults() {
        RedactionConfig c = RedactionConfig.defaults();
        assertThat(c.enabled()).isEqualTo(EnumSet.allOf(EntityType.class));
        assertThat(c.minScore(EntityType.PERSON)).isEqualTo(0.5);
        assertThat(c.allowList()).isEmpty();
        assertThat(c.denyList()).isEmpty();
    }

    @Test
    void explicitMapping() {
        RedactionConfig c = RedactionConfig.fromMap(Map.of(
                "enabled", List.of("person", "EMAIL_ADDRESS"),
                "default_min_score", 0.6,
                "min_scores", Map.of("PERSON", 0.7),
                "context_words", Map.of("PERSON", List.of("Teammate")),
                "allow_list", List.of("Consentry"),
                "deny_list", Map.of("PERSON", List.of("Codename Bluebird"))));
        assertThat(c.enabled()).containsExactlyInAnyOrder(EntityType.PERSON, EntityType.EMAIL_ADDRESS);
        assertThat(c.minScore(EntityType.PERSON)).isEqualTo(0.7);
        assertThat(c.minScore(EntityType.EMAIL_ADDRESS)).isEqualTo(0.6);
        assertThat(c.contextWords().get(EntityType.PERSON)).containsExactly("teammate");
        assertThat(c.allowList()).containsExactly("consentry");
        assertThat(c.denyList()).containsEntry("codename bluebird", EntityType.PERSON);
    }

    @Test
    void fromMap_reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> RedactionConfig.fromMap(Map.of(
                "enabled", List.of("PERSN"),
                "default_min_score", 3,
                "colour", "blue",
                "allow_list", "not a list")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).hasSize(4)
                        .anyMatch(p -> p.contains("PERSN")).anyMatch(p -> p.contains("colour"))
                        .anyMatch(p -> p.contains("default_min_score")).anyMatch(p -> p.contains("allow_list")));
    }

    @Test
    void allowAndDenyLists() {
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.builder()
                .allow(List.of("jane@example.com")).deny("project nightjar", EntityType.PERSON).build());
        String text = "mail jane@example.com about Project NIGHTJAR";
        List<Span> spans = engine.detect(text);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).textIn(text)).isEqualTo("Project NIGHTJAR");
    }

    @Test
    void disabledDetectorsFindNothing() {
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.builder().enabled(Set.of(EntityType.PHONE_NUMBER)).build());
        assertThat(engine.detect("mail jane@example.com")).isEmpty();
    }

    @Test
    void knownIdentities_foundInAnyCaseAtScale() {
        List<KnownIdentities.Identity> ids = new ArrayList<>();
        for (int i = 0; i < 120_000; i++) {
            ids.add(new KnownIdentities.Identity("Member" + Integer.toString(i, 36) + " Zq" + i, Set.of("@member_" + i)));
        }
        ids.add(new KnownIdentities.Identity("Xavier Quonset-Ramirez", Set.of("@xq_ramirez", "xq.r")));
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.defaults(), KnownIdentities.of(ids));
        String text = "ping xavier quonset-ramirez or @XQ_Ramirez, also xq.r and member_77 and MEMBER32 ZQ110";
        List<String> found = engine.detect(text).stream().map(s -> s.type() + ":" + s.textIn(text)).toList();
        assertThat(found).contains("PERSON:xavier quonset-ramirez", "SOCIAL_HANDLE:@XQ_Ramirez", "SOCIAL_HANDLE:xq.r",
                "SOCIAL_HANDLE:member_77", "PERSON:MEMBER32 ZQ110");
    }
}
