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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.voxpop.Prerequisites;
import org.voxpop.Voxpop;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.query.Interval;
import org.voxpop.query.SearchRequest;
import org.voxpop.query.TimelineBucket;
import org.voxpop.query.VoxpopSearcher;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver): search, click
 * an entity facet, check counts and highlights, the timeline's time axis, a phone-sized window,
 * prove hostile comment text stays text, and save screenshots. Where the browser is not installed
 * each test fails in CI and is reported as skipped, with the reason, elsewhere ({@link
 * Prerequisites}); .ci/run installs it. {@code -Dvoxpop.chromium=PATH} and {@code
 * -Dvoxpop.chromedriver=PATH} name another browser.
 */
class WebBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("voxpop.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("voxpop.chromedriver", "/usr/bin/chromedriver"));
  private static final boolean INSTALLED =
      Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

  @TempDir static Path tmp;

  private static VoxpopSearcher searcher;
  private static WebServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    if (!INSTALLED) {
      return; // each test says so (a class-level skip is reported as no test at all)
    }
    Path hostile = tmp.resolve("hostile.jsonl");
    Files.writeString(
        hostile,
        "{\"id\":\"xss\",\"source\":\"Test\",\"title\":\"<script>window.__xss=1</script> headline\","
            + "\"body\":\"An article about script injection in Raqqa.\",\"comments\":["
            + "{\"id\":\"1\",\"author\":\"<b>bold</b>\",\"text\":\"<script>window.__xss=1</script> script tags in Raqqa\"},"
            + "{\"id\":\"2\",\"text\":\"<img src=x onerror=\\\"window.__xss=2\\\"> an image with onerror script\"}]}\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    List<Path> inputs =
        new ArrayList<>(
            List.of(
                Path.of("index-fixtures/seed.jsonl"),
                Path.of("index-fixtures/fox-news.jsonl"),
                hostile));
    Voxpop.index(index, inputs);
    searcher = VoxpopSearcher.open(index, Gazetteer.defaultGazetteer());
    server =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, index, false, 1000),
            searcher,
            Gazetteer.defaultGazetteer());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + tmp.resolve("chrome-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @BeforeEach
  void needsTheBrowser() {
    String missing =
        java.util.stream.Stream.of(CHROMIUM, CHROMEDRIVER)
            .filter(p -> !Files.isExecutable(p))
            .map(Path::toString)
            .collect(java.util.stream.Collectors.joining(" and "));
    Prerequisites.require(
        INSTALLED,
        "no " + missing + " (apt-get install chromium chromium-driver)",
        "the web page was not tested in a browser");
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
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> {
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
    long expected =
        searcher
            .search(
                SearchRequest.builder("Raqqa")
                    .scope(org.voxpop.query.Scope.BOTH)
                    .pageSize(0)
                    .build())
            .totalHits();
    assertTrue(
        browser.findElement(By.id("summary")).getText().startsWith(expected + " hits"),
        browser.findElement(By.id("summary")).getText());

    WebElement us =
        browser.findElement(By.cssSelector("fieldset[data-dim='entity'] input[data-value='Q30']"));
    before = renders();
    us.click();
    waitForRender(before);
    long drilled =
        searcher
            .search(
                SearchRequest.builder("Raqqa")
                    .scope(org.voxpop.query.Scope.BOTH)
                    .drillDown("entity", "Q30")
                    .pageSize(0)
                    .build())
            .totalHits();
    assertTrue(drilled > 0);
    assertTrue(
        browser.findElement(By.id("summary")).getText().startsWith(drilled + " hits"),
        browser.findElement(By.id("summary")).getText());
    assertTrue(
        browser.getCurrentUrl().contains("drill=entity%3AQ30"),
        "the state is in the URL: " + browser.getCurrentUrl());
    assertFalse(
        browser.findElements(By.cssSelector("#chips .chip")).isEmpty(),
        "the selected filter shows as a chip");
    // issue 19, item 5: each facet says how a second value combines, and with an entity selected
    // no entity count exceeds the hits (it did when the entity facet was counted sideways)
    assertEquals(
        "all of",
        browser.findElement(By.cssSelector("fieldset[data-dim='entity'] legend .mode")).getText());
    assertEquals(
        "any of",
        browser.findElement(By.cssSelector("fieldset[data-dim='source'] legend .mode")).getText());
    for (WebElement count :
        browser.findElements(By.cssSelector("fieldset[data-dim='entity'] .count"))) {
      long comments = Long.parseLong(count.getText().split(" / ")[0].trim());
      assertTrue(comments <= drilled, "entity count " + comments + " beside " + drilled + " hits");
    }
    List<WebElement> matched = browser.findElements(By.cssSelector(".mention.matched"));
    assertFalse(matched.isEmpty(), "the mention that matched the entity filter is highlighted");
    assertFalse(
        browser.findElements(By.cssSelector("mark")).isEmpty(), "query terms are highlighted");
    assertEquals(
        1,
        browser.findElements(By.cssSelector("#timeline svg")).size(),
        "the entity's timeline is drawn");

    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve("web-raqqa-us.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theTimelineHasATimeAxisWithEmptyMonthsAsGaps() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/#scope=both&drill=entity%3AQ30&entity=Q30");
    waitForRender(0);
    List<TimelineBucket> months =
        searcher.timeline(
            SearchRequest.builder("").scope(org.voxpop.query.Scope.BOTH).build(),
            Interval.MONTH,
            Optional.of("Q30"));
    List<WebElement> bars = browser.findElements(By.cssSelector("#timeline svg rect[data-period]"));
    assertEquals(months.size(), bars.size(), "a bar (or gap) per month from the first to the last");
    assertEquals("2015-06", bars.get(0).getDomAttribute("data-period"));
    assertEquals(
        "2015-07",
        bars.get(1).getDomAttribute("data-period"),
        "the month after, though nothing was said in it");
    assertEquals("0", bars.get(1).getDomAttribute("data-count"));
    assertEquals(
        months.get(months.size() - 1).period(),
        bars.get(bars.size() - 1).getDomAttribute("data-period"));
    List<String> ticks =
        browser.findElements(By.cssSelector("#timeline svg text.tick")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of("2015-06", "2016", "2017"),
        ticks,
        "the axis names the first month and each new year");
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("web-timeline-us.png"),
        browser.findElement(By.id("timeline-panel")).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aPhoneSizedWindowScrollsOnlyDownAndItsFacetsCanBeUsed() throws Exception {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.get(
          "http://127.0.0.1:"
              + server.port()
              + "/#q=Raqqa&scope=both&drill=entity%3AQ30&entity=Q30");
      waitForRender(0);
      assertEquals(400L, browser.executeScript("return window.innerWidth;"));
      long scrollWidth =
          (Long) browser.executeScript("return document.documentElement.scrollWidth;");
      assertTrue(
          scrollWidth <= 400, "nothing is wider than the window: scrollWidth " + scrollWidth);
      for (String id : new String[] {"q", "facets", "hits", "timeline"}) {
        Map<?, ?> box = box(browser.findElement(By.id(id)));
        assertTrue(
            num(box.get("left")) >= 0 && num(box.get("right")) <= 400,
            id + " lies within the window: " + box);
      }
      assertTrue(
          num(box(browser.findElement(By.cssSelector("#hits .thread"))).get("width")) > 300,
          "a hit has the window's width, not a column of one word per line");

      WebElement facet =
          browser.findElement(By.cssSelector("#facets input[type=checkbox]:not(:checked)"));
      String value = facet.getDomAttribute("data-value");
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", facet);
      Map<?, ?> box = box(facet);
      assertTrue(
          num(box.get("top")) >= 0 && num(box.get("bottom")) <= 800 && num(box.get("right")) <= 400,
          "the facet checkbox can be brought into the window: " + box);
      int before = renders();
      facet.click();
      waitForRender(before);
      assertTrue(
          browser
              .getCurrentUrl()
              .contains(java.net.URLEncoder.encode(":" + value, StandardCharsets.UTF_8)),
          "the facet filters: " + browser.getCurrentUrl());
      scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
      assertTrue(scrollWidth <= 400, "still no sideways scroll with a chip: " + scrollWidth);

      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      browser.executeScript("window.scrollTo(0, 0);");
      Files.write(shots.resolve("web-phone-400.png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static Map<?, ?> box(WebElement element) {
    return (Map<?, ?>)
        browser.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};",
            element);
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void hostileCommentTextIsShownAsTextAndNeverRuns() {
    browser.get("http://127.0.0.1:" + server.port() + "/#q=script&scope=both");
    waitForRender(0);
    String page = browser.findElement(By.id("hits")).getText();
    assertTrue(
        page.contains("<script>window.__xss=1</script>"),
        "the payload is visible as text: " + page);
    assertTrue(page.contains("onerror"), page);
    assertNull(browser.executeScript("return window.__xss;"), "no injected script ran");
    assertEquals(
        0,
        browser.findElements(By.cssSelector("#hits script, #hits img")).size(),
        "no element was injected");
  }
}
