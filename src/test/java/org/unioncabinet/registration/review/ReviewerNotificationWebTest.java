package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.reviewer.ReviewerNotifications;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalCsrf;

/**
 * «Уведомления о заявлениях» ({@code /review/notifications}): a reviewer signed in to Tasklist reads and changes their
 * own choice, and only their own; the anonymous and members are sent to Tasklist's login and may change nothing.
 */
@CabinetTest
class ReviewerNotificationWebTest {

    private static final String PAGE = "/review/notifications";
    private static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    Members members;
    @Autowired
    ReviewerNotifications notifications;

    @Test
    void aReviewerSwitchesToTheDailyDigestAndBackForThemselvesOnly() throws Exception {
        String reviewer = CamundaUsers.create(identity, "ppo1");
        String colleague = CamundaUsers.create(identity, "ppo1");
        MockHttpSession tasklist = CamundaUsers.webappSession(engine, reviewer);

        String page = mvc.perform(get(PAGE).session(tasklist)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Уведомления о заявлениях").contains("о каждом заявлении").contains("раз в день")
                .contains("по московскому времени").contains("name=\"_csrf\"")
                .containsPattern("value=\"each\"\\s+checked");

        // a reviewer id in the form is not who the choice is for: the session says who
        mvc.perform(post(PAGE).session(tasklist).with(PortalCsrf.csrf()).param("delivery", "daily")
                        .param("reviewer", colleague).param("reviewerId", colleague))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "?saved=true"));
        assertThat(notifications.wantsDigest(reviewer)).isTrue();
        assertThat(notifications.wantsDigest(colleague)).as("the colleague's choice is theirs").isFalse();
        assertThat(mvc.perform(get(PAGE + "?saved=true").session(tasklist)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Сохранено.")
                .containsPattern("value=\"daily\"\\s+checked");

        mvc.perform(post(PAGE).session(tasklist).with(PortalCsrf.csrf()).param("delivery", "each"))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.wantsDigest(reviewer)).isFalse();

        mvc.perform(post(PAGE).session(tasklist).with(PortalCsrf.csrf()).param("delivery", "weekly"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(PAGE).session(tasklist).param("delivery", "daily"))
                .andExpect(status().isForbidden());
        assertThat(notifications.wantsDigest(reviewer)).as("no change without the portal's CSRF token").isFalse();
    }

    @Test
    void theAnonymousAndMembersAreSentToTheTasklistLoginAndChangeNothing() throws Exception {
        Account member = members.register(Members.newEmail());

        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(TASKLIST_LOGIN));
        mvc.perform(get(PAGE).with(user(MemberPrincipal.of(member))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(TASKLIST_LOGIN));
        mvc.perform(post(PAGE).with(PortalCsrf.csrf()).param("delivery", "daily")).andExpect(status().isNotFound());
        mvc.perform(post(PAGE).with(user(MemberPrincipal.of(member))).with(PortalCsrf.csrf())
                .param("delivery", "daily")).andExpect(status().isNotFound());
        assertThat(notifications.wantsDigest(member.getId().toString())).isFalse();
    }
}
