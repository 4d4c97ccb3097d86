package org.unioncabinet.correction;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.unioncabinet.login.MemberPrincipal;

/**
 * «Подать заявление об изменении персональных данных», from the cabinet or the page of the wait after failed checks:
 * a plain page that takes the supporting scan (a Camunda Form cannot upload a file) and starts the statement; its
 * fields are the next step, a Camunda Form like every other.
 */
@Controller
class CorrectionController {

    static final String PAGE = "correction/new";

    private final CorrectionJourney journey;
    private final CorrectionStatements statements;

    CorrectionController(CorrectionJourney journey, CorrectionStatements statements) {
        this.journey = journey;
        this.statements = statements;
    }

    @GetMapping("/cabinet/corrections/new")
    String form(@AuthenticationPrincipal MemberPrincipal member, Model model) {
        CorrectionStatements.Eligibility eligibility = statements.eligibility(member.accountId());
        model.addAttribute("refusal", eligibility.refusal());
        model.addAttribute("linked", eligibility == CorrectionStatements.Eligibility.LINKED);
        return PAGE;
    }

    @PostMapping("/cabinet/corrections")
    String start(@AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(name = "scan", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        Optional<Scan> scan = Optional.empty();
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > Scan.MAX_BYTES) {
                return refused(model, response, Scan.TOO_LARGE, member);
            }
            Scan.Checked checked = Scan.check(file.getBytes(), file.getOriginalFilename());
            if (checked instanceof Scan.Checked.Refused refused) {
                return refused(model, response, refused.message(), member);
            }
            scan = Optional.of(((Scan.Checked.Accepted) checked).scan());
        }
        Optional<String> refusal = journey.start(member.accountId(), scan);
        if (refusal.isPresent()) {
            model.addAttribute("refusal", refusal.get());
            response.setStatus(HttpStatus.CONFLICT.value());
            return PAGE;
        }
        return "redirect:/cabinet";
    }

    private String refused(Model model, HttpServletResponse response, String message, MemberPrincipal member) {
        model.addAttribute("scanError", message);
        model.addAttribute("linked", statements.eligibility(member.accountId()) == CorrectionStatements.Eligibility.LINKED);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return PAGE;
    }
}
