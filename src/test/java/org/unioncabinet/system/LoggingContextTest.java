package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What a log line knows of its context (prod writes the context as fields of each JSON line): a request's lines carry
 * the id the response names in {@code X-Request-Id}, made here whatever the client sent; what the engine runs for a
 * journey (its mail job, a member's step) carries the journey's business key; and no context carries the member's
 * e-mail. The engine's own per-operation debug lines are listened to for the test only, then silenced again.
 */
@CabinetTest
class LoggingContextTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;

    /** Each line with its context as it was when written (logback reads the context lazily otherwise). */
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent line) {
            line.prepareForDeferredProcessing();
            super.append(line);
        }
    };
    private Logger listened;
    private Level levelBefore;

    @AfterEach
    void stopListening() {
        listened.detachAppender(lines);
        listened.setLevel(levelBefore);
        listened.setAdditive(true);
    }

    @Test
    void aRequestsLinesCarryTheIdItsResponseNamesNeverTheClients() throws Exception {
        listen(NulCharacterFilter.class.getName(), Level.INFO);

        MockHttpServletResponse first = mvc.perform(get("/login").param("q", "\u0000")
                .header(RequestIdFilter.HEADER, "forged\" \"injected")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/login")).andReturn().getResponse();

        String id = first.getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches(UUID).isNotEqualTo(second.getHeader(RequestIdFilter.HEADER));
        assertThat(second.getHeader(RequestIdFilter.HEADER)).matches(UUID);
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).contains("NUL character");
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIdFilter.MDC_KEY, id);
        });
    }

    @Test
    void whatTheEngineRunsForAJourneyCarriesItsBusinessKeyAndNoEmail() {
        // the engine writes a debug line for each operation it runs on a journey, inside that journey's context
        listen("org.camunda.bpm.engine.context", Level.DEBUG);

        Journey journey = journeys.atTheQuestion();
        journeys.complete(journey, Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), "yes"));

        List<Map<String, String>> contexts = lines.list.stream().map(ILoggingEvent::getMDCPropertyMap).toList();
        assertThat(contexts).as("the confirmation mail's job and the answered step")
                .filteredOn(context -> journey.businessKey().equals(context.get("businessKey")))
                .extracting(context -> context.get("activityId")).isNotEmpty().doesNotContainNull();
        assertThat(contexts).flatMap(Map::values).noneMatch(value -> value.contains("@"));
    }

    private void listen(String logger, Level level) {
        listened = (Logger) LoggerFactory.getLogger(logger);
        levelBefore = listened.getLevel();
        listened.setLevel(level);
        // into the list only, not the test's console
        listened.setAdditive(false);
        lines.start();
        listened.addAppender(lines);
    }
}
