package org.disclosure.dashboard.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.disclosure.contracts.CanonicalJson;

/** Reads stats-service's JSON with the platform's canonical settings (decimals stay exact). */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        CanonicalJson.configure(mapper);
    }
}
