package org.unioncabinet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncabinet.correction.CorrectionVictims;
import org.unioncabinet.system.DatabaseTraffic;

/**
 * The one Spring context every integration, process and browser test shares: the whole app on a
 * random port, real PostgreSQL, the real engine (jobs driven by the test), the in-process SMTP server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Jobs.class, Mails.class, Members.class, RegistryFixtures.class, Journeys.class, MockMvcSessions.class,
        TestMemberSteps.class, PersonalDataFixtures.class, DatabaseTraffic.class, CorrectionVictims.class,
        DictationEditions.class})
public @interface CabinetTest {
}
