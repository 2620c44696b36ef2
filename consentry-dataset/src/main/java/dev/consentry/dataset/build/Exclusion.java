package dev.consentry.dataset.build;

/**
 * Why a content record is not in a dataset, besides the denial codes of the decision function
 * (which are counted under their own names). Checked in this order, the first that applies wins:
 * {@code REJECTED} (unreadable line), {@code DUPLICATE_ID} (an id an earlier record of the build had,
 * in input order: files in name order, then lines), {@code CREATED_AFTER_AS_OF}, {@code CREATED_BEFORE_SINCE}
 * (an incremental build takes only content newer than the previous dataset's as-of),
 * {@code NOT_IN_POLICY}, {@code KIND_NOT_ELIGIBLE}, {@code NOT_PUBLIC}, the member's decision,
 * {@code AUTHORED_AS_MINOR} (the author was under the purpose's minimum age when the record was
 * created, whatever their age at the as-of), {@code SPECIAL_CATEGORY}, {@code DROPPED_PII}.
 */
public final class Exclusion {
    public static final String REJECTED = "REJECTED";
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    public static final String CREATED_AFTER_AS_OF = "CREATED_AFTER_AS_OF";
    public static final String CREATED_BEFORE_SINCE = "CREATED_BEFORE_SINCE";
    public static final String KIND_NOT_ELIGIBLE = "KIND_NOT_ELIGIBLE";
    public static final String NOT_PUBLIC = "NOT_PUBLIC";
    public static final String AUTHORED_AS_MINOR = "AUTHORED_AS_MINOR";
    public static final String SPECIAL_CATEGORY = "SPECIAL_CATEGORY";
    public static final String DROPPED_PII = "DROPPED_PII";

    private Exclusion() {}
}
