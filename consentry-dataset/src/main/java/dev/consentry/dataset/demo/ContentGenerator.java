package dev.consentry.dataset.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Synthetic member content with realistic personal data written into the text: the author's own
 * name and handle, other people's names, e-mail addresses, phone numbers, street addresses, URLs,
 * now and then a card number or an SSN, and some posts about health, religion or politics. Every
 * kind and visibility occurs, private messages included. The same seed gives the same lines.
 */
final class ContentGenerator {
    private static final String[] KINDS = {"post", "post", "post", "post", "comment", "comment", "comment", "article", "poll", "profile",
            "message", "message", "group-message"};
    private static final String[] LANGS = {"en", "en", "en", "en", "en", "en", "en", "de", "fr", "es"};
    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");

    private final Random random;
    private final Faker faker;
    private final ObjectMapper mapper = new ObjectMapper();
    private final MemberNames members;
    private final Instant end;

    ContentGenerator(long seed, MemberNames members, Instant end) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.ENGLISH, new Random(seed * 31 + 7));
        this.members = members;
        this.end = end;
    }

    /** The {@code n}-th content line (0-based); call in order. */
    ObjectNode next(long n) {
        // A few members write much more than the rest, as on any platform.
        int author = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, members.size() / 20)) : random.nextInt(members.size());
        String kind = KINDS[random.nextInt(KINDS.length)];
        String visibility = kind.endsWith("message") ? "private" : random.nextInt(10) < 7 ? "public" : random.nextInt(3) == 0 ? "private" : "connections";
        long span = end.getEpochSecond() - START.getEpochSecond();
        Instant created = Instant.ofEpochSecond(START.getEpochSecond() + (long) (random.nextDouble() * span));
        ObjectNode line = mapper.createObjectNode()
                .put("id", "c-" + (n + 1))
                .put("member", DemoPlatform.memberId(author + 1))
                .put("kind", kind)
                .put("visibility", visibility)
                .put("createdAt", created.toString())
                .put("text", text(kind, author))
                .put("lang", LANGS[random.nextInt(LANGS.length)]);
        return line;
    }

    private String text(String kind, int author) {
        String name = members.name(author);
        String other = faker.name().fullName();
        return switch (kind) {
            case "profile" -> "I'm " + name + ", " + faker.job().title() + " at " + faker.company().name() + ". Reach me at "
                    + email(name) + " or " + phone() + ". Find me on linkedin.com/in/" + members.handle(author) + ".";
            case "article" -> faker.lorem().paragraph(4) + " " + faker.lorem().paragraph(3) + " Thanks to " + other + " for the review. — "
                    + name.split(" ")[0];
            case "poll" -> "Quick poll: " + faker.lorem().sentence(8) + " Vote below or DM @" + members.handle(random.nextInt(members.size())) + ".";
            case "message", "group-message" -> "Hey " + other.split(" ")[0] + ", my new number is " + phone() + " and I moved to "
                    + faker.address().streetAddress() + ". Card for the trip: " + faker.finance().creditCard().replace("-", " ") + ".";
            default -> post(name, other);
        };
    }

    private String post(String name, String other) {
        return switch (random.nextInt(12)) {
            case 0 -> "Great meeting " + other + " at the conference today! Slides: https://" + faker.internet().domainName() + "/talks/"
                    + random.nextInt(1000) + ". " + faker.lorem().sentence(10);
            case 1 -> "We're hiring! Send your CV to " + faker.internet().emailAddress() + " or call " + phone() + ". " + faker.lorem().sentence(12);
            case 2 -> "Finally finished my chemotherapy and I'm back at work next week. Thank you all. " + faker.lorem().sentence(6);
            case 3 -> "Volunteering with the church food drive this Saturday at " + faker.address().fullAddress() + ". All welcome!";
            case 4 -> "Proud union member for 20 years. " + faker.lorem().sentence(10);
            case 5 -> "Congrats to " + other + " on the promotion! Well deserved. " + faker.lorem().sentence(8);
            case 6 -> "My SSN got leaked in a breach (" + ssn() + ") — freeze your credit, people. " + faker.lorem().sentence(6);
            case 7 -> faker.lorem().paragraph(3) + " Follow @" + members.handle(random.nextInt(members.size())) + " for more.";
            case 8 -> "Happy birthday to my colleague " + other + "! " + faker.lorem().sentence(7);
            case 9 -> "New office at " + faker.address().streetAddress() + ", " + faker.address().city() + ". Drop by, or write to " + email(name) + ".";
            default -> faker.lorem().paragraph(2) + " " + faker.lorem().sentence(12);
        };
    }

    private String email(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.') + "@" + faker.internet().domainName();
    }

    private String phone() {
        return "(" + (200 + random.nextInt(700)) + ") 555-01" + (10 + random.nextInt(90));
    }

    private String ssn() {
        return (100 + random.nextInt(500)) + "-" + (10 + random.nextInt(89)) + "-" + (1000 + random.nextInt(8999));
    }
}
