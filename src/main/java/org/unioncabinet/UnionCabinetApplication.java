package org.unioncabinet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionCabinetApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnionCabinetApplication.class, args);
    }
}
