// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.BanView.Kind;
import io.mqttee.broker.admin.BrokerAdmin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Banned client ids, user names and IP addresses. */
@Named
@ViewScoped
public class BannedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BrokerAdmin admin;

  private final PagedDataModel<BanView> bans =
      new PagedDataModel<>(
          page -> admin.access().bans(page),
          ban -> ban.kind() + "\n" + ban.value(),
          FacesFeedback.INSTANCE);

  private Kind kind = Kind.CLIENTID;
  private String value;
  private String reason;
  private LocalDateTime until;

  public void ban() {
    long untilMillis =
        until == null ? 0 : until.atZone(ZoneId.systemDefault()).toEpochSecond() * 1000;
    FacesFeedback.INSTANCE.attempt(
        () -> admin.access().ban(new BanDraft(kind, Blanks.toNull(value), reason, untilMillis)),
        "Banned " + kind.name().toLowerCase(Locale.ROOT) + " " + value + ".");
  }

  public void unban(Kind bannedKind, String bannedValue) {
    FacesFeedback.INSTANCE.perform(
        () -> admin.access().unban(bannedKind, bannedValue),
        "Lifted the ban on " + bannedValue + ".");
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public PagedDataModel<BanView> getBans() {
    return bans;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDateTime getUntil() {
    return until;
  }

  public void setUntil(LocalDateTime until) {
    this.until = until;
  }
}
