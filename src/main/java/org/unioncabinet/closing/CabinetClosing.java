package org.unioncabinet.closing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mydata.CabinetClosingOffer;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.system.DisplayDates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * «Удалить кабинет» for an account that is not a member: every module's {@link PersonalDataErasure} in one
 * transaction (the account's row locked first, so no step of the member completes meanwhile), and a deletion record
 * without personal data. Refused while any module objects (a registry record, an application under review or one
 * that made the owner a member).
 */
@Service
public class CabinetClosing implements CabinetClosingOffer {

    private static final Logger log = LoggerFactory.getLogger(CabinetClosing.class);

    /** What a closing did. */
    public sealed interface Outcome {
        record Closed(UUID deletionId) implements Outcome {
        }

        record Refused(String message) implements Outcome {
        }
    }

    private final List<PersonalDataErasure> erasures;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    CabinetClosing(List<PersonalDataErasure> erasures, AccountService accounts, JdbcClient jdbc, ObjectMapper json,
            Clock clock) {
        this.erasures = erasures.stream().sorted(Comparator.comparingInt(PersonalDataErasure::order)).toList();
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(UUID accountId) {
        return erasures.stream().map(erasure -> erasure.objection(accountId)).flatMap(Optional::stream).findFirst();
    }

    @Transactional
    public Outcome close(UUID accountId) {
        accounts.lock(accountId);
        if (accounts.find(accountId).map(Account::isClosed).orElse(true)) {
            return new Outcome.Refused("Личный кабинет уже удалён.");
        }
        Optional<String> refusal = refusal(accountId);
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DisplayDates.MOSCOW);
        List<String> removed = new ArrayList<>();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (PersonalDataErasure erasure : erasures) {
            PersonalDataErasure.Erased erased = erasure.erase(accountId);
            removed.addAll(erased.removed());
            erased.kept().forEach(item -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("what", item.what());
                entry.put("why", item.why());
                entry.put("until", item.keptFor() == null ? null : today.plus(item.keptFor()).toString());
                kept.add(entry);
            });
        }
        LocalDate purgeAfter = kept.stream().map(entry -> (String) entry.get("until")).filter(Objects::nonNull)
                .map(LocalDate::parse).max(Comparator.naturalOrder()).orElse(null);
        UUID deletionId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app.account_deletion (id, account_id, deleted_at, removed, kept, purge_after)
                VALUES (:id, :account, :at, CAST(:removed AS jsonb), CAST(:kept AS jsonb), :purgeAfter)
                """)
                .param("id", deletionId)
                .param("account", accountId)
                .param("at", Timestamp.from(now))
                .param("removed", write(removed))
                .param("kept", write(kept))
                .param("purgeAfter", purgeAfter == null ? null : Date.valueOf(purgeAfter))
                .update();
        log.info("Cabinet {} closed by its member (deletion record {})", accountId, deletionId);
        return new Outcome.Closed(deletionId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the deletion record", e);
        }
    }
}
