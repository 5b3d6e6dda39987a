package org.alliancetracker.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.filter.log.LogDetail;

/**
 * Logs a request and its answer when a check on them fails, as Quarkus would by default, but as the server sent them.
 * The log is written for every answer in advance, and Quarkus's own setting pretty-prints it, parsing every body as
 * HTML, XML or JSON: for the pages of 10,000 members that was a third of SqlStatementCountTest's time. So the test
 * profile turns Quarkus's setting off (quarkus.test.rest-assured.enable-logging-on-failure) and this turns it on.
 */
public class UnprettifiedFailureLogs implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config().logConfig(LogConfig.logConfig()
                .enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.ALL).enablePrettyPrinting(false));
    }
}
