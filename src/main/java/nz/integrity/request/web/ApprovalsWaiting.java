package nz.integrity.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.web.Messages;
import nz.integrity.request.RequestQueries;

/** The home page's count of information requests waiting for the signed-in supervisor's approval. */
@Named
@RequestScoped
public class ApprovalsWaiting {

    @Inject
    RequestQueries requests;

    private Integer count;

    public int getCount() {
        if (count == null) {
            count = requests.awaitingCallersApproval();
        }
        return count;
    }

    /** The count in words, singular and plural as English needs. */
    public String getSummary() {
        int waiting = getCount();
        return waiting == 0 ? Messages.text("request.home.noApprovals")
                : waiting == 1 ? Messages.text("request.home.oneApproval") : Messages.text("request.home.approvals", waiting);
    }
}
