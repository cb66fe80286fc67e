package nz.integrity.request;

import nz.integrity.platform.json.CanonicalJson;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.SampleContent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestContentJsonTest {

    @Test
    void aThirdPartyNoticeSurvivesTheRoundTripExactly() {
        RequestContent notice = SampleContent.aBankNotice()
                .subjects(SampleContent.client(), SampleContent.partner("CR-7"))
                .items(SampleContent.statements(),
                        SampleContent.item(InformationCategory.ACCOUNT_HOLDER_DETAILS, "Account 12-3456-7890123-00",
                                SampleContent.range("2023-07-01", "2024-06-30"), SampleContent.genuineException()))
                .build();
        String json = RequestContentJson.write(notice);
        RequestContent back = RequestContentJson.read(json);
        assertEquals(notice, back);
        assertEquals(json, RequestContentJson.write(back), "writing is deterministic");
        assertTrue(CanonicalJson.isCanonical(json));
    }

    @Test
    void aClientRequestWithoutRecipientSurvivesTheRoundTrip() {
        RequestContent request = SampleContent.aClientRequest().build();
        assertEquals(request, RequestContentJson.read(RequestContentJson.write(request)));
    }

    @Test
    void theApprovedHashIsTheSameAfterStorage() {
        RequestContent notice = SampleContent.aBankNotice().build();
        assertEquals(ApprovedContentHash.of(notice), ApprovedContentHash.of(RequestContentJson.read(RequestContentJson.write(notice))));
    }

    @Test
    void childSubjectsKeepTheirDateOfBirth() {
        RequestContent withChild = SampleContent.aBankNotice()
                .subjects(SampleContent.client(), SampleContent.child(LocalDate.of(2015, 3, 1))).build();
        assertEquals(withChild, RequestContentJson.read(RequestContentJson.write(withChild)));
    }

    @Test
    void somethingThatIsNotRequestContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RequestContentJson.read("[1,2]"));
    }
}
