package org.unioncabinet.mydata;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unioncabinet.system.DisplayDates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * «Мои данные»: everything the cabinet holds about the signed-in member, on a page and as two downloads. The account
 * is the session's (the principal's {@code accountId()}, the login module's member), never anything in the request:
 * these paths take no parameter at all.
 */
@Controller
class MyDataController {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(DisplayDates.MOSCOW);

    private final MemberData memberData;
    private final MemberDataPdf pdf;
    private final ObjectProvider<CabinetClosingOffer> closing;
    private final ObjectMapper json;

    MyDataController(MemberData memberData, MemberDataPdf pdf, ObjectProvider<CabinetClosingOffer> closing,
            ObjectMapper json) {
        this.memberData = memberData;
        this.pdf = pdf;
        this.closing = closing;
        this.json = json;
    }

    @GetMapping("/cabinet/my-data")
    String page(@AuthenticationPrincipal(expression = "accountId()") UUID accountId, Model model) {
        model.addAttribute("report", memberData.of(accountId));
        CabinetClosingOffer offer = closing.getIfAvailable();
        if (offer != null) {
            Optional<String> refusal = offer.refusal(accountId);
            model.addAttribute("closingOffered", refusal.isEmpty());
            model.addAttribute("closingRefusal", refusal.orElse(null));
        }
        return "cabinet/my-data";
    }

    @GetMapping("/cabinet/my-data.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal(expression = "accountId()") UUID accountId)
            throws JsonProcessingException {
        MemberDataReport report = memberData.of(accountId);
        Map<String, Object> sections = new LinkedHashMap<>();
        report.sections().forEach(section -> sections.put(section.key(), section.data()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("madeAt", report.madeAt());
        body.put("sections", sections);
        return download(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body),
                new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8), report, "json");
    }

    @GetMapping("/cabinet/my-data.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal(expression = "accountId()") UUID accountId) {
        MemberDataReport report = memberData.of(accountId);
        return download(pdf.render(report), MediaType.APPLICATION_PDF, report, "pdf");
    }

    /** Made on request, never stored, never cached. */
    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, MemberDataReport report,
            String extension) {
        String name = "my-data-" + FILE_DATE.format(report.madeAt()) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
