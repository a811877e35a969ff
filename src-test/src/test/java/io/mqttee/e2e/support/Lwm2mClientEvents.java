// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.client.observer.LwM2mClientObserverAdapter;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.core.request.UpdateRequest;

/** What a test device's registration engine reports: outcomes of its Register and Update. */
public final class Lwm2mClientEvents extends LwM2mClientObserverAdapter {

  /** What happened to one request. */
  public enum Kind {
    REGISTERED,
    REGISTER_REFUSED,
    REGISTER_TIMEOUT,
    UPDATED,
    UPDATE_FAILED
  }

  /**
   * An outcome.
   *
   * @param code the gateway's CoAP code for a refusal; null when there was no CoAP answer (DTLS
   *     handshake failure, timeout)
   * @param detail the error message or the exception, for assertion messages
   */
  public record Outcome(Kind kind, ResponseCode code, String detail) {}

  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();

  @Override
  public void onRegistrationSuccess(
      ServerIdentity server, RegisterRequest request, String registrationId) {
    outcomes.add(new Outcome(Kind.REGISTERED, ResponseCode.CREATED, registrationId));
  }

  @Override
  public void onRegistrationFailure(
      ServerIdentity server,
      RegisterRequest request,
      ResponseCode code,
      String errorMessage,
      Exception cause) {
    outcomes.add(new Outcome(Kind.REGISTER_REFUSED, code, errorMessage + " " + cause));
  }

  @Override
  public void onRegistrationTimeout(ServerIdentity server, RegisterRequest request) {
    outcomes.add(new Outcome(Kind.REGISTER_TIMEOUT, null, "no answer to Register"));
  }

  @Override
  public void onUpdateSuccess(ServerIdentity server, UpdateRequest request) {
    outcomes.add(new Outcome(Kind.UPDATED, ResponseCode.CHANGED, request.toString()));
  }

  @Override
  public void onUpdateFailure(
      ServerIdentity server,
      UpdateRequest request,
      ResponseCode code,
      String errorMessage,
      Exception cause) {
    outcomes.add(new Outcome(Kind.UPDATE_FAILED, code, errorMessage + " " + cause));
  }

  @Override
  public void onUpdateTimeout(ServerIdentity server, UpdateRequest request) {
    outcomes.add(new Outcome(Kind.UPDATE_FAILED, null, "no answer to Update"));
  }

  void awaitRegistered(Duration wait) throws InterruptedException {
    Outcome outcome = next(wait, "the Register's outcome");
    if (outcome.kind() != Kind.REGISTERED) {
      throw new AssertionError("the device did not register: " + outcome);
    }
  }

  Outcome awaitRefused(Duration wait) throws InterruptedException {
    Outcome outcome = next(wait, "the Register's refusal");
    if (outcome.kind() == Kind.REGISTERED) {
      throw new AssertionError("the gateway accepted the Register: " + outcome);
    }
    return outcome;
  }

  void awaitUpdated(Duration wait) throws InterruptedException {
    Outcome outcome = next(wait, "the Update's outcome");
    if (outcome.kind() != Kind.UPDATED) {
      throw new AssertionError("the device's Update failed: " + outcome);
    }
  }

  Outcome awaitUpdateRefused(Duration wait) throws InterruptedException {
    Outcome outcome = next(wait, "the Update's refusal");
    if (outcome.kind() != Kind.UPDATE_FAILED) {
      throw new AssertionError("the gateway did not refuse the Update: " + outcome);
    }
    return outcome;
  }

  private Outcome next(Duration wait, String what) throws InterruptedException {
    Outcome outcome = outcomes.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (outcome == null) {
      throw new AssertionError("no " + what + " within " + wait.toSeconds() + " s");
    }
    return outcome;
  }
}
