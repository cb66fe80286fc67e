package nz.integrity.it;

import java.net.http.HttpResponse;

/** A demo account calling the REST API with HTTP Basic. */
public record Api(WebClient web, String username) {

    public HttpResponse<String> call(String method, String path, String json) {
        return web.api(method, path, username, username + "-demo-password", json);
    }
}
