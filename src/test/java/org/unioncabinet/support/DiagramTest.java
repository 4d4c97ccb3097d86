package org.unioncabinet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * A test of one diagram on the bare engine ({@link Diagrams#engine}): Mockito for the services behind the
 * delegates, BPMN Assert pointed at the diagram engine, and the delegates a test registers in {@code Mocks}
 * forgotten after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({MockitoExtension.class, DiagramTest.Delegates.class})
public @interface DiagramTest {

    /** BPMN Assert on the diagram engine before each test; no delegate of one test left for the next. */
    class Delegates implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            BpmnAwareTests.init(ProcessEngines.getProcessEngine(DiagramEngineConfiguration.ENGINE_NAME));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Mocks.reset();
        }
    }
}
