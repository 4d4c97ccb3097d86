package org.unioncabinet.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fixed query mix of the benchmark's organisation search (see docs/benchmark.md): the examples of
 * the brief, everything a member types on the way to two queries, and for organisations picked at
 * random (seeded) from the directory one of: the short name, an ИНН beginning, words of the name typed
 * three letters at a time, a misspelt town, the full name, the short name's words shuffled.
 */
public final class SearchQueryMix {

    private SearchQueryMix() {
    }

    /** The mix for {@code organisations} organisations picked at random (seeded, so every run asks the same). */
    public static List<String> of(JdbcClient jdbc, int organisations) {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>(List.of("сош 15 васильевск", "школа 15", "МБОУ СОШ № 15 г. Васильевска",
                "\"СОШ №15\"", "7701", "Васильевск 15 сош", "Василевск 15 сош", "березовск"));
        for (String typed : List.of("сош 15 васильевск", "детский сад 7 петровск")) {
            for (int length = 2; length <= typed.length(); length += 2) {
                queries.add(typed.substring(0, length));
            }
        }
        List<String[]> sample = jdbc.sql("""
                SELECT short_name, full_name, inn, municipality FROM app.educational_organisation ORDER BY md5(inn) LIMIT :n
                """).param("n", organisations)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)})
                .list();
        for (String[] organisation : sample) {
            String[] words = SearchText.normalise(organisation[0]).split(" ");
            String town = SearchText.normalise(organisation[3]).replaceAll("^(г|пос|с) ", "");
            switch (random.nextInt(6)) {
                case 0 -> queries.add(organisation[0]);
                case 1 -> queries.add(organisation[2].substring(0, 4 + random.nextInt(7)));
                case 2 -> {
                    String typed = String.join(" ", Arrays.asList(words).subList(1, Math.min(words.length, 4))) + " " + town;
                    for (int length = 3; length <= typed.length(); length += 3) {
                        queries.add(typed.substring(0, length));
                    }
                }
                case 3 -> {
                    int cut = 1 + random.nextInt(Math.max(1, town.length() - 2));
                    queries.add(words[Math.min(1, words.length - 1)] + " " + town.substring(0, cut)
                            + town.substring(Math.min(town.length(), cut + 1)));
                }
                case 4 -> queries.add(organisation[1].toLowerCase());
                default -> {
                    List<String> shuffled = new ArrayList<>(Arrays.asList(words));
                    Collections.shuffle(shuffled, random);
                    queries.add(String.join(" ", shuffled));
                }
            }
        }
        Collections.shuffle(queries, random);
        return queries;
    }
}
