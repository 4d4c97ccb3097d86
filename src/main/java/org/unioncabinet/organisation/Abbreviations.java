package org.unioncabinet.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations of Russian education names and what they stand for, in the normal form of
 * {@link SearchText}. Stored search texts carry both sides: a name that says «МБОУ СОШ» is also found
 * by «средняя школа», and a full name that spells everything out is also found by «сош». Done on the
 * stored side only, so a member's query stays what they typed (ranking can still prefer literal hits).
 */
final class Abbreviations {

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        // schools
        MEANINGS.put("сош", "средняя общеобразовательная школа");
        MEANINGS.put("оош", "основная общеобразовательная школа");
        MEANINGS.put("нош", "начальная общеобразовательная школа");
        MEANINGS.put("моу", "муниципальное общеобразовательное учреждение");
        MEANINGS.put("мбоу", "муниципальное бюджетное общеобразовательное учреждение");
        MEANINGS.put("маоу", "муниципальное автономное общеобразовательное учреждение");
        MEANINGS.put("мкоу", "муниципальное казенное общеобразовательное учреждение");
        MEANINGS.put("гбоу", "государственное бюджетное общеобразовательное учреждение");
        MEANINGS.put("гаоу", "государственное автономное общеобразовательное учреждение");
        MEANINGS.put("гкоу", "государственное казенное общеобразовательное учреждение");
        // kindergartens
        MEANINGS.put("доу", "дошкольное образовательное учреждение");
        MEANINGS.put("мдоу", "муниципальное дошкольное образовательное учреждение");
        MEANINGS.put("мбдоу", "муниципальное бюджетное дошкольное образовательное учреждение");
        MEANINGS.put("мадоу", "муниципальное автономное дошкольное образовательное учреждение");
        MEANINGS.put("мкдоу", "муниципальное казенное дошкольное образовательное учреждение");
        MEANINGS.put("гбдоу", "государственное бюджетное дошкольное образовательное учреждение");
        MEANINGS.put("дс", "детский сад");
        MEANINGS.put("д с", "детский сад");
        MEANINGS.put("црр", "центр развития ребенка");
        // additional education
        MEANINGS.put("мбу", "муниципальное бюджетное учреждение");
        MEANINGS.put("мау", "муниципальное автономное учреждение");
        MEANINGS.put("мку", "муниципальное казенное учреждение");
        MEANINGS.put("гбу", "государственное бюджетное учреждение");
        MEANINGS.put("до", "дополнительного образования");
        MEANINGS.put("ддт", "дом детского творчества");
        MEANINGS.put("цдт", "центр детского творчества");
        MEANINGS.put("дюсш", "детско юношеская спортивная школа");
        MEANINGS.put("дши", "детская школа искусств");
        MEANINGS.put("сют", "станция юных техников");
        // colleges and universities
        MEANINGS.put("гбпоу", "государственное бюджетное профессиональное образовательное учреждение");
        MEANINGS.put("гапоу", "государственное автономное профессиональное образовательное учреждение");
        MEANINGS.put("гпоу", "государственное профессиональное образовательное учреждение");
        MEANINGS.put("фгбоу", "федеральное государственное бюджетное образовательное учреждение");
        MEANINGS.put("фгаоу", "федеральное государственное автономное образовательное учреждение");
        MEANINGS.put("во", "высшего образования");
    }

    private Abbreviations() {
    }

    /**
     * What the normalised text implies but does not say: the meaning of each abbreviation it contains
     * and the abbreviation of each meaning it spells out, each once, space-separated.
     */
    static String implied(String normalisedText) {
        Set<String> words = new HashSet<>(Arrays.asList(normalisedText.split(" ")));
        String padded = ' ' + normalisedText + ' ';
        Set<String> added = new HashSet<>();
        StringBuilder implied = new StringBuilder();
        MEANINGS.forEach((abbreviation, meaning) -> {
            boolean saysAbbreviation = says(words, padded, abbreviation);
            boolean saysMeaning = says(words, padded, meaning);
            if (saysAbbreviation && !saysMeaning && added.add(meaning)) {
                implied.append(meaning).append(' ');
            } else if (saysMeaning && !saysAbbreviation && !abbreviation.contains(" ") && added.add(abbreviation)) {
                implied.append(abbreviation).append(' ');
            }
        });
        return implied.toString().strip();
    }

    /** Whether the text has the phrase as whole words; the word set answers most cases without a scan. */
    private static boolean says(Set<String> words, String padded, String phrase) {
        int space = phrase.indexOf(' ');
        if (space < 0) {
            return words.contains(phrase);
        }
        return words.contains(phrase.substring(0, space)) && padded.contains(' ' + phrase + ' ');
    }
}
