package org.unioncabinet;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionCabinetApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnionCabinetApplication.class, args);
    }

    /** One clock for every business timestamp, so tests can reason about lifetimes. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
