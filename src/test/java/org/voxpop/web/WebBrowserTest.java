package org.voxpop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.voxpop.Voxpop;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.VoxpopSearcher;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver): search,
 * click an entity facet, check counts and highlights, prove hostile comment text stays text, and
 * save a screenshot. Skipped, with the reason, where the browser is not installed; .ci/run
 * installs it.
 */
class WebBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path tmp;

  private static VoxpopSearcher searcher;
  private static WebServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    Path hostile = tmp.resolve("hostile.jsonl");
    Files.writeString(hostile,
        "{\"id\":\"xss\",\"source\":\"Test\",\"title\":\"<script>window.__xss=1</script> headline\","
            + "\"body\":\"An article about script injection in Raqqa.\",\"comments\":["
            + "{\"id\":\"1\",\"author\":\"<b>bold</b>\",\"text\":\"<script>window.__xss=1</script> script tags in Raqqa\"},"
            + "{\"id\":\"2\",\"text\":\"<img src=x onerror=\\\"window.__xss=2\\\"> an image with onerror script\"}]}\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    List<Path> inputs = new ArrayList<>(List.of(Path.of("index-fixtures/seed.jsonl"), Path.of("index-fixtures/fox-news.jsonl"), hostile));
    Voxpop.index(index, inputs);
    searcher = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer());
    server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, index, false, 1000), searcher, Gazetteer.defaultGazetteer());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        "--user-data-dir=" + tmp.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  private static void waitForRender(int previous) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      String rendered = d.findElement(By.tagName("body")).getDomAttribute("data-rendered");
      return rendered != null && Integer.parseInt(rendered) > previous;
    });
  }

  private static int renders() {
    String rendered = browser.findElement(By.tagName("body")).getDomAttribute("data-rendered");
    return rendered == null ? 0 : Integer.parseInt(rendered);
  }

  @Test
  void searchClickAnEntityFacetAndSeeCountsAndHighlights() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/#scope=both");
    waitForRender(0);
    int before = renders();
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("Raqqa", Keys.ENTER);
    waitForRender(before);
    long expected = searcher.search(SearchRequest.builder("Raqqa").scope(org.voxpop.query.Scope.BOTH).pageSize(0).build()).totalHits();
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith(expected + " hits"), browser.findElement(By.id("summary")).getText());

    WebElement us = browser.findElement(By.cssSelector("fieldset[data-dim='entity'] input[data-value='Q30']"));
    before = renders();
    us.click();
    waitForRender(before);
    long drilled = searcher.search(SearchRequest.builder("Raqqa").scope(org.voxpop.query.Scope.BOTH).drillDown("entity", "Q30").pageSize(0).build()).totalHits();
    assertTrue(drilled > 0);
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith(drilled + " hits"), browser.findElement(By.id("summary")).getText());
    assertTrue(browser.getCurrentUrl().contains("drill=entity%3AQ30"), "the state is in the URL: " + browser.getCurrentUrl());
    assertFalse(browser.findElements(By.cssSelector("#chips .chip")).isEmpty(), "the selected filter shows as a chip");
    // issue 19, item 5: each facet says how a second value combines, and with an entity selected
    // no entity count exceeds the hits (it did when the entity facet was counted sideways)
    assertEquals("all of", browser.findElement(By.cssSelector("fieldset[data-dim='entity'] legend .mode")).getText());
    assertEquals("any of", browser.findElement(By.cssSelector("fieldset[data-dim='source'] legend .mode")).getText());
    for (WebElement count : browser.findElements(By.cssSelector("fieldset[data-dim='entity'] .count"))) {
      long comments = Long.parseLong(count.getText().split(" / ")[0].trim());
      assertTrue(comments <= drilled, "entity count " + comments + " beside " + drilled + " hits");
    }
    List<WebElement> matched = browser.findElements(By.cssSelector(".mention.matched"));
    assertFalse(matched.isEmpty(), "the mention that matched the entity filter is highlighted");
    assertFalse(browser.findElements(By.cssSelector("mark")).isEmpty(), "query terms are highlighted");
    assertEquals(1, browser.findElements(By.cssSelector("#timeline svg")).size(), "the entity's timeline is drawn");

    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve("web-raqqa-us.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void hostileCommentTextIsShownAsTextAndNeverRuns() {
    browser.get("http://127.0.0.1:" + server.port() + "/#q=script&scope=both");
    waitForRender(0);
    String page = browser.findElement(By.id("hits")).getText();
    assertTrue(page.contains("<script>window.__xss=1</script>"), "the payload is visible as text: " + page);
    assertTrue(page.contains("onerror"), page);
    assertNull(browser.executeScript("return window.__xss;"), "no injected script ran");
    assertEquals(0, browser.findElements(By.cssSelector("#hits script, #hits img")).size(), "no element was injected");
  }
}
