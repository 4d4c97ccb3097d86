package org.unioncabinet;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.camunda.bpm.engine.CaseService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Process variables are read and written through one typed facade per process ({@code RegistrationProcess},
 * {@code DocumentSigningProcess}, …) and camunda-bpm-data's factories, never with the engine's untyped API
 * ({@code (String) execution.getVariable("x")}), whose names and casts no compiler checks.
 */
class ProcessVariableAccessTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.unioncabinet");

    /** Where the engine's variable API is the point: the facades, and the two pieces they are made of. */
    static final DescribedPredicate<JavaClass> FACADES = describe("a process facade",
            type -> type.getSimpleName().endsWith("Process") || type.getName().endsWith("system.TextVariable")
                    || type.getName().endsWith("signing.Submitter")
                    // the process-driven portal hands a form the simple variables of its own task, whatever they
                    // are: the form, not Java, names them
                    || type.getName().endsWith("portal.MemberSteps")
                    // a review task's fingerprint is every variable of the task and its process, whatever its name:
                    // what a reviewer's completion must leave as it was
                    || type.getName().endsWith("reviewer.ReviewTaskSnapshots"));

    static final List<Class<?>> VARIABLE_HOLDERS = List.of(VariableScope.class, VariableMap.class, RuntimeService.class,
            TaskService.class, FormService.class, CaseService.class);

    @Test
    void onlyTheProcessFacadesUseTheEnginesUntypedVariables() {
        noClasses().that(DescribedPredicate.not(FACADES))
                .should().callMethodWhere(target(owner(describe("a holder of process variables",
                        owner -> VARIABLE_HOLDERS.stream().anyMatch(owner::isAssignableTo))))
                        .and(target(nameMatching("(get|set|remove|has)Variable.*|getVariables.*|(get|put)Value.*"))))
                .because("a variable's name and type are said once, in the process's facade")
                .check(MAIN);
    }
}
