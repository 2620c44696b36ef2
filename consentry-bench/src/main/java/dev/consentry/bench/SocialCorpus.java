package dev.consentry.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic social-media-like records (100-2,000 chars): chatty prose with names, mentions, links,
 * hashtags, numbers that are not PII (prices, times, versions, order ids) and some PII (e-mail, phone,
 * card, IBAN, SSN, IP, street address, date of birth). Same seed, same corpus — the Java benchmark and
 * the Node peer read the very same text through {@link CorpusDump}.
 */
public final class SocialCorpus {

    private static final String[] PROSE = {
        "honestly this was the best weekend in ages", "can't believe the game last night", "anyone else stuck in traffic",
        "new post is up, link below", "we shipped the release today after three weeks of testing",
        "the coffee at the corner place is still great", "just finished reading the report on remote work",
        "Looking for recommendations for a good dentist downtown", "Our team is hiring two engineers this quarter",
        "Great talk at the conference about privacy engineering", "prices went up again, $4.99 for a latte",
        "meeting moved to 10:30 tomorrow", "update to version 2.4.1 fixed the crash", "order 88412 arrived broken",
        "The weather is perfect for a run", "Monday again. Need more coffee.", "thanks everyone for the kind words",
        "who is watching the finale tonight?", "so proud of this team", "lol that was hilarious"
    };
    private static final String[] FIRST = {"Jane", "Michael", "Priya", "Carlos", "Aisha", "Tom", "Emma", "Liam",
        "Sofia", "Noah", "Olivia", "Wei", "Fatima", "Lucas", "Mia"};
    private static final String[] LAST = {"Smith", "Johnson", "Garcia", "Nguyen", "Patel", "Brown", "Kowalski",
        "Müller", "Rossi", "Tanaka", "Okafor", "Dubois"};

    private SocialCorpus() {}

    public static List<String> generate(long seed, int records) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            int target = 100 + r.nextInt(1_901);
            StringBuilder sb = new StringBuilder(target + 200);
            while (sb.length() < target) {
                int roll = r.nextInt(100);
                if (roll < 55) {
                    sb.append(PROSE[r.nextInt(PROSE.length)]);
                } else if (roll < 65) {
                    sb.append("thanks ").append(FIRST[r.nextInt(FIRST.length)]).append(' ').append(LAST[r.nextInt(LAST.length)]);
                } else if (roll < 71) {
                    sb.append("@").append(FIRST[r.nextInt(FIRST.length)].toLowerCase()).append('_').append(r.nextInt(100));
                } else if (roll < 75) {
                    sb.append("https://example.com/posts/").append(r.nextInt(100_000));
                } else if (roll < 78) {
                    sb.append("#privacy #tech");
                } else if (roll < 82) {
                    sb.append("mail me at ").append(FIRST[r.nextInt(FIRST.length)].toLowerCase()).append(r.nextInt(99)).append("@example.org");
                } else if (roll < 86) {
                    sb.append("call ").append(200 + r.nextInt(700)).append("-555-").append(String.format("%04d", r.nextInt(10_000)));
                } else if (roll < 88) {
                    sb.append("card 4111 1111 1111 1111");
                } else if (roll < 89) {
                    sb.append("IBAN GB82 WEST 1234 5698 7654 32");
                } else if (roll < 90) {
                    sb.append("my SSN is 078-05-1120");
                } else if (roll < 92) {
                    sb.append("server 10.").append(r.nextInt(256)).append('.').append(r.nextInt(256)).append(".7 is down");
                } else if (roll < 94) {
                    sb.append("I live at ").append(1 + r.nextInt(9_999)).append(" Maple Street, Springfield, IL 62704");
                } else if (roll < 95) {
                    sb.append("born on March ").append(1 + r.nextInt(28)).append(", 19").append(50 + r.nextInt(50));
                } else {
                    sb.append(FIRST[r.nextInt(FIRST.length)]).append(" said hi");
                }
                sb.append(r.nextInt(5) == 0 ? ". " : r.nextInt(8) == 0 ? "\n" : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    public static long utf8Bytes(List<String> records) {
        long n = 0;
        for (String s : records) {
            n += s.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
