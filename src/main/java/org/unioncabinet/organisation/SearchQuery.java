package org.unioncabinet.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * What a member typed, ready for the search: its words in {@link SearchText}'s normal form (letters
 * and digits only, so they can be put into a tsquery as they are) and, when it is nothing but digits,
 * those digits as a possible ИНН or its beginning.
 */
record SearchQuery(String text, List<String> words, String digits) {

    static final int MIN_LENGTH = 2;
    /** A full name has up to fifteen words or so. */
    private static final int MAX_WORDS = 16;
    private static final int MAX_WORD_LENGTH = 40;
    private static final int MAX_INPUT = 300;

    static SearchQuery parse(String input) {
        String raw = input == null ? "" : input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        String text = SearchText.normalise(raw);
        List<String> words = text.isEmpty() ? List.of() : Arrays.stream(text.split(" "))
                .map(word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
                .limit(MAX_WORDS)
                .toList();
        String joined = String.join("", words);
        String digits = !joined.isEmpty() && joined.length() <= Inn.LENGTH && Inn.digitsOnly(joined) ? joined : null;
        return new SearchQuery(String.join(" ", words), words, digits);
    }

    /** Fewer than two letters or digits find too much to be of use. */
    boolean searchable() {
        return text.replace(" ", "").length() >= MIN_LENGTH;
    }

    /**
     * Four digits or more are an ИНН being typed (region and tax office); one to three are as likely
     * a school's number, so words are searched first.
     */
    boolean innFirst() {
        return digits != null && digits.length() >= 4;
    }
}
