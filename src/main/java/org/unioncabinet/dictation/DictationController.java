package org.unioncabinet.dictation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.login.MemberPrincipal;

/**
 * {@code /cabinet/dictation/{edition}}: the rules and «Начать», then the questions on one page while the attempt
 * runs (each choice saved at once by {@code assets/dictation.js}), then where the attempt stands. The correct answers
 * are never read here.
 */
@Controller
class DictationController {

    static final String TIME_UP = "Время на участие вышло: ответы, выбранные после этого, не принимаются. "
            + "Сохранённые ответы засчитаны.";
    static final String FINISHED = "Вы уже завершили участие: ответы больше не принимаются.";

    private final Editions editions;
    private final Attempts attempts;
    private final LegalTexts legalTexts;
    private final Clock clock;
    private final Certificates certificates;

    DictationController(Editions editions, Attempts attempts, LegalTexts legalTexts, Clock clock,
            Certificates certificates) {
        this.editions = editions;
        this.attempts = attempts;
        this.legalTexts = legalTexts;
        this.clock = clock;
        this.certificates = certificates;
    }

    /** A choice as the page's script sends it. */
    record Answer(long question, List<Long> options) {
    }

    @GetMapping("/cabinet/dictation/{edition}")
    String page(@AuthenticationPrincipal MemberPrincipal member, @PathVariable("edition") String code, Model model) {
        Optional<Editions.Edition> found = editions.byCode(code);
        if (found.isEmpty()) {
            model.addAttribute("title", "Выпуск не найден");
            model.addAttribute("message", "Такого выпуска «Профсоюзного диктанта» нет. Открытые выпуски — в личном кабинете.");
            return "dictation/missing";
        }
        Editions.Edition edition = found.get();
        Instant now = clock.instant();
        model.addAttribute("edition", edition);
        Optional<Attempts.Attempt> attempt = attempts.of(member.accountId(), edition.id());
        if (attempt.isPresent() && attempt.get().isRunningAt(now)) {
            model.addAttribute("attempt", attempt.get());
            model.addAttribute("secondsLeft", attempt.get().secondsLeftAt(now));
            model.addAttribute("questions", editions.questions(edition));
            model.addAttribute("chosen", attempts.answers(attempt.get().id()).values().stream()
                    .flatMap(Set::stream).collect(java.util.stream.Collectors.toSet()));
            model.addAttribute("dictationScript", true);
            return "dictation/questions";
        }
        if (attempt.isPresent()) {
            model.addAttribute("attempt", attempt.get());
            certificates.of(member.accountId(), edition.id())
                    .ifPresent(certificate -> model.addAttribute("certificate", certificate));
            return "dictation/finished";
        }
        model.addAttribute("open", edition.isOpenAt(now));
        model.addAttribute("closed", !now.isBefore(edition.closesAt()));
        model.addAttribute("eligible", attempts.isEligible(member.accountId()));
        boolean consentGiven = attempts.hasConsent(member.accountId());
        model.addAttribute("consentGiven", consentGiven);
        if (!consentGiven) {
            // shown only with the box to tick
            model.addAttribute("consentText", legalTexts.current(LegalTextKind.DICTATION_CONSENT));
        }
        return "dictation/rules";
    }

    /** «Начать»: with the consent ticked (once), the attempt starts by the server's clock. */
    @PostMapping("/cabinet/dictation/{edition}/start")
    String start(@AuthenticationPrincipal MemberPrincipal member, @PathVariable("edition") String code,
            @RequestParam(name = "consent", required = false) String consent, RedirectAttributes redirect) {
        UUID account = member.accountId();
        Optional<Editions.Edition> edition = editions.byCode(code);
        if (edition.isPresent() && consent != null && !attempts.hasConsent(account)
                && edition.get().isOpenAt(clock.instant()) && attempts.isEligible(account)) {
            attempts.consent(account);
        }
        Attempts.Start outcome = edition.isPresent() ? attempts.start(account, edition.get()) : Attempts.Start.NO_EDITION;
        String message = switch (outcome) {
            case STARTED, ALREADY_STARTED, NO_EDITION -> null;
            case NOT_OPEN_YET -> "Выпуск ещё не открыт: начать можно с времени открытия, указанного в правилах.";
            case CLOSED -> "Выпуск уже закрыт: участие в нём больше невозможно.";
            case NOT_ELIGIBLE -> "Участвовать могут члены Профсоюза, чей личный кабинет привязан к АИС «Единый реестр», "
                    + "и подписавшие заявление о вступлении в Профсоюз. Завершите регистрацию в личном кабинете.";
            case NO_CONSENT -> "Чтобы начать, отметьте согласие на обработку персональных данных участника.";
            case TAKEN_IN_ANOTHER_CABINET -> "Вы уже участвуете или участвовали в этом выпуске из другого личного "
                    + "кабинета: одному человеку в каждом выпуске даётся одна попытка. Продолжите в том кабинете.";
        };
        if (message != null) {
            redirect.addFlashAttribute("warning", message);
        }
        return edition.isPresent() ? "redirect:/cabinet/dictation/" + code : "redirect:/cabinet";
    }

    /** One choice, saved at once; refused after the deadline by the server's clock. */
    @PostMapping(path = "/cabinet/dictation/{edition}/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> answer(@AuthenticationPrincipal MemberPrincipal member,
            @PathVariable("edition") String code, @RequestBody Answer answer) {
        Attempts.Saved saved = attempts.save(member.accountId(), code, answer.question(),
                answer.options() == null ? List.of() : answer.options());
        return switch (saved.outcome()) {
            case SAVED -> ResponseEntity.ok(Map.of("saved", true, "secondsLeft", saved.secondsLeftAt(clock.instant())));
            case TIME_UP -> ResponseEntity.status(409).body(Map.of("saved", false, "secondsLeft", 0, "message", TIME_UP));
            case FINISHED -> ResponseEntity.status(409).body(Map.of("saved", false, "secondsLeft", 0, "message", FINISHED));
            case NOT_STARTED -> ResponseEntity.status(404).body(Map.of("saved", false, "message",
                    "Участие в этом выпуске не начато."));
            case INVALID -> ResponseEntity.badRequest().body(Map.of("saved", false, "message",
                    "Такого варианта ответа у этого вопроса нет. Обновите страницу."));
        };
    }

    /**
     * «Завершить». The page's form carries every choice (a browser without the script sends them only here), each
     * saved while the time lasts, then the attempt is closed.
     */
    @PostMapping("/cabinet/dictation/{edition}/finish")
    String finish(@AuthenticationPrincipal MemberPrincipal member, @PathVariable("edition") String code,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Optional<Editions.Edition> edition = editions.byCode(code);
        if (edition.isEmpty() || attempts.of(member.accountId(), edition.get().id()).isEmpty()) {
            return edition.isPresent() ? "redirect:/cabinet/dictation/" + code : "redirect:/cabinet";
        }
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            Optional<Long> question = number(field.getKey().startsWith("q") ? field.getKey().substring(1) : "");
            List<Long> options = field.getValue().stream().map(DictationController::number)
                    .flatMap(Optional::stream).toList();
            if (question.isPresent() && options.size() == field.getValue().size()) {
                attempts.save(member.accountId(), code, question.get(), options);
            }
        }
        boolean finished = attempts.finish(member.accountId(), code);
        redirect.addFlashAttribute(finished ? "notice" : "warning", finished
                ? "Участие завершено: Ваши ответы приняты." : "Время на участие вышло раньше: засчитаны ответы, "
                        + "сохранённые до его окончания.");
        return "redirect:/cabinet/dictation/" + code;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
