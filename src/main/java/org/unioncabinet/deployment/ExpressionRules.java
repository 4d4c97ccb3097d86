package org.unioncabinet.deployment;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.unioncabinet.system.DiagramTimers;

/**
 * What an expression in a model may be, decided on the syntax tree that JUEL's own parser builds, with the features
 * the engine's expression factory has on (method calls and varargs: the JEE6 profile of {@code ExpressionFactoryImpl}).
 * Whatever is not one of the forms below is refused, so a construct nobody thought of is refused too:
 * <ul>
 * <li>a value: process variables, literals, comparisons, {@code and}, {@code or}, {@code not};</li>
 * <li>a delegate or listener: {@code ${bean}}, one of the cabinet's beans implementing what the engine calls;</li>
 * <li>a timer: a value, or {@code ${timers.method()}} on a bean marked {@link DiagramTimers};</li>
 * <li>a called process's business key: a value, or {@code #{execution.processBusinessKey}}.</li>
 * </ul>
 * Each method answers the problem in the words an analyst reads, or nothing.
 */
final class ExpressionRules {

    /** What the engine calls on a bean named by a delegate expression, and how an analyst names it. */
    enum Delegate {
        TASK(JavaDelegate.class, "делегатом сервисной задачи (JavaDelegate)"),
        EXECUTION_LISTENER(ExecutionListener.class, "слушателем выполнения (ExecutionListener)"),
        TASK_LISTENER(TaskListener.class, "слушателем задачи (TaskListener)"),
        VARIABLE_MAPPING(DelegateVariableMapping.class, "передачей переменных (DelegateVariableMapping)");

        final Class<?> type;
        final String words;

        Delegate(Class<?> type, String words) {
            this.type = type;
            this.words = words;
        }
    }

    static final String VALUE_HINT = "допустимы переменные процесса, значения и их сравнения (${hasTicket == 'yes'}), "
            + "and, or, not; всё остальное — работа для разработчика";
    static final String TIMER_HINT = "срок таймера — значение ISO 8601 (P3D), переменная процесса или срок из настроек "
            + "(${registrationTimers.reminderAfter()})";

    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Set<AstBinary.Operator> COMPARISONS_AND_LOGIC = Set.of(AstBinary.EQ, AstBinary.NE,
            AstBinary.LT, AstBinary.LE, AstBinary.GT, AstBinary.GE, AstBinary.AND, AstBinary.OR);

    private final ModelVocabulary vocabulary;
    /** Read once per check: the facades do not change while a deployment is checked. */
    private final Set<String> variables;

    ExpressionRules(ModelVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.variables = Set.copyOf(vocabulary.variables());
    }

    /**
     * A place where the engine expects a value or a condition. {@code alsoKnown}: names the engine defines there
     * besides the process variables (a multi-instance's {@code loopCounter} and element variable).
     */
    Optional<String> value(String text, Set<String> alsoKnown) {
        return parsed(text, root -> forbidden(root, alsoKnown).map(why -> refused(text, why + "; " + VALUE_HINT)));
    }

    /** A timer's date, duration or cycle. */
    Optional<String> timer(String text, Set<String> alsoKnown) {
        return parsed(text, root -> {
            if (root instanceof AstEval eval && eval.getChild(0) instanceof AstMethod method) {
                return timerMethod(text, method);
            }
            return forbidden(root, alsoKnown).map(why -> refused(text, why + "; " + TIMER_HINT));
        });
    }

    /** A called process's business key: the caller's own, or a value. */
    Optional<String> businessKey(String text, Set<String> alsoKnown) {
        return parsed(text, root -> {
            if (root instanceof AstEval eval && eval.getChild(0) instanceof AstDot dot
                    && dot.getChild(0) instanceof AstIdentifier
                    && structure(dot).equals("execution.processBusinessKey")) {
                return Optional.empty();
            }
            return forbidden(root, alsoKnown).map(why -> refused(text, why + "; бизнес-ключ вызываемого процесса — "
                    + "#{execution.processBusinessKey} или переменная процесса"));
        });
    }

    /**
     * Whether an expression naming this would reach a bean where no variable of that name is set (the engine looks
     * for a variable first, then for a bean).
     */
    boolean isBean(String name) {
        return vocabulary.beanType(name).isPresent();
    }

    /** A delegate expression: exactly {@code ${bean}}, the bean one of ours and of the type the engine calls. */
    Optional<String> delegate(String text, Delegate kind) {
        AstNode root;
        try {
            root = tree(text);
        } catch (TreeBuilderException e) {
            return Optional.of(unreadable(text, e));
        }
        if (!(root instanceof AstEval eval) || !(eval.getChild(0) instanceof AstIdentifier bean)) {
            return Optional.of("выражение «" + text + "» должно называть компонент приложения: ${имяКомпонента}; "
                    + "новый компонент — работа для разработчика");
        }
        Optional<Class<?>> type = vocabulary.beanType(bean.getName());
        if (type.isEmpty()) {
            return Optional.of("выражение «" + text + "»: в приложении нет компонента «" + bean.getName()
                    + "»; новая сервисная задача или новый слушатель — работа для разработчика");
        }
        if (!vocabulary.isOwnCode(type.get()) || !kind.type.isAssignableFrom(type.get())) {
            return Optional.of("выражение «" + text + "»: компонент «" + bean.getName() + "» не является " + kind.words);
        }
        return Optional.empty();
    }

    private Optional<String> timerMethod(String text, AstMethod method) {
        if (!(method.getChild(0) instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier bean)
                || method.getChild(1).getCardinality() > 0) {
            return Optional.of(refused(text, "вызов «" + structure(method) + "»; " + TIMER_HINT));
        }
        String name = structure(dot).substring(bean.getName().length() + 1);
        Optional<Class<?>> type = vocabulary.beanType(bean.getName());
        if (type.isEmpty() || !vocabulary.isOwnCode(type.get()) || !DiagramTimers.class.isAssignableFrom(type.get())) {
            return Optional.of(refused(text, "«" + bean.getName() + "» — не компонент сроков из настроек; " + TIMER_HINT));
        }
        boolean declared = Arrays.stream(type.get().getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name))
                .anyMatch(ExpressionRules::isDuration);
        return declared ? Optional.empty()
                : Optional.of(refused(text, "у компонента сроков «" + bean.getName() + "» нет срока «" + name + "()»"));
    }

    /** What a timer bean offers: its own public methods that take nothing and give something. */
    private static boolean isDuration(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !method.isSynthetic() && !method.isBridge();
    }

    /** The first part of a value expression that is not allowed, in words; empty when all of it is. */
    private Optional<String> forbidden(AstNode node, Set<String> alsoKnown) {
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            return variables.contains(name) || alsoKnown.contains(name) ? Optional.empty()
                    : Optional.of("«" + name + "» — не переменная процесса");
        }
        if (node instanceof AstMethod) {
            return Optional.of("вызов метода «" + structure(node) + "»");
        }
        if (node instanceof AstProperty) {
            return Optional.of("обращение «" + structure(node) + "»");
        }
        if (node instanceof AstFunction) {
            return Optional.of("функция «" + structure(node) + "»");
        }
        if (node instanceof AstBinary binary && !COMPARISONS_AND_LOGIC.contains(binary.getOperator())) {
            return Optional.of("оператор «" + binary.getOperator() + "»");
        }
        if (node instanceof AstUnary unary && unary.getOperator() != AstUnary.NOT) {
            return Optional.of("оператор «" + unary.getOperator() + "»");
        }
        boolean composed = node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary;
        if (!composed && !(node instanceof AstLiteral) && !(node instanceof AstText)) {
            // the conditional operator, and whatever a later JUEL adds
            return Optional.of("конструкция «" + structure(node) + "»");
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> inner = forbidden((AstNode) node.getChild(i), alsoKnown);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private interface Check {
        Optional<String> of(AstNode root);
    }

    /** Text without ${…} or #{…} is taken literally by the engine, so it is allowed wherever a value is. */
    private static Optional<String> parsed(String text, Check check) {
        AstNode root;
        try {
            root = tree(text);
        } catch (TreeBuilderException e) {
            return Optional.of(unreadable(text, e));
        }
        return root instanceof AstText ? Optional.empty() : check.of(root);
    }

    private static AstNode tree(String text) {
        return (AstNode) JUEL.build(text).getRoot();
    }

    private static String structure(AstNode node) {
        StringBuilder text = new StringBuilder();
        node.appendStructure(text, null);
        return text.toString();
    }

    private static String refused(String text, String why) {
        return "выражение «" + text + "» не допускается: " + why;
    }

    private static String unreadable(String text, TreeBuilderException e) {
        return "выражение «" + text + "» не читается (" + e.getMessage() + ")";
    }
}
