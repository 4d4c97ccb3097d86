package org.unioncabinet.system;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the one documented setting, {@code TRUSTED_PROXIES} ({@code cabinet.trusted-proxies}), into Spring Boot's
 * own: Tomcat's {@code RemoteIpValve} then takes the client's address, scheme and host from {@code X-Forwarded-*}
 * only when the request comes from one of those proxies, so login throttling, mail limits, the signature's address
 * and HSTS see the real client. Without the setting no valve is installed and nobody's {@code X-Forwarded-For} is
 * read. Spring Boot's own default would trust every private address (10/8, 192.168/16, …), so anyone on the
 * proxy's network could claim any address; these properties are therefore set above every other source.
 * Registered in {@code META-INF/spring.factories}; an entry that is not an address or block refuses start-up.
 */
public class ForwardedHeaderSettings implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "cabinetTrustedProxies";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(environment.getProperty("cabinet.trusted-proxies", ""));
        } catch (IllegalArgumentException refused) {
            throw new UnsafeSettingsException("The cabinet refuses to start", List.of(refused.getMessage()));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "server.forward-headers-strategy", proxies.isEmpty() ? "none" : "native",
                "server.tomcat.remoteip.internal-proxies", proxies.regex(),
                "server.tomcat.remoteip.trusted-proxies", "")));
    }
}
