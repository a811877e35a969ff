// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import io.mqttee.e2e.support.ServerLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration console in headless Chromium at a laptop's 1366x768, operated as a user would:
 * fields, buttons, PrimeFaces menus and confirmations, the page's messages; each page can be saved
 * as a screenshot.
 */
public final class ConsoleBrowser {
  private static final System.Logger LOG = System.getLogger(ConsoleBrowser.class.getName());

  private final HeadlessChromium browser;
  private final WebDriver driver;
  private final String root;
  private final Duration wait;
  private final Path screenshots;

  /**
   * @param root the application's root URL, ending in a slash
   * @param screenshots where {@link #screenshot} saves pages
   */
  public ConsoleBrowser(HeadlessChromium browser, String root, Duration wait, Path screenshots) {
    this.browser = browser;
    this.driver = browser.driver();
    this.root = root;
    this.wait = wait;
    this.screenshots = screenshots;
    driver.manage().window().setSize(new Dimension(1366, 768));
  }

  /** Opens {@code page} (for example {@code "clients.xhtml"}) below {@code /console/}. */
  public void open(String page) {
    driver.get(root + "console/" + page);
    awaitLoaded();
  }

  /**
   * The path of the page shown, for example {@code /console/index.xhtml}, without path parameters
   * such as {@code ;jsessionid=}.
   */
  public String path() {
    String path = URI.create(driver.getCurrentUrl()).getPath();
    int parameters = path.indexOf(';');
    return parameters < 0 ? path : path.substring(0, parameters);
  }

  /** The page's heading in the console's header. */
  public String title() {
    return driver.findElement(By.cssSelector(".console-title")).getText();
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void type(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Chooses {@code value} in a PrimeFaces select menu. */
  public void select(String id, String value) {
    script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
  }

  /** Clicks a button that sends an AJAX request and waits for its answer. */
  public void click(String id) {
    click(element(id));
  }

  public void click(WebElement button) {
    button.click();
    awaitAjax();
  }

  /**
   * Clicks a button whose AJAX answer makes {@code condition} true. A request the server answered
   * with an HTTP error (the page's notice says so) is sent once more; a second failure, or an
   * answer that leaves {@code condition} false, fails.
   */
  public void clickUntil(WebElement button, String what, ExpectedCondition<Boolean> condition) {
    button.click();
    await(what, d -> condition.apply(d) || requestFailed());
    if (requestFailed()) {
      String notice = element("request-failed").getText();
      LOG.log(System.Logger.Level.WARNING, "{0}; clicking once more for {1}", notice, what);
      script("document.getElementById('request-failed').hidden = true;");
      button.click();
      await(what, d -> condition.apply(d) || requestFailed());
      if (requestFailed()) {
        throw new AssertionError("twice: " + element("request-failed").getText());
      }
    }
  }

  private boolean requestFailed() {
    return element("request-failed").isDisplayed();
  }

  /** Clicks a button that leaves the page (a non-AJAX form post or a link). */
  public void clickAndLoad(String id) {
    WebElement page = driver.findElement(By.tagName("html"));
    element(id).click();
    // the old document is still "complete" until the new one replaces it
    await("the next page", ExpectedConditions.stalenessOf(page));
    awaitLoaded();
  }

  /** Answers yes in the confirmation dialog a button opened. */
  public void confirm() {
    WebElement yes =
        new WebDriverWait(driver, wait)
            .until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")));
    click(yes);
  }

  /** Waits for a message on the page that contains {@code text}. */
  public void awaitMessage(String text) {
    await(
        "a message containing '" + text + "'",
        d ->
            d
                .findElements(
                    By.cssSelector(".ui-messages-info-summary, .ui-messages-error-summary"))
                .stream()
                .anyMatch(message -> message.getText().contains(text)));
  }

  public List<WebElement> rows(String tableId) {
    return driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
  }

  /** The row of {@code tableId} with a cell of class {@code cellClass} that reads {@code text}. */
  public WebElement awaitRow(String tableId, String cellClass, String text) {
    await(
        "a row with " + cellClass + " '" + text + "' in " + tableId,
        d -> findRow(tableId, cellClass, text) != null);
    return findRow(tableId, cellClass, text);
  }

  public void awaitNoRow(String tableId, String cellClass, String text) {
    await(
        "no row with " + cellClass + " '" + text + "' in " + tableId,
        d -> findRow(tableId, cellClass, text) == null);
  }

  private WebElement findRow(String tableId, String cellClass, String text) {
    for (WebElement row : rows(tableId)) {
      List<WebElement> cells = row.findElements(By.className(cellClass));
      if (!cells.isEmpty() && cells.get(0).getText().equals(text)) {
        return row;
      }
    }
    return null;
  }

  public WebDriver driver() {
    return driver;
  }

  public WebElement element(String id) {
    return driver.findElement(By.id(id));
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public void await(String what, ExpectedCondition<Boolean> condition) {
    try {
      new WebDriverWait(driver, wait).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "waited "
              + wait.toSeconds()
              + " s for "
              + what
              + " on "
              + driver.getCurrentUrl()
              + "\nbrowser console:\n"
              + browser.consoleLog()
              + "\nend of the server log:\n"
              + ServerLog.tail(80),
          e);
    }
  }

  private void awaitLoaded() {
    await("the page to load", d -> "complete".equals(script("return document.readyState;")));
  }

  private void awaitAjax() {
    await(
        "the AJAX request to finish",
        d ->
            Boolean.TRUE.equals(
                script(
                    "return document.readyState === 'complete' && (!window.PrimeFaces"
                        + " || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
  }
}
