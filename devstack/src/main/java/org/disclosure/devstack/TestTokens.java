package org.disclosure.devstack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Real tokens of the demo accounts of the realm (deploy/keycloak/disclosure-realm.json), for tests. Tokens live
 * an hour, so each is fetched once per test JVM.
 */
public final class TestTokens {

    private static final Map<String, TestTokens> BY_REALM = new ConcurrentHashMap<>();

    private final String realmUrl;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private TestTokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    public static TestTokens forRealm(String realmUrl) {
        return BY_REALM.computeIfAbsent(realmUrl, TestTokens::new);
    }

    /** Role submitter, regions 230000 and 640000. */
    public String clerk() {
        return user("clerk");
    }

    /** Role supervisor, region 230000 (黑龙江省). */
    public String supervisor() {
        return user("sup-heilongjiang");
    }

    /** Role supervisor, region 640000 (宁夏回族自治区). */
    public String supervisorNingxia() {
        return user("sup-ningxia");
    }

    /** Role national: every region. */
    public String national() {
        return user("national");
    }

    /** The service account parse-service uses to fetch report bytes from ingest-service. */
    public String pipeline() {
        return client("disclosure-pipeline", "disclosure-pipeline-secret");
    }

    /** A submission feed limited to 黑龙江省. */
    public String feedHeilongjiang() {
        return client("feed-heilongjiang", "feed-heilongjiang-secret");
    }

    /** A submission feed limited to 宁夏回族自治区. */
    public String feedNingxia() {
        return client("feed-ningxia", "feed-ningxia-secret");
    }

    public String user(String name) {
        return cached("user:" + name, () -> Tokens.password(realmUrl, "disclosure-cli", name, name));
    }

    private String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> Tokens.clientCredentials(realmUrl, clientId, secret));
    }

    private String cached(String key, Supplier<String> fetch) {
        return cache.computeIfAbsent(key, ignored -> fetch.get());
    }
}
