package org.unioncabinet.portal;

/**
 * A button beside a step's form, declared on the user task in the diagram as the extension property
 * {@code memberAction:<MessageName>} = label (e.g. «Отправить код повторно»). Pressing it correlates
 * that message to the member's process, so the diagram decides what it does.
 */
public record MemberAction(String message, String label) {

    static final String PROPERTY_PREFIX = "memberAction:";
}
