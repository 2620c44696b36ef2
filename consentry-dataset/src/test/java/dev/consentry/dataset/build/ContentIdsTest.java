package dev.consentry.dataset.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContentIdsTest {
    /** Compared with a HashSet of the ids themselves, through several growths of the table. */
    @Test
    void add_answersAsASetOfTheIds() {
        ContentIds ids = new ContentIds();
        Set<String> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 400_000; i++) {
            String id = random.nextInt(3) == 0 ? "c-" + random.nextInt(200_000) : Long.toString(random.nextLong(), 36);
            assertThat(ids.add(ContentIds.fingerprint(id))).as(id).isEqualTo(reference.add(id));
        }
        assertThat(ids.size()).isEqualTo(reference.size()).isGreaterThan(1 << 17);
    }

    /** Ids that differ in one char, in their length or only past the fourth char still differ. */
    @Test
    void fingerprint_separatesNearIds() {
        Set<Long> seen = new HashSet<>();
        String[] ids = {"", "a", "a\0", "\0", "\0\0", "c-1", "c-10", "c-100", "c-1000", "c-10000", "c-1\0\0\0", "abcd", "abce", "abcda", "abcdb", "bacd"};
        for (String id : ids) {
            assertThat(seen.add(ContentIds.fingerprint(id))).as(id).isTrue();
        }
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(seen.add(ContentIds.fingerprint("post-" + i))).isTrue();
        }
    }
}
