package org.disclosure.cli;

/** The demo accounts of the realm kept in deploy/keycloak, and how to use them. Dev and test only. */
final class DemoUsers {

    static final String CLI_CLIENT = "disclosure-cli";
    static final String CLERK = "clerk";

    private DemoUsers() {
    }

    static void print(Platform platform) {
        System.out.println("""
                demo users (password = user name; dev only):
                  clerk              submitter   regions 230000 黑龙江省, 640000 宁夏回族自治区
                  clerk-zhejiang     submitter   region 330000 浙江省
                  sup-heilongjiang   supervisor  region 230000 黑龙江省
                  sup-ningxia        supervisor  region 640000 宁夏回族自治区
                  national           national    all regions
                demo feeds (client credentials): feed-heilongjiang / feed-heilongjiang-secret,
                                                 feed-ningxia / feed-ningxia-secret""");
        System.out.printf("""
                get a token and list the reports:
                  TOKEN=$(curl -s -d client_id=%s -d grant_type=password -d username=national -d password=national \\
                          %s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/reports
                """, CLI_CLIENT, platform.realmUrl(), platform.statsUrl());
        System.out.printf("""

                the dashboard (sign in as a supervisor or national user above): %s
                """, platform.dashboardUrl());
    }
}
