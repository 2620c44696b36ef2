package dev.consentry.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import dev.consentry.consent.Member;

/** Members to and from their table row. */
final class MemberRows {
    static final String COLUMNS = "number, id, country, region, birth_date, name, handles";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MemberRows() {}

    static Member member(ResultSet row) throws SQLException {
        String birth = row.getString("birth_date");
        return new Member(row.getString("id"), row.getString("country"), row.getString("region"),
                birth == null ? null : LocalDate.parse(birth), row.getString("name"), handles(row.getString("handles")));
    }

    static String handlesJson(List<String> handles) {
        try {
            return JSON.writeValueAsString(handles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }

    private static List<String> handles(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new StoreException("a member's handles are not a JSON list of strings", e);
        }
    }
}
