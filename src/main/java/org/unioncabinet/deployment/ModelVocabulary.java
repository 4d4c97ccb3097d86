package org.unioncabinet.deployment;

import java.util.Optional;
import java.util.Set;

/**
 * What a model's expressions may name: the typed process variables, and the beans an expression would reach by
 * name. The Spring application answers from its context ({@link ApplicationVocabulary}); a test on a bare engine
 * answers with a few names of its own.
 */
interface ModelVocabulary {

    /** The variables the process facades declare. */
    Set<String> variables();

    /** The class of the bean of that name, or empty when the application has none. Never creates the bean. */
    Optional<Class<?>> beanType(String name);

    /**
     * Whether the class is the cabinet's own code: a delegate or listener must be one of ours, not a library's bean
     * that happens to implement {@code JavaDelegate}.
     */
    boolean isOwnCode(Class<?> type);
}
