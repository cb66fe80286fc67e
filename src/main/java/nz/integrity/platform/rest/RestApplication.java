package nz.integrity.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Integrity Case Manager API", version = "1",
                description = "Cases, information requests and audit for integrity investigations. "
                        + "Authenticate with HTTP Basic using staff credentials; errors are JSON."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /**
     * No generated WADL: an OPTIONS request would otherwise return a document naming Jersey and listing every
     * resource to an anonymous caller. The API is described (to signed-in callers) by /openapi.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
