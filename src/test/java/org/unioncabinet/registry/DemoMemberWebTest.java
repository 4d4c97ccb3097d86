package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.support.CabinetTest;

/** A newcomer can try variant 1 again: the development mailbox adds a fresh demo member to the registry. */
@CabinetTest
class DemoMemberWebTest {

    private static final Pattern TICKET = Pattern.compile("(\\d{4}(?: \\d{4}){3})");

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryMemberRepository registry;

    @Test
    void eachPressAddsAMemberWithANewTicketThatTheRegistryKnows() throws Exception {
        assertThat(mvc.perform(get("/mailbox")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Новый демонстрационный член Профсоюза");

        String first = ticketOn(mvc.perform(post("/demo/members").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String second = ticketOn(mvc.perform(post("/demo/members").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(first).isNotEqualTo(second);
        assertThat(registry.findByTicketNumber(first.replace(" ", ""))).isPresent();
        assertThat(registry.findByTicketNumber(second.replace(" ", ""))).isPresent();
        mvc.perform(post("/demo/members")).andExpect(status().isForbidden());
    }

    private static String ticketOn(String page) {
        assertThat(page).contains("Демонстрационный член Профсоюза").contains("Проверка профсоюзного членства");
        Matcher ticket = TICKET.matcher(page);
        assertThat(ticket.find()).as("a ticket number on the page").isTrue();
        return ticket.group(1);
    }
}
