package dev.consentry.store;

import java.util.regex.Pattern;

/**
 * Hides the secrets a JDBC URL may carry wherever one is shown: in messages, output and anything
 * stored. The one place that knows the forms a password takes in a URL:
 * {@code ?password=…} and {@code &password=…} (and {@code sslpassword}, {@code passwd}, {@code pwd},
 * {@code ;password=…}), and the user-info form {@code //user:password@host}.
 */
public final class JdbcUrls {
    public static final String MASK = "***";

    /** A parameter whose name says it holds a secret; the value runs to the next separator. */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)((?:\\b[a-z_.]*password|\\bpasswd|\\bpwd|\\bsecret|\\bapikey|\\btoken)\\s*=)[^&;\\s]*");
    /** {@code //user:password@}: the password runs to the last {@code @} before the path or query. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:\\s]*:)[^\\s/?#]*@");

    private JdbcUrls() {}

    /** {@code text} with every password in a JDBC URL it holds replaced by {@value #MASK}; any text may be passed. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = SECRET_PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
