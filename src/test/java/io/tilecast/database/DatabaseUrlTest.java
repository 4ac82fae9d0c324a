package io.tilecast.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void flyStyleUrlGivesR2dbcAndJdbcSettings() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://tilecast:s3cret@tilecast-db.flycast:5432/tilecast?sslmode=disable");

        assertThat(url.user()).isEqualTo("tilecast");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.host()).isEqualTo("tilecast-db.flycast");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isEqualTo("tilecast");
        assertThat(url.sslMode()).isEqualTo("disable");
        assertThat(url.r2dbcUrl()).isEqualTo("r2dbc:postgresql://tilecast-db.flycast:5432/tilecast?sslMode=disable");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://tilecast-db.flycast:5432/tilecast?sslmode=disable");
    }

    @Test
    void portDefaultsTo5432AndSslModeIsLeftOutWhenAbsent() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:pw@db.internal/games");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.sslMode()).isNull();
        assertThat(url.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.internal:5432/games");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/games");
    }

    @Test
    void percentEncodedCredentialsAreDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Ass%2Fw+rd@localhost:6543/db?sslmode=require");

        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:ss/w+rd");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.sslMode()).isEqualTo("require");
    }

    @Test
    void databaseDefaultsToTheUserName() {
        assertThat(DatabaseUrl.parse("postgres://alice:pw@localhost:5432").database()).isEqualTo("alice");
    }

    @Test
    void readMemberIsTheSameDatabaseOnPort5433() {
        DatabaseUrl read = DatabaseUrl.parse("postgres://u:p@tilecast-db.flycast:5432/tilecast").withPort(5433);

        assertThat(read.jdbcUrl()).isEqualTo("jdbc:postgresql://tilecast-db.flycast:5433/tilecast");
    }

    @Test
    void ipv6HostsAreBracketed() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@[fdaa:0:1::3]:5432/db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[fdaa:0:1::3]:5432/db");
    }

    @Test
    void passwordNeverAppearsInToString() {
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@h:5432/db").toString()).doesNotContain("hunter2");
    }

    @Test
    void urlGivesBackWhatParseRead() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Ass%2Fw+rd@localhost:6543/db?sslmode=require");

        assertThat(DatabaseUrl.parse(url.url())).isEqualTo(url);
        assertThat(DatabaseUrl.parse("postgres://postgres:@127.0.0.1:5432/t").url())
                .isEqualTo("postgres://postgres:@127.0.0.1:5432/t");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/db"))
                .withMessageContaining("postgres://");
    }

    @Test
    void r2dbcUrlTurnsIntoTheJdbcUrlFlywayNeeds() {
        assertThat(DatabaseEnvironment.jdbcUrlOf("r2dbc:postgresql://h:5432/db?sslMode=require"))
                .isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(DatabaseEnvironment.jdbcUrlOf("r2dbc:pool:postgresql://h:5432/db"))
                .isEqualTo("jdbc:postgresql://h:5432/db");
    }
}
