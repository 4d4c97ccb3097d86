package org.unioncabinet.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.unioncabinet.organisation.DemoNames.Kind;
import org.unioncabinet.organisation.DemoNames.Name;
import org.unioncabinet.organisation.DemoPlaces.Place;

/**
 * A realistic, repeatable directory for development and demonstrations: educational organisations in
 * every region, in proportion to its population, each with its ППО, grouped under one territorial
 * organisation per town, settlement or village (per district in the federal cities) and one regional
 * organisation per region. Every ИНН is valid and unique, and starts with the region's code. The same
 * size always gives the same directory (seeded), and it always holds the instruction's example
 * «МБОУ СОШ № 15 г. Васильевска».
 */
final class DemoDirectory {

    static final int EXAMPLE_REGION = 50;
    static final String EXAMPLE_SHORT_NAME = "МБОУ СОШ № 15 г. Васильевска";

    private static final long SEED = 2026_04_15L;

    /** Population of each region in thousands, roughly: only the proportions matter. */
    private static final Map<Integer, Integer> POPULATION = Map.ofEntries(
            Map.entry(1, 500), Map.entry(2, 4000), Map.entry(3, 970), Map.entry(4, 210), Map.entry(5, 3200),
            Map.entry(6, 510), Map.entry(7, 900), Map.entry(8, 270), Map.entry(9, 470), Map.entry(10, 530),
            Map.entry(11, 730), Map.entry(12, 670), Map.entry(13, 780), Map.entry(14, 1000), Map.entry(15, 680),
            Map.entry(16, 4000), Map.entry(17, 340), Map.entry(18, 1450), Map.entry(19, 530), Map.entry(20, 1530),
            Map.entry(21, 1180), Map.entry(22, 2130), Map.entry(23, 5800), Map.entry(24, 2840), Map.entry(25, 1820),
            Map.entry(26, 2900), Map.entry(27, 1280), Map.entry(28, 760), Map.entry(29, 960), Map.entry(30, 950),
            Map.entry(31, 1530), Map.entry(32, 1150), Map.entry(33, 1340), Map.entry(34, 2450), Map.entry(35, 1130),
            Map.entry(36, 2280), Map.entry(37, 910), Map.entry(38, 2340), Map.entry(39, 1030), Map.entry(40, 1000),
            Map.entry(41, 290), Map.entry(42, 2570), Map.entry(43, 1140), Map.entry(44, 570), Map.entry(45, 770),
            Map.entry(46, 1080), Map.entry(47, 2020), Map.entry(48, 1130), Map.entry(49, 135), Map.entry(50, 8600),
            Map.entry(51, 660), Map.entry(52, 3080), Map.entry(53, 580), Map.entry(54, 2790), Map.entry(55, 1830),
            Map.entry(56, 1840), Map.entry(57, 700), Map.entry(58, 1250), Map.entry(59, 2500), Map.entry(60, 590),
            Map.entry(61, 4150), Map.entry(62, 1080), Map.entry(63, 3140), Map.entry(64, 2400), Map.entry(65, 460),
            Map.entry(66, 4240), Map.entry(67, 880), Map.entry(68, 960), Map.entry(69, 1220), Map.entry(70, 1050),
            Map.entry(71, 1520), Map.entry(72, 1600), Map.entry(73, 1180), Map.entry(74, 3400), Map.entry(75, 1000),
            Map.entry(76, 1190), Map.entry(77, 13100), Map.entry(78, 5600), Map.entry(79, 150), Map.entry(83, 42),
            Map.entry(86, 1730), Map.entry(87, 48), Map.entry(89, 510), Map.entry(90, 500), Map.entry(91, 1900),
            Map.entry(92, 550), Map.entry(93, 2200), Map.entry(94, 1400), Map.entry(95, 300));

    /** One educational organisation with its ППО; {@code territorial} indexes {@link RegionPart#localNames()}. */
    record School(String fullName, String shortName, String inn, String municipality, int territorial,
            String primaryName, String primaryShortName) {
    }

    /** Everything of one region: its regional organisation, the local ones under it, their schools. */
    record RegionPart(Region region, String regionalName, List<String> localNames, List<School> schools) {
    }

    private final List<Region> regions;

    DemoDirectory(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** Generates {@code size} educational organisations, handing them over region by region. */
    void generate(int size, Consumer<RegionPart> sink) {
        int[] counts = shares(size);
        for (int i = 0; i < regions.size(); i++) {
            if (counts[i] > 0) {
                sink.accept(region(regions.get(i), counts[i]));
            }
        }
    }

    /**
     * How many organisations each region gets: proportional to population (largest remainders), at
     * least three each when the size allows, and at least one in the example's region.
     */
    int[] shares(int size) {
        int floor = size >= regions.size() * 3 ? 3 : size >= regions.size() ? 1 : 0;
        int[] counts = new int[regions.size()];
        double total = regions.stream().mapToInt(r -> POPULATION.getOrDefault(r.id(), 500)).sum();
        int left = size - floor * regions.size();
        double[] remainders = new double[regions.size()];
        int given = 0;
        for (int i = 0; i < regions.size(); i++) {
            double exact = left * POPULATION.getOrDefault(regions.get(i).id(), 500) / total;
            counts[i] = floor + (int) exact;
            remainders[i] = exact - (int) exact;
            given += counts[i];
        }
        while (given < size) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        ensureExampleRegion(counts);
        return counts;
    }

    private void ensureExampleRegion(int[] counts) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).id() == EXAMPLE_REGION && counts[i] == 0) {
                for (int j = 0; j < counts.length; j++) {
                    if (counts[j] > 0) {
                        counts[j]--;
                        counts[i]++;
                        return;
                    }
                }
            }
        }
    }

    private RegionPart region(Region region, int count) {
        Random random = new Random(SEED * 1_000_003L + region.id());
        List<Place> places = DemoPlaces.of(region, count, random);
        boolean federalCity = region.id() == 77 || region.id() == 78 || region.id() == 92;
        DemoNames names = new DemoNames(random, federalCity);
        InnSeries inns = new InnSeries(region.id(), count);
        int[] perPlace = perPlace(places, count);

        List<String> localNames = new ArrayList<>();
        List<School> schools = new ArrayList<>(count);
        for (int p = 0; p < places.size(); p++) {
            Place place = places.get(p);
            localNames.add("Территориальная организация Общероссийского Профсоюза образования " + place.territorialOf());
            int remaining = perPlace[p];
            if (isExampleTown(region, place)) {
                names.reserveSchoolNumber(place, 15);
                schools.add(school(DemoNames.example(place), inns.next(), place, p));
                remaining--;
            }
            for (int i = 0; i < remaining; i++) {
                Kind kind = kind(place, p == 0 || federalCity, names, random);
                schools.add(school(names.name(kind, place), inns.next(), place, p));
            }
        }
        String regionalName = "Региональная организация Общероссийского Профсоюза образования "
                + RegionNames.genitive(region.name());
        return new RegionPart(region, regionalName, localNames, schools);
    }

    private static boolean isExampleTown(Region region, Place place) {
        return region.id() == EXAMPLE_REGION && place.municipality().equals("г. " + DemoPlaces.EXAMPLE_TOWN_ROOT + "ск");
    }

    private static School school(Name name, String inn, Place place, int territorial) {
        return new School(name.full(), name.shortName(), inn, place.municipality(), territorial,
                "Первичная профсоюзная организация " + name.shortName(), "ППО " + name.shortName());
    }

    /** Organisations per place, by weight, every place at least one (the example's town included). */
    private static int[] perPlace(List<Place> places, int count) {
        int[] result = new int[places.size()];
        int weights = places.stream().mapToInt(Place::weight).sum();
        int given = 0;
        for (int p = 0; p < places.size(); p++) {
            result[p] = Math.max(1, (int) ((long) (count - places.size()) * places.get(p).weight() / weights) + 1);
            given += result[p];
        }
        // the rounding leaves a few over or under: the capital absorbs the difference
        result[0] += count - given;
        return result;
    }

    /** What kind of organisation comes next: the mix of a town differs from a village's. */
    private static Kind kind(Place place, boolean capital, DemoNames names, Random random) {
        int draw = random.nextInt(1000);
        return switch (place.kind()) {
            case CITY -> {
                if (capital && draw < 8 && names.universityLeft()) {
                    yield Kind.UNIVERSITY;
                }
                yield draw < 380 ? Kind.KINDERGARTEN : draw < 680 ? Kind.SCHOOL : draw < 740 ? Kind.GYMNASIUM
                        : draw < 790 ? Kind.LYCEUM : draw < 820 ? Kind.BASIC_SCHOOL : draw < 910 ? Kind.EXTRA
                        : draw < 960 ? Kind.COLLEGE : Kind.TECHNICAL_SCHOOL;
            }
            case SETTLEMENT -> draw < 400 ? Kind.KINDERGARTEN : draw < 750 ? Kind.SCHOOL : draw < 850 ? Kind.BASIC_SCHOOL
                    : draw < 930 ? Kind.EXTRA : Kind.TECHNICAL_SCHOOL;
            case VILLAGE -> draw < 400 ? Kind.KINDERGARTEN : draw < 750 ? Kind.SCHOOL : draw < 950 ? Kind.BASIC_SCHOOL
                    : Kind.EXTRA;
        };
    }

    /**
     * ИНН of one region: region code, tax office (01…), a serial and the check digit. Consecutive
     * organisations go to consecutive offices, and the serial steps by a prime, so the numbers look
     * scattered but never repeat: (office, serial) is a one-to-one function of the running number.
     */
    private static final class InnSeries {

        private final int region;
        private final int offices;
        private int issued;

        InnSeries(int region, int count) {
            this.region = region;
            this.offices = region == 77 ? 51 : Math.max(1, Math.min(50, count / 200 + 1));
        }

        String next() {
            int office = 1 + issued % offices;
            int serial = (12_345 + (issued / offices) * 7_919) % 100_000;
            issued++;
            return Inn.withCheckDigit("%02d%02d%05d".formatted(region, office, serial));
        }
    }
}
