package dev.consentry.consent.jsonl;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a decision query: {@code {"member":"m-1","purpose":"genai-training","at":"2025-02-01T00:00:00Z"}},
 * with an optional {@code "id"} that the answer repeats so that a caller can match answers to
 * questions. Any other key is refused, like a misspelt one: a query that asks something the
 * decision does not read must not get an answer as if it had been understood. An unknown member
 * or purpose is not a malformed query: the decision answers it (UNKNOWN_MEMBER, NOT_IN_POLICY).
 */
public final class QueryLineParser {
    /** A query and the line's object, whose fields an answer repeats (member, purpose, at and the optional id). */
    public record Query(String member, String purpose, Instant at, ObjectNode line) {
        public Query {
            requireNonNull(member, "member is null");
            requireNonNull(purpose, "purpose is null");
            requireNonNull(at, "at is null");
            requireNonNull(line, "line is null");
        }
    }

    public LineResult<Query> parse(String text) {
        List<String> problems = new ArrayList<>();
        Optional<ObjectNode> object = JsonLines.object(text, problems);
        if (object.isEmpty()) {
            return LineResult.failed(problems);
        }
        JsonFields fields = new JsonFields(object.get());
        String member = fields.requiredText("member");
        String purpose = fields.requiredText("purpose");
        Instant at = fields.requiredInstant("at");
        fields.optionalId("id");
        fields.rejectUnreadFields();
        if (!fields.problems().isEmpty()) {
            return LineResult.failed(fields.problems());
        }
        return LineResult.ok(new Query(member, purpose, at, object.get()));
    }
}
