package org.unioncabinet.organisation;

/**
 * The genitive of a region's name («организация … Московской области»), by the few patterns the
 * names of the 89 subjects follow. Only the demo directory needs it.
 */
final class RegionNames {

    private RegionNames() {
    }

    static String genitive(String name) {
        return switch (name) {
            case "Москва" -> "г. Москвы";
            case "Санкт-Петербург" -> "г. Санкт-Петербурга";
            case "Севастополь" -> "г. Севастополя";
            case "Ханты-Мансийский автономный округ — Югра" -> "Ханты-Мансийского автономного округа — Югры";
            case "Кемеровская область — Кузбасс" -> "Кемеровской области — Кузбасса";
            default -> byPattern(name);
        };
    }

    private static String byPattern(String name) {
        if (name.startsWith("Республика ")) {
            // «Республики Татарстан»: the proper name after the word stays as it is
            return "Республики " + name.substring("Республика ".length());
        }
        String[] words = name.split(" ");
        StringBuilder genitive = new StringBuilder();
        for (String word : words) {
            if (!genitive.isEmpty()) {
                genitive.append(' ');
            }
            genitive.append(wordGenitive(word));
        }
        return genitive.toString();
    }

    private static String wordGenitive(String word) {
        return switch (word) {
            case "область" -> "области";
            case "край" -> "края";
            case "округ" -> "округа";
            case "Республика" -> "Республики";
            default -> adjectiveGenitive(word);
        };
    }

    /** «Московская» → «Московской», «Алтайский» → «Алтайского», «Народная» → «Народной». */
    private static String adjectiveGenitive(String word) {
        if (word.endsWith("ая")) {
            return word.substring(0, word.length() - 2) + "ой";
        }
        if (word.endsWith("ий") || word.endsWith("ый")) {
            return word.substring(0, word.length() - 2) + "ого";
        }
        return word;
    }
}
