package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaWebappsClient;

/**
 * Camunda users (the admin, reviewers) under a password-guessing attack, and how their passwords are stored. Before,
 * about six minutes of one wrong HTTP basic request a second locked the admin for good (ENGINE-27002).
 */
@CabinetTest
class CamundaUserLoginTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void guessingTheAdminsPasswordSlowsTheGuesserAndNeverLocksTheAdminOut() throws Exception {
        String guesser = newAddress();
        for (int guess = 1; guess <= 400; guess++) {
            mvc.perform(metrics(ADMIN, "guess-" + guess, guesser)).andExpect(status().isUnauthorized());
        }
        mvc.perform(metrics(ADMIN, ADMIN_PASSWORD, guesser)).andExpect(status().isUnauthorized());

        mvc.perform(metrics(ADMIN, ADMIN_PASSWORD, newAddress())).andExpect(status().isOk());
        // the web apps' own login (over real HTTP, from this machine) and the engine's check work as well
        assertThat(CamundaWebappsClient.loggedIntoCockpit(port, ADMIN, ADMIN_PASSWORD)).isNotNull();
        assertThat(identity.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
    }

    @Test
    void passwordsAreHashedWithArgon2idAndAnOldHashMovesToItAtTheNextSignIn() {
        String userId = "hashing" + System.nanoTime();
        User user = identity.newUser(userId);
        user.setPassword("Proveryayushchii-2026");
        identity.saveUser(user);
        assertThat(storedHash(userId)).startsWith("{ARGON2ID}");

        // what the engine's default SHA-512 left for this password before
        String salt = jdbc.sql("SELECT salt_ FROM public.act_id_user WHERE id_ = :id").param("id", userId)
                .query(String.class).single();
        jdbc.sql("UPDATE public.act_id_user SET pwd_ = :hash WHERE id_ = :id").param("id", userId)
                .param("hash", "{SHA-512}" + new Sha512HashDigest().encrypt(
                        EncryptionUtil.saltPassword("Staryi-parol-2020", salt)))
                .update();

        assertThat(identity.checkPassword(userId, "wrong-password")).isFalse();
        assertThat(storedHash(userId)).startsWith("{SHA-512}");
        assertThat(identity.checkPassword(userId, "Staryi-parol-2020")).isTrue();
        assertThat(storedHash(userId)).startsWith("{ARGON2ID}");
        assertThat(identity.checkPassword(userId, "Staryi-parol-2020")).isTrue();
    }

    private String storedHash(String userId) {
        return jdbc.sql("SELECT pwd_ FROM public.act_id_user WHERE id_ = :id").param("id", userId)
                .query(String.class).single();
    }

    private static MockHttpServletRequestBuilder metrics(String user, String password, String address) {
        return get("/actuator/metrics").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private static String newAddress() {
        return "10.9." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }
}
