package io.tilecast.game.lexicon;

/** The lexicon that accepts every word (see {@link Lexicon#anyWord()}). */
final class AnyWord implements Lexicon {

    static final Lexicon INSTANCE = new AnyWord();

    private AnyWord() {
    }

    @Override
    public String name() {
        return "any";
    }

    @Override
    public boolean contains(CharSequence word) {
        return true;
    }
}
