package nz.integrity.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The endpoint behind {@code server-config/recover.sh unlock}: answers only on the loopback address and only with
 * the operator recovery token ({@link OperatorRecovery}); everything else is 404, as if it were not there. The
 * unlock itself is the application's own, audited code path.
 */
@WebServlet(urlPatterns = "/recovery/unlock")
public class RecoveryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TOKEN_HEADER = "X-Recovery-Token";

    @Inject
    transient OperatorRecovery recovery;

    @Inject
    transient StaffAdministration administration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                || !recovery.accepts(request.getHeader(TOKEN_HEADER))) {
            administration.recordRefusedRecovery(request.getParameter("username"));
            answer(response, HttpServletResponse.SC_NOT_FOUND, "not found");
            return;
        }
        try {
            StaffMember member = administration.unlockByOperator(request.getParameter("username"),
                    request.getParameter("reason"), request.getParameter("operator"));
            answer(response, HttpServletResponse.SC_OK, "unlocked " + member.username());
        } catch (ValidationException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, String.join("; ", e.fieldMessages().values()));
        } catch (NotFoundException e) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text + "\n");
    }
}
