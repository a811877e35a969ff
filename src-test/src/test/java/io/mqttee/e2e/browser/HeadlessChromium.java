// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The system's Chromium (Debian packages {@code chromium} and {@code chromium-driver}) in headless
 * mode with a fresh profile. Both executables are given to Selenium explicitly, so Selenium Manager
 * never looks for or downloads a browser or a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final String INSTALL_HINT =
      "; install the Debian packages chromium and chromium-driver (.ci/run does)"
          + " or point -Dchromium.binary and -Dchromedriver.binary at them";

  private static final Logger LOG = System.getLogger(HeadlessChromium.class.getName());

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium through chromedriver; fails, never skips, when either is not installed. */
  public static HeadlessChromium start() throws IOException {
    File browser = executable("chromium.binary", "/usr/bin/chromium");
    File chromedriver = executable("chromedriver.binary", "/usr/bin/chromedriver");
    Path profile = Files.createTempDirectory("mqttee-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    try {
      return new HeadlessChromium(
          service, new ChromeDriver(service, options(browser, profile)), profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteRecursively(profile);
      throw e;
    }
  }

  private static ChromeOptions options(File browser, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    // The page's console (script errors, failed loads) goes into failure messages.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    return options;
  }

  private static File executable(String property, String defaultPath) {
    File file = new File(System.getProperty(property, defaultPath));
    if (!file.canExecute()) {
      throw new IllegalStateException("Browser tests need " + file + INSTALL_HINT);
    }
    return file;
  }

  public WebDriver driver() {
    return driver;
  }

  /** What the pages logged to the console so far, one entry a line. */
  public String consoleLog() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    return entries.stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .collect(Collectors.joining("\n"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteRecursively(profile);
    }
  }

  /** Best effort: Chromium may still be writing its profile while it exits. */
  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "could not delete the Chromium profile {0}: {1}", directory, e);
    }
  }
}
