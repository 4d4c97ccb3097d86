package org.unioncabinet.dictation;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.login.MemberPrincipal;

/**
 * «Скачать сертификат»: the certificate of the member's own attempt in an edition, as a PDF. The path names the
 * edition, never an attempt: a member can only ever reach their own, and one with none gets 404.
 */
@Controller
class CertificateController {

    static final String FILE_NAME = "certificate.pdf";

    private final Editions editions;
    private final Certificates certificates;

    CertificateController(Editions editions, Certificates certificates) {
        this.editions = editions;
        this.certificates = certificates;
    }

    @GetMapping("/cabinet/dictation/{edition}/certificate")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal MemberPrincipal member, @PathVariable("edition") String code) {
        byte[] pdf = editions.byCode(code).flatMap(edition -> certificates.pdf(member.accountId(), edition.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + FILE_NAME + "\"")
                .body(pdf);
    }
}
