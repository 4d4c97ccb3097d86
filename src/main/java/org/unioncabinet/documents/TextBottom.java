package org.unioncabinet.documents;

import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * How far from the top of a page its text reaches: the lowest baseline of a glyph above {@code footerFrom} (the page
 * footer below it is left out), plus {@code belowBaseline} for the descenders. It follows the text operators of the
 * page's content, as PDFBox's text extraction does, but keeps one number: no Unicode mapping, glyph boxes, sorting or
 * lines (extracting the text to find this took a third of the signature stamp's CPU).
 */
final class TextBottom extends PDFStreamEngine {

    private final float pageHeight;
    private final float footerFrom;
    private final float belowBaseline;
    private float bottom;

    private TextBottom(float pageHeight, float footerFrom, float belowBaseline) {
        this.pageHeight = pageHeight;
        this.footerFrom = footerFrom;
        this.belowBaseline = belowBaseline;
        // the operators PDFBox's text extraction follows: text state, positioning, showing, and the graphics state
        // and forms that move text
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
        addOperator(new NextLine(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
    }

    /** Measured from the top of the page, in points; 0 for a page without text above {@code footerFrom}. */
    static float of(PDPage page, float footerFrom, float belowBaseline) throws IOException {
        TextBottom engine = new TextBottom(page.getMediaBox().getHeight(), footerFrom, belowBaseline);
        engine.processPage(page);
        return engine.bottom;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        float baseline = pageHeight - textRenderingMatrix.getTranslateY();
        if (baseline < footerFrom) {
            bottom = Math.max(bottom, baseline + belowBaseline);
        }
    }
}
