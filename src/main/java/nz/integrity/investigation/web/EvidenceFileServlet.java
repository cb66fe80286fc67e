package nz.integrity.investigation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.web.FileDownloadServlet;

/**
 * An evidence item's stored file for the Evidence tab's download links: {@code ?case=…&id=…}. The service finds the
 * item only through a case the caller may see, refuses quarantined material and audits the download.
 */
@WebServlet("/cases/evidence-file")
public class EvidenceFileServlet extends FileDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseRecords records;

    @Override
    protected StoredFile produce(HttpServletRequest request) {
        String reference = required(request, "case");
        long id;
        try {
            id = Long.parseLong(required(request, "id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No such evidence");
        }
        CaseRecords.StoredFile file = records.downloadEvidence(reference, id);
        return new StoredFile(file.fileName(), file.mediaType(), file.content(), file.sha256());
    }
}
