package org.unioncabinet.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refusal the cabinet expects inside the engine (a reviewer's decision without a reason, say, thrown by a task
 * listener as a {@link FormFieldValidationException} with the Russian message) is answered as a refusal, with one
 * log line, not as a failure:
 * <ul>
 * <li>the engine wraps whatever a task listener throws in a plain {@code ProcessEngineException} (ENGINE-03051), which
 * the web apps' API answers with 500; unwrapped, {@code submit-form} answers 400 with the message;</li>
 * <li>the engine logs every exception leaving a command at ERROR with its stack trace, but a bad user request only at
 * DEBUG; a form field's refusal is one too, and so is a message no journey waits for (a confirmation link or an
 * action button after the journey moved on or ended): the cabinet always catches that one and answers the member,
 * with one log line of its own.</li>
 * </ul>
 * Anything else the engine throws is logged and answered as before.
 */
@Component
public class ExpectedRefusals extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ExpectedRefusals.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withUnwrapping(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withUnwrapping(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        CommandContextFactory contexts = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        // the engine hands its configuration only to a factory it creates itself
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
    }

    private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new UnwrapRefusal());
        return all;
    }

    /** Inside the command context, so the context logs (and the caller gets) the refusal itself. */
    static class UnwrapRefusal extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException wrapped) {
                for (Throwable cause = wrapped.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof FormFieldValidationException refusal) {
                        // the message is ours, fixed text; never a value a member or reviewer typed
                        log.info("Refused: {}", refusal.getMessage());
                        throw refusal;
                    }
                }
                throw wrapped;
            }
        }
    }

    static class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || exception instanceof FormFieldValidationException
                    || exception instanceof MismatchingMessageCorrelationException;
        }
    }
}
