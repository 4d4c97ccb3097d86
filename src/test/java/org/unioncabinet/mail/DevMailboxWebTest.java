package org.unioncabinet.mail;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Members;

/** The development mailbox as JSON, which the load run reads when it drives a running instance. */
@CabinetTest
class DevMailboxWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;

    @Test
    void givesTheMailsToOneAddressWithTheirText() throws Exception {
        String email = Members.newEmail();
        String someoneElse = Members.newEmail();
        jobs.runDue(members.register(email).getId().toString());
        jobs.runDue(members.register(someoneElse).getId().toString());

        mvc.perform(get("/mailbox/messages").param("to", email.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].to").value(email))
                .andExpect(jsonPath("$[0].subject").value(Matchers.not(Matchers.emptyString())))
                .andExpect(jsonPath("$[0].text").value(Matchers.containsString("/confirm?token=")));
        mvc.perform(get("/mailbox/messages").param("to", "nobody@example.ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/mailbox/messages")).andExpect(status().isBadRequest());
    }
}
