package org.unioncabinet.system;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import io.holunda.camunda.bpm.data.adapter.WrongVariableTypeException;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * A process variable kept as text because the diagram or a form reads it as text: a gateway compares an outcome
 * ({@code ${signingOutcome == 'SIGNED'}}), form-js sends a date as {@code 1985-03-14} and a select's choice as a
 * string, Tasklist's review form answers {@code approve}. Java reads and writes it as its type: an enum, a date, an
 * id. camunda-bpm-data's factories cover the engine's own types ({@link VariableFactory}); this adds text with a
 * meaning, on top of its string variable. Text that is not one of the type's values reads as absent: such text
 * comes only from outside (a tampered form), and absent is what the caller already handles.
 */
public final class TextVariable<T> {

    private final VariableFactory<String> text;
    private final Function<String, Optional<T>> parse;
    private final Function<T, String> format;

    private TextVariable(String name, Function<String, Optional<T>> parse, Function<T, String> format) {
        this.text = stringVariable(name);
        this.parse = parse;
        this.format = format;
    }

    /** An enum stored by its constant's name ({@code SIGNED}). */
    public static <E extends Enum<E>> TextVariable<E> enumByName(String name, Class<E> type) {
        return enumByValue(name, type, Enum::name);
    }

    /** An enum stored by a value of its own ({@code approve} for {@code APPROVE}), as a form's options say it. */
    public static <E extends Enum<E>> TextVariable<E> enumByValue(String name, Class<E> type, Function<E, String> value) {
        Map<String, E> byValue = Arrays.stream(type.getEnumConstants())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(value, Function.identity()));
        return new TextVariable<>(name, stored -> Optional.ofNullable(byValue.get(stored)), value);
    }

    /** Free text that arrives from outside the portal's validation (Tasklist's forms post straight to the engine). */
    public static TextVariable<String> plain(String name) {
        return new TextVariable<>(name, Optional::of, Function.identity());
    }

    /** A date as form-js sends it: ISO {@code yyyy-MM-dd}. */
    public static TextVariable<LocalDate> isoDate(String name) {
        return new TextVariable<>(name, stored -> {
            try {
                return Optional.of(LocalDate.parse(stored));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }, LocalDate::toString);
    }

    /** A numeric id as a select sends it: {@code "4711"}. */
    public static TextVariable<Long> numericId(String name) {
        return new TextVariable<>(name, stored -> {
            try {
                return Optional.of(Long.parseLong(stored));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }, String::valueOf);
    }

    public String getName() {
        return text.getName();
    }

    /** The value, or empty when the variable is absent, null, not text or not one of the type's values. */
    public Optional<T> find(VariableScope scope) {
        try {
            return text.from(scope).getOptional().flatMap(parse);
        } catch (WrongVariableTypeException notText) {
            return Optional.empty();
        }
    }

    /** The same, read from outside a delegate (an operator's command). */
    public Optional<T> find(RuntimeService runtime, String executionId) {
        try {
            return text.from(runtime, executionId).getOptional().flatMap(parse);
        } catch (WrongVariableTypeException notText) {
            return Optional.empty();
        }
    }

    /** The same, read from values on their way into the engine (a step's form data). */
    public Optional<T> find(Map<String, Object> values) {
        return values.get(getName()) instanceof String stored ? parse.apply(stored) : Optional.empty();
    }

    /** Whether the values hold any text for it at all, one of the type's values or not (to tell «not chosen» apart). */
    public boolean isGivenIn(Map<String, Object> values) {
        return values.get(getName()) != null;
    }

    /** @throws IllegalStateException naming the variable when {@link #find} is empty: the diagram should have set it */
    public T get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("No valid process variable " + getName()));
    }

    public void set(VariableScope scope, T value) {
        text.on(scope).set(value == null ? null : format.apply(value));
    }

    public void remove(VariableScope scope) {
        text.on(scope).remove();
    }

    /** Puts the value into variables to start a process or complete a task with. */
    public VariableMap putInto(VariableMap variables, T value) {
        return variables.putValueTyped(getName(), Variables.stringValue(format.apply(value)));
    }
}
