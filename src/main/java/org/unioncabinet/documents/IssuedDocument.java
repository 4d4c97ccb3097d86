package org.unioncabinet.documents;

import java.time.LocalDate;

/**
 * A document the union issued to the member, signed by nobody (a dictation certificate), for «Мои документы».
 *
 * @param href where the member's own browser downloads it
 * @param issuedOn the day it was issued, in Moscow
 * @param note one line under the title, e.g. the verification code
 */
public record IssuedDocument(String title, String href, LocalDate issuedOn, String note) {
}
