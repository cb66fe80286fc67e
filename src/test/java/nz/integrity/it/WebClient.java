package nz.integrity.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that can drive the Faces logon form and the REST API without a browser. */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> getFollowing(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(URI.create(base).resolve(location)).GET().build());
        }
        return response;
    }

    /** Fills and submits the logon form; returns the response to the POST (302 on success). */
    public HttpResponse<String> logOn(String username, String password) {
        return logOn("/login.xhtml", username, password);
    }

    public HttpResponse<String> logOn(String logonPagePath, String username, String password) {
        HttpResponse<String> page = get(logonPagePath);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logonForm", "logonForm");
        form.put("logonForm:username", username);
        form.put("logonForm:password", password);
        form.put("logonForm:continue", continueParameter(logonPagePath));
        form.put("logonForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        // PrimeFaces' script adds the page's CSP nonce to every postback; a browser-less client must do the same.
        form.put("primefaces.nonce", nonce(page.body()));
        return postForm("/login.xhtml", form);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> api(String method, String path, String basicUser, String basicPassword, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    /** A GET with HTTP Basic that accepts plain text, as a metrics scraper asks. */
    public HttpResponse<String> getText(String path, String basicUser, String basicPassword) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no Faces view state in page:\n" + html);
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSP nonce in page:\n" + html);
        }
        return matcher.group(1);
    }

    private static String continueParameter(String path) {
        int at = path.indexOf("continue=");
        return at < 0 ? "" : java.net.URLDecoder.decode(path.substring(at + 9), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
