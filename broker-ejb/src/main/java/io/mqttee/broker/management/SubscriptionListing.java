// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.RouteView;
import io.mqttee.broker.admin.SubscriptionQuery;
import io.mqttee.broker.admin.SubscriptionView;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Subscriptions and routes as the router holds them now, walked without its writers' locks. */
final class SubscriptionListing {
  private static final Comparator<SubscriptionView> BY_CLIENT_THEN_FILTER =
      Comparator.comparing(SubscriptionView::clientId).thenComparing(SubscriptionView::topicFilter);

  private final Router router;
  private final String node;

  SubscriptionListing(Router router, String node) {
    this.router = router;
    this.node = node;
  }

  /** One client's subscriptions, by filter. */
  List<SubscriptionView> of(String clientId) {
    return router.subscriptionsOf(clientId).stream()
        .map(ClientViews::subscription)
        .sorted(BY_CLIENT_THEN_FILTER)
        .toList();
  }

  /** Every matching subscription, by client id then filter. */
  Page<SubscriptionView> matching(SubscriptionQuery query, PageRequest page) {
    List<SubscriptionView> found;
    if (query.clientId() != null) {
      found = new ArrayList<>(of(query.clientId()));
      found.removeIf(s -> !query.matches(s));
    } else {
      List<SubscriptionView> all = new ArrayList<>();
      router.forEachSubscription(
          s -> {
            SubscriptionView view = ClientViews.subscription(s);
            if (query.matches(view)) {
              all.add(view);
            }
          });
      all.sort(BY_CLIENT_THEN_FILTER);
      found = all;
    }
    return Page.of(found, page);
  }

  /**
   * The filters with subscribers, by filter; a share group is a route of its own ({@code
   * $share/group/filter}) whose subscribers are its members.
   *
   * @param within null for all, else a filter that covers the routes to list ({@code sensors/#})
   */
  Page<RouteView> routes(String within, PageRequest page) {
    if (within != null && !TopicFilters.isValid(within)) {
      throw new InvalidInputException("not a valid topic filter: " + within);
    }
    SharedFilter shared = within == null ? null : TopicFilters.parseShared(within);
    String plain = shared == null ? within : shared.filter();
    Map<String, Integer> counts = new TreeMap<>();
    router.forEachSubscription(
        s -> {
          if (plain == null
              || (TopicFilters.covers(plain, s.topicFilter())
                  && (shared == null || shared.group().equals(s.shareGroup())))) {
            counts.merge(routeOf(s), 1, Integer::sum);
          }
        });
    List<RouteView> routes = new ArrayList<>(counts.size());
    counts.forEach((filter, subscribers) -> routes.add(new RouteView(filter, node, subscribers)));
    return Page.of(routes, page);
  }

  private static String routeOf(Subscription s) {
    return ClientViews.subscription(s).topicFilter();
  }
}
