package io.tilecast;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tilecast: a real-time server for the crossword board game. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TilecastApplication {

    public static void main(String[] args) {
        SpringApplication.run(TilecastApplication.class, args);
    }
}
