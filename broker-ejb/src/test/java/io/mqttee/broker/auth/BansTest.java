// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.BanView.Kind;
import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BansTest {
  private static final ClientIdentity CLIENT = new ClientIdentity("c1", "alice", "10.0.0.1");

  private final AtomicLong now = new AtomicLong(1_000);
  private final InMemoryAccessStore store = new InMemoryAccessStore();
  private final AccessControl access = new AccessControl(store, now::get);
  private final List<BanView> enforced = new ArrayList<>();

  BansTest() {
    access.start(new StartConfig());
    access.gate().enforceBansWith(enforced::add);
  }

  private BanView ban(Kind kind, String value, long until) {
    return access.ban(new BanDraft(kind, value, "test", until));
  }

  @Test
  void eachKindBansItsValue() {
    ban(Kind.CLIENTID, "c1", 0);
    assertEquals(Kind.CLIENTID, access.gate().banOf(CLIENT, null).kind());
    access.unban(Kind.CLIENTID, "c1");
    assertNull(access.gate().banOf(CLIENT, null));

    ban(Kind.USERNAME, "alice", 0);
    assertEquals(Kind.USERNAME, access.gate().banOf(CLIENT, null).kind());
    assertEquals(Kind.USERNAME, access.gate().banOf(ClientIdentity.UNKNOWN, "alice").kind());
    access.unban(Kind.USERNAME, "alice");

    ban(Kind.IPADDRESS, "10.0.0.1", 0);
    assertEquals(Kind.IPADDRESS, access.gate().banOf(CLIENT, null).kind());
    assertNull(access.gate().banOf(new ClientIdentity("c1x", "bob", "10.0.0.2"), "bob"));
  }

  @Test
  void anExpiredBanIsIgnoredAndPurged() {
    ban(Kind.CLIENTID, "c1", 2_000);
    assertEquals(Kind.CLIENTID, access.gate().banOf(CLIENT, null).kind());

    now.set(2_000);
    assertNull(access.gate().banOf(CLIENT, null));
    assertEquals(0, access.bans(PageRequest.first(10)).total());
    assertTrue(store.bans.isEmpty());
    assertThrows(NotFoundException.class, () -> access.unban(Kind.CLIENTID, "c1"));
    ban(Kind.CLIENTID, "c1", 0); // an expired ban does not conflict
  }

  @Test
  void aNewBanIsEnforcedOnConnectedClients() {
    BanView ban = ban(Kind.USERNAME, "alice", 0);
    assertEquals(List.of(ban), enforced);
    assertTrue(Bans.covers(ban, CLIENT));
  }

  @Test
  void bansAreListedNewestFirstAndIpAddressesHaveOneSpelling() {
    ban(Kind.CLIENTID, "old", 0);
    now.set(1_500);
    ban(Kind.IPADDRESS, "::1", 0);

    List<BanView> bans = access.bans(PageRequest.first(10)).items();
    assertEquals(List.of("0:0:0:0:0:0:0:1", "old"), bans.stream().map(BanView::value).toList());
    assertThrows(ConflictException.class, () -> ban(Kind.IPADDRESS, "0:0:0:0:0:0:0:1", 0));
    access.unban(Kind.IPADDRESS, "::1");
  }

  @Test
  void refusesBadBansWithAReason() {
    assertThrows(InvalidInputException.class, () -> ban(Kind.IPADDRESS, "example.org", 0));
    assertThrows(InvalidInputException.class, () -> ban(Kind.CLIENTID, "", 0));
    assertThrows(InvalidInputException.class, () -> ban(null, "x", 0));
    assertThrows(InvalidInputException.class, () -> ban(Kind.CLIENTID, "x", 999));
    assertThrows(NotFoundException.class, () -> access.unban(Kind.USERNAME, "nobody"));
    assertTrue(enforced.isEmpty());
  }
}
