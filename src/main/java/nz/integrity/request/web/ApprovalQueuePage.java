package nz.integrity.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.RequestQueries;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The supervisor's approval queue: submitted requests of other teams that the caller may decide. */
@Named
@ViewScoped
public class ApprovalQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestQueries requests;

    private transient List<InformationRequest> queue;

    public List<InformationRequest> getQueue() {
        if (queue == null) {
            queue = ServiceFeedback.obtain(requests::approvalQueue, Map.of()).orElse(List.of());
        }
        return queue;
    }
}
