package org.unioncabinet.deployment;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The three paths of the Camunda 7 REST API that Camunda Modeler's «Deploy» uses, and nothing else:
 * {@code GET /engine-rest/deployment?maxResults=0} (the connection check), {@code GET /engine-rest/version}
 * and {@code POST /engine-rest/deployment/create} (multipart: {@code deployment-name},
 * {@code deployment-source}, one part per file). Answers have the REST API's shape, so Modeler shows the
 * result, or our Russian message, as it would for Camunda Run. Only Camunda admins reach this controller
 * (HTTP basic, {@code system.OperatorSecurity}); every other {@code /engine-rest} path does not exist.
 */
@RestController
@RequestMapping(path = "/engine-rest", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelerDeploymentController {

    private static final int MAX_LISTED = 100;
    /** What browsers say about a form another site posts, or a no-cors fetch; Modeler sends neither. */
    private static final Set<String> BROWSER_CROSS_SITE_MODES = Set.of("navigate", "no-cors", "nested-navigate");

    /** The REST API's error body: Modeler shows {@code message} to the analyst. */
    public record Problem(String type, String message) {
    }

    public record DeploymentView(List<Object> links, String id, String name, String source, Date deploymentTime,
            String tenantId, Map<String, DefinitionView> deployedProcessDefinitions, Object deployedCaseDefinitions,
            Object deployedDecisionDefinitions, Object deployedDecisionRequirementsDefinitions) {

        static DeploymentView of(Deployment deployment, Map<String, DefinitionView> definitions) {
            return new DeploymentView(List.of(), deployment.getId(), deployment.getName(), deployment.getSource(),
                    deployment.getDeploymentTime(), deployment.getTenantId(), definitions, null, null, null);
        }
    }

    public record DefinitionView(String id, String key, String category, String description, String name, int version,
            String resource, String deploymentId, String diagram, boolean suspended, String tenantId, String versionTag,
            Integer historyTimeToLive, boolean startableInTasklist) {

        static DefinitionView of(ProcessDefinition definition) {
            return new DefinitionView(definition.getId(), definition.getKey(), definition.getCategory(),
                    definition.getDescription(), definition.getName(), definition.getVersion(),
                    definition.getResourceName(), definition.getDeploymentId(), definition.getDiagramResourceName(),
                    definition.isSuspended(), definition.getTenantId(), definition.getVersionTag(),
                    definition.getHistoryTimeToLive(), definition.isStartableInTasklist());
        }
    }

    private final ModelerDeployments deployments;
    private final RepositoryService repository;

    public ModelerDeploymentController(ModelerDeployments deployments, RepositoryService repository) {
        this.deployments = deployments;
        this.repository = repository;
    }

    /** Modeler's connection check asks for none; a person with curl gets the latest few. */
    @GetMapping("/deployment")
    public List<DeploymentView> list(@RequestParam(defaultValue = "0") int firstResult,
            @RequestParam(defaultValue = "50") int maxResults) {
        int count = Math.max(0, Math.min(maxResults, MAX_LISTED));
        if (count == 0) {
            return List.of();
        }
        return repository.createDeploymentQuery().orderByDeploymentTime().desc()
                .listPage(Math.max(0, firstResult), count).stream()
                .map(deployment -> DeploymentView.of(deployment, null)).toList();
    }

    @GetMapping("/version")
    public Map<String, String> version() {
        return Map.of("version", ProductPropertiesUtil.getProductVersion());
    }

    @PostMapping(path = "/deployment/create", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> create(MultipartHttpServletRequest request, Principal admin) throws IOException {
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null && BROWSER_CROSS_SITE_MODES.contains(mode)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Problem("AuthorizationException",
                    "Развёртывание принимается только из Camunda Modeler, не из формы на странице"));
        }
        if (StringUtils.hasText(request.getParameter("tenant-id"))) {
            return badRequest(List.of("Кабинет не использует арендаторов: оставьте поле «Tenant ID» пустым"));
        }
        List<DeploymentResource> resources = new ArrayList<>();
        for (List<MultipartFile> files : request.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                String name = StringUtils.hasText(file.getOriginalFilename()) ? file.getOriginalFilename() : file.getName();
                resources.add(new DeploymentResource(StringUtils.getFilename(name), file.getBytes()));
            }
        }
        String name = StringUtils.hasText(request.getParameter("deployment-name"))
                ? request.getParameter("deployment-name") : "modeler";
        String source = StringUtils.hasText(request.getParameter("deployment-source"))
                ? request.getParameter("deployment-source") : "Camunda Modeler";
        DeploymentWithDefinitions deployed = deployments.deploy(name, source, resources, admin.getName());
        Map<String, DefinitionView> definitions = new LinkedHashMap<>();
        // null when the same files were sent again and nothing was deployed
        if (deployed.getDeployedProcessDefinitions() != null) {
            deployed.getDeployedProcessDefinitions().forEach(definition ->
                    definitions.put(definition.getId(), DefinitionView.of(definition)));
        }
        return ResponseEntity.ok(DeploymentView.of(deployed, definitions));
    }

    @ExceptionHandler(DeploymentRefusedException.class)
    ResponseEntity<Problem> refused(DeploymentRefusedException refused) {
        return badRequest(refused.problems());
    }

    /** The engine's own parse errors (ENGINE-09005 …): Modeler recognises and shows them. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Problem> notDeployable(ProcessEngineException failure) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem("ParseException", failure.getMessage()));
    }

    private static ResponseEntity<Problem> badRequest(List<String> problems) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem("InvalidRequestException", "Развёртывание отклонено. " + String.join("\n", problems)));
    }
}
