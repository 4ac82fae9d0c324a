package io.tilecast.journal;

import io.r2dbc.spi.R2dbcException;
import java.util.Set;

/**
 * Why a batch failed, which decides what the writer does next: a transient failure (the database is unreachable,
 * restarting, overloaded) is retried as it is; a rejection (PostgreSQL refused the data itself) would fail again
 * forever, so the batch is split until the bad entry is found.
 */
enum FailureKind {
    TRANSIENT, REJECTED;

    private static final Set<String> DATA_CLASSES = Set.of("21", "22", "23");

    static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null && r2dbc.getSqlState().length() >= 2) {
                return DATA_CLASSES.contains(r2dbc.getSqlState().substring(0, 2)) ? REJECTED : TRANSIENT;
            }
            // An entry the driver cannot even encode would fail the same way on every attempt.
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException
                    || t instanceof ClassCastException) {
                return REJECTED;
            }
        }
        return TRANSIENT;
    }

    String tag() {
        return name().toLowerCase();
    }
}
