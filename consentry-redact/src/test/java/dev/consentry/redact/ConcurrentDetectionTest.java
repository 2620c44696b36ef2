package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by several threads gives every thread the answer it gives alone. The engine reuses
 * per-thread buffers between records; records of very different lengths (short, then long, then short)
 * make a stale buffer show if any state leaked between records or threads.
 */
class ConcurrentDetectionTest {

    private static final String[] PIECES = {"Jane Smith", "call 415-555-2671", "jane@example.com",
        "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "078-05-1120", "10.0.0.1", "https://example.org/x",
        "@someone", "123 Main Street", "born 1990-01-02", " and ", ", ", ". ", "\n", "Thanks Maria", "lol ",
        "linkedin.com/in/jane ", "2001:db8::1 ", "(415) 555-2671", "+44 20 7946 0958", "Müller ", "O'Brien "};

    @Test
    void sharedEngine_sameSpansAsSequential() throws Exception {
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.defaults());
        SplittableRandom random = new SplittableRandom(3);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            StringBuilder sb = new StringBuilder();
            int pieces = k % 3 == 0 ? 400 : random.nextInt(30); // some records 10x longer than the rest
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            }
            texts.add(sb.toString());
        }
        // the reference: another engine, one thread, records in reverse order (so each record follows a
        // different predecessor than in the threads below)
        RedactionEngine reference = RedactionEngine.create(RedactionConfig.defaults());
        List<List<Span>> expected = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            expected.add(null);
        }
        for (int k = texts.size() - 1; k >= 0; k--) {
            expected.set(k, reference.detect(texts.get(k)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread * 37;
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < texts.size(); k++) {
                            int i = (k + offset) % texts.size();
                            assertThat(engine.detect(texts.get(i))).as("record %d", i).isEqualTo(expected.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
