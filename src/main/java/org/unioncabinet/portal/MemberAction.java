package org.unioncabinet.portal;

/**
 * A button beside a step's form, declared on the user task in the diagram as an extension property, the message's
 * name after the prefix and the button's label as the value; pressing it correlates that message to the member's
 * process, so the diagram decides what it does.
 * <ul>
 * <li>{@code memberAction:<MessageName>} = «Отправить код повторно»: does something beside the step, such as
 * sending a mail, within the mail limits;</li>
 * <li>{@code memberBack:<MessageName>} = «Назад», «Изменить данные»: a way back to an earlier step, which sends
 * nothing, so no mail limit applies and nothing is announced.</li>
 * </ul>
 */
public record MemberAction(String message, String label, boolean back) {

    static final String PROPERTY_PREFIX = "memberAction:";
    static final String BACK_PREFIX = "memberBack:";
}
