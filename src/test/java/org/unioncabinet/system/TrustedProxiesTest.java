package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/** {@code TRUSTED_PROXIES} as the regular expression Tomcat matches the peer's address with. */
class TrustedProxiesTest {

    @Test
    void withoutTheSettingNobodysForwardedHeadersAreRead() {
        MockEnvironment environment = new MockEnvironment();

        new ForwardedHeaderSettings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
    }

    @Test
    void theSettingOutranksSpringBootsDefaultOfEveryPrivateAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("cabinet.trusted-proxies", "10.1.2.3")
                .withProperty("server.tomcat.remoteip.internal-proxies", "10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

        new ForwardedHeaderSettings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(matches(environment.getProperty("server.tomcat.remoteip.internal-proxies"), "10.1.2.4")).isFalse();
        assertThat(matches(environment.getProperty("server.tomcat.remoteip.internal-proxies"), "10.1.2.3")).isTrue();
    }

    @Test
    void addressesAndBlocksMatchExactlyTheirAddresses() {
        String regex = TrustedProxies.parse("10.0.0.5, 172.16.0.0/12 192.168.1.128/25,fd00:1::/32 ::1").regex();

        assertThat(List.of("10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.200", "fd00:1:abcd:0:0:0:0:1",
                "0:0:0:0:0:0:0:1")).allMatch(address -> matches(regex, address));
        assertThat(List.of("10.0.0.50", "110.0.0.5", "172.32.0.1", "172.15.0.1", "192.168.1.127", "fd00:2:0:0:0:0:0:1"))
                .noneMatch(address -> matches(regex, address));
        assertThat(matches(TrustedProxies.parse("0.0.0.0/0").regex(), "8.8.8.8")).isTrue();
        assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.internal", "10.0.0.256", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/8", "fd00::/20",
        "10.0.0.*", "localhost"})
    void anythingButAnAddressOrBlockRefusesStartUp(String entry) {
        MockEnvironment environment = new MockEnvironment().withProperty("cabinet.trusted-proxies", "10.0.0.1 " + entry);

        assertThatThrownBy(() -> new ForwardedHeaderSettings().postProcessEnvironment(environment, null))
                .isInstanceOf(UnsafeSettingsException.class).hasMessageContaining("TRUSTED_PROXIES")
                .hasMessageContaining(entry);
    }

    private static boolean matches(String regex, String address) {
        return Pattern.compile(regex).matcher(address).matches();
    }
}
