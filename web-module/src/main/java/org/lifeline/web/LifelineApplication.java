package org.lifeline.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The API under {@code /api/v1}; its OpenAPI description is the resources' annotations and META-INF/openapi.yaml. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.SERVICE, Roles.SUPPORT, Roles.AUDITOR, Roles.ADMIN})
public class LifelineApplication extends Application {}
