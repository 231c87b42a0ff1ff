package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's OpenID Connect sign-in against a real provider: Keycloak, with the realm of
 * {@code config/keycloak/lifeline-realm.json}, as the {@code keycloak} profile starts the test server (its tokens the
 * ones the API trusts, the console's provider that realm). An agent signs in on Keycloak's login page and reaches the
 * queue, and keeps working past the access token's minute (the console renews it); a customer is told the console is
 * not for them; a code this tab did not ask for is refused; signing out ends
 * the provider's session too. Run by {@code ./mvnw verify -Pkeycloak} (README, .ci/run).
 */
class ConsoleSignInKeycloakIT extends DeployedEarTest {

    private static KeycloakServer keycloak;

    private HeadlessChromium chromium;

    @BeforeAll
    static void startKeycloak() throws Exception {
        keycloak = KeycloakServer.start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new HeadlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAgentSignsInThroughKeycloakReachesTheQueueAndSignsOut() throws Exception {
        openConsole();
        WebElement signIn = chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("provider-sign-in")));
        assertEquals("Sign in with 127.0.0.1:" + Integer.getInteger("lifeline.test.keycloak.port"), signIn.getText());
        chromium.shot("keycloak-sign-in-offered");
        signIn.click();
        logIn("agnes", "agnes-console-password");

        WebElement who = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
        chromium.wait.until(ExpectedConditions.textToBePresentInElement(who, "Signed in as agnes (support)"));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        chromium.shot("keycloak-queue");
        String address = chromium.browser.getCurrentUrl();
        assertFalse(
                address.contains("code=") || address.contains("state="), "the code leaves the address bar: " + address);
        JavascriptExecutor page = chromium.browser;
        assertEquals(0L, page.executeScript("return localStorage.length"), "nothing in localStorage");
        String stored = (String) page.executeScript("return sessionStorage.getItem('lifeline.console.token')");
        assertTrue(stored != null && stored.split("\\.").length == 3, "the access token is kept for this tab only");

        // the realm's access tokens last 60 s: within 30 s of the end the console renews its token before a call
        Thread.sleep(32_000);
        chromium.browser.findElement(By.linkText("Cases")).click();
        chromium.wait.until(driver ->
                !stored.equals(page.executeScript("return sessionStorage.getItem('lifeline.console.token')")));
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        assertTrue(who.getText().contains("Signed in as agnes"), who::getText);

        chromium.browser.findElement(By.id("sign-out")).click();
        chromium.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("provider-sign-in")))
                .click();
        // the provider's session ended with the console's: Keycloak asks for the password again
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        chromium.shot("keycloak-after-sign-out");
    }

    @Test
    void aCustomerSignedInThroughKeycloakIsToldTheConsoleIsNotForThem() throws IOException {
        openConsole();
        chromium.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("provider-sign-in")))
                .click();
        logIn("otto", "otto-console-password");
        WebElement refused = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-access")));
        assertTrue(refused.getText().contains("Your roles (user)"), refused::getText);
        chromium.shot("keycloak-no-access");
    }

    @Test
    void aCodeThisTabDidNotAskForIsRefused() throws IOException {
        chromium.browser.get(URI.create(url.toString())
                .resolve("/console/?code=stolen-code&state=someone-elses")
                .toString());
        WebElement problem =
                chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertTrue(problem.getText().contains("not started from this tab"), problem::getText);
        assertFalse(chromium.browser.getCurrentUrl().contains("code="), chromium.browser.getCurrentUrl());
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("provider-sign-in")));
        chromium.shot("keycloak-foreign-code");
    }

    private void openConsole() {
        chromium.browser.get(URI.create(url.toString()).resolve("/console/").toString());
    }

    private void logIn(String username, String password) {
        WebElement name = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(
                chromium.browser.getCurrentUrl().startsWith(keycloak.issuer + "/protocol/openid-connect/auth"),
                chromium.browser.getCurrentUrl());
        name.sendKeys(username);
        chromium.browser.findElement(By.id("password")).sendKeys(password);
        chromium.browser.findElement(By.id("kc-login")).click();
    }
}
