// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "MQTTee REST API",
            version = "v1",
            description =
                "Administration of the MQTTee broker, shaped like EMQX v4's API: listings are"
                    + " {\"data\":[...],\"meta\":{\"page\",\"limit\",\"count\"}}, objects"
                    + " {\"data\":{...}}, errors {\"code\",\"message\"}. Paging: _page and _limit"
                    + " (or page and limit). Authentication: HTTP Basic with an administrator's"
                    + " name and password, or an API key as keyId:secret.",
            license = @License(name = "Apache-2.0")),
    servers = @Server(url = "/api/v1"),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {}
