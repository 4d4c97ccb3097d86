package org.unioncabinet.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.legal.LegalText;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.system.Sha256;

/**
 * The member's documents: PDFs made from the current legal texts and the member's data, signed with the
 * simple electronic signature, stamped, and listed in «Мои документы». The bytes a member signs are kept
 * exactly as they were generated, with their SHA-256, so a signature can be checked against them later.
 */
@Service
public class Documents {

    private static final Pattern ADDRESSEE_PREFIX = Pattern.compile(
            "^(ППО|Первичн(ая|ой) профсоюзн(ая|ой) организаци[яи])\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final String CONSENT_TEMPLATE = "documents/consent";
    static final String JOIN_APPLICATION_TEMPLATE = "documents/join-application";
    static final String CORRECTION_STATEMENT_TEMPLATE = "documents/correction-statement";

    /** The registration's documents: a new batch of them supersedes the member's unsigned drafts of these. */
    private static final EnumSet<DocumentKind> REGISTRATION_KINDS = EnumSet.of(DocumentKind.JOIN_APPLICATION,
            DocumentKind.PERSONAL_DATA_CONSENT, DocumentKind.ADVERTISING_CONSENT);

    private final StoredDocumentRepository repository;
    private final LegalTexts legalTexts;
    private final PdfRenderer renderer;
    private final SignatureStamp stamp;
    private final Consents consents;
    private final JdbcClient jdbc;
    private final Clock clock;

    Documents(StoredDocumentRepository repository, LegalTexts legalTexts, PdfRenderer renderer,
            SignatureStamp stamp, Consents consents, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.legalTexts = legalTexts;
        this.renderer = renderer;
        this.stamp = stamp;
        this.consents = consents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes a new batch of consent documents for the member to sign (variant 1): the personal-data consent
     * always, the advertising consent only if the member opted in; each a separate PDF from the current text
     * version. The member's earlier unsigned drafts become {@link DocumentStatus#SUPERSEDED}, so going back
     * and signing again always signs fresh documents (and a dropped opt-in leaves no draft).
     *
     * @return the batch id
     */
    @Transactional
    public UUID prepareConsents(UUID accountId, DocumentHolder holder, boolean advertising) {
        return newBatch(accountId, holder.fullName(), consentKinds(advertising), REGISTRATION_KINDS,
                (kind, text, now) -> renderer.render(CONSENT_TEMPLATE, consentVariables(text, holder, now),
                        text.getTitle(), now));
    }

    /**
     * Makes a new batch for someone joining the union (variant 2): the application to join, addressed to the
     * chosen primary organisation, with the personal-data consent attached, and the advertising consent only
     * if the applicant opted in; each a separate PDF from the current text version. As with
     * {@link #prepareConsents}, the member's earlier unsigned drafts become {@link DocumentStatus#SUPERSEDED}:
     * after «Изменить данные» the member signs documents made from the corrected data.
     *
     * @return the batch id; {@link #batch} lists the application first
     */
    @Transactional
    public UUID prepareJoinDocuments(UUID accountId, JoinApplicant applicant, boolean advertising) {
        List<DocumentKind> kinds = new ArrayList<>();
        kinds.add(DocumentKind.JOIN_APPLICATION);
        kinds.addAll(consentKinds(advertising));
        DocumentHolder holder = applicant.holder();
        return newBatch(accountId, holder.fullName(), kinds, REGISTRATION_KINDS,
                (kind, text, now) -> kind == DocumentKind.JOIN_APPLICATION
                ? renderer.render(JOIN_APPLICATION_TEMPLATE, joinApplicationVariables(text, applicant, now),
                        text.getTitle(), now)
                : renderer.render(CONSENT_TEMPLATE, consentVariables(text, holder, now), text.getTitle(), now));
    }

    /**
     * Makes the batch of a correction statement («Заявление об изменении персональных данных»): the one PDF, from the
     * current text version, the data as the registry has them and as the member asks for them. Only the member's
     * unsigned drafts of a correction statement are superseded: a registration on its way keeps its own.
     *
     * @return the batch id; {@link #batch} holds the statement alone
     */
    @Transactional
    public UUID prepareCorrectionStatement(UUID accountId, CorrectionFacts facts) {
        return newBatch(accountId, facts.holderName(), List.of(DocumentKind.CORRECTION_STATEMENT),
                EnumSet.of(DocumentKind.CORRECTION_STATEMENT),
                (kind, text, now) -> renderer.render(CORRECTION_STATEMENT_TEMPLATE,
                        correctionVariables(text, facts, now), text.getTitle(), now));
    }

    /**
     * The documents of one batch, in the order they are presented: the application, the personal-data
     * consent, the advertising consent (the order {@link DocumentKind} declares).
     */
    @Transactional(readOnly = true)
    public List<MemberDocument> batch(UUID batchId) {
        return repository.findBatch(batchId).stream().sorted(Comparator.comparing(MemberDocument::kind)).toList();
    }

    /** The member's signed documents, for «Мои документы», the most recently signed first. */
    @Transactional(readOnly = true)
    public List<MemberDocument> ofAccount(UUID accountId) {
        return repository.findOfAccount(accountId, DocumentStatus.SIGNED);
    }

    /** The exact bytes to sign (or that were signed): what a signature's SHA-256 is computed over. */
    @Transactional(readOnly = true)
    public byte[] content(UUID documentId) {
        return find(documentId).getContent();
    }

    /**
     * Records that the member signed the document with the simple electronic signature {@code signatureId}:
     * the document becomes SIGNED, gets its stamped copy («Документ подписан простой электронной подписью»,
     * signer as the document names them, the address the code was sent to, Moscow date and time, signature id,
     * SHA-256 of the signed bytes), and a
     * consent document records its consent (the application to join gives none). Calling it again with the same
     * signature changes nothing.
     *
     * @throws IllegalStateException when the document was superseded or signed with another signature
     */
    @Transactional
    public void markSigned(UUID documentId, UUID signatureId, Instant signedAt, String codeSentTo) {
        StoredDocument document = repository.findForUpdate(documentId)
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId));
        if (document.getStatus() == DocumentStatus.SIGNED && signatureId.equals(document.getSignatureId())) {
            return;
        }
        byte[] content = document.getContent();
        if (!Sha256.hex(content).equals(document.getSha256())) {
            throw new IllegalStateException("Document " + documentId + " does not match its SHA-256");
        }
        byte[] stamped = stamp.stamp(content,
                new SignatureStamp.Facts(document.getTitle(), document.getHolderName(), codeSentTo, signedAt, signatureId));
        document.sign(signatureId, signedAt, stamped);
        document.getKind().consent().ifPresent(consent -> consents.recordSigned(document.getAccountId(), consent,
                document.getLegalTextVersion(), documentId, signedAt));
    }

    /**
     * Gives documents made by an earlier version, which kept the signer's name in the process rather than with the
     * document, the name their stamp will carry. Documents that have one keep it.
     */
    @Transactional
    public void nameHolder(UUID batchId, String holderName) {
        repository.nameHolder(batchId, holderName.replace("\u0000", ""));
    }

    /**
     * The account that signed the document, for readers other than the member (the reviewer of their
     * application); empty for unknown and for unsigned documents, which nobody but the member may see.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> signerOf(UUID documentId) {
        return repository.findById(documentId)
                .filter(document -> document.getStatus() == DocumentStatus.SIGNED)
                .map(StoredDocument::getAccountId);
    }

    /** The file for the member's own download; empty for anyone else's document. */
    @Transactional(readOnly = true)
    public Optional<DocumentFile> file(UUID accountId, UUID documentId) {
        return repository.findByIdAndAccountId(documentId, accountId)
                .map(document -> new DocumentFile(document.getTitle() + ".pdf", document.getKind().asciiFileName(),
                        document.file()));
    }

    /** A PDF to send: its Russian name, an ASCII fallback name and the bytes. */
    public record DocumentFile(String fileName, String asciiFileName, byte[] bytes) {
    }

    private StoredDocument find(UUID documentId) {
        return repository.findById(documentId).orElseThrow(() -> new NoSuchElementException("No document " + documentId));
    }

    /** How a document of a new batch is rendered. */
    @FunctionalInterface
    private interface Rendering {
        byte[] pdf(DocumentKind kind, LegalText text, Instant now);
    }

    /**
     * Supersedes the member's unsigned drafts of the {@code superseded} kinds, whatever batch they came from (a member
     * who switched from one variant to the other leaves none behind), and saves a batch of the {@code kinds} in that
     * order.
     */
    private UUID newBatch(UUID accountId, String holderName, List<DocumentKind> kinds,
            EnumSet<DocumentKind> superseded, Rendering rendering) {
        lockAccount(accountId);
        repository.supersedeDrafts(accountId, superseded);
        UUID batchId = UUID.randomUUID();
        Instant now = clock.instant();
        List<StoredDocument> documents = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            LegalText text = legalTexts.current(kind.legalText());
            byte[] pdf = rendering.pdf(kind, text, now);
            documents.add(new StoredDocument(accountId, batchId, kind, text.getTitle(), text.getVersion(), pdf,
                    holderName, now));
        }
        repository.saveAll(documents);
        return batchId;
    }

    private static List<DocumentKind> consentKinds(boolean advertising) {
        return advertising
                ? List.of(DocumentKind.PERSONAL_DATA_CONSENT, DocumentKind.ADVERTISING_CONSENT)
                : List.of(DocumentKind.PERSONAL_DATA_CONSENT);
    }

    /** One batch at a time per member: a double click cannot leave two live drafts of a document. */
    private void lockAccount(UUID accountId) {
        jdbc.sql("SELECT id FROM app.account WHERE id = :id FOR UPDATE").param("id", accountId).query(UUID.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No account " + accountId));
    }

    private static Map<String, Object> consentVariables(LegalText text, DocumentHolder holder, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", text.getTitle());
        variables.put("version", text.getVersion());
        variables.put("effectiveFrom", MoscowTime.date(text.getEffectiveFrom()));
        variables.put("paragraphs", text.getParagraphs());
        variables.put("fullName", holder.fullName());
        variables.put("birthDate", holder.birthDate() == null ? null : MoscowTime.date(holder.birthDate()));
        variables.put("email", holder.email());
        // grouped in fours, as the cabinet and the ticket show it
        variables.put("ticketNumber", TicketNumber.parse(holder.ticketNumber()).map(TicketNumber::formatted)
                .orElse(holder.ticketNumber()));
        variables.put("createdAt", MoscowTime.date(now));
        return variables;
    }

    /**
     * The organisation's name after «В первичную профсоюзную организацию»: the directory's names begin with «ППО» or
     * the words themselves, which the addressee line would otherwise say twice.
     */
    static String addressee(String primaryOrganisation) {
        return ADDRESSEE_PREFIX.matcher(primaryOrganisation).replaceFirst("");
    }

    private static Map<String, Object> correctionVariables(LegalText text, CorrectionFacts facts, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", text.getTitle());
        variables.put("version", text.getVersion());
        variables.put("effectiveFrom", MoscowTime.date(text.getEffectiveFrom()));
        variables.put("paragraphs", text.getParagraphs());
        variables.put("primaryOrganisation", facts.primaryOrganisation() == null ? null
                : addressee(facts.primaryOrganisation()));
        variables.put("facts", facts);
        variables.put("ticketNumber", TicketNumber.parse(facts.ticketNumber()).map(TicketNumber::formatted)
                .orElse(facts.ticketNumber()));
        variables.put("newBirthDate", MoscowTime.date(facts.newBirthDate()));
        variables.put("oldBirthDate", facts.oldBirthDate() == null ? null : MoscowTime.date(facts.oldBirthDate()));
        variables.put("createdAt", MoscowTime.date(now));
        return variables;
    }

    private static Map<String, Object> joinApplicationVariables(LegalText text, JoinApplicant applicant, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", text.getTitle());
        variables.put("version", text.getVersion());
        variables.put("effectiveFrom", MoscowTime.date(text.getEffectiveFrom()));
        variables.put("paragraphs", text.getParagraphs());
        variables.put("primaryOrganisation", addressee(applicant.primaryOrganisation()));
        variables.put("fullName", applicant.holder().fullName());
        variables.put("gender", applicant.genderLabel());
        variables.put("birthDate", applicant.birthDate() == null ? null : MoscowTime.date(applicant.birthDate()));
        variables.put("phone", applicant.phone());
        variables.put("email", applicant.email());
        variables.put("educationalOrganisation", applicant.educationalOrganisation());
        variables.put("unit", applicant.unit() == null || applicant.unit().isBlank() ? null : applicant.unit());
        variables.put("employmentType", applicant.employmentTypeLabel());
        variables.put("createdAt", MoscowTime.date(now));
        return variables;
    }
}
