package nz.integrity.it;

import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 1 in a browser: a second administrator approves a pending change on the Pending changes page, and a
 * person with a temporary password is taken to the change-password page first. Every page and dialog is checked by
 * axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DualControlJourneyIT {

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

    private HttpResponse<String> asAdmin(String method, String path, String json) {
        return new WebClient(Deployments.loopback(deployment)).api(method, path, DemoAccount.ADMIN.username(),
                DemoAccount.ADMIN.password(), json);
    }

    @Test
    void aSecondAdministratorApprovesOnThePendingChangesPage_andTheNewcomerChangesTheTemporaryPassword() {
        String username = "it.journey" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String temporary = "violet kayak lemonade tundra";
        assertEquals(201, asAdmin("POST", "/api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"Journey "
                + "Newcomer\",\"password\":\"" + temporary + "\",\"roles\":[\"INVESTIGATOR\"]}").statusCode());
        HttpResponse<String> asked = asAdmin("POST", "/api/teams/NORTH/members",
                "{\"username\":\"" + username + "\",\"reason\":\"New starter in the northern team\"}");
        assertEquals(202, asked.statusCode(), asked.body());

        Browser web = browser();
        web.logOn(DemoAccount.ADMIN_2.username(), DemoAccount.ADMIN_2.password());
        web.click(By.id("navChanges"));
        web.waitFor(By.id("changesForm:changesTable"));
        web.assertAccessible();
        String row = "//tbody[@id='changesForm:changesTable_data']/tr[td[contains(., '" + username + "')]]";
        assertTrue(web.text(By.xpath(row)).contains("Add to team · NORTH"), web.text(By.xpath(row)));
        web.click(By.xpath(row + "//button[contains(@id, ':decide')]"));
        web.waitFor(By.id("decideForm:reason"));
        web.assertAccessible();
        web.type(By.id("decideForm:reason"), "Confirmed with the team's manager");
        web.click(By.id("decideForm:approve"));
        web.waitForText(By.id("messages"), "The change is approved and applied.");
        assertTrue(web.driver().findElements(By.xpath(row)).isEmpty(), "no longer pending");
        web.logOff();

        web.logOn(username, temporary);
        web.waitFor(By.id("passwordForm:change"));
        assertTrue(web.driver().getCurrentUrl().contains("/account/password.xhtml"), web.driver().getCurrentUrl());
        web.assertAccessible();
        web.type(By.id("passwordForm:current"), temporary);
        web.type(By.id("passwordForm:newPassword"), "aaaaaaaaaaaa");
        web.click(By.id("passwordForm:change"));
        web.waitForText(By.id("messages"), "repeat or sequence");
        web.type(By.id("passwordForm:current"), temporary);
        web.type(By.id("passwordForm:newPassword"), "harbour quilt saffron meadow");
        web.click(By.id("passwordForm:change"));
        web.waitForText(By.tagName("main"), "Your password is changed.");
        web.logOn(username, "harbour quilt saffron meadow");
        web.waitFor(By.id("investigatorHeading"));
        web.assertAccessible();
        web.logOff();
    }

    @Test
    void theTeamsSupervisorAcceptsANewMemberOnTheirOwnPage_andAnotherTeamsSupervisorDoesNotSeeIt() {
        String username = "it.member" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        assertEquals(201, asAdmin("POST", "/api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"Member "
                + "Newcomer\",\"password\":\"violet kayak lemonade tundra\",\"roles\":[\"INVESTIGATOR\"]}").statusCode());
        HttpResponse<String> asked = asAdmin("POST", "/api/teams/NORTH/members",
                "{\"username\":\"" + username + "\",\"reason\":\"Transfer from the contact centre\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        String row = "//tbody[@id='changesForm:changesTable_data']/tr[td[contains(., '" + username + "')]]";

        Browser web = browser();
        web.logOn(DemoAccount.SUPERVISOR_SOUTH.username(), DemoAccount.SUPERVISOR_SOUTH.password());
        web.click(By.id("navTeamChanges"));
        web.waitFor(By.id("changesForm:changesTable"));
        assertTrue(web.driver().findElements(By.xpath(row)).isEmpty(), "the southern supervisor does not lead NORTH");
        web.logOff();

        web.logOn(DemoAccount.SUPERVISOR.username(), DemoAccount.SUPERVISOR.password());
        web.click(By.id("navTeamChanges"));
        web.waitFor(By.id("changesForm:changesTable"));
        web.assertAccessible();
        assertTrue(web.text(By.xpath(row)).contains("Add to team · NORTH"), web.text(By.xpath(row)));
        web.click(By.xpath(row + "//button[contains(@id, ':decide')]"));
        web.waitFor(By.id("decideForm:reason"));
        web.assertAccessible();
        web.click(By.id("decideForm:approve"));
        web.waitForText(By.id("messages"), "The change is approved and applied.");
        assertTrue(web.driver().findElements(By.xpath(row)).isEmpty(), "no longer pending");
        web.logOff();

        String teams = asAdmin("GET", "/api/teams", null).body();
        int north = teams.indexOf("\"code\":\"NORTH\"");
        assertTrue(north >= 0, teams);
        String northTeam = teams.substring(north, teams.indexOf('}', north));
        assertTrue(northTeam.contains("\"" + username + "\""), "the supervisor's acceptance applied the change: " + northTeam);
    }
}
