package org.unioncabinet.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.unioncabinet.organisation.DemoPlaces.Place;

/**
 * Names of the demo directory's educational organisations, full and short, the way Russian
 * registers write them: «Муниципальное бюджетное общеобразовательное учреждение «Средняя
 * общеобразовательная школа № 15» г. Васильевска» / «МБОУ СОШ № 15 г. Васильевска». One instance
 * per region: it keeps the numbering (schools are numbered throughout a town) and which colleges
 * and universities exist.
 */
final class DemoNames {

    enum Kind { SCHOOL, BASIC_SCHOOL, GYMNASIUM, LYCEUM, KINDERGARTEN, EXTRA, COLLEGE, TECHNICAL_SCHOOL, UNIVERSITY }

    record Name(String full, String shortName) {
    }

    private record Form(String abbreviation, String words) {
    }

    private record Title(String words, String abbreviation, boolean alwaysNumbered) {
    }

    private static final List<Form> MUNICIPAL = List.of(
            new Form("МБОУ", "Муниципальное бюджетное"),
            new Form("МАОУ", "Муниципальное автономное"),
            new Form("МКОУ", "Муниципальное казённое"));
    private static final List<Form> MUNICIPAL_PRESCHOOL = List.of(
            new Form("МБДОУ", "Муниципальное бюджетное"),
            new Form("МАДОУ", "Муниципальное автономное"),
            new Form("МКДОУ", "Муниципальное казённое"));
    private static final List<Form> MUNICIPAL_EXTRA = List.of(
            new Form("МБУ ДО", "Муниципальное бюджетное"),
            new Form("МАУ ДО", "Муниципальное автономное"),
            new Form("МКУ ДО", "Муниципальное казённое"));
    private static final List<Form> COLLEGE_FORMS = List.of(
            new Form("ГБПОУ", "Государственное бюджетное профессиональное образовательное учреждение"),
            new Form("ГАПОУ", "Государственное автономное профессиональное образовательное учреждение"));
    private static final List<Form> UNIVERSITY_FORMS = List.of(
            new Form("ФГБОУ ВО", "Федеральное государственное бюджетное образовательное учреждение высшего образования"),
            new Form("ФГАОУ ВО", "Федеральное государственное автономное образовательное учреждение высшего образования"));

    private static final List<Title> EXTRA_TITLES = List.of(
            new Title("Детско-юношеская спортивная школа", "ДЮСШ", true),
            new Title("Детская школа искусств", "ДШИ", true),
            new Title("Дом детского творчества", "ДДТ", false),
            new Title("Центр детского творчества", "ЦДТ", false),
            new Title("Станция юных техников", "СЮТ", false));
    private static final List<String> KINDERGARTEN_NAMES = List.of("Солнышко", "Ромашка", "Берёзка", "Колокольчик",
            "Теремок", "Сказка", "Радуга", "Звёздочка", "Золотой ключик", "Ласточка", "Улыбка", "Алёнушка",
            "Светлячок", "Родничок", "Журавушка", "Капелька", "Колосок", "Одуванчик", "Рябинка", "Незабудка");
    private static final List<String> COLLEGES = List.of("%s педагогический колледж", "%s медицинский колледж",
            "%s политехнический колледж", "%s технологический колледж", "%s строительный колледж",
            "%s индустриальный колледж", "%s экономический колледж", "%s музыкальный колледж",
            "%s колледж искусств", "%s колледж культуры", "%s транспортный колледж", "%s торгово-экономический колледж");
    private static final List<String> TECHNICAL_SCHOOLS = List.of("%s аграрный техникум", "%s строительный техникум",
            "%s лесотехнический техникум", "%s механический техникум", "%s железнодорожный техникум",
            "%s энергетический техникум");
    private static final List<Title> UNIVERSITIES = List.of(
            new Title("государственный университет", "ГУ", false),
            new Title("государственный педагогический университет", "ГПУ", false),
            new Title("государственный технический университет", "ГТУ", false),
            new Title("государственный аграрный университет", "ГАУ", false),
            new Title("государственный медицинский университет", "ГМУ", false));

    private final Random random;
    private final boolean federalCity;
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private final Set<String> reservedNumbers = new HashSet<>();
    private int universities;

    DemoNames(Random random, boolean federalCity) {
        this.random = random;
        this.federalCity = federalCity;
    }

    /** Keeps a school number free in a town, for an organisation named elsewhere (the example). */
    void reserveSchoolNumber(Place place, int number) {
        reservedNumbers.add(place.numberingScope() + "/school/" + number);
    }

    boolean universityLeft() {
        return universities < UNIVERSITIES.size();
    }

    Name name(Kind kind, Place place) {
        return switch (kind) {
            case SCHOOL -> federalCity && place.municipality().equals("г. Москва")
                    ? school(place, new Title("Школа", "Школа", true))
                    : school(place, new Title("Средняя общеобразовательная школа", "СОШ", false));
            case BASIC_SCHOOL -> school(place, new Title("Основная общеобразовательная школа", "ООШ", false));
            case GYMNASIUM -> school(place, new Title("Гимназия", "гимназия", true));
            case LYCEUM -> school(place, new Title("Лицей", "лицей", true));
            case KINDERGARTEN -> kindergarten(place);
            case EXTRA -> extra(place);
            case COLLEGE -> college(place, COLLEGES);
            case TECHNICAL_SCHOOL -> college(place, TECHNICAL_SCHOOLS);
            case UNIVERSITY -> university(place);
        };
    }

    /** The instruction's example: «МБОУ СОШ № 15 г. Васильевска». */
    static Name example(Place place) {
        return new Name("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15» "
                + place.inName(), "МБОУ СОШ № 15 " + place.inName());
    }

    private Name school(Place place, Title title) {
        Form form = federalCity ? new Form("ГБОУ", "Государственное бюджетное") : municipalForm(MUNICIPAL, place);
        String number = number(place, "school", title.alwaysNumbered());
        return new Name(form.words() + " общеобразовательное учреждение «" + title.words() + number + "» " + place.inName(),
                form.abbreviation() + " " + title.abbreviation() + number + " " + place.inName());
    }

    private Name kindergarten(Place place) {
        Form form = federalCity ? new Form("ГБДОУ", "Государственное бюджетное")
                : municipalForm(MUNICIPAL_PRESCHOOL, place);
        boolean rural = place.kind() != DemoPlaces.Kind.CITY;
        String number = number(place, "kindergarten", !rural);
        String name = pick(KINDERGARTEN_NAMES);
        boolean centre = !rural && random.nextInt(10) == 0;
        String title = (centre ? "Центр развития ребёнка — детский сад" : "Детский сад") + number;
        String shortTitle = (centre ? "ЦРР — детский сад" : "детский сад") + number;
        if (rural) {
            // village kindergartens go by their names: «МКДОУ детский сад «Колосок» с. Ильинка»
            shortTitle += " «" + name + "»";
        }
        boolean named = rural || random.nextBoolean();
        return new Name(form.words() + " дошкольное образовательное учреждение «" + title + (named ? " «" + name + "»" : "")
                + "» " + place.inName(), form.abbreviation() + " " + shortTitle + " " + place.inName());
    }

    private Name extra(Place place) {
        Form form = federalCity ? new Form("ГБУ ДО", "Государственное бюджетное") : municipalForm(MUNICIPAL_EXTRA, place);
        Title title = pick(EXTRA_TITLES);
        String number = number(place, title.abbreviation(), title.alwaysNumbered());
        return new Name(form.words() + " учреждение дополнительного образования «" + title.words() + number + "» "
                + place.inName(), form.abbreviation() + " " + title.abbreviation() + number + " " + place.inName());
    }

    private Name college(Place place, List<String> profiles) {
        Form form = pick(COLLEGE_FORMS);
        String profile = pick(profiles);
        String title = profile.formatted(place.adjective()) + number(place, profile, false);
        return new Name(form.words() + " «" + title + "»", form.abbreviation() + " «" + title + "»");
    }

    private Name university(Place place) {
        Form form = pick(UNIVERSITY_FORMS);
        Title title = UNIVERSITIES.get(universities++);
        String words = place.adjective() + " " + title.words();
        return new Name(form.words() + " «" + words + "»",
                form.abbreviation() + " «" + place.adjective().charAt(0) + title.abbreviation() + "»");
    }

    private Form municipalForm(List<Form> forms, Place place) {
        int draw = random.nextInt(20);
        if (place.kind() == DemoPlaces.Kind.CITY) {
            return forms.get(draw < 13 ? 0 : draw < 18 ? 1 : 2);
        }
        return forms.get(draw < 8 ? 0 : draw < 9 ? 1 : 2);
    }

    /**
     * The next free number of its kind in the place: « № 7»; or nothing for the first of a kind that is
     * usually unnumbered (a village's only school, a town's «Дом детского творчества»).
     */
    private String number(Place place, String series, boolean alwaysNumbered) {
        String key = place.numberingScope() + "/" + series;
        int number = lastNumber.merge(key, 1, Integer::sum);
        while (reservedNumbers.contains(key + "/" + number)) {
            number = lastNumber.merge(key, 1, Integer::sum);
        }
        boolean numbered = alwaysNumbered || number > 1 || place.kind() == DemoPlaces.Kind.CITY && series.equals("school")
                || place.kind() == DemoPlaces.Kind.CITY && series.equals("kindergarten");
        return numbered ? " № " + number : "";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
