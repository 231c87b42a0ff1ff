package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless Chromium): a user is refused, an agent signs in with the
 * development sign-in, finds a seeded case in the queue, sees its evidence image rendered and approves it. Screenshots
 * of each page go to {@code target/console-screenshots/}. Run by its own command (README), not by {@code verify}.
 */
class ConsoleBrowserIT extends DeployedEarTest {

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new HeadlessChromium();
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aUserIsToldTheConsoleIsNotForThem() throws IOException {
        signIn(Tokens.newAccountId("console-user"), "user");
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-access")));
        assertTrue(refused.getText().contains("for support agents and compliance staff"), refused::getText);
        shot("no-access");
    }

    @Test
    void anAgentFindsACaseSeesItsEvidenceAndApprovesIt() throws IOException {
        String account = Tokens.newAccountId("console-case");
        String caseId = seededCase(account);
        assertEquals(
                201,
                api.post(
                                "/api/v1/me/recovery-cases/" + caseId + "/ownership-claims",
                                Tokens.forSubject(account, "user"),
                                "{\"kind\":\"TRANSACTION_ID\",\"reference\":\"tx-console-1\"}")
                        .status());

        signIn("console-agent-" + UUID.randomUUID().toString().substring(0, 8), "support");
        // the queue, oldest first: the case just submitted is somewhere in it; the agent opens it by its link
        WebElement queue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        assertTrue(queue.findElements(By.cssSelector("tbody tr")).size() >= 1, "the queue lists submitted cases");
        shot("queue");
        browser.get(java.net
                .URI
                .create(url.toString())
                .resolve("/console/#case/" + caseId)
                .toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case")));
        WebElement image = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".evidence img")));
        wait.until(driver ->
                ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", image))
                                .intValue()
                        > 0);
        assertTrue(image.getAttribute("src").startsWith("blob:"), image.getAttribute("src"));
        String page = browser.findElement(By.id("case")).getText();
        assertTrue(page.contains("tx-console-1"), "support sees what the claim says");
        assertTrue(page.contains("NO_OWNERSHIP_PROOF"), "the risk signals are shown");
        shot("case");

        browser.findElement(By.id("note")).sendKeys("selfie matches the passport on file");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Status: APPROVED"));
        shot("approved");
        assertEquals("APPROVED", Database.string("SELECT status FROM recovery_case WHERE id = ?", caseId));
    }

    @Test
    void aPdfIsDrawnInThePageWithoutBreakingThePolicy() throws IOException {
        String caseId =
                seededCase(Tokens.newAccountId("console-pdf"), "ID_DOCUMENT", "passport.pdf", "application/pdf", pdf());

        signIn("console-pdf-agent-" + UUID.randomUUID().toString().substring(0, 8), "support");
        openCase(caseId);
        WebElement canvas = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".evidence .pdf-pages canvas")));
        assertEquals("ID_DOCUMENT evidence, page 1 of 2", canvas.getAttribute("aria-label"));
        // the page's blue square was drawn: the canvas holds pixels that are neither white nor transparent
        Object blue = ((JavascriptExecutor) browser)
                .executeScript(
                        "const c = arguments[0].getContext('2d').getImageData(0, 0, arguments[0].width,"
                                + " arguments[0].height).data; let n = 0; for (let i = 0; i < c.length; i += 4) {"
                                + " if (c[i + 2] > 200 && c[i] < 60 && c[i + 3] > 0) n++; } return n;",
                        canvas);
        assertTrue(((Number) blue).longValue() > 1000, "blue pixels: " + blue);
        assertEquals(
                2,
                browser.findElements(By.cssSelector(".evidence .pdf-pages canvas"))
                        .size());
        assertTrue(browser.findElement(By.linkText("Download the PDF")).isDisplayed());
        for (var entry : browser.manage().logs().get("browser").getAll()) {
            assertTrue(
                    !entry.getMessage().contains("Content Security Policy"),
                    "no policy violation: " + entry.getMessage());
        }
        shot("case-pdf");
    }

    /** A two-page PDF: a blue square on the first page, nothing on the second. */
    private static byte[] pdf() {
        String square = "0 0 1 rg 100 500 200 200 re f\n";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Length " + square.length() + " >>\nstream\n" + square + "endstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aSecondAgentCompletesAHighRiskCase() throws IOException {
        String account = Tokens.newAccountId("console-high");
        assertEquals(
                201,
                api.put(
                                "/api/v1/accounts/" + account,
                                Tokens.forSubject("platform-backend", "service"),
                                "{\"email\":\"high@example.org\",\"riskTier\":\"HIGH\"}")
                        .status());
        String caseId = seededCase(account);

        signIn("console-first-" + UUID.randomUUID().toString().substring(0, 8), "support");
        openCase(caseId);
        assertEquals(
                "Two approvals by two agents are needed.",
                browser.findElement(By.id("approvals")).getText());
        approve("first look: documents match");
        wait.until(
                ExpectedConditions.textToBe(By.id("approvals"), "One approval of two: a second agent must approve."));
        assertEquals(
                "Status: SUBMITTED", browser.findElement(By.id("case-status")).getText());
        shot("high-first-approval");

        browser.findElement(By.id("sign-out")).click();
        signIn("console-second-" + UUID.randomUUID().toString().substring(0, 8), "support");
        openCase(caseId);
        approve("second look: selfie matches");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Status: APPROVED"));
        shot("high-approved");
    }

    @Test
    void anAuditorRunsTheJobFiltersFindingsAndDownloadsTheCsv() throws IOException {
        signIn("console-auditor-" + UUID.randomUUID().toString().substring(0, 8), "auditor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runs")));
        browser.findElement(By.id("verify-trail")).click();
        wait.until(ExpectedConditions.textMatches(
                By.id("verification"), Pattern.compile("(Intact|BROKEN at entry \\d+): \\d+ entries checked")));
        browser.findElement(By.id("start-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run")));
        shot("run-started");
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBe(By.id("run-status"), "Status: COMPLETED"));
        shot("run-completed");

        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("severity")))).selectByValue("HIGH");
        wait.until(ExpectedConditions.urlContains("severity=HIGH"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findings-total")));
        for (WebElement row : browser.findElements(By.cssSelector("#findings tbody tr"))) {
            assertEquals("HIGH", row.findElements(By.tagName("td")).get(2).getText());
        }
        shot("findings-high");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("report-csv"))).click();
        Path csv = wait.until(driver -> {
            try (var files = Files.list(HeadlessChromium.DOWNLOADS)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertTrue(Files.readString(csv).lines().findFirst().orElse("").contains(","), "a CSV header");

        browser.findElement(By.linkText("Back to the runs")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findings-chart")));
        shot("runs-chart");
    }

    @Test
    void theQueueAndACaseReadAt800PixelsWide() throws IOException {
        String caseId = seededCase(Tokens.newAccountId("console-narrow"));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(800, 900));
        signIn("console-narrow-" + UUID.randomUUID().toString().substring(0, 8), "support");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        assertNoSidewaysScrolling("the queue");
        shot("queue-800");
        openCase(caseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".evidence img")));
        assertNoSidewaysScrolling("a case");
        shot("case-800");
    }

    private void assertNoSidewaysScrolling(String page) {
        long overflow = ((Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertTrue(overflow <= 0, () -> page + " is " + overflow + " px wider than an 800 px window");
    }

    private String seededCase(String account) throws IOException {
        return seededCase(account, "SELFIE", "selfie.png", "image/png", png());
    }

    /** A submitted case of {@code account} with one evidence file. */
    private String seededCase(String account, String kind, String name, String type, byte[] file) {
        String user = Tokens.forSubject(account, "user");
        String caseId = Flows.openCase(api, user);
        Api.Reply added = api.send(new Multipart()
                .field("kind", kind)
                .file("file", name, type, file)
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
        assertEquals(201, added.status(), added::toString);
        assertEquals(
                200,
                api.post("/api/v1/me/recovery-cases/" + caseId + "/submit", user, "")
                        .status());
        return caseId;
    }

    private void openCase(String caseId) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        browser.get(java.net
                .URI
                .create(url.toString())
                .resolve("/console/#case/" + caseId)
                .toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvals")));
    }

    private void approve(String note) {
        WebElement field = browser.findElement(By.id("note"));
        field.clear();
        field.sendKeys(note);
        browser.findElement(By.id("approve")).click();
    }

    private void signIn(String subject, String role) {
        browser.get(java.net.URI.create(url.toString()).resolve("/console/").toString());
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subject")));
        name.clear();
        name.sendKeys(subject);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        browser.findElement(By.cssSelector("#dev-sign-in button[type=submit]")).click();
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }

    /** A small PNG that a browser renders: a face-coloured disc on grey. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 120, 90);
        g.setColor(new Color(0xE0, 0xAC, 0x69));
        g.fillOval(30, 10, 60, 70);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
