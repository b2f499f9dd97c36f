package org.disclosure.contracts.api;

/** The realm roles of the platform (deploy/keycloak/disclosure-realm.json). */
public final class Roles {
    /** Uploads reports: clerks and automated feeds, limited to their regions. */
    public static final String SUBMITTER = "submitter";
    /** Reads reports, findings and statistics of the regions in the token. */
    public static final String SUPERVISOR = "supervisor";
    /** Reads everything and may re-validate. */
    public static final String NATIONAL = "national";
    /** The platform's own services, e.g. parse-service fetching stored bytes. */
    public static final String PIPELINE = "pipeline";

    private Roles() {
    }
}
