package dev.consentry.consent.jsonl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.consentry.consent.Countries;
import dev.consentry.consent.Member;

/**
 * Parses a member line: {@code {"id":"m-1","country":"US","region":"US-CA","birthDate":"1990-04-01",
 * "name":"Jane Doe","handles":["janedoe"]}}; {@code id} and {@code country} are required, any other
 * key is refused (a misspelt {@code "birthdate"} would otherwise make a minor an adult).
 */
public final class MemberLineParser {
    public LineResult<Member> parse(String line) {
        List<String> problems = new ArrayList<>();
        Optional<ObjectNode> object = JsonLines.object(line, problems);
        if (object.isEmpty()) {
            return LineResult.failed(problems);
        }
        JsonFields fields = new JsonFields(object.get());
        String id = fields.requiredText("id");
        String country = fields.requiredText("country");
        if (country != null && !Countries.isIsoAlpha2(country)) {
            fields.problem("field 'country' is not an ISO 3166-1 alpha-2 code: '" + JsonFields.shortened(country) + "'");
        }
        String region = fields.optionalId("region");
        LocalDate birthDate = fields.optionalDate("birthDate");
        String name = fields.optionalText("name");
        List<String> handles = fields.textList("handles", false);
        fields.rejectUnreadFields();
        if (!fields.problems().isEmpty()) {
            return LineResult.failed(fields.problems());
        }
        return LineResult.ok(new Member(id, country, region, birthDate, name, handles));
    }
}
