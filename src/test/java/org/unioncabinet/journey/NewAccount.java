package org.unioncabinet.journey;

import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/**
 * Steps 1–3 of the instruction as a member takes them in the browser: «Создать», the e-mail, the password
 * twice, the signature agreement, «Создать личный кабинет», the link from the real mail, and the answer to
 * «У Вас есть электронный профсоюзный билет?» with «Продолжить». The mail job is run where the member waits.
 * Not a bean: the test package is scanned by every application a test starts, not only the shared one.
 */
final class NewAccount {

    private final AccountRepository accounts;
    private final Jobs jobs;
    private final Mails mails;

    NewAccount(AccountRepository accounts, Jobs jobs, Mails mails) {
        this.accounts = accounts;
        this.jobs = jobs;
        this.mails = mails;
    }

    /** @return the new account's id, the business key of the member's processes */
    String createAndAnswer(Browser browser, String email, String hasTicketAnswer) {
        browser.open("/");
        browser.click(browser.link("Создать"));
        browser.typeInto("Email", email);
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.typeInto("Повторите пароль", Members.PASSWORD);
        browser.tick("даю согласие на её использование");
        browser.click(browser.button("Создать личный кабинет"));
        browser.waitForHeading("Подтвердите email");
        String accountId = accounts.findByEmail(EmailAddress.normalize(email)).orElseThrow().getId().toString();
        jobs.runDue(accountId);
        browser.open(mails.lastLinkPath(email));
        browser.form();
        browser.tick(hasTicketAnswer);
        browser.click(browser.button("Продолжить"));
        return accountId;
    }
}
