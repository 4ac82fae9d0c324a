package io.tilecast.web;

/** The record the import tests share, for tests outside this package. */
public final class GameImportTestRecord {

    public static final String TEXT = GameImportTest.RECORD;

    private GameImportTestRecord() {
    }
}
