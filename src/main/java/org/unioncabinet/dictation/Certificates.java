package org.unioncabinet.dictation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.documents.CertificatePdf;
import org.unioncabinet.registration.MemberName;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.system.CabinetProperties;

/**
 * The certificates of «Профсоюзный диктант»: one per awarded attempt, issued with the award, with a verification code
 * nobody can guess. What the public verify page shows (edition, award, date, the holder's initials) is copied onto
 * the certificate at issue; the holder's full name is read only to render the PDF, at its first download, after
 * which the same bytes are served.
 */
@Service
public class Certificates {

    /** A certificate as its holder and the verify page see it; no full name. */
    public record Certificate(UUID attemptId, VerificationCode code, String editionCode, String editionTitle, Award award, LocalDate awardedOn,
            String holderInitials, String result) {
    }

    /** What the verify page found for a typed code. */
    public sealed interface Verification {
        /** Not a code at all (a typo that cannot be one). */
        record Malformed() implements Verification {
        }

        /** A well-formed code of no certificate. */
        record Unknown(VerificationCode code) implements Verification {
        }

        record Found(Certificate certificate) implements Verification {
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RegistrationJourney journey;
    private final CertificatePdf pdf;
    private final String baseUrl;

    Certificates(JdbcClient jdbc, Clock clock, RegistrationJourney journey, CertificatePdf pdf,
            CabinetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.journey = journey;
        this.pdf = pdf;
        this.baseUrl = properties.baseUrl();
    }

    /**
     * Issues the attempt's certificate for the award just recorded; nothing when it has one (a retried job) or when
     * its cabinet was deleted (nobody to hold it). A code taken by another certificate (one chance in 2^80 per pair)
     * fails the unique constraint, and the retried job draws another.
     */
    @Transactional
    public void issue(UUID attemptId) {
        Optional<UUID> account = jdbc.sql("SELECT account_id FROM app.dictation_attempt WHERE id = :id AND award IS NOT NULL")
                .param("id", attemptId).query((rs, n) -> rs.getObject("account_id", UUID.class)).optional();
        if (account.isEmpty() || account.get() == null) {
            return;
        }
        String initials = journey.memberName(account.get()).map(MemberName::initials).orElse("");
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO app.dictation_certificate (attempt_id, code, edition_title, award, awarded_on, holder_initials,
                  issued_at)
                SELECT a.id, :code, e.title, a.award, (a.awarded_at AT TIME ZONE 'Europe/Moscow')::date, :initials, :now
                FROM app.dictation_attempt a JOIN app.dictation_edition e ON e.id = a.edition_id
                WHERE a.id = :id
                ON CONFLICT (attempt_id) DO NOTHING
                """).param("code", VerificationCode.random().value()).param("initials", initials)
                .param("now", Timestamp.from(now)).param("id", attemptId).update();
    }

    /** The certificate of the account's attempt in an edition, once the results are out. */
    @Transactional(readOnly = true)
    public Optional<Certificate> of(UUID accountId, long editionId) {
        return jdbc.sql(SELECT + " WHERE a.account_id = :account AND a.edition_id = :edition")
                .param("account", accountId).param("edition", editionId).query(Certificates::certificate).optional();
    }

    /** Every certificate of the account, newest first. */
    @Transactional(readOnly = true)
    public List<Certificate> ofAccount(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE a.account_id = :account ORDER BY c.issued_at DESC, c.attempt_id")
                .param("account", accountId).query(Certificates::certificate).list();
    }

    /** The code of the attempt's certificate, for the result mail. */
    @Transactional(readOnly = true)
    public Optional<VerificationCode> codeOf(UUID attemptId) {
        return jdbc.sql("SELECT code FROM app.dictation_certificate WHERE attempt_id = :id").param("id", attemptId)
                .query(String.class).optional().map(VerificationCode::new);
    }

    /** What a typed code (or the QR code's address) names. */
    @Transactional(readOnly = true)
    public Verification verify(String typed) {
        Optional<VerificationCode> code = VerificationCode.parse(typed);
        if (code.isEmpty()) {
            return new Verification.Malformed();
        }
        return jdbc.sql(SELECT + " WHERE c.code = :code").param("code", code.get().value())
                .query(Certificates::certificate).optional()
                .<Verification>map(Verification.Found::new)
                .orElseGet(() -> new Verification.Unknown(code.get()));
    }

    /** The public address that confirms a certificate; the QR code holds it. */
    public String verifyAddress(VerificationCode code) {
        return baseUrl + "/verify/" + code.grouped();
    }

    /**
     * The PDF of the account's certificate in an edition: rendered at the first download (with the holder's name as
     * the cabinet knows it then), stored, and the stored bytes served from then on. Empty when the account has no
     * certificate there. Not one transaction: no connection is held while the PDF is laid out, and storing it is one
     * statement that only a certificate without a PDF takes.
     */
    public Optional<byte[]> pdf(UUID accountId, long editionId) {
        Optional<Certificate> certificate = of(accountId, editionId);
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        UUID attemptId = certificate.get().attemptId();
        Optional<byte[]> stored = stored(attemptId);
        if (stored.isPresent()) {
            return stored;
        }
        record Facts(int score, int maxScore, Instant issuedAt) {
        }
        Facts facts = jdbc.sql("""
                SELECT a.score, a.max_score, c.issued_at FROM app.dictation_attempt a
                JOIN app.dictation_certificate c ON c.attempt_id = a.id WHERE a.id = :id
                """).param("id", attemptId).query((rs, n) -> new Facts(rs.getInt("score"), rs.getInt("max_score"),
                        rs.getTimestamp("issued_at").toInstant())).single();
        Certificate found = certificate.get();
        String holder = journey.memberName(accountId).map(MemberName::fullName).orElse(found.holderInitials());
        byte[] rendered = pdf.render(new CertificatePdf.Certificate(found.award().label(), holder, found.editionTitle(),
                Points.outOf(facts.score(), facts.maxScore()), found.awardedOn(), found.code().grouped(),
                verifyAddress(found.code())), facts.issuedAt());
        // two first downloads at once: the first to store wins, and both serve what was stored
        jdbc.sql("UPDATE app.dictation_certificate SET pdf = :pdf, pdf_rendered_at = :now WHERE attempt_id = :id AND pdf IS NULL")
                .param("pdf", rendered).param("now", Timestamp.from(clock.instant())).param("id", attemptId).update();
        return stored(attemptId);
    }

    private Optional<byte[]> stored(UUID attemptId) {
        return jdbc.sql("SELECT pdf FROM app.dictation_certificate WHERE attempt_id = :id AND pdf IS NOT NULL")
                .param("id", attemptId).query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    private static final String SELECT = """
            SELECT c.attempt_id, c.code, e.code AS edition_code, c.edition_title, c.award, c.awarded_on, c.holder_initials,
                   a.score, a.max_score
            FROM app.dictation_certificate c JOIN app.dictation_attempt a ON a.id = c.attempt_id
            JOIN app.dictation_edition e ON e.id = a.edition_id
            """;

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        Date awardedOn = rs.getDate("awarded_on");
        return new Certificate(rs.getObject("attempt_id", UUID.class), new VerificationCode(rs.getString("code")),
                rs.getString("edition_code"), rs.getString("edition_title"), Award.valueOf(rs.getString("award")), awardedOn.toLocalDate(),
                rs.getString("holder_initials"), Points.outOf(rs.getInt("score"), rs.getInt("max_score")));
    }
}
