package nz.integrity.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps every API request body at {@code app.api.max-body-bytes} (413), whatever reader then parses it: a declared
 * length over the cap is refused before a byte is read, and an undeclared or understated one is cut off as it
 * streams, so no body can fill the heap.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    /** Room for the largest evidence file (app.evidence.max-bytes, 10 MB) once base64 has grown it by a third. */
    private static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // Looked up per body rather than injected: JAX-RS providers are not CDI beans in every container.
        long maxBytes = ConfigProvider.getConfig().getOptionalValue("app.api.max-body-bytes", Long.class)
                .orElse(DEFAULT_MAX_BYTES);
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > maxBytes) {
            throw tooLarge();
        }
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Counts what is read and refuses the byte past the cap. */
    private static final class Bounded extends FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long max) {
            super(in);
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (remaining -= n) < 0) {
                throw tooLarge();
            }
            return n;
        }
    }
}
