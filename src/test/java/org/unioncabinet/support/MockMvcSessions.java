package org.unioncabinet.support;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * MockMvc tests hand their session to each request ({@code .session(mockSession)}), as a servlet container would
 * keep it. Spring Session, which keeps the app's sessions in PostgreSQL, would replace that session with one
 * looked up by cookie, which MockMvc requests do not carry. So MockMvc requests are marked as already seen by
 * its filter; real HTTP (the browser tests, two instances in {@code RestartMidJourneyTest}) uses the database.
 */
public class MockMvcSessions implements MockMvcBuilderCustomizer {

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .requestAttr(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE));
    }
}
