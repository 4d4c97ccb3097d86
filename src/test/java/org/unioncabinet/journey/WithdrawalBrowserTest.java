package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.withdrawal.ConsentWithdrawalProcess;

/**
 * On a phone: an applicant under review presses «Отозвать согласие», reads what changes, ticks the box, signs with the
 * mailed code, and sees the withdrawal's course; each page without serious or critical accessibility violations.
 */
@CabinetTest
class WithdrawalBrowserTest {

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();

    private final Browser browser = PHONE.browser();

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    TaskService tasks;

    @Test
    void anApplicantWithdrawsHerConsentAndSeesItsCourse() {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey = journeys.atJoinReview(Journeys.joinApplication(school));
        browser.open("/login");
        browser.typeInto("Email", journey.email());
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.click(browser.button("Войти"));
        browser.waitForHeading("Заявление получено");

        browser.click(browser.button("Отозвать согласие"));
        browser.form();
        browser.waitForText("Что произойдёт, когда Вы подпишете заявление");
        browser.assertAccessibleOnPhoneAndDesktop("the withdrawal's consequences");
        Browser.assertOpensInANewTab(browser.link("Заявление об отзыве согласия на обработку персональных данных"));
        browser.tick("Я понимаю последствия и отзываю согласие на обработку персональных данных");
        browser.click(browser.button("Подписать заявление"));
        waitUntilConfirmed(journey);
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());

        browser.open("/cabinet");
        browser.waitForHeading("Согласие на обработку персональных данных отозвано");
        assertThat(browser.bodyText()).contains("Регистрация в личном кабинете прекращена")
                .contains("ожидается не позднее");
        browser.assertAccessibleOnPhoneAndDesktop("the withdrawal's course");
    }

    /** The browser's submission reaches the server on its own time: wait for the confirmation step to be done. */
    private void waitUntilConfirmed(Journey journey) {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey())
                .taskDefinitionKey(ConsentWithdrawalProcess.Elements.CONFIRM).count() > 0) {
            assertThat(System.nanoTime()).as("the confirmation submitted within 20 s").isLessThan(giveUp);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
