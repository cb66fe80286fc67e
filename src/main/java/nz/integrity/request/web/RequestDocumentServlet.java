package nz.integrity.request.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.web.FileDownloadServlet;
import nz.integrity.request.IssuedDocuments;
import nz.integrity.request.RequestQueries;

/**
 * The documents a request produced, for the request page's download links: {@code ?ref=…&document=notice} (the
 * notice or client letter as issued) or {@code &document=cancellation}. Under {@code /cases/}, so only signed-in
 * investigators and supervisors reach it; the service then authorises the request itself and audits the download.
 */
@WebServlet("/cases/request-document")
public class RequestDocumentServlet extends FileDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestQueries requests;

    @Override
    protected StoredFile produce(HttpServletRequest request) {
        String reference = required(request, "ref");
        IssuedDocuments.IssuedDocument document = switch (required(request, "document")) {
            case "notice" -> requests.issuedDocument(reference);
            case "cancellation" -> requests.cancellationLetter(reference);
            default -> throw new NotFoundException("No such document");
        };
        return new StoredFile(document.fileName(), document.mediaType(), document.content(), document.sha256());
    }
}
