package org.unioncabinet.legal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public pages with the full texts anyone may read before agreeing (the signature agreement, the personal-data policy):
 * the current version at a stable address, every earlier one at {@code …/v<version>}, each page listing them all.
 */
@Controller
public class LegalTextController {

    public static final String SIGNATURE_AGREEMENT = "/documents/signature-agreement";
    public static final String PRIVACY_POLICY = "/documents/privacy-policy";

    private static final Map<LegalTextKind, String> ADDRESSES = Map.of(
            LegalTextKind.SIGNATURE_AGREEMENT, SIGNATURE_AGREEMENT,
            LegalTextKind.PRIVACY_POLICY, PRIVACY_POLICY);

    private final LegalTexts texts;

    public LegalTextController(LegalTexts texts) {
        this.texts = texts;
    }

    @GetMapping(SIGNATURE_AGREEMENT)
    public String currentSignatureAgreement(Model model) {
        return show(texts.current(LegalTextKind.SIGNATURE_AGREEMENT), model);
    }

    @GetMapping(SIGNATURE_AGREEMENT + "/v{version}")
    public String signatureAgreement(@PathVariable int version, Model model) {
        return show(LegalTextKind.SIGNATURE_AGREEMENT, version, model);
    }

    @GetMapping(PRIVACY_POLICY)
    public String currentPrivacyPolicy(Model model) {
        return show(texts.current(LegalTextKind.PRIVACY_POLICY), model);
    }

    @GetMapping(PRIVACY_POLICY + "/v{version}")
    public String privacyPolicy(@PathVariable int version, Model model) {
        return show(LegalTextKind.PRIVACY_POLICY, version, model);
    }

    private String show(LegalTextKind kind, int version, Model model) {
        return show(texts.version(kind, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                model);
    }

    private String show(LegalText text, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("versions", texts.versions(text.getKind()));
        model.addAttribute("address", ADDRESSES.get(text.getKind()));
        return "legal/text";
    }
}
