package org.unioncabinet.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of members' sign-ins (table {@code member_sign_in}): each successful one, kept {@link #KEPT} and then
 * deleted by {@link SignInCleanup}. The client address is the request's, which Tomcat's {@code RemoteIpValve} has
 * already taken from {@code X-Forwarded-For} when, and only when, a trusted proxy sent it.
 */
@Service
public class SignIns {

    /** How long a sign-in is kept: what «Мои данные» lists. */
    public static final Duration KEPT = Duration.ofDays(90);

    static final int USER_AGENT_LENGTH = 200;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

    /** A sign-in as «Мои данные» shows it. */
    public record SignIn(Instant at, SignInMethod method, String clientAddress, String userAgent) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID accountId, SignInMethod method, HttpServletRequest request) {
        jdbc.sql("""
                INSERT INTO app.member_sign_in (account_id, signed_in_at, method, client_address, user_agent)
                VALUES (:account, :at, :method, :address, :agent)
                """)
                .param("account", accountId)
                .param("at", Timestamp.from(clock.instant()))
                .param("method", method.name())
                .param("address", shorten(request.getRemoteAddr(), 64))
                .param("agent", shorten(request.getHeader(HttpHeaders.USER_AGENT), USER_AGENT_LENGTH))
                .update();
    }

    /** The member's sign-ins of the last {@link #KEPT}, the newest first. */
    @Transactional(readOnly = true)
    public List<SignIn> recent(UUID accountId) {
        return jdbc.sql("""
                SELECT signed_in_at, method, client_address, user_agent FROM app.member_sign_in
                WHERE account_id = :account AND signed_in_at >= :since ORDER BY signed_in_at DESC, id DESC
                """)
                .param("account", accountId)
                .param("since", Timestamp.from(clock.instant().minus(KEPT)))
                .query((rs, n) -> new SignIn(rs.getTimestamp("signed_in_at").toInstant(),
                        SignInMethod.valueOf(rs.getString("method")), rs.getString("client_address"),
                        rs.getString("user_agent")))
                .list();
    }

    /** Deletes the sign-ins older than {@link #KEPT}; @return how many */
    @Transactional
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM app.member_sign_in WHERE signed_in_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEPT)))
                .update();
    }

    /** Deletes every sign-in of the account (when it is closed). @return how many */
    @Transactional
    public int deleteAll(UUID accountId) {
        return jdbc.sql("DELETE FROM app.member_sign_in WHERE account_id = :account").param("account", accountId)
                .update();
    }

    private static String shorten(String text, int length) {
        if (text == null) {
            return null;
        }
        String printable = CONTROL.matcher(text).replaceAll("").strip();
        return printable.length() <= length ? printable : printable.substring(0, length);
    }
}
