package org.unioncabinet.portal;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.async.DeferredResult;
import org.unioncabinet.correction.CorrectionStatements;
import org.unioncabinet.dictation.DictationOffers;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.withdrawal.ConsentWithdrawals;
import org.unioncabinet.withdrawal.WithdrawalView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /cabinet}: the member's current step, rendered from its Camunda Form, or where they stand. */
@Controller
public class CabinetController {

    private final MemberSteps steps;
    private final MemberCabinet memberCabinet;
    private final ObjectMapper json;
    private final NextStepWatch nextStep;
    private final CorrectionStatements corrections;
    private final CabinetProgress progress;
    private final ConsentWithdrawals withdrawals;
    private final DictationOffers dictation;

    CabinetController(MemberSteps steps, MemberCabinet memberCabinet, ObjectMapper json, NextStepWatch nextStep,
            CorrectionStatements corrections, CabinetProgress progress, ConsentWithdrawals withdrawals,
            DictationOffers dictation) {
        this.withdrawals = withdrawals;
        this.nextStep = nextStep;
        this.corrections = corrections;
        this.progress = progress;
        this.dictation = dictation;
        this.memberCabinet = memberCabinet;
        this.steps = steps;
        this.json = json;
    }

    /**
     * One read-only transaction for the whole page: the engine's queries and the record's reads join it, where each
     * would otherwise be a transaction of its own (about ten per page).
     */
    @GetMapping("/cabinet")
    @Transactional(readOnly = true)
    public String cabinet(@AuthenticationPrincipal MemberPrincipal member, Model model) throws JsonProcessingException {
        Optional<MemberStep> step = steps.current(member.accountId());
        if (step.isPresent()) {
            model.addAttribute("step", step.get());
            model.addAttribute("schemaJson", inert(step.get().form().json()));
            model.addAttribute("dataJson", inert(json.writeValueAsString(step.get().data())));
            return "cabinet/step";
        }
        // a member who withdrew her personal-data consent sees its course, not the services she gave up
        Optional<WithdrawalView> withdrawal = withdrawals.signedOf(member.accountId());
        if (withdrawal.isPresent()) {
            model.addAttribute("withdrawal", withdrawal.get());
            return "cabinet/withdrawal";
        }
        // the latest «Заявление об изменении персональных данных», wherever the member stands; a statement still a
        // draft with no step of the member's waiting is between its steps (a code or its PDF on the way)
        Optional<CorrectionStatements.StatusLine> correction = corrections.status(member.accountId());
        correction.ifPresent(line -> model.addAttribute("correction", line));
        RegistrationJourney.Progress status = progress.of(member.accountId(), correction);
        Optional<MemberCabinet.View> cabinet = status.stage() == RegistrationJourney.Stage.MEMBER
                ? memberCabinet.of(member.accountId()) : Optional.empty();
        if (cabinet.isPresent()) {
            model.addAttribute("cabinet", cabinet.get());
            model.addAttribute("dictation", dictation.of(member.accountId()));
            return "cabinet/home";
        }
        model.addAttribute("status", status);
        if (status.stage() == RegistrationJourney.Stage.APPLICATION_RECEIVED) {
            model.addAttribute("documents", memberCabinet.signedDocuments(member.accountId()));
            model.addAttribute("issuedDocuments", memberCabinet.issuedDocuments(member.accountId()));
            status.application().ifPresent(line -> model.addAttribute("joinApplication", line));
            // an applicant under review may withdraw her consent too: the registration then stops
            model.addAttribute("personalDataConsent", memberCabinet.personalDataConsent(member.accountId()).orElse(null));
            model.addAttribute("dictation", dictation.of(member.accountId()));
        }
        // Between steps a job is running (a mail going out); the page looks again by itself (assets/next-step.js).
        model.addAttribute("autoRefresh", status.stage() == RegistrationJourney.Stage.PROCESSING);
        model.addAttribute("email", member.email());
        return "cabinet/status";
    }

    /**
     * The long poll of «Обрабатываем Ваши данные» (src/main/frontend/src/nextStep.js): {@code {"ready": true}} as soon
     * as {@code /cabinet} would show something else, {@code {"ready": false}} after 20 s of waiting, 429 to a member
     * who already waits in a few tabs.
     */
    @GetMapping(path = "/cabinet/next-step", produces = MediaType.APPLICATION_JSON_VALUE)
    public DeferredResult<ResponseEntity<Map<String, Boolean>>> nextStep(
            @AuthenticationPrincipal MemberPrincipal member) {
        return nextStep.await(member.accountId());
    }

    /**
     * JSON placed inside a script element: "<", ">" and "&" only ever occur inside JSON strings, where
     * their \\u escapes mean the same, so a member's "</script>" in a name cannot end the element.
     */
    static String inert(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
