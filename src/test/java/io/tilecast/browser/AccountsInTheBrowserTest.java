package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A guest is warned before signing out, sets a password in the header menu, changes it (which needs
 * the current one), signs out and signs in again with the new one.
 */
@IntegrationTest
@BrowserTest
class AccountsInTheBrowserTest extends InOneBrowser {

    @Test
    void aGuestSetsAPasswordSignsOutAndComesBack() {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/");
        GamePage lobby = new GamePage(browser, baseUrl);
        lobby.await(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys("gwen", Keys.ENTER);
        lobby.await(ExpectedConditions.textToBe(By.cssSelector("#account summary"), "Guest account"));

        browser.findElement(By.cssSelector("#account summary")).click();
        browser.findElement(By.cssSelector("#account .sign-out")).click();
        lobby.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sign-out-dialog .warning"),
                "loses this account"));
        browser.findElement(By.cssSelector("#sign-out-dialog button[value='cancel']")).click();
        assertThat(browser.findElement(By.id("who")).getText()).contains("gwen");

        browser.findElement(By.id("new-password")).sendKeys("a long enough password", Keys.ENTER);
        lobby.await(ExpectedConditions.textToBe(By.cssSelector("#account summary"), "Account"));

        browser.findElement(By.id("current-password")).sendKeys("not the password");
        browser.findElement(By.id("new-password")).sendKeys("a longer and better password", Keys.ENTER);
        lobby.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#account .form-message"),
                "do not match"));
        browser.findElement(By.id("current-password")).clear();
        browser.findElement(By.id("current-password")).sendKeys("a long enough password");
        browser.findElement(By.id("new-password")).clear();
        browser.findElement(By.id("new-password")).sendKeys("a longer and better password", Keys.ENTER);
        lobby.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#account .form-message"),
                "Password changed"));
        browser.findElement(By.cssSelector("#account .sign-out")).click();
        lobby.await(ExpectedConditions.visibilityOfElementLocated(By.id("signin-name")));

        browser.findElement(By.id("signin-name")).sendKeys("GWEN");
        browser.findElement(By.id("signin-password")).sendKeys("a longer and better password", Keys.ENTER);
        lobby.await(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "gwen"));
        assertThat(browser.findElement(By.cssSelector("#account summary")).getText()).isEqualTo("Account");
    }
}
