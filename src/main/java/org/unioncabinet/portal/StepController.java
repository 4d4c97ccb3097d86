package org.unioncabinet.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.signing.Submitter;
import org.unioncabinet.system.MailRateLimit;

/** The form-js viewer posts a step's data here; answers are JSON for src/main/frontend/src/portal.js. */
@RestController
public class StepController {

    /** The body form-js sends: {@code {"data": {...}}}. */
    public record StepSubmission(Map<String, Object> data) {
    }

    private final MemberSteps steps;

    public StepController(MemberSteps steps) {
        this.steps = steps;
    }

    @PostMapping(path = "/cabinet/steps/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal MemberPrincipal member,
            @PathVariable String taskId, @RequestBody StepSubmission submission, HttpServletRequest request) {
        Map<String, Object> data = submission == null || submission.data() == null ? Map.of() : submission.data();
        MemberSteps.Submission result = steps.submit(member.accountId(), taskId, data, submitter(request));
        if (result instanceof MemberSteps.Submission.Completed) {
            return ResponseEntity.ok(Map.of("redirect", "/cabinet"));
        }
        if (result instanceof MemberSteps.Submission.Rejected rejected) {
            return ResponseEntity.unprocessableEntity().body(Map.of("errors", rejected.errors(),
                    "message", "Проверьте поля, отмеченные красным."));
        }
        if (result instanceof MemberSteps.Submission.Refused refused) {
            // shown above the form (portal.js); the member's data stays in the form
            return ResponseEntity.unprocessableEntity().body(Map.of("errors", Map.of(), "message", refused.message()));
        }
        if (result instanceof MemberSteps.Submission.AlreadyDone) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("message", "Этот шаг уже выполнен. Обновите страницу, чтобы перейти к следующему."));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Шаг не найден."));
    }

    /** An action button beside the form (a plain form post, so it works like any other button). */
    @PostMapping("/cabinet/steps/{taskId}/actions/{message}")
    public RedirectView act(@AuthenticationPrincipal MemberPrincipal member, @PathVariable String taskId,
            @PathVariable String message, RedirectAttributes redirect, HttpServletRequest request) {
        MemberSteps.ActionOutcome outcome = steps.act(member.accountId(), taskId, message, request.getRemoteAddr());
        if (outcome instanceof MemberSteps.ActionOutcome.WentBack) {
            return new RedirectView("/cabinet", true);
        }
        if (outcome instanceof MemberSteps.ActionOutcome.Done) {
            redirect.addFlashAttribute("actionNotice", "Готово. Проверьте почту, в том числе папку «Спам».");
        } else if (outcome instanceof MemberSteps.ActionOutcome.Refused refused) {
            redirect.addFlashAttribute("actionNotice", refused.message());
        } else if (outcome instanceof MemberSteps.ActionOutcome.Limited limited) {
            redirect.addFlashAttribute("actionNotice", MailRateLimit.message(limited.remaining()));
        } else if (outcome instanceof MemberSteps.ActionOutcome.CoolingDown cooling) {
            redirect.addFlashAttribute("actionNotice", "Письмо уже отправлено. Повторить можно через "
                    + Math.max(1, cooling.remaining().toSeconds()) + " сек.");
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new RedirectView("/cabinet", true);
    }

    private static Submitter submitter(HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        return new Submitter(request.getRemoteAddr(),
                userAgent == null ? "" : userAgent.substring(0, Math.min(userAgent.length(), 500)));
    }

    /** Fields the form does not have, or a body that is not the JSON form-js sends: the same answer. */
    @ExceptionHandler({FormDataValidator.UnknownFieldsException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, Object>> unknownFields() {
        return ResponseEntity.badRequest().body(Map.of("message",
                "Форма устарела или заполнена неверно. Обновите страницу и заполните её ещё раз."));
    }
}
