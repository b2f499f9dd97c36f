package org.disclosure.parse.service;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.disclosure.messaging.DependencyUnavailableException;
import org.disclosure.messaging.PoisonRecordException;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Sha256;

/** A submission's bytes: those in its event, or else the claim check redeemed (fetched from ingest-service). */
@ApplicationScoped
public class ContentClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final WebClient client;
    private final OidcClient oidc;
    // one token for many reports, refreshed when it expires, instead of a Keycloak round trip per report
    private final TokensHelper tokens = new TokensHelper();

    private final URI ingest;

    public ContentClient(Vertx vertx, OidcClient oidc,
            @ConfigProperty(name = "disclosure.parse.ingest-url") URI ingest) {
        this.client = WebClient.create(vertx);
        this.oidc = oidc;
        this.ingest = ingest;
    }

    /**
     * The bytes. An answer that will not change, such as 404, is a {@link ContentUnavailableException} (the
     * record is dead-lettered); ingest or Keycloak being unreachable or answering 5xx is transient, and the
     * consumer's retry waits it out.
     */
    public Uni<byte[]> fetch(ReportSubmitted event) {
        if (event.content() != null) {
            // a small file came in the event: no round trip, but the same integrity as ingest's stored copy
            if (!Sha256.hex(event.content()).equalsIgnoreCase(String.valueOf(event.sha256()))) {
                return Uni.createFrom().failure(new ContentUnavailableException("the bytes in the event of "
                        + event.fileName() + " do not have its SHA-256 " + event.sha256(), event));
            }
            return Uni.createFrom().item(event.content());
        }
        if (!isClaimCheckOf(event)) {
            // the pipeline token opens every report's bytes: it goes to ingest-service and nowhere else
            return Uni.createFrom().failure(new ContentUnavailableException("the content address "
                    + event.contentUrl() + " is not ingest-service's claim check of submission " + event.submissionId()
                    + " (" + ingest + "/api/submissions/{id}/content); not fetched", event));
        }
        return tokens.getTokens(oidc)
                .map(Tokens::getAccessToken)
                .flatMap(token -> client.getAbs(event.contentUrl()).bearerTokenAuthentication(token)
                        .timeout(REQUEST_TIMEOUT.toMillis()).send())
                .map(response -> bodyOf(response, event));
    }

    /**
     * Same scheme and host as ingest-service (and its port when the configuration names one), and the content of
     * this very submission: an event can neither send the token elsewhere nor pass another report's bytes off
     * under an id ingest never issued.
     */
    private boolean isClaimCheckOf(ReportSubmitted event) {
        try {
            URI target = new URI(event.contentUrl());
            String base = ingest.getPath() == null ? "" : ingest.getPath().replaceAll("/+$", "");
            return ingest.getScheme().equalsIgnoreCase(target.getScheme())
                    && ingest.getHost().equalsIgnoreCase(target.getHost())
                    && (ingest.getPort() == -1 || ingest.getPort() == target.getPort())
                    && (base + "/api/submissions/" + event.submissionId() + "/content").equals(target.getPath());
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static byte[] bodyOf(HttpResponse<Buffer> response, ReportSubmitted event) {
        int status = response.statusCode();
        if (status >= 400 && status < 500 && status != 429 && status != 408) {
            throw new ContentUnavailableException("ingest-service answered " + status + " for the content of "
                    + event.fileName(), event);
        }
        if (status != 200) {
            throw new DependencyUnavailableException("ingest-service answered " + status + " for the content of "
                    + event.fileName());
        }
        return response.body() == null ? new byte[0] : response.body().getBytes();
    }

    /** The content is not there for this service (4xx): retrying would not help. */
    static final class ContentUnavailableException extends PoisonRecordException {
        ContentUnavailableException(String message, ReportSubmitted event) {
            super("无法取得报告内容 / the report's content cannot be fetched: " + message, event.submissionId());
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
