package org.unioncabinet.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

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

/** A member's own document as a PDF in the browser: stamped once signed, else the draft to be signed. */
@Controller
public class DocumentController {

    private final Documents documents;

    public DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/cabinet/documents/{id}")
    public ResponseEntity<byte[]> download(@AuthenticationPrincipal MemberPrincipal member, @PathVariable String id) {
        // Someone else's document, a malformed id and an unknown one all get the same 404.
        Documents.DocumentFile file = parse(id).flatMap(documentId -> documents.file(member.accountId(), documentId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(file.fileName(), file.asciiFileName()))
                .body(file.bytes());
    }

    /**
     * {@code inline; filename="consent.pdf"; filename*=UTF-8''Согласие…} (RFC 6266 with RFC 5987): browsers
     * show and save the Russian name, and old clients still get a usable ASCII one.
     */
    static String inline(String fileName, String asciiFileName) {
        return "inline; filename=\"" + asciiFileName + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** Percent-encodes every byte of the UTF-8 name except RFC 5987 attr-chars. */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
