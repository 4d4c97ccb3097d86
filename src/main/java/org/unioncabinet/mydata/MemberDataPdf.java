package org.unioncabinet.mydata;

/**
 * Renders «Мои данные» as a PDF. Implemented by the documents module, with its renderer and fonts: this module
 * states what the file holds, that one how a document of the union looks.
 */
public interface MemberDataPdf {

    byte[] render(MemberDataReport report);
}
