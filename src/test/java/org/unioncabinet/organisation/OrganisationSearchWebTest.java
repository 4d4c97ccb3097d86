package org.unioncabinet.organisation;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** {@code GET /cabinet/organisations?q=…}: the join form's options, for signed-in members only. */
@CabinetTest
@Import(DemoDirectoryFixture.class)
class OrganisationSearchWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    DemoDirectoryFixture directory;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession member;

    @BeforeEach
    void signedInMember() throws Exception {
        directory.ensure();
        String email = Members.newEmail();
        members.register(email);
        member = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(member).param("email", email).param("password", Members.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr("10.9.0.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/cabinet"));
    }

    @Test
    void answersFormJsOptionsWithTheShortNameMunicipalityAndInn() throws Exception {
        long id = directory.idOfShortName(DemoDirectory.EXAMPLE_SHORT_NAME);
        String inn = jdbc.sql("SELECT inn FROM app.educational_organisation WHERE id = :id").param("id", id).query(String.class).single();

        mvc.perform(get("/cabinet/organisations").param("q", "сош 15 васильевск").session(member))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].value").value(String.valueOf(id)))
                .andExpect(jsonPath("$[0].label").value("МБОУ СОШ № 15 г. Васильевска (г. Васильевск, ИНН " + inn + ")"));
    }

    @Test
    void answersAnEmptyListForNothingFoundOrTooShortAQuery() throws Exception {
        mvc.perform(get("/cabinet/organisations").param("q", "планетарий юпитер").session(member))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/cabinet/organisations").param("q", "ш").session(member))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/cabinet/organisations").session(member))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void neverAnswersMoreThanTwenty() throws Exception {
        mvc.perform(get("/cabinet/organisations").param("q", "школа").param("limit", "500").session(member))
                .andExpect(jsonPath("$", hasSize(OrganisationSearch.MAX_LIMIT)));
    }

    @Test
    void isForSignedInMembersOnly() throws Exception {
        mvc.perform(get("/cabinet/organisations").param("q", "сош 15 васильевск"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
