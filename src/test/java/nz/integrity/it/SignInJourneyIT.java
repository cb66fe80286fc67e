package nz.integrity.it;

import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.security.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role signs in through a real browser, sees its own navigation and signs out; every page is checked by axe. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT {

    private static Browser browser;

    @ArquillianResource
    URL deployment;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(Deployments.loopback(deployment));
        }
        return browser;
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachRoleSignsInSeesItsNavigationAndSignsOut(DemoAccount account) {
        Browser web = browser();
        web.open("/login.xhtml");
        web.assertAccessible();
        web.logOn(account.username(), account.password());

        assertTrue(web.text(By.id("signedInAs")).contains(account.displayName()));
        assertTrue(web.text(By.id("signedInAs")).toUpperCase().contains(account.role().name()));
        assertEquals(account.role() == Role.ADMIN, web.isPresent(By.id("navStaff")), "staff link only for administrators");
        assertTrue(web.isPresent(By.id(homeSectionOf(account))), "home page shows the role's section");
        web.assertAccessible();

        if (account == DemoAccount.ADMIN) {
            web.click(By.id("navStaff"));
            web.waitFor(By.id("staffForm:staffTable"));
            web.assertAccessible();
            for (String[] page : new String[][]{{"navChanges", "changesForm:changesTable"}, {"navTeams", "teamsForm:teamsTable"},
                    {"navDelegations", "delegationsForm:delegationsTable"}, {"navRecipients", "recipientsForm:recipientsTable"},
                    {"navReviewGrants", "grantsForm:grantsTable"}}) {
                web.click(By.id(page[0]));
                web.waitFor(By.id(page[1]));
                web.assertAccessible();
            }
        }
        assertEquals(account == DemoAccount.REVIEWER, web.isPresent(By.id("navReview")), "register only for reviewers");
        if (account == DemoAccount.REVIEWER) {
            web.click(By.id("navReview"));
            web.waitFor(By.id("watermark"));
            assertTrue(web.text(By.id("watermark")).contains("Viewed by reviewer"));
            web.assertAccessible();
            web.click(By.id("navReviewVerify"));
            web.waitFor(By.id("verifyForm:checkpoints"));
            web.click(By.id("verifyForm:verify"));
            web.waitFor(By.id("verifyForm:verification"));
            assertTrue(web.text(By.id("verifyForm:verification")).contains("intact"), "the reviewer's own check passes");
            web.assertAccessible();
        }
        // By role: the southern team's accounts are case staff too.
        boolean caseStaff = account.role() == Role.INVESTIGATOR || account.role() == Role.SUPERVISOR;
        assertEquals(caseStaff, web.isPresent(By.id("navClients")), "client pages only for case staff");
        assertEquals(account.role() == Role.SUPERVISOR, web.isPresent(By.id("navApprovals")), "approval queue only for supervisors");
        if (caseStaff) {
            web.click(By.id("navClients"));
            web.waitFor(By.id("registerForm:register"));
            web.assertAccessible();
        }

        web.logOff();
        assertTrue(web.text(By.tagName("main")).contains("You have signed out"));
        web.open("/index.xhtml");
        web.waitFor(By.id("logonForm:signIn"));
    }

    @Test
    void administratorIssuesAndRevokesAReviewGrant() {
        Browser web = browser();
        web.logOn(DemoAccount.ADMIN.username(), DemoAccount.ADMIN.password());
        web.click(By.id("navReviewGrants"));
        web.waitFor(By.id("grantsForm:grantsTable"));
        web.assertAccessible();

        String reason = "Thematic review of approvals, quarter " + System.currentTimeMillis();
        web.choose("issueForm:reviewer", DemoAccount.REVIEWER.displayName() + " (" + DemoAccount.REVIEWER.username() + ")");
        web.choose("issueForm:mode", "Aggregate (de-identified)");
        web.type(By.id("issueForm:reason"), reason);
        web.click(By.id("issueForm:issue"));
        web.waitForText(By.id("messages"), "Review access for reviewer is granted.");
        String row = "//tbody[@id='grantsForm:grantsTable_data']/tr[td[contains(., '" + reason + "')]]";
        web.waitForText(By.xpath(row), "Active");
        assertTrue(web.text(By.xpath(row)).contains("Aggregate (de-identified)"), "the grant is listed with its mode");

        web.click(By.xpath(row + "//button[contains(@id, ':revoke')]"));
        web.waitFor(By.id("revokeForm:revokeReason"));
        web.assertAccessible();
        web.type(By.id("revokeForm:revokeReason"), "The review finished early.");
        web.click(By.id("revokeForm:confirmRevoke"));
        web.waitForText(By.xpath(row), "Revoked: The review finished early.");
        web.waitForText(By.id("messages"), "The review grant is revoked.");
        assertEquals(0, web.driver().findElements(By.xpath(row + "//button")).size(), "a revoked grant offers no revoke");
        web.logOff();
    }

    @Test
    void wrongPasswordShowsAnAccessibleErrorMessage() {
        Browser web = browser();
        web.open("/login.xhtml");
        web.type(By.id("logonForm:username"), DemoAccount.REVIEWER.username());
        web.type(By.id("logonForm:password"), "definitely-wrong-password");
        web.click(By.id("logonForm:signIn"));
        assertTrue(web.text(By.id("messages")).contains("Sign-in failed"));
        web.assertAccessible();
        web.logOn(DemoAccount.REVIEWER.username(), DemoAccount.REVIEWER.password());
        web.logOff();
    }

    @Test
    void emptyFormNamesTheMissingFields() {
        Browser web = browser();
        web.open("/login.xhtml");
        web.click(By.id("logonForm:signIn"));
        assertTrue(web.text(By.id("main")).contains("Enter your username."));
        assertTrue(web.text(By.id("main")).contains("Enter your password."));
    }

    private static String homeSectionOf(DemoAccount account) {
        return switch (account.role()) {
            case INVESTIGATOR -> "investigatorHeading";
            case SUPERVISOR -> "supervisorHeading";
            case REVIEWER -> "reviewerHeading";
            case ADMIN -> "adminHeading";
        };
    }
}
