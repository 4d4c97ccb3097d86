package org.unioncabinet.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds educational organisations as a member types: by full name, short name or ИНН (or its
 * beginning), whatever the case, quotes, «№» or ё, in any word order, the last word possibly half
 * typed. Best matches first, tier by tier, each served by an index, each run only while fewer than
 * {@code limit} organisations are found:
 * <ol>
 * <li>the exact short name (btree on name_key);</li>
 * <li>the ИНН's beginning, when the query is four digits or more (unique index on inn);</li>
 * <li>every word as a whole word, Russian stems («школы» is «школа»; GIN on search_vector);</li>
 * <li>the same, the last word as a word's beginning («сош 15 васил»);</li>
 * <li>only if nothing yet: every word as a beginning;</li>
 * <li>the ИНН's beginning for two or three digits (more likely a school's number, so after words);</li>
 * <li>only if nothing yet: each unknown word replaced by the most similar word of the directory
 * (pg_trgm over {@code search_word}), then as in 4.</li>
 * </ol>
 * Within a tier: all words whole first, then text-search rank (the short name's words weigh most),
 * then the shorter name.
 */
@Service
public class OrganisationSearch {

    public static final int MAX_LIMIT = 20;

    /**
     * A tier ranks at most this many of its matches (the first found). «шк» matches 40,000 organisations;
     * ranking them all costs 200 ms, and no ranking makes a two-letter query useful. A query of a word
     * or two more has fewer matches and is ranked completely; the exact short name has its own tier.
     */
    private static final int CANDIDATES = 100;

    /**
     * From this share of the directory on, a query is broad: a scan that stops at {@value #CANDIDATES}
     * matches reads about 700 rows when the matches are spread over the table, where collecting every match from the
     * index costs 10–30 ms. Words that common are kinds of organisation («школа», «детский», «сош»), found in every
     * region. Below it the index is cheaper even at a few thousand matches, and safer: a place name is common only in
     * its own region, whose rows lie together, so a scan for «мос» (8.7 % of the demo directory, all in Moscow) read
     * most of the table before its first match (22 ms; 3 ms from the index). The query mix's p99 on the service went
     * from 30 to 20 ms in one run with 3 % here.
     */
    private static final double BROAD = 0.15;

    private static final String COLUMNS = """
            SELECT e.id, e.full_name, e.short_name, e.inn, e.municipality, r.name AS region, p.name AS primary_name
            FROM app.educational_organisation e
            JOIN app.region r ON r.id = e.region_id
            LEFT JOIN app.primary_organisation p ON p.id = e.primary_organisation_id
            """;

    /**
     * A tier's matches are the rows whose search vector has every word of {@code rest} (joined by «&»,
     * each possibly a beginning «васил:*») and the {@code last} word's beginning, stemmed or as typed (a
     * two-letter beginning like «со» is a Russian stop word, yet the beginning of «сош»); either may be
     * empty (CASE: an empty string is never parsed). A narrow query is looked up in the GIN index by
     * its distinctive words only ({@code core*}: see {@link CommonWords}) and {@code ts_match_vq}, the
     * function behind @@, checks every word on the rows found; a broad one ({@code broad}) skips the
     * index and scans until enough rows match. Ranked inside the found rows; the details are read for
     * the best few only.
     */
    private static final String BY_WORDS = """
            WITH q AS MATERIALIZED (  -- else a cached plan inlines it and parses the query again for every row
                SELECT CASE WHEN :rest = '' THEN to_tsquery(CAST(:config AS regconfig), :last) || to_tsquery('simple', :last)
                            WHEN :last = '' THEN to_tsquery(CAST(:config AS regconfig), :rest)
                            ELSE to_tsquery(CAST(:config AS regconfig), :rest)
                                 && (to_tsquery(CAST(:config AS regconfig), :last) || to_tsquery('simple', :last))
                       END AS match,
                       CASE WHEN :coreRest = '' THEN to_tsquery(CAST(:config AS regconfig), :coreLast)
                                                     || to_tsquery('simple', :coreLast)
                            WHEN :coreLast = '' THEN to_tsquery(CAST(:config AS regconfig), :coreRest)
                            ELSE to_tsquery(CAST(:config AS regconfig), :coreRest)
                                 && (to_tsquery(CAST(:config AS regconfig), :coreLast) || to_tsquery('simple', :coreLast))
                       END AS core,
                       to_tsquery(CAST(:config AS regconfig), :whole) AS whole
            ), narrow AS MATERIALIZED (  -- planned for all its rows, so by the index; still read only as far as needed
                SELECT e.id, e.search_vector @@ q.whole AS whole, ts_rank(e.search_vector, q.match) AS rank,
                       length(e.short_name) AS name_length
                FROM app.educational_organisation e, q
                WHERE NOT CAST(:broad AS boolean) AND e.search_vector @@ q.core AND ts_match_vq(e.search_vector, q.match)
            ), candidates AS (
                (SELECT * FROM narrow LIMIT :candidates)
                UNION ALL
                (SELECT e.id, e.search_vector @@ q.whole AS whole, ts_rank(e.search_vector, q.match) AS rank,
                        length(e.short_name) AS name_length
                 FROM app.educational_organisation e, q
                 WHERE CAST(:broad AS boolean) AND ts_match_vq(e.search_vector, q.match)
                 LIMIT :candidates)
            ), best AS (
                SELECT id, row_number() OVER (ORDER BY whole DESC, rank DESC, name_length, id) AS position
                FROM candidates
                ORDER BY position
                LIMIT :limit
            )
            """ + COLUMNS + """
            JOIN best b ON b.id = e.id
            ORDER BY b.position
            """;

    private static final String BY_NAME = COLUMNS + """
            WHERE e.name_key = :key
            ORDER BY e.id
            LIMIT :limit
            """;

    /** A range rather than LIKE: it uses the index in a generic (cached) plan too; ":" sorts right after "9". */
    private static final String BY_INN = COLUMNS + """
            WHERE e.inn >= :prefix AND e.inn < :prefix || ':'
            ORDER BY e.inn
            LIMIT :limit
            """;

    /**
     * Each word as the directory's word (stem) when it has it, else the most similar one it has (trigram
     * similarity above pg_trgm's threshold, 0.3); numbers and words under three letters stay as typed,
     * stop words go.
     */
    private static final String CORRECTED_WORDS = """
            SELECT CASE
                       WHEN t.word ~ '^[0-9]+$' OR length(t.word) < 3 THEN t.word
                       ELSE coalesce(
                           (SELECT s.word FROM app.search_word s WHERE s.word = w.stem),
                           (SELECT s.word FROM app.search_word s WHERE s.word % w.stem
                            ORDER BY s.word <-> w.stem, s.word LIMIT 1),
                           w.stem)
                   END AS word
            FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS t (word, position)
            CROSS JOIN LATERAL (SELECT (ts_lexize('russian_stem', t.word))[1] AS stem) w
            WHERE w.stem IS NOT NULL OR t.word ~ '^[0-9]+$'
            ORDER BY t.position
            """;

    private static final RowMapper<OrganisationHit> HIT = (row, n) -> new OrganisationHit(row.getLong("id"),
            row.getString("full_name"), row.getString("short_name"), row.getString("inn"), row.getString("municipality"),
            row.getString("region"), row.getString("primary_name"));

    private static final String UNION_OF = """
            SELECT p.id AS primary_id, p.short_name AS primary_name, t.id AS territorial_id, t.name AS territorial_name
            FROM app.educational_organisation e
            JOIN app.primary_organisation p ON p.id = e.primary_organisation_id
            JOIN app.territorial_organisation t ON t.id = p.territorial_organisation_id
            """;

    private static final RowMapper<UnionOrganisations> UNION = (rows, n) -> new UnionOrganisations(
            rows.getLong("primary_id"), rows.getString("primary_name"), rows.getLong("territorial_id"),
            rows.getString("territorial_name"));

    private final JdbcClient jdbc;
    private final LexemeFrequencies frequencies;

    OrganisationSearch(JdbcClient jdbc, LexemeFrequencies frequencies) {
        this.jdbc = jdbc;
        this.frequencies = frequencies;
    }

    /**
     * Up to {@code limit} (at most {@value #MAX_LIMIT}) organisations, best first; none for a query
     * of fewer than two letters or digits. Its tiers share one read-only transaction: one connection from the pool
     * and one commit per search, not one per tier.
     */
    @Transactional(readOnly = true)
    public List<OrganisationHit> search(String query, int limit) {
        SearchQuery parsed = SearchQuery.parse(query);
        Hits hits = new Hits(Math.min(limit, MAX_LIMIT));
        if (!parsed.searchable() || hits.full()) {
            return List.of();
        }
        hits.add(() -> jdbc.sql(BY_NAME).param("key", parsed.text()).param("limit", hits.max).query(HIT).list());
        if (parsed.innFirst()) {
            hits.add(() -> byInnPrefix(parsed.digits(), hits.max));
        }
        List<String> words = parsed.words();
        List<String> allButLast = words.subList(0, words.size() - 1);
        String last = words.get(words.size() - 1);
        hits.add(() -> byWords("russian", words, "", words, hits.max));
        hits.add(() -> byWords("russian", allButLast, last + ":*", words, hits.max));
        if (hits.none() && words.size() > 1) {
            List<String> beginnings = allButLast.stream().map(word -> word + ":*").toList();
            hits.add(() -> byWords("russian", beginnings, last + ":*", words, hits.max));
        }
        if (parsed.digits() != null && !parsed.innFirst()) {
            hits.add(() -> byInnPrefix(parsed.digits(), hits.max));
        }
        if (hits.none()) {
            hits.add(() -> withCorrectedWords(parsed, hits.max));
        }
        return hits.list();
    }

    /** The organisation with this id, as search shows it. */
    public Optional<OrganisationHit> byId(long id) {
        return jdbc.sql(COLUMNS + "WHERE e.id = :id").param("id", id).query(HIT).optional();
    }

    /** Who reviews members of this educational organisation; empty when it has no ППО. */
    public Optional<UnionOrganisations> unionOf(long educationalOrganisationId) {
        return jdbc.sql(UNION_OF + "WHERE e.id = :id")
                .param("id", educationalOrganisationId)
                .query(UNION)
                .optional();
    }

    /**
     * The educational organisation the registry names a member's school by (its full or short name), when exactly one
     * has that name; empty otherwise.
     */
    public Optional<Long> schoolNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM app.educational_organisation WHERE full_name = :name OR short_name = :name "
                + "LIMIT 2").param("name", name.strip()).query(Long.class).list();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The same for the educational organisation with this ИНН (the reviewer import names schools so). */
    public Optional<UnionOrganisations> unionOfInn(String inn) {
        return jdbc.sql(UNION_OF + "WHERE e.inn = :inn")
                .param("inn", inn)
                .query(UNION)
                .optional();
    }

    private List<OrganisationHit> byWords(String config, List<String> rest, String last, List<String> whole, int limit) {
        List<String> coreRest = rest.stream().filter(word -> !CommonWords.isCommon(bare(word))).toList();
        String coreLast = bare(last).length() >= 5 && !CommonWords.isCommon(bare(last)) ? last : "";
        if (coreRest.isEmpty() && coreLast.isEmpty()) {
            coreRest = rest;
            coreLast = last;
        }
        return jdbc.sql(BY_WORDS)
                .param("config", config)
                .param("rest", String.join(" & ", rest))
                .param("last", last)
                .param("coreRest", String.join(" & ", coreRest))
                .param("coreLast", coreLast)
                .param("whole", String.join(" & ", whole))
                .param("broad", share(rest, last) >= BROAD)
                .param("candidates", CANDIDATES)
                .param("limit", limit)
                .query(HIT)
                .list();
    }

    /** At most the share of organisations that have all the words: that of the rarest. */
    private double share(List<String> rest, String last) {
        double share = 1;
        for (String word : rest) {
            share = Math.min(share, word.endsWith(":*") ? frequencies.ofBeginning(bare(word)) : frequencies.ofWord(word));
        }
        if (!last.isEmpty()) {
            share = Math.min(share, frequencies.ofBeginning(bare(last)));
        }
        return share;
    }

    private static String bare(String word) {
        return word.endsWith(":*") ? word.substring(0, word.length() - 2) : word;
    }

    private List<OrganisationHit> byInnPrefix(String digits, int limit) {
        return jdbc.sql(BY_INN).param("prefix", digits).param("limit", limit).query(HIT).list();
    }

    private List<OrganisationHit> withCorrectedWords(SearchQuery parsed, int limit) {
        List<String> corrected = jdbc.sql(CORRECTED_WORDS)
                .param("words", parsed.words().toArray(String[]::new))
                .query(String.class)
                .list();
        if (corrected.isEmpty() || corrected.equals(parsed.words())) {
            return List.of();
        }
        // the directory's own stems: matched as they are ("simple"), not stemmed again
        return byWords("simple", corrected.subList(0, corrected.size() - 1), corrected.get(corrected.size() - 1) + ":*",
                corrected, limit);
    }

    /** The hits so far, in order, each organisation once; a tier runs only while there is room. */
    private static final class Hits {

        private final int max;
        private final Map<Long, OrganisationHit> found = new LinkedHashMap<>();

        Hits(int max) {
            this.max = max;
        }

        boolean full() {
            return found.size() >= max;
        }

        boolean none() {
            return found.isEmpty();
        }

        void add(Supplier<List<OrganisationHit>> tier) {
            if (full()) {
                return;
            }
            for (OrganisationHit hit : tier.get()) {
                if (full()) {
                    return;
                }
                found.putIfAbsent(hit.id(), hit);
            }
        }

        List<OrganisationHit> list() {
            return new ArrayList<>(found.values());
        }
    }
}
