package org.unioncabinet.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The typed process variables a diagram's expressions may read ({@code ${hasTicket == 'yes'}}), as one process
 * facade declares them. Each module that owns a diagram contributes a bean of this type: the deployment check
 * collects them all and so depends on no feature module, and a module with a new diagram needs no change there.
 */
public interface DiagramVariables {

    /** The variable names, as the engine sees them. */
    Set<String> names();

    /**
     * The names of the static {@link VariableFactory} and {@link TextVariable} fields of a facade's variables class:
     * the facade is where a variable is named, so a variable added or removed there is known here at once.
     */
    static DiagramVariables declaredIn(Class<?> variables) {
        Set<String> names = new TreeSet<>();
        for (Field field : variables.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value;
            try {
                value = field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
            if (value instanceof VariableFactory<?> factory) {
                names.add(factory.getName());
            } else if (value instanceof TextVariable<?> text) {
                names.add(text.getName());
            }
        }
        Set<String> declared = Set.copyOf(names);
        return () -> declared;
    }
}
