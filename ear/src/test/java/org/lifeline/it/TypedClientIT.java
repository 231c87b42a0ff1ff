package org.lifeline.it;

import org.junit.jupiter.api.Test;

/**
 * The typed-client walk-through ({@link TypedWalkThrough}) on the test server: a difference between the OpenAPI
 * document it serves and its answers fails the build.
 */
class TypedClientIT extends DeployedEarTest {

    @Test
    void walksTheFirstWalkThroughWithEveryAnswerAsTheDocumentSays() throws Exception {
        TypedWalkThrough.walk(url, new TypedWalkThrough.TokenSource() {
            @Override
            public String user(String accountId) {
                return Tokens.mint(accountId, accountId + "@example.org", "user");
            }

            @Override
            public String service() {
                return Tokens.forSubject("platform-backend", "service");
            }
        });
    }
}
