package org.unioncabinet.support;

import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.system.MemberTasks;

/**
 * Member steps that exist only in diagrams the tests deploy, declared as a release would declare them in
 * {@link RegistrationProcess#MEMBER_STEPS}: the question RegistrationMigrationTest renames.
 */
@TestComponent
public class TestMemberSteps implements MemberTasks {

    /** The new id RegistrationMigrationTest gives «У Вас есть электронный профсоюзный билет?». */
    public static final String RENAMED_QUESTION = "userTask_askAboutTicket";

    @Override
    public String processKey() {
        return RegistrationProcess.KEY;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(RENAMED_QUESTION);
    }
}
