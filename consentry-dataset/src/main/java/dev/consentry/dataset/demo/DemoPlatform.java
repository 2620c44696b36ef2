package dev.consentry.dataset.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.consentry.dataset.io.OutputFiles;
import net.datafaker.Faker;

/**
 * A synthetic platform: members across the jurisdictions the default policy treats differently,
 * and the consent history a real platform would have — notices of each policy version, opt-outs
 * and opt-ins, GPC signals, objections and their outcomes, relocations, erasures, minors. The same
 * seed gives the same files.
 */
public final class DemoPlatform {
    /** Countries and their weight in the member base. */
    private static final String[] COUNTRIES = {
            "US", "US", "US", "US", "US", "IN", "IN", "BR", "BR", "JP", "GB", "GB", "CA", "HK",
            "DE", "DE", "FR", "FR", "IT", "ES", "NL", "PL", "SE", "IE", "AT", "NO", "IS", "LI", "CH"};
    private static final Instant NOTICE_2024 = Instant.parse("2024-09-18T00:00:00Z");
    private static final Instant NOTICE_2025 = Instant.parse("2025-11-03T00:00:00Z");

    /**
     * Event lines held in memory before they go to a sorted run on disk: about 200 bytes each, so
     * some 50 MB, whatever the number of members.
     */
    private static final int EVENTS_IN_MEMORY = 250_000;

    /** An event line before it is written: its instant orders the file. */
    private record Line(Instant at, ObjectNode json) {}

    private final long seed;
    private final Random random;
    private final Faker faker;
    private final ObjectMapper mapper = new ObjectMapper();
    private final int memberCount;
    private final Instant end;

    public DemoPlatform(long seed, int memberCount, Instant end) {
        this.seed = seed;
        this.random = new Random(seed);
        this.faker = new Faker(Locale.ENGLISH, new Random(seed ^ 0x5DEECE66DL));
        this.memberCount = memberCount;
        this.end = end;
    }

    public static String memberId(int index) {
        return "m-" + index;
    }

    /** What {@link #write} wrote. */
    public record Written(int members, int events, long content) {}

    /**
     * Writes {@code members.jsonl}, {@code events.jsonl} and {@code content.jsonl.zst} ({@code contentCount}
     * records) into {@code folder}.
     */
    public Written write(Path folder, long contentCount) {
        MemberNames names = new MemberNames();
        int events;
        try (SortedEventFile sorted = new SortedEventFile(folder.resolve("events.jsonl"), EVENTS_IN_MEMORY)) {
            List<Line> history = new ArrayList<>();
            try (Writer members = Files.newBufferedWriter(folder.resolve("members.jsonl"), StandardCharsets.UTF_8)) {
                for (int i = 1; i <= memberCount; i++) {
                    String id = memberId(i);
                    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                    String first = faker.name().firstName();
                    String last = faker.name().lastName();
                    ObjectNode member = mapper.createObjectNode().put("id", id).put("country", country);
                    // One member in 25 is a minor now; the rest are adults of working age.
                    int age = random.nextInt(25) == 0 ? 13 + random.nextInt(5) : 18 + random.nextInt(50);
                    member.put("birthDate", LocalDate.of(2026 - age, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
                    int handleSuffix = random.nextInt(100);
                    member.put("name", first + " " + last);
                    member.putArray("handles").add(MemberNames.handle(first, last, handleSuffix));
                    names.add(first, last, handleSuffix);
                    members.write(member + "\n");
                    history(id, history);
                    // A member's events are complete (their fields filled in) once their history is written.
                    for (Line line : history) {
                        sorted.add(line.at(), line.json().toString());
                    }
                    history.clear();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sorted.finish();
            events = sorted.lines();
        }
        ContentGenerator content = new ContentGenerator(seed, names, end);
        try (Writer out = new java.io.OutputStreamWriter(OutputFiles.open(folder.resolve("content.jsonl.zst").toString()), StandardCharsets.UTF_8)) {
            for (long n = 0; n < contentCount; n++) {
                out.write(content.next(n) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(memberCount, events, contentCount);
    }

    private void history(String id, List<Line> events) {
        // Most members were told about each version within weeks; some never opened the e-mail.
        if (random.nextInt(10) < 9) {
            event(events, "notice", id, between(NOTICE_2024, NOTICE_2024.plus(Duration.ofDays(45))))
                    .put("policyVersion", "2024-09-18").put("channel", random.nextBoolean() ? "email" : "in-app");
        }
        if (random.nextInt(10) < 8 && NOTICE_2025.isBefore(end)) {
            event(events, "notice", id, between(NOTICE_2025, min(end, NOTICE_2025.plus(Duration.ofDays(20)))))
                    .put("policyVersion", "2025-11-03").put("channel", "email");
        }
        int roll = random.nextInt(100);
        if (roll < 15) {
            Instant off = between(NOTICE_2024, end);
            event(events, "setting", id, off).put("purpose", "genai-training").put("enabled", false).put("source", "settings-page");
            if (random.nextInt(5) == 0) {
                event(events, "setting", id, between(off, end)).put("purpose", "genai-training").put("enabled", true).put("source", "settings-page");
            }
        } else if (roll < 20) {
            event(events, "setting", id, between(NOTICE_2024, end)).put("purpose", "genai-training").put("enabled", true).put("source", "settings-page");
        } else if (roll < 25) {
            event(events, "gpc", id, between(NOTICE_2024, end)).put("source", "browser");
        }
        if (random.nextInt(50) == 0) {
            String objection = "obj-" + id;
            Instant filed = between(NOTICE_2024, end);
            ObjectNode filing = event(events, "objection-filed", id, filed).put("objection", objection).put("statement", "I object to profiling.");
            var purposes = filing.putArray("purposes").add("personalization");
            if (random.nextBoolean()) {
                purposes.add("moderation");
            }
            if (random.nextInt(4) > 0) {
                Instant decided = between(filed, end);
                events.add(new Line(decided, mapper.createObjectNode().put("type", "objection-decided").put("objection", objection)
                        .put("outcome", random.nextInt(3) > 0 ? "upheld" : "rejected").put("at", decided.toString())));
            }
        }
        if (random.nextInt(50) == 0) {
            event(events, "relocation", id, between(NOTICE_2024, end)).put("country", random.nextBoolean() ? "DE" : "US");
        }
        if (random.nextInt(100) == 0) {
            event(events, "erasure", id, between(NOTICE_2024, end));
        }
    }

    private ObjectNode event(List<Line> events, String type, String member, Instant at) {
        ObjectNode json = mapper.createObjectNode().put("type", type).put("member", member).put("at", at.toString());
        events.add(new Line(at, json));
        return json;
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return Instant.ofEpochSecond(from.getEpochSecond() + (long) (random.nextDouble() * span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
