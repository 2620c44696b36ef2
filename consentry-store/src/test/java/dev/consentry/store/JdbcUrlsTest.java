package dev.consentry.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db.example/consentry?user=u&password=hunter2              | jdbc:postgresql://db.example/consentry?user=u&password=***",
        "jdbc:postgresql://db.example/consentry?password=hunter2&user=u              | jdbc:postgresql://db.example/consentry?password=***&user=u",
        "jdbc:postgresql://db.example/consentry?PASSWORD=hunter2                     | jdbc:postgresql://db.example/consentry?PASSWORD=***",
        "jdbc:postgresql://u:hunter2@db.example:5432/consentry                       | jdbc:postgresql://u:***@db.example:5432/consentry",
        "jdbc:postgresql://u:hun@ter2@db.example/consentry?sslmode=require           | jdbc:postgresql://u:***@db.example/consentry?sslmode=require",
        "jdbc:postgresql://u:hunter2@db.example/consentry?password=hunter2           | jdbc:postgresql://u:***@db.example/consentry?password=***",
        "jdbc:postgresql://db.example/c?sslkey=k.pk8&sslpassword=hunter2&ssl=true    | jdbc:postgresql://db.example/c?sslkey=k.pk8&sslpassword=***&ssl=true",
        "jdbc:sqlserver://db.example;user=u;password=hunter2;encrypt=true            | jdbc:sqlserver://db.example;user=u;password=***;encrypt=true",
        "jdbc:mysql://u:hunter2@db.example/c?pwd=hunter2                             | jdbc:mysql://u:***@db.example/c?pwd=***",
        "cannot open the database jdbc:postgresql://u:hunter2@h/db: refused          | cannot open the database jdbc:postgresql://u:***@h/db: refused",
        "jdbc:postgresql://u@db.example/consentry                                    | jdbc:postgresql://u@db.example/consentry",
        "jdbc:postgresql://db.example/consentry?user=u                               | jdbc:postgresql://db.example/consentry?user=u",
        "jdbc:sqlite:consentry-data/consentry.db                                     | jdbc:sqlite:consentry-data/consentry.db",
        "jdbc:sqlite:/srv/user:name/c.db                                             | jdbc:sqlite:/srv/user:name/c.db",
    })
    void masksEveryFormOfPassword(String url, String shown) {
        assertThat(JdbcUrls.mask(url)).isEqualTo(shown).doesNotContain("hunter2");
    }
}
