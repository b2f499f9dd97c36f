package org.disclosure.parse.service;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportSubmitted;

/** Redeems the claim check of a submission: fetches its bytes from ingest-service. */
@ApplicationScoped
public class ContentClient {

    private final WebClient client;
    private final OidcClient oidc;

    public ContentClient(Vertx vertx, OidcClient oidc) {
        this.client = WebClient.create(vertx);
        this.oidc = oidc;
    }

    public Uni<byte[]> fetch(ReportSubmitted event) {
        return oidc.getTokens()
                .map(Tokens::getAccessToken)
                .flatMap(token -> client.getAbs(event.contentUrl()).bearerTokenAuthentication(token).send())
                .map(response -> bodyOf(response, event));
    }

    private static byte[] bodyOf(HttpResponse<Buffer> response, ReportSubmitted event) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingest-service answered " + response.statusCode()
                    + " for the content of " + event.fileName());
        }
        return response.body() == null ? new byte[0] : response.body().getBytes();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
