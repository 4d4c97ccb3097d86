package org.unioncabinet.organisation;

import java.util.List;
import java.util.Set;

/**
 * The words that almost every name in the directory has: legal forms, kinds of organisation,
 * settlement markers. Looked up in the index they cost a lot (the index has to walk 100,000 entries
 * for «учреждение» to find one school), so search looks up the other words and only checks these
 * on the rows found. Whether a word is common never changes what is found, only how fast.
 */
final class CommonWords {

    /** Russian stems (as PostgreSQL's russian configuration makes them): every word that begins so. */
    private static final List<String> STEMS = List.of("муниципальн", "бюджетн", "автономн", "казен", "государствен",
            "федеральн", "общеобразовательн", "образовательн", "учрежден", "дошкольн", "дополнительн", "образован",
            "профессиональн", "высш", "средн", "основн", "начальн", "школ", "детск", "сад", "центр", "развит",
            "ребенк", "творчеств", "гимнази", "лице", "колледж", "техникум", "университет", "город", "поселок", "сел");

    /** Abbreviations and markers: only the word itself. */
    private static final Set<String> WORDS = Set.of("мбоу", "маоу", "мкоу", "моу", "гбоу", "гаоу", "гкоу", "мбдоу",
            "мадоу", "мкдоу", "мдоу", "гбдоу", "доу", "дс", "сош", "оош", "нош", "мбу", "мау", "мку", "гбу", "до", "гбпоу",
            "гапоу", "гпоу", "фгбоу", "фгаоу", "во", "г", "гор", "пос", "п", "с", "им", "имени");

    private CommonWords() {
    }

    /** For a word in {@link SearchText}'s normal form. */
    static boolean isCommon(String word) {
        return WORDS.contains(word) || STEMS.stream().anyMatch(word::startsWith);
    }
}
