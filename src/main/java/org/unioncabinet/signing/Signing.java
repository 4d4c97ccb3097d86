package org.unioncabinet.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.Sha256;

/**
 * The simple electronic signature: a 6-digit code by e-mail, bound to the exact documents it signs,
 * single-use, with a lifetime and a limited number of attempts, within the member's budget of wrong codes across
 * every code ({@link GuessBudget}); a right code writes a signature record per document and stamps it.
 */
@Service
public class Signing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningCodeRepository codes;
    private final SignatureRepository signatures;
    private final Documents documents;
    private final AccountService accounts;
    private final MemberMailer mailer;
    private final GuessBudget guesses;
    private final Clock clock;
    private final CabinetProperties.Signing settings;

    public Signing(SigningCodeRepository codes, SignatureRepository signatures, Documents documents,
            AccountService accounts, MemberMailer mailer, GuessBudget guesses, Clock clock,
            CabinetProperties properties) {
        this.codes = codes;
        this.signatures = signatures;
        this.documents = documents;
        this.accounts = accounts;
        this.mailer = mailer;
        this.guesses = guesses;
        this.clock = clock;
        this.settings = properties.signing();
    }

    /**
     * Service task «Отправить код подтверждения»: a new code replaces any earlier one of the batch. The account is
     * locked first, as an entry of a code locks it before the code's row (portal.MemberSteps): a new code asked for
     * while the member enters the old one waits for the entry instead of deadlocking with it (the benchmark met one).
     */
    @Transactional
    public void sendCode(UUID accountId, UUID batchId) {
        accounts.lock(accountId);
        Account account = accounts.find(accountId).orElseThrow(() -> new IllegalStateException("No account"));
        Instant now = clock.instant();
        retireLiveCodes(batchId, now);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        UUID id = UUID.randomUUID();
        List<MemberDocument> batch = documents.batch(batchId);
        codes.save(new SigningCode(id, accountId, batchId, codeHash(id, code), digest(batch), account.getEmail(),
                now, now.plus(settings.codeLifetime())));
        mailer.send(account.getEmail(), MailTemplate.SIGNING_CODE, Map.of(
                "code", code,
                "minutes", settings.codeLifetime().toMinutes(),
                "titles", batch.stream().map(MemberDocument::title).toList()));
    }

    /** Service task «Проверить код и подписать документы». */
    @Transactional
    public CodeCheck verify(UUID accountId, UUID batchId, String enteredCode, Submitter submitter) {
        Instant now = clock.instant();
        Optional<SigningCode> found = codes.findFirstByBatchIdAndAccountIdOrderByCreatedAtDesc(batchId, accountId);
        if (found.isEmpty() || !found.get().isLive(now)) {
            return CodeCheck.of(CodeCheck.Result.EXPIRED);
        }
        // Under the code's row lock: two entries at once cannot both take the budget's last guess.
        if (guesses.spentUntil(accountId).isPresent()) {
            return CodeCheck.of(CodeCheck.Result.REFUSED);
        }
        SigningCode code = found.get();
        int attempts = code.countAttempt();
        String entered = enteredCode == null ? "" : enteredCode.strip();
        boolean right = MessageDigest.isEqual(codeHash(code.getId(), entered).getBytes(StandardCharsets.US_ASCII),
                code.getCodeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            // The code signs the documents it was sent for; if they changed meanwhile it signs nothing. Read once:
            // the documents checked against the code are the documents signed.
            List<MemberDocument> batch = documents.batch(batchId);
            if (code.getDocumentsDigest().equals(digest(batch))) {
                code.use(now);
                sign(accountId, batch, code, now, submitter);
                return CodeCheck.of(CodeCheck.Result.VALID);
            }
        }
        guesses.spendOne(accountId);
        if (attempts >= settings.maxAttempts()) {
            code.retire(now);
            return CodeCheck.of(CodeCheck.Result.EXHAUSTED);
        }
        return new CodeCheck(CodeCheck.Result.WRONG, settings.maxAttempts() - attempts);
    }

    /** Timer «Срок действия кода истёк». */
    @Transactional
    public void expireCodes(UUID batchId) {
        retireLiveCodes(batchId, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Signature> signaturesOf(UUID accountId) {
        return signatures.findByAccountId(accountId);
    }

    private void sign(UUID accountId, List<MemberDocument> batch, SigningCode code, Instant now, Submitter submitter) {
        int agreementVersion = accounts.find(accountId).orElseThrow().getSignatureAgreementVersion();
        for (MemberDocument document : batch) {
            Signature signature = signatures.save(new Signature(document.id(), accountId, document.sha256(), code, now,
                    submitter.address(), submitter.userAgent(), agreementVersion));
            documents.markSigned(document.id(), signature.getId(), now, signature.getSignerEmail());
        }
    }

    private void retireLiveCodes(UUID batchId, Instant now) {
        codes.findByBatchIdAndUsedAtIsNullAndRetiredAtIsNull(batchId).forEach(code -> code.retire(now));
    }

    /** One fingerprint of the whole batch: the documents' own SHA-256s in a fixed order. */
    private static String digest(List<MemberDocument> batch) {
        return Sha256.hex(batch.stream()
                .map(document -> document.id() + "=" + document.sha256())
                .sorted()
                .collect(Collectors.joining("\n")));
    }

    private static String codeHash(UUID codeId, String code) {
        return Sha256.hex(codeId + ":" + code);
    }
}
