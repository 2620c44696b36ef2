package dev.consentry.redact.internal.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PhoneNumberUtil.isValidNumber} for one shared country code (NANP: +1, 25 regions), answered
 * with one or two {@code isValidNumberForRegion} calls instead of a walk over every region.
 *
 * <p>Why: {@code isValidNumber} asks each region of the country code in turn whether it claims the
 * number (by leading digits, or by a full type check), and each step rebuilds a metadata file name and
 * hashes it. For an invalid NANP number that is 25 steps, about 9 µs — most of the phone detector's time
 * on the benchmark corpus, where unassigned area codes are common.
 *
 * <p>How, and why it is exact: a region with leading digits claims a number only when they match its
 * start; a region without them claims it only when the number is valid there, and validity there
 * requires a match of its general pattern. So for each 3-digit prefix we list, in libphonenumber's
 * order, the regions that could claim or validate some number with that prefix — "could" decided by
 * {@link Matcher#hitEnd()} on the prefix, which says whether more digits might still complete a match.
 * When none of the listed regions has leading digits, the number is valid iff it is valid for one of
 * them; otherwise (e.g. Caribbean area codes) we ask {@code isValidNumber} itself.
 */
final class RegionShortlist {

    private static final String[] NONE = new String[0];

    private final PhoneNumberUtil util;
    private final int countryCode;
    /** Per prefix: the regions to ask, or null when only {@code isValidNumber} can tell. */
    private final String[][] byPrefix = new String[1000][];

    RegionShortlist(PhoneNumberUtil util, int countryCode) {
        this.util = util;
        this.countryCode = countryCode;
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        List<String> regions = util.getRegionCodesForCountryCode(countryCode);
        List<PhoneMetadata> metadata = new ArrayList<>();
        for (String r : regions) {
            metadata.add(source.getMetadataForRegion(r));
        }
        for (int prefix = 0; prefix < 1000; prefix++) {
            String digits = String.format("%03d", prefix);
            List<String> ask = new ArrayList<>();
            boolean exact = true;
            for (int k = 0; k < regions.size(); k++) {
                PhoneMetadata m = metadata.get(k);
                if (m.hasLeadingDigits() && couldMatch(m.getLeadingDigits(), digits, true)) {
                    exact = false;
                } else if (!m.hasLeadingDigits() && couldMatch(m.getGeneralDesc().getNationalNumberPattern(), digits, false)) {
                    ask.add(regions.get(k));
                }
            }
            byPrefix[prefix] = exact ? ask.toArray(NONE) : null;
        }
    }

    /** True when some number starting with {@code digits} could match {@code regex} (fully, or at its start). */
    private static boolean couldMatch(String regex, String digits, boolean lookingAt) {
        Matcher m = Pattern.compile(regex).matcher(digits);
        boolean matched = lookingAt ? m.lookingAt() : m.matches();
        return matched || m.hitEnd();
    }

    /** Same answer as {@code util.isValidNumber(number)} for a number of this country code with 3+ national digits. */
    boolean isValid(PhoneNumber number, int prefix) {
        String[] ask = number.getCountryCode() == countryCode && prefix >= 0 && prefix < 1000 ? byPrefix[prefix] : null;
        if (ask == null) {
            return util.isValidNumber(number);
        }
        for (String region : ask) {
            if (util.isValidNumberForRegion(number, region)) {
                return true;
            }
        }
        return false;
    }
}
