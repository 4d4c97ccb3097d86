package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The certificate of an awarded attempt: issued with the award, downloaded by its holder only (rendered once, the same
 * bytes after), its QR code leading to the public verify page, which shows the initials and never the name; unknown
 * and malformed codes get their answers, and too many lookups from one address a 429.
 */
@CabinetTest
class CertificateWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Editions editions;
    @Autowired
    Members members;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    MembershipCheck membership;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    Certificates certificates;
    @Autowired
    DictationDataSection dataSection;
    @Autowired
    AccountService accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Journeys journeys;
    @Autowired
    OrganisationSearch organisations;

    Account linkedMember(String lastName, String firstName, String middleName) {
        Account account = members.register(Members.newEmail());
        membership.link(account.getId(), registry.add(lastName, firstName, middleName, LocalDate.of(1986, 4, 2)).id());
        return account;
    }

    /** Takes the demo edition, every answer right, and lets its results timer (due at once) run. */
    UUID awarded(Account member) throws Exception {
        mvc.perform(post("/cabinet/dictation/demo/start").param("consent", "yes").with(csrf())
                .with(user(MemberPrincipal.of(member))));
        UUID attempt = jdbc.sql("SELECT id FROM app.dictation_attempt WHERE account_id = :account")
                .param("account", member.getId()).query(UUID.class).single();
        for (Editions.Question question : editions.questions(editions.byCode("demo").orElseThrow().id())) {
            String right = String.join(",", jdbc.sql("SELECT id::text FROM app.dictation_option WHERE question_id = :q "
                    + "AND correct ORDER BY id").param("q", question.id()).query(String.class).list());
            mvc.perform(post("/cabinet/dictation/demo/answers").with(csrf()).with(user(MemberPrincipal.of(member)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"question\":" + question.id() + ",\"options\":[" + right + "]}"));
        }
        mvc.perform(post("/cabinet/dictation/demo/finish").with(csrf()).with(user(MemberPrincipal.of(member))));
        jobs.runDue(attempt.toString());
        return attempt;
    }

    MockHttpServletResponse download(Account member) throws Exception {
        return mvc.perform(get("/cabinet/dictation/demo/certificate").with(user(MemberPrincipal.of(member))))
                .andReturn().getResponse();
    }

    /** A public request from its own client address, so that the limit counts it apart from other tests. */
    static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void theHolderDownloadsTheCertificateWhoseQrCodeOpensTheVerifyPage() throws Exception {
        Account holder = linkedMember("Сертификатова", "Анна", "Павловна");
        UUID attempt = awarded(holder);
        VerificationCode code = certificates.codeOf(attempt).orElseThrow();
        String edition = editions.byCode("demo").orElseThrow().title();

        MockHttpServletResponse first = download(holder);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        byte[] pdf = first.getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Диплом I степени", "Сертификатова Анна Павловна", edition, "12 из 12 баллов",
                    code.grouped(), certificates.verifyAddress(code));
            assertThat(qrCodeOn(new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB)))
                    .isEqualTo(certificates.verifyAddress(code)).endsWith("/verify/" + code.grouped());
        }
        assertThat(download(holder).getContentAsByteArray()).as("stored at the first download, served as it is")
                .isEqualTo(pdf);
        assertThat(jdbc.sql("SELECT count(*) FROM app.dictation_certificate WHERE attempt_id = :id AND pdf IS NOT NULL")
                .param("id", attempt).query(Long.class).single()).isOne();

        Account another = linkedMember("Другая", "Вера", "Ивановна");
        assertThat(download(another).getStatus()).as("another member, who has no certificate here").isEqualTo(404);
        assertThat(mvc.perform(get("/cabinet/dictation/demo/certificate")).andReturn().getResponse().getRedirectedUrl())
                .as("the anonymous").isEqualTo("/login");

        // the cabinet (of a registered member: the journey that linked it is over), the attempt's page and the result
        // mail lead to it
        accounts.confirm(holder.getId());
        runtime.deleteProcessInstance(members.journey(holder).getId(), "registered elsewhere (test)");
        String cabinet = mvc.perform(get("/cabinet").with(user(MemberPrincipal.of(holder)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(cabinet).contains("Мои документы", "Диплом I степени — " + edition,
                "href=\"/cabinet/dictation/demo/certificate\"", "Результат: 12 из 12 баллов. Код проверки " + code.grouped());
        assertThat(mvc.perform(get("/cabinet/dictation/demo").with(user(MemberPrincipal.of(holder)))).andReturn()
                .getResponse().getContentAsString()).contains("Скачать сертификат", code.grouped());
        assertThat(mails.last(holder.getEmail()).text()).contains("Мои документы", code.grouped(),
                certificates.verifyAddress(code));
        // «Мои данные» lists it as the verify page shows it
        DataSection mine = dataSection.of(holder.getId());
        assertThat(mine.toString()).contains(code.grouped(), "С. А. П.");
    }

    @Test
    void theVerifyPageShowsTheInitialsOnlyAndReadsTheCodeGenerously() throws Exception {
        Account holder = linkedMember("Проверкина", "Ольга", "Сергеевна");
        UUID attempt = awarded(holder);
        VerificationCode code = certificates.codeOf(attempt).orElseThrow();
        String address = newAddress();

        MockHttpServletResponse page = mvc.perform(from(address, get("/verify/" + code.grouped()))).andReturn()
                .getResponse();
        // as typed: lower case, no dashes, O for 0 and I for 1
        String typed = code.value().toLowerCase().replace('0', 'o').replace('1', 'i');
        MockHttpServletResponse fromTheForm = mvc.perform(from(address, get("/verify").param("code", typed)))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Сертификат подлинный", "П. О. С.", "Диплом I степени",
                editions.byCode("demo").orElseThrow().title(), code.grouped())
                .doesNotContain("Проверкина", "Ольга", "Сергеевна", holder.getEmail());
        assertThat(fromTheForm.getStatus()).isEqualTo(200);
        assertThat(fromTheForm.getContentAsString()).contains("Сертификат подлинный", "П. О. С.");
        assertThat(mvc.perform(from(address, get("/verify"))).andReturn().getResponse().getContentAsString())
                .contains("<label for=\"code\">Код проверки</label>", "Проверить");
    }

    @Test
    void anApplicantsCertificateCarriesTheNameOfHerApplicationAndIsOnHerStatusPage() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Account applicant = journeys.atJoinReview(Journeys.joinApplication(school)).account();
        UUID attempt = awarded(applicant);
        VerificationCode code = certificates.codeOf(attempt).orElseThrow();

        String status = mvc.perform(get("/cabinet").with(user(MemberPrincipal.of(applicant)))).andReturn().getResponse()
                .getContentAsString();

        assertThat(status).contains("Заявление получено", "Мои документы", "href=\"/cabinet/dictation/demo/certificate\"",
                "Код проверки " + code.grouped());
        try (PDDocument document = Loader.loadPDF(download(applicant).getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Соколова Мария Ивановна");
        }
        assertThat(mvc.perform(from(newAddress(), get("/verify/" + code.grouped()))).andReturn().getResponse()
                .getContentAsString()).contains("С. М. И.").doesNotContain("Соколова");
    }

    @Test
    void unknownAndMalformedCodesGetTheirAnswers() throws Exception {
        String address = newAddress();

        MockHttpServletResponse unknown = mvc.perform(from(address, get("/verify/" + VerificationCode.random().grouped())))
                .andReturn().getResponse();
        MockHttpServletResponse malformed = mvc.perform(from(address, get("/verify").param("code", "7K3M-9QXD")))
                .andReturn().getResponse();
        MockHttpServletResponse notACode = mvc.perform(from(address, get("/verify/not-a-code-at-all")))
                .andReturn().getResponse();

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Сертификат не найден", "первичную профсоюзную организацию");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains(VerifyController.MALFORMED.substring(0, 40),
                "aria-invalid=\"true\"", "id=\"code-error\"", "value=\"7K3M-9QXD\"");
        assertThat(notACode.getStatus()).isEqualTo(400);
        assertThat(notACode.getContentAsString()).contains("id=\"code-error\"");
    }

    @Test
    void tooManyLookupsFromOneAddressWaitTheirTurn() throws Exception {
        String address = newAddress();
        for (int lookup = 0; lookup < VerifyController.LOOKUPS; lookup++) {
            assertThat(mvc.perform(from(address, get("/verify/" + VerificationCode.random().grouped()))).andReturn()
                    .getResponse().getStatus()).isEqualTo(404);
        }

        MockHttpServletResponse limited = mvc.perform(from(address, get("/verify/" + VerificationCode.random().grouped())))
                .andReturn().getResponse();

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getContentAsString()).contains("Слишком много проверок", "Проверить код можно снова через");
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isPositive();
        assertThat(mvc.perform(from(newAddress(), get("/verify/" + VerificationCode.random().grouped()))).andReturn()
                .getResponse().getStatus()).as("another address").isEqualTo(404);
    }

    static String qrCodeOn(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

}
