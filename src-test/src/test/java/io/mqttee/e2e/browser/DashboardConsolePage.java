// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.browser;

import java.util.List;

/** The console's dashboard and its live charts. */
public final class DashboardConsolePage {

  private final ConsoleBrowser console;

  private DashboardConsolePage(ConsoleBrowser console) {
    this.console = console;
  }

  public static DashboardConsolePage open(ConsoleBrowser console) {
    console.open("index.xhtml");
    return new DashboardConsolePage(console);
  }

  /** How many metrics pushes the page has received since it loaded. */
  public long pushes() {
    return ((Number) console.script("return window.mqtteeDashboard.pushes;")).longValue();
  }

  /** The pushes received and the connections chart's points, read at the same moment. */
  public record Progress(long pushes, long points) {}

  public Progress progress() {
    List<?> both =
        (List<?>)
            console.script(
                "var d = window.mqtteeDashboard;"
                    + " return [d.pushes, d.charts[0].chart.data.datasets[0].data.length];");
    return new Progress(((Number) both.get(0)).longValue(), ((Number) both.get(1)).longValue());
  }

  /** How many points the connections chart holds. */
  public long connectionPoints() {
    return ((Number)
            console.script(
                "return window.mqtteeDashboard.charts[0].chart.data.datasets[0].data.length;"))
        .longValue();
  }

  /** Marks the loaded document, to tell later whether the page was reloaded. */
  public void markDocument() {
    console.script("window.mqtteeTestMark = true;");
  }

  public boolean sameDocument() {
    return Boolean.TRUE.equals(console.script("return window.mqtteeTestMark === true;"));
  }

  public void awaitPushes(long atLeast) {
    console.await(atLeast + " pushed metrics", d -> pushes() >= atLeast);
  }
}
