package org.unioncabinet.registration.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.ProductionLogging;

/**
 * A confirmation link followed after its journey ended (an operator cancelled it): the engine refuses the message,
 * the member gets the Russian page and the log one line, no stack trace, under production's log levels. Waits the
 * ten seconds the link gives a journey to catch up.
 */
@CabinetTest
@ExtendWith({OutputCaptureExtension.class, ProductionLogging.class})
class EndedJourneyLinkTest {

    @Test
    void aLinkOfAnEndedJourneyGetsAPageAndOneLogLine(CapturedOutput output, @Autowired MockMvc mvc,
            @Autowired Members members, @Autowired Jobs jobs, @Autowired Mails mails, @Autowired RuntimeService runtime)
            throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(account.getId().toString()).list()
                .forEach(journey -> runtime.deleteProcessInstance(journey.getId(), "cancelled by an operator"));
        int before = output.getAll().length();

        MockHttpServletResponse page = mvc.perform(get(mails.lastLinkPath(email))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Не удалось подтвердить email");
        List<String> logged = Arrays.asList(output.getAll().substring(before).split("\\R"));
        assertThat(logged).filteredOn(line -> line.contains("did not wait for it")).singleElement().asString()
                .contains("INFO");
        assertThat(logged).as("no stack trace").noneMatch(line -> line.startsWith("\tat ") || line.contains("ENGINE-"));
    }
}
