package org.unioncabinet.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Invented but plausible places for the demo directory: towns («г. Петровск», «г. Петровска»),
 * settlements («пос. Берёзовский») and villages («с. Ильинка»), built from Russian possessive
 * roots so every form reads naturally. The three federal cities are split into their real
 * districts, which are what their territorial organisations are named after.
 */
final class DemoPlaces {

    enum Kind { CITY, SETTLEMENT, VILLAGE }

    /**
     * @param municipality    what members see: «г. Петровск», «с. Ильинка», «г. Москва»
     * @param inName          how an organisation's name ends: «г. Петровска», «с. Ильинка»
     * @param adjective       for colleges and universities: «Петровский»
     * @param territorialOf   how the territorial organisation's name ends
     * @param numberingScope  schools are numbered throughout a town (one numbering for all of Moscow)
     */
    record Place(Kind kind, String municipality, String inName, String adjective, String territorialOf,
            String numberingScope, int weight) {
    }

    /** The town of the instruction's example school; its root is kept out of every other name. */
    static final String EXAMPLE_TOWN_ROOT = "Васильев";

    private static final List<String> ROOTS = List.of("Петров", "Михайлов", "Алексеев", "Сергеев", "Николаев",
            "Андреев", "Дмитриев", "Иванов", "Григорьев", "Фёдоров", "Степанов", "Тимофеев", "Ильин", "Кузьмин",
            "Никитин", "Берёзов", "Соснов", "Дубов", "Липов", "Орехов", "Калинов", "Рябинов", "Ольхов", "Кленов",
            "Покров", "Богданов", "Романов", "Павлов", "Яковлев", "Борисов", "Захаров", "Макаров", "Семёнов",
            "Александров", "Ключев", "Воронов", "Соколов", "Журавлёв", "Лебедев", "Орлов");

    private static final int CAPITAL_WEIGHT = 50;
    private static final int CITY_WEIGHT = 12;
    private static final int SETTLEMENT_WEIGHT = 4;
    private static final int VILLAGE_WEIGHT = 1;

    private static final List<String> MOSCOW_OKRUGS = List.of("Центрального", "Северного", "Северо-Восточного",
            "Восточного", "Юго-Восточного", "Южного", "Юго-Западного", "Западного", "Северо-Западного",
            "Зеленоградского", "Новомосковского", "Троицкого");
    private static final List<String> PETERSBURG_DISTRICTS = List.of("Адмиралтейского", "Василеостровского",
            "Выборгского", "Калининского", "Кировского", "Колпинского", "Красногвардейского", "Красносельского",
            "Кронштадтского", "Курортного", "Московского", "Невского", "Петроградского", "Петродворцового",
            "Приморского", "Пушкинского", "Фрунзенского", "Центрального");
    private static final List<String> SEVASTOPOL_DISTRICTS = List.of("Гагаринского", "Ленинского", "Нахимовского",
            "Балаклавского");

    private DemoPlaces() {
    }

    /**
     * Up to {@code count} places of a region (never more than it has organisations): its capital first,
     * then towns, settlements and villages; in Московская область the example's town comes second.
     */
    static List<Place> of(Region region, int count, Random random) {
        List<Place> federal = federalCity(region.id());
        if (federal != null) {
            return federal.subList(0, Math.min(count, federal.size()));
        }
        int places = Math.max(1, Math.min(count, Math.min(90, (int) Math.round(Math.sqrt(count) * 1.3))));
        List<String> roots = new ArrayList<>(ROOTS);
        Collections.shuffle(roots, random);
        Set<String> taken = new LinkedHashSet<>();
        List<Place> result = new ArrayList<>();
        boolean exampleRegion = region.id() == DemoDirectory.EXAMPLE_REGION;
        if (exampleRegion && places == 1) {
            return List.of(city(EXAMPLE_TOWN_ROOT, "", CAPITAL_WEIGHT, taken));
        }
        result.add(city(roots.get(0), "", CAPITAL_WEIGHT, taken));
        if (exampleRegion) {
            result.add(city(EXAMPLE_TOWN_ROOT, "", CITY_WEIGHT, taken));
        }
        int next = 1;
        while (result.size() < places) {
            String root = roots.get(next % roots.size());
            // past the roots, the «Ново-» forms give a second round of distinct names
            String prefix = next / roots.size() % 2 == 0 ? "" : "Ново";
            next++;
            double draw = random.nextDouble();
            Place place = draw < 0.2 ? city(root, prefix, CITY_WEIGHT, taken)
                    : draw < 0.5 ? settlement(root, prefix, random, taken)
                    : village(root, prefix, random, taken);
            if (place != null) {
                result.add(place);
            }
            if (next > roots.size() * 8) {
                break;
            }
        }
        return result;
    }

    private static Place city(String root, String prefix, int weight, Set<String> taken) {
        String name = joined(prefix, root) + "ск";
        if (!taken.add(name)) {
            return null;
        }
        return new Place(Kind.CITY, "г. " + name, "г. " + name + "а", name + "ий", "г. " + name + "а",
                "г. " + name, weight);
    }

    private static Place settlement(String root, String prefix, Random random, Set<String> taken) {
        String adjective = joined(prefix, root) + "ский";
        String name = random.nextBoolean() ? adjective : joined(prefix, root) + "о";
        if (!taken.add(name)) {
            return null;
        }
        return new Place(Kind.SETTLEMENT, "пос. " + name, "пос. " + name, adjective, "пос. " + name, "пос. " + name,
                SETTLEMENT_WEIGHT);
    }

    private static Place village(String root, String prefix, Random random, Set<String> taken) {
        String stem = joined(prefix.isEmpty() && random.nextInt(4) == 0 ? "Старо" : prefix, root);
        String name = random.nextInt(3) == 0 ? stem + "ское" : stem + "ка";
        if (!taken.add(name)) {
            return null;
        }
        return new Place(Kind.VILLAGE, "с. " + name, "с. " + name, stem + "ский", "с. " + name, "с. " + name,
                VILLAGE_WEIGHT);
    }

    private static String joined(String prefix, String root) {
        return prefix.isEmpty() ? root : prefix + root.toLowerCase(Locale.ROOT);
    }

    private static List<Place> federalCity(int regionId) {
        return switch (regionId) {
            case 77 -> districts(MOSCOW_OKRUGS, " административного округа г. Москвы", "г. Москва", "г. Москвы",
                    "Московский");
            case 78 -> districts(PETERSBURG_DISTRICTS, " района Санкт-Петербурга", "г. Санкт-Петербург",
                    "г. Санкт-Петербурга", "Санкт-Петербургский");
            case 92 -> districts(SEVASTOPOL_DISTRICTS, " района г. Севастополя", "г. Севастополь", "г. Севастополя",
                    "Севастопольский");
            default -> null;
        };
    }

    private static List<Place> districts(List<String> districts, String suffix, String city, String cityIn,
            String adjective) {
        return districts.stream()
                .map(district -> new Place(Kind.CITY, city, cityIn, adjective, district + suffix, city, CITY_WEIGHT))
                .toList();
    }
}
