package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The compact index against the obvious model, a HashMap. */
class MemberIndexTest {
    @Property(tries = 200)
    void behavesLikeAHashMap(@ForAll List<String> ids, @ForAll List<String> probes) {
        MemberIndex index = new MemberIndex();
        Map<String, Integer> model = new HashMap<>();
        for (String id : ids) {
            int added = index.add(id);
            Integer expected = model.computeIfAbsent(id, ignored -> model.size());
            assertThat(added).isEqualTo(expected);
        }
        index.trim();
        assertThat(index.size()).isEqualTo(model.size());
        model.forEach((id, i) -> {
            assertThat(index.indexOf(id)).isEqualTo(i);
            assertThat(index.idAt(i)).isEqualTo(id);
        });
        for (String probe : probes) {
            assertThat(index.indexOf(probe)).isEqualTo(model.getOrDefault(probe, -1));
        }
    }

    @Test
    void growsPastManyRehashes() {
        MemberIndex index = new MemberIndex();
        for (int i = 0; i < 200_000; i++) {
            assertThat(index.add("m-" + i)).isEqualTo(i);
        }
        assertThat(index.indexOf("m-123456")).isEqualTo(123456);
        assertThat(index.indexOf("m-200000")).isEqualTo(-1);
        assertThat(index.indexOf("")).isEqualTo(-1);
    }
}
