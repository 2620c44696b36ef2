package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The automaton must accept exactly what {@code java.util.regex} accepts, on every pattern libphonenumber ships. */
class DigitAutomatonTest {

    @Test
    void smallPatterns_matchLikeRegex() {
        String[] patterns = {"1", "\\d{3}", "[2-9]\\d{2}", "(?:12|3)?4", "1(?:2|34)*5", "0+", "(5)\\d{2,4}", "[0-35-9]{1,}",
            "8(?:00|33|44|55|66|77|88)[2-9]\\d{6}", "", "1|", "(?:)7"};
        SplittableRandom random = new SplittableRandom(1);
        for (String regex : patterns) {
            DigitAutomaton a = DigitAutomaton.compile(regex);
            Pattern p = Pattern.compile(regex);
            for (int k = 0; k < 20_000; k++) {
                String s = randomDigits(random, random.nextInt(12));
                assertThat(a.matches(s)).as("%s on '%s'", regex, s).isEqualTo(p.matcher(s).matches());
                assertThat(a.matchesPrefix(s)).as("%s prefix of '%s'", regex, s).isEqualTo(p.matcher(s).lookingAt());
            }
        }
    }

    @Test
    void nonDigitInput_neverMatches() {
        DigitAutomaton a = DigitAutomaton.compile("\\d{3}");
        assertThat(a.matches("12a")).isFalse();
        assertThat(a.matches("1 3")).isFalse();
        assertThat(a.matches("123")).isTrue();
        assertThat(a.matches("x123", 1, 4)).isTrue();
    }

    @Test
    void syntaxOutsideTheSubset_isRejected() {
        for (String regex : new String[] {"a", "\\w", "[^1]", "1{2", "(?=1)", "(1", "1)", "[1-", "\\d+?", ".", "[a-c]"}) {
            assertThatThrownBy(() -> DigitAutomaton.compile(regex)).as(regex).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Every national-number and leading-digits pattern of every region: random digit strings (almost all
     * outside the language) and strings sampled from the automaton (inside it, unless it is wrong) must
     * get the regex's answer.
     */
    @Test
    void everyMetadataPattern_matchesLikeRegex() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Set<String> patterns = new LinkedHashSet<>();
        Set<String> leading = new LinkedHashSet<>();
        for (String region : util.getSupportedRegions()) {
            PhoneMetadata m = source.getMetadataForRegion(region);
            for (PhoneNumberDesc d : new PhoneNumberDesc[] {m.getGeneralDesc(), m.getFixedLine(), m.getMobile(), m.getPremiumRate(),
                m.getTollFree(), m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail()}) {
                if (!d.getNationalNumberPattern().isEmpty()) {
                    patterns.add(d.getNationalNumberPattern());
                }
            }
            if (m.hasLeadingDigits()) {
                leading.add(m.getLeadingDigits());
            }
        }
        assertThat(patterns).hasSizeGreaterThan(1_000);
        SplittableRandom random = new SplittableRandom(2);
        int sampledMembers = 0;
        for (String regex : patterns) {
            DigitAutomaton a = DigitAutomaton.compile(regex);
            Matcher m = Pattern.compile(regex).matcher("");
            for (int k = 0; k < 60; k++) {
                String s = randomDigits(random, 3 + random.nextInt(12));
                assertThat(a.matches(s)).as("%s on %s", regex, s).isEqualTo(m.reset(s).matches());
                String member = a.sample(random, 20);
                if (member != null) {
                    sampledMembers++;
                    assertThat(m.reset(member).matches()).as("%s should match sampled %s", regex, member).isTrue();
                    String mutated = mutate(random, member);
                    assertThat(a.matches(mutated)).as("%s on %s", regex, mutated).isEqualTo(m.reset(mutated).matches());
                }
            }
        }
        assertThat(sampledMembers).as("sampling must produce members to mean anything").isGreaterThan(patterns.size() * 50);
        for (String regex : leading) {
            DigitAutomaton a = DigitAutomaton.compile(regex);
            Matcher m = Pattern.compile(regex).matcher("");
            for (int k = 0; k < 200; k++) {
                String s = randomDigits(random, random.nextInt(11));
                assertThat(a.matchesPrefix(s)).as("%s prefix of %s", regex, s).isEqualTo(m.reset(s).lookingAt());
            }
        }
    }

    private static String mutate(SplittableRandom random, String s) {
        if (s.isEmpty()) {
            return "5";
        }
        StringBuilder b = new StringBuilder(s);
        switch (random.nextInt(3)) {
            case 0 -> b.setCharAt(random.nextInt(b.length()), (char) ('0' + random.nextInt(10)));
            case 1 -> b.deleteCharAt(random.nextInt(b.length()));
            default -> b.insert(random.nextInt(b.length() + 1), (char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static String randomDigits(SplittableRandom random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }
}
