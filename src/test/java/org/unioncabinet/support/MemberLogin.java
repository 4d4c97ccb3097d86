package org.unioncabinet.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.unioncabinet.support.PortalCsrf.csrf;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A member's browser session after «Войти», for web tests. */
public final class MemberLogin {

    private MemberLogin() {
    }

    public static MockHttpSession session(MockMvc mvc, String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session)
                        .param("email", email).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));
        return session;
    }
}
