package org.unioncabinet.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.account.Account;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** «Политика обработки персональных данных»: published in versions, linked from every page's footer and every consent. */
@CabinetTest
class PrivacyPolicyWebTest {

    private static final String POLICY = "/documents/privacy-policy";
    private static final String LINK = "href=\"" + POLICY + "\"";

    @Autowired
    LegalTexts texts;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @LocalServerPort
    int port;

    @Test
    void theStableAddressShowsTheCurrentVersionWithItsDate() {
        LegalText current = texts.current(LegalTextKind.PRIVACY_POLICY);

        var page = new PortalClient(port).get(POLICY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Политика обработки персональных данных</h1>")
                .contains("Редакция " + current.getVersion() + " от ")
                .contains("Общероссийский Профсоюз образования (адрес: 119119, г. Москва, Ленинский проспект, д. 42")
                .contains("Трансграничная передача персональных данных не осуществляется")
                .contains("раздел «Мои данные»").contains("«Изменить email»").contains("«Отозвать согласие»")
                .contains("«Удалить кабинет»").contains("«Заявление об изменении персональных данных»")
                .doesNotContain("Это прежняя редакция");
    }

    @Test
    void everyVersionStaysReachableAndAnUnknownOneIsNotFound() {
        PortalClient browser = new PortalClient(port);
        List<LegalText> versions = texts.versions(LegalTextKind.PRIVACY_POLICY);
        assertThat(versions).isNotEmpty();

        for (LegalText version : versions) {
            var page = browser.get(POLICY + "/v" + version.getVersion());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Редакция " + version.getVersion() + " от ");
        }
        assertThat(browser.get(POLICY + "/v" + (versions.get(0).getVersion() + 1)).statusCode()).isEqualTo(404);
    }

    @Test
    void everyPagesFooterLinksToThePolicy() {
        PortalClient visitor = new PortalClient(port);
        for (String page : List.of("/", "/login", "/register", "/password/forgot", "/password/reset?token=x",
                "/email/confirm?token=x", "/documents/signature-agreement", POLICY)) {
            assertThat(footer(page, visitor.get(page, PortalClient.BROWSER).body())).contains(LINK);
        }
        String email = Members.newEmail();
        members.register(email);
        PortalClient member = new PortalClient(port);
        member.logIn(email, Members.PASSWORD);
        for (String page : List.of("/cabinet", "/cabinet/password", "/cabinet/email")) {
            var response = member.get(page, PortalClient.BROWSER);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(footer(page, response.body())).contains(LINK);
        }
        var error = member.get("/cabinet/no-such-page", PortalClient.BROWSER);
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(footer("the error page", error.body())).contains(LINK);
    }

    @Test
    void theMailsFooterLinksToThePolicy() {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());

        var mail = mails.last(email);

        assertThat(mail.subject()).isEqualTo(MailTemplate.CONFIRMATION_LINK.subject());
        assertThat(mail.html()).contains(POLICY + "\"").contains("Политика обработки персональных данных");
    }

    @Test
    void everyConsentOffersThePolicy() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> consentForms = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".form")).sorted().toList()) {
                String form = Files.readString(file);
                boolean member = !form.contains("/review/documents/");
                if (member && (form.contains("\"personalDataConsent\"") || form.contains("\"advertisingConsent\"")
                        || form.contains("/cabinet/documents/{{personalDataConsentDocumentId}}"))) {
                    consentForms.add(file.getFileName().toString());
                    List<String> texts = new ArrayList<>();
                    for (JsonNode component : json.readTree(form).path("components")) {
                        texts.add(component.path("text").asText(""));
                    }
                    assertThat(texts).as(file.toString()).anyMatch(text -> text.contains("](" + POLICY + ")"));
                }
            }
        }
        assertThat(consentForms).contains("ticket-consents.form", "join-application.form",
                "consent-documents-review.form", "join-documents-review.form");

        // «Мои согласия» in the member's cabinet: TicketVariantWebTest
        assertThat(main(new PortalClient(port).get("/register").body())).as("«Создать»: the signature agreement")
                .contains(LINK);
    }

    private static String footer(String address, String page) {
        int start = page.indexOf("<footer");
        assertThat(start).as("the footer of %s", address).isNotNegative();
        return page.substring(start, page.indexOf("</footer>", start));
    }

    private static String main(String page) {
        int start = page.indexOf("<main");
        return page.substring(start, page.indexOf("</main>", start));
    }
}
