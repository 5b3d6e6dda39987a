package org.alliancetracker.e2e;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver: nothing is downloaded. Where they are
 * not installed (a bare machine with only Java and Maven), the browser tests are skipped; CI installs them.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed: browser tests skipped");
    }

    /** A new headless browser, with JavaScript on or off, at the given window width. */
    public static ChromeDriver start(boolean javascript, int width) {
        return start(javascript, width, false);
    }

    /**
     * A new headless browser with JavaScript on, emulating a phone of the given width: a touch screen whose
     * scrollbars overlay the page, as on Android and iOS, instead of taking room beside it as on a desktop.
     */
    public static ChromeDriver startPhone(int width) {
        return start(true, width, true);
    }

    private static ChromeDriver start(boolean javascript, int width, boolean phone) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + ",900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        if (phone) {
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", 800, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, 900));
        return driver;
    }

    /**
     * Clicks and waits until a new document has loaded in place of the marked old one. While the browser navigates,
     * the driver may report errors about the old page; those mean "not yet".
     */
    public static void clickAndWait(ChromeDriver browser, WebElement element) {
        browser.executeScript("window.beforeClick = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.beforeClick === undefined && document.readyState === 'complete';")));
    }

    /** The browser console's errors since the last call. */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Whether the page itself scrolls sideways (wide tables and charts scroll inside their own boxes instead). */
    public static boolean scrollsSideways(ChromeDriver driver) {
        Object result = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(result);
    }

    /** What a look at the current page's tables found, and how many cells it looked at in blocks. */
    public record TableCheck(int cellsInBlocks, List<String> problems) {
    }

    /**
     * What is wrong with the current page's tables: a table that scrolls sideways in its box, a data cell without
     * the name of its column, a name that is not its column's, or, where a table is laid out as blocks (on a phone or
     * an upright tablet), a name not shown beside its value, a word of a name wider than the names' column, a value
     * that falls apart into several rows (actions after it may take rows of their own), or a caption squeezed narrower
     * than the table.
     */
    @SuppressWarnings("unchecked")
    public static TableCheck tables(ChromeDriver driver) {
        List<Object> result = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
                const problems = [];
                let cellsInBlocks = 0;
                for (const box of document.querySelectorAll('.table-scroll')) {
                  if (box.scrollWidth > box.clientWidth + 1) {
                    problems.push('scrolls sideways: ' + box.querySelector('table').rows[0].textContent.trim());
                  }
                }
                for (const table of document.querySelectorAll('table')) {
                  const columns = [...table.tHead.rows[0].cells].map(th => th.textContent.trim());
                  const inBlocks = getComputedStyle(table).display === 'block';
                  const caption = table.caption;
                  if (inBlocks && caption && getComputedStyle(caption).position !== 'absolute'
                      && caption.getBoundingClientRect().width < table.getBoundingClientRect().width - 1) {
                    problems.push('caption narrower than its table: ' + caption.textContent.trim());
                  }
                  for (const row of table.tBodies[0].rows) {
                    let column = 0;
                    for (const cell of row.cells) {
                      const label = cell.dataset.label;
                      if (cell.tagName === 'TD' && label === undefined) {
                        problems.push('no column name beside "' + cell.textContent.trim() + '"');
                      } else if (label !== undefined) {
                        if (cell.colSpan === 1 && label !== columns[column]) {
                          problems.push('"' + label + '" beside a cell of the column "' + columns[column] + '"');
                        }
                        if (inBlocks) {
                          cellsInBlocks++;
                          const before = getComputedStyle(cell, '::before');
                          if (before.content !== JSON.stringify(label)) {
                            problems.push('"' + label + '" not shown beside its value (' + before.content + ')');
                          }
                          // A name wraps between its words, but a word wider than the name's column runs into the
                          // value beside it.
                          const room = parseFloat(getComputedStyle(cell).gridTemplateColumns.split(' ')[0]);
                          const probe = document.createElement('span');
                          probe.style.font = before.font;
                          probe.style.position = 'absolute';
                          probe.style.whiteSpace = 'nowrap';
                          document.body.append(probe);
                          for (const word of label.split(/\s+/)) {
                            probe.textContent = word;
                            const needed = probe.getBoundingClientRect().width;
                            if (needed > room + 0.5) {
                              problems.push('"' + word + '" of "' + label + '" needs ' + Math.ceil(needed)
                                  + ' px beside its value, where names have ' + Math.round(room) + ' px');
                            }
                          }
                          probe.remove();
                          // The cell is a grid, so each of its elements and each run of text takes a row of its
                          // own. Actions after the value (an Edit link, a form's button) rightly do, with room
                          // between them for a finger; a value made of several parts would fall apart.
                          const items = [...cell.childNodes].filter(node => node.nodeType === Node.TEXT_NODE
                              ? node.textContent.trim() !== ''
                              : node.nodeType === Node.ELEMENT_NODE && getComputedStyle(node).display !== 'none');
                          const parts = items.filter((node, index) => index === 0
                              || !(node.nodeType === Node.ELEMENT_NODE && ['A', 'FORM'].includes(node.tagName)));
                          if (parts.length > 1) {
                            problems.push('the value beside "' + label + '" falls apart into ' + parts.length
                                + ' rows: ' + cell.textContent.trim().replace(/\\s+/g, ' '));
                          }
                        }
                      }
                      column += cell.colSpan;
                    }
                  }
                }
                return [cellsInBlocks, [...new Set(problems)]];
                """);
        return new TableCheck(((Number) result.get(0)).intValue(), (List<String>) result.get(1));
    }

    /**
     * What is wrong with the current page's form controls: a check box or radio button stretched wider than a box,
     * its label's content (the box and its words) reaching out of the label's fieldset, a label beside its box
     * whose first line is not on the box's line, or a button stretched wider than its words need.
     */
    @SuppressWarnings("unchecked")
    public static List<String> controlProblems(ChromeDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const problems = [];
                for (const button of document.querySelectorAll('main button')) {
                  // Its width as laid out, against the width its words need on one line (words that wrap, as a long
                  // name does in a phone's narrow column, rightly fill their button).
                  const wide = button.getBoundingClientRect().width;
                  const width = button.style.width;
                  button.style.width = 'max-content';
                  const needed = button.getBoundingClientRect().width;
                  button.style.width = width;
                  if (wide > needed + 24) {
                    problems.push('"' + button.textContent.trim() + '": a button ' + Math.round(wide)
                        + ' px wide where its words need ' + Math.round(needed) + ' px');
                  }
                }
                for (const input of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
                  const label = input.closest('label');
                  const name = label ? label.textContent.trim() : input.name + '=' + input.value;
                  const box = input.getBoundingClientRect();
                  if (box.width > 2 * Math.max(box.height, 16)) {
                    problems.push('"' + name + '": its box is stretched to ' + Math.round(box.width) + ' px');
                  }
                  // A label beside its box (not around it) starts on the box's line, and wraps beside it if long.
                  const beside = input.id ? document.querySelector('label[for="' + CSS.escape(input.id) + '"]') : null;
                  if (beside && !beside.contains(input) && box.height > 0) {
                    const words = document.createRange();
                    words.selectNodeContents(beside);
                    const first = words.getClientRects()[0];
                    if (first && (first.top >= box.bottom || first.bottom <= box.top)) {
                      problems.push('"' + beside.textContent.trim() + '": its first line is not beside its box');
                    }
                  }
                  const fieldset = input.closest('fieldset');
                  if (label && fieldset) {
                    const content = document.createRange();
                    content.selectNodeContents(label);
                    const reach = content.getBoundingClientRect(), inside = fieldset.getBoundingClientRect();
                    if (reach.left < inside.left - 1 || reach.right > inside.right + 1) {
                      problems.push('"' + name + '" reaches out of its fieldset');
                    }
                  }
                }
                return problems;
                """);
    }

    /** Logs in through the form at loginUrl, and waits for the page that follows to name the user in its header. */
    public static void logIn(ChromeDriver driver, String loginUrl, String username, String password) {
        driver.get(loginUrl);
        driver.findElement(By.id("f-username")).sendKeys(username);
        driver.findElement(By.id("f-password")).sendKeys(password);
        clickAndWait(driver, driver.findElement(By.cssSelector("form.edit-form button")));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("header .user-name")).isEmpty());
    }

    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Where .ci/run installs the current axe-core from the npm registry, with the WCAG 2.2 rules. */
    static final Path NPM_AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    /**
     * axe-core from the npm registry where .ci/run installed it; otherwise the older copy from its webjar, whose rules
     * stop at WCAG 2.1.
     */
    static String axeSource() throws IOException {
        if (Files.isRegularFile(NPM_AXE)) {
            return Files.readString(NPM_AXE);
        }
        String webjar = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = Chromium.class.getResourceAsStream(webjar)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The WCAG 2.0, 2.1 and 2.2 A and AA violations axe finds on the current page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(ChromeDriver driver) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document,
                    {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')
                      + ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')'))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }
}
