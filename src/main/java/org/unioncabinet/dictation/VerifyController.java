package org.unioncabinet.dictation;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.Sha256;

/**
 * The public page that confirms a certificate: {@code /verify} with a form to type the code, {@code /verify/{code}}
 * where the QR code leads. It shows the edition, the award, the date and the holder's initials, nothing more.
 * Lookups are limited per client address (behind {@code TRUSTED_PROXIES}, the address the proxy saw), counted in the
 * database so that every node counts together; the key is hashed, so the table holds no client addresses.
 */
@Controller
class VerifyController {

    static final int LOOKUPS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String MALFORMED = "Код проверки — 16 латинских букв и цифр, например 7K3M-9QXD-2ABF-H4TR. "
            + "Проверьте, что он введён полностью.";

    private final Certificates certificates;
    private final ActionCooldown cooldown;

    VerifyController(Certificates certificates, ActionCooldown cooldown) {
        this.certificates = certificates;
        this.cooldown = cooldown;
    }

    /** The form; with {@code ?code=} (the form sent) the answer for that code. */
    @GetMapping("/verify")
    String form(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (code == null) {
            return "dictation/verify";
        }
        return answer(code, request, response, model);
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable("code") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return answer(code, request, response, model);
    }

    private String answer(String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Duration> wait = cooldown.tryAcquire("verify-client:" + Sha256.hex(String.valueOf(request.getRemoteAddr())),
                LOOKUPS, WINDOW);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("retryIn", seconds < 120 ? seconds + " сек." : ((seconds + 59) / 60) + " мин.");
            return "dictation/verify-limit";
        }
        model.addAttribute("typed", code.length() > 40 ? code.substring(0, 40) : code);
        Certificates.Verification verification = certificates.verify(code);
        if (verification instanceof Certificates.Verification.Found found) {
            model.addAttribute("certificate", found.certificate());
        } else if (verification instanceof Certificates.Verification.Unknown unknown) {
            response.setStatus(404);
            model.addAttribute("unknown", unknown.code());
        } else {
            response.setStatus(400);
            model.addAttribute("error", MALFORMED);
        }
        return "dictation/verify";
    }
}
