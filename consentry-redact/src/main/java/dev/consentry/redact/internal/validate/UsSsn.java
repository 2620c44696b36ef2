package dev.consentry.redact.internal.validate;

/** US Social Security Number structure rules (SSA): area not 000, 666 or 900-999; group not 00; serial not 0000. */
public final class UsSsn {

    private UsSsn() {}

    public static boolean isValid(int area, int group, int serial) {
        return area > 0 && area != 666 && area < 900 && group > 0 && group <= 99 && serial > 0 && serial <= 9999;
    }
}
