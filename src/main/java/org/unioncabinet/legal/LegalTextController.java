package org.unioncabinet.legal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Public pages with the full agreement texts, the current one and every earlier version. */
@Controller
public class LegalTextController {

    private final LegalTexts texts;

    public LegalTextController(LegalTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/documents/signature-agreement")
    public String currentSignatureAgreement(Model model) {
        model.addAttribute("text", texts.current(LegalTextKind.SIGNATURE_AGREEMENT));
        return "legal/text";
    }

    @GetMapping("/documents/signature-agreement/v{version}")
    public String signatureAgreement(@PathVariable int version, Model model) {
        model.addAttribute("text", texts.version(LegalTextKind.SIGNATURE_AGREEMENT, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "legal/text";
    }
}
