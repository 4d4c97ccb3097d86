package org.unioncabinet.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A decision table may only be FEEL. FEEL in Camunda 7.24 cannot call Java (its external functions are off and the
 * cabinet registers no function provider); JUEL reaches every Spring bean, and a script language runs code. The file
 * is read with the DMN model API, which is what the engine's DMN transformer reads it with; an expression's language
 * is found as the transformer finds it: its own, else the file's (unless that is a FEEL namespace), else the
 * engine's default for that kind of expression.
 */
final class DmnCheck {

    /** The names under which the engine evaluates with FEEL ({@code ExpressionEvaluationHandler}). */
    private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);
    private static final String ONLY_FEEL = "в таблицах решений допускается только FEEL (язык по умолчанию: "
            + "оставьте Expression language пустым)";

    private DmnCheck() {
    }

    static List<String> problems(DeploymentResource resource, DmnDefaults defaults) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.bytes()));
        } catch (RuntimeException unreadable) {
            // the engine's transformer reads it the same way and refuses it with its own message
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String global = model.getDefinitions().getExpressionLanguage();
        if (global != null && !isFeel(global)) {
            problems.add(resource.name() + ": язык выражений файла (Expression language) «" + global
                    + "» не допускается; " + ONLY_FEEL);
        }
        for (LiteralExpression expression : model.getModelElementsByType(LiteralExpression.class)) {
            check(resource, expression, expression.getExpressionLanguage(), expression.getText(), defaults, problems);
        }
        for (UnaryTests tests : model.getModelElementsByType(UnaryTests.class)) {
            check(resource, tests, tests.getExpressionLanguage(), tests.getText(), defaults, problems);
        }
        return problems;
    }

    private static void check(DeploymentResource resource, ModelElementInstance expression, String own, Text text,
            DmnDefaults defaults, List<String> problems) {
        // a file-wide language is reported once above; here only what the expression itself says or the engine gives
        String language = own != null ? own : defaultFor(expression, defaults);
        if (language == null || isFeel(language)) {
            return;
        }
        String content = text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
        problems.add(where(resource, expression) + ": " + kind(expression) + " «" + content + "» на языке «" + language
                + "» не допускается; " + ONLY_FEEL);
    }

    private static String defaultFor(ModelElementInstance expression, DmnDefaults defaults) {
        if (expression instanceof InputExpression) {
            return defaults.inputExpression();
        }
        if (expression instanceof InputEntry || expression instanceof UnaryTests) {
            return defaults.inputEntry();
        }
        if (expression instanceof OutputEntry) {
            return defaults.outputEntry();
        }
        return defaults.literalExpression();
    }

    private static boolean isFeel(String language) {
        return FEEL.contains(language)
                || language.toLowerCase(Locale.ROOT).equals(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE);
    }

    private static String kind(ModelElementInstance expression) {
        if (expression instanceof InputExpression) {
            return "выражение входа (Input expression)";
        }
        if (expression instanceof InputEntry) {
            return "условие правила (Input entry)";
        }
        if (expression instanceof OutputEntry) {
            return "результат правила (Output entry)";
        }
        return "выражение (Literal expression)";
    }

    private static String where(DeploymentResource resource, ModelElementInstance expression) {
        ModelElementInstance element = expression;
        while (element != null && !(element instanceof Decision)) {
            element = element.getParentElement();
        }
        if (element == null) {
            return resource.name();
        }
        Decision decision = (Decision) element;
        return resource.name() + " → " + decision.getId() + (decision.getName() == null ? "" : " «" + decision.getName() + "»");
    }
}
