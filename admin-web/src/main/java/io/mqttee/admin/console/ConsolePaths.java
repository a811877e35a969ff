// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The console's fixed addresses, and redirects to them. */
final class ConsolePaths {

  static final String DASHBOARD = "/console/";
  static final String CHANGE_PASSWORD = "/console/change-password.xhtml";

  private ConsolePaths() {}

  static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
