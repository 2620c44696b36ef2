package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compact index against the obvious model, a HashMap. QuickTheories prints the seed of a
 * failing run; {@code -DQT_SEED=<seed>} replays it.
 */
class MemberIndexTest {
    /**
     * Lists of up to 255 strings of up to 255 characters (any UTF-16 unit but surrogates, which
     * imports refuse, noncharacters and private use); one
     * string in two is drawn from a tiny alphabet so that repeated ids and probes that hit are common.
     * Drawn from one seed because QuickTheories takes minutes to draw 65,000 characters one by one.
     */
    private static Gen<List<String>> idLists() {
        return longs().all().map(seed -> idList(new SplittableRandom(seed)));
    }

    private static List<String> idList(SplittableRandom random) {
        List<String> ids = new ArrayList<>();
        for (int size = random.nextInt(256); ids.size() < size; ) {
            boolean colliding = random.nextBoolean();
            StringBuilder id = new StringBuilder();
            for (int length = random.nextInt(colliding ? 4 : 256); id.length() < length; ) {
                id.append(colliding ? (char) ('a' + random.nextInt(3)) : ORDINARY[random.nextInt(ORDINARY.length)]);
            }
            ids.add(id.toString());
        }
        return ids;
    }

    /** Any UTF-16 unit but surrogates, noncharacters and private use. */
    private static final char[] ORDINARY = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(c -> !Character.isSurrogate((char) c) && !(c >= 0xE000 && c <= 0xF8FF) && !(c >= 0xFDD0 && c <= 0xFDEF) && c < 0xFFFE)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();

    @Test
    void behavesLikeAHashMap() {
        qt().withExamples(200).forAll(idLists(), idLists()).checkAssert(MemberIndexTest::behavesLikeAHashMap);
    }

    private static void behavesLikeAHashMap(List<String> ids, List<String> probes) {
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
