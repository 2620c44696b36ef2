package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.detect.DetectionPipeline;
import dev.consentry.redact.internal.operator.Redactor;
import dev.consentry.redact.internal.operator.Surrogates;
import java.util.List;

/**
 * Finds personal data in text and replaces it. Build one per configuration and share it: an engine is
 * immutable and thread-safe, and building it (gazetteers, tries) costs tens of milliseconds while a
 * detection costs microseconds.
 *
 * <pre>{@code
 * RedactionEngine engine = RedactionEngine.create(RedactionConfig.defaults(), KnownIdentities.none());
 * Redaction r = engine.redact("Call Jane at 415-555-0100", Operator.placeholder());
 * r.text();   // "Call <PERSON> at <PHONE_NUMBER>"
 * }</pre>
 *
 * <p>See {@code DetectionPipeline} for how detection, context scoring and overlap resolution work.
 */
public final class RedactionEngine {

    /** libphonenumber's region for numbers written without a country code. */
    public static final String DEFAULT_PHONE_REGION = "US";

    private final DetectionPipeline pipeline;
    private final Redactor redactor;

    private RedactionEngine(RedactionConfig config, KnownIdentities known) {
        Gazetteers gazetteers = Gazetteers.load();
        this.pipeline = new DetectionPipeline(config, known, gazetteers, DEFAULT_PHONE_REGION);
        this.redactor = new Redactor(new Surrogates(gazetteers));
    }

    public static RedactionEngine create(RedactionConfig config, KnownIdentities knownIdentities) {
        return new RedactionEngine(requireNonNull(config, "config is null"), requireNonNull(knownIdentities, "knownIdentities is null"));
    }

    public static RedactionEngine create(RedactionConfig config) {
        return create(config, KnownIdentities.none());
    }

    public RedactionConfig config() {
        return pipeline.config();
    }

    /** Sorted, non-overlapping spans in UTF-16 char offsets of {@code text}. */
    public List<Span> detect(CharSequence text) {
        return pipeline.detect(requireNonNull(text, "text is null"));
    }

    /** Detects, then replaces each span with {@code operator}; spans in the result refer to the original text. */
    public Redaction redact(String text, Operator operator) {
        requireNonNull(text, "text is null");
        requireNonNull(operator, "operator is null");
        return redactor.apply(text, pipeline.detect(text), operator);
    }

    /** {@link #redact(String, Operator)} with {@link Operator#placeholder()}. */
    public Redaction redact(String text) {
        return redact(text, Operator.placeholder());
    }
}
