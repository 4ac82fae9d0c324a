package io.tilecast.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureKindTest {

    @Test
    void aConstraintViolationIsRejectedEvenWhenSpringWrapsIt() {
        var violation = new R2dbcDataIntegrityViolationException("insert or update on table \"games\" violates "
                + "foreign key constraint", "23503");

        assertThat(FailureKind.of(new DataIntegrityViolationException("executeMany", violation)))
                .isEqualTo(FailureKind.REJECTED);
    }

    @Test
    void malformedJsonIsRejected() {
        assertThat(FailureKind.of(new R2dbcDataIntegrityViolationException("invalid input syntax for type json",
                "22P02"))).isEqualTo(FailureKind.REJECTED);
    }

    @Test
    void anUnreachableDatabaseIsTransient() {
        var refused = new CannotCreateTransactionException("Could not open R2DBC Connection",
                new ConnectException("Connection refused"));

        assertThat(FailureKind.of(refused)).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aServerShuttingDownIsTransient() {
        assertThat(FailureKind.of(new R2dbcNonTransientResourceException("terminating connection due to "
                + "administrator command", "57P01"))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aStatementTheSchemaDoesNotFitIsRetriedRatherThanDroppingEveryEntry() {
        assertThat(FailureKind.of(new R2dbcBadGrammarException("column \"seats\" does not exist", "42703")))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void anEntryTheDriverCannotEncodeIsRejected() {
        assertThat(FailureKind.of(new IllegalArgumentException("Cannot encode parameter")))
                .isEqualTo(FailureKind.REJECTED);
    }
}
