package dev.consentry.dataset.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The JSON factory for records read one line at a time. Jackson refuses strings over 20 MB by
 * default; a record's text may be as long as a line may be ({@link Utf8Lines#DEFAULT_MAX_LINE_BYTES}),
 * so a 50 MB post is processed rather than rejected.
 */
public final class LineJson {
    private LineJson() {}

    public static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Utf8Lines.DEFAULT_MAX_LINE_BYTES).build())
                .build();
    }
}
