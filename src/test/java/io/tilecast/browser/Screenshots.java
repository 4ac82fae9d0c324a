package io.tilecast.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves what a browser shows under {@code target/screenshots/}, at a desktop and a phone size. */
final class Screenshots {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Saves {@code name-desktop.png} and {@code name-phone.png}, then restores the desktop size. */
    static void both(WebDriver browser, String name) {
        save(browser, name + "-phone", Chromium.PHONE);
        save(browser, name + "-desktop", Chromium.DESKTOP);
    }

    static void save(WebDriver browser, String name, Dimension size) {
        browser.manage().window().setSize(size);
        try {
            Files.createDirectories(DIRECTORY);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, DIRECTORY.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
