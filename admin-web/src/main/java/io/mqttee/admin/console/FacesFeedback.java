// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Feedback as Faces messages, which the template shows above the page. */
public enum FacesFeedback implements Feedback {
  INSTANCE;

  @Override
  public void info(String message) {
    add(FacesMessage.SEVERITY_INFO, message);
  }

  @Override
  public void error(String message) {
    add(FacesMessage.SEVERITY_ERROR, message);
  }

  private static void add(FacesMessage.Severity severity, String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
  }
}
