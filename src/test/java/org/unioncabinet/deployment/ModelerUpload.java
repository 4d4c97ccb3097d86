package org.unioncabinet.deployment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * What Camunda Modeler's «Deploy» sends for a diagram with its forms attached («Include additional
 * files»): the files of processes/ and forms/, each one changeable by the test first.
 */
final class ModelerUpload {

    /** Every deployment a test makes carries this name, so {@link #deleteAll} finds and removes it. */
    static final String DEPLOYMENT_NAME = "analysts-test-deployment";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";

    private final Map<String, String> files = new LinkedHashMap<>();

    private ModelerUpload() {
    }

    /** A diagram from processes/ and every form from forms/, unchanged. */
    static ModelerUpload diagramWithAllForms(String diagram) {
        ModelerUpload upload = new ModelerUpload().with(Path.of("processes", diagram));
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            forms.filter(file -> file.toString().endsWith(".form")).sorted().forEach(upload::with);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return upload;
    }

    /** A file of the analyst's own, e.g. a new diagram, as the only file of the deployment. */
    static ModelerUpload file(String name, String content) {
        return new ModelerUpload().add(name, content);
    }

    static ModelerUpload diagramOnly(String diagram) {
        return new ModelerUpload().with(Path.of("processes", diagram));
    }

    private ModelerUpload with(Path file) {
        try {
            files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ModelerUpload change(String file, UnaryOperator<String> change) {
        String before = files.get(file);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("The change to " + file + " changed nothing");
        }
        files.put(file, after);
        return this;
    }

    ModelerUpload add(String file, String content) {
        files.put(file, content);
        return this;
    }

    /** The request as Modeler 5 makes it, as the admin of the test configuration. */
    MockHttpServletRequestBuilder asAdmin() {
        return request().with(httpBasic(ADMIN, ADMIN_PASSWORD));
    }

    MockMultipartHttpServletRequestBuilder request() {
        MockMultipartHttpServletRequestBuilder request = multipart("/engine-rest/deployment/create");
        files.forEach((name, content) -> request.file(
                new MockMultipartFile(name, name, "text/xml", content.getBytes(StandardCharsets.UTF_8))));
        request.param("deployment-name", DEPLOYMENT_NAME)
                .param("deployment-source", "Camunda Modeler")
                .param("deploy-changed-only", "true");
        request.header("Accept", "application/json");
        return request;
    }

    /** Removes the test's deployments with their journeys, so other tests see the diagrams of processes/ again. */
    static void deleteAll(RepositoryService repository) {
        repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true, true));
    }
}
