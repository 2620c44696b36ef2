package dev.consentry.redact.internal.validate;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * libphonenumber's {@code isValidNumber} for the numbers of one country calling code, answered from
 * libphonenumber's own metadata compiled into {@link DigitAutomaton}s.
 *
 * <p>Why: for a North American number, {@code isValidNumber} walks up to 25 regions, and each asks a
 * dozen regular expressions (some over a thousand characters of alternatives) about the number; that
 * was most of the phone detector's time. The rules are not ours: this class follows
 * {@code getRegionCodeForNumberFromRegionList}, {@code isValidNumberForRegion} and
 * {@code getNumberTypeHelper} step by step — the region list in libphonenumber's order, a region's
 * leading digits as a prefix match, then per number type the possible lengths and a full match of the
 * national number pattern — only each pattern is a DFA. A pattern outside the automaton's syntax keeps
 * its {@link Pattern}. The tests compare the two on numbers of every area code.
 */
public final class PhoneNumberValidity {

    private final int countryCode;
    private final List<Region> regions;

    public PhoneNumberValidity(int countryCode) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        List<Region> list = new ArrayList<>();
        for (String code : util.getRegionCodesForCountryCode(countryCode)) {
            list.add(new Region(requireNonNull(source.getMetadataForRegion(code), code)));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no region has the country calling code " + countryCode);
        }
        this.countryCode = countryCode;
        this.regions = List.copyOf(list);
    }

    public int countryCode() {
        return countryCode;
    }

    /**
     * Same answer as {@code isValidNumber} for a number of this country code whose national significant
     * number is {@code nationalNumber} (no leading zeros: the caller builds numbers that have none).
     */
    public boolean isValid(long nationalNumber) {
        if (nationalNumber <= 0) {
            return false;
        }
        String nsn = Long.toString(nationalNumber);
        if (regions.size() == 1) {
            return regions.get(0).hasType(nsn);
        }
        for (Region region : regions) {
            if (region.leadingDigits != null) {
                if (region.leadingDigits.matchesPrefix(nsn)) {
                    return region.hasType(nsn); // this region claims the number; valid only if valid here
                }
            } else if (region.hasType(nsn)) {
                return true;
            }
        }
        return false; // no region claims it: isValidNumberForRegion(number, null) is false
    }

    /** One region's metadata as matchers, in the order {@code getNumberTypeHelper} asks them. */
    private static final class Region {
        final DigitAutomaton leadingDigits;
        final DescMatcher general;
        /** premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed line, mobile. */
        final List<DescMatcher> types = new ArrayList<>();

        Region(PhoneMetadata m) {
            leadingDigits = m.hasLeadingDigits() ? DigitAutomaton.compile(m.getLeadingDigits()) : null;
            general = new DescMatcher(m.getGeneralDesc());
            for (PhoneNumberDesc d : new PhoneNumberDesc[] {m.getPremiumRate(), m.getTollFree(), m.getSharedCost(),
                m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine()}) {
                types.add(new DescMatcher(d));
            }
            // getNumberTypeHelper asks about mobile numbers only when the two patterns differ; when they are
            // the same, a fixed-line match has already answered.
            if (!m.getSameMobileAndFixedLinePattern()) {
                types.add(new DescMatcher(m.getMobile()));
            }
        }

        /** getNumberTypeHelper(nsn) != UNKNOWN. */
        boolean hasType(String nsn) {
            if (!general.matches(nsn)) {
                return false;
            }
            for (DescMatcher type : types) {
                if (type.matches(nsn)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** isNumberMatchingDesc: the possible lengths first, then a full match of the national number pattern. */
    private static final class DescMatcher {
        private final boolean[] lengths; // null: no lengths given, any length is possible
        private final DigitAutomaton automaton;
        private final Pattern pattern; // only when the automaton could not be built
        private final boolean empty;

        DescMatcher(PhoneNumberDesc desc) {
            List<Integer> possible = desc.getPossibleLengthList();
            if (possible.isEmpty()) {
                lengths = null;
            } else {
                lengths = new boolean[20];
                for (int length : possible) {
                    if (length >= 0 && length < lengths.length) {
                        lengths[length] = true;
                    }
                }
            }
            String regex = desc.getNationalNumberPattern();
            empty = regex.isEmpty(); // libphonenumber: an empty pattern matches nothing
            DigitAutomaton a = null;
            Pattern p = null;
            if (!empty) {
                try {
                    a = DigitAutomaton.compile(regex);
                } catch (IllegalArgumentException e) {
                    p = Pattern.compile(regex);
                }
            }
            automaton = a;
            pattern = p;
        }

        boolean matches(String nsn) {
            int length = nsn.length();
            if (lengths != null && (length >= lengths.length || !lengths[length])) {
                return false;
            }
            if (empty) {
                return false;
            }
            return automaton != null ? automaton.matches(nsn) : pattern.matcher(nsn).matches();
        }
    }
}
