package nz.integrity.platform.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.AccessDeniedException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A stored file sent to a signed-in person as a plain GET response. Pages link here rather than streaming through a
 * Faces dynamic resource, which loses its view-scoped bean and saved an HTML error page under the file's name while
 * the audit already said the download succeeded. The feature's service authorises the object, reads the bytes,
 * checks them against their recorded hash and only then writes its audit event, in one transaction; a refusal is
 * answered with the site's error page and no file.
 */
public abstract class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file, produced (and audited) by the feature's service for the object the request names. */
    protected abstract StoredFile produce(HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = produce(request);
        } catch (NotFoundException | ValidationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", attachment(file.fileName()));
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(file.content());
    }

    /** RFC 6266: an ASCII fallback name plus the exact name in UTF-8, so no stored name can break the header. */
    static String attachment(String fileName) {
        String fallback = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What a download sends: the exact bytes as kept, with their recorded SHA-256. */
    public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {
    }

    /** A request parameter, or a 404 when it is missing: a download link without its object names nothing. */
    protected static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new NotFoundException("No " + name + " given");
        }
        return value;
    }
}
