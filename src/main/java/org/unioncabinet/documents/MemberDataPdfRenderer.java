package org.unioncabinet.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.MemberDataPdf;
import org.unioncabinet.mydata.MemberDataReport;

/** «Мои данные» as a PDF, with the documents' renderer and fonts; made on request, never stored. */
@Component
class MemberDataPdfRenderer implements MemberDataPdf {

    static final String TEMPLATE = "documents/my-data";
    static final String TITLE = "Мои данные";

    private final PdfRenderer renderer;

    MemberDataPdfRenderer(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] render(MemberDataReport report) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", TITLE);
        variables.put("madeAt", MoscowTime.date(report.madeAt()) + " " + MoscowTime.time(report.madeAt()));
        variables.put("sections", report.sections());
        return renderer.render(TEMPLATE, variables, TITLE, report.madeAt());
    }
}
