package nz.integrity.request.rules;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R16 communications content")
class CommunicationsContentRuleTest {

    private final Rule rule = new CommunicationsContentRule(new PhraseList(List.of(
            "message content", "content of text messages", "photos")));

    @Test
    @DisplayName("R16 passes call and text metadata")
    void passesCallAndTextMetadata() {
        assertPass(evaluate(InformationCategory.CALL_AND_SMS_METADATA, "Numbers, dates and times of calls to 021 555 0101"));
    }

    @Test
    @DisplayName("R16 refuses the content category outright")
    void refusesTheContentCategoryOutright() {
        RuleResult result = assertFail(evaluate(InformationCategory.COMMUNICATIONS_CONTENT, "Texts with 021 555 0101"));
        assertEquals("Item 1 (communications content) asks for the content of communications. The content of "
                + "messages, calls or photos may not be required.", result.explanation());
    }

    @Test
    @DisplayName("R16 refuses content asked for under a metadata category")
    void refusesContentAskedForUnderAMetadataCategory() {
        RuleResult result = assertFail(evaluate(InformationCategory.CALL_AND_SMS_METADATA,
                "Call records and the content of text messages with 021 555 0101"));
        assertEquals("Item 1 (call and sms metadata) mentions \"content of text messages\", which is communications "
                + "content. The content of messages, calls or photos may not be required.", result.explanation());
    }

    @Test
    @DisplayName("R16 applies to client requests too")
    void appliesToClientRequestsToo() {
        assertFail(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()
                .items(SampleContent.item(InformationCategory.SPECIFIED_RECORD_TYPE, "Photos from your phone",
                        range("2024-01-01", "2024-03-31")))).build()));
    }

    private RuleResult evaluate(InformationCategory category, String description) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.recipient(SampleContent.TELCO)
                        .items(SampleContent.item(category, description, range("2024-01-01", "2024-03-31"))))
                .build());
    }
}
