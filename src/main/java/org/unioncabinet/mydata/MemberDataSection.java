package org.unioncabinet.mydata;

import java.util.UUID;

/**
 * One part of «Мои данные» (the subject-access answer, 152-FZ art. 14): what one module holds about a member. The
 * module that owns the data implements it as a small bean; «Мои данные» lists every bean's section on the page, in
 * the JSON and in the PDF, so a feature added later shows its data by adding a bean, without touching this module.
 * A section reads only the account it is given, which the page takes from the session, never from the request.
 */
public interface MemberDataSection {

    /** The section's place on the page and in the files: lower first (account 10, consents 20, … sign-ins 90). */
    int order();

    /** What this module holds about the account now; a section with no items when it holds nothing. */
    DataSection of(UUID accountId);
}
